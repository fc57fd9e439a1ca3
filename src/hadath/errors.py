"""Every error hadath raises on purpose. Messages say what went wrong and what to do next.

The CLI turns each class into its own exit code (see ``exit_code``), at one edge.
"""

from __future__ import annotations


class HadathError(Exception):
    """Base class of hadath's errors."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None, path: str | None = None) -> None:
        self.message = message
        self.hint = hint
        self.path = path
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        tail = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{tail}"

    @property
    def kind(self) -> str:
        return type(self).__name__


class UsageError(HadathError):
    """A command was called with options that cannot work together."""

    exit_code = 2


class ConfigError(HadathError):
    """A setting or configuration file is invalid."""

    exit_code = 3


class InputError(HadathError):
    """An input file or article cannot be read."""

    exit_code = 4


class FileTooLargeError(InputError):
    """A file is larger than the configured size limit."""


class DecodeError(InputError):
    """A file's bytes decode under none of the encodings hadath tries."""


class EmptyArticleError(InputError):
    """An article has no text once read."""


class NotArabicError(InputError):
    """An article is not in Arabic."""


class FormatError(InputError):
    """An input is not in the format its reader expects (bad JSON, no feed items ...)."""


class PipelineError(HadathError):
    """A pipeline cannot be built, e.g. a stage's requirements are missing."""

    exit_code = 5


class ModelError(HadathError):
    """A packaged model or data file is missing or invalid."""

    exit_code = 6


class DataValidationError(HadathError):
    """A dictionary, gazetteer or lexicon entry breaks its schema."""

    exit_code = 7


class StoreError(HadathError):
    """The database cannot be opened, migrated or queried."""

    exit_code = 8
