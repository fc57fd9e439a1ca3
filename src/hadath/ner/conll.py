"""CoNLL reading and writing, and entity-level evaluation with conlleval semantics.

Files have one token per line (first column; columns are separated by tabs or spaces) and a
blank line between sentences. For gold files the tag is the last column.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from hadath.errors import InputError
from hadath.ner.labels import to_anercorp

if TYPE_CHECKING:
    from hadath.ner.tagger import NerTagger

Sentence = list[str]


def _split(line: str) -> list[str]:
    return line.split("\t") if "\t" in line else line.split()


def read_lines(path: Path) -> list[str]:
    """Lines of a CoNLL file, without line ends (InputError if it cannot be read)."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            return [ln.rstrip("\r\n") for ln in f]
    except FileNotFoundError as e:
        raise InputError("file not found", path=str(path), hint="check the path") from e
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the file: {e}", path=str(path)) from e


def iter_blocks(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    """Sentences of a CoNLL file as lists of rows (each row: its columns)."""
    block: list[list[str]] = []
    for line in lines:
        cols = _split(line.strip())
        if not line.strip() or not cols:
            if block:
                yield block
                block = []
            continue
        block.append([c.strip() for c in cols if c.strip()])
    if block:
        yield block


def read_tagged(path: Path) -> list[tuple[list[str], list[str]]]:
    """(tokens, tags) per sentence of a tagged CoNLL file: first column token, last column tag."""
    out = []
    for n, block in enumerate(iter_blocks(read_lines(path))):
        for row in block:
            if len(row) < 2:
                raise InputError(
                    f"sentence {n + 1}: a line has no tag column: {' '.join(row)!r}",
                    path=str(path),
                    hint="a gold file needs `token<TAB>tag` lines",
                )
        out.append(([r[0] for r in block], [r[-1] for r in block]))
    return out


# --------------------------------------------------------------------------- evaluation


def entities(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Entities (type, start, end) of a BIO sequence, conlleval semantics.

    An entity starts at B-X, or at I-X after O or after a tag of another type, and goes on over
    the following I-X tags.
    """
    out: list[tuple[str, int, int]] = []
    typ: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        if tag == "O" or len(tag) < 3 or tag[1] != "-":
            if typ is not None:
                out.append((typ, start, i))
            typ = None
            continue
        prefix, t = tag[0], tag[2:]
        if prefix == "B" or t != typ:
            if typ is not None:
                out.append((typ, start, i))
            typ, start = t, i
    if typ is not None:
        out.append((typ, start, len(tags)))
    return out


@dataclass
class TypeScore:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    """Entity-level scores, per type and micro-averaged (over PERS/LOC/ORG and over all types)."""

    per_type: dict[str, TypeScore] = field(default_factory=dict)
    tokens: int = 0
    sentences: int = 0

    def micro(self, types: Iterable[str] | None = None) -> TypeScore:
        wanted = set(types) if types is not None else set(self.per_type)
        total = TypeScore()
        for t, s in self.per_type.items():
            if t in wanted:
                total.tp += s.tp
                total.n_pred += s.n_pred
                total.n_gold += s.n_gold
        return total

    @property
    def micro_f1(self) -> float:
        """Micro F1 over PERS, LOC and ORG."""
        return self.micro(("PERS", "LOC", "ORG")).f1

    @property
    def micro_f1_all(self) -> float:
        """Micro F1 over all types (MISC included)."""
        return self.micro().f1

    def as_dict(self) -> dict[str, object]:
        def row(s: TypeScore) -> dict[str, float | int]:
            return {
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "gold": s.n_gold,
                "predicted": s.n_pred,
                "correct": s.tp,
            }

        out: dict[str, object] = {t: row(s) for t, s in sorted(self.per_type.items())}
        out["micro_PERS_LOC_ORG"] = row(self.micro(("PERS", "LOC", "ORG")))
        out["micro_all"] = row(self.micro())
        return out

    def format(self) -> str:
        lines = [
            f"{self.sentences} sentences, {self.tokens} tokens",
            f"{'type':<20}{'precision':>10}{'recall':>10}{'F1':>10}{'gold':>8}{'pred':>8}",
        ]

        def line(name: str, s: TypeScore) -> str:
            return (
                f"{name:<20}{100 * s.precision:>10.2f}{100 * s.recall:>10.2f}{100 * s.f1:>10.2f}"
                f"{s.n_gold:>8}{s.n_pred:>8}"
            )

        for t, s in sorted(self.per_type.items()):
            lines.append(line(t, s))
        lines.append(line("micro PERS/LOC/ORG", self.micro(("PERS", "LOC", "ORG"))))
        lines.append(line("micro all", self.micro()))
        return "\n".join(lines)


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> EvalReport:
    """Compare gold and predicted BIO sequences (either naming; both mapped to ANERcorp's)."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    report = EvalReport()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError("gold and predicted sentences differ in length")
        report.sentences += 1
        report.tokens += len(g)
        ge = set(entities([to_anercorp(t) for t in g]))
        pe = set(entities([to_anercorp(t) for t in p]))
        for t, _, _ in ge:
            report.per_type.setdefault(t, TypeScore()).n_gold += 1
        for t, _, _ in pe:
            report.per_type.setdefault(t, TypeScore()).n_pred += 1
        for t, _, _ in ge & pe:
            report.per_type[t].tp += 1
    return report


# --------------------------------------------------------------------------- CLI helpers


def tag_conll(in_path: Path, out_path: Path | None = None, tagger: NerTagger | None = None) -> int:
    """Tag a CoNLL file: write each of its lines as ``token<TAB>tag`` (blank lines kept).

    Writes to ``out_path``, or to standard output when it is None. Returns the number of
    tokens tagged. ``tagger`` defaults to the packaged model (``NerTagger.load()``).
    """
    from hadath.ner.tagger import NerTagger  # at run time: tagger imports this module

    tg = tagger if tagger is not None else NerTagger.load()
    lines = read_lines(Path(in_path))
    # Sentences as (line indexes, tokens).
    sents: list[tuple[list[int], list[str]]] = []
    cur_idx: list[int] = []
    cur_tok: list[str] = []
    for i, line in enumerate(lines):
        cols = _split(line.strip()) if line.strip() else []
        cols = [c for c in cols if c.strip()]
        if not cols:
            if cur_idx:
                sents.append((cur_idx, cur_tok))
                cur_idx, cur_tok = [], []
            continue
        cur_idx.append(i)
        cur_tok.append(cols[0].strip())
    if cur_idx:
        sents.append((cur_idx, cur_tok))
    tags = tg.tag([toks for _, toks in sents])
    out_lines = [""] * len(lines)
    for (idx, toks), seq in zip(sents, tags, strict=True):
        for i, tok, tag in zip(idx, toks, seq, strict=True):
            out_lines[i] = f"{tok}\t{tag}"
    text = "".join(ln + "\n" for ln in out_lines)
    if out_path is None:
        sys.stdout.write(text)
    else:
        try:
            Path(out_path).write_text(text, encoding="utf-8")
        except OSError as e:
            raise InputError(f"cannot write: {e}", path=str(out_path)) from e
    return sum(len(t) for _, t in sents)


def evaluate_conll(
    gold_path: Path, tagger: NerTagger | None = None, out: TextIO | None = sys.stdout
) -> EvalReport:
    """Tag the tokens of a gold CoNLL file and print precision, recall and F1 per type and micro.

    Entity-level exact match with conlleval semantics; labels are mapped to ANERcorp's
    (GPE, LOC -> LOC; PER -> PERS), and the gold file may use either naming. The report is
    printed to ``out`` (nothing printed when None) and returned.
    """
    from hadath.ner.tagger import NerTagger  # at run time: tagger imports this module

    tg = tagger if tagger is not None else NerTagger.load()
    data = read_tagged(Path(gold_path))
    pred = tg.tag([toks for toks, _ in data])
    report = score([tags for _, tags in data], pred)
    if out is not None:
        out.write(report.format() + "\n")
    return report
