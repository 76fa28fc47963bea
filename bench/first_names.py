#!/usr/bin/env python
"""Build the first-name gender table claimtrace ships (``src/claimtrace/nlp/data/first_names.tsv.gz``).

The source is the name dataset of the ``names-dataset`` package (MIT licence; first names with
their share of women and men and their rank in each country's list, from public profiles). Kept:
names written in Latin letters, ranked in the top ``--rank`` of at least one country (so common
somewhere, not a one-off), and borne by at least ``--share`` of one gender. One line per name:
``Name<TAB>F`` or ``Name<TAB>M``. The table says which pronoun a name probably goes with; claimtrace
reads it only for people, and what the article itself says ("she said", "spokeswoman") comes first.

    .venv/bin/python bench/first_names.py            # needs the extra: names-dataset (in the lock file)
"""
from __future__ import annotations

import argparse
import gzip
import pickle
from pathlib import Path

import names_dataset

OUT = Path(__file__).resolve().parents[1] / "src" / "claimtrace" / "nlp" / "data" / "first_names.tsv.gz"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rank", type=int, default=5000, help="best rank in some country at most this (default 5000)")
    ap.add_argument("--share", type=float, default=0.95, help="share of the main gender at least this (default 0.95)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    source = Path(names_dataset.__file__).with_name("v3") / "first_names.pkl.gz"
    with gzip.open(source) as f:
        names = pickle.load(f)
    rows = []
    for name, info in names.items():
        gender, rank = info.get("gender") or {}, info.get("rank") or {}
        if not gender or not rank or min(rank.values()) > args.rank:
            continue
        if not (name.isalpha() and name[0].isupper() and all(ord(ch) < 0x250 for ch in name)):
            continue
        main_gender = max(gender, key=gender.get)
        if gender[main_gender] >= args.share:
            rows.append(f"{name}\t{main_gender}")
    rows.sort()
    # mtime=0: the same table gives the same bytes
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(("\n".join(rows) + "\n").encode("utf-8"))
    print(f"{len(rows)} names -> {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
