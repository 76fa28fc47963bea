"""Bytes -> str for one input, refusing what is not text.

Order matters: a BOM is the strongest evidence, then known binary magic numbers (a PDF or ZIP
must not be "decoded" into mojibake), then the declared charset, then strict UTF-8 (most of the
web and almost every pipeline today), and only then statistical detection (charset-normalizer),
because detection on short inputs is a guess while a strict UTF-8 decode that succeeds is
almost never wrong.
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError

# UTF-32 first: the UTF-32-LE BOM starts with the UTF-16-LE BOM.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Leading bytes of formats people feed to text tools by mistake; named so the message helps.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB/ODT, which are ZIP files)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", None),  # checked more strictly below: "BZh" could start a word
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (DOC/XLS)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", None),  # MP3 with ID3 tag; "ID3" alone could be text
    (b"\x00\x00\x00", None),  # ISO media (MP4/MOV) "ftyp" box, checked below
)

# C0 controls except tab, newline, vertical tab, form feed, carriage return; plus DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_WS_ONLY = re.compile(r"\A[\s\ufeff\u200b]*\Z")


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format ``data`` looks like, or None if it may be text."""
    head = data[:64]
    for magic, what in _MAGIC:
        if not head.startswith(magic):
            continue
        if what:
            return what
        if magic == b"BZh" and len(head) > 3 and head[3:4].isdigit() and b"1AY&SY" in head[:16]:
            return "bzip2-compressed data (decompress it first)"
        if magic == b"ID3" and len(head) > 5 and head[3] < 10 and head[4] < 10:
            return "an MP3 audio file"
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime media file"
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[head[8:12]]
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows up as NULs in every other byte of ASCII-heavy text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    z_even, z_odd = even.count(0) / len(even), odd.count(0) / max(1, len(odd))
    if z_odd > 0.4 and z_even < 0.05:
        return "utf-16-le"
    if z_even > 0.4 and z_odd < 0.05:
        return "utf-16-be"
    return None


def _normalise_codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("'\"").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers treat these labels as windows-1252 (WHATWG encoding standard); pages rely on it.
    if codec in ("latin_1", "iso8859-1", "ascii"):
        return "cp1252"
    return codec


def _check_text(text: str) -> str:
    if _WS_ONLY.match(text):
        raise InputError("empty", "the input holds only whitespace")
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, 0.05 * len(sample)):
        raise InputError(
            "binary",
            f"the input does not look like text ({controls} control characters in the first "
            f"{len(sample)} characters)",
        )
    return text


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode one input to str or raise ``InputError`` (``empty``, ``binary``, ``encoding``).

    ``declared`` is a charset from a header or ``<meta charset>``; it is tried before detection
    but after a BOM (a BOM cannot lie, a declaration often does), and not on bytes that are
    valid multi-byte UTF-8. A leading BOM is removed.
    """
    if not data or not data.strip():
        raise InputError("empty", "the input holds no text" if not data else "the input holds only whitespace")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec).lstrip("\ufeff"))
            except UnicodeDecodeError as exc:
                name = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}[codec]
                raise InputError("encoding", f"the input starts with a {name} byte-order mark "
                                 f"but is not valid {name} ({exc.reason})") from None
    what = sniff_binary(data)
    if what:
        raise InputError("binary", f"the input looks like {what}, not text")
    if b"\x00" in data[:8192]:
        codec = _bomless_utf16(data)
        if codec:
            try:
                return _check_text(data.decode(codec))
            except UnicodeDecodeError:
                pass
        raise InputError("binary", "the input contains NUL bytes; it looks like binary data, not text")

    codec = _normalise_codec(declared)
    if codec and not _multibyte_utf8(data):
        try:
            return _check_text(data.decode(codec))
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; fall through to UTF-8 and detection
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _check_text(_detect(data))


def _multibyte_utf8(data: bytes) -> bool:
    """Valid UTF-8 holding non-ASCII characters: a declaration saying otherwise is the server's
    default talking (``charset=iso-8859-1`` on UTF-8 pages), since text in another encoding
    almost never forms valid multi-byte UTF-8 sequences by chance."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> str:
    """Statistical detection for non-UTF-8 bytes, leaning to cp1252 for Latin-script text.

    charset-normalizer is good on long inputs but on a short English paragraph with a couple of
    curly quotes it may pick any single-byte code page; cp1252 is by far the most common
    non-UTF-8 encoding of English news, so it wins whenever the guess is another single-byte
    Latin code page and cp1252 decodes the bytes.
    """
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[:200_000]).best()
    guess = _normalise_codec(best.encoding) if best is not None else None
    if best is None:
        high = sum(b >= 0x80 for b in data[:20000]) / min(len(data), 20000)
        if high > 0.3:
            raise InputError("encoding", "the input is not valid UTF-8 and does not look like text in "
                             "any known encoding; convert it to UTF-8 first")
    latin_like = guess is None or guess.startswith(("cp125", "iso8859", "mac", "latin", "cp4", "cp8"))
    if latin_like and guess not in ("cp1251", "iso8859-5", "cp1253", "iso8859-7", "cp1255",
                                     "iso8859-8", "cp1256", "iso8859-6"):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    if guess:
        try:
            return data.decode(guess)
        except (UnicodeDecodeError, LookupError):
            pass
    raise InputError("encoding", "the input is not valid UTF-8 and its encoding could not be "
                     "determined; convert it to UTF-8 first")
