"""A digest as text (terminal), Markdown, JSON, or HTML (e-mail: inline CSS, no scripts).

HTML comes from Jinja2 templates with autoescape on: titles, sentences and names from articles are
always escaped.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Optional

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .records import Digest, DigestStory

#: article links shown per story before "and N more"
MAX_LINKS = 8


def http_url(url: Optional[str]) -> Optional[str]:
    """``url`` when it is an http(s) URL, else None: article metadata never becomes a
    ``javascript:`` or ``data:`` link."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("claimtrace.digest", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["http_url"] = http_url
    return env


def title(digest: Digest) -> str:
    return f"claimtrace digest — {_when(digest.generated_at)}"


def subtitle(digest: Digest) -> str:
    period = f"stories since {_when(digest.since)}" if digest.since else "all stored stories"
    compared = (f"changes since the digest of {_when(digest.previous_at)}" if digest.previous_at
                else "first digest")
    return f"{len(digest.stories)} stories · {period} · {compared}"


def _when(stamp: Optional[str]) -> str:
    return stamp.replace("T", " ").replace("Z", " UTC") if stamp else "?"


def text(digest: Digest) -> str:
    lines = [title(digest), subtitle(digest), ""]
    for s in digest.stories:
        lines += _story_lines(s, markdown=False)
    if not digest.stories:
        lines.append("No stories in this period.")
    return "\n".join(lines).rstrip() + "\n"


def markdown(digest: Digest) -> str:
    lines = [f"# {_md(title(digest))}", "", f"*{_md(subtitle(digest))}*", ""]
    for s in digest.stories:
        lines += _story_lines(s, markdown=True)
    if not digest.stories:
        lines.append("No stories in this period.")
    return "\n".join(lines).rstrip() + "\n"


def _md(value: str) -> str:
    """Markdown-escape text taken from articles (so a title cannot inject links or HTML)."""
    out = value
    for ch in "\\`*_{}[]<>()#+!|":
        out = out.replace(ch, "\\" + ch)
    return out


def _story_lines(s: DigestStory, *, markdown: bool) -> list[str]:
    esc = _md if markdown else (lambda v: v)
    head = s.story.title or "(untitled story)"
    new = " [NEW]" if s.is_new else ""
    if markdown:
        lines = [f"## {s.rank}. {esc(head)}{new}", "",
                 f"- **Sourcing:** {esc(s.sourcing)}",
                 f"- **Why here:** {esc(s.explanation)} (score {s.score:.2f})"]
    else:
        lines = [f"{s.rank}. {head}{new}",
                 f"   Sourcing: {s.sourcing}",
                 f"   Why here: {s.explanation} (score {s.score:.2f})"]
    prefix = "- " if markdown else "   "
    if s.hedges:
        lines.append(f"{prefix}{'**Hedged:**' if markdown else 'Hedged:'} {esc(', '.join(s.hedges))}")
    if s.changes:
        lines.append(f"{prefix}{'**Changed:**' if markdown else 'Changed:'} {esc('; '.join(s.changes))}")
    for sentence in s.summary:
        outlet = sentence.outlet or "unknown outlet"
        if markdown:
            lines.append(f"> {esc(sentence.text)} — *{esc(outlet)}*")
        else:
            lines.append(f"   “{sentence.text}” — {outlet}")
    for link in s.links[:MAX_LINKS]:
        label = link.outlet or link.title or "article"
        target = link.url or "(no URL)"
        if markdown:
            lines.append(f"- [{esc(label)}]({_md_url(link.url)}) ({link.role})" if http_url(link.url)
                         else f"- {esc(label)} ({link.role})")
        else:
            lines.append(f"   - {label} ({link.role}): {target}")
    if len(s.links) > MAX_LINKS:
        lines.append(f"{prefix}and {len(s.links) - MAX_LINKS} more articles")
    lines.append("")
    return lines


def to_json(digest: Digest) -> str:
    return json.dumps(digest.to_dict(), ensure_ascii=False, indent=2) + "\n"


def html_fragment(digest: Digest, *, base_url: Optional[str] = None) -> str:
    """The story list alone (for feeds and the e-mail body)."""
    return environment().get_template("stories.html").render(
        digest=digest, base_url=(base_url or "").rstrip("/"), max_links=MAX_LINKS)


def html(digest: Digest, *, base_url: Optional[str] = None) -> str:
    """A whole HTML e-mail document: inline CSS, tables for layout, no scripts, no external assets."""
    return environment().get_template("email.html").render(
        title=title(digest), subtitle=subtitle(digest),
        body=Markup(html_fragment(digest, base_url=base_url)))


def _md_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
