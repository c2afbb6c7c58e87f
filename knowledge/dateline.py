"""Wire datelines: "AMSTERDAM, Nov 27 (Reuters) - " opens the lead with where, when and which agency."""

from __future__ import annotations

import re

# "LEEDS, Nov 27 (Reuters) - ", "SAO PAULO (AP) — ", "WARSZAWA, 3 marca (PAP) - "
_DATELINE = re.compile(r"(?P<place>[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ .'-]+)(?:, [\w.]+ [\w.]+)? \((?P<agency>[^()\n]{2,30})\) [-–—] ")


def dateline_end(text: str, start: int) -> int:
    """Where the text after a dateline at ``start`` begins (``start`` when there is none)."""
    m = _DATELINE.match(text, start)
    return m.end() if m else start


def dateline_agency(text: str, start: int) -> str | None:
    """The agency a dateline at ``start`` names ("Reuters"), or None."""
    m = _DATELINE.match(text, start)
    return m.group("agency").strip() if m else None


def dateline_place_end(text: str, start: int) -> int:
    """Where the place of a dateline at ``start`` ends ("SAO PAULO" in "SAO PAULO, Nov 24 (Reuters) - "); ``start`` when there is none."""
    m = _DATELINE.match(text, start)
    return m.end("place") if m else start
