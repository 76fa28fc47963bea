"""Body and metadata extraction on the WCXB development article pages (../shared/data/wcxb-dev-articles).

Compares
  (a) trafilatura alone, default settings (``bare_extraction(page, with_metadata=True)``);
  (b0) claimtrace ``extract_html`` (our settings, our decoding), body as returned;
  (b) claimtrace ``extract_html`` with the ``find_boilerplate`` ranges dropped, i.e. the text the
      attribution extractor actually reads.
(b0) vs (b) isolates what appeal cleaning costs in recall and gains in precision.

Metrics
  body: bag-of-words precision / recall / F1 of the extracted body against ``main_content``
        (lower-cased ``\\w+`` tokens, multiset overlap), computed per page and MACRO-averaged over
        pages; an empty extraction scores P = R = F1 = 0.
  title / author: normalised exact match (case-folded, whitespace collapsed, edge punctuation
        stripped); accuracy over the pages whose ground truth has the field.
  1st author: the first name of the byline matches (split on ; , & | "and"), which forgives
        list formatting ("A; B" vs "A and B") and trailing credentials ("Jane Doe, Ph.D.").
  date: same YYYY-MM-DD as ``publish_date``; over pages that have one.
  snippets: share of ``with`` snippets found in the body and of ``without`` snippets absent
        (normalised: case-folded, whitespace collapsed, curly quotes straightened).

Run: .venv/bin/python bench/wcxb.py [--limit N] [--jobs J]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "wcxb-dev-articles"
sys.path.insert(0, str(ROOT / "src"))

_TOKEN = re.compile(r"\w+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def norm(s: str | None) -> str:
    s = (s or "").translate(_QUOTES).casefold()
    return " ".join(s.split()).strip(" .,;:|-\"'")


_NAME_SPLIT = re.compile(r"\s*(?:[;,&|]|\band\b)\s*")


def first_name(s: str | None) -> str:
    """The first name in a byline, normalised: "Jane Doe, Ph.D.; John Roe" -> "jane doe"."""
    parts = [p for p in _NAME_SPLIT.split(norm(s)) if p]
    return " ".join(_TOKEN.findall(parts[0])) if parts else ""


def body_scores(pred: str, gold: str) -> tuple[float, float, float]:
    p, g = Counter(_TOKEN.findall(pred.lower())), Counter(_TOKEN.findall(gold.lower()))
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    prec, rec = overlap / sum(p.values()), overlap / sum(g.values())
    return prec, rec, 2 * prec * rec / (prec + rec)


def run_trafilatura(raw: bytes) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True)
    if doc is None:
        return {"text": "", "title": None, "author": None, "date": None}
    return {"text": doc.text or "", "title": doc.title, "author": doc.author, "date": doc.date}


def run_claimtrace(raw: bytes) -> tuple[dict, dict]:
    from claimtrace.errors import InputError
    from claimtrace.ingest.appeals import find_boilerplate
    from claimtrace.ingest.html import extract_html

    try:
        r = extract_html(raw)
    except InputError:
        empty = {"text": "", "title": None, "author": None, "date": None}
        return empty, dict(empty)
    kept, pos = [], 0
    for s, e in find_boilerplate(r.text):
        kept.append(r.text[pos:s])
        pos = e
    kept.append(r.text[pos:])
    meta = {"title": r.title, "author": r.author, "date": r.published}
    return {"text": r.text, **meta}, {"text": "".join(kept), **meta}


def evaluate(page_id: str) -> dict:
    raw = gzip.decompress((DATA / "html" / f"{page_id}.html.gz").read_bytes())
    gt = json.loads((DATA / "ground-truth" / f"{page_id}.json").read_text())["ground_truth"]
    t0 = time.perf_counter()
    a = run_trafilatura(raw)
    t1 = time.perf_counter()
    b0, b = run_claimtrace(raw)
    t2 = time.perf_counter()
    out = {"id": page_id, "time": {"a": t1 - t0, "b": t2 - t1}}
    for name, res in (("a", a), ("b0", b0), ("b", b)):
        body = norm(res["text"])
        out[name] = {
            "prf": body_scores(res["text"], gt.get("main_content") or ""),
            "title": norm(res["title"]) == norm(gt.get("title")) if gt.get("title") else None,
            "author": norm(res["author"]) == norm(gt.get("author")) if gt.get("author") else None,
            "author1": first_name(res["author"]) == first_name(gt.get("author")) if gt.get("author") else None,
            "date": ((res["date"] or "")[:10] == gt["publish_date"][:10]) if gt.get("publish_date") else None,
            "with": [norm(s) in body for s in gt.get("with") or []],
            "without": [norm(s) not in body for s in gt.get("without") or []],
        }
    return out


def summarise(results: list[dict]) -> str:
    rows = []
    names = {"a": "(a) trafilatura defaults", "b0": "(b0) claimtrace extract_html",
             "b": "(b) claimtrace extract_html - boilerplate"}
    for key, label in names.items():
        prf = [r[key]["prf"] for r in results]
        n = len(prf)

        def acc(field):
            vals = [r[key][field] for r in results if r[key][field] is not None]
            return f"{100 * sum(vals) / len(vals):.1f} ({len(vals)})" if vals else "-"

        def snip(field):
            vals = [v for r in results for v in r[key][field]]
            return f"{100 * sum(vals) / len(vals):.1f}" if vals else "-"

        rows.append([label, f"{sum(p for p, _, _ in prf) / n:.3f}", f"{sum(r for _, r, _ in prf) / n:.3f}",
                     f"{sum(f for _, _, f in prf) / n:.3f}", acc("title"), acc("author"), acc("author1"), acc("date"),
                     snip("with"), snip("without")])
    head = ["system", "P", "R", "F1", "title % (n)", "author % (n)", "1st author %", "date % (n)", "with %", "without %"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    ta = sum(r["time"]["a"] for r in results) / len(results)
    tb = sum(r["time"]["b"] for r in results) / len(results)
    lines.append("")
    lines.append(f"pages: {len(results)}; body P/R/F1 macro-averaged over pages (bag of words); "
                 f"mean time per page: (a) {1000 * ta:.0f} ms, (b) {1000 * tb:.0f} ms")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    ap.add_argument("--dump", type=Path, default=None, help="write per-page results as JSON lines")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"data not found: {DATA}", file=sys.stderr)
        return 2
    ids = sorted(p.name.split(".")[0] for p in (DATA / "html").glob("*.html.gz"))[: args.limit]
    results = []
    t0 = time.time()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for i, res in enumerate(pool.map(evaluate, ids, chunksize=4), 1):
            results.append(res)
            if i % 25 == 0 or i == len(ids):
                print(f"\r{i}/{len(ids)} pages, {time.time() - t0:.0f}s", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    if args.dump:
        with args.dump.open("w") as fh:
            for r in results:
                fh.write(json.dumps(r) + "\n")
    print(summarise(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
