"""Polite, bounded HTTP fetching for inputs named by URL.

Why this is more than ``urllib3.request``: claimtrace may run as a service that fetches URLs
chosen by someone else, so every hop is checked against the private-address rule (SSRF), the
host is resolved once and the connection goes to the very IP that was checked (no DNS-rebinding
window), bodies are streamed against a size cap, and each host gets a minimum spacing between
requests so a long URL list does not hammer one newsroom.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from email.message import Message
from typing import Callable, Iterable, Optional
from urllib.parse import quote, urljoin, urlsplit

import urllib3
from urllib3.exceptions import (
    HTTPError,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
    SSLError,
)
from urllib3.exceptions import TimeoutError as Urllib3Timeout

from ..config import DEFAULT_MAX_BYTES
from ..errors import InputError, too_large

try:  # certifi ships with the pinned environment; fall back to the system store otherwise.
    import certifi

    _CA_CERTS: Optional[str] = certifi.where()
except ImportError:  # pragma: no cover
    _CA_CERTS = None


def _version() -> str:
    # Not ``from claimtrace import __version__``: that would be circular while the package initialises.
    try:
        from importlib.metadata import version

        return version("claimtrace")
    except Exception:  # pragma: no cover - running from a bare checkout
        return "0"


USER_AGENT = f"claimtrace/{_version()} (+https://github.com/claimtrace/claimtrace)"
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
PRIVATE_HINT = "pass --allow-private (allow_private=True) to fetch from local or private networks"

Resolver = Callable[[str, int], list[str]]


class FetchError(InputError):
    """A URL that could not be fetched; ``reason`` is a stable slug (``timeout``, ``http_404``, ...)."""

    def __init__(self, reason: str, message: str, url: str = "", *, retryable: bool = False):
        super().__init__(reason, message)
        self.url = url
        #: connection-level trouble that another attempt may cure (5xx is handled separately)
        self.retryable = retryable


@dataclass
class FetchResult:
    """A successful (2xx) response body, fully read and within the size cap."""

    url: str                      # the URL asked for
    final_url: str                # after redirects
    status: int
    data: bytes
    content_type: Optional[str]   # media type without parameters, lower-case
    charset: Optional[str]        # from the Content-Type header, if any
    headers: dict[str, str] = field(default_factory=dict)
    redirects: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- address policy

def is_disallowed_address(ip: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for addresses a public fetch must never reach: loopback, private, link-local,
    multicast, reserved, unspecified, shared (CGNAT) — also when hidden in IPv4-mapped,
    6to4 or Teredo IPv6 forms."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0] if isinstance(ip, str) else ip)
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped is not None:  # ::ffff:a.b.c.d is a.b.c.d on the wire
            return is_disallowed_address(addr.ipv4_mapped)
        for embedded in (addr.sixtofour,
                         addr.teredo[1] if addr.teredo else None):
            if embedded is not None and is_disallowed_address(embedded):
                return True
    return bool(addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast
                or addr.is_reserved or addr.is_unspecified or not addr.is_global)


def system_resolver(host: str, port: int) -> list[str]:
    """All addresses of ``host`` (IPv4 and IPv6), in the resolver's preference order, deduplicated."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        if sockaddr[0] not in seen:
            seen.append(sockaddr[0])
    return seen


def check_host(host: str, port: int, *, allow_private: bool = False,
               trusted_networks: Iterable[ipaddress._BaseNetwork] = (),
               resolver: Resolver = system_resolver) -> list[str]:
    """Resolve ``host`` once and return the addresses to connect to, refusing private targets.

    Every address the name resolves to must pass — one private address among public ones is
    refused too, since which one the client would use is not under the user's control. This runs
    before any connection, for the first URL and for every redirect hop.
    """
    try:
        addresses = resolver(host, port)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise FetchError("fetch_error", f"cannot resolve host {host!r}: {exc}") from exc
    if not addresses:
        raise FetchError("fetch_error", f"host {host!r} has no address")
    if not allow_private:
        trusted = list(trusted_networks)
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if any(ip in net for net in trusted if net.version == ip.version):
                continue
            if is_disallowed_address(ip):
                raise FetchError(
                    "refused_private",
                    f"host {host!r} resolves to a non-public address ({ip}); {PRIVATE_HINT}")
    return addresses


# --------------------------------------------------------------------------- fetcher

class Fetcher:
    """One pooled HTTP client for a whole run; thread-safe.

    Connections go to the checked IP (Host header and TLS SNI/certificate check still use the
    host name), so a second DNS answer cannot swap in a private address after the check.
    """

    def __init__(self, *, connect_timeout: float = 10.0, read_timeout: float = 30.0,
                 total_timeout: Optional[float] = 120.0, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_redirects: int = 5, retries: int = 2, backoff: float = 0.5,
                 min_delay: float = 1.0, allow_private: bool = False,
                 trusted_networks: Iterable[str] = (), user_agent: str = USER_AGENT,
                 resolver: Resolver = system_resolver, max_pools: int = 32):
        """
        :param read_timeout: longest silence between two reads of one response.
        :param total_timeout: longest time for one response, so a slow drip cannot stall a run.
        :param retries: extra attempts after a 5xx or connection error (back-off ``backoff * 2**n``).
        :param min_delay: minimum seconds between two requests to the same host (politeness).
        :param trusted_networks: CIDR ranges exempt from the private-address rule (e.g. a lab
            proxy) while the rule still holds for everything else.
        """
        self.timeout = urllib3.Timeout(connect=connect_timeout, read=read_timeout)
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.retries = retries
        self.backoff = backoff
        self.min_delay = min_delay
        self.allow_private = allow_private
        self.trusted_networks = [ipaddress.ip_network(n, strict=False) for n in trusted_networks]
        self.user_agent = user_agent
        self.resolver = resolver
        self.max_pools = max_pools
        self._pools: OrderedDict[tuple, urllib3.HTTPConnectionPool] = OrderedDict()
        self._next_at: dict[str, float] = {}
        self._lock = threading.Lock()

    # -- lifecycle
    def close(self) -> None:
        with self._lock:
            pools = list(self._pools.values())
            self._pools.clear()
        for pool in pools:
            pool.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- public
    def fetch(self, url: str) -> FetchResult:
        """GET ``url`` following redirects; raises ``FetchError`` for anything but a 2xx body."""
        current = url
        hops: list[str] = []
        while True:
            status, headers, data = self._fetch_one(current)
            if status in REDIRECT_STATUSES and headers.get("location"):
                target = urljoin(current, headers["location"].strip())
                if urlsplit(target).scheme not in ("http", "https"):
                    raise FetchError("bad_redirect",
                                     f"{current} redirects to a non-HTTP URL: {target}", url)
                if len(hops) >= self.max_redirects:
                    raise FetchError("too_many_redirects",
                                     f"more than {self.max_redirects} redirects from {url}", url)
                hops.append(target)
                current = target
                continue
            if not 200 <= status < 300:
                raise FetchError(f"http_{status}", f"{current} answered HTTP {status}", url)
            content_type, charset = _parse_content_type(headers.get("content-type"))
            return FetchResult(url=url, final_url=current, status=status, data=data,
                               content_type=content_type, charset=charset, headers=headers,
                               redirects=hops)

    # -- internals
    def _fetch_one(self, url: str) -> tuple[int, dict[str, str], bytes]:
        """One hop, with retries on 5xx and connection errors (never on 4xx or oversize)."""
        attempt = 0
        while True:
            try:
                status, headers, data = self._request(url)
            except FetchError as exc:
                if not exc.retryable or attempt >= self.retries:
                    exc.url = exc.url or url
                    raise
                delay = self.backoff * (2 ** attempt)
            else:
                if status < 500 or attempt >= self.retries:
                    return status, headers, data
                delay = max(self.backoff * (2 ** attempt), _retry_after(headers, limit=10.0))
            attempt += 1
            time.sleep(delay)

    def _request(self, url: str) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError("unsupported", f"not an http(s) URL: {url}", url)
        host = parts.hostname
        if not host:
            raise FetchError("bad_url", f"URL has no host: {url}", url)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            ascii_host = host if _is_ip(host) else host.encode("idna").decode("ascii")
        except (ValueError, UnicodeError) as exc:
            raise FetchError("bad_url", f"invalid URL {url!r}: {exc}", url) from exc
        # Not retryable: a refusal or a DNS failure does not get better a second later.
        addresses = check_host(ascii_host, port, allow_private=self.allow_private,
                               trusted_networks=self.trusted_networks, resolver=self.resolver)
        default_port = port == (443 if parts.scheme == "https" else 80)
        host_header = (f"[{ascii_host}]" if ":" in ascii_host else ascii_host) + (
            "" if default_port else f":{port}")
        target = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
        if parts.query:
            target += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
        request_headers = {"Host": host_header, "User-Agent": self.user_agent, "Accept": ACCEPT,
                           "Accept-Encoding": "gzip, deflate"}

        self._wait_turn(ascii_host)
        try:
            last_exc: Optional[Exception] = None
            for address in addresses:  # connect to the checked IPs only, in resolver order
                pool = self._pool(parts.scheme, address, port, ascii_host)
                try:
                    response = pool.urlopen("GET", target, headers=request_headers,
                                            redirect=False, retries=False,
                                            preload_content=False, timeout=self.timeout)
                except NewConnectionError as exc:  # refused / unreachable: try the next address
                    last_exc = exc
                    continue
                except Urllib3Timeout as exc:
                    raise FetchError("timeout", f"timed out fetching {url}: {exc}", url) from exc
                except SSLError as exc:
                    raise FetchError("fetch_error", f"TLS error fetching {url}: {exc}", url) from exc
                except (ProtocolError, MaxRetryError, HTTPError, OSError) as exc:
                    raise FetchError("fetch_error", f"cannot fetch {url}: {exc}", url,
                                     retryable=True) from exc
                return self._read(url, response)
            raise FetchError("fetch_error", f"cannot connect to {url}: {last_exc}", url,
                             retryable=True)
        finally:
            self._done(ascii_host)

    def _read(self, url: str, response) -> tuple[int, dict[str, str], bytes]:
        """Read the body in chunks, stopping at the size cap and at the total deadline."""
        headers = {k.lower(): v for k, v in response.headers.items()}
        status = response.status
        try:
            declared = int(headers.get("content-length", "-1"))
        except ValueError:
            declared = -1
        if status in REDIRECT_STATUSES or status >= 400:
            # The body of a redirect or error page is not needed: drain a small one to keep the
            # connection for reuse, drop the connection otherwise.
            if 0 <= declared <= 64 * 1024:
                response.drain_conn()
                response.release_conn()
            else:
                response.close()
            return status, headers, b""
        if declared > self.max_bytes and "content-encoding" not in headers:
            response.close()
            raise FetchError("too_large", f"{url} declares {declared} bytes, over the cap of "
                             f"{self.max_bytes}", url)
        started = time.monotonic()
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.stream(64 * 1024, decode_content=True):
                size += len(chunk)
                if size > self.max_bytes:
                    response.close()
                    err = too_large(url, None, self.max_bytes)
                    raise FetchError(err.reason, err.message, url)
                chunks.append(chunk)
                if self.total_timeout is not None and time.monotonic() - started > self.total_timeout:
                    response.close()
                    raise FetchError("timeout", f"{url} took longer than {self.total_timeout} s",
                                     url)
        except Urllib3Timeout as exc:
            response.close()
            raise FetchError("timeout", f"timed out reading {url}: {exc}", url) from exc
        except (ProtocolError, HTTPError, OSError) as exc:
            response.close()
            raise FetchError("fetch_error", f"connection broke while reading {url}: {exc}") from exc
        response.release_conn()
        return status, headers, b"".join(chunks)

    def _pool(self, scheme: str, address: str, port: int, host: str) -> urllib3.HTTPConnectionPool:
        key = (scheme, address, port, host)
        with self._lock:
            pool = self._pools.get(key)
            if pool is not None:
                self._pools.move_to_end(key)
                return pool
            if scheme == "https":
                pool = urllib3.HTTPSConnectionPool(
                    address, port, maxsize=4, server_hostname=host, assert_hostname=host,
                    cert_reqs="CERT_REQUIRED", ca_certs=_CA_CERTS)
            else:
                pool = urllib3.HTTPConnectionPool(address, port, maxsize=4)
            self._pools[key] = pool
            evicted = []
            while len(self._pools) > self.max_pools:
                evicted.append(self._pools.popitem(last=False)[1])
        for old in evicted:
            old.close()
        return pool

    def _wait_turn(self, host: str) -> None:
        """Reserve the next slot for ``host`` and sleep until it (parallel callers queue up)."""
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next_at.get(host, 0.0))
            self._next_at[host] = at + self.min_delay
        if at > now:
            time.sleep(at - now)

    def _done(self, host: str) -> None:
        """Spacing counts from the end of a request, so slow servers get more breathing room."""
        with self._lock:
            self._next_at[host] = max(self._next_at.get(host, 0.0), time.monotonic() + self.min_delay)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return True
    except ValueError:
        return False


def _parse_content_type(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    if not value:
        return None, None
    msg = Message()
    msg["content-type"] = value
    charset = msg.get_param("charset")
    if isinstance(charset, tuple):  # RFC 2231 form
        charset = charset[2]
    return msg.get_content_type().lower(), (str(charset).strip().lower() or None) if charset else None


def _retry_after(headers: dict[str, str], *, limit: float) -> float:
    try:
        return min(float(headers.get("retry-after", "0")), limit)
    except ValueError:
        return 0.0
