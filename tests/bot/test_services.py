"""Services.close(): a process releases the store's and the archive index's connections and the LLM clients it built."""

from __future__ import annotations

import io

import pytest

import bot.cli
from bot.chat import ChatClient
from bot.config import Config, load_config
from bot.llm import LLMAnswerer
from bot.services import Services
from bot.startup import build_services
from tests.archive_texts import BANK
from tests.backend import held_connections
from tests.bot.openai_stub import StubServer


def test_close_ends_the_store_and_archive_index_connections(config: Config) -> None:
    services = build_services(config)
    services.library.ingest_text(BANK)  # opens the archive index too
    assert services.ask_archive("What did Governor Andrew Bailey say about inflation?").answered
    assert held_connections(config.data_dir) > 0
    services.close()
    assert held_connections(config.data_dir, settle_s=2.0) == 0


def test_close_closes_the_llm_client_it_built(config: Config, stub: StubServer) -> None:
    with build_services(load_config(data_dir=config.data_dir, openai_base_url=stub.base_url)) as services:
        engine = services.answerer("llm")
        assert isinstance(engine, LLMAnswerer) and isinstance(engine.chat, ChatClient)
        assert not engine.chat.client.is_closed()
    assert engine.chat.client.is_closed()


def test_close_leaves_an_llm_engine_never_used_unbuilt(config: Config, stub: StubServer) -> None:
    with build_services(load_config(data_dir=config.data_dir, openai_base_url=stub.base_url)) as services:
        pass
    assert services.llm is not None and not services.llm.built


def test_closing_twice_is_harmless(services: Services) -> None:
    services.close()
    services.close()
    assert services.closed


def test_a_cli_command_closes_its_services(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Services] = []

    def recording(config: Config) -> Services:
        built.append(build_services(config))
        return built[-1]

    monkeypatch.setattr(bot.cli, "build_services", recording)
    assert bot.cli.main(["articles"], out=io.StringIO()) == 0
    assert [s.closed for s in built] == [True]
