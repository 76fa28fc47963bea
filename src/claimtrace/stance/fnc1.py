"""FNC-1 (Fake News Challenge stage 1) files: reading them strictly, parsing the bodies once, scoring.

Files: a bodies CSV (``Body ID,articleBody``) and a stances CSV (``Headline,Body ID[,Stance]``).
Malformed input (missing columns, an unknown or duplicate Body ID, an unknown stance label, text that
is not UTF-8) raises :class:`FNC1Error` with the file and row, so the CLI can exit 2.

Scoring follows the challenge's scorer: 0.25 for every pair whose related/unrelated call is right,
0.75 more for the exact label of a related pair; reported as a share of the best possible score.
That share depends on the label mix (unrelated pairs are the easy 0.25 points), so the score is also
given re-weighted to the mix of the competition's test part (:data:`TEST_MIX`): comparable with
published figures even when the scored pairs are mostly related, as held-out claim groups are.
"""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from ..model import Article, Attribution, Document, Source, Speaker, TextSpan

LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED = ("agree", "disagree", "discuss")
#: Pairs per gold label in the FNC-1 competition test part (25,413 pairs, 72 % unrelated).
TEST_MIX = {"agree": 1903, "disagree": 697, "discuss": 4464, "unrelated": 18349}


class FNC1Error(ValueError):
    """An FNC-1 file that cannot be read as one (the message says which file, row and why)."""


@dataclass(frozen=True)
class StancePair:
    """One (headline, body) pair of a stances file; ``stance`` is None when the file has no gold."""

    headline: str
    body_id: str
    stance: Optional[str] = None


def _rows(path: "str | Path", required: Sequence[str]) -> Iterator[tuple[int, dict]]:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames
            if header is None:
                raise FNC1Error(f"{path}: empty file, expected a header {','.join(required)}")
            header = [h.strip().lstrip("\ufeff") for h in header]
            reader.fieldnames = header
            missing = [c for c in required if c not in header]
            if missing:
                raise FNC1Error(f"{path}: missing column(s) {', '.join(missing)} "
                                f"(header is {','.join(header)})")
            for row in reader:
                if None in row or any(row.get(c) is None for c in required):
                    raise FNC1Error(f"{path}: line {reader.line_num}: wrong number of fields")
                yield reader.line_num, row
    except UnicodeDecodeError as exc:
        raise FNC1Error(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise FNC1Error(f"{path}: malformed CSV: {exc}") from None
    except OSError as exc:
        raise FNC1Error(f"{path}: {exc.strerror or exc}") from None


def read_bodies(path: "str | Path") -> dict[str, str]:
    """``{Body ID: articleBody}`` from a bodies CSV, in file order."""
    bodies: dict[str, str] = {}
    for line, row in _rows(path, ("Body ID", "articleBody")):
        body_id = row["Body ID"].strip()
        if not body_id:
            raise FNC1Error(f"{path}: line {line}: empty Body ID")
        if body_id in bodies:
            raise FNC1Error(f"{path}: line {line}: duplicate Body ID {body_id}")
        bodies[body_id] = row["articleBody"]
    return bodies


def read_stances(path: "str | Path", bodies: Optional[dict[str, str]] = None) -> list[StancePair]:
    """The pairs of a stances CSV; ``Stance`` is optional but, when present, must be a known label.
    With ``bodies`` every Body ID must name one of them."""
    pairs: list[StancePair] = []
    with_gold: Optional[bool] = None
    for line, row in _rows(path, ("Headline", "Body ID")):
        if with_gold is None:
            with_gold = "Stance" in row
        body_id = row["Body ID"].strip()
        if bodies is not None and body_id not in bodies:
            raise FNC1Error(f"{path}: line {line}: unknown Body ID {body_id!r} (not in the bodies file)")
        stance = None
        if with_gold:
            stance = (row.get("Stance") or "").strip().lower()
            if stance not in LABELS:
                raise FNC1Error(f"{path}: line {line}: unknown stance {row.get('Stance')!r}; "
                                f"expected one of {', '.join(LABELS)}")
        pairs.append(StancePair(row["Headline"], body_id, stance))
    return pairs


def write_predictions(path: "str | Path", pairs: Sequence[StancePair], labels: Sequence[str]) -> None:
    """``Headline,Body ID,Stance`` rows, the challenge's submission format."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Headline", "Body ID", "Stance"])
        for pair, label in zip(pairs, labels):
            writer.writerow([pair.headline, pair.body_id, label])


# -- scoring -------------------------------------------------------------------------------------
@dataclass
class FNC1Scores:
    """The challenge's figures for one set of predictions."""

    pairs: int
    score: float                      # FNC-1 score as a share of the best possible
    macro_f1: float
    f1: dict[str, float]
    confusion: list[list[int]]        # rows gold, columns predicted, in LABELS order
    related_accuracy: float = 0.0     # related vs unrelated
    test_mix_score: float = 0.0       # the score re-weighted to TEST_MIX (see reweighted_score)

    def rows(self) -> list[dict]:
        out = [{"metric": "fnc_score", "value": round(self.score, 4)},
               {"metric": "fnc_score_test_mix", "value": round(self.test_mix_score, 4)},
               {"metric": "macro_f1", "value": round(self.macro_f1, 4)},
               {"metric": "related_accuracy", "value": round(self.related_accuracy, 4)}]
        out += [{"metric": f"f1_{label}", "value": round(self.f1[label], 4)} for label in LABELS]
        out.append({"metric": "pairs", "value": self.pairs})
        return out

    def confusion_rows(self) -> list[dict]:
        return [{"gold": gold, **{pred: self.confusion[i][j] for j, pred in enumerate(LABELS)}}
                for i, gold in enumerate(LABELS)]


def pair_points(gold: str, predicted: str) -> float:
    """The challenge's points for one pair: 0.25 for the right related/unrelated side, 0.75 more for
    the exact label of a related pair."""
    points = 0.25 if (gold == "unrelated") == (predicted == "unrelated") else 0.0
    return points + (0.75 if gold != "unrelated" and gold == predicted else 0.0)


def reweighted_score(confusion: Sequence[Sequence[int]], mix: "dict[str, int] | None" = None) -> float:
    """The FNC-1 score as if the gold labels came in ``mix`` (default :data:`TEST_MIX`): per gold label,
    the mean points of its pairs in ``confusion`` (rows gold, columns predicted, LABELS order), weighted
    by its count in ``mix``, over the best possible for ``mix``. Labels with no gold pair are left out."""
    mix = TEST_MIX if mix is None else mix
    points = best = 0.0
    for i, gold in enumerate(LABELS):
        n = sum(confusion[i])
        if not n or not mix.get(gold):
            continue
        mean = sum(c * pair_points(gold, predicted) for c, predicted in zip(confusion[i], LABELS)) / n
        points += mix[gold] * mean
        best += mix[gold] * pair_points(gold, gold)
    return points / best if best else 0.0


def score(gold: Sequence[str], predicted: Sequence[str]) -> FNC1Scores:
    """FNC-1 score (raw and re-weighted to :data:`TEST_MIX`), per-class and macro F1, confusion matrix
    of ``predicted`` against ``gold``."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    index = {label: i for i, label in enumerate(LABELS)}
    confusion = [[0] * len(LABELS) for _ in LABELS]
    for g, p in zip(gold, predicted):
        confusion[index[g]][index[p]] += 1
    return confusion_scores(confusion)


def confusion_scores(confusion: Sequence[Sequence[int]]) -> FNC1Scores:
    """:func:`score` from the confusion matrix alone (rows gold, columns predicted, LABELS order)."""
    confusion = [[int(c) for c in row] for row in confusion]
    cells = [(g, p, confusion[i][j]) for i, g in enumerate(LABELS) for j, p in enumerate(LABELS)]
    points = sum(n * pair_points(g, p) for g, p, n in cells)
    best = sum(n * pair_points(g, g) for g, p, n in cells)
    related_right = sum(n for g, p, n in cells if (g == "unrelated") == (p == "unrelated"))
    f1 = {}
    for i, label in enumerate(LABELS):
        tp = confusion[i][i]
        predicted_n = sum(row[i] for row in confusion)
        gold_n = sum(confusion[i])
        f1[label] = 2 * tp / (predicted_n + gold_n) if predicted_n + gold_n else 0.0
    n = sum(map(sum, confusion))
    return FNC1Scores(pairs=n, score=points / best if best else 0.0,
                      macro_f1=sum(f1.values()) / len(LABELS), f1=f1, confusion=confusion,
                      related_accuracy=related_right / n if n else 0.0,
                      test_mix_score=reweighted_score(confusion))


# -- claim groups ----------------------------------------------------------------------------------
def claim_groups(pairs: Iterable[StancePair]) -> dict[str, int]:
    """``{Body ID: group}``: bodies joined through a shared related headline form one group
    (union-find over related pairs; a body with no related pair is a group of its own)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        find("b:" + pair.body_id)
        if pair.stance and pair.stance != "unrelated":
            a, b = find("b:" + pair.body_id), find("h:" + pair.headline)
            if a != b:
                parent[a] = b
    roots: dict[str, int] = {}
    return {key[2:]: roots.setdefault(find(key), len(roots)) for key in list(parent) if key.startswith("b:")}


# -- parsing the bodies once -----------------------------------------------------------------------
def article_from_dict(data: dict) -> Article:
    """Rebuild an ``Article`` from its JSON contract form (``Article.to_dict()``)."""
    def span(d):
        return TextSpan([tuple(s) for s in d["spans"]], d["text"]) if d else None

    attributions = [
        Attribution(cue=span(a["cue"]), content=span(a["content"]), source=span(a["source"]),
                    kind=a["kind"], speaker=Speaker(**a["speaker"]) if a["speaker"] else None,
                    source_count=a["source_count"], via=list(a["via"]), modality=a["modality"],
                    hedges=list(a["hedges"]))
        for a in data["attributions"]
    ]
    sources = [Source(**{**s, "mentions": [tuple(m) for m in s["mentions"]]}) for s in data["sources"]]
    return Article(input=data["input"], text=data["text"], title=data.get("title"),
                   language=data.get("language"), boilerplate=[tuple(b) for b in data["boilerplate"]],
                   sources=sources, attributions=attributions, errors=list(data["errors"]),
                   url=data.get("url"), canonical_url=data.get("canonical_url"),
                   outlet=data.get("outlet"), author=data.get("author"), published=data.get("published"))


def parse_bodies(bodies: dict[str, str], *, cache: "str | Path | None" = None,
                 progress: bool = False, model: Optional[str] = None) -> dict[str, Article]:
    """Every body through the claimtrace pipeline. With ``cache`` (a JSONL file), bodies already
    parsed there with the same text are read back and new ones appended, so the spaCy pass runs once."""
    from ..api import extract_documents, load
    from ..config import Settings

    done: dict[str, Article] = {}
    if cache and Path(cache).exists():
        with open(cache, encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                if bodies.get(record["body_id"]) == record["article"]["text"]:
                    done[record["body_id"]] = article_from_dict(record["article"])
    todo = [(body_id, text) for body_id, text in bodies.items() if body_id not in done]
    if todo:
        settings = Settings()
        if model:
            settings.model = model
        documents = (Document(input=f"fnc1-body-{body_id}", text=text, language="en") for body_id, text in todo)
        articles = extract_documents(documents, nlp=load(settings.model), settings=settings)
        from tqdm import tqdm

        bar = tqdm(total=len(todo), desc="parsing bodies", unit="body", file=sys.stderr,
                   disable=not progress)
        out = open(cache, "a", encoding="utf-8") if cache else None
        try:
            for (body_id, _), article in zip(todo, articles):
                done[body_id] = article
                if out:
                    out.write(json.dumps({"body_id": body_id, "article": article.to_dict()},
                                         ensure_ascii=False) + "\n")
                bar.update()
        finally:
            bar.close()
            if out:
                out.close()
    return {body_id: done[body_id] for body_id in bodies}


__all__ = ["LABELS", "RELATED", "TEST_MIX", "FNC1Error", "StancePair", "FNC1Scores", "read_bodies",
           "read_stances", "write_predictions", "pair_points", "reweighted_score", "score",
           "confusion_scores", "claim_groups", "article_from_dict", "parse_bodies"]


# -- labelling with the stance model (the code ``track`` uses) ----------------------------------------
def label_pairs(pairs: Sequence[StancePair], articles: dict[str, Article], *, model=None,
                progress: bool = False) -> list[str]:
    """The stance model's FNC-1 label for every pair (headline = claim), in order."""
    from tqdm import tqdm

    from .model import StanceModel

    model = model or StanceModel.load()
    featurizer = model.featurizer
    by_headline: dict[str, list[int]] = {}
    for i, pair in enumerate(pairs):
        by_headline.setdefault(pair.headline, []).append(i)
    body_ids = list(dict.fromkeys(p.body_id for p in pairs))
    views = dict(zip(body_ids, featurizer.articles([articles[b] for b in body_ids])))
    labels: list[str] = [""] * len(pairs)
    with tqdm(total=len(pairs), desc="labelling", unit="pair", file=sys.stderr, disable=not progress,
              mininterval=1) as bar:
        for headline, indices in by_headline.items():
            claim = featurizer.claim(headline)
            batch = [views[pairs[i].body_id] for i in indices]
            for i, result in zip(indices, model.classify_views(claim, batch)):
                labels[i] = result.label
            bar.update(len(indices))
    return labels


@dataclass
class FNC1Run:
    """What ``claimtrace eval fnc1`` computed: the pairs, their labels and (with gold) the scores."""

    pairs: list[StancePair]
    labels: list[str]
    scores: Optional[FNC1Scores] = None


def evaluate_files(bodies_path: "str | Path", stances_path: "str | Path", *,
                   predictions: "str | Path | None" = None, cache: "str | Path | None" = None,
                   progress: bool = False, model=None) -> FNC1Run:
    """Read an FNC-1 bodies/stances pair of files, label every pair, write ``predictions`` (CSV)
    if asked, and score against the ``Stance`` column when there is one. Raises FNC1Error on bad files
    before any parsing starts."""
    bodies = read_bodies(bodies_path)
    pairs = read_stances(stances_path, bodies)
    needed = {p.body_id for p in pairs}
    articles = parse_bodies({b: t for b, t in bodies.items() if b in needed}, cache=cache, progress=progress)
    labels = label_pairs(pairs, articles, model=model, progress=progress)
    if predictions:
        write_predictions(predictions, pairs, labels)
    gold = [p.stance for p in pairs]
    scores = score(gold, labels) if pairs and all(g is not None for g in gold) else None
    return FNC1Run(pairs, labels, scores)


__all__ += ["label_pairs", "FNC1Run", "evaluate_files"]
