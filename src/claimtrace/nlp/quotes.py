"""Quotation spans found from the characters, not the parse.

Parsers split long quotes into several sentences and attach them badly; quote marks are the reliable
signal. A quote left open at the end of a paragraph continues when the next paragraph opens with a
quote mark (the wire convention for quotes over several paragraphs).
"""
from __future__ import annotations

from dataclasses import dataclass

OPEN_CURLY = "“«„"
CLOSE_CURLY = "”»"
STRAIGHT = '"'


@dataclass
class Quote:
    """One quotation: its pieces (one per paragraph, each including its quote marks)."""

    pieces: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    open_at: int | None = None
    pieces: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            if open_at is not None:
                # the quote runs to the paragraph end; it continues only if the next paragraph reopens
                j = i
                while j < n and text[j] in "\n\r \t\u00a0":
                    j += 1
                piece_end = i
                while piece_end > open_at and text[piece_end - 1] in " \t\r":
                    piece_end -= 1
                pieces.append((open_at, piece_end))
                if j < n and (text[j] in OPEN_CURLY or text[j] == STRAIGHT or text.startswith(("''", "``"), j)):
                    open_at = j
                    i = j + 1
                    continue
                quotes.append(Quote(pieces))
                pieces, open_at = [], None
            i += 1
            continue
        if ch in OPEN_CURLY and open_at is None:
            open_at = i
        elif ch in CLOSE_CURLY and open_at is not None:
            pieces.append((open_at, i + 1))
            quotes.append(Quote(pieces))
            pieces, open_at = [], None
        elif ch == STRAIGHT or (ch == "'" and text.startswith("''", i)) or text.startswith("``", i):
            width = 1 if ch == STRAIGHT else 2  # '' and `` are typewriter quote marks
            prev = text[i - 1] if i > 0 else " "
            if open_at is None and (prev.isspace() or prev in "([{—–-:;,/" or i == 0):
                open_at = i
            elif open_at is not None and ch != "`":
                pieces.append((open_at, i + width))
                quotes.append(Quote(pieces))
                pieces, open_at = [], None
            i += width
            continue
        i += 1
    if open_at is not None:
        end = n
        while end > open_at and text[end - 1].isspace():
            end -= 1
        pieces.append((open_at, end))
        quotes.append(Quote(pieces))
    # a "quote" of one or two words is usually a scare quote or title, not speech
    return [q for q in quotes if sum(e - s for s, e in q.pieces) > 2]
