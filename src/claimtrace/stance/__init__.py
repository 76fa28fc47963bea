"""Stance of articles toward a claim, and denials and contradictions across a story.

    >>> from claimtrace.stance import StanceModel, track
    >>> StanceModel.load().classify("the minister resigned", article).stance   # confirms | denies | relays | unrelated
    >>> track(store, "the minister resigned", since="30d")                       # stored articles about it

Modules: ``text`` (sentences, terms), ``lexicon`` (denial / hedge / confirmation cues), ``features``,
``model`` (the classifiers and evidence), ``train`` (fitting and cross-validation on FNC-1),
``fnc1`` (FNC-1 files and scoring), ``index`` (the claim index in the store), ``track``,
``denials`` (denials paired with claim groups, contradictions).
"""
from .denials import find_contradictions, find_denials, pair_denials, with_denials
from .index import index_articles, index_missing, rebuild_index
from .model import Evidence, StanceModel, StanceResult
from .track import TrackedArticle, track

__all__ = ["StanceModel", "StanceResult", "Evidence", "TrackedArticle", "track", "index_articles",
           "index_missing", "rebuild_index", "find_denials", "pair_denials", "with_denials",
           "find_contradictions"]
