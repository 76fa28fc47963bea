"""The Python API around the pipeline: batches, failures that stay per document, limits."""
from __future__ import annotations

import claimtrace
from claimtrace import Document, Settings
from claimtrace.ingest.prepare import prepare

SHORT = "The mayor said the bridge would reopen in May."


def test_one_failing_document_does_not_sink_its_batch():
    nlp = claimtrace.load()
    long_text = "The minister said the talks would go on. " * 20  # 820 characters
    docs = [Document(input="a", text=SHORT, language="en"),
            Document(input="b", text=long_text, language="en"),
            Document(input="c", text=SHORT, language="en")]
    saved = nlp.max_length
    nlp.max_length = 500  # spaCy refuses the middle one, as it would a pathological input
    try:
        out = list(claimtrace.extract_documents(docs, nlp=nlp, batch_size=8))
    finally:
        nlp.max_length = saved
    assert [a.input for a in out] == ["a", "b", "c"]
    assert out[0].attributions and out[2].attributions and not out[0].errors
    assert out[1].errors and out[1].errors[0].startswith("internal:") and not out[1].attributions


def test_article_length_limit_is_a_clear_per_item_error():
    settings = Settings()
    settings.max_chars = 30
    doc = prepare(SHORT, "x.txt", settings=settings)
    assert doc.errors and doc.errors[0].startswith("too_large:") and "CLAIMTRACE_MAX_CHARS" in doc.errors[0]
    article = next(claimtrace.extract_documents([doc]))
    assert article.attributions == [] and article.errors == doc.errors


def test_parallel_extraction_keeps_input_order():
    docs = [Document(input=str(i), text=f"Official number {i} said the port would close on day {i}.",
                     language="en") for i in range(7)]
    out = list(claimtrace.api.extract_parallel(docs, workers=2, batch_size=2))
    assert [a.input for a in out] == [str(i) for i in range(7)]
    assert all(a.attributions for a in out)


def test_extract_html_and_text_entry_points():
    html = ("<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>"
            "<p>The harbour master said on Monday that ships could dock again after a week of repairs "
            "to the main quay.</p></article></body></html>")
    art = claimtrace.extract(html=html)
    assert art.title == "Port reopens" and "harbour master" in art.text
    assert art.attributions[0].content.text == "that ships could dock again after a week of repairs to the main quay"
    assert art.attributions[0].modality == "hedged"
