"""Blind stance bench for `claimtrace track` on a corpus in the bench/stance_wire layout.

    .venv/bin/python bench/stance_wire.py [CORPUS_DIR] [--db PATH] [--json OUT.json]

CORPUS_DIR holds claims.json ([{"id", "claim"}]), articles.jsonl (url, outlet, published, title,
text) and gold.json (claim id -> {url -> confirms|denies|relays|unrelated}, every article). The
articles are extracted with the real model and saved in a fresh SQLite store (a temporary one
unless --db is given); `claimtrace track CLAIM --format json` is run for each claim and an article
it does not return counts as unrelated. Prints accuracy over all (claim, article) pairs, per-class
P/R/F1, macro-F1 over the four classes, the confusion matrix (rows gold, columns predicted) and
every wrong pair that is related in gold or in the prediction.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CLASSES = ["confirms", "denies", "relays", "unrelated"]


def ingest(corpus: Path, db: str) -> int:
    from claimtrace.api import extract_documents
    from claimtrace.model import Document
    from claimtrace.store import Store

    records = [json.loads(line) for line in (corpus / "articles.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    docs = [Document(input=r["url"], text=r["text"], title=r["title"], url=r["url"], outlet=r["outlet"],
                     published=r["published"]) for r in records]
    articles = list(extract_documents(docs))
    with Store.open(db) as store:
        store.save_articles(articles)
    return len(articles)


def track(claim: str, db: str) -> list[dict]:
    cli = Path(sys.executable).parent / "claimtrace"
    out = subprocess.run([str(cli), "track", claim, "--db", db, "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out) if out.strip() else []


def who(row: dict) -> str:
    ev = row.get("evidence") or []
    parts = [f"{e.get('speaker')} [{e.get('voice')}]" for e in ev if e.get("speaker")]
    word = row.get("on_word_of") or []
    s = "; ".join(dict.fromkeys(parts)) or "-"
    if word:
        s += f" | on_word_of: {json.dumps(word, ensure_ascii=False)}"
    return s


def score(pairs: list[tuple[str, str]]) -> dict:
    n = len(pairs)
    acc = sum(g == p for g, p in pairs) / n
    per = {}
    for c in CLASSES:
        tp = sum(g == c and p == c for g, p in pairs)
        fp = sum(g != c and p == c for g, p in pairs)
        fn = sum(g == c and p != c for g, p in pairs)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        per[c] = {"precision": pr, "recall": rc, "f1": f1, "support": tp + fn, "predicted": tp + fp}
    macro = sum(per[c]["f1"] for c in CLASSES) / len(CLASSES)
    cm = {g: {p: sum(1 for a, b in pairs if a == g and b == p) for p in CLASSES} for g in CLASSES}
    return {"n": n, "accuracy": acc, "per_class": per, "macro_f1": macro, "confusion": cm}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, nargs="?", default=Path(__file__).parent / "stance_wire")
    ap.add_argument("--db", help="SQLite store to create (default: a temporary file)")
    ap.add_argument("--json", type=Path, help="write predictions and scores here")
    args = ap.parse_args()
    claims = json.loads((args.corpus / "claims.json").read_text(encoding="utf-8"))
    gold = json.loads((args.corpus / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "stance.db")
        if Path(db).exists():
            sys.exit(f"{db} exists: give a fresh path")
        print(f"{ingest(args.corpus, db)} articles saved in {db}", file=sys.stderr)
        rows = {c["id"]: {r["url"]: r for r in track(c["claim"], db)} for c in claims}
    pairs, wrong, preds = [], [], {}
    for c in claims:
        cid = c["id"]
        preds[cid] = {}
        for url, g in gold[cid].items():
            row = rows[cid].get(url)
            p = row["stance"] if row else "unrelated"
            preds[cid][url] = p
            pairs.append((g, p))
            if g != p:
                wrong.append({"claim": cid, "url": url, "gold": g, "predicted": p,
                              "confidence": row.get("confidence") if row else None,
                              "probabilities": row.get("probabilities") if row else None,
                              "who": who(row) if row else "-",
                              "evidence": [e["sentence"] for e in (row.get("evidence") or [])] if row else []})
    s = score(pairs)
    related = [(g, p) for g, p in pairs if g != "unrelated"]
    print(f"pairs: {s['n']} ({len(related)} related in gold); accuracy {s['accuracy']:.3f}; "
          f"macro-F1 {s['macro_f1']:.3f}")
    print(f"accuracy on the gold-related pairs: {sum(g == p for g, p in related) / len(related):.3f}")
    print("| class | P | R | F1 | gold | predicted |\n| --- | --- | --- | --- | --- | --- |")
    for c in CLASSES:
        m = s["per_class"][c]
        print(f"| {c} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} | {m['predicted']} |")
    print("\nconfusion (rows gold, columns predicted)\n| gold \\ pred | " + " | ".join(CLASSES) + " |")
    print("| --- " * (len(CLASSES) + 1) + "|")
    for g in CLASSES:
        print(f"| {g} | " + " | ".join(str(s["confusion"][g][p]) for p in CLASSES) + " |")
    print(f"\n{len(wrong)} wrong pairs")
    for w in sorted(wrong, key=lambda w: (w["gold"], w["predicted"], w["claim"])):
        print(f"- {w['claim']} {w['url']}: gold {w['gold']}, predicted {w['predicted']} "
              f"(conf {w['confidence']}); who: {w['who']}")
        for e in w["evidence"]:
            print(f"    > {e}")
    if args.json:
        args.json.write_text(json.dumps({"scores": s, "predictions": preds, "wrong": wrong,
                                         "raw": rows}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
