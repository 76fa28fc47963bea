"""Sending the digest by e-mail to a real SMTP server (aiosmtpd) on 127.0.0.1, with STARTTLS on a
self-signed certificate made for the test (openssl) and AUTH that the server checks."""
from __future__ import annotations

import email
import shutil
import ssl
import subprocess
from email import policy

import pytest
from inprocess import cli
from newsroom import SCRIPT_TITLE, build_store

USER, PASSWORD = "digest-bot", "s3cret-pass"

pytestmark = pytest.mark.loopback_only


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make the test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


class Inbox:
    """aiosmtpd handler keeping every delivered message."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos), session.authenticated))
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


def _authenticator(server, session, envelope, mechanism, auth_data):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() \
        and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)  # False: let the server answer 535 itself


@pytest.fixture
def smtp_server(certificate):
    from aiosmtpd.controller import Controller

    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port(), require_starttls=True,
                            tls_context=context, authenticator=_authenticator, auth_required=True,
                            auth_require_tls=True)
    controller.start()
    try:
        yield controller, inbox, cert
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mailstore")
    db = str(folder / "news.db")
    build_store(db, folder)
    return db


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _port(controller) -> int:
    return controller.port


def test_send_digest_with_starttls_and_auth(smtp_server, store_path, monkeypatch):
    controller, inbox, cert = smtp_server
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    monkeypatch.setenv("CLAIMTRACE_SMTP_PASSWORD", PASSWORD)
    code, out, err = cli("digest", "--db", store_path, "--since", "7d", "--send",
                         "--to", "desk@example.org", "--to", "analyst@example.org",
                         "--from", "claimtrace@example.org", "--smtp", f"127.0.0.1:{_port(controller)}",
                         "--starttls", "--user", USER, "--no-record")
    assert code == 0, err
    assert len(inbox.messages) == 1
    mail_from, rcpts, authenticated = inbox.envelopes[0]
    assert mail_from == "claimtrace@example.org" and rcpts == ["desk@example.org", "analyst@example.org"]
    assert authenticated
    msg = inbox.messages[0]
    assert msg["Subject"].startswith("claimtrace digest")
    assert msg.get_content_type() == "multipart/alternative"
    plain = msg.get_body(preferencelist=("plain",)).get_content()
    html = msg.get_body(preferencelist=("html",)).get_content()
    assert SCRIPT_TITLE in plain
    assert "Sourcing:" in plain and "Why here:" in plain
    assert "&lt;script&gt;" in html and "<script" not in html.lower()
    assert "<style" not in html and 'style="' in html


def test_wrong_password_is_refused(smtp_server, store_path, monkeypatch):
    controller, inbox, cert = smtp_server
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    monkeypatch.setenv("CLAIMTRACE_SMTP_PASSWORD", "not-it")
    code, _, err = cli("digest", "--db", store_path, "--send", "--to", "desk@example.org",
                       "--smtp", f"127.0.0.1:{_port(controller)}", "--starttls", "--user", USER,
                       "--no-record")
    assert code == 1 and "sending failed" in err and "SMTPAuthenticationError" in err
    assert inbox.messages == []


def test_untrusted_certificate_is_refused(smtp_server, store_path, monkeypatch, tmp_path):
    controller, inbox, _ = smtp_server
    empty = tmp_path / "none.pem"
    empty.write_text("")
    monkeypatch.setenv("SSL_CERT_FILE", str(empty))
    monkeypatch.setenv("CLAIMTRACE_SMTP_PASSWORD", PASSWORD)
    code, _, err = cli("digest", "--db", store_path, "--send", "--to", "desk@example.org",
                       "--smtp", f"127.0.0.1:{_port(controller)}", "--starttls", "--user", USER,
                       "--no-record")
    assert code == 1 and "SSL" in err
    assert inbox.messages == []


def test_usage_errors(store_path, monkeypatch):
    monkeypatch.delenv("CLAIMTRACE_SMTP_PASSWORD", raising=False)
    assert cli("digest", "--db", store_path, "--send", "--to", "a@example.org", "--smtp", "host:notaport")[0] == 2
    code, _, err = cli("digest", "--db", store_path, "--send", "--to", "a@example.org", "--user", "u")
    assert code == 2 and "CLAIMTRACE_SMTP_PASSWORD" in err
