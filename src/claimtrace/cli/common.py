"""What the subcommands share: argument types (so every command rejects bad input the same way)
and opening the store with a clear message."""
from __future__ import annotations

import argparse
import sys
from typing import Callable


def whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse ``type`` accepting whole numbers >= ``minimum`` (a usage error, exit 2, otherwise)."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
        if n < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {n}")
        return n

    return parse


def open_store(db, command: str, *, create: bool = True):
    """The store at ``db`` (None: the default), or ``(None, exit code)`` after saying why not:
    2 for a malformed URL (a usage error), 1 for a store that cannot be opened."""
    from ..store import Store, StoreError, resolve_url

    try:
        resolve_url(db)
    except StoreError as exc:
        print(f"claimtrace {command}: {exc}", file=sys.stderr)
        return None, 2
    try:
        return Store.open(db, create=create), 0
    except StoreError as exc:
        print(f"claimtrace {command}: {exc}", file=sys.stderr)
        return None, 1


def add_settings_arguments(p: argparse.ArgumentParser) -> None:
    """``--model`` and ``--max-bytes``, for every command that reads articles."""
    p.add_argument("--model", metavar="NAME",
                   help="spaCy pipeline to use (default: $CLAIMTRACE_MODEL or the bundled small English model)")
    p.add_argument("--max-bytes", type=whole_number(1), metavar="N",
                   help="refuse inputs larger than this (default $CLAIMTRACE_MAX_BYTES or 5 MB)")


def settings_from(args: argparse.Namespace):
    """``Settings`` from the environment, with what the command line overrides."""
    from ..config import Settings

    settings = Settings()
    if args.model:
        settings.model = args.model
    if args.max_bytes:
        settings.max_bytes = args.max_bytes
    return settings
