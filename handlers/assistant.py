"""Slack's AI assistant pane: suggested prompts, a status while working, the answer streamed, feedback buttons."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Assistant, BoltContext, Say, SetStatus, SetSuggestedPrompts
from slack_bolt.context.get_thread_context import GetThreadContext
from slack_bolt.context.save_thread_context import SaveThreadContext
from slack_sdk import WebClient

from bot import delivery, render, render_assistant, replies
from bot.guard import clean_question
from bot.services import Services
from bot.thread_contexts import StoredThreadContexts
from bot.threads import earlier_questions
from handlers.edge import friendly_errors
from handlers.files import ingest_uploads


def _viewed_channel(payload: dict[str, Any]) -> str | None:
    return ((payload.get("assistant_thread") or {}).get("context") or {}).get("channel_id")


def register(app: App, services: Services) -> None:
    """Attach the assistant middleware and its listeners."""
    assistant = Assistant(thread_context_store=StoredThreadContexts(services.store))
    max_chars = services.config.max_question_chars

    @assistant.thread_started
    def started(
        payload: dict[str, Any], say: Say, set_suggested_prompts: SetSuggestedPrompts, save_thread_context: SaveThreadContext
    ) -> None:
        thread = payload.get("assistant_thread") or {}
        with friendly_errors(say, user_id=thread.get("user_id")):
            services.thread_opened(thread["channel_id"], thread["thread_ts"])
            if thread.get("context"):  # the channel the user had open: its article answers the thread's questions
                save_thread_context(thread["context"])
            article = services.article_for(channel_id=_viewed_channel(payload))
            say(render_assistant.greeting(article.title))
            speakers = [name for name, _ in services.speakers(article)[:2]]
            set_suggested_prompts(prompts=render_assistant.suggested_prompts(article.lang, speakers))

    @assistant.user_message
    def user_message(
        payload: dict[str, Any],
        client: WebClient,
        context: BoltContext,
        say: Say,
        set_status: SetStatus,
        get_thread_context: GetThreadContext,
    ) -> None:
        channel, thread_ts, user = payload["channel"], payload["thread_ts"], payload.get("user")
        with friendly_errors(say, user_id=user, client=client, usage=replies.MENTION_USAGE):
            if payload.get("subtype") == "file_share":
                ingest_uploads(services, client, payload, say)
                return
            question = clean_question(str(payload.get("text") or ""), max_chars, slack=True, drop_user=context.bot_user_id)
            set_status(status=replies.READING)
            history: tuple[str, ...] = ()
            if not services.first_question_in(channel, thread_ts):  # the thread's first question has nothing before it to fetch
                history = earlier_questions(
                    client,
                    channel=channel,
                    thread_ts=thread_ts,
                    before_ts=payload["ts"],
                    bot_user_id=None,
                    max_chars=max_chars,
                    mentions_only=False,
                )
            viewed = get_thread_context()  # the channel the user had open when starting the thread
            article = services.article_for(channel_id=viewed.channel_id if viewed else None)
            answer = services.ask(question, article, history=history)
            feedback = render.feedback_block(question, article.id)
            delivery.stream(
                client,
                channel=channel,
                thread_ts=thread_ts,
                markdown=render_assistant.markdown(answer, title=article.title, source=article.source),
                fallback=render.answer_messages(answer, title=article.title, source=article.source, tail=[feedback]),
                final_blocks=[feedback],
                team_id=context.team_id,
                user_id=user,
            )

    app.assistant(assistant)
