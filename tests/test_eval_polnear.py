"""Tests for the PolNeAR loader and scorer (claimtrace.eval.polnear) and `claimtrace eval polnear`.

The small corpora are written here in BRAT standoff with made-up wire-style sentences; expected
scores are computed by hand in the comments. One test runs the real pipeline on 2 dev articles
of the shared PolNeAR copy (skipped when it is absent).
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from claimtrace import Attribution, TextSpan
from claimtrace.cli.main import main
from claimtrace.eval import polnear as P

POLNEAR_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "dev"
if not POLNEAR_DEV.is_dir():
    POLNEAR_DEV = Path("/work/shared/data/polnear/dev")

# Article 1: curly quotes (non-ASCII: byte offsets would be wrong), a discontinuous quote, a
# source-less attribution.
TEXT1 = ("Mayor Ana Ruiz said the bridge would reopen in May. “We are on schedule,” the spokesman "
         "told reporters, “and under budget.” The cost is expected to reach $4 million.")
# Article 2: a headline with a ":" cue, a content split at a line break, given as Content + Content2.
TEXT2 = "Lee: Vote Will Be Delayed\n\nThe council said the vote\nwould be delayed until June.\n"


def off(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    """(start, end) code-point offsets of the nth occurrence of ``sub`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def t_line(tid: str, typ: str, text: str, *subs: str) -> str:
    spans = [off(text, s) for s in subs]
    rng = ";".join(f"{s} {e}" for s, e in spans)
    return f"{tid}\t{typ} {rng}\t{' '.join(text[s:e] for s, e in spans)}"


ANN1_A = "\n".join([
    t_line("T1", "Source", TEXT1, "Mayor Ana Ruiz"),
    t_line("T2", "Cue", TEXT1, "said"),
    t_line("T3", "Content", TEXT1, "the bridge would reopen in May."),
    t_line("T4", "Attribution", TEXT1, "said"),
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    t_line("T5", "Content", TEXT1, "“We are on schedule,”", "“and under budget.”"),
    t_line("T6", "Source", TEXT1, "the spokesman"),
    t_line("T7", "Cue", TEXT1, "told"),
    t_line("T8", "Attribution", TEXT1, "told"),
    "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5",
    t_line("T9", "Cue", TEXT1, "is expected"),
    t_line("T10", "Content", TEXT1, "to reach $4 million."),
    t_line("T11", "Attribution-no-source", TEXT1, "is expected"),
    "E3\tAttribution-no-source:T11 Content:T10 Cue:T9",
    t_line("T12", "Discard", TEXT1, "The cost"),
]) + "\n"
# a second annotator of article 1, who saw a single attribution: must not be used
ANN1_B = "\n".join([
    t_line("T1", "Source", TEXT1, "Mayor Ana Ruiz"),
    t_line("T2", "Cue", TEXT1, "said"),
    t_line("T3", "Content", TEXT1, "the bridge would reopen in May"),
    "E1\tCue:T2 Source:T1 Content:T3",
]) + "\n"
ANN2 = "\n".join([
    # E2 refers to T-lines defined after it; its Content2 is a second content fragment
    "E2\tAttribution:T8 Content:T5 Cue:T6 Source:T7 Content2:T9",
    t_line("T1", "Source", TEXT2, "Lee"),
    t_line("T2", "Cue", TEXT2, ":"),
    t_line("T3", "Content", TEXT2, "Vote Will Be Delayed"),
    t_line("T4", "Attribution", TEXT2, ":"),
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    t_line("T5", "Content", TEXT2, "the vote"),
    t_line("T6", "Cue", TEXT2, "said"),
    t_line("T7", "Source", TEXT2, "The council"),
    t_line("T8", "Attribution", TEXT2, "said"),
    t_line("T9", "Content", TEXT2, "would be delayed until June."),
    # a Discuss span whose BRAT text runs over a line break: the next line is a continuation
    "T10\tDiscuss {} {}\t{}".format(*off(TEXT2, "said the vote\nwould"), "said the vote\nwould"),
    # an abandoned annotation: an anchor alone
    t_line("T11", "Attribution-no-source", TEXT2, "delayed"),
    "E3\tAttribution-no-source:T11",
]) + "\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "wire_2020-01-01_bridge.txt").write_text(TEXT1, encoding="utf-8")
    (tmp_path / "text" / "wire_2020-01-02_vote.txt").write_text(TEXT2, encoding="utf-8")
    (tmp_path / "attributions" / "wire_2020-01-01_bridge_b2.ann").write_text(ANN1_B, encoding="utf-8")
    (tmp_path / "attributions" / "wire_2020-01-01_bridge_a1.ann").write_text(ANN1_A, encoding="utf-8")
    (tmp_path / "attributions" / "wire_2020-01-02_vote_c3.ann").write_text(ANN2, encoding="utf-8")
    return tmp_path


def span(text: str, *subs: str, nth: int = 0) -> TextSpan:
    return TextSpan.from_offsets(text, [off(text, s, nth) for s in subs])


def att(text: str, cue: str, content, source: str | None = None) -> Attribution:
    content = (content,) if isinstance(content, str) else content
    return Attribution(cue=span(text, cue), content=span(text, *content),
                       source=span(text, source) if source else None)


# ------------------------------------------------------------------------------------ loader

def test_load_gold_picks_first_annotator_and_parses_roles(corpus: Path):
    gold = P.load_gold(corpus)
    assert [g.name for g in gold] == ["wire_2020-01-01_bridge", "wire_2020-01-02_vote"]
    a1, a2 = gold
    assert a1.annotator == "a1" and a1.annotators == ["a1", "b2"]
    assert a1.text == TEXT1
    assert [g.id for g in a1.attributions] == ["E1", "E2", "E3"]  # b2 had a single one
    e1, e2, e3 = a1.attributions
    assert (e1.source.text, e1.cue.text, e1.content.text) == ("Mayor Ana Ruiz", "said",
                                                              "the bridge would reopen in May.")
    # discontinuous content, offsets are code points into a text with curly quotes
    assert len(e2.content.spans) == 2
    assert [TEXT1[s:e] for s, e in e2.content.spans] == ["“We are on schedule,”", "“and under budget.”"]
    # Attribution-no-source: no source
    assert e3.source is None and e3.cue.text == "is expected"


def test_load_gold_content2_forward_refs_and_skipped(corpus: Path):
    a2 = P.load_gold(corpus)[1]
    assert a2.skipped == 1  # the anchor-only E3
    assert [g.id for g in a2.attributions] == ["E2", "E1"]  # E-line order
    e2, e1 = a2.attributions
    assert e1.cue.text == ":" and e1.source.text == "Lee"
    # Content + Content2 make one content of two fragments
    assert [TEXT2[s:e] for s, e in e2.content.spans] == ["the vote", "would be delayed until June."]


def test_load_gold_limit_and_articles(corpus: Path):
    assert [g.name for g in P.load_gold(corpus, limit=1)] == ["wire_2020-01-01_bridge"]
    assert [g.name for g in P.load_gold(corpus, articles=["wire_2020-01-02_vote"])] == ["wire_2020-01-02_vote"]
    with pytest.raises(FileNotFoundError):
        P.load_gold(corpus / "text")


def test_parse_ann_rejects_offsets_outside_text():
    with pytest.raises(ValueError):
        P.parse_ann("T1\tCue 5 50\tsaid\nE1\tCue:T1\n", "short text")


# ---------------------------------------------------------------------------------- trimming

def test_trim_key_strips_quotes_and_punctuation():
    s, e = off(TEXT1, "“We are on schedule,”")
    assert P.trim_key(TEXT1, [(s, e)]) == ((s + 1, e - 2),)  # minus “ and ,”
    s, e = off(TEXT1, " the bridge would reopen in May. ")
    assert P.trim_key(TEXT1, [(s, e)]) == ((s + 1, e - 2),)  # minus space, and ". "
    assert P.trim_key(TEXT1, []) == () and P.trim_key(TEXT1, None) == ()


def test_trim_key_merges_fragments_split_by_whitespace_only():
    a, b = off(TEXT2, "the vote"), off(TEXT2, "would be delayed until June.")
    whole = (a[0], b[1])
    assert P.trim_key(TEXT2, [a, b]) == ((a[0], b[1] - 1),)
    assert P.trim_key(TEXT2, [a, b]) == P.trim_key(TEXT2, [whole])
    # fragments separated by words stay apart
    q1, q2 = off(TEXT1, "“We are on schedule,”"), off(TEXT1, "“and under budget.”")
    assert len(P.trim_key(TEXT1, [q1, q2])) == 2
    assert P.trim_key(TEXT1, [q1, q2]) != P.trim_key(TEXT1, [(q1[0], q2[1])])


def test_trim_key_keeps_punctuation_only_spans():
    colon = off(TEXT2, ":")
    assert P.trim_key(TEXT2, [colon]) == (colon,)
    assert P.trim_key(TEXT2, [(colon[0], colon[1] + 1)]) == (colon,)  # ": " -> ":"


def test_quote_kind():
    gold = P.GoldArticle(name="x", text=TEXT1, attributions=[])
    assert P.quote_kind(TEXT1, span(TEXT1, "“We are on schedule,”", "“and under budget.”")) == "direct"
    assert P.quote_kind(TEXT1, span(TEXT1, "the bridge would reopen in May.")) == "indirect"
    assert P.quote_kind(TEXT1, span(TEXT1, "May. “We are on schedule,”")) == "mixed"
    assert P.gold_stats([gold])["attributions"] == 0


# ----------------------------------------------------------------------------------- scoring

def predictions_article1() -> list[Attribution]:
    return [
        # P1: all three roles right (the content lacks the final period: equal after trimming)
        att(TEXT1, "said", "the bridge would reopen in May", "Mayor Ana Ruiz"),
        # P2: source/cue too short/long, content only the first fragment of the quote
        att(TEXT1, "told reporters", "“We are on schedule,”", "spokesman"),
        # P3: cue right, no source (right), content too long but covers the whole gold content
        att(TEXT1, "is expected", "The cost is expected to reach $4 million."),
        # P4: spurious; its content lies inside gold content
        att(TEXT1, "reach", "$4 million", "The cost"),
    ]


def close(prf: P.PRF, precision: float, recall: float) -> bool:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (math.isclose(prf.precision, precision) and math.isclose(prf.recall, recall)
            and math.isclose(prf.f1, f1))


def test_score_by_hand(corpus: Path):
    article = P.load_gold(corpus, limit=1)
    s = P.score(article, [predictions_article1()])
    # exact. source: gold {Mayor Ana Ruiz, the spokesman}, pred {Mayor Ana Ruiz, spokesman, The cost}
    assert (s.exact["source"].gold, s.exact["source"].predicted, s.exact["source"].matched_gold) == (2, 3, 1)
    assert close(s.exact["source"], 1 / 3, 1 / 2)
    # cue: gold {said, told, is expected}; pred {said, told reporters, is expected, reach}: 2 match
    assert close(s.exact["cue"], 2 / 4, 2 / 3)
    # content: only P1 equals its gold after trimming
    assert close(s.exact["content"], 1 / 4, 1 / 3)
    # overlap, source chars: gold 14 + 13 = 27; pred 14 + 9 + 8 = 31; pred in gold 14 + 9;
    # gold in pred 14 + 9 ("spokesman" of "the spokesman")
    o = s.overlap["source"]
    assert (o.gold, o.predicted, o.matched_pred, o.matched_gold) == (27, 31, 23, 23)
    # cue chars: gold 4 + 4 + 11 = 19; pred 4 + 14 + 11 + 5 = 34; all gold covered
    o = s.overlap["cue"]
    assert (o.gold, o.predicted, o.matched_pred, o.matched_gold) == (19, 34, 19, 19)
    # content chars (trimmed): gold 30 + (18 + 16) + 19 = 83; pred 30 + 18 + 40 + 10 = 98;
    # pred in gold 30 + 18 + 19 + 10 = 77; gold in pred 30 + 18 + 19 = 67
    o = s.overlap["content"]
    assert (o.gold, o.predicted, o.matched_pred, o.matched_gold) == (83, 98, 77, 67)
    assert close(o, 77 / 98, 67 / 83)
    # content partial (>= half the gold content): G1-P1, G2-P2 (18/34), G3-P3 -> 3 of 3 gold, 4 pred
    assert close(s.content_partial, 3 / 4, 1.0)
    # relation: G1-P1 and G3-P3 (no source on both sides); P2 has the wrong cue
    assert (s.relation.gold, s.relation.predicted, s.relation.matched_gold) == (3, 4, 2)
    assert close(s.relation, 2 / 4, 2 / 3)
    # lenient relation also takes G2-P2 (cue and source overlap, content 18/34 >= 1/2)
    assert close(s.relation_lenient, 3 / 4, 1.0)
    rep = s.reports[0]
    assert rep.matched == [(0, 0), (2, 2)]
    assert rep.partial == [(1, 1, ["source", "cue", "content"])]
    assert rep.missed == [] and rep.spurious == [3]
    assert rep.role_missed["cue"] == [1] and rep.role_spurious["cue"] == [1, 3]
    record = rep.to_dict()
    assert record["counts"] == {"gold": 3, "predicted": 4, "matched": 2, "partial": 1, "missed": 0, "spurious": 1}
    assert record["spurious"][0]["cue"]["text"] == "reach"


def test_score_source_presence_must_agree(corpus: Path):
    article = P.load_gold(corpus, limit=1)
    # a source where gold has none: neither strict nor lenient relation match
    pred = [att(TEXT1, "is expected", "to reach $4 million", "The cost")]
    s = P.score(article, [pred])
    assert s.relation.matched_pred == 0 and s.relation_lenient.matched_pred == 0
    assert s.exact["cue"].matched_pred == 1 and s.exact["content"].matched_pred == 1
    assert s.reports[0].missed == [0, 1, 2] and s.reports[0].spurious == [0]


def test_score_content_below_half_and_one_to_one(corpus: Path):
    article = P.load_gold(corpus, limit=1)
    # G2's content has 34 trimmed characters; "We are on" is 9 < 17: no relation match
    low = att(TEXT1, "told", "We are on", "the spokesman")
    s = P.score(article, [[low]])
    assert s.relation.matched_pred == 0 and s.content_partial.matched_pred == 0
    # the same correct prediction twice: one matches, the duplicate is spurious
    ok = att(TEXT1, "told", ("“We are on schedule,”", "“and under budget.”"), "the spokesman")
    s = P.score(article, [[ok, ok]])
    assert (s.relation.matched_pred, s.relation.predicted) == (1, 2)
    assert (s.exact["content"].matched_pred, s.exact["content"].predicted) == (1, 2)
    # overlap precision counts the duplicate's characters as predicted, and as in gold
    assert (s.overlap["content"].predicted, s.overlap["content"].matched_pred) == (68, 68)
    assert s.overlap["content"].matched_gold == 34


def test_score_discontinuous_exact_needs_every_fragment(corpus: Path):
    gold = P.load_gold(corpus)
    # article 2: one predicted range over "the vote\nwould be delayed until June." equals the
    # gold Content + Content2 fragments (separated by a line break only)
    pred2 = [Attribution(cue=span(TEXT2, "said"), source=span(TEXT2, "The council"),
                         content=TextSpan.from_offsets(TEXT2, [(off(TEXT2, "the vote")[0],
                                                                off(TEXT2, "June.")[1])])),
             att(TEXT2, ":", "Vote Will Be Delayed", "Lee")]
    # article 1: one range from the first quote to the end of the second is not the gold content
    whole = (off(TEXT1, "“We are on schedule,”")[0], off(TEXT1, "“and under budget.”")[1])
    pred1 = [Attribution(cue=span(TEXT1, "told"), source=span(TEXT1, "the spokesman"),
                         content=TextSpan.from_offsets(TEXT1, [whole]))]
    s = P.score(gold, [pred1, pred2])
    assert s.exact["content"].matched_pred == 2  # both of article 2, not article 1's
    assert s.exact["cue"].matched_pred == 3
    assert s.relation.matched_pred == 3  # article 1's still covers all of the gold content
    assert (s.relation.gold, s.relation.predicted) == (5, 3)


def test_score_rejects_misaligned_lists(corpus: Path):
    with pytest.raises(ValueError):
        P.score(P.load_gold(corpus), [[]])


def test_perfect_and_empty_predictions(corpus: Path):
    gold = P.load_gold(corpus)
    perfect = [[Attribution(cue=g.cue, content=g.content, source=g.source) for g in a.attributions]
               for a in gold]
    s = P.score(gold, perfect)
    assert all(r["f1"] == 1.0 for r in s.rows())
    s = P.score(gold, [[] for _ in gold])
    assert all(r["f1"] == 0.0 and r["predicted"] == 0 for r in s.rows())
    assert s.relation.gold == 5 and s.exact["source"].gold == 4 and s.exact["content"].gold == 5


# ------------------------------------------------------------------------- pipeline and CLI

def test_predict_workers_keep_order(corpus: Path):
    gold = P.load_gold(corpus)
    one = P.predict(gold, workers=1)
    two = P.predict(gold, workers=2)
    assert len(one) == len(two) == 2
    assert one == two


def test_cli_eval_polnear(corpus: Path, tmp_path: Path, capsys):
    errors = tmp_path / "errors.jsonl"
    rc = main(["eval", "polnear", str(corpus), "--format", "json", "--errors", str(errors)])
    assert rc == 0
    rows = json.loads(capsys.readouterr().out)
    by = {(r["metric"], r["role"]): r for r in rows}
    assert by[("exact", "source")]["gold"] == 4
    assert by[("relation", "attribution")]["gold"] == 5
    assert by[("overlap_chars", "cue")]["gold"] == 4 + 4 + 11 + 1 + 4  # said told is-expected : said
    records = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [r["article"] for r in records] == ["wire_2020-01-01_bridge", "wire_2020-01-02_vote"]
    assert main(["eval", "polnear", str(tmp_path / "nowhere")]) == 2
    assert main(["eval"]) == 2


def test_cli_train_spans_refuses_a_checkpoint_with_decision_only(corpus: Path, tmp_path: Path, capsys):
    rc = main(["eval", "train-spans", str(corpus), "--decision-only", "--checkpoint", str(tmp_path)])
    assert rc == 2
    assert "--checkpoint and --decision-only" in capsys.readouterr().err


def test_cli_gold_stats(corpus: Path, capsys):
    assert main(["eval", "polnear", str(corpus), "--gold-stats", "--format", "json"]) == 0
    stats = {r["statistic"]: r["value"] for r in json.loads(capsys.readouterr().out)}
    assert stats["articles"] == 2 and stats["attributions"] == 5
    assert stats["no_source"] == 1 and stats["discontinuous_content"] == 2
    assert stats["skipped_events"] == 1 and stats["articles_with_several_annotators"] == 1
    assert stats["direct_quotes"] == 1


# ---------------------------------------------------------------------------- real PolNeAR

needs_polnear = pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="shared PolNeAR data not available")


def _independent_counts(directory: Path, names: list[str]) -> tuple[int, int]:
    """(attributions, sources) counted straight from the E lines of the first annotator's file."""
    n_att = n_src = 0
    for name in names:
        ann = sorted((directory / "attributions").glob(f"{name}_*.ann"))[0]
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("E"):
                roles = {a.split(":")[0] for a in line.split("\t")[1].split()}
                if roles & {"Cue", "Content", "Content2"}:
                    n_att += 1
                    n_src += "Source" in roles
    return n_att, n_src


@needs_polnear
def test_evaluate_two_dev_articles_end_to_end():
    scores = P.evaluate(POLNEAR_DEV, limit=2)
    names = sorted({p.stem.rpartition("_")[0] for p in (POLNEAR_DEV / "attributions").glob("*.ann")})[:2]
    n_att, n_src = _independent_counts(POLNEAR_DEV, names)
    assert scores.articles == 2 and n_att > 0
    assert scores.relation.gold == n_att
    assert scores.exact["cue"].gold == n_att and scores.exact["source"].gold == n_src
    for row in scores.rows():
        assert 0.0 <= row["precision"] <= 1.0 and 0.0 <= row["recall"] <= 1.0 and 0.0 <= row["f1"] <= 1.0
        assert row["matched_pred"] <= row["predicted"] and row["matched_gold"] <= row["gold"]


@needs_polnear
def test_real_offsets_are_code_points():
    """On a dev article with curly quotes, every span's text equals the .ann text field."""
    gold = P.load_gold(POLNEAR_DEV, limit=10)
    article = next(a for a in gold if "“" in a.text)
    ann = sorted((POLNEAR_DEV / "attributions").glob(f"{article.name}_*.ann"))[0]
    checked = 0
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) == 3:
            rng = parts[1].split(" ", 1)[1]
            frags = [tuple(map(int, f.split())) for f in rng.split(";")]
            assert " ".join(article.text[s:e] for s, e in frags) == parts[2]
            checked += 1
    assert checked > 10
