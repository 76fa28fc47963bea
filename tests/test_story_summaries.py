"""Stored story summaries (``story_summaries``) on real stores: ingest writes them, readers use them
only while they match the story's current members, and what they hold is what building the story
from its articles gives. The articles are tests/newsroom.py's, through the real pipeline."""
from __future__ import annotations

import json

from inprocess import cli
from newsroom import border_story, build_store

from claimtrace.api import extract_documents
from claimtrace.derived import refresh_summaries
from claimtrace.digest import build_digest
from claimtrace.link import get_story, stories
from claimtrace.ids import article_revision_id
from claimtrace.link.linker import story_of
from claimtrace.link.stories import build_story, fresh_stories
from claimtrace.model import Document
from claimtrace.store import Store


def summary_rows(store: Store) -> dict[str, dict]:
    return {r["story_id"]: r for r in store.conn.all("SELECT * FROM story_summaries")}


def test_ingest_keeps_a_summary_equal_to_the_built_story(db_url, tmp_path):
    build_store(db_url, tmp_path)
    with Store.open(db_url) as store:
        rows = store.conn.all("SELECT * FROM stories ORDER BY id")
        kept = fresh_stories(store, [r["id"] for r in rows])
        assert len(rows) >= 3
        assert set(kept) == {r["id"] for r in rows}, "ingest summarised every story it linked"
        for row in rows:
            assert kept[row["id"]].to_dict() == build_story(store, row).to_dict()
        border = next(s for s in kept.values()
                      if any("harbourledger.example" in (a.url or "") for a in s.articles))
        assert json.loads(summary_rows(store)[border.id]["facts"])["sourcing"].startswith(
            "five anonymous officials, via Harbour Ledger")
        assert refresh_summaries(store) == 0, "nothing is stale right after ingest"


def test_a_new_revision_makes_the_summary_stale_until_refreshed(db_url, tmp_path):
    build_store(db_url, tmp_path)
    first = border_story()[0]
    changed = Document(input=first["url"], url=first["url"], title=first["title"], outlet=first["outlet"],
                       published=first["published"],
                       text=first["text"] + "\n\nThe ministry did not answer a request for comment on Wednesday.")
    with Store.open(db_url) as store:
        before = {s.id: s for s in stories(store)}
        story_id = next(sid for sid, s in before.items()
                        if any(a.url == first["url"] for a in s.articles))
        old_revision = next(a.revision_id for a in before[story_id].articles if a.url == first["url"])
        # saved without linking (as a crash between saving and linking would leave it)
        revised = list(extract_documents([changed]))
        store.save_articles(revised)
        read = get_story(store, story_id)
        assert old_revision not in {a.revision_id for a in read.articles}, "a stale summary was served"
        assert read.to_dict() == build_story(store, store.conn.one(
            "SELECT * FROM stories WHERE id = ?", (story_id,))).to_dict()
        code, out, err = cli("link", "--db", db_url, "--format", "json")
        assert code == 0, err
        result = json.loads(out)[0]
        assert result["linked"] == 1 and result["summarised"] >= 1
        # the revision joins the story (whose id follows its founding revision, so it may change)
        now_in = story_of(store, article_revision_id(revised[0]))
        assert {a.url for a in get_story(store, now_in).articles} == {a.url for a in before[story_id].articles}
        assert set(fresh_stories(store, [now_in])) == {now_in}
        assert set(summary_rows(store)) == {r["id"] for r in store.conn.all("SELECT id FROM stories")}


def test_stored_facts_rank_as_computed_ones(db_url, tmp_path):
    build_store(db_url, tmp_path)
    with Store.open(db_url) as store:
        with_summaries = build_digest(store, since=None, top=10, compare=False)
        store.conn.execute("DELETE FROM story_summaries")
        without = build_digest(store, since=None, top=10, compare=False)
    assert [s.story.id for s in with_summaries.stories] == [s.story.id for s in without.stories]
    for a, b in zip(with_summaries.stories, without.stories):
        assert (a.score, a.sourcing, a.hedges) == (b.score, b.sourcing, b.hedges)
        assert [f.reason for f in a.factors] == [f.reason for f in b.factors]
        assert a.story.to_dict() == b.story.to_dict()


def test_rebuild_leaves_one_summary_per_story(db_url, tmp_path):
    build_store(db_url, tmp_path)
    code, out, err = cli("link", "--db", db_url, "--rebuild", "--format", "json")
    assert code == 0, err
    with Store.open(db_url) as store:
        ids = {r["id"] for r in store.conn.all("SELECT id FROM stories")}
        assert set(summary_rows(store)) == ids
        assert json.loads(out)[0]["summarised"] == len(ids)
