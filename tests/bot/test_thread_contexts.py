"""Assistant thread contexts kept in the app's store (either backend)."""

from __future__ import annotations

from bot.services import Services
from bot.thread_contexts import StoredThreadContexts


def test_a_saved_context_is_found_for_its_thread(services: Services) -> None:
    contexts = StoredThreadContexts(services.store)
    contexts.save(channel_id="D1", thread_ts="1.1", context={"channel_id": "C9", "team_id": "T1"})
    found = contexts.find(channel_id="D1", thread_ts="1.1")
    assert found is not None and found.channel_id == "C9"


def test_a_thread_with_no_saved_context_has_none(services: Services) -> None:
    contexts = StoredThreadContexts(services.store)
    contexts.save(channel_id="D1", thread_ts="1.1", context={"channel_id": "C9"})
    assert contexts.find(channel_id="D1", thread_ts="2.2") is None


def test_a_later_context_replaces_the_earlier_one(services: Services) -> None:
    contexts = StoredThreadContexts(services.store)
    contexts.save(channel_id="D1", thread_ts="1.1", context={"channel_id": "C1"})
    contexts.save(channel_id="D1", thread_ts="1.1", context={"channel_id": "C2"})
    found = contexts.find(channel_id="D1", thread_ts="1.1")
    assert found is not None and found.channel_id == "C2"
