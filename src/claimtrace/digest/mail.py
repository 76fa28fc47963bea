"""The digest as an e-mail (a plain-text part and an HTML part) and sending it over SMTP.

Sending uses the standard library's ``smtplib``: STARTTLS when asked (certificate verified against
the system's trust store, or ``SSL_CERT_FILE``), then AUTH when a user is given. The password never
goes on a command line: it comes from an environment variable (``CLAIMTRACE_SMTP_PASSWORD``).
"""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Optional

from . import render
from .records import Digest

PASSWORD_ENV = "CLAIMTRACE_SMTP_PASSWORD"


@dataclass
class SmtpSettings:
    host: str = "127.0.0.1"
    port: int = 25
    starttls: bool = False
    user: Optional[str] = None
    password: Optional[str] = None
    timeout: float = 30.0
    ssl_context: Optional[ssl.SSLContext] = None   # None: the default (system trust store)


def parse_server(value: str) -> tuple[str, int]:
    """``HOST:PORT`` (or ``HOST``, port 25; ``[::1]:25`` for IPv6) -> ``(host, port)``."""
    text = value.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    else:
        host, _, port = text.rpartition(":") if text.count(":") == 1 else (text, "", "")
    if not host:
        raise ValueError(f"bad SMTP server {value!r}: use HOST:PORT")
    try:
        number = int(port) if port else 25
    except ValueError:
        raise ValueError(f"bad SMTP port in {value!r}") from None
    if not 0 < number < 65536:
        raise ValueError(f"bad SMTP port in {value!r}")
    return host, number


def build_message(digest: Digest, *, sender: str, recipients: list[str],
                  base_url: Optional[str] = None) -> EmailMessage:
    """A multipart/alternative message: text first, then the HTML readers prefer."""
    msg = EmailMessage()
    msg["Subject"] = render.title(digest)
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = make_msgid(domain="claimtrace.invalid")
    msg.set_content(render.text(digest))
    msg.add_alternative(render.html(digest, base_url=base_url), subtype="html")
    return msg


def send(msg: EmailMessage, settings: SmtpSettings) -> dict:
    """Send ``msg``; returns the recipients the server refused (empty when all were accepted).

    Raises ``smtplib.SMTPException`` / ``OSError`` when the server cannot be reached or refuses.
    """
    with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout) as smtp:
        smtp.ehlo()
        if settings.starttls:
            smtp.starttls(context=settings.ssl_context or ssl.create_default_context())
            smtp.ehlo()
        if settings.user:
            smtp.login(settings.user, settings.password or "")
        return smtp.send_message(msg)
