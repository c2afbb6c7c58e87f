"""Score the offline summary against hand-written gold (bench/eval/summaries/gold.jsonl).

    .venv/bin/python bench/eval_summaries.py [--only en_] [-v]

Each gold line names an article of ``bench/eval/articles/`` and the bullets a
good summary has, each as the paragraphs (¶, 1-based as cited) any of which
would do for that bullet. ``newsroom-bot summary --json --article FILE`` runs
in a fresh ``NEWSROOM_DATA_DIR``; per article it prints

- coverage: the share of gold bullets whose paragraphs the summary cites;
- precision: the share of the summary's cited paragraphs that some gold bullet holds;
- bullets: how many citations (one paragraph each) the summary made.

The totals are means over the articles. ``-v`` also prints the cited and the
missed paragraphs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "eval"
GOLD = HERE / "summaries" / "gold.jsonl"
CLI = str(Path(sys.executable).with_name("newsroom-bot"))


def cited_paragraphs(article: Path) -> list[int]:
    """The ¶ numbers the summary of ``article`` cites, in order, each once."""
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "NEWSROOM_DATA_DIR": data_dir}
        proc = subprocess.run([CLI, "summary", "--json", "--article", str(article)], env=env, capture_output=True, text=True, check=True)
    out = json.loads(proc.stdout)
    return list(dict.fromkeys(c["paragraph"] for c in out["citations"]))


def score(bullets: list[list[int]], cited: list[int]) -> tuple[float, float]:
    """Coverage of the gold bullets and precision of the cited paragraphs."""
    wanted = {p for bullet in bullets for p in bullet}
    covered = sum(1 for bullet in bullets if set(bullet) & set(cited))
    return covered / len(bullets), (sum(1 for p in cited if p in wanted) / len(cited) if cited else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="", help="score only articles whose name starts with this")
    ap.add_argument("-v", "--verbose", action="store_true", help="print cited and missed paragraphs")
    args = ap.parse_args()

    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row for row in rows if row["article"].startswith(args.only)]
    total_coverage = total_precision = 0.0
    print(f"{'article':<22} {'coverage':>9} {'precision':>9} {'cited':>6}")
    for row in rows:
        cited = cited_paragraphs(HERE / "articles" / f"{row['article']}.txt")
        coverage, precision = score(row["bullets"], cited)
        total_coverage += coverage
        total_precision += precision
        print(f"{row['article']:<22} {coverage:>9.3f} {precision:>9.3f} {len(cited):>6}")
        if args.verbose:
            missed = [bullet for bullet in row["bullets"] if not set(bullet) & set(cited)]
            print(f"  cited {cited}  missed {missed}")
    if rows:
        print(f"{'mean':<22} {total_coverage / len(rows):>9.3f} {total_precision / len(rows):>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
