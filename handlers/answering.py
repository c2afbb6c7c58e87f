"""The path a free-text question in a channel, thread or DM takes: validate, pick the article, answer, render, post.

The assistant pane (``handlers/assistant.py``) takes the same steps but streams its answer.
"""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from bot import delivery, render
from bot.guard import clean_question
from bot.services import Services
from bot.threads import earlier_questions


def answer_in_thread(
    services: Services,
    client: WebClient,
    *,
    text: str,
    channel: str,
    thread_ts: str | None,
    event_ts: str,
    bot_user_id: str | None,
    bound_channel: str | None,
    mentions_only: bool,
) -> list[dict[str, Any]]:
    """Answer the question in ``text`` in ``channel`` (in ``thread_ts`` when given); returns the messages posted.

    Raises :class:`bot.guard.BadQuestion` before anything is posted when the question is empty or too long.
    """
    question = clean_question(text, services.config.max_question_chars, slack=True, drop_user=bot_user_id)
    history: tuple[str, ...] = ()
    if thread_ts and thread_ts != event_ts:
        history = earlier_questions(
            client,
            channel=channel,
            thread_ts=thread_ts,
            before_ts=event_ts,
            bot_user_id=bot_user_id,
            max_chars=services.config.max_question_chars,
            mentions_only=mentions_only,
        )
    article = services.article_for(channel_id=bound_channel)
    answer = services.ask(question, article, history=history)
    messages = render.answer_messages(
        answer, title=article.title, source=article.source, tail=[render.feedback_block(question, article.id)]
    )
    delivery.post(client, channel=channel, thread_ts=thread_ts, messages=messages)
    return messages
