"""The ``claimtrace`` command: a thin layer over the Python API.

Each subcommand lives in its own module exposing ``register(subparsers)``; exit codes are
0 (all inputs succeeded), 1 (some failed), 2 (usage error).
"""
from __future__ import annotations

import argparse
import sys

from ..errors import ModelNotInstalled
from . import eval_cmd, extract_cmd, ingest_cmd, query_cmds
from . import digest_cmd, serve_cmd
from . import track_cmd
from . import story_cmds

COMMAND_MODULES = [extract_cmd, ingest_cmd, query_cmds, eval_cmd]
COMMAND_MODULES += [digest_cmd, serve_cmd]
COMMAND_MODULES += [track_cmd]
COMMAND_MODULES += [story_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimtrace",
        description="Who said what, on whose word, how many, how sure: attributions in the news.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except ModelNotInstalled as exc:
        print(f"claimtrace: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `claimtrace extract ... | head`
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
