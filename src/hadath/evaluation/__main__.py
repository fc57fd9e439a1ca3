"""``python -m hadath.evaluation --pin [GOLD.jsonl] [ARTICLES.jsonl]``: re-pin the events floors.

Evaluates the default pipeline on the gold and writes ``floors.json`` (scores minus 0.02, with
the gold's sha256). Run it deliberately, after a change of the gold or an improvement of the
coder, and commit the floors with the change.
"""

from __future__ import annotations

import json
import sys

from hadath.evaluation.events import DEFAULT_GOLD, write_floors


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "--pin":
        print("usage: python -m hadath.evaluation --pin [GOLD.jsonl] [ARTICLES.jsonl]", file=sys.stderr)
        return 2
    gold = argv[1] if len(argv) > 1 else DEFAULT_GOLD
    articles = argv[2] if len(argv) > 2 else None
    record = write_floors(gold, articles)
    print(json.dumps(record["floors"], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
