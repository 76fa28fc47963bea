"""prepare(): one raw input -> a Document, with a stable error reason instead of an exception."""
import pytest

from claimtrace.config import Settings
from claimtrace.errors import InputError
from claimtrace.ingest.decode import decode_bytes
from claimtrace.ingest.language import detect_language
from claimtrace.ingest.prepare import prepare
from claimtrace.ingest.title import guess_title

WIRE = (
    "Central bank holds rates steady, signals cuts later this year\n"
    "\n"
    "LONDON (Wirefeed) - The central bank kept its main interest rate unchanged on Thursday, "
    "but two policymakers said cuts were likely before the end of the year.\n"
    "\n"
    "\u201cInflation is coming down faster than we expected,\u201d Deputy Governor Ruth Okafor "
    "told reporters, adding that the bank would \u201cnot wait too long\u201d.\n"
    "\n"
    "Sign up for our Markets newsletter to get the latest rate news in your inbox.\n"
    "\n"
    "(Reporting by Sam Ellis; Editing by Kate Moore)\n"
)


def reason(doc):
    assert len(doc.errors) == 1, doc.errors
    slug, _, message = doc.errors[0].partition(": ")
    assert message, "every error carries a human message"
    return slug


# --- error reasons ------------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", "", b"  \n\t \r\n", "   \n\n  "])
def test_empty(data):
    doc = prepare(data)
    assert reason(doc) == "empty"
    assert doc.text == ""


@pytest.mark.parametrize("data,what", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"The minister said\x00\x00\x03\x04 something \x00\x01\x02", "NUL"),
])
def test_binary(data, what):
    doc = prepare(data)
    assert reason(doc) == "binary"
    assert what in doc.errors[0]


def test_binary_control_characters():
    doc = prepare(bytes(range(1, 9)) * 50 + b"some text")
    assert reason(doc) == "binary"


def test_encoding():
    # a UTF-8 byte-order mark followed by bytes that are not UTF-8
    doc = prepare(b"\xef\xbb\xbfThe minister said \xff\xfe\xfa no.")
    assert reason(doc) == "encoding"
    assert "UTF-8" in doc.errors[0]


def test_too_large_names_the_limit_and_how_to_raise_it():
    doc = prepare("The minister said no. " * 100, settings=Settings(max_bytes=1000))
    assert reason(doc) == "too_large"
    assert "1,000" in doc.errors[0]
    assert "CLAIMTRACE_MAX_BYTES" in doc.errors[0] and "--max-bytes" in doc.errors[0]


def test_max_bytes_from_environment(monkeypatch):
    monkeypatch.setenv("CLAIMTRACE_MAX_BYTES", "50")
    assert reason(prepare("x " * 100)) == "too_large"


@pytest.mark.parametrize("text,code", [
    ("Der Bundestag hat am Donnerstag ein neues Gesetz zum Klimaschutz beschlossen. Die Opposition "
     "kritisierte, dass die Regierung nicht genug für die Wirtschaft tue, und kündigte eine Klage an.", "de"),
    ("Le gouvernement a annoncé jeudi une nouvelle réforme des retraites. Les syndicats ont dénoncé "
     "un texte qui, selon eux, pénalise les salariés les plus modestes et ont appelé à la grève.", "fr"),
    ("El gobierno anunció el jueves una nueva reforma de las pensiones. Los sindicatos dijeron que "
     "la medida perjudica a los trabajadores y convocaron una huelga para la próxima semana.", "es"),
    ("Правительство объявило в четверг о новой пенсионной реформе, сообщили в министерстве.", "ru"),
])
def test_not_english_keeps_text_and_sets_language(text, code):
    doc = prepare(text)
    assert reason(doc) == "not_english"
    assert doc.language == code
    assert doc.text == text


def test_no_article_in_html():
    page = ("<!DOCTYPE html><html><head><title>Ledger</title></head><body><nav><a href='/'>Home</a>"
            "<a href='/world'>World</a><a href='/subscribe'>Subscribe</a></nav>"
            "<footer><p>Copyright 2024 The Ledger. All rights reserved.</p></footer></body></html>")
    doc = prepare(page)
    assert doc.format == "html"
    assert reason(doc) == "no_article"


def test_never_raises_on_odd_input():
    for data in (None, 42, b"\x00" * 10, "\ufeff", "<html></html>", b"<html><body>\xff\xfe</body></html>"):
        doc = prepare(data)  # must not raise
        assert doc.errors


# --- decoding -----------------------------------------------------------------------------

def test_utf8_with_bom_is_stripped():
    doc = prepare(b"\xef\xbb\xbf" + WIRE.encode("utf-8"))
    assert doc.errors == []
    assert doc.text == WIRE


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32(codec):
    data = WIRE.encode(codec)
    if codec == "utf-16-le":
        data = b"\xff\xfe" + data
    elif codec == "utf-16-be":
        data = b"\xfe\xff" + data
    assert prepare(data).text == WIRE


def test_utf16_without_bom():
    assert decode_bytes(WIRE.encode("utf-16-le")) == WIRE


def test_cp1252_bytes():
    doc = prepare(WIRE.encode("cp1252"))
    assert doc.errors == []
    assert doc.text == WIRE  # curly quotes come back as curly quotes


def test_declared_charset_wins_over_detection():
    text = "Zoë Brînză said the café would close. " * 3
    assert decode_bytes(text.encode("iso-8859-2"), declared="iso-8859-2") == text


def test_decode_bytes_raises_input_error():
    with pytest.raises(InputError) as exc:
        decode_bytes(b"")
    assert exc.value.reason == "empty"


# --- plain text: title and offsets -------------------------------------------------------

def test_plain_text_is_kept_exactly():
    text = "  Rates on hold\r\n\r\nThe bank  kept rates unchanged, officials said.\n\n\n"
    doc = prepare(text)
    assert doc.text == text
    assert doc.format == "text"


def test_headline_becomes_title_but_stays_in_text():
    doc = prepare(WIRE)
    assert doc.title == "Central bank holds rates steady, signals cuts later this year"
    assert doc.text.startswith(doc.title)
    assert doc.language == "en"


def test_text_without_headline_has_no_title():
    text = ("LONDON (Wirefeed) - The central bank kept its main interest rate unchanged on Thursday.\n\n"
            "Two policymakers said cuts were likely before the end of the year.\n")
    assert prepare(text).title is None


@pytest.mark.parametrize("text,expected", [
    ("Minister resigns over expenses row \u2014 Wirefeed\n\nThe minister quit on Monday.", True),
    ("Talks collapse, sources say.\n\nNegotiators left Geneva on Friday without a deal.", True),
    ("Talks collapse\nBy Jane Doe\n\nNegotiators left Geneva on Friday without a deal.", True),
    ("The talks collapsed on Friday.\n\nNegotiators left Geneva without a deal.", False),
    ("Just one line that is the whole article", False),
    ("the lower-case first line\n\nBody text here.", False),
])
def test_guess_title(text, expected):
    span = guess_title(text)
    assert (span is not None) == expected
    if span:
        assert "\n" not in text[span[0]:span[1]]


@pytest.mark.parametrize("text,title", [
    ("THE COASTAL TRIBUNE | World\n\nKessel police arrest suspect in jewel theft\n\nBy Tribune Staff\n\n"
     "KESSEL, July 30 (Harbour Wire) - Police in Kessel have arrested a man, prosecutors said on Thursday.\n",
     "Kessel police arrest suspect in jewel theft"),
    ("World | Europe\n\nTalks collapse, sources say\n\nNegotiators left Geneva on Friday without a deal.\n",
     "Talks collapse, sources say"),
    ("GENEVA TALKS STALL\n\nGENEVA (Wirefeed) - Talks stalled on Monday, two officials said.\n", "GENEVA TALKS STALL"),
])
def test_a_site_banner_above_the_headline_is_not_the_title(text, title):
    assert prepare(text).title == title


def test_boilerplate_offsets_index_document_text():
    doc = prepare(WIRE)
    got = [doc.text[s:e] for s, e in doc.boilerplate]
    assert got == ["Sign up for our Markets newsletter to get the latest rate news in your inbox.",
                   "(Reporting by Sam Ellis; Editing by Kate Moore)"]


def test_meta_fills_gaps_and_meta_title_beats_a_guess():
    meta = {"url": "https://ledger.example.com/a", "title": "Rates on hold", "author": "Sam Ellis",
            "published": "2024-02-01", "outlet": "Ledger"}
    doc = prepare(WIRE, "feed:1", meta=meta)
    assert (doc.input, doc.url, doc.title, doc.author, doc.published, doc.outlet) == (
        "feed:1", "https://ledger.example.com/a", "Rates on hold", "Sam Ellis", "2024-02-01", "Ledger")


# --- language -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '"We will not sign," she said.',
    "The minister resigned.",
    "Officials said the deal was off.",
    "Angela Merkel said on Thursday: \u201cWir schaffen das.\u201d The chancellor repeated it in Berlin.",
])
def test_short_english_is_english(text):
    assert detect_language(text)[0] == "en"
    doc = prepare(text)
    assert doc.errors == [] and doc.language == "en"


def test_too_short_to_tell_is_und_and_not_refused():
    doc = prepare("Brexit 2016")
    assert doc.errors == []
    assert doc.language == "und"


# --- HTML through prepare -----------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Port strike ends after pay deal | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta name="author" content="Lena Fischer">
<meta property="article:published_time" content="2024-05-02T09:00:00Z">
<link rel="canonical" href="https://harbour.example.org/port-strike-ends">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Port strike ends after pay deal</h1>
<p>ROTTERDAM (Wirefeed) - Dock workers voted on Wednesday to end a nine-day strike after accepting a pay offer, the union said, reopening the busiest port in Europe.</p>
<p>\u201cThis is a fair deal for our members,\u201d union leader Pieter de Vries told reporters outside the terminal on Wednesday evening.</p>
<p>Sign up for our free Shipping Weekly newsletter to get the latest port news in your inbox.</p>
<p>The port authority said it expected a backlog of about 200 vessels to clear within two weeks.</p>
</article><footer>Copyright 2024 Harbour Times. All rights reserved.</footer></body></html>"""


def test_html_document():
    doc = prepare(PAGE.encode("utf-8"), "page.html", meta={"author": "Feed Author", "outlet": "Feed"})
    assert doc.errors == []
    assert doc.format == "html"
    assert doc.title == "Port strike ends after pay deal"
    assert doc.author == "Lena Fischer"  # the page wins over meta where it says something
    assert doc.outlet == "Harbour Times"
    assert doc.published == "2024-05-02"
    assert doc.canonical_url == "https://harbour.example.org/port-strike-ends"
    assert doc.language == "en"
    assert "<p>" not in doc.text and "Home" not in doc.text
    assert doc.text.startswith("ROTTERDAM (Wirefeed)")
    assert [doc.text[s:e] for s, e in doc.boilerplate] == [
        "Sign up for our free Shipping Weekly newsletter to get the latest port news in your inbox."]


def test_media_type_text_forces_plain_text():
    doc = prepare(PAGE, media_type="text")
    assert doc.format == "text" and doc.text == PAGE


def test_html_sniffed_without_media_type():
    assert prepare(PAGE).format == "html"
    assert prepare("The <b>minister</b> said 3 < 4.").format == "text"


def test_a_wire_copy_without_an_outlet_is_the_agency_s_of_its_dateline():
    assert prepare(WIRE).outlet == "Wirefeed"
    assert prepare(WIRE, meta={"outlet": "Harbour Ledger"}).outlet == "Harbour Ledger"  # the site re-posting it
    undated = WIRE.replace("LONDON (Wirefeed) - ", "")
    assert prepare(undated).outlet is None


@pytest.mark.parametrize("banner", ["TOUCHLINE 24 | Football | Transfers", "Harbour Post | World", "THE CORRIDOR POST",
                                    "THE TARNBECK EVENING POST | National"])
def test_the_headline_below_a_site_banner_with_sections(banner):
    text = (banner + "\n\nHalbrunn close to signing striker Terrin, sources say\n\nBy Touchline 24 staff, with "
            "Pelham Wire\n\nBRELLIA, Jan 27 (Pelham Wire) - FC Halbrunn have agreed to pay 85 million euros.\n")
    s, e = guess_title(text)
    assert text[s:e] == "Halbrunn close to signing striker Terrin, sources say"
