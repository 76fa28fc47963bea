"""The trained span model (claimtrace.nlp.span_model) as shipped: loaded with the real pipeline,
run on sentences written here; no training in tests."""
from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.tokens import Doc

import claimtrace
from claimtrace.nlp.cue_decision import CueDecision, shipped_decision
from claimtrace.nlp.extractor import scored_candidates
from claimtrace.nlp.span_model import (LABELS, MODEL_DIR, PIPE_NAME, SpanDecisions, add_span_scorer, column,
                                       refine_source, shipped_decisions)


@pytest.fixture(scope="module")
def nlp():
    return claimtrace.load()


EXAMPLES = Path(claimtrace.__file__).parent / "examples"


def token(doc: Doc, text: str, nth: int = 0):
    return [t for t in doc if t.text == text][nth]


def test_the_scorer_sits_after_the_parse_and_before_the_extractor(nlp):
    names = nlp.pipe_names
    assert names.index("parser") < names.index(PIPE_NAME) < names.index("claimtrace")
    doc = nlp("Foreign Minister Anna Berg said on Tuesday that the talks would resume in Geneva.")
    assert doc._.span_scores.shape == (len(doc), len(LABELS))
    assert ((doc._.span_scores >= 0) & (doc._.span_scores <= 1)).all()


def candidate(doc: Doc, head: str):
    """The features of the candidate whose head word is ``head``."""
    return next(x for f, x in scored_candidates(doc) if f.head.text == head)


def test_the_cue_decision_keeps_reporting_verbs_and_drops_other_verbs(nlp):
    decision = shipped_decision()
    reported = nlp("Port officials said on Monday that the harbour would reopen within a week.")
    assert decision.accepts(candidate(reported, "said"))
    assert [a.cue.text for a in reported._.attributions] == ["said"]
    built = nlp("The company built a new terminal at the harbour last year and hired 300 workers.")
    for verb in ("built", "hired"):
        assert not decision.accepts(candidate(built, verb))
    assert built._.attributions == []


def test_the_span_model_changes_the_decision_only_through_its_scores(nlp):
    doc = nlp("Two officials told Meridian on Friday that the ministry would lift the ban next month.")
    features = candidate(doc, "told")
    low = {**features, "span:cue": 0.0, "span:source_max": 0.0, "span:source_mean": 0.0,
           "span:content_max": 0.0, "span:content_mean": 0.0}
    decision = shipped_decision()
    assert decision.probability(features) > decision.probability(low)



def test_verbs_the_span_model_rules_out_are_skipped_without_changing_a_record(nlp, monkeypatch):
    """The floor under which no candidate is built for a verb no word list knows saves work and loses nothing:
    the bundled examples have such verbs, and give the same records with the floor and without it."""
    from claimtrace.nlp import extractor
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    docs = list(nlp.pipe(texts))
    below = [f.head.text for doc in docs for f, x in scored_candidates(doc)
             if x["span:cue"] < extractor.UNLISTED_CUE_FLOOR and f.head.lemma_.lower() not in extractor.CUE_LEMMAS]
    assert len(below) > 10

    def records(docs):
        return [[(a.source and a.source.text, a.cue.text, a.content.text) for a in doc._.attributions]
                for doc in docs]
    with_floor = records(docs)
    monkeypatch.setattr(extractor.iter_candidates, "__defaults__", (0.0,))
    assert records(nlp.pipe(texts)) == with_floor and sum(map(len, with_floor)) > 20

def test_decision_features_of_a_sentence(nlp):
    doc = nlp("Port officials said on Monday that the harbour would reopen within a week.")
    features = candidate(doc, "said")
    said, cue = token(doc, "said"), column("CUE", "inside")
    assert {"lemma=say", "path=ccomp", "subj=anon", "lex=speech", "listed=1", "content_starts=that",
            "tag=VBD"} <= set(features)
    assert "in_quote" not in features
    assert features["span:cue"] == pytest.approx(float(doc._.span_scores[said.i, cue]))
    assert features[f"span:cue_tenth={min(9, int(features['span:cue'] * 10))}"] == 1.0
    officials = float(doc._.span_scores[token(doc, "officials").i, column("SOURCE", "inside")])
    assert features["span:source_max"] >= officials - 1e-6
    assert 0 <= features["span:content_mean"] <= features["span:content_max"] <= 1


def test_a_cue_inside_a_quotation_is_marked(nlp):
    doc = nlp("“The minister said the talks had failed,” the aide added on Tuesday.")
    assert "in_quote" in candidate(doc, "said")
    assert "in_quote|lemma=say" in candidate(doc, "said")


def test_a_decision_round_trips_through_json(tmp_path):
    decision = CueDecision({"lemma=say": 2.0, "span:cue": 3.0}, intercept=-2.5, threshold=0.6)
    path = tmp_path / "cue_decision.json"
    decision.save(path)
    again = CueDecision.load(path)
    assert again == decision
    assert again.accepts({"lemma=say": 1.0, "span:cue": 0.5})       # z = 1.0
    assert not again.accepts({"lemma=build": 1.0, "span:cue": 0.5})  # z = -1.0, unknown names add 0


def test_source_and_content_edges_score_where_a_reader_puts_them(nlp):
    doc = nlp("Port officials said on Monday that the harbour would reopen within a week.")
    s = doc._.span_scores
    assert s[token(doc, "Port").i, column("SOURCE", "start")] > s[token(doc, "officials").i, column("SOURCE", "start")]
    assert s[token(doc, "officials").i, column("SOURCE", "end")] > 0.5
    assert s[token(doc, "week").i, column("CONTENT", "end")] > s[token(doc, "harbour").i, column("CONTENT", "end")]


def test_scores_survive_doc_serialisation(nlp):
    doc = nlp("“We will not sign,” the spokeswoman said.")
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert numpy.array_equal(again._.span_scores, doc._.span_scores)


def test_weights_trained_for_another_pipeline_are_not_added():
    other = spacy.blank("en")
    other.add_pipe("tok2vec")
    assert add_span_scorer(other) is False
    assert PIPE_NAME not in other.pipe_names


def test_a_source_edge_moves_only_when_the_model_prefers_it_by_the_margin(nlp):
    doc = nlp("Defence Ministry adviser Ilona Varga said the convoy had left.")
    head = token(doc, "Varga")
    rule = [doc[i] for i in range(0, head.i + 1)]  # the whole subject phrase
    scores = numpy.zeros((len(doc), len(LABELS)), dtype="float32")
    scores[0, column("SOURCE", "start")] = 0.4
    scores[token(doc, "Ilona").i, column("SOURCE", "start")] = 0.9
    scores[head.i, column("SOURCE", "end")] = 0.9
    assert [t.text for t in refine_source(scores, rule, head, 0.2)] == ["Ilona", "Varga"]
    assert refine_source(scores, rule, head, 0.6) == rule


def test_shipped_files_are_small_and_complete():
    files = {p.name: p.stat().st_size for p in MODEL_DIR.iterdir()}
    assert {"cfg", "model", "meta.json", "decisions.json", "cue_decision.json"} <= set(files)
    assert sum(files.values()) < 3_000_000
    assert isinstance(shipped_decisions(), SpanDecisions)
    decision = shipped_decision()
    assert decision.meta["trained_on"] == "train"  # never dev
    assert 0 < decision.threshold < 1
    assert any(name.startswith("span:") for name in decision.coefficients)


def test_load_keeps_one_pipeline_per_span_model_setting(monkeypatch):
    import claimtrace

    with_model = claimtrace.load()
    monkeypatch.setenv("CLAIMTRACE_SPAN_MODEL", "0")
    rules_only = claimtrace.load()
    assert PIPE_NAME in with_model.pipe_names and PIPE_NAME not in rules_only.pipe_names
    monkeypatch.delenv("CLAIMTRACE_SPAN_MODEL")
    assert claimtrace.load() is with_model
