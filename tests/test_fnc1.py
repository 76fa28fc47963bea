"""The FNC-1 reader, scorer and claim groups, and `claimtrace eval fnc1` on files written here."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from claimtrace.cli.main import main
from claimtrace.stance import fnc1


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


BODIES = [
    ["1", "The Kremlin on Tuesday denied a report that it had moved troops to the border.\n\n"
          "\"This is not true,\" spokesman Dmitry Orlov told reporters."],
    ["2", "A meteorite struck a field outside the capital on Monday, residents said. Police said the "
          "crater was about two metres wide."],
]
STANCES = [
    ["Kremlin moves troops to the border", "1", "disagree"],
    ["Kremlin moves troops to the border", "2", "unrelated"],
    ["Meteorite strikes near the capital", "2", "agree"],
]


def test_reads_bodies_and_stances(tmp_path):
    bodies = fnc1.read_bodies(write_csv(tmp_path / "b.csv", ["Body ID", "articleBody"], BODIES))
    assert list(bodies) == ["1", "2"] and bodies["1"].startswith("The Kremlin")
    pairs = fnc1.read_stances(write_csv(tmp_path / "s.csv", ["Headline", "Body ID", "Stance"], STANCES), bodies)
    assert [p.stance for p in pairs] == ["disagree", "unrelated", "agree"]
    unlabelled = fnc1.read_stances(write_csv(tmp_path / "u.csv", ["Headline", "Body ID"],
                                             [r[:2] for r in STANCES]), bodies)
    assert all(p.stance is None for p in unlabelled)


@pytest.mark.parametrize("header,rows,message", [
    (["Body", "articleBody"], [["1", "x"]], "missing column"),
    (["Body ID", "articleBody"], [["1", "x"], ["1", "y"]], "duplicate Body ID"),
    (["Body ID", "articleBody"], [["", "x"]], "empty Body ID"),
])
def test_bad_bodies_file(tmp_path, header, rows, message):
    with pytest.raises(fnc1.FNC1Error, match=message):
        fnc1.read_bodies(write_csv(tmp_path / "b.csv", header, rows))


def test_bad_stances_file(tmp_path):
    bodies = {"1": "text"}
    with pytest.raises(fnc1.FNC1Error, match="unknown Body ID '7'"):
        fnc1.read_stances(write_csv(tmp_path / "s.csv", ["Headline", "Body ID"], [["h", "7"]]), bodies)
    with pytest.raises(fnc1.FNC1Error, match="unknown stance 'maybe'"):
        fnc1.read_stances(write_csv(tmp_path / "s.csv", ["Headline", "Body ID", "Stance"], [["h", "1", "maybe"]]),
                          bodies)
    with pytest.raises(fnc1.FNC1Error, match="missing column.*Headline"):
        fnc1.read_stances(write_csv(tmp_path / "s.csv", ["Title", "Body ID"], [["h", "1"]]), bodies)
    (tmp_path / "latin.csv").write_bytes("Body ID,articleBody\n1,caf\xe9 au lait\n".encode("latin-1"))
    with pytest.raises(fnc1.FNC1Error, match="not UTF-8"):
        fnc1.read_bodies(tmp_path / "latin.csv")
    with pytest.raises(fnc1.FNC1Error, match="No such file"):
        fnc1.read_bodies(tmp_path / "absent.csv")


def test_score_matches_the_challenge_rules():
    gold = ["agree", "disagree", "discuss", "unrelated", "unrelated"]
    # right related label (1.0), related but wrong label (0.25), wrong side (0), right unrelated (0.25) x2
    predicted = ["agree", "discuss", "unrelated", "unrelated", "unrelated"]
    s = fnc1.score(gold, predicted)
    assert s.score == pytest.approx((1.0 + 0.25 + 0 + 0.25 + 0.25) / (3 * 1.0 + 2 * 0.25))
    assert s.f1["agree"] == 1.0 and s.f1["disagree"] == 0.0
    assert s.f1["unrelated"] == pytest.approx(2 * 2 / (3 + 2))
    assert s.confusion[1][2] == 1 and s.confusion[2][3] == 1
    assert s.macro_f1 == pytest.approx(sum(s.f1.values()) / 4)
    assert fnc1.score(gold, gold).score == 1.0


def test_score_reweighted_to_the_test_part_mix():
    # rows gold, columns predicted (agree, disagree, discuss, unrelated); per-class mean points:
    #   agree     2 1.0 + 1 0.25 + 1 0    = 2.25 / 4 = 0.5625
    #   disagree  1 1.0 + 1 0.25          = 1.25 / 2 = 0.625
    #   discuss   3 1.0 + 1 0             = 3.0  / 4 = 0.75
    #   unrelated 1 0 (called related) + 1 0.25 = 0.25 / 2 = 0.125
    # test mix: (1903*0.5625 + 697*0.625 + 4464*0.75 + 18349*0.125)
    #           / (1903 + 697 + 4464 + 18349*0.25) = 7147.6875 / 11651.25 = 0.613469...
    # raw: (2.25 + 1.25 + 3 + 0.25) / (4 + 2 + 4 + 2*0.25) = 6.75 / 10.5 = 0.642857...
    confusion = [[2, 0, 1, 1], [0, 1, 1, 0], [0, 0, 3, 1], [0, 0, 1, 1]]
    gold = [g for g, row in zip(fnc1.LABELS, confusion) for p, n in zip(fnc1.LABELS, row) for _ in range(n)]
    predicted = [p for row in confusion for p, n in zip(fnc1.LABELS, row) for _ in range(n)]
    s = fnc1.score(gold, predicted)
    assert s.confusion == confusion
    assert s.score == pytest.approx(6.75 / 10.5)
    assert s.test_mix_score == pytest.approx(7147.6875 / 11651.25)
    assert {"metric": "fnc_score_test_mix", "value": 0.6135} in s.rows()
    # weighted by the scored pairs' own mix it is the raw score; perfect labels score 1 under any mix
    assert fnc1.reweighted_score(confusion, {"agree": 4, "disagree": 2, "discuss": 4, "unrelated": 2}) \
        == pytest.approx(s.score)
    assert fnc1.score(gold, gold).test_mix_score == 1.0


def test_claim_groups_join_bodies_through_related_headlines():
    pairs = [fnc1.StancePair("h1", "1", "agree"), fnc1.StancePair("h1", "2", "discuss"),
             fnc1.StancePair("h2", "2", "disagree"), fnc1.StancePair("h2", "3", "agree"),
             fnc1.StancePair("h1", "4", "unrelated"), fnc1.StancePair("h3", "5", "agree")]
    groups = fnc1.claim_groups(pairs)
    assert groups["1"] == groups["2"] == groups["3"]
    assert len({groups["1"], groups["4"], groups["5"]}) == 3


@pytest.mark.parametrize("case", ["missing_column", "unknown_body", "encoding"])
def test_cli_malformed_files_exit_2(tmp_path, capsys, case):
    bodies = write_csv(tmp_path / "b.csv", ["Body ID", "articleBody"], BODIES)
    stances = write_csv(tmp_path / "s.csv", ["Headline", "Body ID", "Stance"], STANCES)
    if case == "missing_column":
        stances = write_csv(tmp_path / "s.csv", ["Headline", "Stance"], [["h", "agree"]])
    elif case == "unknown_body":
        stances = write_csv(tmp_path / "s.csv", ["Headline", "Body ID"], [["h", "99"]])
    else:
        bodies.write_bytes("Body ID,articleBody\n1,Gr\xfc\xdfe aus K\xf6ln\n".encode("latin-1"))
    out = tmp_path / "pred.csv"
    code = main(["eval", "fnc1", "--bodies", str(bodies), "--stances", str(stances), "--predictions", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert "claimtrace eval fnc1:" in err and {"missing_column": "missing column", "unknown_body": "unknown Body ID",
                                               "encoding": "not UTF-8"}[case] in err
    assert not out.exists()
