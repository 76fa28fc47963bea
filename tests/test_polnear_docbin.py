"""The PolNeAR -> DocBin converter (claimtrace.eval.polnear_docbin) on a tiny BRAT corpus written
here (made-up wire sentences), read back with spaCy's own DocBin."""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import DocBin

from claimtrace.eval.polnear_docbin import convert
from claimtrace.nlp.span_model import GOLD_KEY

ARTICLES = {
    "a1": "Port officials said on Monday that the harbour would reopen. “We are ready,” the mayor told reporters.\n",
    "a2": "The ministry has agreed to suspend the tariffs, the Harbour Ledger reported, citing two people.\n",
    "a3": "Nobody said anything.\n",
}


def offsets(text: str, sub: str) -> str:
    start = text.index(sub)
    return f"{start} {start + len(sub)}"


def write_corpus(root: Path) -> None:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    t1 = ARTICLES["a1"]
    # spans with edge punctuation and spaces, which the converter must trim like the metric
    ann1 = "\n".join([
        f"T1\tSource {offsets(t1, 'Port officials ')}\tPort officials ",
        f"T2\tCue {offsets(t1, 'said on Monday')}\tsaid on Monday",
        f"T3\tContent {offsets(t1, 'that the harbour would reopen.')}\tthat the harbour would reopen.",
        f"T4\tSource {offsets(t1, 'the mayor')}\tthe mayor",
        f"T5\tCue {offsets(t1, 'told')}\ttold",
        f"T6\tContent {offsets(t1, '“We are ready,”')}\t“We are ready,”",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
    ]) + "\n"
    t2 = ARTICLES["a2"]
    ann2 = "\n".join([
        f"T1\tSource {offsets(t2, 'the Harbour Ledger')}\tthe Harbour Ledger",
        f"T2\tCue {offsets(t2, 'reported')}\treported",
        f"T3\tContent {offsets(t2, 'The ministry has agreed to suspend the tariffs')}\tThe ministry ...",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
    ]) + "\n"
    for name, text in ARTICLES.items():
        (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    (root / "attributions" / "a1_ann1.ann").write_text(ann1, encoding="utf-8")
    (root / "attributions" / "a2_ann1.ann").write_text(ann2, encoding="utf-8")
    (root / "attributions" / "a3_ann1.ann").write_text("", encoding="utf-8")


def read(path: Path) -> list:
    nlp = spacy.blank("en")
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def test_gold_spans_are_trimmed_token_spans_and_every_holdout_th_article_is_held_out(tmp_path):
    write_corpus(tmp_path / "polnear")
    result = convert(tmp_path / "polnear", tmp_path / "bins", holdout=2)
    assert (result.train_articles, result.holdout_articles) == (1, 2)
    assert result.holdout_names == ["a1", "a3"]  # indexes 0 and 2 in sorted order
    assert result.spans == {"CUE": 3, "SOURCE": 3, "CONTENT": 3}

    held = read(result.holdout_path)
    assert [d.text for d in held] == [ARTICLES["a1"], ARTICLES["a3"]]
    got = sorted((s.label_, s.text) for s in held[0].spans[GOLD_KEY])
    assert got == sorted([("SOURCE", "Port officials"), ("CUE", "said on Monday"),
                          ("CONTENT", "that the harbour would reopen"), ("SOURCE", "the mayor"),
                          ("CUE", "told"), ("CONTENT", "We are ready")])
    assert list(held[1].spans[GOLD_KEY]) == []

    (train_doc,) = read(result.train_path)
    content = [s for s in train_doc.spans[GOLD_KEY] if s.label_ == "CONTENT"]
    assert [s.text for s in content] == ["The ministry has agreed to suspend the tariffs"]
    assert content[0].start == 0
