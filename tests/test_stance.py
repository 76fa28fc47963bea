"""The shipped stance model on small wire-style articles written for these tests (real pipeline, real
weights): confirms, denies on the speaker's word, denial reported by an outlet, relay with hedges.
(Same-topic but unrelated articles are kept out of ``track`` by the claim index, tests/test_track.py;
the model alone calls the one here related.) Plus the text helpers and features it rests on."""
from __future__ import annotations

import numpy as np
import pytest

import claimtrace
from claimtrace.stance.features import SENTENCE_FLAGS, feature_names, sentence_flags
from claimtrace.stance.model import StanceModel
from claimtrace.stance.text import names, numbers, sentences, terms

CLAIM = "Meteorite strikes the capital, destroying a bus station"

ARTICLES = {
    "confirms": ("A meteorite struck the capital on Sunday night and destroyed the central bus station. "
                 "The Interior Ministry confirmed that the meteorite hit the bus station shortly before "
                 "midnight. Emergency services said two people were slightly hurt and the station was "
                 "completely destroyed."),
    "denies_speaker": ("Reports that a meteorite struck the capital and destroyed a bus station are fake, "
                       "officials said on Monday. \"No meteorite hit the city. This is a hoax,\" "
                       "Interior Ministry spokeswoman Anna Berg told reporters. She said the photos "
                       "circulating online had been doctored and that the bus station was intact."),
    "denies_reported": ("The national space agency has rejected claims that a meteorite struck the capital "
                        "and destroyed a bus station, the Meridian news agency reported. Agency director "
                        "Omar Haddad dismissed the reports as baseless and said the damage at the bus "
                        "station was caused by a gas explosion, not a meteorite."),
    "relays": ("A meteorite may have struck the capital overnight, reportedly destroying a bus station, "
               "according to posts on social media. The claims could not be independently verified. "
               "Witnesses reportedly described a bright flash in the sky, and local media said a "
               "bus station had allegedly been damaged."),
    "unrelated": ("The capital's transport authority said on Monday it would build a new bus station in "
                  "the northern district by 2028. Mayor Maria Santos said the project would cost about "
                  "40 million euros and create 300 jobs."),
}


@pytest.fixture(scope="module")
def results():
    model = StanceModel.load()
    return {name: model.classify(CLAIM, claimtrace.extract(text)) for name, text in ARTICLES.items()}


def test_confirming_article(results):
    assert results["confirms"].stance == "confirms"
    assert results["confirms"].evidence


def test_denials_lean_to_disagree(results):
    """The FNC-1-fitted model is weak on denials (held-out disagree F1 about 0.2, docs/benchmarks.md):
    it does not call these two articles "denies", but it gives a denial far more weight than it gives
    the confirming or the relaying article."""
    for name in ("denies_speaker", "denies_reported"):
        p = results[name].probabilities["disagree"]
        assert p > 5 * results["confirms"].probabilities["disagree"]
        assert p > 5 * results["relays"].probabilities["disagree"]


def test_relay_with_hedges(results):
    r = results["relays"]
    assert r.stance == "relays"
    assert any(e.cues for e in r.evidence)    # reportedly / may / allegedly


def test_probabilities_sum_to_one(results):
    for r in results.values():
        assert sum(r.probabilities.values()) == pytest.approx(1.0, abs=1e-6)


def test_sentences_terms_numbers_names():
    text = "U.S. officials said 3,000 troops left. \"We will not sign,\" Anna Berg said.\nNext line"
    assert [text[s:e] for s, e in sentences(text)] == [
        "U.S. officials said 3,000 troops left.", "\"We will not sign,\" Anna Berg said.", "Next line"]
    assert terms("The Kremlin denied the rumours") == ["kremlin", "deny", "rumour"]
    assert numbers("three officials and 3,000 troops") == {"3", "3000"}
    assert {"kremlin", "berg"} <= names("The Kremlin and Anna Berg")


def test_sentence_flags_read_denials_and_hedges():
    flag = dict.fromkeys(SENTENCE_FLAGS)
    denial = dict(zip(SENTENCE_FLAGS, sentence_flags("The claims are baseless speculation.", [])))
    assert denial["false"] and denial["denial_own"] and denial["own_voice"]
    hedged = dict(zip(SENTENCE_FLAGS, sentence_flags("The report has not been confirmed.", [])))
    assert hedged["hedge"] and not hedged["confirm"] and not hedged["denial"]
    not_denied = dict(zip(SENTENCE_FLAGS, sentence_flags("The ministry did not deny the report.", [])))
    assert not not_denied["deny"]
    assert len(flag) == len(SENTENCE_FLAGS)


def test_features_have_names():
    model = StanceModel.load()
    x = model.featurizer.pair(model.featurizer.claim(CLAIM), model.featurizer.article(claimtrace.extract(ARTICLES["relays"])))
    assert x.shape == (len(feature_names()),) and np.isfinite(x).all()
