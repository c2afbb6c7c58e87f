"""Offline answering runs at most one question per core at once: a burst leaves the GIL to the threads that ack Slack."""

from __future__ import annotations

import os
import threading
import time

from bot.answer import Answer
from bot.config import Config
from bot.startup import build_services
from knowledge.article import Article


class _Counting:
    """An offline engine that records how many questions it answers at the same time."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = self.most = 0

    def answer(self, question: str, article: Article, *, history: tuple[str, ...] = ()) -> Answer:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.05)
        with self.lock:
            self.now -= 1
        return Answer(question=question, answered=False, text="")


def test_offline_questions_run_no_more_at_once_than_there_are_cores(config: Config) -> None:
    with build_services(config) as services:
        engine = _Counting()
        services.extractive = engine  # type: ignore[assignment]
        article = services.article_for()
        threads = [threading.Thread(target=services.ask, args=("Who?", article)) for _ in range(3 * (os.cpu_count() or 1) + 2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert 1 <= engine.most <= (os.cpu_count() or 1)
