"""The shipped stance model on small wire-style articles written for these tests (real pipeline, real
weights): confirms, denies on the speaker's word (also when the denial only says "the report was
untrue"), denial reported by an outlet, relay with hedges, a denial of another matter.
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


def classify_all(claim: str, articles: dict[str, str]) -> dict:
    """The shipped model's result for each of these articles (extracted by the real pipeline)."""
    model = StanceModel.load()
    return {name: model.classify(claim, claimtrace.extract(text)) for name, text in articles.items()}


@pytest.fixture(scope="module")
def results():
    return classify_all(CLAIM, ARTICLES)


def test_confirming_article(results):
    assert results["confirms"].stance == "confirms"
    assert results["confirms"].evidence


def test_reported_denials_deny_on_the_speakers_word(results):
    """An article reporting that someone named denies the claim ``denies`` it on that person's word,
    with the denial as evidence, whatever FNC-1 label the model gives it (FNC-1's annotators call most
    reports of a denial ``discuss``)."""
    speaker, reported = results["denies_speaker"], results["denies_reported"]
    assert speaker.stance == "denies" and speaker.on_word_of == ["Anna Berg"]
    assert (speaker.label, speaker.basis) == ("disagree", "model")      # the model itself says disagree
    assert reported.stance == "denies" and reported.on_word_of == ["Omar Haddad"]
    assert (reported.label, reported.basis) == ("discuss", "on_record_denial")
    for r in (speaker, reported):
        assert r.evidence and r.evidence[0].cues


PORT_CLAIM = "The government will close the northern port to foreign ships"
PORT_ARTICLES = {
    "untrue": ("The government will close the northern port to foreign ships from March, the Harbour Times "
               "reported on Monday. The ministry spokeswoman Anna Berg said the report was untrue."),
    "dismissed": ("Transport Minister Omar Haddad on Monday denied the report that the government will close "
                  "the northern port to foreign ships. He dismissed it as speculation."),
    "hedged": ("The government may close the northern port to foreign ships, according to a report in the "
               "Harbour Times that could not be independently verified. Officials reportedly discussed the "
               "plan last week."),
    "other_denial": ("The government will close the northern port to foreign ships from March, the Harbour "
                     "Times reported on Monday. Ministry spokeswoman Anna Berg denied reports that the "
                     "minister would resign."),
    "confirmed": ("The government will close the northern port to foreign ships from March, Transport "
                  "Minister Omar Haddad confirmed on Monday. His spokeswoman Anna Berg denied reports that "
                  "the minister would resign."),
}


@pytest.fixture(scope="module")
def port_results():
    return classify_all(PORT_CLAIM, PORT_ARTICLES)


def test_denial_of_the_report_by_a_named_speaker(port_results):
    """"Berg said the report was untrue" refers back to the sentence stating the report: a denial of
    the claim on Berg's word; "denied the report ... dismissed it as speculation" likewise."""
    untrue, dismissed = port_results["untrue"], port_results["dismissed"]
    assert (untrue.stance, untrue.label, untrue.basis) == ("denies", "discuss", "on_record_denial")
    assert untrue.on_word_of == ["Anna Berg"] and "untrue" in untrue.evidence[0].cues
    assert (dismissed.stance, dismissed.basis) == ("denies", "on_record_denial")
    assert dismissed.on_word_of == ["Omar Haddad"]
    assert [e.cues for e in dismissed.evidence] == [["denied"], ["dismissed", "speculation"]]


def test_hedged_relay_and_denial_of_another_matter_do_not_deny(port_results):
    assert port_results["hedged"].stance == "relays" and port_results["hedged"].on_word_of == []
    assert port_results["other_denial"].stance == "relays" and port_results["other_denial"].basis == "model"
    assert port_results["confirmed"].stance == "confirms" and port_results["confirmed"].basis == "model"


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


def test_stance_weights_are_tuned_on_the_given_out_of_fold_probabilities():
    """A classifier that ranks disagree right but under-calls it: the tuned weights raise disagree
    until those rows come out disagree, without touching the agree/discuss rows."""
    from claimtrace.stance.train import best_weights

    gold = np.array([0] * 4 + [1] * 4 + [2] * 8)                  # agree, disagree, discuss
    p = np.array([[0.7, 0.05, 0.25]] * 4 + [[0.2, 0.35, 0.45]] * 4 + [[0.2, 0.05, 0.75]] * 8)
    _, (agree, disagree, discuss) = best_weights(np.ones(len(gold)), p, gold)
    assert discuss == 1.0 and disagree * 0.35 > 0.45 and agree * 0.7 > 0.25
    assert agree * 0.2 < 0.75 and disagree * 0.05 < 0.75


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.ConvergenceWarning")
def test_blend_shares_and_the_mlp_weights():
    """Shares 1 keep the gradient boosting's probabilities, shares 0 take the MLP's (its stance part
    renormalised over the related labels); the saved MLP weights give scikit-learn's probabilities."""
    import scipy.sparse as sp
    from sklearn.neural_network import MLPClassifier

    from claimtrace.stance.bag import BagMLP
    from claimtrace.stance.model import blend

    p_related, p_stance = np.array([0.9, 0.2]), np.array([[0.6, 0.1, 0.3], [0.2, 0.2, 0.6]])
    p_mlp = np.array([[0.1, 0.1, 0.3, 0.5], [0.4, 0.2, 0.2, 0.2]])
    r, s = blend(p_related, p_stance, p_mlp, (1.0, 1.0))
    assert np.allclose(r, p_related) and np.allclose(s, p_stance)
    r, s = blend(p_related, p_stance, p_mlp, (0.0, 0.0))
    assert np.allclose(r, [0.5, 0.8]) and np.allclose(s, [[0.2, 0.2, 0.6], [0.5, 0.25, 0.25]])
    r, _ = blend(p_related, p_stance, p_mlp, (0.5, 1.0))
    assert np.allclose(r, [0.7, 0.5])
    rng = np.random.default_rng(0)
    B = sp.random(60, 20, density=0.3, format="csr", dtype=np.float32, random_state=0)
    y = rng.choice(["unrelated", "agree", "discuss", "disagree"], 60)
    mlp = MLPClassifier(hidden_layer_sizes=(8,), max_iter=30, random_state=0).fit(B, y)
    expected = mlp.predict_proba(B)[:, [list(mlp.classes_).index(c) for c in
                                        ("agree", "disagree", "discuss", "unrelated")]]
    assert np.allclose(BagMLP.of(mlp).probabilities(B), expected, atol=1e-5)


def test_folds_keep_claim_groups_apart():
    from claimtrace.stance.train import split

    assigned = np.array([[0, 0], [0, 1], [1, 1], [2, 2], [1, 0]])   # (body fold, headline fold) per pair
    train_rows, test_rows = split(assigned, 0)
    assert list(test_rows) == [0] and list(train_rows) == [2, 3]
    train_rows, test_rows = split(assigned, 1, among=np.array([1, 2, 3]))
    assert list(test_rows) == [2] and list(train_rows) == [3]


@pytest.mark.parametrize("text, kind", [
    ("Two officials said the talks had failed.", "anonymous"),
    ("A pharmacist said stocks were low.", "anonymous"),
    # an unnamed group of people, but not an anonymous source in the reporting sense the model reads
    ("Fish processors warned that 3,000 jobs could go.", "unknown"),
    ("Health Minister Anna Berg said the talks had failed.", "named"),
])
def test_the_stance_models_speaker_kinds(text, kind):
    from claimtrace.stance.features import speaker_kind

    assert speaker_kind(claimtrace.extract(text).attributions[0]) == kind


BREACH_CLAIM = "Kestrix Mobile suffered a data breach exposing the records of two million customers"
BREACH_ARTICLES = {
    "admits": ("Kestrix admits data breach\n\nHAVERLUND (Carrow Wire) - Kestrix Mobile suffered a data breach "
               "exposing the records of two million customers, the company said on Friday. It said it had "
               "informed the police."),
    "assessing": ("Regulator assessing reported breach\n\nHAVERLUND (Lantry Herald) - Haverlund's data "
                  "protection authority said on Tuesday it was assessing a possible data breach exposing the "
                  "records of two million customers at Kestrix Mobile, after hackers posted a sample online."),
}
RATE_CLAIM = "The Bank of Brannock will raise its main interest rate in June"
PAY_STRIKE = ("Dockers strike for a raise\n\nMERROW (Lantry Herald) - Dock workers at the port of Merrow walked out on "
              "Monday, the dockers union said, demanding a 9 percent raise to keep up with prices. The port operator "
              "has offered 4 percent. \"We will stay out until there is a fair offer,\" union leader Bjarte Sollen said.")


@pytest.fixture(scope="module")
def breach_results():
    return classify_all(BREACH_CLAIM, BREACH_ARTICLES)


def test_an_on_record_statement_of_the_claim_confirms_on_the_speakers_word(breach_results):
    admits = breach_results["admits"]
    # "the company said": the company named in the headline, "Kestrix"
    assert admits.stance == "confirms" and admits.on_word_of == ["Kestrix"] and admits.evidence
    # something called possible is not confirmed
    assert breach_results["assessing"].stance == "relays"


def test_an_article_without_the_claims_terms_is_unrelated_whatever_the_model_says():
    result = StanceModel.load().classify(RATE_CLAIM, claimtrace.extract(PAY_STRIKE))
    assert (result.stance, result.basis) == ("unrelated", "claim_terms_absent")
    assert result.label != "unrelated"  # the model, fitted on long FNC-1 bodies, calls it related


def test_a_minister_stating_the_claim_confirms_it_where_fnc1_would_say_discuss():
    text = ("Norland to pull troops from border, minister says\n\nTARSK (Meridian) - Norland will withdraw its troops "
            "from the Tessa border by spring, Defence Minister Pavel Ostrik said on Thursday. \"The last battalion "
            "will leave before the end of April,\" Ostrik told parliament. About 4,000 troops are stationed along "
            "the border.")
    hedged = text.replace("will withdraw", "could withdraw")
    relayed = text.replace("Defence Minister Pavel Ostrik said on Thursday", "Defence Minister Pavel Ostrik told "
                           "the Harbour Times on Thursday")
    model = StanceModel.load()
    claim = "Norland will withdraw its troops from the Tessa border by spring"
    result = model.classify(claim, claimtrace.extract(text))
    assert (result.label, result.stance, result.basis, result.on_word_of) == \
        ("discuss", "confirms", "on_record_confirmation", ["Pavel Ostrik"])
    # hedged, or told to another outlet (a relay of its report): no confirmation
    assert model.classify(claim, claimtrace.extract(hedged)).basis != "on_record_confirmation"
    assert model.classify(claim, claimtrace.extract(relayed)).basis != "on_record_confirmation"
