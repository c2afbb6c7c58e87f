"""The request sent to the model: numbered passages, ledger entries, metadata and thread, within a token budget.

Tokens are counted with the model's real tiktoken encoding (``o200k_base``
for current OpenAI models, a configured fallback for other model names).
Passages come first, then the claims ledger, then the thread history, which
is trimmed oldest turn first; the assembled request never exceeds the budget.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from tiktoken.model import encoding_name_for_model

from bot import prompts
from bot.errors import LLMError
from knowledge.article import Article
from knowledge.claims import Ledger
from knowledge.lang import detect_lang
from knowledge.tokens import ENCODINGS, count_tokens

log = logging.getLogger(__name__)

_MESSAGE_OVERHEAD = 4  # tokens a chat message costs beyond its content (role, separators)
_REPLY_PRIMING = 3
_HISTORY_SHARE = 0.3  # passages may not crowd the thread out of more than this share
_WORD = re.compile(r"\w{3,}", re.UNICODE)


class Span(Protocol):
    """Anything with character offsets into an article (a sentence, a search hit …)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


# question, article, k -> the k most relevant spans, best first
Retriever = Callable[[str, Article, int], Sequence[Span]]


@dataclass(frozen=True)
class Passage:
    """A numbered piece of the article shown to the model: ``article.text[start:end]``."""

    n: int
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Context:
    """One assembled request: chat messages, the passages they number, and their token count."""

    messages: tuple[dict[str, str], ...]
    passages: tuple[Passage, ...]
    tokens: int
    budget: int
    history_turns: int
    encoding: str


def encoding_for(model: str, fallback: str) -> str:
    """The tiktoken encoding of ``model``; ``fallback`` for models tiktoken does not know or we cannot load offline."""
    try:
        name = encoding_name_for_model(model)
    except KeyError:
        return fallback
    return name if name in ENCODINGS else fallback


def count_messages(messages: Sequence[dict[str, str]], encoding: str) -> int:
    """Prompt tokens of a chat request, as OpenAI counts them for chat models."""
    return sum(count_tokens(m["content"], encoding) + _MESSAGE_OVERHEAD for m in messages) + _REPLY_PRIMING


def _mentions(name: str, question_words: set[str]) -> bool:
    # inflected forms ("Kormeksu", "Kormex's") share their first five letters
    return any(w.lower()[:5] in question_words for w in _WORD.findall(name))


def ledger_entries(ledger: Ledger, question: str, paragraphs: set[int]) -> list[tuple[int, int, int, str]]:
    """Ledger entries worth showing, as (start, end, paragraph, label): claims by people the
    question names or in the passages' paragraphs, and the roles of entities the question names."""
    words = {w.lower()[:5] for w in _WORD.findall(question)}
    named = [c for c in ledger.claims if any(_mentions(n, words) for n in (c.speaker, c.canonical, *c.aliases))]
    nearby = [c for c in ledger.claims if c.paragraph in paragraphs and c not in named]
    entries = [(c.start, c.end, c.paragraph, f"claim: {c.canonical or c.speaker} {c.act}") for c in named + nearby]
    for e in ledger.entities:
        if e.role and e.role_start is not None and e.role_end is not None and _mentions(e.canonical or e.name, words):
            entries.append((e.role_start, e.role_end, e.paragraph, f"who: {e.canonical or e.name}"))
    return entries


def build(
    question: str, article: Article, spans: Sequence[Span], ledger: Ledger, history: tuple[str, ...], *, budget: int, encoding: str
) -> Context:
    """Assemble the request for ``question`` so that it fits ``budget`` prompt tokens."""
    tag = prompts.new_tag()
    qlang = detect_lang(question)
    meta = prompts.metadata_block(article.title, article.source, article.published, article.lang)

    def messages(passages: list[str], claims: list[str], turns: list[str]) -> list[dict[str, str]]:
        user = prompts.user_message(tag, meta, "\n".join(passages), "\n".join(claims), "\n".join(turns), question, qlang)
        return [{"role": "system", "content": prompts.SYSTEM}, {"role": "user", "content": user}]

    def cost(line: str) -> int:
        return count_tokens(line, encoding) + 1  # the newline joining it

    free = budget - count_messages(messages([], [], []), encoding)
    if free <= 0:
        raise LLMError(f"the question and instructions alone exceed the {budget}-token context budget")
    turns = [prompts.history_line(t) for t in history]
    reserve = min(sum(cost(t) for t in turns), int(free * _HISTORY_SHARE))

    chosen: list[tuple[int, int]] = []
    used = 0
    for span in spans:
        piece = (span.start, span.end)
        line_cost = cost(prompts.passage_line(0, 0, article.text[span.start : span.end])) + 2
        if piece in chosen or used + line_cost > free - reserve:
            continue
        chosen.append(piece)
        used += line_cost
    chosen.sort()
    passages = [Passage(n, s, e, article.paragraph_at(s)) for n, (s, e) in enumerate(chosen, start=1)]
    # a ledger entry inside a chosen passage labels it; one elsewhere is shown as a passage of its own
    labels: dict[int, tuple[str, ...]] = {}
    claims: list[tuple[Passage, str]] = []
    for start, end, paragraph, label in ledger_entries(ledger, question, {p.paragraph for p in passages}):
        host = next((p for p in passages if p.start <= start and end <= p.end), None)
        if host is not None:
            extra = cost(label) + 1
            if label not in labels.get(host.n, ()) and used + extra <= free - reserve:
                labels[host.n] = (*labels.get(host.n, ()), label)
                used += extra
            continue
        if any(p.start <= start and end <= p.end for p, _ in claims):
            continue
        n = len(passages) + len(claims) + 1
        line = prompts.passage_line(n, paragraph, article.text[start:end], (label,))
        if used + cost(line) <= free - reserve:
            claims.append((Passage(n, start, end, paragraph), line))
            used += cost(line)
    passage_lines = [prompts.passage_line(p.n, p.paragraph, article.text[p.start : p.end], labels.get(p.n, ())) for p in passages]

    kept: list[str] = []
    for line in reversed(turns):  # newest first: the oldest turns are the ones dropped
        if used + cost(line) > free:
            break
        kept.insert(0, line)
        used += cost(line)

    claim_lines = [line for _, line in claims]
    msgs = messages(passage_lines, claim_lines, kept)
    tokens = count_messages(msgs, encoding)
    while tokens > budget and (kept or claim_lines or passage_lines):
        # token counts of joined lines can differ from their sum by a few: shed until it holds
        (kept or claim_lines or passage_lines).pop(0 if kept else -1)
        msgs = messages(passage_lines, claim_lines, kept)
        tokens = count_messages(msgs, encoding)
    numbered = tuple(passages[: len(passage_lines)]) + tuple(p for p, _ in claims[: len(claim_lines)])
    if len(kept) < len(turns):
        log.info("thread history trimmed: kept %d of %d turns", len(kept), len(turns))
    return Context(tuple(msgs), numbered, tokens, budget, len(kept), encoding)
