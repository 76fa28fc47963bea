"""A bar chart of counts over time as inline SVG, rendered on the server (no scripts, no external
assets). Labels are escaped; the SVG is safe to embed in a page as is."""
from __future__ import annotations

import math
from html import escape

WIDTH, HEIGHT = 640, 180
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 34, 28, 10
#: pixels one x-axis label needs (a date), so labels never overlap
LABEL_WIDTH = 72


def bar_chart(points: list[tuple[str, int]], *, title: str = "") -> str:
    """``points``: ``(label, count)`` in order, e.g. one per day. Returns an ``<svg>`` element."""
    n = max(1, len(points))
    top = max([c for _, c in points] + [1])
    plot_w = WIDTH - MARGIN_LEFT - 8
    plot_h = HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    step = plot_w / n
    bar_w = max(1.0, min(step * 0.8, 36.0))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{escape(title)}">',
             f'<title>{escape(title)}</title>',
             f'<line x1="{MARGIN_LEFT}" y1="{MARGIN_TOP + plot_h}" x2="{WIDTH - 8}" '
             f'y2="{MARGIN_TOP + plot_h}" class="axis"/>',
             f'<text x="{MARGIN_LEFT - 6}" y="{MARGIN_TOP + 8}" text-anchor="end" class="tick">{top}</text>',
             f'<text x="{MARGIN_LEFT - 6}" y="{MARGIN_TOP + plot_h}" text-anchor="end" class="tick">0</text>']
    label_every = max(1, math.ceil(n / max(1, plot_w // LABEL_WIDTH)))
    for i, (label, count) in enumerate(points):
        h = plot_h * count / top
        x = MARGIN_LEFT + i * step + (step - bar_w) / 2
        y = MARGIN_TOP + plot_h - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" class="bar">'
                     f'<title>{escape(label)}: {count}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{HEIGHT - 10}" text-anchor="middle" '
                         f'class="tick">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)
