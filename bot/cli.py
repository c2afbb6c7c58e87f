"""The ``newsroom-bot`` command line."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from bot.config import load_config
from bot.errors import BotError
from bot.services import ENGINES, Services, build_services
from knowledge.article import Article

log = logging.getLogger("newsroom_bot")


def _print_json(obj: Any, out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


def _batch_items(stream: TextIO, default_article: str | None) -> list[tuple[str, str | None]]:
    items = []
    for raw in stream:
        line = raw.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                obj = json.loads(line)
                items.append((str(obj.get("question") or ""), obj.get("article") or default_article))
                continue
            except (json.JSONDecodeError, AttributeError):
                pass
        items.append((line, default_article))
    return items


def cmd_ask(svc: Services, args: argparse.Namespace, out: TextIO) -> int:
    """Answer one question, or one per stdin line with ``-``."""
    if args.question == ["-"]:
        # batch: an answer line per question, whatever goes wrong with one of them
        for question, ref in _batch_items(sys.stdin, args.article):
            try:
                article = svc.library.resolve(ref)
                answer = svc.ask(question, article, engine=args.engine)
                _print_json(answer.to_json(), out)
            except BotError as exc:
                _print_json(
                    {"question": question, "answered": False, "text": str(exc), "citations": [], "engine": "none", "error": str(exc)}, out
                )
        return 0
    question = " ".join(args.question).strip()
    if not question:
        raise BotError('ask needs a question, e.g. newsroom-bot ask "What did Alibaba say?"')
    article = svc.library.resolve(args.article)
    answer = svc.ask(question, article, engine=args.engine)
    if args.json:
        _print_json(answer.to_json(), out)
    else:
        out.write(answer.text + "\n")
        out.write(f"\n— {article.title} · {article.source or 'source not given'} · engine: {answer.engine}\n")
    return 0


def cmd_summary(svc: Services, args: argparse.Namespace, out: TextIO) -> int:
    """Summarise an article in 3-6 cited bullets."""
    article = svc.library.resolve(args.article)
    answer = svc.summarize(article)
    if args.json:
        _print_json(answer.to_json(), out)
    else:
        out.write(answer.text + "\n")
        out.write(f"\n— {article.title} · {article.source or 'source not given'} · engine: {answer.engine}\n")
    return 0


def article_json(article: Article) -> dict[str, Any]:
    """The ``article --json`` contract."""
    from knowledge.tokens import ENCODINGS, count_tokens

    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "lang": article.lang,
        "text": article.text,
        "tokens": {name: count_tokens(article.text, name) for name in ENCODINGS},
        "paragraphs": [{"n": p.n, "start": p.start, "end": p.end, "heading": p.heading} for p in article.paragraphs],
        "sentences": [{"paragraph": s.paragraph, "start": s.start, "end": s.end} for s in article.sentences],
    }


def cmd_article(svc: Services, args: argparse.Namespace, out: TextIO) -> int:
    """Show one article and its segmentation."""
    article = svc.library.resolve(args.id)
    data = article_json(article)
    if args.json:
        _print_json(data, out)
        return 0
    out.write(f"{article.title}\nid: {article.id} · source: {article.source or 'not given'} · lang: {article.lang}\n")
    out.write(f"tokens: {data['tokens']}\n\n")
    for p in article.paragraphs:
        mark = "#" if p.heading else " "
        out.write(f"¶{p.n:<3}{mark} {article.text[p.start : p.end]}\n")
    return 0


def cmd_ingest(svc: Services, args: argparse.Namespace, out: TextIO) -> int:
    """Store article files."""
    from knowledge.article import read_text

    texts = [(path, read_text(path)) for path in args.files]  # validate all before writing any
    for path, text in texts:
        result = svc.library.ingest_text(text, title=args.title, source=args.source, published=args.published)
        verb = "ingested" if result.created else "already held"
        out.write(f"{verb}: {result.article.id}  {result.article.title}  ({path})\n")
    return 0


def cmd_articles(svc: Services, args: argparse.Namespace, out: TextIO) -> int:
    """List the stored articles."""
    svc.library.ensure_shipped()
    rows = svc.store.all()
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "source": r.source,
                    "published": r.published,
                    "paragraphs": r.paragraphs,
                    "ingested_at": r.ingested_at,
                }
                for r in rows
            ],
            out,
        )
        return 0
    for r in rows:
        out.write(f"{r.id}  {r.ingested_at}  ¶{r.paragraphs:<3} {r.title}  [{r.source or 'source not given'}]\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="newsroom-bot", description="Ask a news article questions; get verbatim, cited answers.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer a question about an article")
    ask.add_argument("question", nargs="+", help="the question, or - to read one per line from stdin")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    ask.add_argument("--article", help="article id or path (default: the latest ingested)")
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

    ing = sub.add_parser("ingest", help="store article files")
    ing.add_argument("files", nargs="+")
    ing.add_argument("--title")
    ing.add_argument("--source")
    ing.add_argument("--published")
    ing.set_defaults(func=cmd_ingest)

    lst = sub.add_parser("articles", help="list stored articles")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_articles)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Entry point of ``newsroom-bot``; exit 2 with one line on stderr for bad input."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        svc = build_services(load_config())
        return int(args.func(svc, args, out or sys.stdout))
    except BotError as exc:
        print(f"newsroom-bot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
