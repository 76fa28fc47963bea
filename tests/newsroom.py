"""A small newsroom written for the digest and web tests: wire-style articles (all names, outlets
and places invented) that form a few stories, ingested through the real pipeline into a real store
and linked by the real linker.

* the border story: an exclusive by the Harbour Ledger on five anonymous officials' word, relayed
  by three outlets (one adds the foreign ministry's on-record denial), plus an outlet with sources
  of its own (a second independent report);
* the rate story: named officials on record, two outlets;
* the strike story: one article whose headline is an HTML script tag (escaping must show it as text).
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

SCRIPT_TITLE = '<script>document.title="pwned"</script> Dock strike ends'


def _at(hours_ago: float) -> str:
    moment = datetime.now(timezone.utc) - timedelta(hours=hours_ago)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def border_story(hours_ago: float = 10) -> list[dict]:
    t = hours_ago
    return [
        {"url": "https://harbourledger.example/border-exclusive", "outlet": "Harbour Ledger",
         "published": _at(t), "title": "Government to pull troops from northern border by spring, officials say",
         "text": "Government to pull troops from northern border by spring, officials say\n\n"
                 "PORT ALDER (Harbour Ledger) - The government will withdraw its troops from the northern "
                 "border by spring, five senior officials told the Harbour Ledger on Tuesday.\n\n"
                 "The withdrawal could begin as early as March, two of the officials said, speaking on "
                 "condition of anonymity because the plan has not been announced.\n\n"
                 "One of the officials said the cabinet had approved the plan at a closed meeting last week. "
                 "About 4,000 soldiers are stationed along the border."},
        {"url": "https://meridian.example/border-relay", "outlet": "Meridian",
         "published": _at(t - 1), "title": "Troops may leave northern border by spring - report",
         "text": "Troops may leave northern border by spring - report\n\n"
                 "LORENTH (Meridian) - The government will withdraw its troops from the northern border by "
                 "spring, the Harbour Ledger reported on Tuesday, citing five senior officials.\n\n"
                 "The withdrawal could begin as early as March, the newspaper said. About 4,000 soldiers "
                 "are stationed along the border.\n\n"
                 "Meridian could not immediately verify the report."},
        {"url": "https://coastalpost.example/troops-border", "outlet": "Coastal Post",
         "published": _at(t - 2), "title": "Report: northern border troops to be withdrawn",
         "text": "Report: northern border troops to be withdrawn\n\n"
                 "The government reportedly plans to withdraw its troops from the northern border by "
                 "spring, according to the Harbour Ledger, which cited five senior officials.\n\n"
                 "The paper's sources said the withdrawal could begin in March. Some 4,000 soldiers "
                 "serve along the border."},
        {"url": "https://dailycourier.example/ministry-denies", "outlet": "Daily Courier",
         "published": _at(t - 3), "title": "Ministry denies report of border troop withdrawal",
         "text": "Ministry denies report of border troop withdrawal\n\n"
                 "The foreign ministry on Tuesday denied a report that the government will withdraw its "
                 "troops from the northern border by spring.\n\n"
                 "The Harbour Ledger had reported, citing five senior officials, that the withdrawal could "
                 "begin in March.\n\n"
                 "\"There is no plan to withdraw our troops,\" Foreign Ministry spokeswoman Anna Berg told "
                 "reporters. \"The report is speculation.\""},
        {"url": "https://northerntimes.example/border-own-sources", "outlet": "Northern Times",
         "published": _at(t - 4), "title": "Defence officials confirm border drawdown planning",
         "text": "Defence officials confirm border drawdown planning\n\n"
                 "Two defence ministry officials told the Northern Times on Tuesday that troops would leave "
                 "the northern border in the spring, confirming a report by the Harbour Ledger.\n\n"
                 "One of the officials said the first units could leave in March. The 4,000 soldiers on the "
                 "border would return to barracks near the capital, the official said."},
    ]


def rate_story(hours_ago: float = 6) -> list[dict]:
    t = hours_ago
    return [
        {"url": "https://meridian.example/rates-hold", "outlet": "Meridian", "published": _at(t),
         "title": "Central bank holds rates, signals cut in November",
         "text": "Central bank holds rates, signals cut in November\n\n"
                 "OSTBERG, Nov 26 (Meridian) - The central bank kept its main interest rate at 4.5 percent on "
                 "Thursday. Governor Henrik Salo said borrowing costs could start to fall in November.\n\n"
                 "\"Inflation is coming down faster than we expected,\" Salo told a news conference.\n\n"
                 "Finance Minister Ruth Almond said the government welcomed the decision."},
        {"url": "https://coastalpost.example/rates-salo", "outlet": "Coastal Post", "published": _at(t - 2),
         "title": "Salo: rate cut possible in November",
         "text": "Salo: rate cut possible in November\n\n"
                 "Central bank governor Henrik Salo said on Thursday that borrowing costs could start to "
                 "fall in November after the bank kept its main rate at 4.5 percent.\n\n"
                 "\"Inflation is coming down faster than we expected,\" Salo said. Chief economist Clara "
                 "Weiss of Harrow Capital said a cut in November was likely."},
    ]


def strike_story(hours_ago: float = 3) -> list[dict]:
    return [
        {"url": "https://portgazette.example/strike-ends", "outlet": "Port Gazette",
         "published": _at(hours_ago), "title": SCRIPT_TITLE,
         "text": SCRIPT_TITLE + "\n\nPORT ALDER - Dock workers will return to work on Monday, union leader "
                 "Maria Vos said on Friday, ending a two-week strike.\n\n"
                 "\"This is a fair deal,\" Vos told reporters outside the port authority."},
    ]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def build_store(db: str, folder: Path, records: list[dict] | None = None) -> None:
    """Ingest ``records`` (default: all three stories) into ``db`` with the real pipeline, then link."""
    from claimtrace.link import link
    from claimtrace.pipeline import ingest
    from claimtrace.store import Store

    records = records if records is not None else border_story() + rate_story() + strike_story()
    source = write_jsonl(folder / f"articles-{len(list(folder.glob('articles-*.jsonl')))}.jsonl", records)
    with Store.open(db) as store:
        summary = ingest([source], store=store, progress=False)
        assert summary.failed == 0, summary.to_dict()
        link(store)


class LiveServer:
    """The web app served by a real uvicorn on 127.0.0.1 (a free port), in a thread of this process.

    ``with LiveServer(app) as url: ...`` -> ``http://127.0.0.1:PORT``.
    """

    def __init__(self, app):
        import socket
        import threading

        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)

    def __enter__(self) -> str:
        import time

        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
