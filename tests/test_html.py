"""extract_html: body without chrome, metadata read from the page, bytes decoded per the page."""
from claimtrace.ingest.html import choose_title, clean_author, extract_html, strip_site_suffix

BODY = [
    "BRUSSELS (Wirefeed) - European Union finance ministers on Tuesday failed to agree on a new "
    "fiscal rulebook, three diplomats said, leaving the bloc without a deal for a third month.",
    "\u201cWe are closer than we have ever been, but we are not there,\u201d Belgian Finance Minister "
    "Vincent Maes told reporters after the meeting, adding that talks would resume in March.",
    "Germany and the Netherlands have pushed for binding annual targets for debt reduction, "
    "while France and Italy argue that such targets would choke public investment.",
    "A spokesperson for the European Commission said it stood ready to present a compromise "
    "proposal if member states asked for one, but declined to give a timetable.",
    "Officials familiar with the negotiations said the main sticking point remained how quickly "
    "heavily indebted countries should be required to bring their deficits down.",
]

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>EU ministers fail to agree fiscal rules | The Daily Ledger</title>
<meta property="og:title" content="EU ministers fail to agree fiscal rules">
<meta property="og:site_name" content="The Daily Ledger">
<meta name="author" content="Clara Novak">
<meta property="article:published_time" content="2024-02-13T18:04:00Z">
<link rel="canonical" href="https://ledger.example.com/world/eu-fiscal-rules-2024">
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to personalise content and ads.
By continuing to browse you agree to our cookie policy.</p><button>Accept all cookies</button></div>
<main>
<article>
<h1>EU ministers fail to agree fiscal rules</h1>
<p class="byline">By <span class="author">Clara Novak</span>, <time datetime="2024-02-13">13 February 2024</time></p>
%BODY%
<aside class="newsletter-signup"><h3>Get the Ledger Morning Brief</h3>
<p>Sign up for our free newsletter to get the day's top stories in your inbox.</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
</article>
<section class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Italy's debt climbs to record high</a></li>
<li><a href="/b">ECB holds rates steady for fourth meeting</a></li></ul></section>
</main>
<footer><p>Copyright 2024 The Daily Ledger. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body>
</html>
""".replace("%BODY%", "\n".join(f"<p>{p}</p>" for p in BODY))


def test_body_is_extracted_and_chrome_is_gone():
    r = extract_html(PAGE)
    assert r.text.split("\n\n") == BODY
    for chrome in ("Home", "cookie", "Sign up", "Related stories", "Italy's debt", "Copyright",
                   "Privacy"):
        assert chrome not in r.text


def test_title_is_not_part_of_text():
    r = extract_html(PAGE)
    assert r.title == "EU ministers fail to agree fiscal rules"
    assert not r.text.startswith(r.title)


def test_a_section_label_above_the_title_is_not_part_of_text():
    page = PAGE.replace("<article>\n<h1>", '<article>\n<p class="kicker">World | Europe</p>\n<h1>')
    r = extract_html(page)
    assert r.text.split("\n\n") == BODY


def test_a_short_first_paragraph_without_the_title_after_it_stays():
    page = PAGE.replace("<article>\n<h1>EU ministers fail to agree fiscal rules</h1>",
                        "<article>\n<p>Analysis</p>")
    r = extract_html(page)
    assert r.text.split("\n\n")[0] == "Analysis"


def test_metadata_is_read_from_the_page():
    r = extract_html(PAGE, url="https://ledger.example.com/x?utm=feed")
    assert r.author == "Clara Novak"
    assert r.published == "2024-02-13"
    assert r.outlet == "The Daily Ledger"
    assert r.canonical_url == "https://ledger.example.com/world/eu-fiscal-rules-2024"
    assert r.language == "en"


def test_bytes_decoded_with_declared_charset():
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    r = extract_html(page.encode("cp1252"))
    assert "\u201cWe are closer" in r.text


def test_bytes_with_utf8_bom():
    r = extract_html(b"\xef\xbb\xbf" + PAGE.encode("utf-8"))
    assert r.text.split("\n\n") == BODY


def test_page_without_article_gives_empty_text():
    page = ("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> "
            "<a href='/news'>News</a></nav><footer>Contact us</footer></body></html>")
    r = extract_html(page)
    assert len(r.text.split()) < 5


def test_site_suffix_is_stripped_from_title():
    assert strip_site_suffix("Rates held steady | The Daily Ledger", "The Daily Ledger") == "Rates held steady"
    assert strip_site_suffix("Central bank holds rates - Ledger", None) == "Central bank holds rates"
    assert strip_site_suffix("Why rates stay high", "Ledger") == "Why rates stay high"


def test_choose_title_prefers_matching_h1_over_logo():
    assert choose_title(["The Daily Ledger", "Central bank holds rates at 5%"],
                        "Central bank holds rates at 5% | The Daily Ledger", "The Daily Ledger") \
        == "Central bank holds rates at 5%"
    assert choose_title(["Ledger"], "Central bank holds rates | Ledger", "Ledger") == "Central bank holds rates"


def test_clean_author():
    assert clean_author("By Clara Novak") == "Clara Novak"
    assert clean_author("Clara Novak Last Updated August 1") == "Clara Novak"
    assert clean_author("Clara Novak; Tom Brandt") == "Clara Novak; Tom Brandt"
    assert clean_author("  ") is None
