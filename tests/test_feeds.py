"""RSS/Atom handling: full-text feeds, summary feeds whose pages get fetched, broken feeds.

All articles below are invented wire-style snippets written for these tests.
"""
from __future__ import annotations

import feedparser
import pytest

from claimtrace.ingest.feeds import iter_feed, looks_like_feed
from claimtrace.ingest.inputs import Failure, RawItem, iter_inputs
from httpserver import Response

pytestmark = pytest.mark.loopback_only

STORY_1 = ("<p>HARBOURTON (Wire) &#8212; The city council will vote next week on a plan to close "
           "two ferry routes, a spokesman for the mayor said on Tuesday.</p>"
           "<p>&#8220;We have no other way to balance the budget,&#8221; deputy mayor Lina Ortez told "
           "reporters, adding that the routes carried fewer than 300 passengers a day.</p>"
           "<p>Residents of the northern islands said the closure would cut them off, according to "
           "a petition signed by more than 1,200 people.</p>")
STORY_2 = ("<p>VELMORE (Wire) &#8212; Two officials familiar with the talks said the rail union "
           "and the operator had reached a tentative deal late on Monday.</p>"
           "<p>The operator declined to comment. A union statement said members would be consulted "
           "before any agreement is signed, and that strikes planned for Thursday were suspended.</p>")

RSS_FULL = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbourton Wire</title>
  <link>{base}/</link>
  <description>Regional news</description>
  <item>
    <title>Council to vote on ferry cuts</title>
    <link>{base}/news/ferry-cuts</link>
    <pubDate>Tue, 04 Mar 2025 09:30:00 +0100</pubDate>
    <dc:creator>Sam Reyes</dc:creator>
    <description>The council will vote on closing two ferry routes.</description>
    <content:encoded><![CDATA[{s1}]]></content:encoded>
  </item>
  <item>
    <title>Rail deal reached, officials say</title>
    <link>{base}/news/rail-deal</link>
    <pubDate>Mon, 03 Mar 2025 23:10:00 GMT</pubDate>
    <description>Talks produced a tentative deal.</description>
    <content:encoded><![CDATA[{s2}]]></content:encoded>
  </item>
</channel>
</rss>"""

ATOM_SUMMARIES = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Velmore Daily</title>
  <id>urn:uuid:velmore-daily</id>
  <updated>2025-03-04T08:00:00Z</updated>
  <entry>
    <title>Rail deal reached</title>
    <id>urn:uuid:entry-1</id>
    <link href="{base}/pages/rail-deal"/>
    <updated>2025-03-04T07:00:00Z</updated>
    <author><name>Ana Pike</name></author>
    <summary>Officials said a deal was close.</summary>
  </entry>
  <entry>
    <title>Ferry cuts vote</title>
    <id>urn:uuid:entry-2</id>
    <link href="{base}/pages/ferry-cuts"/>
    <updated>2025-03-03T18:00:00Z</updated>
    <summary>The council votes next week.</summary>
  </entry>
</feed>"""


def page(story: str) -> bytes:
    return f"<html><head><title>t</title></head><body><article>{story}</article></body></html>".encode()


def test_looks_like_feed():
    assert looks_like_feed(b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>')
    assert looks_like_feed(b'\xef\xbb\xbf<feed xmlns="http://www.w3.org/2005/Atom">', "text/xml")
    assert looks_like_feed(b"anything", "application/rss+xml")
    assert not looks_like_feed(b"<!DOCTYPE html><html><body>rss feed</body></html>", "text/html")
    assert not looks_like_feed(b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
                               b"<body><p>See <feed> below</p></body></html>")
    assert not looks_like_feed(b"Reporters use feeds every day.", "text/plain")


def test_rss_with_full_content_yields_entries_without_fetching_pages(server, fetcher):
    feed = RSS_FULL.format(base=server.url(""), s1=STORY_1, s2=STORY_2).encode()
    url = server.route("/feed.xml", Response(body=feed, content_type="application/rss+xml"))
    items = list(iter_inputs([url], fetcher=fetcher))
    assert [type(i) for i in items] == [RawItem, RawItem]
    first, second = items
    assert first.input == server.url("/news/ferry-cuts")
    assert first.media_type == "html"
    assert "deputy mayor Lina Ortez" in first.data
    assert first.meta == {"url": server.url("/news/ferry-cuts"), "title": "Council to vote on ferry cuts",
                          "outlet": "Harbourton Wire", "author": "Sam Reyes",
                          "published": "2025-03-04T08:30:00Z"}
    assert second.meta["published"] == "2025-03-03T23:10:00Z"
    assert "author" not in second.meta
    assert server.paths() == ["/feed.xml"]  # full text in the feed: no page fetched


def test_atom_with_summaries_fetches_entry_pages(server, fetcher):
    feed = ATOM_SUMMARIES.format(base=server.url("")).encode()
    url = server.route("/atom", Response(body=feed, content_type="application/atom+xml"))
    server.route("/pages/rail-deal", Response(body=page(STORY_2)))
    server.route("/pages/ferry-cuts", Response(body=page(STORY_1), content_type="text/html; charset=utf-8"))
    items = list(iter_inputs([url], fetcher=fetcher))
    assert all(isinstance(i, RawItem) for i in items)
    assert server.paths() == ["/atom", "/pages/rail-deal", "/pages/ferry-cuts"]
    rail, ferry = items
    assert rail.input == server.url("/pages/rail-deal")
    assert rail.data == page(STORY_2) and rail.media_type == "html"
    assert rail.meta["title"] == "Rail deal reached"
    assert rail.meta["author"] == "Ana Pike"
    assert rail.meta["outlet"] == "Velmore Daily"
    assert rail.meta["published"] == "2025-03-04T07:00:00Z"
    assert rail.meta["url"] == server.url("/pages/rail-deal")
    assert ferry.meta["charset"] == "utf-8"


def test_entry_page_failure_does_not_stop_the_feed(server, fetcher):
    feed = ATOM_SUMMARIES.format(base=server.url("")).encode()
    url = server.route("/atom", Response(body=feed, content_type="text/xml"))
    server.route("/pages/ferry-cuts", Response(body=page(STORY_1)))
    items = list(iter_inputs([url], fetcher=fetcher))
    assert isinstance(items[0], Failure) and items[0].reason == "http_404"
    assert items[0].input == server.url("/pages/rail-deal")
    assert isinstance(items[1], RawItem)


def test_entry_page_redirect_keeps_final_url(server, fetcher):
    feed = ATOM_SUMMARIES.format(base=server.url("")).encode()
    server.route("/pages/rail-deal", Response(301, headers={"Location": "/2025/rail-deal"}))
    server.route("/2025/rail-deal", Response(body=page(STORY_2)))
    server.route("/pages/ferry-cuts", Response(body=page(STORY_1)))
    url = server.route("/atom", Response(body=feed, content_type="application/atom+xml"))
    rail = next(iter_inputs([url], fetcher=fetcher))
    assert rail.meta["url"] == server.url("/2025/rail-deal")


def test_broken_feed_xml_is_bad_feed(server, fetcher):
    url = server.route("/broken", Response(body=b'<?xml version="1.0"?>\n<rss version="2.0"><channel>'
                                                 b"<title>Half a feed</title><item><title>Cut",
                                           content_type="application/rss+xml"))
    items = list(iter_inputs([url], fetcher=fetcher))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].reason == "bad_feed" and items[0].input == url


@pytest.mark.parametrize("body", [b"this is not xml at all", b"<html><body>Moved</body></html>", b""])
def test_non_feed_served_as_feed_is_bad_feed(server, fetcher, body):
    url = server.route("/rss", Response(body=body, content_type="application/rss+xml"))
    (item,) = iter_inputs([url], fetcher=fetcher)
    assert isinstance(item, Failure) and item.reason == "bad_feed"


def test_feed_with_minor_bozo_still_yields_entries(server, fetcher):
    # An undefined entity makes the XML ill-formed; feedparser recovers and flags bozo.
    feed = RSS_FULL.format(base=server.url(""), s1=STORY_1, s2=STORY_2).replace(
        "<description>Regional news</description>", "<description>Regional&nbsp;news</description>")
    assert feedparser.parse(feed.encode()).bozo
    url = server.route("/feed", Response(body=feed.encode(), content_type="application/rss+xml"))
    items = list(iter_inputs([url], fetcher=fetcher))
    assert len(items) == 2 and all(isinstance(i, RawItem) for i in items)


def test_outlet_falls_back_to_host_and_linkless_entry_uses_its_summary():
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel>'
            b"<item><title>Brief</title><description>Police said the road would reopen on Friday."
            b"</description></item></channel></rss>")
    (item,) = iter_feed(feed, "https://www.example.org/rss", feed_url="https://www.example.org/rss")
    assert isinstance(item, RawItem)
    assert item.input == "https://www.example.org/rss#entry-1"
    assert item.meta["outlet"] == "example.org"
    assert "reopen on Friday" in item.data


def test_long_description_counts_as_full_text():
    body = "<p>" + " ".join(["A ministry spokeswoman said the audit was routine."] * 25) + "</p>"
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item>'
            f"<title>Audit</title><link>http://example.org/a</link>"
            f"<description><![CDATA[{body}]]></description></item></channel></rss>").encode()
    calls = []
    (item,) = iter_feed(feed, "feed", fetch_page=lambda u: calls.append(u))
    assert isinstance(item, RawItem) and "spokeswoman" in item.data and calls == []


def test_local_rss_file(tmp_path):
    feed = RSS_FULL.format(base="https://wire.example", s1=STORY_1, s2=STORY_2)
    path = tmp_path / "wire.rss"
    path.write_text(feed, encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    assert [i.meta["url"] for i in items] == ["https://wire.example/news/ferry-cuts",
                                              "https://wire.example/news/rail-deal"]


def test_feeds_txt_lists_feeds(server, fetcher, tmp_path):
    rss = RSS_FULL.format(base=server.url(""), s1=STORY_1, s2=STORY_2).encode()
    atom = ATOM_SUMMARIES.format(base=server.url("")).encode()
    server.route("/pages/rail-deal", Response(body=page(STORY_2)))
    server.route("/pages/ferry-cuts", Response(body=page(STORY_1)))
    listing = tmp_path / "feeds.txt"
    listing.write_text(server.route("/rss", Response(body=rss, content_type="text/xml")) + "\n\n"
                       + server.route("/atom", Response(body=atom, content_type="application/atom+xml"))
                       + "\n")
    items = list(iter_inputs([str(listing)], fetcher=fetcher))
    assert len(items) == 4 and all(isinstance(i, RawItem) for i in items)
    assert [i.meta["outlet"] for i in items] == ["Harbourton Wire"] * 2 + ["Velmore Daily"] * 2
