"""Evaluation against PolNeAR, the Political News Attribution Relations corpus.

A PolNeAR split directory (``train/`` or ``dev/``) holds ``text/<article>.txt`` and
``attributions/<article>_<annotator>.ann`` in BRAT standoff. This module loads the gold
attributions, runs claimtrace on the texts and scores the predictions.

    >>> from claimtrace.eval import polnear
    >>> gold = polnear.load_gold("/path/to/polnear/dev")
    >>> scores = polnear.score(gold, predictions)          # predictions: list[list[Attribution]]
    >>> scores = polnear.evaluate("/path/to/polnear/dev", workers=2)
    >>> scores.exact["cue"].f1, scores.relation.f1

Loading (``load_gold``)
-----------------------
* Offsets in the ``.ann`` files are Unicode code-point offsets into the ``.txt`` file read as
  UTF-8 (checked on every span of train and dev, including the articles with curly quotes and
  non-breaking spaces), which is also claimtrace's offset convention. Texts are read with
  ``newline=""`` so that no line-ending translation can shift offsets.
* Several annotators: exactly one ``.ann`` file is used per article, the first annotator id in
  sorted order (``GoldArticle.annotator``; all ids are in ``GoldArticle.annotators``).
* ``E`` lines make the attributions. Roles: ``Source``, ``Cue``, ``Content`` and ``Content2``
  (a second content span, used by a few annotators instead of a discontinuous span: it is merged
  into the content as extra fragments). The ``Attribution`` / ``Attribution-no-source`` anchor is
  ignored except as a fallback cue when an ``E`` line has no ``Cue`` (rare). ``E`` lines with
  neither cue nor content (an anchor alone: abandoned annotations) are skipped and counted in
  ``GoldArticle.skipped``. ``Discard`` / ``Discuss`` spans belong to no attribution and are ignored.
* A ``T`` line's text may contain a newline (a few train files); continuation lines are skipped:
  spans are always taken from the offsets, never from the ``.ann`` text.

Metric definitions (``score``)
------------------------------
*Trimming.* Every span fragment is trimmed at both edges of whitespace and punctuation (any
Unicode ``P*`` category: quotes, commas, periods, colons, dashes, brackets...); empty fragments
are dropped; fragments separated only by whitespace/punctuation are merged. A span made of
punctuation only (PolNeAR has ``:`` cues in "Pence: ..." headlines and ``―`` cues before a quoted
reader's name) keeps its punctuation (only whitespace is trimmed). The result, a tuple
of ``(start, end)`` fragments, is the span's *key*. So ``“We will win,”`` equals ``We will win``
and a gold content split around a line break equals one predicted range over the same words.

*Exact span P/R/F1 per role.* A predicted role span matches a gold one when their keys are equal
(the full list of trimmed fragments, so a discontinuous content must match every fragment).
One-to-one (multiset intersection per article), micro-averaged over the corpus:
precision = matched / predicted, recall = matched / gold.

*Character-overlap P/R/F1 per role.* Over trimmed fragments, micro over the corpus:
precision = predicted characters lying in some gold span of that role (same article) / predicted
characters (each predicted span counted, duplicates too); recall = gold characters lying in some
predicted span of that role / gold characters.

*Content, partial match.* One-to-one matching of content spans where the predicted content
covers at least half of the gold content's trimmed characters (the relation rule below).

*Relation P/R/F1.* A predicted attribution matches a gold one when (1) the cue keys are equal,
(2) the source keys are equal or both are absent, (3) the predicted content covers at least 50%
of the gold content's trimmed characters. Maximum one-to-one matching per article.

*Relation, lenient.* As above but cue and source only need to share a character (after
trimming); both sources absent still matches. Tells cue/source boundary errors apart from misses.
"""
from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from ..model import Attribution, Document, TextSpan

ROLES = ("source", "cue", "content")
Offsets = tuple[int, int]
Key = tuple[Offsets, ...]

__all__ = [
    "ROLES", "GoldAttribution", "GoldArticle", "PRF", "Scores", "ArticleReport",
    "article_names", "load_gold", "parse_ann", "trim_key", "compare_article", "score", "predict", "evaluate",
    "gold_stats", "quote_kind", "iter_reports",
]


# --------------------------------------------------------------------------------------------
# Gold data
# --------------------------------------------------------------------------------------------

@dataclass
class GoldAttribution:
    """One gold attribution: its BRAT event id and its role spans (``None`` when absent)."""

    id: str
    cue: Optional[TextSpan]
    content: Optional[TextSpan]
    source: Optional[TextSpan] = None

    def role(self, name: str) -> Optional[TextSpan]:
        return getattr(self, name)


@dataclass
class GoldArticle:
    """One PolNeAR article: its text (exactly the ``.txt`` file) and one annotator's attributions."""

    name: str
    text: str
    attributions: list[GoldAttribution]
    annotator: str = ""
    annotators: list[str] = field(default_factory=list)
    path: str = ""
    #: ``E`` lines dropped because they had neither cue nor content.
    skipped: int = 0


_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
_ROLE_OF = {"Source": "source", "Cue": "cue", "Content": "content"}
_ANCHORS = ("Attribution", "Attribution-no-source")


def parse_ann(ann: str, text: str) -> tuple[list[GoldAttribution], int]:
    """Parse the content of one BRAT ``.ann`` file against its text.

    Returns ``(attributions, skipped)``: attributions in ``E`` line order and the number of ``E``
    lines skipped for lacking both cue and content. See the module doc for the conventions.
    """
    spans: dict[str, list[Offsets]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.splitlines():
        m = _T_LINE.match(line)
        if m:
            frags = [tuple(int(x) for x in part.split()) for part in m.group(3).split(";")]
            for s, e in frags:
                if not 0 <= s <= e <= len(text):
                    raise ValueError(f"span {s}-{e} of {m.group(1)} is outside the text ({len(text)} chars)")
            spans[m.group(1)] = frags  # type: ignore[assignment]
            continue
        m = _E_LINE.match(line)
        if m:
            args = [tuple(a.split(":", 1)) for a in m.group(2).split() if ":" in a]
            events.append((m.group(1), args))  # type: ignore[arg-type]
        # other lines (A/R/#, continuation lines of multi-line T texts) carry nothing we use
    out: list[GoldAttribution] = []
    skipped = 0
    for eid, args in events:
        roles: dict[str, list[Offsets]] = {}
        anchor: Optional[list[Offsets]] = None
        for role, tid in args:
            if tid not in spans:
                raise ValueError(f"{eid} refers to undefined span {tid}")
            base = role.rstrip("0123456789")  # Content2 -> Content
            if base in _ROLE_OF:
                roles.setdefault(_ROLE_OF[base], []).extend(spans[tid])
            elif role in _ANCHORS:
                anchor = spans[tid]
        if "cue" not in roles and anchor and "content" in roles:
            roles["cue"] = list(anchor)
        if "cue" not in roles and "content" not in roles:
            skipped += 1
            continue

        def span(name: str) -> Optional[TextSpan]:
            frags = roles.get(name)
            return TextSpan.from_offsets(text, frags) if frags else None

        out.append(GoldAttribution(id=eid, source=span("source"), cue=span("cue"), content=span("content")))
    return out, skipped


def _ann_files(directory: Path) -> dict[str, list[tuple[str, Path]]]:
    by_article: dict[str, list[tuple[str, Path]]] = {}
    for ann in sorted((directory / "attributions").glob("*.ann")):
        article, _, annotator = ann.stem.rpartition("_")
        by_article.setdefault(article, []).append((annotator, ann))
    return by_article


def article_names(directory: str | os.PathLike) -> list[str]:
    """The names of the annotated articles of a split directory, sorted."""
    return sorted(_ann_files(Path(directory)))


def load_gold(directory: str | os.PathLike, *, limit: Optional[int] = None,
              articles: Optional[Iterable[str]] = None) -> list[GoldArticle]:
    """Load a PolNeAR split directory (with ``text/`` and ``attributions/``), sorted by article name.

    ``limit`` keeps the first N articles (sorted order); ``articles`` keeps only those names.
    One annotator per article: the first annotator id in sorted order.
    """
    root = Path(directory)
    if not (root / "text").is_dir() or not (root / "attributions").is_dir():
        raise FileNotFoundError(f"{root} has no text/ and attributions/ directories (a PolNeAR split?)")
    by_article = _ann_files(root)
    names = sorted(by_article)
    if articles is not None:
        wanted = set(articles)
        names = [n for n in names if n in wanted]
    if limit is not None:
        names = names[: max(0, limit)]
    out = []
    for name in names:
        candidates = sorted(by_article[name])
        annotator, ann_path = candidates[0]
        text_path = root / "text" / f"{name}.txt"
        with open(text_path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        with open(ann_path, encoding="utf-8", newline="") as fh:
            ann = fh.read()
        try:
            attributions, skipped = parse_ann(ann, text)
        except ValueError as exc:
            raise ValueError(f"{ann_path}: {exc}") from exc
        out.append(GoldArticle(name=name, text=text, attributions=attributions, annotator=annotator,
                               annotators=[a for a, _ in candidates], path=str(text_path),
                               skipped=skipped))
    return out


# --------------------------------------------------------------------------------------------
# Span normalisation
# --------------------------------------------------------------------------------------------

def _trimmable(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def trim_key(text: str, spans: Optional[Sequence[Offsets]]) -> Key:
    """The comparison key of a (possibly discontinuous) span: trimmed, merged fragments.

    Each fragment loses whitespace and punctuation at both edges; empty fragments are dropped;
    fragments that overlap or are separated only by whitespace/punctuation are merged.
    """
    if not spans:
        return ()
    key = _trim(text, spans, _trimmable)
    if not key:  # a span of punctuation only (a ":" or "―" cue): trim whitespace only
        key = _trim(text, spans, str.isspace)
    return key


def _trim(text: str, spans: Sequence[Offsets], trimmable) -> Key:
    n = len(text)
    frags = []
    for s, e in sorted((max(0, int(s)), min(n, int(e))) for s, e in spans):
        while s < e and trimmable(text[s]):
            s += 1
        while e > s and trimmable(text[e - 1]):
            e -= 1
        if e > s:
            frags.append((s, e))
    merged: list[Offsets] = []
    for s, e in frags:
        if merged:
            ps, pe = merged[-1]
            if s <= pe or all(trimmable(c) for c in text[pe:s]):
                merged[-1] = (ps, max(pe, e))
                continue
        merged.append((s, e))
    return tuple(merged)


def _spans_of(span: Optional[TextSpan]) -> Optional[list[Offsets]]:
    if span is None:
        return None
    return [(int(s), int(e)) for s, e in span.spans]


def _chars(key: Key) -> set[int]:
    return {i for s, e in key for i in range(s, e)}


def _length(key: Key) -> int:
    return sum(e - s for s, e in key)


# --------------------------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------------------------

@dataclass
class PRF:
    """Counts behind a precision/recall/F1: ``matched_pred / predicted`` and ``matched_gold / gold``.

    For span and relation metrics the units are spans (``matched_pred == matched_gold``); for
    character overlap they are characters.
    """

    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_pred: int = 0

    @property
    def precision(self) -> float:
        return self.matched_pred / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched_gold += other.matched_gold
        self.matched_pred += other.matched_pred

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "gold": self.gold, "predicted": self.predicted,
                "matched_gold": self.matched_gold, "matched_pred": self.matched_pred}


def _counted(gold: int, predicted: int, matched: int) -> PRF:
    return PRF(gold=gold, predicted=predicted, matched_gold=matched, matched_pred=matched)


@dataclass
class ArticleReport:
    """How one article's predictions compare with its gold (indices into the two lists).

    ``matched``: (gold, pred) pairs matched by the relation rule. ``partial``: leftover pairs that
    match leniently (cue/source overlap, content >= 50%) with the roles that differ exactly;
    they count as missed *and* spurious in the relation scores. ``missed`` / ``spurious``: the rest.
    """

    name: str
    gold: list[GoldAttribution]
    predicted: list[Attribution]
    text: str
    exact: dict[str, PRF]
    overlap: dict[str, PRF]
    content_partial: PRF
    relation: PRF
    relation_lenient: PRF
    matched: list[tuple[int, int]]
    partial: list[tuple[int, int, list[str]]]
    missed: list[int]
    spurious: list[int]
    #: per role: gold span indices not matched exactly / predicted span indices not matched exactly
    role_missed: dict[str, list[int]]
    role_spurious: dict[str, list[int]]

    def to_dict(self) -> dict:
        """A JSON-ready record for ``--errors`` files: texts and offsets of every span."""

        def span(sp: Optional[TextSpan]) -> Optional[dict]:
            if sp is None:
                return None
            spans = _spans_of(sp) or []
            return {"text": " ".join(self.text[s:e] for s, e in spans), "spans": [list(x) for x in spans]}

        def att(a) -> dict:
            return {r: span(getattr(a, r, None)) for r in ROLES}

        return {
            "article": self.name,
            "counts": {"gold": len(self.gold), "predicted": len(self.predicted),
                       "matched": len(self.matched), "partial": len(self.partial),
                       "missed": len(self.missed), "spurious": len(self.spurious)},
            "matched": [{"gold": att(self.gold[g]), "pred": att(self.predicted[p])} for g, p in self.matched],
            "partial": [{"gold": att(self.gold[g]), "pred": att(self.predicted[p]), "differs": d}
                        for g, p, d in self.partial],
            "missed": [att(self.gold[g]) for g in self.missed],
            "spurious": [att(self.predicted[p]) for p in self.spurious],
            "roles": {r: {"missed": [span(self.gold[i].role(r)) for i in self.role_missed[r]],
                          "spurious": [span(getattr(self.predicted[i], r)) for i in self.role_spurious[r]]}
                      for r in ROLES},
        }


@dataclass
class Scores:
    """Corpus-level scores (micro-averaged); ``reports`` has the per-article detail."""

    articles: int
    exact: dict[str, PRF]
    overlap: dict[str, PRF]
    content_partial: PRF
    relation: PRF
    relation_lenient: PRF
    reports: list[ArticleReport] = field(default_factory=list, repr=False)

    ROW_COLUMNS = ("metric", "role", "precision", "recall", "f1", "gold", "predicted",
                   "matched_gold", "matched_pred")

    def rows(self) -> list[dict]:
        """One dict per line of the score table (for ``cli.output.emit_rows``)."""
        rows = []
        for role in ROLES:
            rows.append({"metric": "exact", "role": role, **self.exact[role].to_dict()})
        for role in ROLES:
            rows.append({"metric": "overlap_chars", "role": role, **self.overlap[role].to_dict()})
        rows.append({"metric": "partial_50", "role": "content", **self.content_partial.to_dict()})
        rows.append({"metric": "relation", "role": "attribution", **self.relation.to_dict()})
        rows.append({"metric": "relation_lenient", "role": "attribution", **self.relation_lenient.to_dict()})
        return [{c: r[c] for c in self.ROW_COLUMNS} for r in rows]

    def to_dict(self) -> dict:
        return {"articles": self.articles,
                "exact": {r: v.to_dict() for r, v in self.exact.items()},
                "overlap": {r: v.to_dict() for r, v in self.overlap.items()},
                "content_partial": self.content_partial.to_dict(),
                "relation": self.relation.to_dict(),
                "relation_lenient": self.relation_lenient.to_dict()}


def _max_matching(n_left: int, n_right: int, edges: dict[int, list[int]]) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths); returns {left: right}. Deterministic."""
    match_right: dict[int, int] = {}

    def augment(u: int, seen: set[int]) -> bool:
        for v in edges.get(u, ()):
            if v in seen:
                continue
            seen.add(v)
            if v not in match_right or augment(match_right[v], seen):
                match_right[v] = u
                return True
        return False

    for u in range(n_left):
        augment(u, set())
    return {u: v for v, u in match_right.items()}


def _unmatched(items: list[tuple[int, Key]], others: list[tuple[int, Key]]) -> list[int]:
    """Indices of ``items`` whose key finds no equal key left in ``others`` (one-to-one)."""
    pool = Counter(k for _, k in others if k)
    unmatched = []
    for i, k in items:
        if k and pool[k] > 0:
            pool[k] -= 1
        else:
            unmatched.append(i)
    return unmatched


def compare_article(gold: GoldArticle, predicted: Sequence[Attribution]) -> ArticleReport:
    """Score one article's predicted attributions against its gold (see the module doc)."""
    text = gold.text
    golds = gold.attributions
    preds = list(predicted)
    gkeys = {r: [trim_key(text, _spans_of(g.role(r))) for g in golds] for r in ROLES}
    pkeys = {r: [trim_key(text, _spans_of(getattr(p, r, None))) for p in preds] for r in ROLES}

    exact: dict[str, PRF] = {}
    overlap: dict[str, PRF] = {}
    role_missed: dict[str, list[int]] = {}
    role_spurious: dict[str, list[int]] = {}
    for r in ROLES:
        gk = [(i, k) for i, k in enumerate(gkeys[r]) if golds[i].role(r) is not None]
        pk = [(i, k) for i, k in enumerate(pkeys[r]) if getattr(preds[i], r, None) is not None]
        # exact: one-to-one equality of keys (empty keys never match)
        missed, spurious = _unmatched(gk, pk), _unmatched(pk, gk)
        exact[r] = _counted(len(gk), len(pk), len(gk) - len(missed))
        role_missed[r], role_spurious[r] = missed, spurious
        # overlap: characters
        gchars = set().union(*(_chars(k) for _, k in gk)) if gk else set()
        pchars = set().union(*(_chars(k) for _, k in pk)) if pk else set()
        overlap[r] = PRF(gold=sum(_length(k) for _, k in gk),
                         predicted=sum(_length(k) for _, k in pk),
                         matched_gold=sum(len(_chars(k) & pchars) for _, k in gk),
                         matched_pred=sum(len(_chars(k) & gchars) for _, k in pk))

    gcontent = [_chars(k) for k in gkeys["content"]]
    pcontent = [_chars(k) for k in pkeys["content"]]

    def content_ok(g: int, p: int) -> bool:
        if not gcontent[g]:
            return golds[g].content is None  # no gold content: nothing to cover
        return 2 * len(gcontent[g] & pcontent[p]) >= len(gcontent[g])

    def strict(g: int, p: int) -> bool:
        gc, pc = gkeys["cue"][g], pkeys["cue"][p]
        if not gc or gc != pc:
            return False
        if gkeys["source"][g] != pkeys["source"][p]:
            return False
        return content_ok(g, p)

    def overlaps(a: Key, b: Key) -> bool:
        return bool(_chars(a) & _chars(b))

    def lenient(g: int, p: int) -> bool:
        if not overlaps(gkeys["cue"][g], pkeys["cue"][p]):
            return False
        gs, ps = gkeys["source"][g], pkeys["source"][p]
        if (gs or ps) and not overlaps(gs, ps):
            return False
        return content_ok(g, p)

    ng, np_ = len(golds), len(preds)
    # content partial (>= 50% of gold content), one-to-one
    with_content = [g for g in range(ng) if golds[g].content is not None]
    pred_content = [p for p in range(np_) if getattr(preds[p], "content", None) is not None]
    cp = _max_matching(ng, np_, {g: [p for p in pred_content if gcontent[g] and content_ok(g, p)]
                                 for g in with_content})
    content_partial = _counted(len(with_content), len(pred_content), len(cp))

    strict_m = _max_matching(ng, np_, {g: [p for p in range(np_) if strict(g, p)] for g in range(ng)})
    lenient_m = _max_matching(ng, np_, {g: [p for p in range(np_) if lenient(g, p)] for g in range(ng)})
    relation = _counted(ng, np_, len(strict_m))
    relation_lenient = _counted(ng, np_, len(lenient_m))

    # partial pairs among the leftovers of the strict matching
    left_g = [g for g in range(ng) if g not in strict_m]
    used_p = set(strict_m.values())
    left_p = [p for p in range(np_) if p not in used_p]
    part_m = _max_matching(ng, np_, {g: [p for p in left_p if lenient(g, p)] for g in left_g})
    partial = []
    for g, p in sorted(part_m.items()):
        differs = [r for r in ("source", "cue") if gkeys[r][g] != pkeys[r][p]]
        if gkeys["content"][g] != pkeys["content"][p]:
            differs.append("content")
        partial.append((g, p, differs))
    part_p = set(part_m.values())
    return ArticleReport(
        name=gold.name, gold=golds, predicted=preds, text=text, exact=exact, overlap=overlap,
        content_partial=content_partial, relation=relation, relation_lenient=relation_lenient,
        matched=sorted(strict_m.items()), partial=partial,
        missed=[g for g in left_g if g not in part_m],
        spurious=[p for p in left_p if p not in part_p],
        role_missed=role_missed, role_spurious=role_spurious,
    )


def score(gold_articles: Sequence[GoldArticle],
          predictions: Sequence[Sequence[Attribution]]) -> Scores:
    """Score predictions (one list of ``Attribution`` per gold article, same order)."""
    if len(gold_articles) != len(predictions):
        raise ValueError(f"{len(gold_articles)} gold articles but {len(predictions)} prediction lists")
    reports = [compare_article(g, p) for g, p in zip(gold_articles, predictions)]
    exact = {r: PRF() for r in ROLES}
    overlap = {r: PRF() for r in ROLES}
    content_partial, relation, relation_lenient = PRF(), PRF(), PRF()
    for rep in reports:
        for r in ROLES:
            exact[r].add(rep.exact[r])
            overlap[r].add(rep.overlap[r])
        content_partial.add(rep.content_partial)
        relation.add(rep.relation)
        relation_lenient.add(rep.relation_lenient)
    return Scores(articles=len(reports), exact=exact, overlap=overlap, content_partial=content_partial,
                  relation=relation, relation_lenient=relation_lenient, reports=reports)


# --------------------------------------------------------------------------------------------
# Running claimtrace
# --------------------------------------------------------------------------------------------

def _document(article: GoldArticle) -> Document:
    # built directly, not through ingest.prepare: the text must stay byte-for-byte the .txt file
    return Document(input=article.path or article.name, text=article.text, language="en")


def predict(articles: Sequence[GoldArticle], *, workers: int = 1, model: Optional[str] = None,
            progress: bool = False) -> list[list[Attribution]]:
    """Run claimtrace on the articles' texts; one list of attributions per article, in order.

    ``workers > 1`` uses the shared ``api.worker_pool`` (each process loads the pipeline once).
    ``progress`` shows a tqdm bar on stderr (only when stderr is a terminal).
    """
    from tqdm import tqdm

    documents = [_document(a) for a in articles]
    bar = tqdm(total=len(documents), desc="polnear", unit="article", file=sys.stderr,
               disable=None if progress else True)
    out: list[list[Attribution]] = []
    try:
        if workers <= 1 or len(documents) <= 1:
            from ..api import extract_documents, load
            from ..config import Settings

            settings = Settings(model=model) if model else Settings()
            nlp = load(settings.model)
            for article in extract_documents(documents, nlp=nlp, settings=settings, batch_size=4):
                out.append(list(article.attributions))
                bar.update()
        else:
            from ..api import extract_parallel
            from ..config import Settings

            for article in extract_parallel(documents, workers=workers, batch_size=1,
                                            settings=Settings(model=model) if model else Settings()):
                out.append(list(article.attributions))
                bar.update()
    finally:
        bar.close()
    return out


def evaluate(directory: str | os.PathLike, *, limit: Optional[int] = None, workers: int = 1,
             model: Optional[str] = None, progress: bool = False) -> Scores:
    """Load the gold of a PolNeAR split, run claimtrace on its texts and score the result."""
    gold = load_gold(directory, limit=limit)
    predictions = predict(gold, workers=workers, model=model, progress=progress)
    return score(gold, predictions)


# --------------------------------------------------------------------------------------------
# Gold statistics
# --------------------------------------------------------------------------------------------

_DOUBLE_QUOTES = "\"“”«»„‟"


def quote_kind(text: str, content: Optional[TextSpan]) -> str:
    """``direct`` when every content fragment is wholly inside double quotation marks (straight,
    curly, or NYT's ``''``), ``mixed`` when the content contains one somewhere, else ``indirect``.
    """
    if content is None:
        return "indirect"
    frags = []
    for s, e in _spans_of(content) or []:
        frag = text[s:e].replace("''", '"').replace("``", '"').strip().rstrip(".,;:!?—– ").strip()
        if frag:
            frags.append(frag)
    if not frags:
        return "indirect"
    if all(f[:1] in _DOUBLE_QUOTES and f[-1:] in _DOUBLE_QUOTES and len(f) > 1 for f in frags):
        return "direct"
    if any(q in f for f in frags for q in _DOUBLE_QUOTES):
        return "mixed"
    return "indirect"


def gold_stats(articles: Sequence[GoldArticle]) -> dict:
    """Descriptive statistics of a loaded gold split (for the report and sanity checks)."""
    n_att = sum(len(a.attributions) for a in articles)
    stats: Counter = Counter()
    kinds: Counter = Counter()
    for a in articles:
        stats["skipped_events"] += a.skipped
        if len(a.annotators) > 1:
            stats["articles_with_several_annotators"] += 1
        if len(a.text.encode("utf-8")) != len(a.text):
            stats["non_ascii_articles"] += 1
        for g in a.attributions:
            if g.source is None:
                stats["no_source"] += 1
            if g.cue is None:
                stats["no_cue"] += 1
            if g.content is None:
                stats["no_content"] += 1
            for r in ROLES:
                sp = g.role(r)
                if sp is not None and len(sp.spans) > 1:
                    stats[f"discontinuous_{r}"] += 1
            kinds[quote_kind(a.text, g.content)] += 1
    out = {"articles": len(articles), "attributions": n_att, **dict(sorted(stats.items()))}
    for k in ("direct", "mixed", "indirect"):
        out[f"{k}_quotes" if k != "indirect" else "indirect"] = kinds[k]
        out[f"share_{k}"] = round(kinds[k] / n_att, 4) if n_att else 0.0
    return out


def iter_reports(scores: Scores) -> Iterator[dict]:
    """The per-article JSON records of ``scores.reports`` (what ``--errors`` writes)."""
    for rep in scores.reports:
        yield rep.to_dict()
