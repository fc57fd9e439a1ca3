"""Clitic segmentation: one surface token into its syntactic words, with raw offsets.

Proclitics, in order: a conjunction و or ف; a preposition ب ل ك or the future marker س
(before a present-tense prefix ي ت ن ا); the article ال (``لل`` is ل + (ا)ل). Enclitics:
pronoun suffixes ه ها هم هما هن ك كم كن نا ي.

Letters that *may* be clitics often are not (بشار، فلسطين، لبنان، كابول، سوتشي، بيروت، وزير).
A split is made only when the lexicon of word frequencies learned from Arabic news
(``data/wordfreq.tsv.gz``, built by ``scripts/build_wordfreq.py``) says the remainder is a
word on its own, relatively frequent compared to the whole token:

    split c + rest  when  freq(rest) >= max(MIN_COUNT, ALPHA[c] * freq(token))

where ``freq`` of an unseen remainder falls back to the frequency of the remainder's own
clitic-stripped form. Names that begin with a clitic letter and are inside a name at least 80%
of the time in the news (وليد، فيصل، بكين; ``data/whole_words.txt``, built by
``scripts/build_whole_words.py`` from the NER type priors) are never split. Tokens that start
with (و|ف)?(ب|ك|ل)?ال are split without the lexicon
(that prefix is almost never part of a stem). A short closed list of function words is never
split (كما، لكن، التي، الله ...). A stem ending in ت before a pronoun suffix is looked up with
its ة restored (زيارته → زيارة + ه) and its ``norm`` is the restored form.

Segmentations are cached per token string: news repeats its words.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from hadath.text.normalize import DELETED, normalize_word

_DELETED_STR = "".join(sorted(DELETED))
MIN_COUNT = 3
# how frequent the remainder must be, relative to the whole token
ALPHA = {"و": 0.1, "ف": 0.2, "ب": 0.3, "ل": 0.3, "ك": 0.5, "س": 0.3}
SUFFIX_ALPHA = 0.04
# ي as a pronoun is rare in news while nisba adjectives in ي are everywhere
SUFFIX_ALPHA_YA = 3.0

CONJ = "وف"
PREP = "بلك"
FUTURE_NEXT = "يتنا"
SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي")
NO_SPLIT = frozenset(
    normalize_word(w)
    for w in (
        "كما لما بما فيما مما عما إنما أينما حيثما كلما ربما طالما لكن لكنه لكنها لكنهم لذلك كذلك "
        "هكذا لدى لدي لذا إذا إذ فقط فإن وإن بأن لأن كأن كي لكي فوق تحت بين بعد قبل عند عندما "
        "الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللائي الله اللهم إلا إلى الآن "
        "له لها لهم لهما لهن لك لكم لنا لي به بها بهم بهما بنا بي بك بكم "
        "منا مني عنا عني معي "
        "ولكن ولذلك وكذلك وكما فكما وهكذا بينما "
        "كلا كلتا هذه هذا هؤلاء ذلك تلك هناك هنا كيف لماذا ماذا لم لن لا ليس ليست ما"
    ).split()
)


def _load_freq() -> dict[str, int]:
    path = resources.files("hadath.text").joinpath("data/wordfreq.tsv.gz")
    out: dict[str, int] = {}
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            w, _, c = line.rstrip("\n").partition("\t")
            out[w] = int(c)
    return out


_FREQ: dict[str, int] | None = None
_WHOLE: frozenset[str] | None = None


def whole_words() -> frozenset[str]:
    """Names that begin with a clitic letter and are never split (data/whole_words.txt)."""
    global _WHOLE
    if _WHOLE is None:
        path = resources.files("hadath.text").joinpath("data/whole_words.txt")
        _WHOLE = frozenset(
            line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"
        )
    return _WHOLE


def word_freq() -> dict[str, int]:
    """The packaged word-frequency lexicon (normalized word -> count), loaded once."""
    global _FREQ
    if _FREQ is None:
        _FREQ = _load_freq()
    return _FREQ


def _is_arabic_word(s: str) -> bool:
    return bool(s) and all("\u0621" <= c <= "\u064a" for c in s)


def _deep_freq(freq: dict[str, int], w: str) -> int:
    """Frequency of ``w``, or of its clitic-stripped forms when ``w`` itself is unseen."""
    f = freq.get(w, 0)
    if f:
        return f
    best = 0
    if w.startswith("ال") and len(w) > 3:
        best = max(best, freq.get(w[2:], 0))
    if len(w) > 4 and w[0] in PREP:
        rest = w[1:]
        best = max(best, freq.get(rest, 0))
        if rest.startswith("ال") and len(rest) > 3:
            best = max(best, freq.get(rest[2:], 0))
    for suf in SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            stem = w[: -len(suf)]
            best = max(best, freq.get(stem, 0))
            if stem.endswith("ت"):
                best = max(best, freq.get(stem[:-1] + "ه", 0))
            break
    return best


def _al_prefix_len(n: str) -> int:
    """Length of a (و|ف)?(ب|ك|ل)?ال prefix that is split without the lexicon, else 0."""
    i = 0
    if i < len(n) and n[i] in CONJ:
        i += 1
    if i < len(n) and n[i] in PREP:
        if n[i] == "ل" and n[i + 1 : i + 2] == "ل" and len(n) - i >= 4:
            # لل is ل + (ا)ل (للحكومة) unless ل + a word in ل (للقاء = ل + لقاء)
            freq = word_freq()
            if freq.get("ال" + n[i + 2 :], 0) >= freq.get(n[i + 1 :], 0):
                return i + 2
            return 0
        i += 1
    if n[i : i + 2] == "ال" and len(n) - i - 2 >= 2:
        return i + 2
    return 0


def segment_norm(n: str, suffix_ok: bool = True) -> list[tuple[int, int, str]]:
    """Segment a normalized Arabic word. Returns (start, end, norm) in ``n``'s positions.

    ``suffix_ok`` is False when the raw word ends in ة or ى, which are never pronoun suffixes
    (normalization turns them into ه and ي).
    """
    keep_whole = whole_words()
    if not _is_arabic_word(n) or len(n) < 3 or n in NO_SPLIT or n in keep_whole:
        return [(0, len(n), n)]
    freq = word_freq()
    pieces: list[tuple[int, int, str]] = []
    i = 0
    # article-bearing tokens: split the proclitics outright
    al_end = _al_prefix_len(n)
    if al_end:
        j = 0
        if n[j] in CONJ:
            pieces.append((j, j + 1, n[j]))
            j += 1
        if n[j] in PREP:
            pieces.append((j, j + 1, n[j]))
            j += 1
        if n[j] == "ل" and al_end - j == 1:  # the ل of لل
            pieces.append((j, j + 1, "ال"))
        else:
            pieces.append((j, al_end, "ال"))
        i = al_end
    else:
        # conjunction
        if n[0] in CONJ and len(n) - 1 >= 2 and n[1:] not in ("",):
            rest = n[1:]
            if rest in NO_SPLIT or _deep_freq(freq, rest) >= max(MIN_COUNT, ALPHA[n[0]] * freq.get(n, 0)):
                pieces.append((0, 1, n[0]))
                i = 1
        # preposition or future marker
        if i < len(n) - 2 and n[i:] not in NO_SPLIT and n[i:] not in keep_whole:
            c = n[i]
            rest = n[i + 1 :]
            if c in PREP or (c == "س" and rest[0] in FUTURE_NEXT):
                if _deep_freq(freq, rest) >= max(MIN_COUNT, ALPHA[c] * freq.get(n[i:], 0)):
                    pieces.append((i, i + 1, c))
                    i += 1
    stem = n[i:]
    if stem in NO_SPLIT:
        pieces.append((i, len(n), stem))
        return pieces
    # pronoun suffix
    for suf in SUFFIXES if suffix_ok else ():
        if not stem.endswith(suf) or len(stem) - len(suf) < 2:
            continue
        base = stem[: -len(suf)]
        whole = freq.get(stem, 0)
        base_norm = base
        fb = freq.get(base, 0)
        if base.endswith("ت"):
            restored = base[:-1] + "ه"
            fr = freq.get(restored, 0)
            if fr > fb:
                fb, base_norm = fr, restored
        alpha = SUFFIX_ALPHA_YA if suf == "ي" else SUFFIX_ALPHA
        if suf == "ي" and (whole >= 20 or len(base) < 3):
            break
        if fb >= max(MIN_COUNT, alpha * whole):
            k = i + len(base)
            pieces.append((i, k, base_norm))
            pieces.append((k, len(n), suf))
            return pieces
        break
    pieces.append((i, len(n), stem))
    return pieces


@lru_cache(maxsize=300_000)
def segment(token: str) -> tuple[tuple[int, int, str], ...]:
    """Clitic words of a raw token: (start, end, norm) with offsets relative to ``token``.

    Diacritics and tatweel stay inside the word they follow.
    """
    n = normalize_word(token)
    last = token.rstrip(_DELETED_STR)[-1:]
    suffix_ok = last not in ("ة", "ى")
    if len(n) == len(token):
        return tuple(segment_norm(n, suffix_ok))
    # map normalized positions back to raw positions within the token
    raw_pos: list[int] = []
    for r, ch in enumerate(token):
        if ch in DELETED:
            continue
        for _ in range(len(normalize_word(ch))):
            raw_pos.append(r)
    raw_pos.append(len(token))
    if len(raw_pos) != len(n) + 1:  # unexpected expansion: keep the token whole
        return ((0, len(token), n),)
    out = []
    for s, e, norm in segment_norm(n, suffix_ok):
        rs = raw_pos[s] if s > 0 else 0
        re_ = raw_pos[e] if e < len(n) else len(token)
        if re_ <= rs:  # a boundary inside an expanded ligature: keep the token whole
            return ((0, len(token), n),)
        out.append((rs, re_, norm))
    return tuple(out)
