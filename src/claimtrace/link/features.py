"""What the linker keeps of one article: a weighted term vector, a MinHash signature, numbers, and
the blocking keys and LSH bands that find its neighbours with indexed lookups.

Everything here is a pure function of the article alone. Term weights come from general English
word frequencies (``wordfreq``), not from the store's own document counts, so the similarity of
two articles never depends on what else was stored or in which order: linking a folder in two
halves gives the same stories as linking it at once.
"""
from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Optional

import numpy as np
from datasketch import MinHash
from spacy.lang.en.stop_words import STOP_WORDS as SPACY_STOP_WORDS
from wordfreq import word_frequency

from ..ingest.dateline import place_of
from ..model import Article

#: MinHash size and LSH banding: 16 bands of 4 rows find pairs with Jaccard above about 0.5.
NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
#: Terms kept per article (the rest weigh little) and how many of them become blocking keys.
MAX_TERMS = 300
BLOCKING_KEYS = 10
#: Words per shingle for near-duplicate detection.
SHINGLE = 4

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z]|\d[\d,.]*\d|\d")
_NAME = re.compile(r"\b[A-Z][A-Za-z'\u2019\-]+(?:\s+(?:of\s+|de\s+|al-)?[A-Z][A-Za-z'\u2019\-]+)+")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
STOP_WORDS = frozenset(w.lower() for w in SPACY_STOP_WORDS) | frozenset("""
said says say told according reported report reports news week weeks time people new like just
mr mrs ms monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december statement added""".split())
#: Numbers are specific but small ones recur everywhere; a shared number weighs like a rare word.
NUMBER_WEIGHT = 9.0
#: A two-word-or-more capitalised name weighs like the rarest words, plus its words on their own.
MAX_WEIGHT = 18.4


@lru_cache(maxsize=200_000)
def term_weight(term: str) -> float:
    """-log of the word's general English frequency: rare words and names weigh most."""
    if term.startswith("#"):
        return NUMBER_WEIGHT
    return min(-math.log(word_frequency(term.lstrip("@"), "en", minimum=1e-8)), MAX_WEIGHT)


def normalise_number(token: str) -> str:
    return token.replace(",", "").rstrip(".")


def salient_number(token: str) -> Optional[str]:
    """A figure that tells two reports apart, normalised ("51,870" -> "51870"), or None: a single digit
    ("November 7") or a year ("since March 2025") tells nothing."""
    number = normalise_number(token)
    return number if len(number) > 1 and not _YEAR.match(number) else None


@dataclass
class LinkFeatures:
    """The linker's view of one article revision (stored as JSON in ``link_articles.features``)."""

    terms: dict[str, float]            # term -> weight, L2-normalised; "@name", "#number", word
    numbers: list[str]                 # salient numbers (not years), normalised
    signature: np.ndarray              # MinHash values (uint64) of the word shingles
    shingles: int                      # how many distinct shingles (for containment from Jaccard)
    keys: list[str] = field(default_factory=list)    # blocking keys: the heaviest terms
    bands: list[str] = field(default_factory=list)   # LSH band hashes of the signature
    place: Optional[str] = None                      # the place of its wire dateline ("VELLIN")

    @cached_property
    def name_terms(self) -> dict[str, float]:
        """The names (``@...``) alone, L2-normalised again (computed once per article)."""
        return renormalised({t: w for t, w in self.terms.items() if t[0] == "@"})

    @cached_property
    def word_terms(self) -> dict[str, float]:
        """The plain words alone (no names, no numbers), L2-normalised again."""
        return renormalised({t: w for t, w in self.terms.items() if t[0] not in "@#"})

    @cached_property
    def key_set(self) -> frozenset:
        return frozenset(blocking_keys(self.terms))

    def to_json(self) -> dict:
        return {"terms": self.terms, "numbers": self.numbers, "shingles": self.shingles,
                "signature": self.signature.astype("<u8").tobytes().hex(), "place": self.place}

    @classmethod
    def from_json(cls, data: dict) -> "LinkFeatures":
        signature = np.frombuffer(bytes.fromhex(data["signature"]), dtype="<u8")
        return cls(terms=data["terms"], numbers=data["numbers"], signature=signature,
                   shingles=data["shingles"], place=data.get("place"))


def renormalised(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {t: w / norm for t, w in vector.items()}


def body_text(article: Article) -> str:
    """The text to compare: title and body, without the boilerplate ranges."""
    text = article.text
    for start, end in sorted(article.boilerplate, reverse=True):
        text = text[:start] + " " + text[end:]
    if article.title and not text.lstrip().startswith(article.title[:40]):
        text = article.title + "\n" + text
    return text


def term_counts(text: str) -> dict[str, float]:
    counts: dict[str, float] = {}
    for m in _WORD.finditer(text):
        word = m.group().lower().replace("\u2019", "'")
        if word[0].isdigit():
            number = normalise_number(word)
            if not _YEAR.match(number):
                counts["#" + number] = counts.get("#" + number, 0) + 1
            continue
        if len(word) < 3 or word in STOP_WORDS:
            continue
        counts[word] = counts.get(word, 0) + 1
    for m in _NAME.finditer(text):
        parts = [p for p in m.group().split() if p.lower() not in STOP_WORDS]
        if len(parts) >= 2:
            name = "@" + " ".join(parts).lower().replace("\u2019", "'")
            counts[name] = counts.get(name, 0) + 1
    return counts


def weighted_terms(counts: dict[str, float]) -> dict[str, float]:
    """Sublinear tf times general-English rarity, the heaviest ``MAX_TERMS``, L2-normalised."""
    vec = {t: (1 + math.log(c)) * term_weight(t) for t, c in counts.items()}
    top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS]
    norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
    return {t: round(v / norm, 5) for t, v in top}


def shingles(text: str) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def signature_of(items: set[str]) -> np.ndarray:
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch([s.encode("utf-8") for s in items])
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def lsh_bands(signature: np.ndarray) -> list[str]:
    """One key per band: a band's rows hashed together (``BANDS`` x ``ROWS``)."""
    out = []
    for b in range(BANDS):
        rows = ",".join(str(v) for v in signature[b * ROWS:(b + 1) * ROWS])
        out.append(f"{b}:" + hashlib.blake2b(rows.encode(), digest_size=8).hexdigest())
    return out


def blocking_keys(terms: dict[str, float]) -> list[str]:
    """The heaviest names and words (numbers are too common to block on)."""
    ranked = sorted(((w, t) for t, w in terms.items() if not t.startswith("#")), key=lambda x: (-x[0], x[1]))
    return [t for _, t in ranked[:BLOCKING_KEYS]]


def features_of(article: Article) -> LinkFeatures:
    text = body_text(article)
    counts = term_counts(text)
    terms = weighted_terms(counts)
    items = shingles(text)
    signature = signature_of(items)
    numbers = sorted(t[1:] for t in counts if t.startswith("#") and salient_number(t[1:]))
    return LinkFeatures(terms=terms, numbers=numbers, signature=signature, shingles=len(items),
                        keys=blocking_keys(terms), bands=lsh_bands(signature), place=place_of(article.text))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product over the shared terms (a C-level key intersection: the linker scores hundreds
    of pairs per article); ``fsum`` makes it independent of the set's iteration order."""
    return math.fsum(a[t] * b[t] for t in a.keys() & b.keys())


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of the shingle-set Jaccard similarity."""
    return float(np.count_nonzero(a == b)) / len(a) if len(a) else 0.0


def containment(a: LinkFeatures, b: LinkFeatures, j: float) -> float:
    """Estimated share of ``a``'s shingles found in ``b`` (an excerpt or a copy with a new intro),
    from their Jaccard estimate ``j`` and shingle counts."""
    if not a.shingles:
        return 0.0
    shared = j * (a.shingles + b.shingles) / (1 + j)
    return min(1.0, shared / a.shingles)


def day_of(stamp: Optional[str]) -> Optional[int]:
    """Days since 1970-01-01 of a normalised UTC stamp ``YYYY-MM-DD...``."""
    if not stamp or len(stamp) < 10:
        return None
    from datetime import date

    try:
        return date.fromisoformat(stamp[:10]).toordinal() - 719163
    except ValueError:
        return None
