"""End to end in a real browser: Debian's chromium (installed by scripts/setup) driven by Playwright
against the app on a real uvicorn on 127.0.0.1. Skipped, with the reason, when chromium is absent.

Set ``CLAIMTRACE_SCREENSHOTS=docs/screenshots`` to (re)write the README's screenshots.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from newsroom import SCRIPT_TITLE, LiveServer, build_store

from claimtrace.web import create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.loopback_only,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not installed (scripts/setup installs it as root)")]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browserstore")
    db = str(folder / "news.db")
    build_store(db, folder)
    with LiveServer(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        pg = context.new_page()
        yield pg
        context.close()
        browser.close()


class Watch:
    """What the page did that it should not: dialogs, console errors, requests off loopback."""

    def __init__(self, page, base_url: str):
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("request", lambda r: None if r.url.startswith(base_url) else self.foreign.append(r.url))


def _shot(page, name: str) -> None:
    folder = os.environ.get("CLAIMTRACE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)


def _story_id(base_url: str, url_part: str) -> str:
    for s in httpx.get(base_url + "/api/stories").json():
        if any(url_part in (a["url"] or "") for a in s["articles"]):
            return s["id"]
    raise AssertionError(url_part)


def test_script_title_shows_as_text_and_runs_nothing(page, base_url):
    watch = Watch(page, base_url)
    page.goto(base_url + "/")
    link = page.get_by_text(SCRIPT_TITLE, exact=True)
    assert link.count() == 1, "the title is shown as text"
    assert page.evaluate("document.querySelectorAll('script').length") == 0
    assert page.title() != "pwned"
    link.click()
    page.wait_for_load_state()
    assert page.locator("#story-title").inner_text() == SCRIPT_TITLE
    assert page.title() != "pwned" and page.evaluate("document.querySelectorAll('script').length") == 0
    assert watch.dialogs == [] and watch.foreign == []


def test_stories_page_filters(page, base_url):
    watch = Watch(page, base_url)
    page.goto(base_url + "/")
    titles = page.locator("li.story a.title").all_inner_texts()
    assert len(titles) == len(httpx.get(base_url + "/api/stories").json())
    _shot(page, "stories")
    page.fill("input[name=outlet]", "Port Gazette")
    page.click("form.filters button")
    page.wait_for_load_state()
    assert page.locator("li.story a.title").all_inner_texts() == [SCRIPT_TITLE]
    assert "outlet=Port+Gazette" in page.url
    assert watch.foreign == [] and watch.errors == []


def test_story_page_highlights_attributions(page, base_url):
    watch = Watch(page, base_url)
    story_id = _story_id(base_url, "harbourledger.example")
    page.goto(f"{base_url}/stories/{quote(story_id)}")
    original = page.locator("details.article[open]").first
    assert original.locator("mark.cue").count() >= 1
    assert original.locator("mark.source").count() >= 1
    background = original.locator("mark.cue").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "the stylesheet loaded and applies"
    assert page.locator(".claims .claim").count() >= 1
    _shot(page, "story")
    closed = page.locator("details.article:not([open])")
    if closed.count():
        target = closed.first.element_handle()
        target.query_selector("summary").click()
        assert target.evaluate("e => e.open")
    assert watch.foreign == [] and watch.errors == [] and watch.dialogs == []


def test_actor_page_chart_and_search(page, base_url):
    watch = Watch(page, base_url)
    page.goto(base_url + "/search?q=salo")
    page.locator("section").first.locator("a").first.click()
    page.wait_for_load_state()
    assert "Salo" in page.locator("h1").inner_text()
    bars = page.locator("svg.chart rect.bar")
    assert bars.count() >= 1
    heights = [b.bounding_box()["height"] for b in bars.all()]
    assert max(heights) > 0 and len(heights) >= 14, "a timeline, days without statements at zero"
    _shot(page, "actor")
    page.goto(base_url + "/search?q=withdraw")
    assert page.locator("ul.results li").count() >= 1
    _shot(page, "search")
    assert watch.foreign == [] and watch.errors == []
