"""claimtrace's results as spaCy serialises them: spans in ``doc.spans``, plain data in extensions,
through ``Doc.to_bytes``, ``DocBin``, ``nlp.pipe(n_process=2)`` and a pipeline saved to disk; the
components registered by entry point and configured through their config and data files.

Runs the real spaCy pipeline on the wire-style articles written for ``test_wire_copy``.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin

import claimtrace
from claimtrace.nlp.component import SPAN_KEYS

WIRE = Path(__file__).with_name("data") / "wire"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(WIRE.glob("*.txt"))]


@pytest.fixture(scope="module")
def nlp():
    return claimtrace.load()


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(TEXTS))


def results(doc: Doc):
    spans = {key: [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in doc.spans[key]]
             for key in (*SPAN_KEYS.values(), "ct_boilerplate")}
    # DocBin hands user data back with tuples for lists: compare the ranges, not the container
    return doc._.attributions, doc._.sources, [tuple(b) for b in doc._.boilerplate], spans


def test_spans_match_the_records(docs):
    for doc in docs:
        attributions = doc._.attributions
        assert attributions
        for k, a in enumerate(attributions):
            cues = [s for s in doc.spans["ct_cue"] if s.id_ == f"a{k}"]
            contents = [s for s in doc.spans["ct_content"] if s.id_ == f"a{k}"]
            sources = [s for s in doc.spans["ct_source"] if s.id_ == f"a{k}"]
            assert [c.text for c in cues] == [a.cue.text]
            assert [(c.start_char, c.end_char) for c in contents] == a.content.spans
            assert {c.label_ for c in contents} == {a.kind}
            if a.source is None:
                assert sources == []
            else:
                (src,) = sources
                assert src.text == a.source.text
                assert (src.label_, src.kb_id_) == (a.speaker.kind, a.speaker.source_id)
        flagged = [(s.start_char, s.end_char) for s in doc.spans["ct_boilerplate"]]
        assert flagged == [tuple(b) for b in doc._.boilerplate]


def test_extensions_hold_only_plain_data(docs):
    def plain(value):
        if isinstance(value, dict):
            return all(isinstance(k, str) and plain(v) for k, v in value.items())
        if isinstance(value, list):
            return all(plain(v) for v in value)
        return value is None or isinstance(value, (str, int, float, bool))

    for doc in docs:
        assert plain(doc._.ct_attributions) and plain(doc._.ct_sources) and plain(doc._.boilerplate)


def test_doc_to_bytes_round_trip(nlp, docs):
    for doc in docs:
        back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert results(back) == results(doc)


def test_docbin_round_trip(nlp, docs, tmp_path):
    path = tmp_path / "wire.spacy"
    DocBin(docs=docs, store_user_data=True).to_disk(path)
    back = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    assert [results(d) for d in back] == [results(d) for d in docs]


def test_pipe_with_two_processes(nlp, docs):
    parallel = list(nlp.pipe(TEXTS, n_process=2, batch_size=2))
    assert [results(d) for d in parallel] == [results(d) for d in docs]


TEXT = ("KESTREL said on Monday that the bridge would reopen in May.\n\n"
        "Download the Harbour app to read on the go.\n")


def test_components_are_configurable_and_saved_with_the_pipeline(tmp_path):
    base = spacy.load(claimtrace.Settings().model)
    base.add_pipe("claimtrace_appeals")
    base.add_pipe("claimtrace")
    plain_doc = base(TEXT)
    assert plain_doc._.attributions[0].speaker.kind != "outlet"
    assert plain_doc._.boilerplate == []

    nlp = spacy.load(claimtrace.Settings().model)
    nlp.add_pipe("claimtrace_appeals", config={"extra_patterns": [r"^download the harbour app\b"]})
    nlp.add_pipe("claimtrace", config={"outlets": ["Kestrel"]})
    doc = nlp(TEXT)
    assert doc._.attributions[0].speaker.kind == "outlet"
    assert [TEXT[s:e] for s, e in doc._.boilerplate] == ["Download the Harbour app to read on the go."]

    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "claimtrace" / "lexicon.json").exists()
    assert (tmp_path / "pipeline" / "claimtrace_appeals" / "appeals.json").exists()
    again = spacy.load(tmp_path / "pipeline")
    assert results(again(TEXT)) == results(doc)


def test_component_data_files_are_read_back(tmp_path):
    nlp = spacy.load(claimtrace.Settings().model)
    trace = nlp.add_pipe("claimtrace", config={"outlets": ["Kestrel"]})
    trace.to_disk(tmp_path)
    other = spacy.load(claimtrace.Settings().model).add_pipe("claimtrace")
    assert other.outlets == frozenset()
    other.from_disk(tmp_path)
    assert other.outlets == frozenset({"kestrel"})
    assert other.from_bytes(trace.to_bytes()).outlets == frozenset({"kestrel"})


def test_every_component_has_an_entry_point():
    if sys.version_info < (3, 11):
        pytest.skip("tomllib needs Python 3.11")
    import tomllib

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    entries = project["project"]["entry-points"]["spacy_factories"]
    assert {"claimtrace", "claimtrace_appeals", "claimtrace_paragraphs"} <= set(entries)
    for name, target in entries.items():
        module, _, attr = target.partition(":")
        factory = getattr(importlib.import_module(module), attr)
        assert spacy.registry.factories.get(name) is factory
