"""The ``newsroom-bot`` command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from bot.answer import Answer
from bot.cli_ingest import DEFER_FROM, PROGRESS_FROM, cmd_embed, cmd_ingest
from bot.cli_show import cmd_article, cmd_articles, cmd_claims, print_json
from bot.config import Config, load_config
from bot.errors import BotError
from bot.guard import clean_question
from bot.logs import setup_logging
from bot.services import ENGINES, Services
from bot.startup import build_services
from knowledge.article import Article


def _batch_items(stream: TextIO, default_article: str | None) -> Iterator[tuple[str, str | None, str | None]]:
    """(question, article ref, error) for each non-empty stdin line, read as it comes."""
    for raw in stream:
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("{"):
            yield line, default_article, None
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            obj = None
        if not isinstance(obj, dict) or not isinstance(obj.get("question"), str) or not isinstance(obj.get("article"), str | None):
            yield line, default_article, 'a line starting with { must be JSON {"question": str, "article": ID_OR_PATH}'
            continue
        yield obj["question"], obj.get("article") or default_article, None


def _failed(question: str, message: str) -> dict[str, Any]:
    """The batch answer line for a question that could not be answered at all."""
    return {"question": question, "answered": False, "text": message, "citations": [], "engine": "none", "error": message}


def archive_json(answer: Answer) -> dict[str, Any]:
    """The ``ask --all --json`` contract: the answer's, plus the quoted articles in order."""
    data = answer.to_json()
    data["articles"] = answer.extra.get("articles", [])
    return data


def cmd_ask(svc: Services, args: argparse.Namespace, out: TextIO) -> int:
    """Answer one question, or one per stdin line with ``-``; ``--all`` asks the whole archive."""
    if args.all and args.article:
        raise BotError("ask takes --all (the whole archive) or --article (one article), not both")
    if args.question == ["-"]:
        # batch: an answer line per question, whatever goes wrong with one of them
        for question, ref, error in _batch_items(sys.stdin, args.article):
            if error or not question.strip():
                print_json(_failed(question, error or "empty question"), out)
                continue
            try:
                cleaned = clean_question(question, svc.config.max_question_chars)  # as for a single question
                if args.all:
                    print_json(archive_json(svc.ask_archive(cleaned)), out)
                    continue
                article = svc.library.resolve(ref)
                answer = svc.ask(cleaned, article, engine=args.engine)
                print_json(answer.to_json(), out)
            except BotError as exc:
                print_json(_failed(question, str(exc)), out)
        return 0
    question = " ".join(args.question).strip()
    if not question:
        raise BotError('ask needs a question, e.g. newsroom-bot ask "Who denied the report?"')
    question = clean_question(question, svc.config.max_question_chars)  # length limit, control characters
    if args.all:
        answer = svc.ask_archive(question)
        if args.json:
            print_json(archive_json(answer), out)
        else:
            out.write(answer.text + "\n")
        return 0
    article = svc.library.resolve(args.article)
    _print_answer(svc.ask(question, article, engine=args.engine), article, args.json, out)
    return 0


def _print_answer(answer: Answer, article: Article, as_json: bool, out: TextIO) -> None:
    """One answer as JSON, or as text with its article's title, source and the engine that answered."""
    if as_json:
        print_json(answer.to_json(), out)
        return
    out.write(answer.text + "\n")
    if answer.note:
        out.write(f"({answer.note})\n")
    out.write(f"\n— {article.title} · {article.source or 'source not given'} · engine: {answer.engine}\n")


def cmd_summary(svc: Services, args: argparse.Namespace, out: TextIO) -> int:
    """Summarise an article in 3-6 cited bullets."""
    article = svc.library.resolve(args.article)
    _print_answer(svc.summarize(article), article, args.json, out)
    return 0


def cmd_serve(config: Config, args: argparse.Namespace) -> int:
    """Run the Slack app: Socket Mode, or HTTP mode with ``--http``."""
    from bot.serve import serve

    return serve(config, http=args.http, workers=args.workers)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="newsroom-bot", description="Ask a news article questions; get verbatim, cited answers.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer a question about an article")
    ask.add_argument("question", nargs="+", help="the question, or - to read one per line from stdin")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    ask.add_argument("--article", help="article id or path (default: the latest ingested)")
    ask.add_argument("--all", action="store_true", help="ask the whole archive; quotes are grouped by article")
    ask.add_argument("--engine", choices=ENGINES, default="auto", help="auto = LLM when configured")
    ask.set_defaults(func=cmd_ask)

    summ = sub.add_parser("summary", help="summarise an article in 3-6 cited bullets")
    summ.add_argument("--article", help="article id or path (default: the latest ingested)")
    summ.add_argument("--json", action="store_true", help="print the summary as JSON")
    summ.set_defaults(func=cmd_summary)

    art = sub.add_parser("article", help="show an article and its segmentation")
    art.add_argument("id", nargs="?", help="article id or path (default: the latest)")
    art.add_argument("--json", action="store_true")
    art.set_defaults(func=cmd_article)

    ing = sub.add_parser("ingest", help="store article files, folders (their .txt/.md files) and globs")
    ing.add_argument("files", nargs="+", help="files, folders or glob patterns such as 'feed/**/*.txt'")
    ing.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"progress bar (default: on a terminal from {PROGRESS_FROM} files)",
    )
    # one by default: the e5 embedding deriver already uses every core (two workers measured slower)
    ing.add_argument("--workers", type=int, default=1, help="processes that segment and derive (helps single-threaded derivers)")
    ing.add_argument(
        "--defer-embeddings",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"leave the e5 embeddings to `newsroom-bot embed` (default: from {DEFER_FROM} files)",
    )
    ing.add_argument("--title")
    ing.add_argument("--source")
    ing.add_argument("--published")
    ing.set_defaults(func=cmd_ingest)

    emb = sub.add_parser("embed", help="make the embeddings a bulk ingest deferred (interruptible; the next run resumes)")
    emb.add_argument("--limit", type=int, help="at most this many articles, oldest first")
    emb.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None, help="progress bar (default: on a terminal)")
    emb.set_defaults(func=cmd_embed)

    clm = sub.add_parser("claims", help="show who said what in an article (the claims ledger)")
    clm.add_argument("--article", help="article id or path (default: the latest ingested)")
    clm.add_argument("--speaker", help="only this party's claims, by any of its names (--speaker kormex finds Kormeksu)")
    clm.add_argument("--json", action="store_true", help="print the claims as a JSON list")
    clm.set_defaults(func=cmd_claims)

    lst = sub.add_parser("articles", help="list stored articles")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_articles)

    srv = sub.add_parser("serve", help="run the Slack app (Socket Mode; --http for HTTP mode on $PORT)")
    srv.add_argument("--http", action="store_true", help="serve /slack/events over HTTP with gunicorn instead of Socket Mode")
    srv.add_argument("--workers", type=int, default=2, help="gunicorn worker processes in HTTP mode")
    srv.set_defaults(func=None, serve=True)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Entry point of ``newsroom-bot``; exit 2 with one line on stderr for bad input."""
    args = build_parser().parse_args(argv)
    try:
        config = load_config()
        # one-shot commands are quiet unless -v; `serve` switches to LOG_LEVEL itself
        setup_logging(config, level="INFO" if args.verbose else "WARNING")
        if getattr(args, "serve", False):
            return cmd_serve(config, args)
        with build_services(config) as svc:
            return int(args.func(svc, args, out or sys.stdout))
    except BotError as exc:
        print(f"newsroom-bot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
