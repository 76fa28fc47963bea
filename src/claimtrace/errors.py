"""Per-input failures: a short machine-readable reason plus a human message."""
from __future__ import annotations


class InputError(Exception):
    """An input that cannot be processed. ``reason`` is a stable slug (e.g. ``empty``, ``binary``)."""

    def __init__(self, reason: str, message: str):
        super().__init__(f"{reason}: {message}")
        self.reason = reason
        self.message = message
