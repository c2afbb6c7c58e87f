"""Where an assistant pane thread's context (the channel the user had open) is kept: our store, not Slack.

Bolt's default keeps it in the metadata of the app's first reply, so every
question reads the thread back (``conversations.replies``) and every context
change edits that reply (``chat.update``).  Kept in the store, reading it is a
row lookup, and it survives a restart like the rest of the app's state.
"""

from __future__ import annotations

import json

from slack_bolt.context.assistant.thread_context import AssistantThreadContext
from slack_bolt.context.assistant.thread_context_store.store import AssistantThreadContextStore

from knowledge.store import Store

CONTEXT_TTL_S = 90 * 24 * 3600.0  # a pane thread is rarely taken up again after three months


class StoredThreadContexts(AssistantThreadContextStore):
    """Assistant thread contexts held in the app's store, one entry per thread."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, *, channel_id: str, thread_ts: str, context: dict[str, str]) -> None:
        self.store.keep(_key(channel_id, thread_ts), json.dumps(context), CONTEXT_TTL_S)

    def find(self, *, channel_id: str, thread_ts: str) -> AssistantThreadContext | None:
        kept = self.store.kept(_key(channel_id, thread_ts))
        return AssistantThreadContext(json.loads(kept)) if kept else None


def _key(channel_id: str, thread_ts: str) -> str:
    return f"assistant-context:{channel_id}:{thread_ts}"
