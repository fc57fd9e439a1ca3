"""Countries with their Arabic names and nisba adjectives, and agent role nouns.

``data/nisba.jsonl``: one row per country (all UN members, observers and a few others): ISO3,
Arabic names, and the adjective in its forms (masculine, feminine, sound plurals, feminine
plural, broken plurals). Adjective forms are stored without the article; the index adds the
definite form (every word with ال: ``الكوري الجنوبي``).

``data/agents.jsonl``: role nouns (``الحكومة``, ``وزير الخارجية``, ``متظاهرون`` ...) with their
CAMEO agent code, the person positions they name (``head_of_state`` ...), the forms used before
a nisba adjective (``forms_ar``), the construct forms used before a country name
(``construct_ar``: ``وزير خارجية إيران``) and the forms that name an actor on their own
(``bare_ar``: ``الشرطة``, ``قوات الأمن``, ``المتظاهرون``), whose country the context gives.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from hadath.errors import DataValidationError
from hadath.resolve.index import Trie, name_key
from hadath.resolve.records import AGENT_CODES, POSITION_RANK, country_codes

ADJ_FORMS = ("m", "f", "m_pl", "f_pl", "broken_pl")
PLURAL_FORMS = frozenset({"m_pl", "broken_pl"})


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name_en: str
    names_ar: tuple[str, ...]
    ambiguous_names: frozenset[tuple[str, ...]]
    ambiguous_adj: bool
    shared_adj: bool


@dataclass(frozen=True, slots=True)
class AdjHit:
    iso3: str
    form: str  # one of ADJ_FORMS
    definite: bool


@dataclass(frozen=True, slots=True)
class CountryHit:
    iso3: str
    ambiguous: bool


@dataclass(frozen=True, slots=True)
class Agent:
    id: str
    code: str
    label_en: str
    positions: tuple[str, ...]
    not_after: frozenset[str]
    title_hint: str | None = None  # words of the holder's title_en that name this title ("president")

    @property
    def is_person(self) -> bool:
        return bool(self.positions)


@dataclass(frozen=True, slots=True)
class AgentHit:
    agent_id: str
    definite: bool


def _read_jsonl(name: str) -> list[tuple[str, dict[str, Any]]]:
    path = resources.files("hadath.resolve").joinpath("data", name)
    out: list[tuple[str, dict[str, Any]]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            out.append((where, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise DataValidationError(f"not valid JSON ({exc.msg})", path=where, hint="fix the line") from exc
    return out


def nisba_problems(obj: dict[str, Any]) -> list[str]:
    out: list[str] = []
    if obj.get("iso3") not in country_codes():
        out.append(f"iso3 {obj.get('iso3')!r} is not an ISO 3166-1 alpha-3 code")
    if not obj.get("names_ar"):
        out.append("names_ar is empty: give at least the country's Arabic name")
    if not obj.get("m"):
        out.append("m (masculine adjective) is empty")
    for f in ADJ_FORMS:
        if not isinstance(obj.get(f, []), list):
            out.append(f"{f} must be a list")
    for n in obj.get("ambiguous_names", []):
        if n not in obj.get("names_ar", []):
            out.append(f"ambiguous name {n!r} is not one of names_ar")
    if not obj.get("sources"):
        out.append("no source: add where the row comes from to 'sources'")
    return out


def agent_problems(obj: dict[str, Any]) -> list[str]:
    out: list[str] = []
    if obj.get("code") not in AGENT_CODES:
        out.append(f"code {obj.get('code')!r} is not a CAMEO agent code")
    if not (obj.get("forms_ar") or obj.get("construct_ar")):
        out.append("give at least one form in forms_ar or construct_ar")
    for p in obj.get("positions", []):
        if p not in POSITION_RANK:
            out.append(f"position {p!r} is not one of {sorted(POSITION_RANK)}")
    if not obj.get("sources"):
        out.append("no source: add where the entry comes from to 'sources'")
    if obj.get("bare_ar") and obj.get("positions"):
        out.append("bare_ar is for groups and institutions; person titles alone are bare titles")
    if not obj.get("id") or not obj.get("label_en"):
        out.append("id and label_en are required")
    return out


class NisbaTable:
    def __init__(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        self.countries: dict[str, Country] = {}
        self.names: Trie[CountryHit] = Trie()
        self.adjectives: Trie[AdjHit] = Trie()
        problems: list[tuple[str, str]] = []
        for where, obj in rows:
            probs = nisba_problems(obj)
            if obj.get("iso3") in self.countries:
                probs.append(f"iso3 {obj['iso3']} appears twice")
            if probs:
                problems.extend((where, p) for p in probs)
                continue
            amb = frozenset(name_key(n) for n in obj.get("ambiguous_names", []))
            c = Country(
                obj["iso3"],
                obj["name_en"],
                tuple(obj["names_ar"]),
                amb,
                bool(obj.get("ambiguous_adj")),
                bool(obj.get("shared_adj")),
            )
            self.countries[c.iso3] = c
            for n in c.names_ar:
                k = name_key(n)
                self.names.add(k, CountryHit(c.iso3, k in amb))
            for form in ADJ_FORMS:
                for adj in obj.get(form, []):
                    k = name_key(adj)
                    self.adjectives.add(k, AdjHit(c.iso3, form, False))
                    self.adjectives.add(tuple("ال" + w for w in k), AdjHit(c.iso3, form, True))
        if problems:
            where, what = problems[0]
            raise DataValidationError(
                what, path=where, hint=f"{len(problems)} problem(s) in nisba.jsonl; fix the rows"
            )

    def __len__(self) -> int:
        return len(self.countries)


class AgentTable:
    def __init__(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        self.agents: dict[str, Agent] = {}
        self.forms: Trie[AgentHit] = Trie()
        self.construct: Trie[AgentHit] = Trie()
        # forms that are an actor on their own (``الشرطة``, ``المتظاهرون``): the country comes from
        # the context (an earlier mention with a country, the event's place, the article's country)
        self.bare: Trie[AgentHit] = Trie()
        # every word of a person title (وزير، الخارجية، رئيس، الوزراء، ولي، العهد ...), normalized
        self.title_words: set[str] = set()
        problems: list[tuple[str, str]] = []
        for where, obj in rows:
            probs = agent_problems(obj)
            if obj.get("id") in self.agents:
                probs.append(f"id {obj['id']} appears twice")
            if probs:
                problems.extend((where, p) for p in probs)
                continue
            a = Agent(
                obj["id"],
                obj["code"],
                obj["label_en"],
                tuple(obj.get("positions", [])),
                frozenset(k[0] for k in map(name_key, obj.get("not_after", [])) if k),
                obj.get("title_hint"),
            )
            self.agents[a.id] = a
            for f in obj.get("forms_ar", []):
                k = name_key(f)
                self.forms.add(k, AgentHit(a.id, k[-1].startswith("ال")))
            for f in obj.get("construct_ar", []):
                self.construct.add(name_key(f), AgentHit(a.id, False))
            if a.is_person:
                for f in obj.get("forms_ar", []) + obj.get("construct_ar", []):
                    self.title_words.update(name_key(f))
            for f in obj.get("bare_ar", []):
                k = name_key(f)
                self.bare.add(k, AgentHit(a.id, k[-1].startswith("ال")))
        if problems:
            where, what = problems[0]
            raise DataValidationError(
                what, path=where, hint=f"{len(problems)} problem(s) in agents.jsonl; fix the entries"
            )

    def __len__(self) -> int:
        return len(self.agents)


@lru_cache(maxsize=1)
def nisba_table() -> NisbaTable:
    """The packaged country and nisba table (cached)."""
    return NisbaTable(_read_jsonl("nisba.jsonl"))


@lru_cache(maxsize=1)
def agent_table() -> AgentTable:
    """The packaged agent role nouns (cached)."""
    return AgentTable(_read_jsonl("agents.jsonl"))
