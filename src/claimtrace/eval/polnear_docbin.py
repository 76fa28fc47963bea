"""PolNeAR (BRAT, read by ``claimtrace.eval.polnear``) -> spaCy ``DocBin`` files for ``spacy train``.

Each article becomes a tokenised Doc (the tokenizer and word norms of the pipeline the span model
runs on; no parse is needed: the model reads only the frozen ``tok2vec``) whose
``doc.spans["claimtrace_gold"]`` holds every cue, source and content fragment, trimmed exactly as
the PolNeAR metric trims them. Every ``holdout``-th article goes to a held-out file, used for
choosing the decision thresholds, so dev is never touched.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from ..nlp.span_model import GOLD_KEY
from .polnear import ROLES, GoldArticle, load_gold, trim_key


@dataclass
class Converted:
    """What ``convert`` wrote."""

    train_path: Path
    holdout_path: Path
    train_articles: int
    holdout_articles: int
    spans: dict[str, int]
    holdout_names: list[str]


def article_doc(nlp: Language, article: GoldArticle) -> tuple[Doc, int]:
    """The article as a tokenised Doc with its gold spans; also the number of spans dropped because
    they do not fall on token boundaries even after expanding (none in PolNeAR train)."""
    doc = nlp.make_doc(article.text)
    spans, dropped = [], 0
    seen = set()
    for attribution in article.attributions:
        for role in ROLES:
            span = attribution.role(role)
            for s, e in trim_key(article.text, span.spans if span else None):
                if (role, s, e) in seen:
                    continue
                seen.add((role, s, e))
                tokens = doc.char_span(s, e, alignment_mode="expand")
                if tokens is None:
                    dropped += 1
                    continue
                spans.append(Span(doc, tokens.start, tokens.end, label=role.upper()))
    doc.spans[GOLD_KEY] = spans
    return doc, dropped


def is_holdout(index: int, holdout: int) -> bool:
    """Article ``index`` (in sorted name order) is held out when it is a multiple of ``holdout``."""
    return index % holdout == 0


def convert(directory: str | os.PathLike, out_dir: str | os.PathLike, *, holdout: int = 7,
            model: Optional[str] = None, limit: Optional[int] = None,
            articles: Optional[Iterable[GoldArticle]] = None) -> Converted:
    """Write ``train.spacy`` and ``holdout.spacy`` for the PolNeAR split in ``directory``."""
    import spacy

    from ..config import Settings

    gold = list(articles) if articles is not None else load_gold(directory, limit=limit)
    nlp = spacy.load(model or Settings().model, exclude=["tagger", "parser", "ner", "lemmatizer",
                                                          "attribute_ruler", "senter"])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    train_bin, held_bin = DocBin(store_user_data=False), DocBin(store_user_data=False)
    counts = {role.upper(): 0 for role in ROLES}
    held_names = []
    n_train = 0
    for k, article in enumerate(gold):
        doc, _ = article_doc(nlp, article)
        for span in doc.spans[GOLD_KEY]:
            counts[span.label_] += 1
        if is_holdout(k, holdout):
            held_bin.add(doc)
            held_names.append(article.name)
        else:
            train_bin.add(doc)
            n_train += 1
    train_path, held_path = out / "train.spacy", out / "holdout.spacy"
    train_bin.to_disk(train_path)
    held_bin.to_disk(held_path)
    return Converted(train_path, held_path, n_train, len(held_names), counts, held_names)
