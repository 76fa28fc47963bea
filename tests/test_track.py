"""`track` over a real store (SQLite file and PostgreSQL): the claim index retrieves the articles
about a claim, the shipped stance model labels them with evidence, unrelated ones stay out.
Articles are wire-style texts written for these tests, parsed by the real pipeline."""
from __future__ import annotations

import json

import claimtrace
from claimtrace.cli.main import main
from claimtrace.stance.index import candidates, index_articles, missing_ids, rebuild_index
from claimtrace.stance.track import track
from claimtrace.store import Store

CLAIM = "The government will withdraw its troops from the border by spring"

ARTICLES = {
    "confirm": ("https://example.org/confirm", "Daily Ledger", "2026-11-20T09:00:00Z",
                "Government confirms troops will leave the border by spring\n\n"
                "The government will withdraw its troops from the border by spring, Prime Minister Lena "
                "Vogel announced on Wednesday. She confirmed that the withdrawal of the troops would be "
                "complete by April."),
    "deny": ("https://example.org/deny", "Meridian", "2026-11-21T09:00:00Z",
             "Ministry denies report of troop withdrawal from border\n\n"
             "The Defence Ministry on Tuesday denied a report that the government will withdraw its troops "
             "from the border by spring. \"The report is fake and does not correspond to reality,\" ministry "
             "spokeswoman Anna Berg told reporters. She dismissed the claims as speculation."),
    "relay": ("https://example.org/relay", "Harbour Times", "2026-11-22T09:00:00Z",
              "Government may pull troops from border by spring, sources say\n\n"
              "The government could reportedly withdraw its troops from the border by spring, according to "
              "two officials who spoke on condition of anonymity. The plan has not been confirmed, and the "
              "claims could not be independently verified."),
    "elsewhere": ("https://example.org/harvest", "Farm Weekly", "2026-11-22T10:00:00Z",
                  "Wheat harvest breaks records\n\n"
                  "Farmers in the southern plains brought in a record wheat harvest this year, the agriculture "
                  "association said on Monday. Prices for flour are expected to fall."),
    "old": ("https://example.org/old", "Meridian", "2020-01-05T09:00:00Z",
            "Troops could leave the border by spring, officials say\n\n"
            "The government could withdraw its troops from the border by spring, officials said."),
}


def stored(db_url):
    store = Store.open(db_url)
    batch = []
    for name, (url, outlet, published, text) in ARTICLES.items():
        article = claimtrace.extract(text)
        article.url, article.outlet, article.published = url, outlet, published
        batch.append(article)
    for article in batch:
        store.save_article(article)
    return store




def ids_by_url(store):
    return {r["url"]: r["id"] for r in store.articles()}


def test_index_retrieves_only_articles_about_the_claim(db_url):
    with stored(db_url) as store:
        ids = ids_by_url(store)
        assert sorted(missing_ids(store)) == sorted(ids.values())
        assert index_articles(store, list(ids.values())) == len(ids)
        assert missing_ids(store) == []
        found = {c.article_id for c in candidates(store, CLAIM)}
        assert ids["https://example.org/harvest"] not in found
        assert {ids[f"https://example.org/{k}"] for k in ("confirm", "deny", "relay", "old")} <= found
        recent = {c.article_id for c in candidates(store, CLAIM, since="2026-11-01")}
        assert ids["https://example.org/old"] not in recent
        assert rebuild_index(store) == len(ids)
        assert {c.article_id for c in candidates(store, CLAIM)} == found


def test_track_labels_stances_with_evidence(db_url):
    with stored(db_url) as store:
        found = {t.url: t for t in track(store, CLAIM, since="2026-11-01")}
    assert "https://example.org/harvest" not in found and "https://example.org/old" not in found
    assert found["https://example.org/deny"].evidence
    relay = found["https://example.org/relay"]
    assert relay.stance == "relays"
    # the ministry and its spokeswoman deny the claim on the record: the article denies on their word
    deny = found["https://example.org/deny"]
    assert (deny.stance, deny.on_word_of) == ("denies", ["Anna Berg", "Defence Ministry"])
    assert found["https://example.org/confirm"].stance == "confirms"
    assert all(t.evidence and t.outlet and t.date for t in found.values())


def test_track_cli(tmp_path, capsys):
    db = str(tmp_path / "store.db")
    stored(db).close()
    assert main(["track", CLAIM, "--db", db, "--format", "json", "--since", "2026-11-01"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["url"] for r in rows} == {f"https://example.org/{k}" for k in ("confirm", "deny", "relay")}
    assert all(r["evidence"] and r["evidence"][0]["sentence"] for r in rows)
    assert main(["track", "", "--db", db]) == 2
    assert main(["track", CLAIM, "--db", db, "--since", "yesterday-ish"]) == 2
    assert main(["track", CLAIM, "--db", str(tmp_path / "absent.db")]) == 1
