"""A value built on first use, once."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.errors import ConfigError
from bot.lazy import Lazy


def test_lazy_value_is_built_once_when_many_threads_ask_at_once() -> None:
    builds: list[int] = []
    gate = threading.Barrier(8)

    def build() -> object:
        builds.append(1)
        time.sleep(0.05)  # long enough for every thread to arrive while the first builds
        return object()

    lazy = Lazy(build)

    def ask() -> object:
        gate.wait()
        return lazy.get()

    with ThreadPoolExecutor(8) as pool:
        values = list(pool.map(lambda _: ask(), range(8)))
    assert len(builds) == 1 and all(v is values[0] for v in values)


def test_a_failed_build_is_retried_on_the_next_use() -> None:
    attempts: list[int] = []

    def build() -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise ConfigError("not yet")
        return 7

    lazy = Lazy(build)
    with pytest.raises(ConfigError):
        lazy.get()
    assert lazy.get() == 7 and lazy.built
