"""Identities that belong to the data (issue 6, first step): revision ids, source and attribution
uids, entities with aliases, the batch upsert, and the migration of a version-1 store.

Real SQLite files and the real PostgreSQL server (``db_url``); articles are built by hand with
real offsets (``make_article`` in test_store) or extracted by the real spaCy pipeline.
"""
from __future__ import annotations


import pytest

import claimtrace
from claimtrace.ids import (article_key, article_revision_id, attribution_uids, entity_id,
                            normalise_name, source_uid)
from claimtrace.model import Article
from claimtrace.store import Store
from claimtrace.store.db import connect
from claimtrace.store.migrate import migrate
from claimtrace.store.rows import child_rows
from storecheck import consistency_problems
from test_store import make_article

BERG_ONE = """Ministry rejects report on border talks

The Foreign Ministry said on Tuesday that no agreement had been reached. "There is no deal on the table," Foreign Ministry spokeswoman Anna Berg told reporters in the capital. Berg added that the talks would continue next week.
"""

BERG_TWO = """Talks to resume on Monday, ministry says

Anna Berg, the ministry's spokeswoman, said the delegations would meet again on Monday. "We are ready," Ms Berg said.
"""


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as s:
        yield s


def test_ids_are_derived_from_the_data_alone():
    a = make_article("in.txt", [{"content": "x", "kind": "person", "name": "P Q", "source_text": "P Q"}],
                     url="https://e.org/1")
    b = make_article("elsewhere.txt", [{"content": "x", "kind": "person", "name": "P Q",
                                        "source_text": "P Q"}], url="https://e.org/1")
    # same key (the URL) and same text: the same revision, whatever the input was called
    assert article_revision_id(a) == article_revision_id(b)
    c = make_article("in.txt", [{"content": "y", "kind": "person", "name": "P Q", "source_text": "P Q"}],
                     url="https://e.org/1")
    assert article_revision_id(c) != article_revision_id(a)
    d = make_article("in.txt", [{"content": "x", "kind": "person", "name": "P Q", "source_text": "P Q"}],
                     url="https://e.org/2")
    assert article_key(d) == "https://e.org/2" and article_revision_id(d) != article_revision_id(a)
    rev = article_revision_id(a)
    assert source_uid(rev, a.sources[0]) != source_uid(article_revision_id(d), d.sources[0])
    assert len(set(attribution_uids(rev, a.attributions * 2))) == 2  # an exact repeat stays unique


@pytest.mark.parametrize("name, same_as", [
    ("Anna Berg", "anna berg"), ("Ms Anna Berg", "Anna Berg"), ("Ánna Bërg", "Anna Berg"),
    ("The Harbour Ledger", "Harbour Ledger"), ("Eastern Council's", "Eastern Council"),
])
def test_normalised_names_fold_case_accents_articles_and_honorifics(name, same_as):
    assert normalise_name(name) == normalise_name(same_as)


def test_entity_ids_depend_on_kind_family_and_name_only():
    assert entity_id("person", "Anna Berg") == entity_id("person", "anna  berg")
    assert entity_id("person", "Anna Berg") != entity_id("organization", "Anna Berg")
    assert entity_id("anonymous_group", "officials") is None
    assert entity_id("person", "") is None


def test_one_entity_across_articles_with_every_alias(store):
    nlp = claimtrace.load()
    one = claimtrace.extract(BERG_ONE, input="one.txt", nlp=nlp)
    two = claimtrace.extract(BERG_TWO, input="two.txt", nlp=nlp)
    assert store.save_articles([one, two]) == ["ingested", "ingested"]
    (berg,) = store.entities(name="berg", kind="person")
    assert berg["name"] == "Anna Berg"
    assert berg["attributions"] == sum(
        1 for art in (one, two) for a in art.attributions if a.speaker and a.speaker.name == "Anna Berg")
    aliases = store.entity(berg["id"])["aliases"]
    assert "Foreign Ministry spokeswoman Anna Berg" in aliases and "Berg" in aliases
    said = store.claims(entity=berg["id"])
    assert {c["title"] for c in said} == {one.title, two.title}
    assert all(c["speaker_entity"] == berg["id"] for c in said)
    assert consistency_problems(store) == []


def test_batch_upsert_is_idempotent_and_reports_each_article(store):
    arts = [make_article(f"a{i}.txt", [{"content": f"claim {i}", "kind": "person", "name": f"Speaker {i}",
                                        "source_text": f"Speaker {i}"}], url=f"https://e.org/{i}")
            for i in range(5)]
    assert store.save_articles(arts) == ["ingested"] * 5
    changed = make_article("a2.txt", [{"content": "claim two, revised", "kind": "person",
                                       "name": "Speaker 2", "source_text": "Speaker 2"}], url="https://e.org/2")
    assert store.save_articles(arts[:2] + [changed] + arts[3:]) == ["unchanged", "unchanged", "updated",
                                                                     "unchanged", "unchanged"]
    # the same article twice in one batch: the second is unchanged, not a second row
    new = make_article("n.txt", [{"content": "fresh", "kind": "person", "name": "N N", "source_text": "N N"}],
                       url="https://e.org/new")
    assert store.save_articles([new, new]) == ["ingested", "unchanged"]
    rows = store.articles()
    assert len(rows) == 6
    assert {r["revision_id"] for r in rows} == {article_revision_id(a) for a in arts[:2] + [changed] + arts[3:] + [new]}
    assert consistency_problems(store) == []


def test_a_bad_article_fails_alone_in_a_batch(store):
    good = [make_article(f"g{i}.txt", [{"content": f"fine {i}", "kind": "person", "name": "G",
                                        "source_text": "G"}], url=f"https://e.org/g{i}") for i in range(2)]
    bad = make_article("bad.txt", [{"content": "fine", "kind": "person", "name": "B", "source_text": "B"}],
                       url="https://e.org/bad")
    bad.attributions[0].modality = None  # violates NOT NULL on both backends
    out = store.save_articles([good[0], bad, good[1]], return_exceptions=True)
    assert out[0] == "ingested" and out[2] == "ingested" and isinstance(out[1], Exception)
    with pytest.raises(Exception):
        store.save_articles([bad])
    assert sorted(r["input"] for r in store.articles()) == ["g0.txt", "g1.txt"]
    assert consistency_problems(store) == []


def test_the_same_article_gets_the_same_ids_in_any_store(tmp_path, db_url):
    article = claimtrace.extract(BERG_ONE, input="one.txt")
    ids = []
    for url in (str(tmp_path / "other.db"), db_url):
        with Store.open(url) as st:
            st.save_article(article)
            ids.append((st.articles()[0]["revision_id"], sorted(c["id"] for c in st.claims()),
                        sorted(e["id"] for e in st.entities())))
    assert ids[0] == ids[1] and ids[0][1] and ids[0][2]


def _insert_version1(conn, article: Article, key: str, digest: str) -> None:
    """Write ``article`` the way version 1 of the store did (no identity columns)."""
    conn.begin()
    article_id = conn.scalar(
        "INSERT INTO articles (key, revision, is_latest, input, url, canonical_url, outlet, host, outlet_key,"
        " title, author, published, published_at, language, content_hash, boilerplate, errors, fetched_at,"
        " ingested_at, dated_at, run_id, n_sources, n_attributions) VALUES (?, 1, TRUE, ?, ?, NULL, NULL,"
        " NULL, NULL, ?, NULL, NULL, NULL, 'en', ?, '[]', '[]', NULL, '2026-01-01T00:00:00Z',"
        " '2026-01-01T00:00:00Z', NULL, ?, ?) RETURNING id",
        (key, article.input, article.url, article.title, digest, len(article.sources), len(article.attributions)))
    conn.execute("INSERT INTO article_texts (article_id, text) VALUES (?, ?)", (article_id, article.text))
    rows = child_rows(article_id, "unused", article, "2026-01-01T00:00:00Z")
    conn.executemany("INSERT INTO sources (article_id, position, source_id, kind, name, role, count, parent,"
                     " mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [r[:9] for r in rows.sources])
    conn.executemany(
        "INSERT INTO attributions (article_id, position, kind, speaker_source_id, speaker_name, speaker_kind,"
        " speaker_key, source_count, modality, hedges, via, via_names, source_spans, source_text, cue_spans,"
        " cue_text, content_spans, content_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [r[:18] for r in rows.attributions])
    conn.executemany("INSERT INTO attribution_via (article_id, position, hop, value, name, match_key)"
                     " VALUES (?, ?, ?, ?, ?, ?)", [r[:6] for r in rows.via])
    conn.commit()


def test_a_version1_store_is_migrated_to_the_same_ids_as_a_fresh_one(tmp_path, db_url):
    from claimtrace.ids import content_hash

    article = claimtrace.extract(BERG_ONE, input="one.txt")
    conn = connect(db_url)
    migrate(conn, upto=1)
    _insert_version1(conn, article, article_key(article), content_hash(article.text))
    conn.close()
    with Store.open(db_url) as old, Store.open(tmp_path / "fresh.db") as fresh:
        fresh.save_article(article)
        for st in (old, fresh):
            assert consistency_problems(st) == []
        assert old.articles()[0]["revision_id"] == fresh.articles()[0]["revision_id"] == article_revision_id(article)
        assert [c["id"] for c in old.claims()] == [c["id"] for c in fresh.claims()]
        assert [c["speaker_entity"] for c in old.claims()] == [c["speaker_entity"] for c in fresh.claims()]
        assert old.entities() and [(e["id"], e["name"]) for e in old.entities()] == \
            [(e["id"], e["name"]) for e in fresh.entities()]
        (e,) = old.entities(name="Berg")
        assert old.entity(e["id"])["aliases"] == fresh.entity(e["id"])["aliases"]
        # and the migrated store takes new saves as an upsert
        assert old.save_article(article) == "unchanged"
