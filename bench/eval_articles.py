"""Score the answer engine on the project's own articles (bench/eval/).

    .venv/bin/python bench/eval_articles.py [--score ../shared/eval/score.py] [--only en_] [--cross] [-v]

Each ``bench/eval/<stem>.jsonl`` gold file is scored by the shared scorer
against ``bench/eval/articles/<stem>.txt`` with ``newsroom-bot ask --json
--article FILE -``, each in a fresh ``NEWSROOM_DATA_DIR``. Prints one line per
article and the totals (means weighted by question count). ``--cross`` scores
only the questions asked in the other language than their article's (an
English question on a Polish article and the reverse).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from knowledge.lang import detect_lang

HERE = Path(__file__).resolve().parent / "eval"
DEFAULT_SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
CLI = str(Path(sys.executable).with_name("newsroom-bot"))
FIGURES = ("quote_fidelity", "citation_recall", "citation_precision", "answered_accuracy")


def cross_language(gold: Path, article: Path, into: Path) -> bool:
    """Write to ``into`` the questions of ``gold`` not in ``article``'s language; False when there are none."""
    lang = detect_lang(article.read_text(encoding="utf-8"))
    lines = [line for line in gold.read_text(encoding="utf-8").splitlines() if line.strip() and json.loads(line)["lang"] != lang]
    into.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return bool(lines)


def score(scorer: Path, gold: Path, article: Path, verbose: bool, *, cross: bool = False) -> tuple[dict[str, float], int, str]:
    """The scorer's figures, question count and failure lines for one article (``cross``: its other-language questions)."""
    cmd = f"{shlex.quote(CLI)} ask --json --article {shlex.quote(str(article))} -"
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "NEWSROOM_DATA_DIR": data_dir}
        if cross:
            gold, subset = Path(data_dir) / "cross.jsonl", gold
            if not cross_language(subset, article, gold):
                return {}, 0, ""
        args = [sys.executable, str(scorer), str(gold), "--article", str(article), "--cmd", cmd]
        proc = subprocess.run(args + (["-v"] if verbose else []), env=env, capture_output=True, text=True)
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-500:]
    figures = {name: float(value) for name, value in re.findall(r"(\w+)=([0-9.]+)", summary) if name in FIGURES}
    questions = int(re.search(r"questions=(\d+)", summary).group(1)) if "questions=" in summary else 0
    failures = "\n".join(line for line in proc.stdout.splitlines() if line.startswith("  -"))
    return figures, questions, failures


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORE)
    ap.add_argument("--only", default="", help="score only gold files whose name starts with this")
    ap.add_argument("--cross", action="store_true", help="score only the questions in the other language than the article's")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each article's failures")
    args = ap.parse_args()

    totals = dict.fromkeys(FIGURES, 0.0)
    count = 0
    print(f"{'article':<28} {'n':>3} " + " ".join(f"{name.split('_')[1][:9]:>9}" for name in FIGURES))
    for gold in sorted(HERE.glob(f"{args.only}*.jsonl")):
        article = HERE / "articles" / f"{gold.stem}.txt"
        figures, questions, failures = score(args.score, gold, article, args.verbose, cross=args.cross)
        if args.cross and not questions and not failures:
            continue
        if not questions:
            print(f"{gold.stem:<28} FAILED to score")
            continue
        print(f"{gold.stem:<28} {questions:>3} " + " ".join(f"{figures.get(name, 0.0):>9.3f}" for name in FIGURES))
        if args.verbose and failures:
            print(failures)
        count += questions
        for name in FIGURES:
            totals[name] += figures.get(name, 0.0) * questions
    if count:
        print(f"{'total':<28} {count:>3} " + " ".join(f"{totals[name] / count:>9.3f}" for name in FIGURES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
