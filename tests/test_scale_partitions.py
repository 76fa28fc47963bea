"""Splitting inputs into partitions for the Dask engine: every article read exactly once, under the
same name, with the same failures, as the local discovery (``iter_inputs``) gives. No model needed."""
from __future__ import annotations

import json

import pytest

from claimtrace.config import Settings
from claimtrace.ingest.inputs import Failure, RawItem, iter_inputs
from claimtrace.scale.partitions import JsonlSlice, plan_partitions, read_partition


def summary(items) -> list[tuple]:
    """What matters of a discovery stream: names, kinds, content, metadata, failure reasons."""
    out = []
    for item in items:
        if isinstance(item, Failure):
            out.append((item.input, "failure", item.reason))
        else:
            out.append((item.input, item.media_type, item.data, tuple(sorted(item.meta.items()))))
    return out


def read_all(partitions) -> list:
    return [item for p in partitions for item in read_partition(p, settings=Settings())]


def write_jsonl(path, n_good: int) -> None:
    lines = []
    for i in range(n_good):
        lines.append(json.dumps({"url": f"https://wire.example/{i}", "title": f"Story {i}",
                                 "text": f"The mayor said plan {i} would go ahead."}))
        if i == 2:
            lines.append("")                      # blank lines are skipped, not numbered away
            lines.append("{not json")              # a bad line fails alone, named by its line
        if i == 4:
            lines.append(json.dumps({"title": "no body"}))
    path.write_bytes(b"\xef\xbb\xbf" + ("\n".join(lines) + "\n").encode("utf-8"))


@pytest.mark.parametrize("size", [1, 2, 3, 50])
def test_jsonl_slices_read_every_record_once_as_iter_jsonl_does(tmp_path, size):
    path = tmp_path / "feed.jsonl"
    write_jsonl(path, 7)
    partitions = plan_partitions([str(path)], size=size)
    assert all(isinstance(part, JsonlSlice) for p in partitions for part in p.parts)
    assert all(p.size <= size for p in partitions)
    expected = summary(iter_inputs([str(path)]))
    assert len(expected) == 9 and [e[2] for e in expected if e[1] == "failure"] == ["bad_json", "bad_json"]
    assert summary(read_all(partitions)) == expected


def test_folder_lists_and_warc_shards(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.html"):
        (folder / name).write_text(f"The minister said {name} was ready.", encoding="utf-8")
    (folder / "notes.md").write_text("skipped: not an article type", encoding="utf-8")
    (folder / "shard.warc").write_bytes(b"")  # never opened by the planner: a partition of its own
    urls = ["https://a.example/1", "https://a.example/2", "https://b.example/3"]
    (tmp_path / "pages.urls").write_text("# morning list\n" + "\n".join(urls) + "\n\n", encoding="utf-8")
    (tmp_path / "mixed.list").write_text("https://a.example/4\nin/a.txt\n", encoding="utf-8")
    skipped: list[str] = []

    partitions = plan_partitions([str(folder), str(tmp_path / "pages.urls"), str(tmp_path / "mixed.list"),
                                  str(tmp_path / "missing.txt")], size=2, on_skip=skipped.append)
    assert [p.parts for p in partitions] == [
        [str(folder / "a.txt"), str(folder / "b.txt")],
        [str(folder / "c.html")],
        [str(folder / "shard.warc")],          # alone, whatever the partition size
        urls[:2],                               # a URL list is split line by line
        [urls[2], str(tmp_path / "mixed.list")],  # a list holding paths goes whole to one worker
        [str(tmp_path / "missing.txt")],        # the worker reports it, as a local run would
    ]
    assert [p.index for p in partitions] == list(range(6))
    assert skipped == [str(folder / "notes.md")]

    local = summary(iter_inputs([str(folder / n) for n in ("a.txt", "b.txt", "c.html")]
                                + [str(tmp_path / "missing.txt")]))
    read = summary(read_all([partitions[0], partitions[1], partitions[5]]))
    assert read == local and read[-1] == (str(tmp_path / "missing.txt"), "failure", "not_found")


def test_items_the_client_holds_travel_inside_the_partition(tmp_path):
    failure = Failure("unlistable", "read_error", "cannot list folder")
    raw = RawItem("<stdin>", b"The mayor said the bridge would reopen.", None, {})
    from claimtrace.scale.partitions import Partition

    got = list(read_partition(Partition(0, [raw, failure], 2), settings=Settings()))
    assert got == [raw, failure]
    assert Partition(0, [raw, failure, JsonlSlice("f.jsonl", 0, 10, 5, 3), "x.txt"]).describe() == \
        ["<stdin>", "unlistable", "f.jsonl#record-5..7", "x.txt"]
