"""NER speed: tokens per second of ``NerTagger.tag`` and of ``NerStage``, on one core.

Tags the ANERcorp dev slice (the last 10% of the training file's sentences) and the articles of
the ant_dev news sample (tokenized and split by hadath's text stage). Skips a corpus with a
message when its file is absent. Times are CPU time of this process (other work on the machine
does not count); run it with OPENBLAS_NUM_THREADS=1.

    PYTHONPATH=src python benchmarks/ner_speed.py [--anercorp FILE] [--news FILE] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from hadath.doc import Document
from hadath.ner.stage import NerStage, sentence_tokens
from hadath.ner.tagger import NerTagger
from hadath.ner.train import read_anercorp, split_dev
from hadath.text.stage import TextStage

ANERCORP = Path("/work/shared/data/ner/anercorp_train.tsv")
NEWS = Path("/work/shared/data/news/ant_dev.jsonl")


def _rate(n: int, seconds: float) -> str:
    return f"{n} tokens in {seconds:.2f} s CPU: {n / max(seconds, 1e-9):,.0f} tokens/s"


def bench_tag(tagger: NerTagger, sents: list[list[str]], label: str) -> None:
    n = sum(len(s) for s in sents)
    tagger.featurizer.cache.clear()
    tagger.crf._vec_cache.clear()
    t = time.process_time()
    tagger.tag(sents)
    cold = time.process_time() - t
    t = time.process_time()
    tagger.tag(sents)
    warm = time.process_time() - t
    print(f"NerTagger.tag on {label}, cold feature cache: {_rate(n, cold)}")
    print(f"NerTagger.tag on {label}, warm feature cache: {_rate(n, warm)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--anercorp", type=Path, default=ANERCORP)
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--limit", type=int, default=0, help="read at most N news articles (0: all)")
    args = ap.parse_args(argv)
    t = time.process_time()
    tagger = NerTagger.load()
    print(f"model loaded in {time.process_time() - t:.2f} s CPU")
    if args.anercorp.exists():
        _, dev = split_dev(read_anercorp(args.anercorp))
        bench_tag(tagger, [toks for toks, _ in dev], f"ANERcorp dev ({len(dev)} sentences)")
    else:
        print(f"skipped ANERcorp: {args.anercorp} not found")
    if not args.news.exists():
        print(f"skipped news: {args.news} not found")
        return 0
    docs = []
    with open(args.news, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if args.limit and i >= args.limit:
                break
            obj = json.loads(line)
            title, body = obj.get("title") or "", obj.get("text") or ""
            docs.append(TextStage()(Document(f"{title}\n\n{body}" if title else body, title=title or None)))
    sents = [[t.text for t in toks] for d in docs for toks in sentence_tokens(d)]
    bench_tag(tagger, sents, f"ant_dev ({len(docs)} articles)")
    stage = NerStage(tagger)
    n = sum(len(d.tokens) for d in docs)
    t = time.process_time()
    n_ent = sum(len(stage(d).entities) for d in docs)
    print(
        f"NerStage (tags + marginals + entities) on ant_dev: {_rate(n, time.process_time() - t)}; {n_ent} entities"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
