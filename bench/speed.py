"""Speed of claimtrace against the bare spaCy parse it is built on, same texts, same model, same run.

Measures
  (a) bare parse:  ``spacy.load(model)`` then ``list(nlp.pipe(texts, batch_size=B))``;
  (b) claimtrace:  ``claimtrace.extract_documents`` over the raw file bytes, i.e. input preparation
                   (``claimtrace.ingest.prepare.prepare``: decoding, cleaning, boilerplate) + the same
                   spaCy pipeline + the ``claimtrace`` component + building the Article records;
  ratio = median time (b) / median time (a): what claimtrace costs on top of the parse.
(a) and (b) alternate within each repeat so that machine drift hits both; one warm-up pass of each
is run first and excluded; the reported time is the median over ``--repeat`` passes.

  --workers N (N > 1) also times the multi-process path, by default the CLI's own: a lazy stream
  of prepared documents through ``claimtrace.api.extract_parallel(docs, workers=N)`` (its process
  pool is created inside each call and inherits the loaded pipeline, so pool start-up is included).
  With ``--parallel spawn`` (or when the API has no multi-process helper) it is N spawned worker
  processes that each load the pipeline once, do a warm-up pass, then on every repeat process their
  share of the texts (N near-equal shares by characters); that time runs from the "go" message to
  the last result, so start-up and model loading are excluded (reported as ``startup_s``).

  peak RSS: ``ru_maxrss`` of a fresh (spawned) process that loads the claimtrace pipeline and runs
  ``extract_documents`` over the whole corpus once, so it is the footprint of one CLI-like worker,
  not of this benchmark process (which holds two pipelines).

Corpus: ``--texts GLOB`` (``.html`` files are prepared as HTML, everything else as text); default the
PolNeAR dev texts (../shared/data/polnear/dev/text/*.txt, 84 articles) when present, else the
bundled examples (src/claimtrace/examples/*.txt).

Run: .venv/bin/python bench/speed.py [--texts GLOB] [--repeat 5] [--workers 2 [--parallel spawn]] [--json]
"""
from __future__ import annotations

import argparse
import glob
import inspect
import json
import multiprocessing as mp
import os
import platform
import resource
import statistics
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text" / "*.txt"
EXAMPLES = ROOT / "src" / "claimtrace" / "examples" / "*.txt"
sys.path.insert(0, str(ROOT / "src"))

_PARALLEL_PARAMS = ("n_process", "workers", "jobs", "processes")


# --------------------------------------------------------------------------------------- helpers
def _load_corpus(pattern: str) -> list[tuple[str, bytes]]:
    paths = sorted(glob.glob(pattern))
    if not paths:
        raise SystemExit(f"no files match {pattern!r}")
    return [(p, Path(p).read_bytes()) for p in paths]


def _prepare_all(corpus, settings):
    from claimtrace.ingest.prepare import prepare

    return [prepare(data, path, media_type="html" if path.endswith((".html", ".htm")) else "text",
                    settings=settings) for path, data in corpus]


def _run_claimtrace(corpus, nlp, settings, batch_size, **extra):
    """One pass of path (b); returns (wall s, CPU s, number of articles, number of attributions)."""
    import claimtrace

    t0, c0 = time.perf_counter(), time.process_time()
    docs = _prepare_all(corpus, settings)
    articles = list(claimtrace.extract_documents(docs, nlp=nlp, settings=settings,
                                                 batch_size=batch_size, **extra))
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    return elapsed, cpu, len(articles), sum(len(a.attributions) for a in articles)


def _run_bare(texts, nlp, batch_size):
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    return time.perf_counter() - t0, time.process_time() - c0, n


def _bare_texts(corpus, settings) -> list[str]:
    """The texts that path (a) parses: exactly the ones path (b) hands to spaCy (prepared, no errors)."""
    return [d.text for d in _prepare_all(corpus, settings) if not d.errors]


def _maxrss_mb() -> float:
    """``ru_maxrss`` in MiB. On Linux a spawned child inherits its parent's high-water mark through
    fork + exec, so children are started before this process loads anything big; ``_vmhwm_mb``
    (the current address space's own peak) is reported alongside as a cross-check."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return kb / 1024.0


def _vmhwm_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def _split_shares(corpus, n):
    """n shares of near-equal total characters (longest first into the lightest share), order kept."""
    shares = [[] for _ in range(n)]
    sizes = [0] * n
    for i in sorted(range(len(corpus)), key=lambda i: -len(corpus[i][1])):
        k = sizes.index(min(sizes))
        shares[k].append(i)
        sizes[k] += len(corpus[i][1])
    return [[corpus[i] for i in sorted(s)] for s in shares]


# ------------------------------------------------------------------- child processes (spawned)
def _rss_child(corpus, model, batch_size, conn):
    try:
        import claimtrace

        settings = claimtrace.Settings(model=model)
        nlp = claimtrace.load(model)
        _, _, n, _ = _run_claimtrace(corpus, nlp, settings, batch_size)
        conn.send(("rss", {"articles": n, "ru_maxrss_mb": _maxrss_mb(), "vmhwm_mb": _vmhwm_mb()}))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
    conn.close()


def _worker(share, model, batch_size, conn):
    try:
        t0 = time.perf_counter()
        import claimtrace

        settings = claimtrace.Settings(model=model)
        nlp = claimtrace.load(model)
        _run_claimtrace(share, nlp, settings, batch_size)  # warm-up
        conn.send(("ready", time.perf_counter() - t0))
        while True:
            msg = conn.recv()
            if msg != "go":
                break
            elapsed, _, n, _ = _run_claimtrace(share, nlp, settings, batch_size)
            conn.send(("done", elapsed, n))
        conn.send(("rss", _vmhwm_mb()))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
    conn.close()


def _recv(conn, want):
    """Next message from a child; a child's exception (or death) stops the benchmark with its traceback."""
    try:
        msg = conn.recv()
    except EOFError:
        raise SystemExit("benchmark child process died without a result") from None
    if msg[0] == "error":
        raise SystemExit(f"benchmark child process failed:\n{msg[1]}")
    assert msg[0] == want, msg
    return msg


def _spawn(ctx, target, *args):
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=target, args=(*args, child))
    proc.start()
    child.close()  # so that recv() sees EOF if the child dies
    return parent, proc


def _measure_workers(corpus, model, batch_size, n_workers, repeat):
    ctx = mp.get_context("spawn")
    shares = _split_shares(corpus, n_workers)
    pipes, procs = [], []
    t0 = time.perf_counter()
    for share in shares:
        parent, p = _spawn(ctx, _worker, share, model, batch_size)
        pipes.append(parent)
        procs.append(p)
    for c in pipes:
        _recv(c, "ready")
    startup = time.perf_counter() - t0
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        for c in pipes:
            c.send("go")
        done = [_recv(c, "done") for c in pipes]
        runs.append(time.perf_counter() - t)
        assert sum(d[2] for d in done) == len(corpus)
    rss = []
    for c in pipes:
        c.send("stop")
        rss.append(_recv(c, "rss")[1])
    for p in procs:
        p.join()
    return {
        "method": (f"{n_workers} spawned processes, each loads claimtrace.load() once, warm-up pass, then "
                   f"runs extract_documents on its share ({', '.join(str(len(s)) for s in shares)} "
                   "articles, balanced by characters); time = 'go' to last result, start-up excluded"),
        "runs_s": runs,
        "startup_s": startup,
        "worker_peak_rss_mb": rss,  # VmHWM of each worker (see _maxrss_mb)
    }


def _measure_extract_parallel(corpus, settings, n_workers, repeat):
    """The CLI's ``--workers`` path: ``claimtrace.api.extract_parallel`` over a lazy stream of prepared
    documents (as ``claimtrace extract`` feeds it), the pool created inside each call."""
    from claimtrace.api import extract_parallel
    from claimtrace.ingest.prepare import prepare

    def once():
        t0 = time.perf_counter()
        docs = (prepare(data, path, media_type="html" if path.endswith((".html", ".htm")) else "text",
                        settings=settings) for path, data in corpus)
        n = sum(1 for _ in extract_parallel(docs, workers=n_workers, settings=settings))
        assert n == len(corpus)
        return time.perf_counter() - t0

    once()  # warm-up
    runs = [once() for _ in range(repeat)]
    return {"method": (f"claimtrace.api.extract_parallel(docs, workers={n_workers}) (the CLI --workers path: "
                       "its own process pool, created per call, inherits the loaded pipeline), fed a lazy "
                       "stream of prepare()d documents; pool start-up included, warm-up call excluded"),
            "runs_s": runs}


def _measure_api_parallel(corpus, nlp, settings, batch_size, n_workers, repeat, param):
    _run_claimtrace(corpus, nlp, settings, batch_size, **{param: n_workers})  # warm-up
    runs = [_run_claimtrace(corpus, nlp, settings, batch_size, **{param: n_workers})[0]
            for _ in range(repeat)]
    return {"method": f"claimtrace.extract_documents(..., {param}={n_workers}) in this process",
            "runs_s": runs}


# ------------------------------------------------------------------------------------------ main
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", help="glob of input files (default: PolNeAR dev texts, else the examples)")
    ap.add_argument("--model", help="spaCy pipeline (default: claimtrace's Settings().model)")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes per path (median reported)")
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size for both paths")
    ap.add_argument("--workers", type=int, default=1, help="also time the N-process path when N > 1")
    ap.add_argument("--parallel", choices=("auto", "api", "spawn"), default="auto",
                    help="how --workers is timed: the API's extract_parallel (api), our own spawned "
                         "workers (spawn), or api when the API has it (auto, default)")
    ap.add_argument("--no-rss", action="store_true", help="skip the fresh-process peak-RSS measurement")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = ap.parse_args(argv)

    pattern = args.texts or (str(POLNEAR_DEV) if glob.glob(str(POLNEAR_DEV)) else str(EXAMPLES))
    corpus = _load_corpus(pattern)
    from claimtrace.config import Settings  # light: no spaCy yet

    settings = Settings(**({"model": args.model} if args.model else {}))
    model = settings.model
    load_before = os.getloadavg()

    # peak RSS of one fresh process, measured first: a spawned child inherits ru_maxrss from its
    # parent, so it must start while this process is still small
    rss = None
    if not args.no_rss:
        conn, p = _spawn(mp.get_context("spawn"), _rss_child, corpus, model, args.batch_size)
        rss = _recv(conn, "rss")[1]
        p.join()

    import spacy

    import claimtrace
    n_bytes = sum(len(d) for _, d in corpus)

    t = time.perf_counter()
    bare = spacy.load(model)
    load_bare = time.perf_counter() - t
    t = time.perf_counter()
    ct = claimtrace.load(model)
    load_ct = time.perf_counter() - t
    texts = _bare_texts(corpus, settings)
    n_chars = sum(len(t) for t in texts)  # characters actually parsed (after preparation)

    # warm-up (excluded)
    _run_bare(texts, bare, args.batch_size)
    _, _, n_articles, n_attr = _run_claimtrace(corpus, ct, settings, args.batch_size)

    bare_runs, ct_runs, bare_cpu, ct_cpu = [], [], [], []
    for _ in range(args.repeat):
        s, c, _ = _run_bare(texts, bare, args.batch_size)
        bare_runs.append(s)
        bare_cpu.append(c)
        s, c, _, n_attr = _run_claimtrace(corpus, ct, settings, args.batch_size)
        ct_runs.append(s)
        ct_cpu.append(c)

    def summary(runs, n, cpu=None):
        med = statistics.median(runs)
        out = {"median_s": med, "runs_s": runs, "articles_per_s": n / med, "chars_per_s": n_chars / med}
        if cpu is not None:
            out["median_cpu_s"] = statistics.median(cpu)
            out["cpu_runs_s"] = cpu
        return out

    result = {
        "corpus": pattern,
        "articles": len(corpus),
        "parsed_articles": len(texts),
        "input_bytes": n_bytes,
        "chars": n_chars,
        "model": model,
        "pipe_names_bare": bare.pipe_names,
        "pipe_names_claimtrace": ct.pipe_names,
        "batch_size": args.batch_size,
        "repeat": args.repeat,
        "load_s": {"bare": load_bare, "claimtrace": load_ct},
        "bare_parse": summary(bare_runs, len(texts), bare_cpu),
        "claimtrace": summary(ct_runs, n_articles, ct_cpu),
        "attributions_found": n_attr,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
    }
    result["ratio_claimtrace_over_bare"] = result["claimtrace"]["median_s"] / result["bare_parse"]["median_s"]
    result["ratio_cpu_claimtrace_over_bare"] = (result["claimtrace"]["median_cpu_s"]
                                                / result["bare_parse"]["median_cpu_s"])
    result["this_process_peak_rss_mb"] = _maxrss_mb()
    if rss:
        result["one_process_peak_rss_mb"] = rss["ru_maxrss_mb"]
        result["one_process_vmhwm_mb"] = rss["vmhwm_mb"]

    if args.workers > 1:
        import claimtrace.api as api

        params = inspect.signature(claimtrace.extract_documents).parameters
        param = next((p for p in _PARALLEL_PARAMS if p in params), None)
        has_helper = hasattr(api, "extract_parallel")
        if args.parallel == "api" and not (has_helper or param):
            raise SystemExit("claimtrace.api has no multi-process helper; use --parallel spawn")
        if args.parallel != "spawn" and has_helper:
            par = _measure_extract_parallel(corpus, settings, args.workers, args.repeat)
        elif args.parallel != "spawn" and param:
            par = _measure_api_parallel(corpus, ct, settings, args.batch_size, args.workers, args.repeat, param)
        else:
            par = _measure_workers(corpus, model, args.batch_size, args.workers, args.repeat)
        par["workers"] = args.workers
        par.update(summary(par["runs_s"], n_articles))
        par["speedup_over_one_process"] = result["claimtrace"]["median_s"] / par["median_s"]
        result["parallel"] = par

    result["loadavg_before"] = list(load_before)
    result["loadavg_after"] = list(os.getloadavg())

    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print_table(result)
    return 0


def _print_table(r) -> None:
    print(f"corpus: {r['corpus']}  ({r['articles']} articles, {r['input_bytes']:,} bytes in, "
          f"{r['parsed_articles']} parsed, {r['chars']:,} chars parsed)")
    print(f"model: {r['model']}  spaCy {r['spacy']}  Python {r['python']}  {r['cpus']} CPUs  "
          f"batch_size {r['batch_size']}  median of {r['repeat']} (warm-up excluded)")
    print()
    rows = [("(a) bare spaCy parse", r["bare_parse"]), ("(b) claimtrace.extract_documents", r["claimtrace"])]
    if "parallel" in r:
        rows.append((f"(c) claimtrace, {r['parallel']['workers']} processes", r["parallel"]))
    print(f"{'path':<36}{'median s':>10}{'articles/s':>12}{'chars/s':>12}")
    for name, s in rows:
        print(f"{name:<36}{s['median_s']:>10.3f}{s['articles_per_s']:>12.1f}{s['chars_per_s']:>12,.0f}")
    print()
    print(f"ratio (b)/(a): {r['ratio_claimtrace_over_bare']:.3f} wall, "
          f"{r['ratio_cpu_claimtrace_over_bare']:.3f} CPU time "
          f"(median CPU s: a {r['bare_parse']['median_cpu_s']:.3f}, b {r['claimtrace']['median_cpu_s']:.3f})")
    if "parallel" in r:
        p = r["parallel"]
        print(f"speed-up (c) over (b): {p['speedup_over_one_process']:.2f}x")
        print(f"(c) measured as: {p['method']}")
        if "startup_s" in p:
            print(f"(c) worker start-up + model load + warm-up: {p['startup_s']:.1f} s; "
                  f"worker peak RSS: {', '.join(f'{m:.0f}' for m in p['worker_peak_rss_mb'])} MiB")
    print(f"pipeline load: bare {r['load_s']['bare']:.2f} s, claimtrace {r['load_s']['claimtrace']:.2f} s")
    if "one_process_peak_rss_mb" in r:
        print(f"peak RSS, one fresh process (load + whole corpus): {r['one_process_peak_rss_mb']:.0f} MiB "
              f"ru_maxrss, {r['one_process_vmhwm_mb']:.0f} MiB VmHWM")
    print(f"peak RSS, this benchmark process (two pipelines): {r['this_process_peak_rss_mb']:.0f} MiB")
    print(f"attributions found in the corpus: {r['attributions_found']}")
    la, lb = r["loadavg_before"], r["loadavg_after"]
    print(f"load average before/after: {la[0]:.2f} / {lb[0]:.2f} (1 min; > cpus means shared cores)")


if __name__ == "__main__":
    sys.exit(main())
