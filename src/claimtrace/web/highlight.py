"""An article's text cut into runs for display, each run marked with the attribution role it plays
(source, cue or content) so the story page can highlight who said what where. Only offsets are
computed here; the template escapes every run."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..digest.evidence import StoredArticle

#: when spans overlap, the more specific role wins
PRIORITY = {"content": 1, "source": 2, "cue": 3}


@dataclass
class Segment:
    text: str
    role: Optional[str] = None          # "source" | "cue" | "content" | None
    attribution: Optional[int] = None   # position of the attribution it belongs to
    label: str = ""                     # tooltip: who said it, how hedged


def segments(article: StoredArticle) -> list[Segment]:
    """The whole text, in order, as plain and highlighted runs."""
    text = article.text
    marks: list[tuple[int, int, int, str, int, str]] = []   # start, end, priority, role, attribution, label
    for a in article.attributions:
        who = a.speaker or "unknown source"
        label = f"{who}" + (f" ({a.source_count})" if a.source_count and a.source_count > 1 else "") \
            + (f", hedged: {', '.join(a.hedges)}" if a.hedges else "") \
            + (f", via {', '.join(a.via)}" if a.via else "")
        for role, spans in (("content", a.content_spans), ("source", a.source_spans), ("cue", a.cue_spans)):
            for start, end in spans:
                start, end = max(0, start), min(len(text), end)
                if end > start:
                    marks.append((start, end, PRIORITY[role], role, a.position, label))
    if not marks:
        return [Segment(text)] if text else []
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:]):
        best = None
        for m in marks:
            if m[0] <= left and right <= m[1] and (best is None or m[2] > best[2]):
                best = m
        piece = text[left:right]
        if best is None:
            seg = Segment(piece)
        else:
            seg = Segment(piece, best[3], best[4], best[5])
        if out and out[-1].role == seg.role and out[-1].attribution == seg.attribution:
            out[-1].text += piece
        else:
            out.append(seg)
    return out
