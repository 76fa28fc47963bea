"""Render result rows to stdout as table, json, jsonl or csv: one piece of code for every command."""
from __future__ import annotations

import csv
import json
import shutil
import sys
from typing import Any, Iterable, Sequence, TextIO

FORMATS = ("table", "json", "jsonl", "csv")


def shorten(text: str | None, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis when longer."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit_rows(rows: Iterable[dict], fmt: str, columns: Sequence[str] | None = None,
              out: TextIO | None = None, max_width: int | None = None) -> int:
    """Write ``rows`` (dicts) to ``out`` in ``fmt``; returns the number of rows written.

    ``jsonl`` and ``csv`` stream row by row; ``json`` writes one array; ``table`` is for eyes and
    truncates long cells to fit the terminal.
    """
    out = out or sys.stdout
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "json":
        rows = list(rows)
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(rows)
    if fmt == "csv":
        writer = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(columns or row.keys()), extrasaction="ignore")
                writer.writeheader()
            writer.writerow({k: _cell(v) for k, v in row.items()})
            n += 1
        return n
    if fmt == "table":
        rows = list(rows)
        if not rows:
            return 0
        cols = list(columns or rows[0].keys())
        width = max_width or max(40, shutil.get_terminal_size((160, 20)).columns)
        cells = [[_cell(r.get(c)).replace("\n", " ") for c in cols] for r in rows]
        widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
        # shrink the widest columns until the table fits the terminal
        while sum(widths) + 2 * (len(cols) - 1) > width and max(widths) > 12:
            widest = widths.index(max(widths))
            widths[widest] -= 1

        out.write("  ".join(c.upper().ljust(w)[:w] for c, w in zip(cols, widths)).rstrip() + "\n")
        out.write("  ".join("-" * w for w in widths) + "\n")
        for row in cells:
            out.write("  ".join(shorten(v, w).ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
        return len(rows)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
