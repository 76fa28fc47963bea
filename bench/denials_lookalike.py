"""Denials paired in stories, on the look-alike corpora (gold: bench/denials_gold.json, written by
reading the articles: who denies on the record, and whether it is the story's main claim).

Each corpus is extracted, stored in a fresh SQLite store and linked (as ``stories_lookalike.py``
does); a linked story stands for the gold story most of its articles belong to. Counted over
(story, denier) pairs: a predicted pair is a name in any claim group's ``denied_by``; it is right
when the gold lists that denier for the story (names match when one's capitalised words contain
the other's: "Berg" / "Anna Berg"). Main-claim recall: gold deniers of the main claim found in the
``denied_by`` of the story's main claim, its first claim group (what most articles lead with and carry;
before 2026-12-04, fifth session, the first group was the most carried one).

    .venv/bin/python bench/denials_lookalike.py [CORPUS_DIR ...]
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from stories_lookalike import load  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("tests/data/lookalike", "bench/lookalike_heldout", "bench/lookalike_blind", "bench/lookalike_q",
           "bench/lookalike_m", "bench/lookalike_k", "bench/lookalike_j", "bench/lookalike_h",
           "bench/lookalike_g", "bench/lookalike_f", "bench/lookalike_e", "bench/lookalike_d",
           "bench/lookalike_c", "bench/lookalike_b", "bench/lookalike_a", "bench/lookalike_i",
           "bench/lookalike_l", "bench/lookalike_o", "bench/lookalike_p", "bench/lookalike_n",
           "bench/lookalike_r", "bench/lookalike_s", "bench/lookalike_t", "bench/lookalike_u",
           "bench/lookalike_v", "bench/lookalike_w", "bench/lookalike_x",
           "bench/lookalike_y", "bench/lookalike_z", "bench/lookalike_aa",
           "bench/lookalike_ab", "bench/lookalike_ac", "bench/lookalike_ad",
           "bench/lookalike_ae", "bench/lookalike_af", "bench/lookalike_ag", "bench/lookalike_ai", "bench/lookalike_aj", "bench/lookalike_ah",
           "bench/lookalike_ak", "bench/lookalike_am", "bench/lookalike_an",
           "bench/lookalike_ao", "bench/lookalike_ap", "bench/lookalike_al", "bench/lookalike_aq", "bench/lookalike_as", "bench/lookalike_at",
           "bench/lookalike_ar", "bench/lookalike_au", "bench/lookalike_av", "bench/lookalike_aw", "bench/lookalike_ax",
           "bench/lookalike_az", "bench/lookalike_ay", "bench/lookalike_bb", "bench/lookalike_bc",
           "bench/lookalike_be", "bench/lookalike_bf", "bench/lookalike_bd", "bench/lookalike_bg", "bench/lookalike_bi", "bench/lookalike_bh", "bench/lookalike_bj",
           "bench/lookalike_bk", "bench/lookalike_bl", "bench/lookalike_bn",
           "bench/lookalike_bm", "bench/lookalike_bo")


STOP = {"the", "of", "a", "an"}


def words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", re.sub(r"['\u2019]s\b", "", name.lower())) if w not in STOP}


def name_match(predicted: str, gold: dict) -> int:
    """How many words the predicted name shares with the gold denier's name or alias it matches (0: none
    matches): a match is the name or an alias, or words that are a part of them or contain them ("Berg" /
    "Anna Berg", "Estmark's transport ministry")."""
    p = words(predicted)
    best = 0
    for name in [gold["name"], *gold.get("aliases", [])]:
        g = words(name)
        if p and g and (p <= g or g <= p):
            best = max(best, len(p & g))
    return best


def same_name(predicted: str, gold: dict) -> bool:
    return name_match(predicted, gold) > 0


def score(corpus: str, gold: dict) -> tuple[int, int, int, int, int, list[str]]:
    from claimtrace.link import link, stories
    from claimtrace.store import Store

    articles, story_gold = load(ROOT / corpus)
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "d.db")) as store:
        store.save_articles(articles)
        link(store)
        found = stories(store)
    tp = predicted = main_found = 0
    notes = []
    found_gold: set[tuple[str, str]] = set()
    deniers: dict[str, dict[str, dict]] = {}  # story -> name -> the denier (one per name, aliases merged)
    for label, v in gold.items():
        deniers[label] = {}
        for d in v.get("deniers", []):
            known = deniers[label].setdefault(d["name"], {**d, "aliases": []})
            known["aliases"] = sorted(set(known["aliases"]) | set(d.get("aliases") or []))
            known["main_claim"] = known.get("main_claim") or d.get("main_claim")
    for s in found:
        label = Counter(story_gold[a.url]["story"] for a in s.articles).most_common(1)[0][0]
        want = deniers.get(label, {})
        main = s.claims[0] if s.claims else None  # the main claim as the story ranks it
        for d in sorted({d for g in s.claims for d in g.denied_by}):
            predicted += 1
            # (the gold denier it matches best: "chief ranger of Korrenvald National Park" is the chief ranger
            # "Korrenvald chief ranger", though "Korrenvald park" is a part of it too)
            hit = max(want, key=lambda name: name_match(d, want[name]), default=None)
            hit = hit if hit is not None and name_match(d, want[hit]) else None
            if hit is None:
                notes.append(f"  spurious  {label}: {d}")
            elif (label, hit) not in found_gold:
                tp += 1
                found_gold.add((label, hit))
        for name, w in want.items():
            if w.get("main_claim") and main is not None and any(same_name(d, w) for d in main.denied_by):
                main_found += 1
    gold_pairs = sum(len(v) for v in deniers.values())
    gold_main = sum(1 for v in deniers.values() for w in v.values() if w.get("main_claim"))
    notes += [f"  missed    {label}: {name}" for label, v in deniers.items() for name in v
              if (label, name) not in found_gold]
    return tp, predicted, gold_pairs, main_found, gold_main, notes


def main() -> int:
    gold_all = json.loads((ROOT / "bench" / "denials_gold.json").read_text(encoding="utf-8"))
    for corpus in sys.argv[1:] or CORPORA:
        tp, predicted, gold_pairs, main_found, gold_main, notes = score(corpus, gold_all[corpus])
        p = tp / predicted if predicted else 0.0
        r = tp / gold_pairs if gold_pairs else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{corpus}: deniers P {p:.2f} R {r:.2f} F1 {f:.2f} ({tp} right of {predicted} predicted, "
              f"{gold_pairs} in gold); main claim denied by its gold deniers: {main_found}/{gold_main}")
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
