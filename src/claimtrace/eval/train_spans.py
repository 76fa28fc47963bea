"""Train the span model (``claimtrace.nlp.span_model``) on a PolNeAR part with ``spacy train``.

1. ``polnear_docbin.convert``: the articles as DocBin files, every ``holdout``-th article held out;
2. ``spacy train`` with ``nlp/training/config.cfg`` (the pipeline's tok2vec sourced and frozen, a
   small scorer on top, a bounded number of steps; the held-out articles pick the best checkpoint);
3. the trained component's weights are copied into the package (``nlp/data/span_model/``);
4. the cue decision, a logistic regression over parse features and the new span scores, is fitted
   (``claimtrace.eval.train_decision``; alone: ``--decision-only``);
5. the boundary margins are chosen on the held-out articles for the best mean of the exact
   source / cue / content F1 and relation F1 of the whole extractor.
Dev is never read. Run: ``claimtrace eval train-spans ../shared/data/polnear/train``.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Optional

from ..nlp.cue_decision import MODEL_PATH as DECISION_PATH, CueDecision
from ..nlp.span_model import MODEL_DIR, PIPE_NAME, SpanDecisions, add_span_scorer
from .polnear import GoldArticle, load_gold, score
from .polnear_docbin import convert
from .train_decision import train as train_decision

CONFIG_PATH = Path(__file__).resolve().parent.parent / "nlp" / "training" / "config.cfg"


def fit(train_path: Path, holdout_path: Path, output: Path, *, source: str,
        max_steps: Optional[int] = None) -> Path:
    """``spacy train`` on the DocBin files; returns the directory of the best checkpoint."""
    from spacy.cli.train import train as spacy_train

    overrides = {"paths.train": str(train_path), "paths.dev": str(holdout_path), "paths.source": source}
    if max_steps:
        overrides["training.max_steps"] = max_steps
    spacy_train(CONFIG_PATH, output, overrides=overrides)
    return output / "model-best"


def copy_weights(checkpoint: Path, out: Path) -> None:
    """The trained component's weights and its configuration (without the factory name) from a
    ``spacy train`` checkpoint directory into ``out``."""
    from spacy import util

    out.mkdir(parents=True, exist_ok=True)
    for name in ("cfg", "model"):
        shutil.copyfile(checkpoint / PIPE_NAME / name, out / name)
    config = dict(util.load_config(checkpoint / "config.cfg")["components"][PIPE_NAME])
    config.pop("factory", None)
    (out / "config.json").write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")


def tune(held: list[GoldArticle], weights: Path, *, model: str) -> tuple[SpanDecisions, dict]:
    """Parse the held-out articles once, then choose each boundary margin in turn (source, then
    content) for the best mean of the four headline F1 figures."""
    import spacy
    from tqdm import tqdm

    from ..ingest.appeals import find_boilerplate

    nlp = spacy.load(model)
    nlp.add_pipe("claimtrace_paragraphs", before="parser")
    add_span_scorer(nlp, path=weights)
    docs = list(tqdm(nlp.pipe(a.text for a in held), total=len(held), desc="parsing held-out",
                     unit="article", file=sys.stderr))
    cue_decision = CueDecision.load(weights / DECISION_PATH.name)
    return choose_decisions(held, docs, [find_boilerplate(a.text) for a in held], cue_decision)


def choose_decisions(held: list[GoldArticle], docs: list, boilerplate: list,
                     cue_decision: CueDecision) -> tuple[SpanDecisions, dict]:
    """The coordinate search of ``tune`` over already parsed and scored held-out Docs."""
    from ..nlp.extractor import extract_from_doc

    def measure(decisions: SpanDecisions) -> tuple[float, dict]:
        predictions = [extract_from_doc(doc, bp, a.text, decisions=decisions, cue_decision=cue_decision)[0]
                       for doc, bp, a in zip(docs, boilerplate, held)]
        s = score(held, predictions)
        figures = {"source": s.exact["source"].f1, "cue": s.exact["cue"].f1,
                   "content": s.exact["content"].f1, "relation": s.relation.f1}
        return sum(figures.values()) / 4, figures

    best = SpanDecisions()
    best_value, best_figures = measure(best)
    steps = (("source_margin", [0.0, 0.1, 0.2, 0.3]),
             ("content_margin", [0.0, 0.1, 0.2, 0.3]))
    for name, values in steps:
        for value in values:
            candidate = SpanDecisions(**{**best.__dict__, name: value})
            v, figures = measure(candidate)
            print(f"held-out, {name}={value}: " + ", ".join(f"{k} {f:.3f}" for k, f in figures.items()),
                  file=sys.stderr)
            if v > best_value:
                best, best_value, best_figures = candidate, v, figures
    return best, {f"heldout_{k}_f1": round(v, 4) for k, v in best_figures.items()}


def train(directory: str, *, out: Path = MODEL_DIR, holdout: int = 7, max_steps: Optional[int] = None,
          limit: Optional[int] = None, model: Optional[str] = None, work_dir: Optional[Path] = None,
          checkpoint: Optional[Path] = None, cache: Optional[Path] = None) -> dict:
    """Convert, train, ship and tune; returns a summary (also written to ``out/meta.json``).
    ``checkpoint``: ship this ``spacy train`` output instead of training again (the config's
    run may have been interrupted, or run on another machine); ``cache``: the DocBin file of the
    cue decision's parsed articles (``train_decision.parsed_docs``)."""
    import spacy

    from ..config import Settings

    model = model or Settings().model
    work = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="claimtrace-spans-"))
    gold = load_gold(directory, limit=limit)
    converted = convert(directory, work / "data", holdout=holdout, model=model, articles=gold)
    best = Path(checkpoint) if checkpoint else fit(converted.train_path, converted.holdout_path, work / "output",
                                                   source=model, max_steps=max_steps)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    copy_weights(best, out)
    pipeline = spacy.load(model, exclude=["tagger", "parser", "ner", "lemmatizer", "attribute_ruler"])
    trained = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    meta = {"pipeline": pipeline.meta["name"], "pipeline_version": pipeline.meta["version"],
            "trained_on": Path(directory).name, "train_articles": converted.train_articles,
            "heldout_articles": converted.holdout_articles, "gold_spans": converted.spans,
            "checkpoint_scores": {k: round(v, 4) for k, v in trained.get("performance", {}).items()
                                  if isinstance(v, float)}}
    held_names = set(converted.holdout_names)
    decision = train_decision(directory, weights=out, holdout=holdout, limit=limit, model=model, cache=cache)
    meta["cue_decision"] = {k: decision[k] for k in ("threshold", "features", "heldout_candidate_f1")}
    decisions, figures = tune([a for a in gold if a.name in held_names], out, model=model)
    decisions.save(out / "decisions.json")
    meta.update(figures)
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    if not work_dir:
        shutil.rmtree(work, ignore_errors=True)
    return {**meta, **{k: v for k, v in decisions.__dict__.items()}, "path": str(out)}
