"""Structural facts about the bundled example corpus (src/claimtrace/examples/).

Nothing here runs extraction: these tests only pin down what tests and demos may rely on
(file set, encoding, headline/body layout, the HTML page structure, where the appeal lines are).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import claimtrace

EXAMPLES = Path(claimtrace.__file__).parent / "examples"

TXT_NAMES = [
    "01-ceasefire-talks.txt",
    "02-election-count-dispute.txt",
    "03-central-bank-decision.txt",
    "04-trade-negotiation.txt",
    "05-corporate-takeover.txt",
    "06-wildfire-response.txt",
    "07-defence-review-leak.txt",
    "08-vaccine-procurement-probe.txt",
]
HTML_NAMES = ["02-election-count-dispute.html", "05-corporate-takeover.html"]

#: the in-body appeal line of each file that has one (exactly one paragraph each)
APPEALS = {
    "01-ceasefire-talks.txt": "Sign up for our morning briefing to get the latest news in your inbox.",
    "04-trade-negotiation.txt": "Support independent journalism: become a member today.",
    "07-defence-review-leak.txt": "Enjoying our coverage? Subscribe now for unlimited access to all our reporting.",
}

DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(, [A-Z][a-z]+)?, [A-Z][a-z]+\.? \d{1,2} \(Meridian\) - \S")


def _split(name: str) -> tuple[str, list[str]]:
    text = (EXAMPLES / name).read_bytes().decode("utf-8")
    headline, sep, body = text.partition("\n\n")
    assert sep, f"{name}: no blank line after the headline"
    return headline, [p.strip() for p in body.split("\n\n") if p.strip()]


def test_file_set_is_exactly_the_documented_one():
    present = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".html"})
    assert present == sorted(TXT_NAMES + HTML_NAMES)
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for name in TXT_NAMES + HTML_NAMES:
        assert f"`{name}`" in readme, f"README.md has no line for {name}"


@pytest.mark.parametrize("name", TXT_NAMES + HTML_NAMES + ["README.md"])
def test_decodes_as_utf8_without_bom_or_cr(name):
    data = (EXAMPLES / name).read_bytes()
    data.decode("utf-8")  # raises on invalid UTF-8
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in data
    assert data.endswith(b"\n")


@pytest.mark.parametrize("name", TXT_NAMES)
def test_txt_layout_headline_blank_line_body(name):
    headline, paragraphs = _split(name)
    assert headline.strip() == headline and headline, "first line must be a non-empty headline"
    assert "\n" not in headline
    assert len(headline.split()) >= 5
    assert len(paragraphs) >= 10
    assert all("\n" not in p for p in paragraphs), "one paragraph per line"
    assert DATELINE.match(paragraphs[0]), f"first body paragraph has no dateline: {paragraphs[0][:60]!r}"
    assert paragraphs[-1].startswith("(Reporting by ") and paragraphs[-1].endswith(")")
    words = sum(len(p.split()) for p in paragraphs)
    assert 250 <= words <= 600, f"{name}: body has {words} words"


@pytest.mark.parametrize("name", TXT_NAMES)
def test_quotes_are_straight_and_balanced(name):
    _, paragraphs = _split(name)
    body = "\n\n".join(paragraphs)
    assert not set("\u201c\u201d") & set(body), "use straight double quotes"
    # a quote running over several paragraphs reopens at each paragraph and closes once at the end
    open_run = False
    for p in paragraphs:
        if open_run:
            assert p.startswith('"'), "a continued quote must reopen at the paragraph start"
            n = p.count('"') - 1  # the reopening mark does not close anything
        else:
            n = p.count('"')
        open_run = n % 2 == 1 if not open_run else n % 2 == 0
    assert not open_run, "a quote is left open at the end of the article"


def test_multi_paragraph_quotes_exist():
    runs = 0
    for name in TXT_NAMES:
        _, paragraphs = _split(name)
        for p, nxt in zip(paragraphs, paragraphs[1:]):
            if p.count('"') % 2 == 1 and nxt.startswith('"'):
                runs += 1
    assert runs >= 3


def test_headline_tags_vary():
    headlines = [_split(n)[0] for n in TXT_NAMES]
    assert any(h.endswith(" — Meridian") for h in headlines)
    assert any(h.endswith(", sources say") for h in headlines)
    assert any(not h.endswith((" — Meridian", ", sources say")) for h in headlines)


@pytest.mark.parametrize("name", TXT_NAMES)
def test_appeal_lines_are_where_the_readme_says(name):
    _, paragraphs = _split(name)
    if name in APPEALS:
        assert paragraphs.count(APPEALS[name]) == 1
    else:
        assert not any(re.search(r"\b(sign up|subscribe|become a member)\b", p, re.I) for p in paragraphs)


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.counts: dict[str, int] = {}
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.title = ""
        self.article_paragraphs: list[str] = []
        self.outside_text: list[str] = []
        self._p: list[str] | None = None

    VOID = {"meta", "link", "input", "br", "img", "hr"}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        if tag == "link" and a.get("rel"):
            self.links[a["rel"]] = a.get("href", "")
        if tag == "p" and "article" in self.stack and "header" not in self.stack[self.stack.index("article"):]:
            self._p = []
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "p" and self._p is not None:
            self.article_paragraphs.append("".join(self._p))
            self._p = None
        assert self.stack and self.stack[-1] == tag, f"mismatched </{tag}> (open: {self.stack[-3:]})"
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "title":
            self.title += data
        if self._p is not None:
            self._p.append(data)
        elif "article" not in self.stack and data.strip():
            self.outside_text.append(data.strip())


def _parse(name: str) -> _Page:
    page = _Page()
    page.feed((EXAMPLES / name).read_text(encoding="utf-8"))
    page.close()
    assert not page.stack, f"unclosed tags: {page.stack}"
    return page


@pytest.mark.parametrize("name", HTML_NAMES)
def test_html_page_structure(name):
    page = _parse(name)
    assert page.counts.get("article") == 1
    for tag in ("html", "head", "body", "title", "nav", "h1", "form"):
        assert page.counts.get(tag), f"no <{tag}>"
    assert page.title.strip().endswith("| Meridian")
    assert page.meta.get("og:site_name") == "Meridian"
    assert page.meta.get("author")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", page.meta.get("article:published_time", ""))
    assert page.links.get("canonical", "").startswith("https://")
    outside = " ".join(page.outside_text)
    assert "cookies" in outside, "no cookie banner"
    assert "newsletter" in outside.lower(), "no newsletter sign-up box"
    assert "Related coverage" in outside


@pytest.mark.parametrize("name", HTML_NAMES)
def test_html_article_holds_the_txt_body(name):
    page = _parse(name)
    headline, paragraphs = _split(name.replace(".html", ".txt"))
    assert page.article_paragraphs == paragraphs
    assert page.meta["og:title"] in headline
