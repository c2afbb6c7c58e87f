"""Small articles for the archive tests: two about one flood, one about a central bank."""

from __future__ import annotations

FLOOD_WROCLAW = (
    "Alarm powodziowy we Wrocławiu\n\n"
    "Wrocław (PAP) - Poziom wody w Odrze we Wrocławiu przekroczył stan alarmowy o 80 centymetrów. "
    "Wojewoda dolnośląski ogłosił alarm przeciwpowodziowy dla sześciu powiatów.\n\n"
    "Sztab kryzysowy zbierze się ponownie w czwartek rano.\n"
)
FLOOD_OPOLE = (
    "Ewakuacja nabrzeża w Opolu\n\n"
    "Opole (PAP) - Odra zalała nabrzeże w Opolu, a poziom wody przekroczył stan alarmowy o 120 centymetrów. "
    "Strażacy ewakuowali mieszkańców trzech ulic.\n\n"
    "Prezydent miasta zamknął szkoły do odwołania.\n"
)
BANK = (
    "Bank of England holds rates\n\n"
    "LONDON (Reuters) - The Bank of England kept interest rates at 5 percent on Thursday. "
    "Governor Andrew Bailey said inflation was falling faster than expected.\n\n"
    "Economists polled by Reuters had expected the decision.\n"
)
FLOOD_QUESTION = "O ile poziom wody w Odrze przekroczył stan alarmowy?"
NAMED = (("wroclaw", FLOOD_WROCLAW), ("opole", FLOOD_OPOLE), ("bank", BANK))  # (name, text), as ingest_texts takes them
