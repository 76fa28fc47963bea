"""The JSON contract of ``claimtrace extract --format json`` (docs/contract.md), field by field."""
from __future__ import annotations

import json

import pytest

import claimtrace

KINDS = {"person", "organization", "anonymous_group", "anonymous_person", "outlet", "document", "unknown"}

ARTICLE = (
    "Talks stall over prisoner swap — Meridian\n\n"
    "GENEVA (Meridian) - The Harbour Times reported on Monday, citing three officials, that the talks "
    "could collapse. Two of the sources said the mediators were exhausted.\n\n"
    "\"We will not sign,\" Foreign Ministry spokeswoman Anna Berg said. She added that the delegation "
    "would stay until Friday.\n\n"
    "Sign up for our morning briefing to get the news in your inbox.\n"
)


def _is_spans(value, text):
    assert isinstance(value, list) and value
    for pair in value:
        assert isinstance(pair, list) and len(pair) == 2
        s, e = pair
        assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)


def _check_role(role, text):
    assert set(role) >= {"spans", "text"}
    _is_spans(role["spans"], text)
    assert role["text"] == " ".join(text[s:e] for s, e in role["spans"])


@pytest.fixture(scope="module")
def record():
    article = claimtrace.extract(ARTICLE, input="wire.txt")
    # round-trip through JSON text, as the CLI prints it
    return json.loads(json.dumps(article.to_dict()))


def test_top_level_fields(record):
    for key, kind in {"input": str, "text": str, "language": str, "boilerplate": list, "sources": list,
                      "attributions": list, "errors": list}.items():
        assert isinstance(record[key], kind), key
    assert record["input"] == "wire.txt"
    assert record["title"] == "Talks stall over prisoner swap — Meridian"
    assert record["language"] == "en"
    assert record["text"] == ARTICLE  # plain text is kept exactly as read
    assert record["errors"] == []
    _is_spans(record["boilerplate"], record["text"])
    assert "Sign up" in record["text"][record["boilerplate"][0][0]:record["boilerplate"][0][1]]


def test_sources(record):
    ids = [s["id"] for s in record["sources"]]
    assert len(ids) == len(set(ids))
    for s in record["sources"]:
        assert set(s) >= {"id", "kind", "name", "role", "count", "parent", "mentions"}
        assert s["kind"] in KINDS
        assert s["count"] is None or isinstance(s["count"], int)
        assert s["parent"] is None or s["parent"] in ids
        for m in s["mentions"]:
            assert 0 <= m[0] < m[1] <= len(record["text"])


def test_attributions(record):
    text = record["text"]
    ids = {s["id"] for s in record["sources"]}
    assert len(record["attributions"]) >= 5
    for a in record["attributions"]:
        assert set(a) >= {"source", "cue", "content", "kind", "speaker", "source_count", "via",
                          "modality", "hedges"}
        _check_role(a["cue"], text)
        _check_role(a["content"], text)
        if a["source"] is not None:
            _check_role(a["source"], text)
            assert a["speaker"]["source_id"] in ids
            assert a["speaker"]["kind"] in KINDS
        assert a["kind"] in ("direct", "indirect", "mixed")
        assert a["modality"] in ("asserted", "hedged")
        assert (a["modality"] == "hedged") == bool(a["hedges"])
        assert all(isinstance(v, str) for v in a["via"])
        assert a["source_count"] is None or isinstance(a["source_count"], int)


def test_the_story_it_tells(record):
    by_cue = {a["cue"]["text"]: a for a in record["attributions"]}
    reported = by_cue["reported"]
    assert reported["source_count"] == 3 and reported["via"] == ["Harbour Times"]
    assert reported["modality"] == "hedged" and reported["hedges"] == ["could"]
    assert by_cue["said"]["kind"] in ("indirect", "direct")
    added = by_cue["added"]
    assert added["speaker"]["name"] == "Anna Berg" and added["source_count"] == 1
