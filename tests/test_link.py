"""Linking articles into stories on real stores (SQLite file and PostgreSQL) with the real model.

The corpus (tests/data/lookalike/articles.jsonl, gold labels in gold.json) is wire-style text
written for these tests: one agency exclusive with its relays, wire copies, a re-post with a new
intro, an excerpt, a rewrite that drops the hedge, a denial and a comment; the same officials'
new exclusive a month later; an unrelated statement by the same spokeswoman the same week; a rate
decision covered independently by three outlets and the governor's testimony four days later;
two wildfires in one region with the same fire chief.
"""
from __future__ import annotations

import dataclasses
import math
import json
from collections import defaultdict
from pathlib import Path

import pytest

from claimtrace.ids import article_revision_id
from claimtrace.link import get_story, link, link_articles, stories
from claimtrace.link.features import features_of
from claimtrace.link.linker import clear
from claimtrace.link.provenance import provenance_of
from claimtrace.link.stories import build_story
from claimtrace.link.similarity import OTHER_PLACE_PENALTY, LinkFacts, decide, story_score
from claimtrace.model import Article, Document
from claimtrace.store import Store
from inprocess import cli

DATA = Path(__file__).parent / "data" / "lookalike"


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    from claimtrace.api import extract_documents

    docs = []
    for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        docs.append(Document(input=r["url"], text=r["text"], title=r["title"], url=r["url"],
                             outlet=r["outlet"], published=r["published"]))
    return list(extract_documents(docs))


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((DATA / "gold.json").read_text(encoding="utf-8"))


def partition(found) -> dict[str, frozenset]:
    """story id -> the urls of its articles."""
    return {s.id: frozenset(a.url for a in s.articles) for s in found}


def gold_partition(gold: dict) -> set[frozenset]:
    groups = defaultdict(set)
    for url, g in gold.items():
        groups[g["story"]].add(url)
    return {frozenset(v) for v in groups.values()}


def test_stories_follow_the_report_not_the_topic(db_url, corpus, gold):
    with Store.open(db_url) as store:
        store.save_articles(corpus)
        summary = link(store)
        found = stories(store)
    assert summary.linked == len(corpus)
    assert set(partition(found).values()) == gold_partition(gold)
    for story in found:
        expected = gold[story.articles[0].url]
        assert story.origins == expected["origins"], story.title
        assert story.independent_reports == expected["reports"], story.title


def test_two_halves_give_the_same_stories_as_at_once(db_url, corpus):
    # the same overall order the linker follows (date, then revision id), split into two runs;
    # the split falls inside a story, so the second run joins articles to stories of the first
    ordered = sorted(corpus, key=lambda a: (a.published, article_revision_id(a)))
    first, second = ordered[:len(ordered) // 2], ordered[len(ordered) // 2:]
    with Store.open(db_url) as store:
        store.save_articles(first)
        link_articles(store, [article_revision_id(a) for a in first])
        store.save_articles(second)
        link_articles(store, [article_revision_id(a) for a in second])
        halves = partition(stories(store))
        roles = {a.url: a.role for s in stories(store) for a in s.articles}
        rebuilt = link(store, rebuild=True)
        at_once = partition(stories(store))
        roles_at_once = {a.url: a.role for s in stories(store) for a in s.articles}
    assert rebuilt.linked == len(corpus)
    assert halves == at_once          # same ids, same members
    assert roles == roles_at_once
    assert len(at_once) > 1


def test_provenance_of_an_exclusive_and_its_reprints(db_url, corpus, gold):
    with Store.open(db_url) as store:
        store.save_articles(corpus)
        link(store)
        [story] = stories(store, actor="Lena Vos")      # the opposition leader speaks in one story
        again = get_story(store, story.id)
    assert again == story
    by_url = {a.url: a for a in story.articles}
    assert {u: a.role for u, a in by_url.items()} == {u: gold[u]["role"] for u in by_url}
    copies = [a for a in story.articles if a.role == "copy"]
    assert copies and all(a.copy_of in {b.revision_id for b in story.articles} for a in copies)
    # the denial's own source ("told Meridian") makes a second independent report, not the reprints
    assert story.independent_reports == 2
    assert story.origins == ["Harbour Times"]
    hedged = [g for g in story.claims if "hedge_dropped" in g.flags]
    assert hedged and all(g.modality == "hedged" for g in hedged)
    # the ministry spokeswoman's on-record denial is paired with the exclusive's claim (stance.denials)
    assert any("Anna Berg" in g.denied_by for g in story.claims)
    # ... and flagged as a contradiction between the exclusive's claim and her denial
    denied = {g.id for g in story.claims if g.denied_by}
    assert any(c["kind"] == "denial" and c["claim_a"] in denied for c in story.contradictions)
    assert story.first_seen <= story.last_seen
    # claims --story ID --contested: exactly the groups someone on record denies
    code, out, err = cli("claims", "--story", story.id, "--contested", "--db", db_url, "--format", "json")
    contested = json.loads(out)
    assert code == 0, err
    assert [c["text"] for c in contested] == [g.text for g in story.claims if g.denied_by]
    assert contested and all(c["denied_by"] for c in contested)
    assert cli("claims", "--contested", "--db", db_url)[0] == 2   # --contested needs a story


def test_filters_and_cli(db_url, corpus):
    with Store.open(db_url) as store:
        store.save_articles(corpus)
    code, out, err = cli("link", "--db", db_url, "--format", "json")
    assert code == 0, err
    assert json.loads(out)[0]["linked"] == len(corpus)
    code, out, _ = cli("stories", "--db", db_url, "--format", "json", "--outlet", "northerntribune")
    listed = json.loads(out)
    assert code == 0 and listed
    assert all(any("northerntribune" in (a["url"] or "") for a in s["articles"]) for s in listed)
    assert [s["last_seen"] for s in listed] == sorted((s["last_seen"] for s in listed), reverse=True)
    code, out, _ = cli("stories", "--db", db_url, "--format", "json", "--since", "2026-07-01")
    assert {s["title"] for s in json.loads(out)} and all(s["last_seen"] >= "2026-07-01" for s in json.loads(out))
    story_id = listed[0]["id"]
    code, out, _ = cli("story", story_id, "--db", db_url, "--format", "json")
    story = json.loads(out)
    assert code == 0 and story["id"] == story_id
    assert set(story) >= {"id", "title", "first_seen", "last_seen", "articles", "origins",
                          "independent_reports", "claims"}
    assert set(story["articles"][0]) >= {"input", "url", "outlet", "published", "role"}
    code, out, _ = cli("claims", "--story", story_id, "--db", db_url, "--format", "json")
    assert code == 0 and [c["text"] for c in json.loads(out)] == [c["text"] for c in story["claims"]]
    code, _, err = cli("story", "st-none", "--db", db_url)
    assert code == 1 and "no story" in err


def facts(text: str, day: int, i: str) -> LinkFacts:
    return LinkFacts(i, day, None, features_of(Article(input=i, text=text)))


WIRE = ("Port workers in Calder walked out on Friday over a pay offer of 3.5 percent, stopping all "
        "container traffic at the country's largest harbour, union leader Ivo Marsh said. The strike "
        "would last 48 hours unless the Calder Port Authority raised its offer, Marsh told a rally of "
        "about 2,000 dockers. The authority said 14 ships were waiting to unload and called the "
        "walkout illegal under the 2019 ports act.")


def test_copy_with_new_intro_is_a_copy_and_a_later_event_is_not_the_story():
    copy = "Shipping in the north ground to a halt this weekend. " + WIRE.replace("on Friday", "on Friday,")
    rewrite = ("Dockers led by Ivo Marsh stopped work at Calder harbour over a 3.5 percent pay offer; "
               "14 ships are stuck and the port authority calls the strike illegal.")
    # the same union leader, days later, on something else
    later = ("Ivo Marsh, the dockers' union leader, said on Tuesday that his members would back "
             "Greta Olin in next month's mayoral election in Calder, praising her plan to build "
             "1,500 council homes near the old shipyard.")
    a, b, c, d = facts(WIRE, 100, "a"), facts(copy, 100, "b"), facts(rewrite, 100, "c"), facts(later, 104, "d")
    assert decide(a, b) == "copy" and decide(b, a) == "copy"
    assert decide(a, c) == "story"
    assert decide(a, d) is None and decide(c, d) is None
    # the same copy a season later is not linked at all
    assert decide(a, facts(copy, 200, "e")) is None


def test_pair_model_ships_and_scores_symmetrically():
    from claimtrace.link.pair_model import FEATURES, load_model
    from claimtrace.link.similarity import STORY_THRESHOLD, story_match, story_score

    assert len(load_model().coef) == len(FEATURES)
    rewrite = ("Dockers led by Ivo Marsh stopped work at Calder harbour over a 3.5 percent pay offer; "
               "14 ships are stuck and the port authority calls the strike illegal.")
    a, c = facts(WIRE, 100, "a"), facts(rewrite, 101, "c")
    assert story_score(a, c) == story_score(c, a) > STORY_THRESHOLD
    # the same rewrite a week later needs far more evidence than the same day
    assert story_score(a, facts(rewrite, 107, "e")) < story_score(a, c)
    # average linkage: one loose match to a five-article story is not enough to join it
    assert story_match([story_score(a, c)], 1) >= STORY_THRESHOLD
    assert story_match([0.3], 5) < STORY_THRESHOLD


FIRE = ("A wildfire near Hollin Ridge forced 600 residents from their homes on Friday as dry winds pushed "
        "the flames towards the valley road, fire chief Mara Senn said. Two water bombers were grounded "
        "by smoke and crews from three districts dug breaks overnight.")


def test_a_bridge_merges_two_halves_of_a_story_only_when_their_members_match():
    from claimtrace.link.similarity import MERGE_CROSS_THRESHOLD, STORY_THRESHOLD, cross_match, stories_to_join

    rewrite = ("Dockers led by Ivo Marsh stopped work at Calder harbour over a 3.5 percent pay offer; "
               "14 ships are stuck and the port authority calls the strike illegal.")
    wire, retold, fire = facts(WIRE, 100, "a"), facts(rewrite, 100, "c"), facts(FIRE, 100, "f")
    # what a new article scored against the candidates of three stories: two halves of the strike
    # story and the fire, which it also matches well (say, a round-up of the day's news)
    scored = {"strike": [(0.9, wire)], "strike-too": [(0.7, retold)], "fire": [(0.7, fire)]}

    def cross(x, y):
        return cross_match(scored[x], scored[y])

    assert cross("strike", "strike-too") >= MERGE_CROSS_THRESHOLD > cross("strike", "fire")
    match = {"strike": 0.9, "strike-too": 0.7, "fire": 0.7}
    # it joins the best story and merges the other half, not the fire its members do not match
    assert stories_to_join(match, set(), cross) == ["strike", "strike-too"]
    # a story holding a copy of it comes first, whatever the averages; nothing else above threshold
    assert stories_to_join({"strike": 0.9, "fire": 0.1}, {"fire"}, cross)[0] == "fire"
    assert stories_to_join({"strike": STORY_THRESHOLD / 2}, set(), cross) == []


def test_an_undated_article_is_not_kept_apart_by_the_day_it_was_stored(db_url, corpus):
    # the Harbour Times exclusive (dated March) and the Meridian relay of it, stored without a date:
    # its stored date is today's, months later, which says nothing about when the event happened
    exclusive = next(a for a in corpus if a.url == "https://harbourtimes.example/2026-03-02/a1")
    relay = next(a for a in corpus if a.url == "https://meridian-news.example/2026-03-02/a2")
    undated = dataclasses.replace(relay, published=None)
    # the undated one stored and linked first: the dated one's window (March) must still reach it;
    # then both linked again at once (the dated one first, by date)
    for rebuild in (False, True):
        with Store.open(db_url) as store:
            if rebuild:
                clear(store)
            for article in (undated, exclusive):
                store.save_articles([article])
                link(store)
            found = stories(store)
        assert [sorted(a.url for a in s.articles) for s in found] == [sorted([exclusive.url, relay.url])]
        assert {a.url: a.role for a in found[0].articles} == {exclusive.url: "original", relay.url: "relay"}


def test_a_short_outlet_reference_is_the_outlet_named_in_full():
    from claimtrace.api import extract_documents

    relayed, own = extract_documents([
        Document(input="a", outlet="Meridian", text=(
            "ARVEN (Meridian) - The defence ministry plans to scrap half of its tank fleet, the Brenholt "
            "Post reported on Tuesday, citing two officials who have seen the review.\n\n"
            "Opposition spokesman Leon Brandt told the Post that his party would demand a debate.")),
        Document(input="b", outlet="Harbour Ledger", text=(
            "Two officials told the Ledger on Monday that the talks on the port lease had stalled."))])
    assert provenance_of(relayed, "Meridian").relays == ["Brenholt Post"]
    # the article's own outlet, referred to by its last word, is not a relayed report
    assert provenance_of(own, "Harbour Ledger").relays == []


def linked_stories(db_url: str, articles: list) -> list:
    """The stories of these extracted articles, saved and linked in the store at ``db_url``."""
    with Store.open(db_url) as store:
        store.save_articles(articles)
        link(store)
        return stories(store)


def dated_article(host: str, outlet: str, published: str, title: str, body: str) -> Document:
    """An article of ``outlet`` at ``https://HOST/a`` with its headline as the first line."""
    return Document(input=host, url=f"https://{host}/a", outlet=outlet, published=published, title=title,
                    text=f"{title}\n\n{body}")


def test_an_own_report_that_mentions_a_rivals_is_an_original_and_both_are_origins(db_url):
    from claimtrace.api import extract_documents

    own, relay, denial = extract_documents([
        dated_article("meridian.example", "Meridian", "2026-03-02", "Halvard prepares bid for Norcrest",
                      "STOCKHOLM (Meridian) - Halvard Foods is preparing a $4.2 billion takeover offer for its rival "
                      "Norcrest, three people familiar with the matter told Meridian on Monday.\n\n"
                      "The Sunday Ledger reported that a private equity firm had also looked at Norcrest, citing a "
                      "person close to the firm."),
        dated_article("courier.example", "Daily Courier", "2026-03-02", "Halvard eyes $4.2 billion Norcrest bid",
                      "Halvard Foods is preparing a $4.2 billion takeover offer for its rival Norcrest, according to "
                      "a report on Monday that cited three people familiar with the matter.\n\n"
                      "Meridian reported that the Halvard board had approved the plan."),
        dated_article("post.example", "Coastal Post", "2026-03-03", "Norcrest dismisses Halvard bid report",
                      "Norcrest on Tuesday dismissed a Meridian report that Halvard Foods was preparing a $4.2 billion "
                      "takeover offer for the company.\n\n"
                      "\"We are not for sale,\" chief executive Daniel Okafor told the Coastal Post.")])
    assert provenance_of(own, "Meridian").lead_relay is False
    # in the store Meridian is a known outlet: the relay's lead speaks of "a report", the denial's
    # names "a Meridian report"
    [story] = linked_stories(db_url, [own, relay, denial])
    roles = {a.url.split("/")[2]: a.role for a in story.articles}
    assert roles == {"meridian.example": "original", "courier.example": "relay", "post.example": "relay"}
    assert story.origins == ["Meridian", "Sunday Ledger"]
    # Meridian's report, the Ledger's, and the Post's own on-record source
    assert story.independent_reports == 3
    with Store.open(db_url) as store:  # a row linked before store version 7: the older rule
        store.conn.execute("UPDATE link_articles SET lead_relay = NULL WHERE revision_id = ?",
                           (article_revision_id(own),))
        old = build_story(store, store.conn.one("SELECT * FROM stories WHERE id = ?", (story.id,)))
    assert {a.url.split("/")[2]: a.role for a in old.articles}["meridian.example"] == "relay"


def test_an_outlet_that_only_relays_is_no_origin_though_another_member_cites_it(db_url):
    from claimtrace.api import extract_documents

    [story] = linked_stories(db_url, extract_documents([
        dated_article("spectator.example", "Kalmora Spectator", "2026-05-11", "Ostrevia plans food VAT rise",
                      "Ostrevia plans to raise value-added tax on food from 6% to 10% next year, three officials "
                      "involved in drafting the budget told the Kalmora Spectator."),
        dated_article("lodestar.example", "Lodestar", "2026-05-11", "Ostrevia to raise food VAT - Spectator",
                      "KALMORA (Lodestar) - Ostrevia plans to raise value-added tax on food from 6% to 10% next year, "
                      "the Kalmora Spectator reported on Monday, citing three officials."),
        dated_article("echo.example", "Wyndle Echo", "2026-05-12", "Grocers fear food VAT rise",
                      "Ostrevia plans to raise value-added tax on food from 6% to 10% next year, the Kalmora Spectator "
                      "reported on Monday. The deputy finance minister told Lodestar that no decision had been taken "
                      "on VAT rates.")]))
    # the store knows both outlets: the Echo relays the Spectator and cites "told Lodestar"
    assert sorted({a.outlet: a.relays for a in story.articles}["Wyndle Echo"]) == ["Kalmora Spectator", "Lodestar"]
    assert story.origins == ["Kalmora Spectator"]  # Lodestar's own article relays the Spectator


@pytest.mark.parametrize("lead, relays, own", [
    # a closing reporting clause the parser read as a reduced relative on "agency"
    ("The government has approved a wind farm off the west coast, the Lodestar agency reported on Wednesday, quoting "
     "Energy Minister Halvard Kesteven.", ["Lodestar"], False),
    # a refusal to answer the outlet is no source of its own
    ("Tevalink is selling its towers, the Lodestar agency reported on Monday, citing two people familiar with the "
     "talks. Tevalink declined to comment when asked by the Kalmora Spectator.", ["Lodestar"], False),
    # nor is one that leaves the asking out of what was (not) said
    ("Tevalink is selling its towers, the Lodestar agency reported on Monday, citing two people familiar with the "
     "talks. Its chairman, Osric Pellew, would neither confirm nor deny that talks were under way when asked by the "
     "Kalmora Spectator.", ["Lodestar"], False),
    # an answer given to the outlet is
    ("Tevalink is selling its towers, the Lodestar agency reported on Monday, citing two people familiar with the "
     "talks. Its chairman, Osric Pellew, told the Kalmora Spectator that no sale had been agreed.", ["Lodestar"], True),
    # so is one who says in the lead that it is not so, then tells the outlet more in other words
    ("Former national coach Audley Cavendel said on Tuesday that nobody from Halbrook Rovers had contacted him about "
     "the coaching job, after a newspaper report said the club had sounded him out.\n\n\"We never spoke, not once, "
     "not through my agent,\" Cavendel told the Kalmora Spectator.", [], True),
    # an outlet-sounding company that denies something relays nothing
    ("Vardenian Post plans to sell its parcels arm Varpak, the Lodestar agency reported on Monday, citing two people "
     "familiar with the talks. The agency had reported a plan to close 310 branches, which Vardenian Post denied.",
     ["Lodestar"], False),
])
def test_relays_of_an_agency_and_what_counts_as_an_own_source(lead, relays, own):
    from claimtrace.api import extract_documents

    [article] = extract_documents([Document(input="a", outlet="Kalmora Spectator",
                                            text="Towers and turbines\n\n" + lead)])
    found = provenance_of(article)
    assert (found.relays, found.lead_relay, found.own_sources) == (relays, True, own)


def test_a_publisher_the_store_knows_is_an_outlet_when_another_article_relays_it(db_url):
    from claimtrace.api import extract_documents

    exclusive, relay = extract_documents([
        dated_article("lamplighter.example", "The Lamplighter", "2026-06-08",
                      "Ministry plans to merge Kestle hospitals",
                      "Quillmark's Health Ministry plans to merge Kestle's two hospitals and close a maternity unit, "
                      "according to a ministry paper seen by The Lamplighter."),
        dated_article("tolbooth.example", "Tolbooth", "2026-06-08", "No decision on Kestle hospitals, minister says",
                      "DORNHAVEN (Tolbooth) - Quillmark's Health Ministry plans to merge Kestle's two hospitals and "
                      "close a maternity unit, The Lamplighter reported on Monday, citing a ministry paper.")])
    # a name that reported, citing a paper, is an outlet's even alone; the store knows it too
    assert provenance_of(relay, "Tolbooth").relays == ["Lamplighter"]
    [story] = linked_stories(db_url, [exclusive, relay])
    roles = {a.outlet: a.role for a in story.articles}
    assert roles == {"The Lamplighter": "original", "Tolbooth": "relay"} and story.origins == ["The Lamplighter"]


def test_average_linkage_and_the_region_it_runs_over():
    import numpy as np

    from claimtrace.link.similarity import average_linkage, region_stories

    # two tight pairs that match each other at 0.3 on average: one story at 0.25, two at 0.35
    p = np.array([[1.0, 0.9, 0.3, 0.3], [0.9, 1.0, 0.3, 0.3], [0.3, 0.3, 1.0, 0.8], [0.3, 0.3, 0.8, 1.0]])
    assert len(set(average_linkage(p, 0.25))) == 1
    labels = average_linkage(p, 0.35)
    assert labels[0] == labels[1] != labels[2] == labels[3]
    # the article's story first, then the stories it matches enough, best first, within the cap
    match = {"a": 0.9, "b": 0.05, "c": 0.5, "d": 0.4}
    sizes = {"a": 10, "b": 1, "c": 25, "d": 3}
    assert region_stories("a", match, sizes, gate=0.1, cap=40) == ["a", "c", "d"]
    assert region_stories("a", match, sizes, gate=0.1, cap=20) == ["a", "d"]
    assert region_stories("a", match, {**sizes, "a": 41}, gate=0.1, cap=40) == []


def test_reclustering_merges_a_story_split_in_two_and_drops_the_half_merged_away(db_url, corpus):
    from claimtrace.link.linker import BatchCache, recluster, story_id_for

    with Store.open(db_url) as store:
        store.save_articles(corpus)
        link(store)
        before = partition(stories(store))
        conn = store.conn
        big = conn.one("SELECT id FROM stories ORDER BY n_articles DESC, id LIMIT 1")["id"]
        late = [r["revision_id"] for r in conn.all(
            "SELECT revision_id FROM link_articles WHERE story_id = ? ORDER BY dated_at DESC, revision_id DESC"
            " LIMIT 2", (big,))]
        half = story_id_for(late[1])      # the earlier of the two founds the later half
        # split the story by hand, as streaming may: the later half under its own id and summary
        conn.begin()
        conn.execute("UPDATE link_articles SET story_id = ? WHERE revision_id IN (?, ?)", [half] + late)
        conn.execute("UPDATE stories SET n_articles = n_articles - 2 WHERE id = ?", (big,))
        conn.execute("INSERT INTO stories (id, founder, title, first_seen, last_seen, n_articles, updated_at)"
                     " VALUES (?, ?, 't', '2026', '2026', 2, '2026')", (half, late[1]))
        conn.execute("INSERT INTO story_summaries (story_id, members_key, story, facts, built_at)"
                     " VALUES (?, 'k', '{}', '{}', '2026')", (half,))
        conn.commit()
        assert len(partition(stories(store))) == len(before) + 1
        conn.begin()
        cache = BatchCache()
        recluster(conn, [big, half], cache)
        conn.commit()
        assert cache.restructured == {big}   # its summary is stale now; the half's is gone
        after = partition(stories(store))
        assert conn.scalar("SELECT COUNT(*) AS n FROM story_summaries WHERE story_id = ?", (half,)) == 0
        assert conn.scalar("SELECT COUNT(*) AS n FROM stories WHERE id = ?", (half,)) == 0
        sizes = {r["id"]: r["n_articles"] for r in conn.all("SELECT id, n_articles FROM stories")}
    assert after == before
    assert sizes == {sid: len(urls) for sid, urls in after.items()}


def test_a_translated_relay_and_a_lead_that_relays_an_unnamed_paper_are_relays():
    from claimtrace.api import extract_documents

    translated, reaction, own = extract_documents([
        Document(input="a", outlet="Kessel Courier", text=(
            "The Orvik company Lantz Freight is to buy the stake of 49 percent which the state holds in the "
            "carrier Norrail, as writes the Estland newspaper Harbour Ledger with reference to three "
            "officials. The minister supports the sale, informs the newspaper.")),
        Document(input="b", outlet="Baltrow Gazette", text=(
            "Local leaders in the railway town of Hollin said on Wednesday they feared for hundreds of jobs "
            "after a newspaper reported that the government wants to sell its stake in Norrail.\n\n"
            "About 900 people work at the Norrail depot in Hollin, the mayor said.")),
        Document(input="c", outlet="Baltrow Gazette", text=(
            "Local leaders in the railway town of Hollin said on Wednesday they feared for hundreds of jobs "
            "at the Norrail depot as the carrier prepares to close two workshops.\n\n"
            "A newspaper reported last year that the depot was losing money."))])
    assert provenance_of(translated).relays == ["Harbour Ledger"] and provenance_of(translated).lead_relay
    # no outlet is named, but the lead relays a report: a relay, with no origin to add
    assert provenance_of(reaction).relays == [] and provenance_of(reaction).lead_relay
    # a report mentioned below the lead does not make an own story a relay
    assert not provenance_of(own).lead_relay


def test_a_lead_according_to_an_unnamed_report_relays_it():
    from claimtrace.api import extract_documents

    relay, agency, own = extract_documents([
        Document(input="a", outlet="Ravenbrook Radio", text=(
            "Signals on the Gaultby line were left unchecked for two years, rail inspectors have found, according "
            "to a report on Monday.\n\nThe operator has 40 trains on the line.")),
        Document(input="c", outlet="Ravenbrook Radio", text=(
            "Signals on the Gaultby line were left unchecked for two years, according to a news agency report "
            "published on Tuesday.\n\nThe operator has 40 trains on the line.")),
        Document(input="b", outlet="Ravenbrook Radio", text=(
            "Signals on the Gaultby line were left unchecked for two years, according to a report by the rail "
            "inspectorate seen by Ravenbrook Radio.\n\nThe operator has 40 trains on the line."))])
    assert (provenance_of(relay).relays, provenance_of(relay).lead_relay) == ([], True)
    assert provenance_of(agency).lead_relay
    assert not provenance_of(own).lead_relay


def test_a_relay_that_names_its_source_only_further_down():
    """An unsourced lead whose only sourcing is another outlet's report in the fourth paragraph, a story
    "first reported by" another outlet, and "after a television report said" relay; an own report that
    mentions a rival's further down does not."""
    from claimtrace.api import extract_documents

    body = "\n\nThe cable is scanned every year.\n\nThe lift has 40 cabins.\n\n"
    lower, first, television, own = extract_documents([
        Document(input="a", outlet="Kestrel TV", text=(
            "Bottles sold as Sorrowmere wine may contain wine shipped in bulk from abroad, raising questions over the "
            f"label.{body}The agency Tavistrel reported on Tuesday that the cooperative had blended imported wine into "
            "its bottles, citing shipping records.")),
        Document(input="b", outlet="Fellmouth Courier", text=(
            "The main cable of the Kalderby gondola was not given its yearly magnetic test in November, although the "
            f"test is required before each season.{body}The gap was first reported on Tuesday by Kestrel TV, which "
            "cited inspection records.")),
        Document(input="c", outlet="Fellmouth Courier", text=(
            "Pellmoor Lifts' spokeswoman said on Tuesday that the Kalderby gondola's main cable had been tested in "
            "November, after a television report said the company had skipped the check.\n\nThe lift has 40 "
            "cabins.")),
        Document(input="d", outlet="Fellmouth Courier", text=(
            "Pellmoor Lifts skipped the yearly test of the Kalderby gondola's main cable, two inspectors told the "
            f"Fellmouth Courier on Tuesday.{body}Kestrel TV reported last year that the lift's motor was old.")),
    ])
    assert [provenance_of(a).lead_relay for a in (lower, first, television)] == [True, True, True]
    assert provenance_of(lower).relays == ["Tavistrel"] and provenance_of(first).relays == ["Kestrel TV"]
    assert not provenance_of(own).lead_relay and provenance_of(own).own_sources


def test_anonymous_people_in_a_lead_nobody_told_the_outlet_are_the_relayed_reports():
    """"..., engineers who inspected the bridge have said." then "..., The Lampkin reported.": the
    engineers spoke to the paper, not to this site; so does "was broadcast on Thursday morning by"."""
    from claimtrace.api import extract_documents

    engineers, broadcast, own = extract_documents([Document(input=i, outlet="Quernford Online", text=t) for i, t in (
        ("a", "The cracks that closed the Brindlow Bridge were visible as early as 2024, engineers who inspected the "
              "bridge have said.\n\nThe engineers warned the transport ministry that the girders were corroding, "
              "The Lampkin reported."),
        ("b", "Island councillors demanded on Thursday that the ferry Harrow Star be kept in port, after crew members "
              "said it had sailed for three weeks with a broken lifeboat winch.\n\nThe crew members' account was "
              "broadcast on Thursday morning by Radio Ombrey, which said the winch jammed during a drill."),
        ("c", "The cracks that closed the Brindlow Bridge were visible as early as 2024, engineers who inspected the "
              "bridge told Quernford Online.\n\nThe Lampkin reported last year that the girders were corroding."))])
    assert (provenance_of(engineers).relays, provenance_of(engineers).lead_relay) == (["Lampkin"], True)
    assert (provenance_of(broadcast).relays, provenance_of(broadcast).lead_relay) == (["Radio Ombrey"], True)
    assert not provenance_of(own).lead_relay and provenance_of(own).own_sources


def test_an_outlet_recalling_its_own_earlier_report_adds_no_source_of_its_own():
    from claimtrace.api import extract_documents

    recalled, learned = extract_documents([Document(input=i, outlet="Fellmouth Courier", text=(
        "Skiers will be able to ride the Kalderby gondola again from Saturday, the agency Tavistrel reported on "
        f"Friday, quoting the lift's operator.\n\n{later}")) for i, later in (
            ("a", "The Courier reported on Tuesday that hotel bookings in the resort had fallen."),
            ("b", "The Courier has learned that the new motor was bought from a rival of the operator."))])
    assert not provenance_of(recalled).own_sources
    assert provenance_of(learned).own_sources


def test_a_month_inside_a_quote_told_to_the_outlet_dates_what_was_said_not_the_telling():
    from claimtrace.link.recalled import recalls_an_earlier_time

    quote = ("\"That is not true. He is our coach today and he will be our coach at the championship in June,\" "
             "the federation's president told Vexbridge Television.")
    assert not recalls_an_earlier_time(quote, "2029-09-17T18:00:00Z", quote.index("Vexbridge"))
    said = "In June the federation's president told Vexbridge Television that the coach would stay."
    assert recalls_an_earlier_time(said, "2029-09-17T18:00:00Z", said.index("Vexbridge"))
    # (so is "last month" inside the quote, and outside it the sentence recalls an earlier time)
    ago = '"We took on 60 apprentices last month and every line is booked," the director told Radio Ambry.'
    assert not recalls_an_earlier_time(ago, "2029-09-17T18:00:00Z", ago.index("Radio"))
    told = "Last month the director told Radio Ambry that every line was booked."
    assert recalls_an_earlier_time(told, "2029-09-17T18:00:00Z", told.index("Radio"))
    _, found = provenance_of_dated(
        "vexbridge.example", "Vexbridge Television", "2029-09-17", "Federation president says coach stays",
        "STELLMOOR - The president of the Orsavian Basketball Federation said on Monday that Elidir Farquhar would "
        "remain national coach, after The Cobbleford Post reported that the board had voted to dismiss him.\n\n"
        + quote.replace("the federation's president", "Jenifry Oakhampton"))
    assert found.own_sources and found.relays == ["Cobbleford Post"]


def test_a_day_in_a_quote_told_to_the_outlet_recalls_nothing_a_report_weeks_before_does():
    """'"... as shocked as everyone else on February 9," Thistlemore told The Morningwold' in an article of
    February 19: the day dates the shock, the telling is the outlet's own source; "Radio Kessock reported on
    February 2 that ..." recalls an earlier report (more than a week before), "... on February 17" relays it."""
    from claimtrace.api import extract_documents

    told, recalled, recent = extract_documents([Document(input=i, outlet="The Morningwold",
                                                         published="2026-02-19T11:20:00Z", text=(
        "A worker at Hadderwick Print sold the exam paper to a tutoring firm, according to a radio report on "
        f"Thursday.\n\n{later}")) for i, later in (
            ("a", "\"Our tutoring firm never bought an exam paper. Our teachers were as shocked as everyone else on "
                  "February 9,\" Brightstep's owner Thaddeo Thistlemore told The Morningwold."),
            ("b", "Radio Kessock reported on February 2 that the tutoring firm had bought exam papers before."),
            ("c", "Radio Kessock reported on February 17 that the tutoring firm had bought exam papers before."))])
    assert provenance_of(told).own_sources
    assert provenance_of(recalled).relays == []
    assert provenance_of(recent).relays == ["Radio Kessock"]


def test_a_lead_that_says_it_emerged_relays_what_others_found():
    """"..., it emerged on Wednesday": the article knows it from somewhere it does not name."""
    from claimtrace.api import extract_documents

    emerged, own = extract_documents([
        Document(input="a", outlet="Baltrow Gazette", text=(
            "Norrail paid 2 million crowns to the hackers who stole its customer files, it emerged on "
            "Wednesday.\n\nThe carrier has 4 million customers.")),
        Document(input="b", outlet="Baltrow Gazette", text=(
            "Norrail paid 2 million crowns to the hackers who stole its customer files, two people familiar "
            "with the matter told the Baltrow Gazette.\n\nIt emerged last year that the carrier had been "
            "warned."))])
    assert (provenance_of(emerged).relays, provenance_of(emerged).lead_relay) == ([], True)
    assert not provenance_of(own).lead_relay


def test_one_agency_filing_from_two_places_on_one_day_tells_two_stories():
    estmark = ("VELLIN (Castell) - Estmark sold 4 billion crowns of 10-year bonds on Tuesday, drawing bids "
               "worth 2.5 times the amount on offer, finance minister Oskar Lind said. Demand from pension "
               "funds was strong, the debt office said, and the yield fell to 3.1 percent from 3.4 percent.")
    ruvenia = ("KALTZ (Castell) - Ruvenia sold only 2.5 billion thalers of five-year bonds on Tuesday, short "
               "of the 3 billion it had offered, as investors shied away after a downgrade, the treasury said. "
               "The yield rose to 6.2 percent, finance minister Teodor Mik told reporters.")

    def wire(text: str, outlet) -> LinkFacts:
        return LinkFacts(text[:6], 100, outlet, features_of(Article(input=text[:6], text=text, outlet=outlet)))

    a, b = wire(estmark, "Castell"), wire(ruvenia, "Castell")
    assert (a.features.place, b.features.place) == ("vellin", "kaltz")
    apart = story_score(a, b)
    # the same texts, but the second of unknown origin: two datelines say nothing then
    unknown = story_score(a, dataclasses.replace(b, outlet=None))
    logit = lambda p: math.log(p / (1 - p))  # noqa: E731
    assert logit(unknown) - logit(apart) == pytest.approx(OTHER_PLACE_PENALTY)


def test_another_outlets_own_report_days_later_is_a_new_story_its_relay_and_next_days_coverage_are_not():
    # two days after the strike, another paper's exclusive on the same dispute: a new report
    exclusive = ("The Calder Port Authority hired replacement crews from abroad days before the dockers' strike, "
                 "according to documents seen by the Harbour Ledger. Union leader Ivo Marsh said the 48-hour "
                 "walkout over the 3.5 percent pay offer had been the workers' last resort and that the hiring "
                 "was illegal under the 2019 ports act. The authority did not answer questions about the crews.")

    def filed(text: str, day: int, outlet: str, relays=()) -> LinkFacts:
        return LinkFacts(f"{outlet}-{day}", day, outlet, features_of(Article(input=outlet, text=text, outlet=outlet)),
                         list(relays))

    strike = filed(WIRE, 100, "Castell")
    assert decide(strike, filed(exclusive, 102, "Harbour Ledger")) is None
    # the same text on the strike's day or the next: another outlet's own coverage of the same event
    assert decide(strike, filed(exclusive, 100, "Harbour Ledger")) == "story"
    assert decide(strike, filed(exclusive, 101, "Harbour Ledger")) == "story"
    # a relay of the exclusive two days after it is the exclusive's story
    assert decide(filed(exclusive, 102, "Harbour Ledger"), filed(exclusive, 104, "Castell", ["Harbour Ledger"])) \
        is not None


def test_a_company_named_like_a_paper_is_not_a_relayed_report():
    from claimtrace.api import extract_documents

    own, relay = extract_documents([
        Document(input="a", outlet="Orlisk Chronicle", text=(
            "Vardenian Post, the state-owned postal company, plans to close 310 of its branches, according to "
            "a draft board paper seen by the Orlisk Chronicle.\n\n"
            "Vardenian Post declined to comment on what it called internal documents.")),
        Document(input="b", outlet="Lakeshore Times", text=(
            "Karsten Minerals plans to close its Dunmore zinc mine, putting 720 jobs at risk, the Hollins Record "
            "reported on Wednesday, citing two senior managers.\n\n"
            "A union official told the agency the workers had not been consulted."))])
    assert provenance_of(own, "Orlisk Chronicle").relays == []
    assert {s.name: s.kind for s in own.sources}["Vardenian Post"] == "organization"
    # "Record" names a paper; "the agency" is a description, not a report's name
    assert provenance_of(relay, "Lakeshore Times").relays == ["Hollins Record"]


def test_refusals_to_answer_are_no_claims(db_url, corpus):
    from claimtrace.link.claims import is_refusal

    assert is_refusal("declined", "to comment on troop movements")
    assert is_refusal("declined to name", "the companies involved")
    assert is_refusal("did not respond to", "a request for comment")
    assert not is_refusal("did not deny", "that the paper existed")
    assert not is_refusal("said", "it would not comment on rumours")
    with Store.open(db_url) as store:
        store.save_articles(corpus)
        link(store)
        texts = [g.text for s in stories(store) for g in s.claims]
    assert texts and not any(t.startswith(("to comment", "a request for comment")) for t in texts)


def test_what_someone_was_told_to_do_is_no_claim(db_url):
    """Every article repeats the government's standing instruction as background; the story's most
    carried claim must be the report, not the instruction."""
    from claimtrace.api import extract_documents
    from claimtrace.link.claims import is_directive

    assert is_directive("has told", "public bodies since 2024 not to pay ransoms")
    assert is_directive("urged", "both sides to return to talks")
    assert not is_directive("told", "Reuters it planned to cut 500 jobs")
    assert not is_directive("told", "Marisca's government is in advanced talks to sell a stake")
    assert not is_directive("warned", "that prices would rise to record levels")
    background = "The government has told public bodies since 2024 not to pay ransoms to hackers."
    [story] = linked_stories(db_url, extract_documents([
        dated_article("thistle.example", "The Thistlecombe", "2026-04-02", "Hospital trust paid hackers, emails show",
                      "The Pernmoor hospitals trust paid hackers a ransom of 1.8 million marrens in March, internal "
                      f"emails seen by The Thistlecombe show. {background}"),
        dated_article("wire.example", "Ardwell Wire", "2026-04-02", "Hospital trust paid hackers, paper says",
                      "The Pernmoor hospitals trust paid hackers a ransom of 1.8 million marrens in March, The "
                      f"Thistlecombe reported on Thursday, citing internal emails. {background}"),
        dated_article("post.example", "Ardwell Post", "2026-04-02", "Trust denies paying ransom",
                      "The Pernmoor hospitals trust denied a report in The Thistlecombe that it paid hackers a ransom."
                      f" {background}"),
    ]))
    assert "trust paid hackers" in story.claims[0].text and story.claims[0].denied_by
    assert not any("public bodies" in g.text for g in story.claims)


def test_a_deniers_side_and_a_counter_claim_do_not_carry_the_claim(db_url):
    """"X denied that the test had been skipped and said the cable had been scanned in November": what the
    denier says next is their side of it; a headline that the cable "was tested" says the opposite of "did
    not carry out the magnetic test of the main cable" (the negation bears on words the two share)."""
    from claimtrace.api import extract_documents

    report = ("Pellmoor Lifts did not carry out the magnetic test of the main cable of the Kalderby gondola that the "
              "law requires every November")
    [story] = linked_stories(db_url, extract_documents([
        dated_article("kestrel.example", "Kestrel TV", "2026-01-20", "Pellmoor skipped cable test, records show",
                      f"{report}, according to inspection records seen by Kestrel TV."),
        dated_article("wire.example", "Tavistrel", "2026-01-20", "Pellmoor chief denies cable test was skipped",
                      f"{report}, Kestrel TV reported on Tuesday, citing inspection records.\n\nPellmoor's chief "
                      "executive, Merrin Dunstable, denied that the test had been skipped and said the main cable had "
                      "been scanned on November 14 as the law requires."),
        dated_article("ledger.example", "The Wendlow Ledger", "2026-01-20",
                      "Gondola firm says Kalderby main cable was tested as the law requires",
                      "Pellmoor Lifts' spokeswoman said on Tuesday that the gondola's main cable had been tested in "
                      f"November, after Kestrel TV reported that {report[0].lower()}{report[1:]}."),
    ]))
    main = next(g for g in story.claims if g.text.startswith("Pellmoor Lifts did not carry out"))
    assert not any("Dunstable" in s or "firm" in s for s in main.sources)


def test_a_denial_does_not_carry_the_claim_it_denies(db_url):
    from claimtrace.api import extract_documents

    [story] = linked_stories(db_url, extract_documents([
        dated_article("standard.example", "Dellport Standard", "2026-03-10", "State in talks to sell Hallvik stake",
                      "DELLPORT (Dellport Standard) - The government is in advanced talks to sell a 40% stake in "
                      "state power company Hallvik Energy to a Calvessan utility, three officials told the Dellport "
                      "Standard."),
        dated_article("lantern.example", "The Lantern", "2026-03-11", "Ministry rejects Hallvik report",
                      "The Finance Ministry on Wednesday denied that the government was in advanced talks to sell a "
                      "40% stake in state power company Hallvik Energy to a Calvessan utility.")]))
    [claim] = [g for g in story.claims if "Hallvik" in g.text]
    assert "Finance Ministry" not in claim.sources and len(claim.articles) == 1
    assert claim.denied_by == ["Finance Ministry"]


def test_calling_a_report_false_carries_no_claim(db_url):
    from claimtrace.api import extract_documents
    from claimtrace.stance.lexicon import calls_a_report_false

    assert calls_a_report_false("the Monitor's report of a planned merger false")
    assert calls_a_report_false("the report was untrue") and not calls_a_report_false("the report was not false")
    assert not calls_a_report_false("the merger was planned")
    # the verdict first: '(called) "a fabrication" a report by X that ...'
    assert calls_a_report_false('"a fabrication" a report by Vantry Television that the company planned job cuts')
    assert not calls_a_report_false("a fabrication of the figures")
    [story] = linked_stories(db_url, extract_documents([Document(
        input="a", url="https://monitor.example/a", outlet="Lirabel Monitor", published="2026-05-12",
        text="Ministry hires adviser for bank merger\n\nThe Finance Ministry has hired the investment bank Kestrow & "
             "Vale to advise on the merger, four people familiar with the matter told the Lirabel Monitor.\n\n"
             "The ministry last month called the Monitor's report of a planned merger false.")]))
    assert [g for g in story.claims if "Kestrow" in g.text]
    assert not [g for g in story.claims if "false" in g.text]


@pytest.mark.parametrize("sentence, own", [
    ("Vollan said, answering a question from the Kavel Examiner in parliament, that no ward would close.", True),
    ("Vollan told the Kavel Examiner that no ward would close.", True),
    ("Vollan told reporters in parliament that no ward would close.", False),
])
def test_an_outlet_whose_question_is_answered_adds_its_own_source(sentence, own):
    from claimtrace.api import extract_documents

    [article] = extract_documents([Document(input="a", outlet="Kavel Examiner", text=(
        "Minister dismisses ward report\n\nHealth Minister Halina Vollan dismissed a report by The Lantern that "
        "four maternity wards would close. " + sentence))])
    assert provenance_of(article).own_sources is own


def carrier(rev: str, when: str, content: str, modality: str = "asserted", lead: bool = False):
    """One attribution of article ``rev`` (its outlet of the same name) as ``group_claims`` reads it."""
    from claimtrace.link.claims import Carrier

    return Carrier(revision_id=rev, outlet=rev, dated_at=when, speaker=None, speaker_kind=None, source_count=None,
                   modality=modality, via=[], content=content, lead=lead)


def test_a_carrier_joins_the_claim_it_matches_best_and_inflections_agree():
    """A rewrite that names the deal and drops the hedge of its date ("will sign ... next month") carries the
    hedged claim about the date ("could be signed next month"), not the first claim whose words it also shares;
    so the dropped hedge is flagged on that claim."""
    from claimtrace.link.claims import group_claims

    groups = group_claims([
        carrier("a", "2026-03-02T06:00", "The Brisland navy has agreed a deal worth $1.8 billion to buy 12 Tarn "
                                         "frigates from Coyvere"),
        carrier("a", "2026-03-02T06:00", "The contract could be signed next month in Coyvere's capital", "hedged"),
        carrier("b", "2026-03-02T09:00", "Brisland will sign a $1.8bn contract for 12 Coyvere frigates next month"),
    ], "story")
    dated = next(g for g in groups if g.text.startswith("The contract"))
    assert dated.articles == ["a", "b"] and dated.flags == ["hedge_dropped"]
    assert next(g for g in groups if g.text.startswith("The Brisland")).articles == ["a"]


def test_a_carrier_that_holds_two_claims_whole_carries_both():
    """A rewrite that runs the deal and its date into one sentence carries each of the two shorter claims, so the
    hedge it drops on the date is flagged even when its words match the deal as well as the date."""
    from claimtrace.link.claims import group_claims

    groups = group_claims([
        carrier("a", "2026-03-02T06:00", "Brisland agreed to buy 12 Tarn frigates from Coyvere"),
        carrier("a", "2026-03-02T06:00", "The contract could be signed next month in Coyvere's capital, Oskeld",
                "hedged"),
        carrier("b", "2026-03-02T09:00", "Brisland will sign a contract for 12 Tarn frigates from Coyvere next month "
                                         "in its capital, Oskeld"),
    ], "story")
    assert sorted((g.text.split()[0], g.articles, g.flags) for g in groups) == [
        ("Brisland", ["a", "b"], []), ("The", ["a", "b"], ["hedge_dropped"])]



def test_an_article_that_leads_with_a_denial_leads_with_the_claim_it_denies():
    """The original leads with a headline fragment and tells its claim below; two relays lead with the company
    calling the report "a fabrication": they lead with the report's claim, so it is the story's main claim, though
    the denials carry nothing (they join no group and add no article)."""
    from dataclasses import replace

    from claimtrace.link.claims import group_claims

    claim = ("Ostmerrow Distribution sold about 180,000 packs of the epilepsy drug tramelodine to buyers in Belgrann "
             "in January and February")
    denial = ('"a fabrication" a report by The Haddersby Ledger that it had sold about 180,000 packs of the epilepsy '
              "drug tramelodine abroad")
    groups = group_claims([
        carrier("a", "2044-03-10T06:00", "Wholesaler sold tramelodine abroad as shortage loomed", lead=True),
        carrier("a", "2044-03-10T06:00", claim),
        replace(carrier("b", "2044-03-10T09:00", denial, lead=True), denies=True),
        replace(carrier("c", "2044-03-10T10:00", denial, lead=True), denies=True),
    ], "story")
    assert groups[0].text == claim and groups[0].articles == ["a"] and len(groups) == 2

def test_a_refusal_to_act_is_no_claim_of_the_refuser():
    from claimtrace.link.claims import is_refusal

    assert is_refusal("has refused", "to pay for the cleanup")
    assert is_refusal("declined", "to comment")
    assert not is_refusal("said", "it had refused to pay for the cleanup")
    assert not is_refusal("refused", "the report as baseless")


def test_a_negation_off_the_shared_words_does_not_part_a_rewording_from_its_claim():
    """"... but did nothing until a second letter arrived" and a rewording without the letter carry one
    claim; "did not receive any warning" is a denial of it, not a carrier."""
    from claimtrace.link.claims import group_claims

    groups = group_claims([
        carrier("a", "2026-04-20T06:00", "The Harnby council received a first warning that the Selmer dam was "
                                         "cracking on March 26 but did nothing until a second letter arrived"),
        carrier("b", "2026-04-20T09:00", "The Harnby council held a first warning about the cracking Selmer dam "
                                         "for nine days"),
        carrier("c", "2026-04-20T10:00", "The Harnby council never received a first warning about the cracking "
                                         "Selmer dam"),
    ], "story")
    assert [g.articles for g in groups] == [["a", "b"], ["c"]]


def test_an_agency_relayed_in_turn_is_no_second_report_and_a_no_comment_is_no_claim(db_url):
    """The Lanyard's exclusive, an agency's relay of it, and a foreign paper's relay of the agency's relay:
    one report. The agency's "the ministry said it did not discuss diplomatic contacts in public" claims
    nothing, so it is no claim group (it would otherwise be the story's most carried claim)."""
    from claimtrace.api import extract_documents

    [story] = linked_stories(db_url, extract_documents([
        dated_article("lanyard.example", "The Lanyard", "2026-03-03", "Ceasefire text drafted, diplomats say",
                      "Negotiators for Dunmarch and Orvell have agreed the draft text of a 30-day ceasefire, three "
                      "diplomats familiar with the talks told The Lanyard. The Foreign Ministry said it did not "
                      "discuss diplomatic contacts in public."),
        dated_article("kestrel.example", "Kestrel", "2026-03-03", "Ceasefire text drafted, newspaper says",
                      "TARNBY (Kestrel) - Dunmarch and Orvell have drafted the text of a 30-day ceasefire, according "
                      "to The Lanyard. The Foreign Ministry said it did not discuss diplomatic contacts in public."),
        dated_article("glasnik.example", "Orvell Glasnik", "2026-03-03", "Agency: ceasefire text agreed",
                      "Dunmarch and Orvell have agreed the text of a ceasefire for 30 days, writes the Dunmarch agency "
                      "Kestrel with reference to the newspaper The Lanyard. The Foreign Ministry did not want to "
                      "discuss the contacts, adds Kestrel.")]))
    assert story.origins == ["The Lanyard"] and story.independent_reports == 1
    assert not [g for g in story.claims if "diplomatic contacts" in g.text]


def test_a_known_publisher_relayed_by_its_website_and_a_report_recalled_from_earlier():
    """"..., Kestrune said on its website" relays Kestrune when the store knows it as an outlet (the words
    make it an organisation only); "Earlier this month The Quillpost reported ..." further down is
    background from another story, not a report this article relays."""
    from claimtrace.api import extract_documents
    from claimtrace.ids import normalise_name

    [article] = extract_documents([Document(
        input="a", outlet="Durnhollow Lamp", text="Salvin nominated to run central bank\n\nPresident Orlaith "
        "Tregannon has nominated deputy governor Briony Salvin as the next governor of the central bank, Kestrune "
        "said on its website on Friday.\n\nSalvin, 51, will be questioned by parliament's finance committee in "
        "August.\n\nEarlier this month The Quillpost reported that the president had chosen Salvin.")])
    known = frozenset(normalise_name(n) for n in ("Kestrune", "The Quillpost"))
    found = provenance_of(article, known_outlets=known)
    assert (found.relays, found.lead_relay) == (["Kestrune"], True)


def provenance_of_dated(host: str, outlet: str, published: str, title: str, body: str,
                        known: frozenset = frozenset()):
    """One dated article of ``outlet``, extracted, and its provenance read as that outlet's."""
    from claimtrace.api import extract_documents

    article, = extract_documents([dated_article(host, outlet, published, title, body)])
    return article, provenance_of(article, outlet, known)


def test_an_outlets_own_report_recalled_from_last_month_is_no_source_of_its_own():
    _, found = provenance_of_dated(
        "tallowmark.example", "The Tallowmark", "2026-03-16", "Skarvey chief executive steps down",
        "Skarvey Airways chief executive Eudo Prask has resigned, the agency Vantreux said on its website on Monday."
        "\n\nThe Tallowmark reported last month, citing two government officials, that the government planned to "
        "sell 51 percent of Skarvey to Corsadine Holdings.")
    assert found.own_sources is False


def test_who_spoke_to_the_outlet_below_the_lead_is_its_own_source_only_on_the_story():
    """A comment told the outlet on something else adds no report of its own; a confirmation, a
    denial, an answer to the outlet's question and the lead's own sources do."""
    _, comment = provenance_of_dated(
        "orlesk.example", "Radio Orlesk", "2026-06-16", "Orvellan shares slide",
        "Shares in Orvellan Mining fell 14 percent on Tuesday after the copper producer suspended its finance chief "
        "over a gap in its smelter accounts, Pellacord reported.\n\nUnion officials said workers were worried. "
        "\"People here remember the closures of 2019,\" a shift leader told Radio Orlesk.")
    _, confirmation = provenance_of_dated(
        "tolbooth.example", "Tolbooth", "2026-07-09", "Deputy mayor confirms depot sale",
        "Kestle's deputy mayor on Thursday confirmed a Kestle Register report that the city plans to sell its disused "
        "tram depot to the developer Bastable Group.\n\n\"The report is accurate. We have agreed terms and the "
        "council will vote this month,\" Deputy Mayor Lanyon Cador told Tolbooth.")
    _, answer = provenance_of_dated(
        "examiner.example", "Kavel Examiner", "2026-07-06", "Minister dismisses ward report",
        "Health Minister Halina Vollan on Monday dismissed as baseless a report in The Lantern that her ministry "
        "planned to close four maternity wards.\n\n\"There is no plan to close any maternity ward,\" Vollan told "
        "reporters in parliament, answering a question from the Kavel Examiner.")
    _, recalled = provenance_of_dated(
        "harrowline.example", "The Harrowline", "2026-04-06", "Lackford replaced as navy chief",
        "Admiral Tiberin Lackford has been replaced as head of the navy, the defence ministry said on Monday.\n\nHe "
        "has been under pressure since The Harrowline revealed in March, citing two naval officers, that he had "
        "ordered the patrol boat across the line.")
    assert comment.own_sources is False
    assert confirmation.own_sources is True
    assert answer.own_sources is True
    assert recalled.own_sources is False


def test_a_document_seen_by_a_paper_relays_that_paper():
    _, found = provenance_of_dated(
        "orlesk.example", "Radio Orlesk", "2026-06-30", "Minister orders licence review",
        "Veskarra's mining minister said on Tuesday that he had ordered a review of export licences.\n\nAccording to "
        "an internal audit seen by The Harrowline, Orvellan paid about 9 million corvans to ministry officials, the "
        "newspaper reported on Monday.")
    assert found.relays == ["Harrowline"]


def test_a_document_the_outlet_saw_and_its_own_report_recalled_on_a_weekday_are_its_own_reporting():
    _, seen = provenance_of_dated(
        "quoin.example", "The Quoin", "2029-03-13", "Engineer warned club that stand supports were corroded",
        "BRAMCASTER - An engineer hired by Bramcaster Rovers warned the club in November that the steel supports "
        "under the east stand were badly corroded, according to a report seen by The Quoin and two people familiar "
        "with the club's board.\n\nThe two people said the board had put off the work until the summer break.")
    assert not seen.lead_relay and seen.relays == []
    _, recalled = provenance_of_dated(
        "cobblefordpost.example", "The Cobbleford Post", "2029-06-07", "Lab found bacteria in hotel tower in April",
        "STELLMOOR - A laboratory found legionella in the cooling tower of the Kilner Grand Hotel in April, according "
        "to a copy of the laboratory's report seen by The Cobbleford Post.\n\nOn Monday The Cobbleford Post reported "
        "that most of those taken ill worked in the offices across the street from the hotel.")
    assert recalled.relays == [] and not recalled.lead_relay


def test_own_sources_by_a_statement_sent_or_made_to_the_outlet_and_by_its_short_name():
    _, statement = provenance_of_dated(
        "kavrel.example", "Kavrel", "2026-02-10", "Sellquay denies replacement plan",
        "Sellquay Terminals has a plan to bring in 500 workers from Kellowan to replace striking dockers, The "
        "Dawnquill reported on Tuesday.\n\n\"We have not hired and will not hire anyone to replace our dockers,\" "
        "the company said in a statement sent to Kavrel.")
    _, short = provenance_of_dated(
        "quaysider.example", "Oskavel Quaysider", "2026-03-31", "Investigators asked for records",
        "Football federation investigators asked a bank for the records of the goalkeeper's brother, a member of the "
        "federation's board told the Quaysider, after Radio Venlow reported a payment into the account.")
    _, made_to = provenance_of_dated(
        "fenmoor.example", "Fenmoor Live", "2026-02-11", "Pharmacists want answers over price report",
        "Pharmacists demanded on Wednesday that Tarrow Pharma explain itself after the Gullbrook newspaper reported "
        "that it had discussed raising prices with a rival.\n\nHalden Labs denied the report in a statement to "
        "Fenmoor Live.")
    assert statement.own_sources is True
    assert short.own_sources is True
    assert (made_to.relays, made_to.own_sources) == (["Gullbrook"], True)


def test_a_no_about_something_else_is_no_own_source_a_no_that_backs_a_denial_is():
    lead = ("Scientists have recommended moving the 2,100 people of Harrow Cove away from Mount Tessel because "
            "magma is rising under the volcano, a news agency reported on Monday, citing a letter from the survey."
            "\n\n")
    _, resident = provenance_of_dated(
        "brisklive.example", "Brisk Live", "2026-04-06", "Harrow Cove residents wait for word", lead +
        "\"My boat is full of diesel and my daughter has packed a bag, but nobody has told us anything,\" Ilse "
        "Marrow, who sells fish at the harbour, told Brisk Live.")
    _, denial = provenance_of_dated(
        "brisklive.example", "Brisk Live", "2026-04-06", "Survey rejects volcano report", lead +
        "The survey rejected the report as alarmist. \"No letter of that kind left this office,\" its director, "
        "Ada Fenn, told Brisk Live.")
    assert (resident.lead_relay, resident.own_sources) == (True, False)
    assert denial.own_sources is True


def test_a_name_that_reported_that_is_a_paper_and_no_company_after_it():
    article, found = provenance_of_dated(
        "quaysider.example", "Oskavel Quaysider", "2026-03-03", "Dockers back at work",
        "Oskavel's dockers will go back to work on Thursday after accepting a pay rise from Sellquay Terminals, union "
        "leader Bredwin Eldstrave told Kavrel.\n\nThe strike turned bitter in February after The Dawnquill reported "
        "that the company had a plan to bring in workers. The company said at the time that it had never planned to "
        "replace its dockers.", known=frozenset({"kavrel"}))
    reported, said = article.attributions[-2:]
    assert reported.speaker.kind == "outlet" and said.speaker.name != reported.speaker.name
    assert found.relays == ["Kavrel"]


def test_a_storys_main_claim_is_what_its_articles_lead_with_not_a_detail_more_of_them_repeat(db_url):
    """Two reports open with the delay (headline and lead); three repeat the line's cost further down (the
    third opens with a union's threat). The delay is the story's main claim and comes first; the cost is a
    detail, although more articles carry it."""
    from claimtrace.api import extract_documents

    [story] = linked_stories(db_url, extract_documents([
        dated_article("lanyard.example", "The Lanyard", "2026-05-12", "Halden Rail delays northern line",
                      "Halden Rail has put off the opening of its northern line to Varsby by two years because of "
                      "tunnel faults, three people familiar with the plans told The Lanyard on Tuesday.\n\n"
                      "The line will cost about 4.2 billion crowns, twice the first estimate, the people said."),
        dated_article("kestrel.example", "Kestrel", "2026-05-12", "Halden Rail delays Varsby line, paper says",
                      "Halden Rail has delayed the opening of its northern line to Varsby by two years because of "
                      "tunnel faults, The Lanyard reported on Tuesday, citing three people familiar with the plans."
                      "\n\nThe line will cost about 4.2 billion crowns, twice the first estimate, the newspaper said."),
        dated_article("posten.example", "Varsby Posten", "2026-05-12", "Rail union threatens strike over Varsby line",
                      "The rail union Ferrolink said on Tuesday it would call a strike if a single job was cut to "
                      "save money.\n\nHalden Rail's northern line will cost about 4.2 billion "
                      "crowns, twice the first estimate, The Lanyard reported.")]))
    cost = next(g for g in story.claims if "4.2 billion" in g.text)
    assert len(cost.articles) == 3
    assert "delay" in story.claims[0].text.lower() and len(story.claims[0].articles) == 2


def test_an_article_that_leads_with_a_denial_leads_with_what_it_denies_not_the_deniers_quote(db_url):
    """The exclusive opens with its claim; a relay and its copy open with the operator rejecting that report,
    then quote its manager, and a third relay repeats her words: the quote is carried by more articles, but
    the articles that carry it lead with the denied claim, so that claim stays the story's main claim."""
    from claimtrace.api import extract_documents

    quote = ('"Every tank we filled this year passed the test, and every result went to the regulator," '
             'depot manager Isolde Varrenby told {}.')
    [story] = linked_stories(db_url, extract_documents([
        dated_article("harrowcast.example", "Radio Harrowcast", "2027-03-10", "Fuel at Corrimoor depot failed tests",
                      "The diesel stored at the Corrimoor fuel depot failed sulphur tests for four months in a row, "
                      "two engineers who ran the tests told Radio Harrowcast on Wednesday.\n\nThe engineers said "
                      "the failed results were left out of the reports the operator, Tellmark Energy, sent to the "
                      "fuel regulator."),
        dated_article("quillon.example", "Quillon", "2027-03-10", "Tellmark rejects report on Corrimoor fuel tests",
                      "Tellmark Energy, which runs the Corrimoor depot, on Wednesday rejected a report by Radio "
                      "Harrowcast that diesel at the depot had failed sulphur tests for months.\n\n" +
                      quote.format("Quillon")),
        dated_article("pennant.example", "Pennant", "2027-03-10", "Tellmark rejects report on Corrimoor fuel tests",
                      "Tellmark Energy, which runs the Corrimoor depot, on Wednesday rejected a report by Radio "
                      "Harrowcast that diesel at the depot had failed sulphur tests for months.\n\n" +
                      quote.format("Quillon")),
    ]))
    carried = next(g for g in story.claims if g.text.startswith('"Every tank'))
    assert len(carried.articles) == 2
    assert story.claims[0].text.startswith("The diesel stored at the Corrimoor fuel depot failed sulphur tests")


def test_a_rewrite_crediting_another_outlet_with_an_event_of_last_month_relays_it():
    """"The payments, first reported by Ombrisk Television, were made on May 19": the month dates the
    payments, not the report, so in an article of June the rewrite relays the broadcaster; "Ombrisk
    Television revealed in May ..." would be a report recalled from last month."""
    _, rewrite = provenance_of_dated(
        "plinthwise.example", "Plinthwise", "2026-06-04", "Shipping firm's money behind campaign gift",
        "Money from Kerrowline Shipping reached the mayoral campaign of Grisela Vintrel through 37 of the company's "
        "employees.\n\nThe payments, first reported by Ombrisk Television, were made on May 19 and 20 in "
        "near-identical amounts.")
    _, recalled = provenance_of_dated(
        "plinthwise.example", "Plinthwise", "2026-06-04", "Vintrel leads in new poll",
        "Grisela Vintrel leads the mayoral race by four points, a poll for the Obrenza Courier showed on Thursday."
        "\n\nOmbrisk Television revealed in May that her campaign had taken money from a shipping firm.")
    assert (rewrite.relays, rewrite.lead_relay) == (["Ombrisk Television"], True)
    assert recalled.relays == []


def test_a_headline_fragment_leads_with_no_claim():
    """A fragment the parser cut from two headlines ("leaking valve weeks") does not outrank the claim three
    articles carry below their leads."""
    from claimtrace.link.claims import group_claims

    fault, when = "a fault report filed on July 22 described ammonia weeping from the valve", "2026-07-30T06:00"
    groups = group_claims([carrier("a", when, "leaking valve weeks", lead=True),
                           carrier("b", when, "leaking valve weeks", lead=True),
                           *(carrier(rev, when, fault) for rev in "abc")], "s")
    assert groups[0].text == fault


def test_a_story_first_reported_on_a_named_day_by_another_outlet_is_relayed_from_it():
    """"The sale was first reported on Thursday by the newspaper The Corbelline": the lead's papers and
    people are that paper's, and the article relays it."""
    _, found = provenance_of_dated(
        "fenwater.example", "Radio Fenwater", "2026-05-08", "Reserve wheat sold below market price",
        "Castavel's grain reserve sold 40,000 tonnes of wheat to a trader at a third below the market price, sale "
        "papers show, according to people with knowledge of the deal.\n\nThe sale was first reported on Thursday by "
        "the newspaper The Corbelline, which cited documents and three people with knowledge of the sale.",
        known=frozenset({"corbelline"}))
    assert (found.relays, found.lead_relay) == (["Corbelline"], True)


def test_a_story_first_shown_by_another_outlet_and_a_denial_led_relay_are_relays():
    """"The ledger was first shown by Tesmoor Television" credits another outlet with the story; a lead
    that only reports an on-record denial, with another outlet's report further down, relays that
    report (the denial answers it). An own interview in the lead is an own source."""
    from claimtrace.api import extract_documents

    body = "\n\nThe ferry was built in 1994.\n\nThe minister has ordered an inquiry.\n\n"
    shown, denial, own = extract_documents([Document(input=i, outlet="Quaymark", text=t) for i, t in (
        ("a", "The ferry Galla Rose was carrying twice the number of passengers it was licensed for when it capsized "
              f"on Sunday, according to the ferry's passenger ledger.{body}The ledger was first shown by Tesmoor "
              "Television on Tuesday."),
        ("b", "The port's harbour master, Idris Calloway, on Tuesday denied that his deputy had warned him in January "
              f"that the ferry was overloaded.{body}Radio Varrow reported on Tuesday, citing a memo and two officials, "
              "that the deputy had asked for an inspection."),
        ("c", "The port's harbour master, Idris Calloway, told Quaymark on Tuesday that he had never seen the memo."
              f"{body}Radio Varrow reported on Tuesday that the deputy had asked for an inspection."))])
    assert (provenance_of(shown).relays, provenance_of(shown).lead_relay) == (["Tesmoor Television"], True)
    assert (provenance_of(denial).relays, provenance_of(denial).lead_relay) == (["Radio Varrow"], True)
    assert not provenance_of(own).lead_relay and provenance_of(own).own_sources


def test_a_lead_about_someone_named_in_an_unnamed_report_relays_it():
    """"The captain of the survey ship named in a television report ... said": the report put him in the
    news, so the article relays it even with his own words told to it."""
    from claimtrace.api import extract_documents

    (article,) = extract_documents([Document(input="a", outlet="The Lanternmark", text=(
        "The captain of the survey ship named in a television report on the Kessmoor pipeline blast on Monday said "
        "on Thursday that "
        "his crew had never been near the pipe.\n\n\"It is not true,\" the captain, Edwyn Harrowfell, told The "
        "Lanternmark.\n\nThe pipeline has been shut since Monday."))])
    assert provenance_of(article).lead_relay


def test_another_figure_is_another_claim():
    """"it sold 34,600 tickets for the day" does not carry "51,870 tickets sold for the Saturday" (the figure
    it answers with); the same figure in other words does."""
    from claimtrace.link.claims import group_claims

    when = "2027-06-15T06:00"
    groups = group_claims([carrier("a", when, "the promoter sold 51,870 tickets for the Saturday"),
                           carrier("b", when, "the promoter sold 34,600 tickets for the Saturday"),
                           carrier("c", when, "51,870 tickets were sold by the promoter for the Saturday")], "s")
    assert sorted(len(g.articles) for g in groups) == [1, 2]
    assert next(g for g in groups if len(g.articles) == 2).articles == ["a", "c"]


def test_no_such_thing_exists_told_to_the_relaying_outlet_is_a_source_of_its_own():
    """A relay whose only source of its own is '"No such agreement exists," X told <the relaying outlet>' adds a
    report: the quote says the reported deal is not so, in other words than the lead's ("deal")."""
    from claimtrace.api import extract_documents

    [relay] = extract_documents([Document(input="a", outlet="Tallowreach", text=(
        "Government and rebels near weapons deal, reports say\n\n"
        "SELBRECK (Tallowreach) - The government and the Kaskarn Front have drawn up a draft deal under which the "
        "rebels would hand over their heavy weapons by August, Marlowcrest Television reported on Tuesday, citing "
        "two negotiators.\n\n"
        "The Wyvernstone Post reported that the pact also provides for the army to leave the valley.\n\n"
        "\"No such agreement exists,\" Hafwen Fairlock, a spokeswoman for the government's negotiators, told "
        "Tallowreach."))])
    found = provenance_of(relay, "Tallowreach")
    assert found.lead_relay and found.own_sources


def test_a_report_in_the_financial_press_is_a_report_relayed_without_its_name():
    from claimtrace.api import extract_documents

    [relay] = extract_documents([Document(input="a", outlet="Radio Wickhollow", text=(
        "Tilbrough says he is staying at Cindermoor\n\n"
        "TESSIVALE - Theodulf Tilbrough, chief executive of Cindermoor Assurance, said on Monday he intended to stay "
        "in the job, after a report in the financial press that the insurer's board was looking for his successor."))])
    assert provenance_of(relay, "Radio Wickhollow").lead_relay


def test_the_denier_of_the_lead_telling_the_outlet_more_is_its_own_source():
    """A relay that leads with someone denying another outlet's report, then quotes them as telling this outlet their
    side (no "not", no "false", few of the lead's words): the outlet spoke to the denier, a source of its own."""
    lead = ("Prime Minister Eskil Torvaldsen on Thursday denied a report by The Lissamar Courier that he had spent two "
            "nights in the heart unit of Lissamar General Hospital this week.")
    _, found = provenance_of_dated(
        "quillwire.example", "Quillwire", "2037-05-14", "Torvaldsen denies heart unit report",
        f"{lead}\n\n\"I slept in my own bed on Monday night and on Tuesday night, and my wife will tell you the "
        "same,\" Torvaldsen told Quillwire.\n\nThe newspaper reported on Wednesday that he had been admitted with chest pains.",
        known=frozenset({"lissamar courier"}))
    assert found.own_sources and found.relays == ["Lissamar Courier"]
    # (the same quote told to the outlet by someone who denied nothing is no source on the lead's matter)
    _, other = provenance_of_dated(
        "quillwire.example", "Quillwire", "2037-05-14", "Courier reports leader in heart unit",
        "The Lissamar Courier reported on Wednesday that Prime Minister Eskil Torvaldsen had spent two nights in the "
        "heart unit of Lissamar General Hospital this week.\n\n\"I slept in my own bed on Monday night,\" a neighbour, "
        "Hallvard Brisk, told Quillwire.", known=frozenset({"lissamar courier"}))
    assert not other.own_sources
