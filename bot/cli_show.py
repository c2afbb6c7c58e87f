"""The commands that show what the store holds: ``articles``, ``article`` (its segmentation) and ``claims``."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from bot.services import Services
from knowledge.article import Article


def print_json(obj: Any, out: TextIO) -> None:
    """One JSON value on its own line, flushed (a batch reader sees each answer as it is made)."""
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


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
        print_json(data, out)
        return 0
    out.write(f"{article.title}\nid: {article.id} · source: {article.source or 'not given'} · lang: {article.lang}\n")
    out.write(f"tokens: {data['tokens']}\n\n")
    for p in article.paragraphs:
        mark = "#" if p.heading else " "
        out.write(f"¶{p.n:<3}{mark} {article.text[p.start : p.end]}\n")
    return 0


def cmd_articles(svc: Services, args: argparse.Namespace, out: TextIO) -> int:
    """List the stored articles."""
    svc.library.ensure_shipped()
    rows = svc.store.all()
    if args.json:
        print_json(
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


def cmd_claims(svc: Services, args: argparse.Namespace, out: TextIO) -> int:
    """Print the claims ledger of an article (who said what), optionally one speaker's."""
    article = svc.library.resolve(args.article)
    ledger = svc.ledger(article)
    claims = ledger.for_party(args.speaker, article.lang) if args.speaker else ledger.claims
    if args.json:
        print_json([c.to_json() for c in claims], out)
        return 0
    if not claims:
        out.write(f"no claims{' by ' + args.speaker if args.speaker else ''} in {article.id}\n")
    for c in claims:
        via = f" (via {c.via})" if c.via else ""
        via += " (found by the LLM ledger pass)" if c.origin == "llm" else ""
        words = f"„{c.text}”" if c.direct else c.text
        out.write(f"¶{c.paragraph:<3} {c.canonical}{via} · {c.act} · {c.stance}: {words}\n")
    return 0
