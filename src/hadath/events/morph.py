"""Surface forms of Arabic trigger words, generated from stems (normalized orthography).

A verb is given by its past stem(s) (3rd person masculine singular, e.g. ``زار``, ``استقبل``,
``التقي``) and present stem(s) (the form after the person prefix, e.g. ``زور``, ``ستقبل``,
``لتقي``) plus a weak-root class:

* ``s`` sound: suffixes attach to the stems as they are;
* ``h`` hollow (زار/يزور, قال/يقول, ادان/يدين): the past stem loses its long vowel before
  consonant-initial suffixes (زرت, قلنا) and the present stem does in the jussive and the
  feminine plural (لم يزر, يزرن);
* ``d`` defective (دعا/يدعو, التقي/يلتقي, نفي/ينفي): the final weak letter drops before
  ``وا``/``ون``/``ين`` and the past takes ``و`` or ``ي`` before consonant suffixes (دعوت,
  التقينا);
* ``g`` geminate (رد/يرد, حث/يحث): the doubled letter is written twice before consonant
  suffixes (رددت).

A noun is given by its singular (normalized, so ta marbuta is ``ه``) and plural(s); duals and
construct forms are generated. Every generated form carries features (tense, number) that the
coder uses. Clitics (conjunctions, the future ``س``, prepositions, the article, object and
possessive pronouns) are not generated: the matcher strips them before lookup.
"""

from __future__ import annotations

from dataclasses import dataclass

PAST_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("", "3ms"),
    ("ت", "3fs"),  # also 1s/2s when the stem is consonant-final; same spelling unvoweled
    ("ا", "3md"),
    ("تا", "3fd"),
    ("وا", "3mp"),
)
PAST_CONS_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ت", "1s"),
    ("نا", "1p"),
    ("تم", "2mp"),
    ("تما", "2d"),
    ("تن", "2fp"),
    ("ن", "3fp"),
)
PRESENT_PREFIXES: tuple[tuple[str, str], ...] = (("ي", "3"), ("ت", "2/3f"), ("ن", "1p"), ("ا", "1s"))
PRESENT_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("", "s"),
    ("ون", "mp"),
    ("وا", "mp"),  # subjunctive/jussive
    ("ان", "d"),
    ("ا", "d"),
    ("ين", "fs"),
    ("ي", "fs"),
    ("ن", "fp"),
)


@dataclass(frozen=True, slots=True)
class Form:
    """One generated surface form and what it says about the word."""

    text: str
    tense: str  # past | present | imperative | noun | passive
    number: str  # s | d | p | "" (unknown)


def _number(tag: str) -> str:
    if "d" in tag:
        return "d"
    if "p" in tag:
        return "p"
    return "s"


def _hollow_short(stem: str) -> str:
    """Drop the long vowel before the last radical: زار -> زر, زور -> زر, ادان -> ادن."""
    if len(stem) >= 3 and stem[-2] in "اوي":
        return stem[:-2] + stem[-1]
    return stem


def past_forms(stem: str, cls: str) -> list[Form]:
    out: list[Form] = []
    if cls == "d":
        base = stem[:-1]
        last = stem[-1]
        cons = base + ("و" if last == "ا" and len(base) == 2 else "ي")
        out.append(Form(stem, "past", "s"))
        for suf, tag in (("ت", "3fs"), ("تا", "3fd"), ("وا", "3mp")):
            out.append(Form(base + suf, "past", _number(tag)))
        out.append(Form(cons + "ا", "past", "d"))
        for suf, tag in PAST_CONS_SUFFIXES:
            out.append(Form(cons + suf, "past", _number(tag)))
        return out
    if cls == "h":
        short = _hollow_short(stem)
        for suf, tag in PAST_SUFFIXES:
            out.append(Form(stem + suf, "past", _number(tag)))
        for suf, tag in PAST_CONS_SUFFIXES:
            out.append(Form(short + suf, "past", _number(tag)))
        return out
    if cls == "g":
        cons = stem + stem[-1]
        for suf, tag in PAST_SUFFIXES:
            out.append(Form(stem + suf, "past", _number(tag)))
        for suf, tag in PAST_CONS_SUFFIXES:
            out.append(Form(cons + suf, "past", _number(tag)))
        return out
    for suf, tag in PAST_SUFFIXES + PAST_CONS_SUFFIXES:
        out.append(Form(stem + suf, "past", _number(tag)))
    return out


def present_forms(stem: str, cls: str) -> list[Form]:
    out: list[Form] = []
    short = _hollow_short(stem) if cls == "h" else stem
    base = stem[:-1] if cls == "d" else stem
    for pre, _ptag in PRESENT_PREFIXES:
        if pre == "ا" and len(stem) <= 2:
            continue  # اصل, اعد ...: too often another word
        for suf, stag in PRESENT_SUFFIXES:
            if cls == "d" and suf == "ي" and stem.endswith("و"):
                # M-DEF-WAW: the 2nd person feminine of a و-final verb (تدعي 'you call') is the
                # form of the ي-final verbs (تدعي 'claims', يدعى 'is named'), which news means
                continue
            if cls == "d" and suf in ("ون", "وا", "ين", "ي"):
                body = base + suf
            elif cls == "d" and suf == "":
                body = stem
            elif cls == "h" and suf == "ن":
                body = short + suf
            else:
                body = stem + suf
            if pre == "ا" and suf not in ("",):
                continue  # first person singular takes no suffix
            if pre == "ن" and suf not in ("",):
                continue
            out.append(Form(pre + body, "present", _number(stag)))
        if cls in ("h", "d") and pre in ("ي", "ت"):
            jussive = short if cls == "h" else base
            if len(jussive) >= 2:
                out.append(Form(pre + jussive, "present", "s"))
    return out


def imperative_forms(stem: str) -> list[Form]:
    """Imperatives are given explicitly as their masculine singular (اوقف, ناقش, قاطع)."""
    out = [Form(stem, "imperative", "s")]
    for suf, num in (("وا", "p"), ("ي", "s"), ("ا", "d"), ("ن", "p")):
        out.append(Form(stem + suf, "imperative", num))
    return out


def noun_forms(singular: str, plurals: list[str]) -> list[Form]:
    """Singular, construct, dual and plural forms of a (normalized) noun."""
    out = [Form(singular, "noun", "s")]
    if singular.endswith("ه"):
        construct = singular[:-1] + "ت"
        out.append(Form(construct, "noun", "s"))  # زيارت(ه)
        dual_base = construct
    else:
        dual_base = singular
    for suf in ("ان", "ين", "ا"):  # dual (nominative, oblique) and accusative tanween alef
        if suf == "ا" and singular.endswith("ه"):
            continue
        out.append(Form(dual_base + suf, "noun", "d" if suf != "ا" else "s"))
    for pl in plurals:
        out.append(Form(pl, "noun", "p"))
        if pl.endswith("ون"):
            out.append(Form(pl[:-2] + "ين", "noun", "p"))
            out.append(Form(pl[:-1], "noun", "p"))
        elif pl.endswith("ين"):
            out.append(Form(pl[:-1], "noun", "p"))
        elif pl.endswith("ه"):
            out.append(Form(pl[:-1] + "ت", "noun", "p"))
        elif not pl.endswith("ات"):
            out.append(Form(pl + "ا", "noun", "p"))
    return out
