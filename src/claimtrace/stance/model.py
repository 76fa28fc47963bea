"""The stance model: is an article about a claim, and does it confirm, deny or only relay it?

Two scikit-learn gradient-boosting classifiers over :mod:`claimtrace.stance.features`: one tells
related from unrelated, the other (fitted on related pairs only) agree / disagree / discuss; their
probabilities are averaged with those of a bag-of-words MLP (:mod:`claimtrace.stance.bag`), the
shares chosen on inner folds (it raises held-out FNC score and macro-F1). The
FNC-1 labels map to claimtrace's stances: agree -> ``confirms``, disagree -> ``denies``,
discuss -> ``relays``, unrelated -> ``unrelated``; an article in which someone named denies the claim
on the record ``denies`` it on that person's word whatever its FNC-1 label
(:func:`on_record_denials`). Every result carries its evidence: the sentences that decided it, the
attribution behind each (who says it, on the record or not, how hedged, via whom), and the cue words
found.

Weights ship in ``stance/data/stance_model.joblib`` (fitted by ``claimtrace.stance.train``).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from ..model import Article, Attribution
from . import lexicon
from .fnc1 import LABELS as FNC1_LABELS
from .bag import BagMLP
from .features import (CLAIM_FLAGS, SENTENCE_FLAGS, ArticleView, ClaimView, Featurizer, claim_cover,
                       feature_names, is_denial_attribution, speaker_kind)

MODEL_PATH = Path(__file__).parent / "data" / "stance_model.joblib"
STANCE_OF_LABEL = {"agree": "confirms", "disagree": "denies", "discuss": "relays", "unrelated": "unrelated"}
STANCE_LABELS = ("agree", "disagree", "discuss")
_FLAG = {name: i for i, name in enumerate(SENTENCE_FLAGS)}
#: Which sentence flags make a sentence evidence for each stance, best first.
_EVIDENCE_FLAGS = {"disagree": ("denial",), "agree": ("confirm", "own_voice"),
                   "discuss": ("hedge", "attributed")}
MAX_EVIDENCE = 3
#: IDF-weighted share of the claim's terms an on-record denial must carry (in its content, its
#: sentence and the one before) to be a denial of this claim.
DENIAL_COVER = 0.4
#: ... and the share an on-record statement's own content must carry to confirm the claim.
CONFIRM_COVER = 0.8
#: IDF-weighted share of the claim's terms below which an article is not about the claim whatever
#: the model says: on FNC-1 train 94 % of unrelated pairs and 3-9 % of related ones fall below it;
#: the model, fitted on long FNC-1 bodies, calls short wire copy about another matter related.
RELATED_COVER = 0.2
_CLAIM_FLAG = {name: i for i, name in enumerate(CLAIM_FLAGS)}


class ModelMissing(RuntimeError):
    """The stance weights file is not there (reinstall, or fit it with ``bench/fnc1.py --fit``)."""


@dataclass
class Evidence:
    """One sentence behind a stance, and the attribution that carries it (if any)."""

    sentence: str
    start: int
    end: int
    relevance: float
    cues: list[str]                      # denial / hedge / confirm words found in the sentence
    voice: str                           # named | anonymous | outlet | unknown | own (the article's voice)
    speaker: Optional[str] = None
    speaker_kind: Optional[str] = None
    cue: Optional[str] = None            # the attribution's cue ("denied", "said")
    modality: Optional[str] = None
    hedges: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)


@dataclass
class StanceResult:
    """The stance of one article toward one claim."""

    label: str                           # FNC-1 label: agree | disagree | discuss | unrelated
    stance: str                          # confirms | denies | relays | unrelated
    confidence: float
    probabilities: dict[str, float]
    evidence: list[Evidence] = field(default_factory=list)
    on_word_of: list[str] = field(default_factory=list)   # for denials: who denies (names)
    #: ``model``: stance from the FNC-1 label; ``on_record_denial``: someone named denies the claim in the
    #: article (:func:`on_record_denials`), confidence then is P(related).
    basis: str = "model"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class StanceModel:
    """The fitted featurizer and the two classifiers; :meth:`load` reads the shipped weights."""

    featurizer: Featurizer
    related: object                      # classifier: 1 = related
    stance: object                       # classifier over STANCE_LABELS
    threshold: float = 0.5               # P(related) at or above which a pair is related
    info: dict = field(default_factory=dict)
    #: Multipliers of the agree / disagree / discuss probabilities before the argmax (chosen on inner
    #: folds of the training data by ``train.tune_blend``); the probabilities reported stay unweighted.
    weights: tuple[float, float, float] = (1.0, 1.0, 1.0)
    #: The bag-of-words MLP (:mod:`claimtrace.stance.bag`; None: the gradient boosting alone) and the
    #: gradient boosting's share in P(related) and in the stance probabilities, the MLP's the rest.
    mlp: Optional[BagMLP] = None
    blend: tuple[float, float] = (1.0, 1.0)

    @classmethod
    def load(cls, path: "str | Path | None" = None) -> "StanceModel":
        return _load(str(path or MODEL_PATH))

    def save(self, path: "str | Path | None" = None) -> None:
        import joblib

        joblib.dump({"vectorizer": self.featurizer.vectorizer, "bag": self.featurizer.bag,
                     "related": self.related, "stance": self.stance, "mlp": self.mlp,
                     "blend": list(self.blend), "threshold": self.threshold, "info": self.info,
                     "weights": list(self.weights),
                     "features": feature_names()}, path or MODEL_PATH, compress=3)

    # -- prediction ---------------------------------------------------------------------------
    def label_matrix(self, X: np.ndarray, B=None) -> tuple[list[str], np.ndarray]:
        """FNC-1 labels and (pairs, 4) probabilities in agree/disagree/discuss/unrelated order, from
        the feature rows ``X`` and (with an MLP) the bag-of-words rows ``B``."""
        if len(X) == 0:
            return [], np.zeros((0, 4))
        p_related = self.related.predict_proba(X)[:, list(self.related.classes_).index(1)]
        p_stance = self.stance.predict_proba(X)
        p_stance = p_stance[:, [list(self.stance.classes_).index(label) for label in STANCE_LABELS]]
        if self.mlp is not None:
            p_related, p_stance = blend(p_related, p_stance, self.mlp.probabilities(B), self.blend)
        labels = [FNC1_LABELS[i] for i in decide(p_related, p_stance, self.weights, self.threshold)]
        return labels, np.column_stack([p_stance * p_related[:, None], 1 - p_related])

    def classify_views(self, claim: ClaimView, views: Sequence[ArticleView]) -> list[StanceResult]:
        """Stances of many articles toward one claim, with evidence."""
        X = np.stack([self.featurizer.pair(claim, v) for v in views]) if views else np.zeros((0, 1))
        B = (self.featurizer.bag_rows([claim], views, [0] * len(views), range(len(views)))
             if self.mlp is not None and views else None)
        labels, probs = self.label_matrix(X, B)
        out = []
        for view, label, p in zip(views, labels, probs):
            probabilities = dict(zip(FNC1_LABELS, map(float, p)))
            confidence = probabilities[label] if label == "unrelated" else probabilities[label] / max(1 - p[3], 1e-9)
            if label != "unrelated" and claim_cover(claim, view.terms) < RELATED_COVER:
                out.append(StanceResult(label=label, stance="unrelated", confidence=float(p[3]),
                                        probabilities=probabilities, basis="claim_terms_absent"))
                continue
            denials = on_record_denials(claim, view) if label != "unrelated" else {}
            confirmations = on_record_confirmations(claim, view) if label in ("agree", "discuss") and \
                not denials else {}
            # someone on the record denies or confirms where the model says otherwise: on their word
            for found, model_label, stance, basis in ((denials, "disagree", "denies", "on_record_denial"),
                                                       (confirmations, "agree", "confirms", "on_record_confirmation")):
                if found and label in ("agree", "discuss") and label != model_label:
                    relevance = self.featurizer.relevance(claim, view)
                    evidence = [evidence_for(view, i, relevance[i], model_label) for i in sorted(found)][:MAX_EVIDENCE]
                    out.append(StanceResult(label=label, stance=stance, confidence=float(1 - p[3]),
                                            probabilities=probabilities, evidence=evidence,
                                            on_word_of=sorted({n for names in found.values() for n in names}),
                                            basis=basis))
                    break
            else:
                out.append(self._as_labelled(claim, view, label, float(confidence), probabilities, denials,
                                             confirmations))
        return out

    def _as_labelled(self, claim: ClaimView, view: ArticleView, label: str, confidence: float,
                     probabilities: dict[str, float], denials: dict, confirmations: dict) -> StanceResult:
        """The model's own stance, with its evidence and who denies (or confirms) it on the record."""
        evidence = [] if label == "unrelated" else select_evidence(claim, view, label, self.featurizer)
        on_word_of = {n for names in confirmations.values() for n in names}  # who confirms, when the model agrees
        if label == "disagree":
            on_word_of = {e.speaker for e in evidence if e.speaker and e.voice == "named" and e.cues}
            on_word_of |= {n for names in denials.values() for n in names}
        return StanceResult(label=label, stance=STANCE_OF_LABEL[label], confidence=confidence,
                            probabilities=probabilities, evidence=evidence, on_word_of=sorted(on_word_of))

    def classify(self, claim: str, article: Article) -> StanceResult:
        """The stance of ``article`` toward ``claim`` (an Article from ``claimtrace.extract`` or the store)."""
        return self.classify_views(self.featurizer.claim(claim), [self.featurizer.article(article)])[0]


@lru_cache(maxsize=2)
def _load(path: str) -> StanceModel:
    import joblib

    if not Path(path).exists():
        raise ModelMissing(f"no stance model at {path}")
    data = joblib.load(path)
    if data.get("features") != feature_names():
        raise ModelMissing(f"the stance model at {path} was fitted with other features; refit it")
    return StanceModel(Featurizer(data["vectorizer"], data.get("bag")), data["related"], data["stance"],
                       data["threshold"], data.get("info", {}), tuple(data.get("weights", (1.0, 1.0, 1.0))),
                       data.get("mlp"), tuple(data.get("blend", (1.0, 1.0))))


def blend(p_related: np.ndarray, p_stance: np.ndarray, p_mlp: np.ndarray,
          shares: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """P(related) and the stance probabilities averaged with the MLP's (``p_mlp``: (pairs, 4) in
    agree/disagree/discuss/unrelated order; its stance part renormalised over the related labels),
    the gradient boosting's share ``shares[0]`` in P(related) and ``shares[1]`` in the stance part."""
    related_share, stance_share = shares
    mlp_stance = p_mlp[:, :3] / np.maximum(p_mlp[:, :3].sum(axis=1, keepdims=True), 1e-9)
    return (related_share * p_related + (1 - related_share) * (1 - p_mlp[:, 3]),
            stance_share * p_stance + (1 - stance_share) * mlp_stance)


def decide(p_related: np.ndarray, p_stance: np.ndarray, weights: Sequence[float],
           threshold: float = 0.5) -> np.ndarray:
    """FNC-1 labels as indices into agree/disagree/discuss/unrelated: ``unrelated`` below ``threshold``
    P(related), else the stance whose probability times its weight is highest."""
    choice = np.argmax(p_stance * np.asarray(weights), axis=1)
    return np.where(p_related >= threshold, choice, len(STANCE_LABELS))


def on_record_denials(claim: ClaimView, view: ArticleView) -> dict[int, list[str]]:
    """Sentences where someone named, on the record, denies this claim: ``{sentence: [who]}``.

    A denial of the claim is a denying attribution (:func:`is_denial_attribution`) by a named speaker
    whose content, sentence and the sentence before carry :data:`DENIAL_COVER` of the claim's terms
    ("Berg said the report was untrue" after the sentence stating the report), unless its content
    names a matter of its own sharing no term with the claim ("denied reports that the minister
    would resign" after a sentence about the port). Empty when the claim itself denies or calls
    something false (then the denial may agree with it), or when someone named confirms the claim in
    the same article. An article reporting such a denial ``denies`` the claim on that person's word,
    whatever FNC-1's annotators would call it: they label most reports of a denial ``discuss`` (63 %
    of the related FNC-1 train pairs this finds, 16 % ``disagree``), so the model's FNC-1 label is
    kept apart in ``label`` and FNC-1 figures measure the model alone.
    """
    if claim.flags[_CLAIM_FLAG["deny"]] or claim.flags[_CLAIM_FLAG["false"]]:
        return {}
    found: dict[int, list[str]] = {}
    for a in view.attribution_terms:
        if a.voice != "named" or claim_cover(claim, a.terms) < DENIAL_COVER:
            continue
        if a.confirm and not a.denial:
            return {}
        if a.denial and a.speaker and (not a.own_terms or a.own_terms & claim.terms):
            found.setdefault(a.sentence, []).append(a.speaker)
    return found


#: speakers whose plain statement is on the record: a person or a body speaking for itself
ON_RECORD_KINDS = ("person", "organization")


def on_record_confirmations(claim: ClaimView, view: ArticleView) -> dict[int, list[str]]:
    """Sentences where a person or body states the claim on the record: ``{sentence: [who]}``.

    A confirmation is an attribution by a person or an organisation (not an unnamed source, not a
    document, not an outlet) whose own content carries :data:`CONFIRM_COVER` of the claim's terms,
    asserted (no hedge in content or cue: "claimed", "could"; nothing called possible or reported:
    "assessing a possible data breach"), with the claim's polarity, that did
    not reach the article through another outlet ("told the Harbour Times": a relay of its report)
    and does not deny ("Veskaria will withdraw its troops from the border by spring, Defence
    Minister Ondrej Pashek said"). FNC-1's annotators label many such articles ``discuss`` (their
    bodies rarely quote the claim's own actors); the model's label is kept in ``label``.
    Asked only where no one denies the claim on the record in the same article
    (:func:`on_record_denials` first)."""
    claim_negated = bool(claim.flags[_CLAIM_FLAG["negation"]])
    claim_hedged = bool(claim.flags[_CLAIM_FLAG["hedge"]])
    found: dict[int, list[str]] = {}
    for a in view.attribution_terms:
        if a.speaker_kind not in ON_RECORD_KINDS or not a.speaker or a.denial or a.relayed or a.tentative or \
                a.negated != claim_negated or not (a.asserted or claim_hedged):
            continue
        if claim_cover(claim, a.own_terms) >= CONFIRM_COVER:
            found.setdefault(a.sentence, []).append(a.speaker)
    return found


def _pick_attribution(attributions: Sequence[Attribution], label: str) -> Optional[Attribution]:
    if not attributions:
        return None
    if label == "disagree":
        denying = [a for a in attributions if is_denial_attribution(a)]
        if denying:
            return denying[0]
    return attributions[0]


def evidence_for(view: ArticleView, i: int, relevance: float, label: str) -> Evidence:
    """Sentence ``i`` of ``view`` as evidence for ``label``."""
    text = view.sentence(i)
    found = (lexicon.cues(lexicon.DENIAL_VERB_RE, text) + lexicon.cues(lexicon.FALSITY_RE, text)
             if label == "disagree" else
             lexicon.cues(lexicon.CONFIRM_RE, text) if label == "agree" else lexicon.cues(lexicon.HEDGE_RE, text))
    a = _pick_attribution(view.attributions[i], label)
    s, e = view.spans[i]
    if a is None:
        return Evidence(sentence=text, start=s, end=e, relevance=round(float(relevance), 4), cues=found,
                        voice="own")
    return Evidence(sentence=text, start=s, end=e, relevance=round(float(relevance), 4), cues=found,
                    voice=speaker_kind(a), speaker=(a.speaker.name if a.speaker else None) or
                    (a.source.text if a.source else None), speaker_kind=a.speaker.kind if a.speaker else None,
                    cue=a.cue.text, modality=a.modality, hedges=list(a.hedges), via=list(a.via))


def select_evidence(claim: ClaimView, view: ArticleView, label: str, featurizer: Featurizer) -> list[Evidence]:
    """The sentences behind ``label``: among the sentences about the claim (at least half as relevant
    as the best one), those showing the stance (a denial cue for a denial, ...), most relevant first;
    the most relevant sentence when none shows it."""
    relevance = featurizer.relevance(claim, view)
    best = float(relevance.max())
    order = [int(i) for i in np.argsort(-relevance) if relevance[i] >= 0.5 * best]
    chosen: list[int] = []
    for flag in _EVIDENCE_FLAGS[label]:
        chosen += [i for i in order if view.flags[i, _FLAG[flag]] and i not in chosen]
        if chosen:
            break
    if not chosen:
        chosen = order[:1]
    return [evidence_for(view, i, relevance[i], label) for i in chosen[:MAX_EVIDENCE]]


__all__ = ["StanceModel", "StanceResult", "Evidence", "ModelMissing", "MODEL_PATH", "STANCE_OF_LABEL",
           "STANCE_LABELS", "blend", "decide", "DENIAL_COVER", "CONFIRM_COVER", "RELATED_COVER", "select_evidence",
           "evidence_for", "on_record_denials", "on_record_confirmations"]
