"""Features of an (claim, article) pair: how related they are, and how the article treats the claim.

Relatedness: TF-IDF cosine (whole article and best sentences), wordllama embedding cosine, shares of
the claim's terms, names and numbers found in the article. Stance: what the sentences most relevant
to the claim do (deny, call false, hedge, confirm, negate, ask) and, from claimtrace's attributions,
who says it there: a named person or organisation on the record, an anonymous source, an outlet, or
the article's own voice; hedged modality; a via chain. Plus cue-word counts over the whole article.
Each attribution is also reduced to its terms (:class:`AttributionTerms`) so that the model can tell
an on-record denial of *this* claim (:func:`claimtrace.stance.model.on_record_denials`).

Everything an article needs is computed once (:class:`ArticleView`) and every claim once
(:class:`ClaimView`), so scoring many pairs costs a few dot products each.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from ..model import ANONYMOUS_KINDS, Article, Attribution
from ..nlp.lexicon import ANONYMOUS_NOUNS, NUMBER_WORDS
from . import lexicon
from .bag import Bag, BagVectorizer, pair_rows
from .text import Offsets, names, numbers, sentences, terms

#: Per-sentence flags (columns of ``ArticleView.flags``).
SENTENCE_FLAGS = (
    "deny", "false", "denial", "hedge", "confirm", "negation", "question",
    "attributed", "named", "anonymous", "outlet", "own_voice", "hedged_attr", "via",
    "denial_named", "denial_anonymous", "denial_outlet", "denial_own",
)
_FLAG = {name: i for i, name in enumerate(SENTENCE_FLAGS)}
NAMED_KINDS = frozenset({"person", "organization", "document"})
TOP_K = 3
LEAD = 3


@lru_cache(maxsize=1)
def wordllama_model():
    """The wordllama embedder, from the weights inside the installed package (never downloads)."""
    import wordllama
    from wordllama import WordLlama

    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length wordllama embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    return np.asarray(wordllama_model().embed(list(texts), norm=True), dtype=np.float32)


def _unnegated(pattern, text: str) -> int:
    return sum(1 for m in pattern.finditer(text) if not lexicon.negated_before(text, m.start()))


def sentence_attributions(spans: Sequence[Offsets], attributions: Sequence[Attribution]) -> list[list[Attribution]]:
    """For each sentence, the attributions whose cue lies in it or whose content overlaps it."""
    out: list[list[Attribution]] = [[] for _ in spans]
    for a in attributions:
        hit = set()
        for s, e in a.cue.spans + a.content.spans:
            for i, (ss, se) in enumerate(spans):
                if s < se and e > ss:
                    hit.add(i)
        for i in hit:
            out[i].append(a)
    return out


#: words that count an unnamed source ("two people familiar with", "a diplomat", "several officials")
COUNTING_WORDS = frozenset(NUMBER_WORDS) | {"several", "some", "many", "few", "another"}


def _unnamed_source(a: Attribution) -> bool:
    """An unnamed source as reporting uses it: counted ("a person familiar with") or a word of the
    anonymity lexicon ("officials said"), not any unnamed group of people ("fish processors
    warned"): what the stance model was fitted on."""
    words = re.findall(r"[a-z0-9]+", (a.source.text if a.source else "").lower())
    forms = {form for w in words for form in (w, w[:-1], w[:-2])}  # "officials", "witnesses"
    return bool(words and (words[0] in COUNTING_WORDS or words[0].isdigit()) or forms & ANONYMOUS_NOUNS)


def speaker_kind(a: Attribution) -> str:
    """``named`` (person, organisation, document), ``anonymous``, ``outlet`` or ``unknown``."""
    kind = a.speaker.kind if a.speaker else "unknown"
    if kind in NAMED_KINDS and (a.speaker and a.speaker.name):
        return "named"
    if kind in ANONYMOUS_KINDS:
        return "anonymous" if _unnamed_source(a) else "unknown"
    if kind == "outlet":
        return "outlet"
    return "unknown"


def is_denial_attribution(a: Attribution) -> bool:
    """The attribution denies, rebuts or dismisses: a denial cue, or content calling something false."""
    if lexicon.is_denial_cue(a.cue.text):
        return True
    return _unnegated(lexicon.DENIAL_VERB_RE, a.content.text) + _unnegated(lexicon.FALSITY_RE, a.content.text) > 0


def sentence_flags(text: str, attributions: Sequence[Attribution]) -> np.ndarray:
    """The :data:`SENTENCE_FLAGS` of one sentence given the attributions touching it."""
    f = np.zeros(len(SENTENCE_FLAGS), dtype=np.float32)
    f[_FLAG["deny"]] = _unnegated(lexicon.DENIAL_VERB_RE, text) > 0
    f[_FLAG["false"]] = _unnegated(lexicon.FALSITY_RE, text) > 0
    f[_FLAG["denial"]] = max(f[_FLAG["deny"]], f[_FLAG["false"]])
    negated_confirm = sum(1 for m in lexicon.CONFIRM_RE.finditer(text) if lexicon.negated_before(text, m.start()))
    f[_FLAG["hedge"]] = (_unnegated(lexicon.HEDGE_RE, text) + negated_confirm) > 0
    f[_FLAG["confirm"]] = _unnegated(lexicon.CONFIRM_RE, text) > 0
    f[_FLAG["negation"]] = lexicon.NEGATION_RE.search(text) is not None
    f[_FLAG["question"]] = "?" in text
    kinds = {speaker_kind(a) for a in attributions}
    f[_FLAG["attributed"]] = bool(attributions)
    f[_FLAG["named"]] = "named" in kinds
    f[_FLAG["anonymous"]] = "anonymous" in kinds
    f[_FLAG["outlet"]] = "outlet" in kinds
    f[_FLAG["own_voice"]] = not attributions
    f[_FLAG["hedged_attr"]] = any(a.modality == "hedged" for a in attributions)
    f[_FLAG["via"]] = any(a.via for a in attributions)
    denying = [a for a in attributions if is_denial_attribution(a)]
    denial_kinds = {speaker_kind(a) for a in denying}
    f[_FLAG["denial_named"]] = "named" in denial_kinds
    f[_FLAG["denial_anonymous"]] = "anonymous" in denial_kinds
    f[_FLAG["denial_outlet"]] = "outlet" in denial_kinds
    f[_FLAG["denial_own"]] = f[_FLAG["denial"]] and not attributions
    return f


@dataclass
class ClaimView:
    """A claim (or headline) ready to be compared with articles."""

    text: str
    tfidf: np.ndarray
    embedding: np.ndarray
    terms: set[str]
    bigrams: set[tuple[str, str]]
    names: set[str]
    numbers: set[str]
    flags: np.ndarray
    idf: dict[str, float] = field(default_factory=dict)   # IDF of each term (rare terms weigh more)
    bag: Optional[Bag] = None                             # bag-of-words row (when the featurizer has one)


@dataclass
class AttributionTerms:
    """One attribution reduced to what telling a denial of one claim needs: the terms of its content
    and of its sentences (what a denial refers to), who says it, whether it denies or confirms."""

    terms: set[str]
    own_terms: set[str]                     # its content's terms, cue words left out: what it is about
    sentence: int                           # the sentence its cue is in
    speaker: Optional[str]                  # the speaker's resolved name, else the source text
    voice: str                              # named | anonymous | outlet | unknown
    denial: bool
    confirm: bool                           # a confirming cue ("confirmed", "announced")
    speaker_kind: Optional[str] = None      # person | organization | anonymous_group | ... (the extractor's)
    asserted: bool = True                   # no hedge in the content or the cue ("could", "claimed")
    relayed: bool = False                   # it reached the article through an outlet (``via``)
    negated: bool = False                   # its content holds a negation
    tentative: bool = False                 # its content calls the matter possible, suspected or reported


@dataclass
class ArticleView:
    """An article cut into sentences, each with its TF-IDF row, embedding, flags and attributions."""

    article: Article
    spans: list[Offsets]
    flags: np.ndarray                       # (sentences, len(SENTENCE_FLAGS))
    tfidf: object                           # sparse (sentences, vocabulary), rows unit length
    tfidf_all: np.ndarray                   # the whole text, unit length
    embeddings: np.ndarray                  # (sentences, 256), unit length
    embedding_all: np.ndarray
    terms: set[str]
    lead_terms: set[str]
    bigrams: set[tuple[str, str]]
    names: set[str]
    numbers: set[str]
    cue_counts: np.ndarray
    attribution_stats: np.ndarray
    attributions: list[list[Attribution]] = field(default_factory=list)
    attribution_terms: list[AttributionTerms] = field(default_factory=list)
    bag: Optional[Bag] = None               # bag-of-words row of the whole text (when the featurizer has one)

    def sentence(self, i: int) -> str:
        s, e = self.spans[i]
        return self.article.text[s:e]


def _bigrams(tokens: list[str]) -> set[tuple[str, str]]:
    return set(zip(tokens, tokens[1:]))


def _claim_flags(text: str) -> np.ndarray:
    return np.array([
        _unnegated(lexicon.DENIAL_VERB_RE, text) > 0, _unnegated(lexicon.FALSITY_RE, text) > 0,
        _unnegated(lexicon.HEDGE_RE, text) > 0, _unnegated(lexicon.CONFIRM_RE, text) > 0,
        lexicon.NEGATION_RE.search(text) is not None, "?" in text, len(terms(text)),
    ], dtype=np.float32)


CLAIM_FLAGS = ("deny", "false", "hedge", "confirm", "negation", "question", "n_terms")
ATTRIBUTION_STATS = ("n_attributions", "per_sentence", "hedged", "named", "anonymous", "outlet", "via",
                     "denial", "denial_named", "n_sentences")


class Featurizer:
    """Turns claims and articles into views, and (claim, article) pairs into feature vectors.
    ``vectorizer`` is a fitted scikit-learn ``TfidfVectorizer`` over :func:`claimtrace.stance.text.terms`;
    ``bag`` (optional) the bag-of-words vocabularies of :mod:`claimtrace.stance.bag`."""

    def __init__(self, vectorizer, bag: Optional[BagVectorizer] = None):
        self.vectorizer = vectorizer
        self.bag = bag

    @staticmethod
    def fit_vectorizer(texts: Sequence[str]):
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(analyzer=terms, sublinear_tf=True, min_df=2)
        vectorizer.fit(texts)
        return vectorizer

    def claim(self, text: str) -> ClaimView:
        return self.claims([text])[0]

    def claims(self, texts: Sequence[str]) -> list[ClaimView]:
        """Views of many claims (one vectorizer and one embedder call for all)."""
        if not texts:
            return []
        vectors = self.vectorizer.transform(list(texts)).toarray().astype(np.float32)
        embeddings = embed(texts)
        bag = self.bag.bag(texts) if self.bag else None
        vocabulary, idf = self.vectorizer.vocabulary_, self.vectorizer.idf_
        rare = float(idf.max())
        out = []
        for k, (text, vector, embedding) in enumerate(zip(texts, vectors, embeddings)):
            tokens = terms(text)
            weights = {t: float(idf[vocabulary[t]]) if t in vocabulary else rare for t in set(tokens)}
            out.append(ClaimView(text=text, tfidf=vector, embedding=embedding, terms=set(tokens),
                                 bigrams=_bigrams(tokens), names=names(text), numbers=numbers(text),
                                 flags=_claim_flags(text), idf=weights, bag=bag.row(k) if bag else None))
        return out

    def article(self, article: Article, embeddings: Optional[np.ndarray] = None) -> ArticleView:
        return self.articles([article], None if embeddings is None else [embeddings])[0]

    def articles(self, articles: Sequence[Article],
                 embeddings: Optional[Sequence[Optional[np.ndarray]]] = None) -> list[ArticleView]:
        """Views of many articles, their sentences vectorised in one call."""
        split = [sentences(a.text) or [(0, len(a.text))] for a in articles]
        texts = [a.text[s:e] for a, spans in zip(articles, split) for s, e in spans]
        matrix = self.vectorizer.transform(texts + [a.text for a in articles]) if articles else None
        bag = self.bag.bag([a.text for a in articles]) if self.bag and articles else None
        out, row = [], 0
        for k, (article, spans) in enumerate(zip(articles, split)):
            given = embeddings[k] if embeddings is not None else None
            out.append(self._view(article, spans, matrix[row:row + len(spans)],
                                  matrix[len(texts) + k].toarray()[0].astype(np.float32), given))
            out[-1].bag = bag.row(k) if bag else None
            row += len(spans)
        return out

    def _view(self, article: Article, spans: list[Offsets], tfidf, whole: np.ndarray,
              embeddings: Optional[np.ndarray]) -> ArticleView:
        text = article.text
        texts = [text[s:e] for s, e in spans]
        per_sentence = sentence_attributions(spans, article.attributions)
        flags = np.stack([sentence_flags(t, a) for t, a in zip(texts, per_sentence)])
        if embeddings is None:
            embeddings = embed(texts)
        mean = embeddings.mean(axis=0)
        norm = float(np.linalg.norm(mean)) or 1.0
        tokens = terms(text)
        lead_end = spans[min(LEAD, len(spans)) - 1][1]
        attrs = article.attributions
        denying = [a for a in attrs if is_denial_attribution(a)]
        n = max(len(attrs), 1)
        stats = np.array([
            len(attrs), len(attrs) / len(spans),
            sum(a.modality == "hedged" for a in attrs) / n,
            sum(speaker_kind(a) == "named" for a in attrs) / n,
            sum(speaker_kind(a) == "anonymous" for a in attrs) / n,
            sum(speaker_kind(a) == "outlet" for a in attrs) / n,
            sum(bool(a.via) for a in attrs) / n,
            len(denying), sum(speaker_kind(a) == "named" for a in denying), len(spans),
        ], dtype=np.float32)
        cue_counts = np.array([np.log1p(len(p.findall(text))) for p in lexicon.CUE_FEATURES.values()],
                              dtype=np.float32)
        return ArticleView(
            article=article, spans=spans, flags=flags, tfidf=tfidf, tfidf_all=whole,
            embeddings=embeddings, embedding_all=(mean / norm).astype(np.float32), terms=set(tokens),
            lead_terms=set(terms(text[:lead_end])), bigrams=_bigrams(tokens), names=names(text),
            numbers=numbers(text), cue_counts=cue_counts, attribution_stats=stats,
            attributions=per_sentence,
            attribution_terms=attribution_terms(spans, attrs, [set(terms(t)) for t in texts]))

    @staticmethod
    def relevance(claim: ClaimView, view: ArticleView) -> np.ndarray:
        """How much each sentence is about the claim: mean of TF-IDF and embedding cosines."""
        lexical = np.asarray(view.tfidf @ claim.tfidf).ravel()
        semantic = view.embeddings @ claim.embedding
        return 0.5 * lexical + 0.5 * semantic

    @staticmethod
    def bag_rows(claims: Sequence[ClaimView], views: Sequence[ArticleView], claim_index: Sequence[int],
                 view_index: Sequence[int]):
        """Bag-of-words input rows (:func:`claimtrace.stance.bag.pair_rows`) of the pairs
        (``claims[claim_index[i]]``, ``views[view_index[i]]``)."""
        return pair_rows(Bag.stack([c.bag for c in claims]), np.asarray(claim_index, dtype=int),
                         Bag.stack([v.bag for v in views]), np.asarray(view_index, dtype=int))

    def pair(self, claim: ClaimView, view: ArticleView) -> np.ndarray:
        """The feature vector of one pair, in :func:`feature_names` order."""
        lexical = np.asarray(view.tfidf @ claim.tfidf).ravel()
        semantic = view.embeddings @ claim.embedding
        relevance = 0.5 * lexical + 0.5 * semantic
        order = np.argsort(-relevance)
        top = order[:TOP_K]
        n_terms = max(len(claim.terms), 1)
        related = [
            float(view.tfidf_all @ claim.tfidf), float(lexical.max()), float(np.sort(lexical)[-TOP_K:].mean()),
            float(view.embedding_all @ claim.embedding), float(semantic.max()),
            float(np.sort(semantic)[-TOP_K:].mean()), float(relevance.max()),
            len(claim.terms & view.terms) / n_terms, len(claim.terms & view.lead_terms) / n_terms,
            len(claim.bigrams & view.bigrams) / max(len(claim.bigrams), 1),
            len(claim.names & view.names) / max(len(claim.names), 1), float(bool(claim.names)),
            len(claim.numbers & view.numbers) / max(len(claim.numbers), 1), float(bool(claim.numbers)),
        ]
        weights = np.clip(relevance, 0, None) ** 2
        weights = weights / weights.sum() if weights.sum() > 0 else np.full(len(relevance), 1 / len(relevance))
        flags = view.flags
        lead = flags[:LEAD]
        top_flags = flags[top]
        per_flag = np.concatenate([flags.mean(axis=0), top_flags.max(axis=0), weights @ flags,
                                   lead.max(axis=0), flags[order[0]]])
        first_denial = np.flatnonzero(flags[:, _FLAG["denial"]])
        position = [first_denial[0] / len(flags) if len(first_denial) else 1.0]
        c = claim.flags
        interactions = [
            c[0] * top_flags[:, _FLAG["denial"]].max(), (c[0] + c[1] > 0) * flags[:, _FLAG["denial"]].mean(),
            float(c[4] != flags[order[0], _FLAG["negation"]]),
        ]
        return np.concatenate([related, per_flag, position, c, interactions, view.attribution_stats,
                               view.cue_counts]).astype(np.float32)


def feature_names() -> list[str]:
    """Names of the columns :meth:`Featurizer.pair` returns (for inspection and the weights file)."""
    related = ["tfidf_all", "tfidf_max", "tfidf_top", "emb_all", "emb_max", "emb_top", "relevance_max",
               "term_cover", "lead_term_cover", "bigram_cover", "name_cover", "claim_has_names",
               "number_cover", "claim_has_numbers"]
    per_flag = [f"{agg}:{f}" for agg in ("share", "top", "weighted", "lead", "best") for f in SENTENCE_FLAGS]
    return (related + per_flag + ["first_denial_position"] + [f"claim:{f}" for f in CLAIM_FLAGS]
            + ["claim_deny_x_top_denial", "claim_false_x_denial_share", "negation_mismatch"]
            + [f"attr:{s}" for s in ATTRIBUTION_STATS] + [f"cue:{k}" for k in lexicon.CUE_FEATURES])


def attribution_terms(spans: Sequence[Offsets], attributions: Sequence[Attribution],
                      sentence_terms: Sequence[set[str]]) -> list[AttributionTerms]:
    """The :class:`AttributionTerms` of every attribution: its content's terms plus those of the
    sentences its cue and content span and of the sentence before them ("She said the report was
    untrue" refers back to the sentence stating the report)."""
    def sentence_of(offset: int) -> int:
        return next((k for k, (s, e) in enumerate(spans) if s <= offset < e), len(spans) - 1)

    out = []
    for a in attributions:
        i = sentence_of(a.cue.start)
        first = min(i, sentence_of(a.content.start)) if a.content.spans else i
        content = a.content.text
        found = set(terms(content)).union(*sentence_terms[max(first - 1, 0):i + 1])
        out.append(AttributionTerms(
            terms=found, own_terms=set(terms(_without_cues(content))), sentence=i,
            speaker=(a.speaker.name if a.speaker else None) or (a.source.text if a.source else None),
            voice=speaker_kind(a),
            denial=is_denial_attribution(a),
            confirm=_unnegated(lexicon.CONFIRM_RE, a.cue.text + " " + content) > 0,
            speaker_kind=a.speaker.kind if a.speaker else None,
            asserted=a.modality == "asserted" and not lexicon.HEDGE_RE.search(a.cue.text),
            relayed=bool(a.via), negated=lexicon.NEGATION_RE.search(content) is not None,
            tentative=lexicon.TENTATIVE_RE.search(content) is not None))
    return out


def _without_cues(text: str) -> str:
    for pattern in (lexicon.DENIAL_VERB_RE, lexicon.FALSITY_RE, lexicon.HEDGE_RE, lexicon.CONFIRM_RE):
        text = pattern.sub(" ", text)
    return text


def claim_cover(claim: ClaimView, found: set[str]) -> float:
    """IDF-weighted share of the claim's terms in ``found``."""
    total = sum(claim.idf.values())
    return sum(w for t, w in claim.idf.items() if t in found) / total if total else 0.0
