"""The digest over a real store: articles written for these tests (tests/newsroom.py) go through the
real pipeline and the real linker into SQLite and PostgreSQL; ranking, summaries, sourcing lines,
changes since the last digest, renderings, feeds and the CLI are checked against what was stored."""
from __future__ import annotations

import dataclasses
import json
import re

import feedparser
import pytest
from inprocess import cli
from newsroom import SCRIPT_TITLE, border_story, build_store, rate_story
from storecheck import pg_schema

from claimtrace.digest import build_digest, history, record_digest, render
from claimtrace.digest.evidence import load_articles
from claimtrace.digest.feeds import digests_feed, story_feed
from claimtrace.digest.ranking import corroboration
from claimtrace.store import Store


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def newsroom(request, tmp_path_factory):
    """A store holding the three stories of tests/newsroom.py, linked."""
    folder = tmp_path_factory.mktemp("newsroom")
    if request.param == "sqlite":
        db = str(folder / "news.db")
        build_store(db, folder)
        yield db
        return
    with pg_schema("ct_digest") as db:
        build_store(db, folder)
        yield db


def _story_with(digest, url_part: str):
    for s in digest.stories:
        if any(url_part in (a.url or "") for a in s.story.articles):
            return s
    raise AssertionError(f"no story holds {url_part}: {[s.story.title for s in digest.stories]}")


def test_rank_is_explained_and_ordered_by_score(newsroom):
    with Store.open(newsroom) as store:
        digest = build_digest(store, since="7d", top=10, compare=False)
    assert digest.stories, "the newsroom should give stories"
    scores = [s.score for s in digest.stories]
    assert scores == sorted(scores, reverse=True)
    assert [s.rank for s in digest.stories] == list(range(1, len(digest.stories) + 1))
    for s in digest.stories:
        assert s.explanation
        assert abs(s.score - sum(f.points for f in s.factors)) < 1e-3
        assert {f.name for f in s.factors} == {"corroboration", "novelty", "contested", "source_weight", "spread"}
    border = _story_with(digest, "harbourledger.example")
    strike = _story_with(digest, "portgazette.example")
    assert border.rank < strike.rank, "a relayed, corroborated, contested story outranks a lone article"


def test_corroboration_counts_reports_not_reprints(newsroom):
    with Store.open(newsroom) as store:
        digest = build_digest(store, since="7d", compare=False)
    story = _story_with(digest, "harbourledger.example").story
    reprinted = dataclasses.replace(story, articles=story.articles + [
        dataclasses.replace(a, revision_id=a.revision_id + f"-copy{i}", role="copy")
        for i, a in enumerate(story.articles * 3)])
    assert corroboration(reprinted).value == corroboration(story).value
    more = dataclasses.replace(story, independent_reports=story.independent_reports + 1)
    assert corroboration(more).value > corroboration(story).value


def test_sourcing_line_names_the_weight_behind_the_story(newsroom):
    with Store.open(newsroom) as store:
        digest = build_digest(store, since="7d", compare=False)
    border = _story_with(digest, "harbourledger.example")
    line = border.sourcing
    assert "five anonymous officials" in line
    assert ", via " + " and ".join(border.story.origins) in line.split(";")[0]
    origins = {o.casefold() for o in border.story.origins}
    relaying = {a.outlet for a in border.story.articles
                if a.role in ("relay", "copy") and a.outlet and a.outlet.casefold() not in origins}
    if relaying:
        assert re.search(r"relayed by \w+ outlets?", line)
    deniers = {d for c in border.story.claims for d in c.denied_by}
    for name in deniers:
        assert name in line and "denied on record by" in line
    rate = _story_with(digest, "rates-hold")
    assert "Henrik Salo" in rate.sourcing and "on record" in rate.sourcing
    assert "anonymous" not in rate.sourcing


def test_summary_sentences_are_verbatim_with_their_outlet(newsroom):
    with Store.open(newsroom) as store:
        digest = build_digest(store, since="7d", compare=False)
        for s in digest.stories:
            articles = load_articles(store, [a.revision_id for a in s.story.articles])
            assert 1 <= len(s.summary) <= 3
            for sentence in s.summary:
                source = articles[sentence.revision_id]
                assert sentence.text in source.text
                assert sentence.outlet == source.outlet
                assert sentence.text.strip() != (source.title or "").strip()
                assert not re.match(r"[A-Z]{3,}[A-Z ,]*[(-]", sentence.text), "wire dateline left in"
            outlets = [x.outlet for x in s.summary]
            distinct = {a.outlet for a in articles.values()}
            if len(distinct) >= len(s.summary):
                assert len(set(outlets)) == len(outlets), "one sentence per outlet while outlets remain"


def test_hedges_are_shown(newsroom):
    with Store.open(newsroom) as store:
        digest = build_digest(store, since="7d", compare=False)
    border = _story_with(digest, "harbourledger.example")
    assert "could" in border.hedges
    assert "Hedged: " in render.text(digest) and "could" in render.text(digest)


def test_changes_since_the_last_digest(tmp_path, db_url):
    build_store(db_url, tmp_path, border_story()[:2])
    with Store.open(db_url) as store:
        first = build_digest(store, since="7d")
        assert first.previous_at is None
        assert all(f.value == 1.0 for s in first.stories for f in s.factors if f.name == "novelty")
        record_digest(store, first)
        assert history.last(store).id == first.id
    build_store(db_url, tmp_path, border_story()[2:] + rate_story())
    with Store.open(db_url) as store:
        second = build_digest(store, since="7d")
    assert second.previous_at == first.generated_at
    border = _story_with(second, "harbourledger.example")
    rate = _story_with(second, "rates-hold")
    assert not border.is_new and rate.is_new
    assert rate.changes == ["new since the last digest"]
    added = len(border.story.articles) - 2
    assert any(c.startswith(f"{added} new article") for c in border.changes), border.changes
    assert border.rank > 0 and "changed since the last digest" in border.explanation


def test_renderings_escape_article_text(newsroom):
    with Store.open(newsroom) as store:
        digest = build_digest(store, since="7d", compare=False)
    html = render.html(digest)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert "<style" not in html and "<link" not in html and "src=" not in html, "inline CSS, no assets"
    assert 'style="' in html
    text = render.text(digest)
    assert SCRIPT_TITLE in text
    md = render.markdown(digest)
    assert "<script>" not in md and "\\<script\\>" in md
    data = json.loads(render.to_json(digest))
    assert [s["story"]["id"] for s in data["stories"]] == [s.story.id for s in digest.stories]
    assert all(s["explanation"] and s["sourcing"] for s in data["stories"])


def test_feeds_parse_back(newsroom, tmp_path):
    with Store.open(newsroom) as store:
        digest = build_digest(store, since="7d", compare=False)
        record_digest(store, digest)
        past = history.recent(store)
    for fmt in ("rss", "atom"):
        parsed = feedparser.parse(digests_feed(past, fmt=fmt))
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert len(parsed.entries) == len(past)
        assert parsed.entries[0].id == f"tag:claimtrace,2026:digest:{past[0].id}"
        body = parsed.entries[0].get("content", [{}])[0].get("value") or parsed.entries[0].summary
        assert digest.stories[0].story.title.split("<")[0][:20] in body
    story = _story_with(digest, "harbourledger.example").story
    parsed = feedparser.parse(story_feed(story, fmt="atom"))
    assert not parsed.bozo
    assert sorted(e.link for e in parsed.entries) == sorted(a.url for a in story.articles)
    script = _story_with(digest, "portgazette.example").story
    parsed = feedparser.parse(story_feed(script, fmt="rss"))
    assert not parsed.bozo and SCRIPT_TITLE in parsed.entries[0].title


def test_cli_digest_formats_and_errors(newsroom, tmp_path):
    code, out, err = cli("digest", "--db", newsroom, "--since", "7d", "--format", "json", "--no-record")
    assert code == 0, err
    data = json.loads(out)
    assert data["stories"] and data["stories"][0]["rank"] == 1
    out_file = tmp_path / "digest.html"
    code, out, err = cli("digest", "--db", newsroom, "--since", "all", "--format", "html",
                         "--out", str(out_file), "--no-record")
    assert code == 0 and out == "" and out_file.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, out, err = cli("digest", "--db", newsroom, "--since", "7d", "--format", "rss")
    assert code == 0 and not feedparser.parse(out).bozo
    assert cli("digest", "--db", newsroom, "--since", "yesterday-ish")[0] == 2
    code, _, err = cli("digest", "--db", newsroom, "--send")
    assert code == 2 and "--to" in err
    assert cli("digest", "--db", str(tmp_path / "missing.db"))[0] == 1
