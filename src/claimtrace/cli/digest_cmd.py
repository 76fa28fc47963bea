"""``claimtrace digest``: the ranked, explained, summarised stories of a period, printed, written
to a file, or e-mailed. A thin layer over ``claimtrace.digest``.

Exit codes: 0 ok, 1 the store cannot be read or the mail could not be sent, 2 usage error.
"""
from __future__ import annotations

import argparse
import os
import smtplib
import sys
import tempfile

from .common import open_store, whole_number

FORMATS = ("text", "md", "html", "json", "rss", "atom")


def register(sub) -> None:
    p = sub.add_parser(
        "digest", help="the stories that matter, ranked and explained (text, md, html, json, rss)",
        description="Rank the stories seen in a period by independent corroboration, novelty since "
                    "the last digest, contested claims, source weight and spread; summarise each "
                    "with sentences from its articles and a sourcing line. Each run is recorded "
                    "(unless --no-record) so the next digest says what changed.")
    p.add_argument("--db", metavar="URL", help="store to read (default: $CLAIMTRACE_DB, else the per-user file)")
    p.add_argument("--since", type=since_or_all, default="24h", metavar="WHEN",
                   help="stories active since: 12h, 7d, a date; 'all' for everything (default 24h)")
    p.add_argument("--top", type=whole_number(1), default=10, metavar="N", help="at most N stories (default 10)")
    p.add_argument("--outlet", metavar="NAME", help="only stories with an article from this outlet")
    p.add_argument("--actor", metavar="NAME", help="only stories in which this person or organisation speaks")
    p.add_argument("--format", choices=FORMATS, default="text",
                   help="text (default), md, html (the e-mail), json, rss/atom (feed of digests)")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--base-url", metavar="URL", default="http://127.0.0.1:8000",
                   help="where `claimtrace serve` runs, for links in HTML and feeds")
    p.add_argument("--no-record", action="store_true",
                   help="do not record this digest (the next one compares with the previous)")
    mail = p.add_argument_group("e-mail")
    mail.add_argument("--send", action="store_true", help="e-mail the digest (HTML with a text part)")
    mail.add_argument("--to", action="append", default=[], metavar="ADDRESS", help="recipient (repeatable)")
    mail.add_argument("--from", dest="sender", default="claimtrace@localhost", metavar="ADDRESS")
    mail.add_argument("--smtp", default="127.0.0.1:25", metavar="HOST:PORT", help="SMTP server (default 127.0.0.1:25)")
    mail.add_argument("--starttls", action="store_true", help="upgrade the connection with STARTTLS")
    mail.add_argument("--user", metavar="USER",
                      help="SMTP user; the password is read from $CLAIMTRACE_SMTP_PASSWORD")
    p.set_defaults(func=run_digest)


def since_or_all(value: str) -> str | None:
    """An argparse ``type``: ``all`` (no bound) or what ``--since`` takes elsewhere."""
    from ..store.times import parse_since

    if value.strip().lower() == "all":
        return None
    try:
        parse_since(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).replace("bad --since value", "bad value")) from None
    return value


def _write(path: str, data: bytes) -> None:
    """Write all of ``data`` or nothing (temporary file, then rename)."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".digest-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def run_digest(args) -> int:
    from ..digest import build_digest, feeds, history, mail, record_digest, render

    if args.send and not args.to:
        print("claimtrace digest: --send needs at least one --to ADDRESS", file=sys.stderr)
        return 2
    settings = None
    if args.send:
        try:
            host, port = mail.parse_server(args.smtp)
        except ValueError as exc:
            print(f"claimtrace digest: {exc}", file=sys.stderr)
            return 2
        settings = mail.SmtpSettings(host=host, port=port, starttls=args.starttls, user=args.user,
                                     password=os.environ.get(mail.PASSWORD_ENV))
        if args.user and settings.password is None:
            print(f"claimtrace digest: --user needs the password in ${mail.PASSWORD_ENV}", file=sys.stderr)
            return 2
    refused: dict = {}
    store, code = open_store(args.db, "digest", create=False)
    if store is None:
        return code
    with store:
        digest = build_digest(store, since=args.since, top=args.top, outlet=args.outlet, actor=args.actor)
        if args.send:
            msg = mail.build_message(digest, sender=args.sender, recipients=args.to, base_url=args.base_url)
            try:
                refused = mail.send(msg, settings)
            except (OSError, smtplib.SMTPException) as exc:
                print(f"claimtrace digest: sending failed: {type(exc).__name__}: {exc}", file=sys.stderr)
                return 1
            for address, (status, reason) in refused.items():
                print(f"claimtrace digest: {address}: refused: {status} {reason!r}", file=sys.stderr)
            print(f"claimtrace digest: sent {len(digest.stories)} stories to "
                  f"{len(args.to) - len(refused)} of {len(args.to)} recipients", file=sys.stderr)
        if not args.no_record:
            record_digest(store, digest)
        if args.format in ("rss", "atom"):
            data = feeds.digests_feed(history.recent(store), base_url=args.base_url, fmt=args.format)
        else:
            text = {"text": render.text, "md": render.markdown, "json": render.to_json,
                    "html": lambda d: render.html(d, base_url=args.base_url)}[args.format](digest)
            data = text.encode("utf-8")
    if args.out:
        _write(args.out, data)
    elif not args.send or args.format != "text":
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
    return 1 if refused else 0
