"""Speed of the offline answer engine: ingest, warm ask latency, cold CLI start to first answer.

    .venv/bin/python bench/answer_speed.py [--questions ../shared/eval/dev.jsonl] [--rounds 20]

* ingest: segmenting the shipped article and running every deriver on it
  (claims ledger, sentence embeddings), in a process whose model is loaded;
  the model load is reported on its own.
* warm ask: every question of the file, asked ``rounds`` times of the same
  article in one process after a first pass (p50 / p95 / max per question).
* cold start: a fresh ``newsroom-bot ask --json`` process over a store that
  already holds the article, spawn to answer (median of 5), and once over an
  empty store (which ingests the shipped article first).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.config import load_config
from bot.startup import build_services
from knowledge import embed
from knowledge.library import shipped_text

DEFAULT_QUESTIONS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"
CLI = str(Path(sys.executable).with_name("newsroom-bot"))


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def cold(data_dir: str, question: str) -> float:
    """Seconds from spawning the CLI to its answer."""
    env = {**os.environ, "NEWSROOM_DATA_DIR": data_dir}
    t0 = time.perf_counter()
    subprocess.run([CLI, "ask", "--json", question], env=env, check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    questions = [json.loads(line)["question"] for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        embed.embed_query("warm up")
        model_load = time.perf_counter() - t0
        svc = build_services(load_config(data_dir=Path(tmp) / "bench"))
        t0 = time.perf_counter()
        svc.library.prepare(shipped_text())
        ingest = time.perf_counter() - t0
        article = svc.library.ingest_text(shipped_text()).article
        for q in questions:  # first pass: index built, lemmas cached
            svc.ask(q, article, engine="extractive")
        times = []
        for _ in range(args.rounds):
            for q in questions:
                t0 = time.perf_counter()
                svc.ask(q, article, engine="extractive")
                times.append(time.perf_counter() - t0)
        held = str(Path(tmp) / "bench")
        cold_held = statistics.median(cold(held, questions[0]) for _ in range(5))
        cold_empty = cold(str(Path(tmp) / "empty"), questions[0])

    ms = [t * 1000 for t in times]
    print(f"model load: {model_load:.3f} s")
    print(f"ingest of the shipped article (segment + all derivers): {ingest:.3f} s")
    print(
        f"warm ask over {len(questions)} questions x {args.rounds}: p50 {percentile(ms, 50):.1f} ms, "
        f"p95 {percentile(ms, 95):.1f} ms, max {max(ms):.1f} ms"
    )
    print(f"cold CLI start to first answer: {cold_held:.2f} s (article held), {cold_empty:.2f} s (empty store, ingests first)")


if __name__ == "__main__":
    main()
