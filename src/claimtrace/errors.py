"""Per-input failures: a short machine-readable reason plus a human message."""
from __future__ import annotations


class InputError(Exception):
    """An input that cannot be processed. ``reason`` is a stable slug (e.g. ``empty``, ``binary``)."""

    def __init__(self, reason: str, message: str):
        super().__init__(f"{reason}: {message}")
        self.reason = reason
        self.message = message


def too_large(what: str, size: "int | None", limit: int) -> InputError:
    """The one message for inputs over the size limit: says the limit and how to raise it."""
    got = f" is {size:,} bytes," if size is not None else " is"
    return InputError("too_large", f"{what}{got} over the limit of {limit:,} bytes; raise it with "
                                   f"--max-bytes or CLAIMTRACE_MAX_BYTES")


class ModelNotInstalled(RuntimeError):
    """The spaCy pipeline named by ``--model`` / ``CLAIMTRACE_MODEL`` cannot be loaded (a usage error)."""
