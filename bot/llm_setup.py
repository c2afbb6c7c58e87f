"""Building the LLM collaborators from configuration (by ``build_services``, on first use)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import openai

from bot import context, ledger_llm, prompts
from bot.answer import Answerer
from bot.chat import Chat, ChatClient
from bot.config import Config
from bot.llm import LLMAnswerer
from bot.retrieve import neighbourhood
from knowledge.article import Article
from knowledge.claims import Ledger
from knowledge.library import Deriver


def chat_client(config: Config, response_format: dict[str, Any]) -> ChatClient:
    """A chat client for the configured server; the API key stays inside it."""
    client = openai.OpenAI(
        # local servers (vLLM, Ollama, llama.cpp) accept any key; the client insists on one
        api_key=config.openai_api_key or "no-key",
        base_url=config.openai_base_url,
        max_retries=0,  # ChatClient retries within the answer's deadline
        timeout=config.llm_timeout_s,
    )
    return ChatClient(
        client,
        config.openai_model,
        response_format=response_format,
        deadline_s=config.llm_timeout_s,
        max_retries=config.llm_max_retries,
        max_tokens=config.llm_max_output_tokens,
    )


def build_llm(config: Config, extractive: Answerer, ledger: Callable[[Article], Ledger]) -> LLMAnswerer:
    """The LLM engine, with ``extractive`` as its fallback and its default retriever."""
    return LLMAnswerer(
        chat_client(config, prompts.RESPONSE_FORMAT),
        extractive,
        neighbourhood(extractive),
        ledger=ledger,
        budget_tokens=config.llm_prompt_tokens(),
        encoding=context.encoding_for(config.openai_model, config.llm_fallback_encoding),
    )


def ledger_chat(config: Config) -> ChatClient:
    """The chat client of the ingest-time ledger pass (``OPENAI_LEDGER_PASS``)."""
    return chat_client(config, ledger_llm.RESPONSE_FORMAT)


def with_ledger_pass(config: Config, derivers: Mapping[str, Deriver], chat: Chat) -> dict[str, Deriver]:
    """``derivers`` with the ``claims`` ledger enriched through ``chat`` at ingest (``OPENAI_LEDGER_PASS``)."""
    encoding = context.encoding_for(config.openai_model, config.llm_fallback_encoding)
    enriched = ledger_llm.claims_deriver(derivers["claims"], chat, budget=config.llm_prompt_tokens(), encoding=encoding)
    return {**derivers, "claims": enriched}
