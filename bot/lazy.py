"""A value built on first use, once: the LLM engines and clients no command should pay for until it asks."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Lazy(Generic[T]):
    """A value built on first use, once, however many threads ask at the same time."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build: Callable[[], T] | None = build
        self._value: T | None = None
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        """True once the value exists."""
        return self._build is None

    def get(self) -> T:
        """The value, building it on the first call (a failed build is retried on the next)."""
        if self._build is not None:
            with self._lock:
                if self._build is not None:
                    self._value = self._build()
                    self._build = None
        return self._value  # type: ignore[return-value]
