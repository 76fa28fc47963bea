"""``claimtrace serve``: the web app over a store, on 127.0.0.1:8000 by default. A thin layer over
``claimtrace.web.serve``.

Exit codes: 0 stopped normally, 1 the store cannot be opened, 2 usage error.
"""
from __future__ import annotations

import sys

from .common import open_store, whole_number


def register(sub) -> None:
    p = sub.add_parser("serve", help="browse stories, claims and actors in a web browser",
                       description="Serve the web app (stories, one story, actors, search, JSON API "
                                   "under /api/, OpenAPI at /openapi.json). Read-only; POST "
                                   "/api/ingest needs the token in $CLAIMTRACE_WEB_TOKEN.")
    p.add_argument("--db", metavar="URL", help="store to read (default: $CLAIMTRACE_DB, else the per-user file)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, loopback only)")
    p.add_argument("--port", type=whole_number(0), default=8000, help="port (default 8000)")
    p.set_defaults(func=run_serve)


def run_serve(args) -> int:
    from ..web import serve

    if args.port > 65535:
        print(f"claimtrace serve: bad port {args.port}", file=sys.stderr)
        return 2
    store, code = open_store(args.db, "serve", create=False)
    if store is None:
        return code
    store.close()
    serve(args.db, host=args.host, port=args.port)
    return 0
