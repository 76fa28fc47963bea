"""Stance of articles toward a claim, and denials and contradictions across a story.

    >>> from claimtrace.stance import StanceModel, track
    >>> StanceModel.load().classify("the minister resigned", article).stance   # confirms | denies | relays | unrelated
    >>> track(store, "the minister resigned", since="30d")                       # stored articles about it

Modules: ``text`` (sentences, terms), ``lexicon`` (denial / hedge / confirmation cues), ``features``,
``model`` (the classifiers and evidence), ``train`` (fitting and cross-validation on FNC-1),
``fnc1`` (FNC-1 files and scoring), ``index`` (the claim index in the store), ``track``,
``denials`` (denials paired with claim groups, contradictions).
"""
__all__ = ["StanceModel", "StanceResult", "Evidence", "TrackedArticle", "track", "index_articles",
           "index_missing", "rebuild_index", "find_denials", "pair_denials", "with_denials",
           "find_contradictions"]

#: Names served by the package, imported on first use: the linker reads ``stance.lexicon`` (the
#: denial words) without loading the model, and ``stance.denials`` reads the linker's claim groups.
_LAZY = {"find_contradictions": "denials", "find_denials": "denials", "pair_denials": "denials",
         "with_denials": "denials", "index_articles": "index", "index_missing": "index", "rebuild_index": "index",
         "Evidence": "model", "StanceModel": "model", "StanceResult": "model", "TrackedArticle": "track",
         "track": "track"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'claimtrace.stance' has no attribute {name!r}")
