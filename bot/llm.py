"""The LLM answer engine: fluent answers whose every quote is checked against the article.

The model sees numbered passages (see :mod:`bot.context`) and replies with an
answer plus the quotes it relies on.  Quotes not found verbatim are dropped;
prose that quotes words the article lacks is cut; translations are labelled
as ours.  When the model fails, times out, or nothing it quoted survives, the
user gets the offline engine's answer with a short note instead.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Generator
from dataclasses import dataclass

from bot import context, prompts, verify
from bot.answer import Answer, Answerer, Citation
from bot.chat import Chat
from bot.errors import LLMError
from bot.render_text import answer_text, quote_line, refusal_text
from bot.reply import ModelReply, parse
from knowledge.article import Article
from knowledge.claims import Ledger
from knowledge.lang import detect_lang

log = logging.getLogger(__name__)

_NOTES = {
    "en": {
        "timeout": "The language model did not answer in time, so this is the offline answer.",
        "rate_limited": "The language model is busy right now, so this is the offline answer.",
        "server_error": "The language model's server failed, so this is the offline answer.",
        "unreachable": "The language model could not be reached, so this is the offline answer.",
        "unverified": "The language model's quotes could not be found in the article, so this is the offline answer.",
        "failed": "The language model gave no usable answer, so this is the offline answer.",
    },
    "pl": {
        "timeout": "Model językowy nie odpowiedział na czas, więc to odpowiedź offline.",
        "rate_limited": "Model językowy jest teraz zajęty, więc to odpowiedź offline.",
        "server_error": "Serwer modelu językowego zawiódł, więc to odpowiedź offline.",
        "unreachable": "Nie udało się połączyć z modelem językowym, więc to odpowiedź offline.",
        "unverified": "Cytatów modelu językowego nie ma w artykule, więc to odpowiedź offline.",
        "failed": "Model językowy nie dał użytecznej odpowiedzi, więc to odpowiedź offline.",
    },
}
_TRANSLATION = {"en": "our translation", "pl": "nasze tłumaczenie"}
_MARKER = re.compile(r"\s?\[(\d+)\]")
_LEAK_WORDS = 6


class Unverified(LLMError):
    """Nothing the model quoted is in the article."""

    reason = "unverified"


def note(lang: str, reason: str) -> str:
    """The fixed note shown when the offline answer stands in for the model's."""
    notes = _NOTES.get(lang, _NOTES["en"])
    return notes.get(reason, notes["failed"])


@dataclass(frozen=True)
class Verified:
    """A quote that survived verification, with the model's translation of it if any."""

    citation: Citation
    translation: str | None


def _ngrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + _LEAK_WORDS]) for i in range(len(words) - _LEAK_WORDS + 1)}


_SYSTEM_NGRAMS = _ngrams(prompts.SYSTEM)


class LLMAnswerer:
    """Answers through a chat model; ``fallback`` is the offline engine it stands on."""

    engine = "llm"

    def __init__(
        self,
        chat: Chat,
        fallback: Answerer,
        retrieve: context.Retriever,
        *,
        ledger: Callable[[Article], Ledger] = lambda article: Ledger(),
        budget_tokens: int,
        encoding: str,
        passages: int = 8,
    ) -> None:
        self.chat = chat
        self.fallback = fallback
        self.retrieve = retrieve
        self.ledger = ledger
        self.budget_tokens = budget_tokens
        self.encoding = encoding
        self.passages = passages

    def close(self) -> None:
        """Release the chat client's connections."""
        self.chat.close()

    def answer(self, question: str, article: Article, *, history: tuple[str, ...] = ()) -> Answer:
        """Answer from the model, verified, or from the offline engine with a note."""
        return self._answer(question, article, history, stream=False)

    def stream(self, question: str, article: Article, *, history: tuple[str, ...] = ()) -> Generator[str, None, Answer]:
        """Yield the answer's text in chunks (lines), each only after verification; return the :class:`Answer`.

        The server streams its reply, but nothing reaches the user before every quote
        in it is checked, so chunks come once the whole reply has been verified.
        """
        answer = self._answer(question, article, history, stream=True)
        yield from answer.text.splitlines(keepends=True)
        return answer

    def _answer(self, question: str, article: Article, history: tuple[str, ...], *, stream: bool) -> Answer:
        lang = detect_lang(question)
        try:
            # a follow-up ("and what did he add?") is found through the message before it too
            spans = self.retrieve(" ".join((*history[-1:], question)), article, self.passages)
            ctx = context.build(question, article, spans, self.ledger(article), history, budget=self.budget_tokens, encoding=self.encoding)
            completion = self.chat.complete(ctx.messages, stream=stream)
            log.info(
                "llm answer for article %s: prompt_tokens=%s completion_tokens=%s (counted %d of budget %d; %d passages, %d/%d turns)",
                article.id,
                completion.prompt_tokens,
                completion.completion_tokens,
                ctx.tokens,
                ctx.budget,
                len(ctx.passages),
                ctx.history_turns,
                len(history),
            )
            answer = self._checked(question, lang, article, ctx, parse(completion.text))
            usage = {"prompt_tokens": completion.prompt_tokens, "completion_tokens": completion.completion_tokens, "counted": ctx.tokens}
            answer.extra["usage"] = usage
            return answer
        except LLMError as exc:
            log.warning("falling back to the offline answer: %s", exc)
            offline = self.fallback.answer(question, article, history=history)
            return dataclasses.replace(offline, note=note(lang, exc.reason), extra={**offline.extra, "llm_failure": exc.reason})

    def _checked(self, question: str, lang: str, article: Article, ctx: context.Context, reply: ModelReply) -> Answer:
        base = Answer(
            question=question,
            answered=False,
            text=refusal_text(lang),
            engine=self.engine,
            lang=lang,
            article_id=article.id,
            article_title=article.title,
            article_source=article.source,
        )
        if _ngrams(reply.answer) & _SYSTEM_NGRAMS:
            log.warning("the model's answer repeats its instructions; discarded")
            raise LLMError("the model's answer repeats its instructions")
        if not reply.answered:
            return base
        numbered = {p.n: p for p in ctx.passages}
        kept: list[Verified] = []
        paragraph_of: dict[int, int] = {}
        for i, q in enumerate(reply.quotes, start=1):
            where = numbered.get(q.passage) if q.passage is not None else None
            found = verify.quote_citations(article, q.quote, (where.start, where.end) if where else None)
            new = [c for c in found if all((c.start, c.end) != (k.citation.start, k.citation.end) for k in kept)]
            if found:
                paragraph_of[i] = found[0].paragraph
            translation = q.translation if lang != article.lang else None
            kept += [Verified(c, translation if j == 0 else None) for j, c in enumerate(new)]
        if not kept:
            raise Unverified("none of the model's quotes is in the article")
        prose = _MARKER.sub(lambda m: f" [¶{paragraph_of[int(m.group(1))]}]" if int(m.group(1)) in paragraph_of else "", reply.answer)
        prose = verify.clean_prose(article, prose)
        citations = tuple(v.citation for v in kept)
        lines = [prose or answer_text(lang, ())]
        for v in kept:
            lines.append(quote_line(v.citation))
            if v.translation:
                lines.append(f"  ↳ {_TRANSLATION.get(lang, _TRANSLATION['en'])}: {verify.unquote(v.translation)}")
        # translations also travel beside the citations, for renderers that lay quotes out themselves
        extra = {"translations": tuple(v.translation for v in kept)}
        return dataclasses.replace(base, answered=True, text="\n".join(lines), citations=citations, extra=extra)
