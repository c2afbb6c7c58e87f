"""Every PoQuAD paragraph (Polish Wikipedia, read from the shared corpus when present): no crash, spans verbatim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.claims import extract
from knowledge.segment import build_article

CORPUS = Path("/work/shared/corpus/poquad/poquad_dev_sample.jsonl")


@pytest.mark.skipif(not CORPUS.exists(), reason="shared PoQuAD sample not present")
def test_poquad_paragraphs_give_verbatim_spans() -> None:
    contexts = [json.loads(line)["context"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for context in contexts:
        article = build_article(context)
        ledger = extract(article)
        for c in ledger.claims:
            assert context[c.start : c.end] == c.text
            assert c.paragraph and c.speaker.strip()
        for e in ledger.entities:
            assert context[e.start : e.end] == e.name
