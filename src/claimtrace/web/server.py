"""Run the web app with uvicorn, on loopback unless told otherwise."""
from __future__ import annotations

import ipaddress
import sys
from typing import Optional

LOOPBACK_NAMES = {"localhost"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(db: Optional[str] = None, *, host: str = "127.0.0.1", port: int = 8000,
          token: Optional[str] = None, log_level: str = "warning") -> None:
    """Serve the store at ``db`` until interrupted. A non-loopback ``host`` is allowed but warned
    about: the app has no user accounts, only the operator token for writes."""
    import uvicorn

    from .app import create_app

    if not is_loopback(host):
        print(f"claimtrace serve: warning: listening on {host}, reachable from other machines; "
              "the pages are read-only but not access-controlled", file=sys.stderr)
    app = create_app(db, token=token)
    print(f"claimtrace serve: http://{host if ':' not in host else '[' + host + ']'}:{port}/",
          file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)
