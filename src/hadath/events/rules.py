"""The coder's small rule tables (modality cues, discard rules, argument requirements, reporting
verbs, renderings), loaded from the packaged data files and validated."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from hadath.doc.model import MODALITIES
from hadath.errors import DataValidationError
from hadath.events.morph import past_forms, present_forms
from hadath.events.tables import read_tsv
from hadath.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class ModalityCue:
    id: str
    words: tuple[str, ...]
    modality: str
    scope: str  # before | after | sentence
    window: int


@dataclass(frozen=True, slots=True)
class DiscardRule:
    id: str
    kind: str  # sentence | near
    words: frozenset[str]
    window: int
    roots: frozenset[str] | None  # None: every root
    reason: str


@dataclass(frozen=True, slots=True)
class RootRule:
    needs: str  # both | source | either | dyadic (both, or a verb with its own subject alone)
    target_preps: tuple[str, ...]


@cache
def modality_cues() -> tuple[ModalityCue, ...]:
    _, rows = read_tsv("modality.tsv")
    out = []
    for r in rows:
        if r["modality"] not in MODALITIES or r["scope"] not in ("before", "after", "sentence"):
            raise DataValidationError(f"{r['id']}: bad modality or scope", path="modality.tsv")
        out.append(
            ModalityCue(
                r["id"], tuple(normalize(r["cue"]).split()), r["modality"], r["scope"], int(r["window"])
            )
        )
    return tuple(out)


@cache
def discard_rules() -> tuple[DiscardRule, ...]:
    _, rows = read_tsv("discard.tsv")
    out = []
    for r in rows:
        if r["kind"] not in ("sentence", "near", "opens", "pluperfect", "followed"):
            raise DataValidationError(
                f"{r['id']}: kind must be sentence, near, opens, pluperfect or followed", path="discard.tsv"
            )
        roots = None if r["roots"] == "*" else frozenset(r["roots"].split(","))
        words = frozenset(normalize(w) for w in r["words"].split("|") if w)
        out.append(DiscardRule(r["id"], r["kind"], words, int(r["window"]), roots, r["reason"]))
    return tuple(out)


@cache
def root_rules() -> dict[str, RootRule]:
    _, rows = read_tsv("arguments.tsv")
    out = {}
    for r in rows:
        if r["needs"] not in ("both", "source", "either", "dyadic"):
            raise DataValidationError(
                f"root {r['root']}: needs must be both, source, either or dyadic", path="arguments.tsv"
            )
        out[r["root"]] = RootRule(r["needs"], tuple(normalize(p) for p in r["target_preps"].split("|") if p))
    return out


@cache
def speech_forms() -> dict[str, str]:
    """Surface form -> reporting verb id."""
    _, rows = read_tsv("speech.tsv")
    out: dict[str, str] = {}
    for r in rows:
        cls = r["class"]
        for f in past_forms(normalize(r["past"]), cls) + present_forms(normalize(r["pres"]), cls):
            if len(f.text) >= 3:
                out.setdefault(f.text, r["id"])
    return out


@cache
def role_labels() -> dict[str, str]:
    _, rows = read_tsv("roles.tsv")
    return {r["code"]: r["label"] for r in rows}


@cache
def english_phrases() -> dict[str, str]:
    _, rows = read_tsv("render_en.tsv")
    return {r["code"]: r["phrase"] for r in rows}
