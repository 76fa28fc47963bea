"""Run a ``claimtrace`` command in this test process (the spaCy model stays loaded between calls)."""
from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout

from claimtrace.cli.main import build_parser


def cli(*argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``claimtrace ARGV...``, parsed by the real parser."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            args = build_parser().parse_args(list(argv))
            code = args.func(args)
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()
