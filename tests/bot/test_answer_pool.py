"""Offline answering in processes of its own: the same answers, a lower priority, errors and dead processes handled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot import answer_pool
from bot.answer_pool import NICE
from bot.config import Config, load_config
from bot.errors import ChannelUnavailable
from bot.services import Services
from bot.startup import build_services
from knowledge.errors import ArticleNotFound

QUESTION = "Who denied the report?"


@pytest.fixture(scope="module")
def pooled_config(tmp_path_factory: pytest.TempPathFactory, session_database_url: str | None) -> Config:
    """One store for the module's tests (starting answering processes takes seconds), holding the shipped article."""
    config = load_config(data_dir=tmp_path_factory.mktemp("pool"), database_url=session_database_url, answer_processes=1)
    with build_services(config) as plain:
        plain.library.ensure_shipped()
    return config


@pytest.fixture(scope="module")
def pooled(pooled_config: Config) -> Iterator[Services]:
    """Services answering in one process of their own."""
    with build_services(pooled_config, answer_in_processes=True) as built:
        yield built


def test_an_answering_process_gives_the_answer_the_server_would(pooled: Services, pooled_config: Config) -> None:
    with build_services(pooled_config) as here:
        article = here.article_for()
        assert pooled.ask(QUESTION, article) == here.ask(QUESTION, article)
        assert pooled.summarize(article) == here.summarize(article)


def test_answering_processes_run_at_a_lower_cpu_priority(pooled: Services) -> None:
    assert pooled.answer_pool is not None
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    assert [os.getpriority(os.PRIO_PROCESS, pid) for pid in pooled.answer_pool.pids()] == [min(19, mine + NICE)]


def test_an_error_in_an_answering_process_reaches_the_server_as_its_own_type(pooled: Services) -> None:
    assert pooled.answer_pool is not None
    with pytest.raises(ArticleNotFound):
        pooled.answer_pool.ask(QUESTION, "0000000000000000")


def test_an_error_that_cannot_cross_processes_becomes_one_naming_its_type() -> None:
    def fails() -> answer_pool.Answer:
        raise ChannelUnavailable("C1", "not_in_channel")  # its constructor cannot be called with its message alone

    with pytest.raises(RuntimeError, match="ChannelUnavailable in an answering process"):
        answer_pool._portable(fails)


def test_a_killed_answering_process_is_replaced_and_the_question_still_answered(pooled: Services) -> None:
    assert pooled.answer_pool is not None
    (before,) = pooled.answer_pool.pids()
    os.kill(before, signal.SIGKILL)
    assert pooled.ask(QUESTION, pooled.article_for()).answered
    assert before not in pooled.answer_pool.pids()


def test_closing_the_services_stops_the_answering_processes(config: Config) -> None:
    with build_services(replace(config, answer_processes=1), answer_in_processes=True) as built:
        assert built.answer_pool is not None
        pids = built.answer_pool.pids()
    assert len(pids) == 1
    assert not any(Path(f"/proc/{pid}").exists() for pid in pids)


def test_the_cli_and_tests_answer_in_their_own_process(services: Services) -> None:
    assert services.answer_pool is None  # only the Slack servers ask for answering processes


def test_no_answering_processes_when_the_setting_is_zero(config: Config) -> None:
    with build_services(replace(config, answer_processes=0), answer_in_processes=True) as built:
        assert built.answer_pool is None


SERVER = """
import sys, time
from bot.config import load_config
from bot.startup import build_services

services = build_services(load_config(answer_processes=1), answer_in_processes=True)
print(*services.answer_pool.pids(), flush=True)
time.sleep(60)
"""


def test_answering_processes_end_when_their_server_is_killed_outright() -> None:
    server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        (child,) = map(int, server.stdout.readline().split())
    finally:
        server.kill()  # SIGKILL: no exit handler runs
        server.wait()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{child}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{child}").exists()
