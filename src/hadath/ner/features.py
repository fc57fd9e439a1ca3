"""Token features for the NER CRF, computed once per distinct word and cached.

A token's features are those of its own word (offset 0) plus the context features of the words
at offsets -2..+2, each prefixed with its offset. Everything about one word form is computed
once (``WordFeaturizer.lookup``), so a sentence costs a few dictionary look-ups per token.

The features work on hadath's normalized form (``normalize_word``) and on clitic-stripped forms,
so that ANERcorp-style whitespace tokens ("وألمانيا") and hadath tokens look alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hadath.text.normalize import normalize_word

ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))
# Conjunction/preposition proclitic sequences, longest first; "لل" stands for ل + ال.
PROCLITICS = (
    "وبال", "وكال", "ولل", "فبال", "فلل", "فال", "وال", "بال", "كال", "لل",
    "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك",
)  # fmt: skip
SHAPE_PUNCT = frozenset(".,،؛;:!?؟\"'()[]{}«»-–—/\\…*#@%&+=<>|~_")

# Context offsets and which feature groups are copied to them.
OFFSETS = (-2, -1, 1, 2)


class Resources:
    """Look-up data used by the features: word counts and clusters, gazetteer classes."""

    def __init__(
        self,
        clusters: Mapping[str, Sequence[str]] | None = None,
        counts: Mapping[str, int] | None = None,
        gazetteer: Mapping[str, Sequence[str]] | None = None,
        priors: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.priors: Mapping[str, Sequence[str]] = priors or {}
        self.clusters: Mapping[str, Sequence[str]] = clusters or {}
        self.counts: Mapping[str, int] = counts or {}
        self.gazetteer: Mapping[str, Sequence[str]] = gazetteer or {}
        # multi-word gazetteer entries by first word: first -> [(words, classes)], longest first
        phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for k, v in self.gazetteer.items():
            parts = tuple(k.split())
            if len(parts) > 1:
                phrases.setdefault(parts[0], []).append((parts, tuple(v)))
        for lst in phrases.values():
            lst.sort(key=lambda e: -len(e[0]))
        self.phrases = phrases


def shape(word: str) -> str:
    """A coarse shape class of a raw token."""
    if not word:
        return "empty"
    if word.isdigit():
        return "num"
    if all(c in SHAPE_PUNCT for c in word):
        return "punct"
    n_ar = sum(1 for c in word if c in ARABIC_LETTERS)
    if n_ar == len(word):
        return "ar"
    if any(c.isdigit() for c in word):
        return "hasnum"
    if n_ar == 0:
        if word.isalpha():
            return "Lat" if word[0].isupper() else "lat"
        return "other"
    return "mixed"


def strip_candidates(norm: str) -> list[str]:
    """The word and every reading of it without a leading proclitic sequence."""
    out = [norm]
    for p in PROCLITICS:
        if norm.startswith(p):
            rest = norm[len(p) :]
            if p.endswith(("ال", "لل")):
                rest = "ال" + rest
                if len(rest) >= 4:
                    out.append(rest)
            elif len(rest) >= 2:
                out.append(rest)
    for w in list(out):
        if w.startswith("ال") and len(w) > 3:
            out.append(w[2:])
    return out


def analyses(norm: str, counts: Mapping[str, int]) -> tuple[str, str, str]:
    """(proclitic, stem, bare) of a normalized word.

    ``stem`` is the word without its conjunction/preposition proclitics (an article stays:
    "وبالقاهرة" -> "القاهرة"), ``bare`` is the stem without the article. A proclitic that is
    not followed by the article is stripped only when the stripped form is the more frequent
    word in the unlabeled news (``counts``), or when no count is known and it is و.
    """
    if len(norm) < 3 or norm[0] not in "وفبلك":
        stem = norm
        pro = ""
    else:
        stem, pro = norm, ""
        for p in PROCLITICS:
            if not norm.startswith(p):
                continue
            rest = norm[len(p) :]
            if p.endswith("لل"):
                rest = "ال" + rest
                if len(rest) < 4:
                    continue
            elif p.endswith("ال"):
                rest = "ال" + rest
                if len(rest) < 4:
                    continue
            else:
                if len(rest) < 2:
                    continue
                if rest.startswith("ال") and len(rest) >= 4:
                    pass  # "وال..." handled above; here e.g. "بال" split as ب + ال
                c_rest = counts.get(rest, 0)
                c_norm = counts.get(norm, 0)
                if counts:
                    if c_rest <= c_norm:
                        continue
                elif p != "و" or len(rest) < 3:
                    continue
            stem, pro = rest, p
            break
    bare = stem[2:] if stem.startswith("ال") and len(stem) > 3 else stem
    return pro, stem, bare


class WordFeaturizer:
    """Per-word feature lists for every offset, cached by raw word."""

    def __init__(self, resources: Resources | None = None, cache_size: int = 300_000) -> None:
        self.res = resources or Resources()
        self.cache: dict[str, tuple[list[str], ...]] = {}
        self.keys: dict[str, tuple[str, ...]] = {}
        self.cache_size = cache_size

    def lookup(self, word: str) -> tuple[list[str], ...]:
        """(own features, features at -2, -1, +1, +2) of ``word``."""
        hit = self.cache.get(word)
        if hit is not None:
            return hit
        feats = self._compute(word)
        if len(self.cache) >= self.cache_size:
            self.cache.clear()
            self.keys.clear()
        self.cache[word] = feats
        return feats

    def _compute(self, word: str) -> tuple[list[str], ...]:
        res = self.res
        norm = normalize_word(word).lower()
        shp = shape(word)
        pro, stem, bare = analyses(norm, res.counts) if shp == "ar" else ("", norm, norm)
        own = [
            "w=" + norm,
            "sh=" + shp,
            "b=" + bare,
            "pro=" + pro,
            "art=" + ("1" if stem != bare else "0"),
        ]
        if len(norm) > 1:
            own += ["p1=" + norm[:1], "x1=" + norm[-1:]]
        if len(bare) > 2:
            own += [
                "bp2=" + bare[:2], "bp3=" + bare[:3],
                "bx2=" + bare[-2:], "bx3=" + bare[-3:],
            ]  # fmt: skip
        own.append("len=" + str(min(len(bare), 8)))
        ctx = ["w=" + norm, "b=" + bare, "sh=" + shp]
        # clusters: of the word itself, else of its stem, else of its bare form
        cl = res.clusters.get(norm) or res.clusters.get(stem) or res.clusters.get(bare)
        if cl:
            for i, c in enumerate(cl):
                own.append(f"c{i}={c}")
                ctx.append(f"c{i}={c}")
        else:
            own.append("c=none")
        if stem != norm:
            scl = res.clusters.get(stem) or res.clusters.get(bare)
            if scl:
                for i, c in enumerate(scl):
                    own.append(f"sc{i}={c}")
        # gazetteer classes of the word, its stem and bare form
        gz: set[str] = set()
        cands = strip_candidates(norm) if shp == "ar" else [norm]
        for form in cands:
            g = res.gazetteer.get(form)
            if g:
                gz.update(g)
        self.keys[word] = tuple(dict.fromkeys(cands))
        for g in sorted(gz):
            own.append("g=" + g)
            ctx.append("g=" + g)
        if res.priors:
            pr = res.priors.get(stem) or res.priors.get(norm)
            if pr is None:
                own.append("pr=unk")
            else:
                for x in pr:
                    own.append("pr=" + x)
                    ctx.append("pr=" + x)
        far = [f for f in ctx if not f.startswith(("sh=", "b="))]
        m2 = ["-2" + f for f in far]
        m1 = ["-1" + f for f in ctx]
        p1 = ["+1" + f for f in ctx]
        p2 = ["+2" + f for f in far]
        return own, m2, m1, p1, p2, [bare]

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Features of each token of a sentence."""
        n = len(words)
        looks = [self.lookup(w) for w in words]
        phr = self._phrases(words) if self.res.phrases else None
        out: list[list[str]] = []
        for i in range(n):
            f = list(looks[i][0])
            if i >= 2:
                f += looks[i - 2][1]
            elif i == 1:
                f.append("-2BOS")
            if i >= 1:
                f += looks[i - 1][2]
            else:
                f.append("BOS")
            if i + 1 < n:
                f += looks[i + 1][3]
            else:
                f.append("EOS")
            if i + 2 < n:
                f += looks[i + 2][4]
            if phr is not None and phr[i]:
                f += phr[i]
            if i >= 1:
                f.append("bg-=" + looks[i - 1][5][0] + "|" + looks[i][5][0])
            if i + 1 < n:
                f.append("bg+=" + looks[i][5][0] + "|" + looks[i + 1][5][0])
            out.append(f)
        return out

    def _phrases(self, words: Sequence[str]) -> list[list[str]]:
        """Features marking tokens covered by multi-word gazetteer entries (gB=, gI=)."""
        n = len(words)
        out: list[list[str]] = [[] for _ in range(n)]
        keys = [self.keys.get(w) or (normalize_word(w),) for w in words]
        phrases = self.res.phrases
        i = 0
        while i < n:
            matched = 0
            for k in keys[i]:
                for parts, classes in phrases.get(k, ()):
                    m = len(parts)
                    if i + m <= n and all(parts[j] in keys[i + j] for j in range(1, m)):
                        for c in classes:
                            out[i].append("gB=" + c)
                            for j in range(1, m):
                                out[i + j].append("gI=" + c)
                        matched = m
                        break
                if matched:
                    break
            i += matched or 1
        return out
