"""The actor dictionary: loading and validating the packaged records, a name index, roles in force.

``ActorDictionary.load()`` reads every ``resolve/data/actors/*.jsonl`` and
``resolve/data/metonyms.jsonl`` once (cached), checks each line against
``resolve/data/actor.schema.json`` and the rules in ``records.record_problems``, and refuses
duplicate ids across files. Problems are reported as ``file:line: what is wrong`` so they can be
fixed where they are.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from typing import Any

import jsonschema

from hadath.errors import DataValidationError
from hadath.resolve.index import Trie, add_article, name_key, strip_article
from hadath.resolve.records import ActorRecord, Role, record_problems

DATA = "data"
# Words that end a person's name but are no surname (عبد الله الثاني).
NOT_SURNAMES = frozenset(
    name_key("الأول الثاني الثالث الرابع الخامس السادس السابع الابن الأب الجديد")
    # the most common given names: as the last word of a full name (مهاتير محمد، أبي أحمد) they
    # would make every محمد or أحمد of the article that person
    + name_key("محمد أحمد علي حسن حسين محمود إبراهيم خالد عمر سعيد يوسف مصطفى صالح عبدالله سليمان")
)
SURNAME_LINKS = frozenset(name_key("بن ابن أبو أبي عبد آل ولد"))


@dataclass(frozen=True, slots=True)
class NameHit:
    actor_id: str
    form: str  # "name", "short", "variant" (article added or removed), "surname"


@dataclass(slots=True)
class RoleChoice:
    """The role an actor holds on a date, the code it implies and why that role was chosen."""

    role: Role | None
    code: str | None
    note: str
    confidence: float = 1.0


@dataclass(slots=True)
class LookupMatch:
    record: ActorRecord
    hit: str
    choice: RoleChoice


@dataclass(slots=True)
class ValidationReport:
    files: dict[str, int] = field(default_factory=dict)
    kinds: Counter[str] = field(default_factory=Counter)
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.files.values())

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_text(self) -> str:
        lines = [f"{n:6d}  {name}" for name, n in sorted(self.files.items())]
        lines.append(
            f"{self.total:6d}  actors in total ("
            + ", ".join(f"{k}: {v}" for k, v in sorted(self.kinds.items()))
            + ")"
        )
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s):")
            lines.extend(f"  {where}: {what}" for where, what in self.problems)
        else:
            lines.append("no problems")
        return "\n".join(lines)


def _data_dir() -> Traversable:
    return resources.files("hadath.resolve").joinpath(DATA)


def actor_files() -> list[Traversable]:
    """The packaged actor files: actors/*.jsonl (sorted by name), then metonyms.jsonl."""
    root = _data_dir()
    files = sorted(
        (p for p in root.joinpath("actors").iterdir() if p.name.endswith(".jsonl")), key=lambda p: p.name
    )
    meto = root.joinpath("metonyms.jsonl")
    if meto.is_file():
        files.append(meto)
    return files


@lru_cache(maxsize=1)
def actor_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(_data_dir().joinpath("actor.schema.json").read_text(encoding="utf-8"))
    return schema


def _display(p: Traversable) -> str:
    name = p.name
    return "metonyms.jsonl" if name == "metonyms.jsonl" else f"actors/{name}"


def check_records(
    sources: Iterable[tuple[str, Iterable[str]]],
) -> tuple[list[tuple[str, dict[str, Any]]], ValidationReport]:
    """Parse and check lines ``(file name, lines)``; returns the valid objects and a report."""
    validator = jsonschema.Draft202012Validator(actor_schema())
    report = ValidationReport()
    seen: dict[str, str] = {}
    good: list[tuple[str, dict[str, Any]]] = []
    for fname, lines in sources:
        count = 0
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{fname}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                report.problems.append((where, f"not valid JSON ({exc.msg} at column {exc.colno})"))
                continue
            errors = sorted(validator.iter_errors(obj), key=lambda e: list(e.absolute_path))
            if errors:
                for e in errors[:3]:
                    path = "/".join(str(p) for p in e.absolute_path) or "(record)"
                    report.problems.append((where, f"{path}: {e.message}"))
                continue
            problems = record_problems(obj)
            if problems:
                report.problems.extend((where, p) for p in problems)
                continue
            if obj["id"] in seen:
                report.problems.append(
                    (
                        where,
                        f"id {obj['id']!r} is already used at {seen[obj['id']]}; ids must be unique across files",
                    )
                )
                continue
            seen[obj["id"]] = where
            good.append((where, obj))
            count += 1
            report.kinds[obj["kind"]] += 1
        report.files[fname] = count
    return good, report


def _packaged_sources() -> Iterator[tuple[str, list[str]]]:
    for p in actor_files():
        yield _display(p), p.read_text(encoding="utf-8").splitlines()


def validate() -> ValidationReport:
    """Check every packaged actor file; never raises for bad entries (see ``report.problems``)."""
    return check_records(_packaged_sources())[1]


class ActorDictionary:
    """Actor records with a name index and date-aware role lookups."""

    def __init__(self, records: Iterable[ActorRecord]) -> None:
        self.records: dict[str, ActorRecord] = {}
        for r in records:
            self.records[r.id] = r
        self._names: Trie[NameHit] | None = None
        self._partials: Trie[NameHit] | None = None
        self._by_position: dict[tuple[str, str], list[tuple[ActorRecord, Role]]] | None = None

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, strict: bool = True) -> ActorDictionary:
        """The packaged dictionary (cached). Raises DataValidationError naming file:line.

        With ``strict=False`` bad entries are left out instead (reports, benchmarks).
        """
        return _load_packaged(strict)

    @classmethod
    def from_objects(cls, objs: Iterable[dict[str, Any]], name: str = "<records>") -> ActorDictionary:
        """A dictionary from record objects (tests, fixtures); validated like the packaged files."""
        lines = [json.dumps(o, ensure_ascii=False) for o in objs]
        good, report = check_records([(name, lines)])
        _raise_if_bad(report)
        return cls(ActorRecord.from_json(o, where) for where, o in good)

    def __len__(self) -> int:
        return len(self.records)

    def get(self, actor_id: str) -> ActorRecord | None:
        return self.records.get(actor_id)

    # -- name index ------------------------------------------------------------------------
    def _build_index(self) -> None:
        names: Trie[NameHit] = Trie()
        partials: Trie[NameHit] = Trie()
        for r in self.records.values():
            for n in r.names_ar:
                key = name_key(n)
                names.add(key, NameHit(r.id, "name"))
                for spelled in abd_variants(key):
                    names.add(spelled, NameHit(r.id, "name"))
                if r.kind != "person" and len(key) == 1:
                    stripped = strip_article(key[0])
                    other = stripped if stripped and len(stripped) >= 4 else add_article(key[0])
                    if not (stripped and other == stripped and _is_place_name(stripped)):
                        # الدوما (the Duma) has no article-less variant: دوما is a Syrian town
                        names.add((other,), NameHit(r.id, "variant"))
                if r.kind == "person":
                    for sk in surname_keys(key):
                        partials.add(sk, NameHit(r.id, "surname"))
            for s in r.short_ar:
                (names if r.short_safe else partials).add(name_key(s), NameHit(r.id, "short"))
        self._names, self._partials = names, partials

    @property
    def names(self) -> Trie[NameHit]:
        """Full names (and short forms marked safe): match anywhere."""
        if self._names is None:
            self._build_index()
        assert self._names is not None
        return self._names

    @property
    def partials(self) -> Trie[NameHit]:
        """Short forms and surnames: match only after the full name, or inside an NER entity."""
        if self._partials is None:
            self._build_index()
        assert self._partials is not None
        return self._partials

    # -- roles -----------------------------------------------------------------------------
    def role_on(self, rec: ActorRecord, on: date | None) -> RoleChoice:
        """The role of ``rec`` in force on ``on`` (or its most recent role without a date)."""
        roles = rec.roles
        if not roles:
            code = (rec.country + "ELI") if rec.kind == "person" and rec.country else rec.country
            return RoleChoice(None, code, "no role listed: " + (code or "no code"), 0.6)
        if on is None:
            role = max(roles, key=lambda r: (r.end is None, r.start or date.min, -r.rank))
            return RoleChoice(
                role, role.code, f"no date: most recent role {role.code} ({role.span_text()})", 0.8
            )
        active = [r for r in roles if r.in_force(on)]
        if active:
            role = min(active, key=lambda r: (r.rank, -(r.start or date.min).toordinal()))
            return RoleChoice(
                role, role.code, f"{role.code} ({role.position}, {role.span_text()}) @{on.isoformat()}"
            )
        before = [r for r in roles if r.start is not None and r.start > on]
        after = [r for r in roles if r.end is not None and r.end < on]
        if rec.kind == "person" and rec.country:
            code = rec.country + "ELI"
            if after and not before:
                last = max(after, key=lambda r: r.end or date.min)
                return RoleChoice(
                    None, code, f"former {last.position} ({last.span_text()}), no role @{on.isoformat()}", 0.7
                )
            first = min(before or roles, key=lambda r: r.start or date.min)
            return RoleChoice(
                None,
                code,
                f"no role yet @{on.isoformat()} (first: {first.code} from {first.start_text})",
                0.6,
            )
        if before and not after:
            role = min(before, key=lambda r: r.start or date.min)
            return RoleChoice(
                role,
                role.code,
                f"{role.code}: earliest role ({role.span_text()}), none @{on.isoformat()}",
                0.6,
            )
        role = max(roles, key=lambda r: r.end or date.max)
        return RoleChoice(
            role, role.code, f"{role.code}: last role ({role.span_text()}), none @{on.isoformat()}", 0.7
        )

    def holders(self, positions: Iterable[str], org: str, on: date | None) -> list[tuple[ActorRecord, Role]]:
        """Who holds one of ``positions`` in ``org`` (ISO3 or organization slug) on ``on``.

        Without a date, the holders whose role is open-ended (current).
        """
        if self._by_position is None:
            idx: dict[tuple[str, str], list[tuple[ActorRecord, Role]]] = defaultdict(list)
            for r in self.records.values():
                for role in r.roles:
                    if role.org:
                        idx[(role.position, role.org)].append((r, role))
            self._by_position = dict(idx)
        out: list[tuple[ActorRecord, Role]] = []
        seen: set[str] = set()
        for pos in positions:
            for rec, role in self._by_position.get((pos, org), ()):
                ok = role.in_force(on) if on is not None else role.end is None
                if ok and rec.id not in seen:
                    seen.add(rec.id)
                    out.append((rec, role))
        return out

    def lookup(self, name: str, on: date | None = None) -> list[LookupMatch]:
        """Actors whose name (or short form or surname) is exactly ``name``, with the role in force."""
        key = name_key(name)
        hits = self.names.get(key) + self.partials.get(key)
        out: list[LookupMatch] = []
        seen: set[str] = set()
        for h in hits:
            if h.actor_id in seen:
                continue
            seen.add(h.actor_id)
            rec = self.records[h.actor_id]
            out.append(LookupMatch(rec, h.form, self.role_on(rec, on)))
        return out


def _is_place_name(word: str) -> bool:
    """A place in the gazetteer goes by this (normalized) word."""
    try:
        from hadath.geo.gazetteer import load_gazetteer
        from hadath.geo.names import name_key as place_key
    except ImportError:  # pragma: no cover
        return False
    return bool(load_gazetteer().lookup(place_key(word)))


def abd_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``عبد العزيز`` is also written ``عبدالعزيز`` (and the other way round): the other
    spelling of a name key, when it has one."""
    joined: list[str] = []
    k = 0
    changed = False
    while k < len(key):
        if key[k] == "عبد" and k + 1 < len(key):
            joined.append("عبد" + key[k + 1])
            k += 2
            changed = True
            continue
        joined.append(key[k])
        k += 1
    if changed:
        return [tuple(joined)]
    split: list[str] = []
    for tok in key:
        if tok.startswith("عبد") and len(tok) > 5:
            split.extend(("عبد", tok[3:]))
            changed = True
        else:
            split.append(tok)
    return [tuple(split)] if changed else []


def surname_keys(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Partial keys of a person's full name: the last name, and ``بن سلمان`` / ``عبد X`` forms."""
    if len(key) < 2:
        return []
    out: list[tuple[str, ...]] = []
    last = key[-1]
    if last not in NOT_SURNAMES and len(last) >= 3 and key[-2] not in SURNAME_LINKS:
        out.append((last,))
    if len(key) >= 3 and key[-2] in SURNAME_LINKS:
        out.append(key[-2:])
    return out


def _raise_if_bad(report: ValidationReport) -> None:
    if report.problems:
        where, what = report.problems[0]
        more = f" (and {len(report.problems) - 1} more problem(s))" if len(report.problems) > 1 else ""
        raise DataValidationError(
            f"{what}{more}",
            path=where,
            hint="fix the entry in the data file; `hadath actors validate` lists every problem",
        )


@lru_cache(maxsize=2)
def _load_packaged(strict: bool) -> ActorDictionary:
    good, report = check_records(_packaged_sources())
    if strict:
        _raise_if_bad(report)
    return ActorDictionary(ActorRecord.from_json(o, where) for where, o in good)
