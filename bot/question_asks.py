"""What a question asks of its party: a response, a denial, an accusation, an admission, a topic, or an act.

Read from the question's wording by the extractive engine, after ``understand`` (bot/question.py) has found the
intent and the party.
"""

from __future__ import annotations

import re

# an admission or confirmation asked for ("Did X admit …?", "Czy X przyznał …?"): the article may not hold one
ADMIT = re.compile(r"\b(admit\w*|confess\w*|acknowledg\w*|concede\w*|przyzna\w*|potwierdz\w*|potwierdzi\w*)\b", re.I)

# a question after the party's answer to something ("How did X respond to the criticism?", "Co odpowiedział X?")
_RESPONSE = re.compile(r"\b(?:respon\w*|repl(?:y|ied|ies)|react\w*|rebut\w*|odpowi\w*|odpar\w*|zareagowa\w*|reakcj\w*)", re.I)


def asks_response(text: str) -> bool:
    """The question asks how a party answered something, not everything it said."""
    return bool(_RESPONSE.search(text))


# the accusation a response question names: "respond to the criticism", "odpowiedział na zarzuty"
_ACCUSATION = re.compile(
    r"\b(?:to|na|against)\s+(?:(?:the|these|those|this|that|its|his|her|their|te|tych|to|tę|ich|jego|jej)\s+)?\w*\s*"
    r"(?:critic\w*|allegation\w*|accusation\w*|charges?|claims?|report\w*|zarzut\w*|oskar[żz]\w*|krytyk\w*|doniesie\w*|"
    r"raport\w*|informacj\w*)",
    re.I,
)


# "Did X deny …?", "Czy X zaprzeczył …?": the question asks for the party's denial
_DENIAL = re.compile(
    r"\b(?:den(?:y|ied|ies)|reject\w*|disput\w*|refut\w*|zaprzecz\w*|odrzuci\w*|odrzuca\w*|dementu\w*|zdementowa\w*)", re.I
)


def asks_denial(text: str) -> bool:
    """The question asks whether or what the party denied: its denials answer it."""
    return bool(_DENIAL.search(text))


# a question after the party's accusation ("Co zarzucił X prokuraturze?", "What did X accuse the mayor of?")
_ACCUSING = re.compile(r"\b(?:zarzuci\w*|zarzuca\w*|oskar[żz]y\w*|oskar[żz]a\w*|accus\w*|blam\w*)", re.I)


def asks_accusation(text: str) -> bool:
    """The question asks what the party accused someone of, not everything it said."""
    return bool(_ACCUSING.search(text))


def asks_rebuttal(text: str) -> bool:
    """A response question naming the accusation answered ("How did X respond to the allegations?"): the rebuttal only."""
    return asks_response(text) and bool(_ACCUSATION.search(text))


# what a question asks the party about: "say about the fine", "position on the plan", "w sprawie cen"
_ABOUT = re.compile(r"\b(?:about|regarding|concerning|on|w sprawie|na temat|odnośnie|wobec|o)\s+(?P<topic>[^?]+)", re.I)


def topic(text: str) -> str | None:
    """What an attribution question asks about, beyond the party: the admission a trap asks for ("admits the
    council is hiding money"), or the words after "about"/"on"/"w sprawie" ("say about the fine")."""
    admit = ADMIT.search(text)
    if admit is not None:
        return text[admit.end() :].strip(" ?.!") or None
    m = _ABOUT.search(text)
    return m.group("topic").strip(" ?.!") if m else None


def as_asked(text: str, party: str) -> str:
    """The party with the article "the" the asker gave it ("the CEO", "the High Court"), for the answer's wording."""
    asked = re.search(r"\bthe\s+" + re.escape(party) + r"\b", text, re.I)
    return f"the {party}" if asked and not party.lower().startswith("the ") else party


# "What does X question?", "Who does X blame for …?", "Kogo X obwinia …?": a named party is the subject of a
# stance verb (not a speech verb, which makes it an attribution question), so the answer is in the party's words
_EN_STANCE = (
    r"question|questions|questioned|dispute|disputes|disputed|blame|blames|blamed|critici[sz]e|critici[sz]es|critici[sz]ed|"
    r"want|wants|wanted|demand|demands|demanded|call|calls|called|propose|proposes|proposed|fear|fears|feared|hope|hopes|"
    r"hoped|expect|expects|expected|doubt|doubts|doubted|suspect|suspects|suspected|urge|urges|urged|recommend|recommends|"
    r"recommended|suggest|suggests|suggested|reject|rejects|rejected|oppose|opposes|opposed|believe|believes|believed"
)
_PL_STANCE = (
    r"(?:za)?kwestionuj\w*|zakwestionowa\w*|obwinia\w*|obwini\w*|krytykuj\w*|skrytykowa\w*|chc[eąi]\w*|chcia\w*|"
    r"żąda\w*|zażąda\w*|domaga\w*|proponuj\w*|zaproponowa\w*|obawia\w*|oczekuj\w*|wątpi\w*|podejrzewa\w*|"
    r"wzywa\w*|wezwa\w*|zaleca\w*|zaleci\w*|sugeruj\w*|odrzuca\w*|odrzuci\w*|sprzeciwia\w*"
)
_NAME_EN = r"(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)*"
_NAME_PL = r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w.-]*(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w.-]*)*"
_SUBJECT_ASKED = [
    re.compile(rf"^\s*(?:what|who|whom)\s+(?:does|did|do)\s+(?P<party>{_NAME_EN})\s+(?:{_EN_STANCE})\b", re.I),
    re.compile(rf"^\s*(?:co|czego|kogo|komu|czym)\s+(?P<party>{_NAME_PL})\s+(?:{_PL_STANCE})(?!\w)", re.I),
    re.compile(rf"^\s*(?:co|czego|kogo|komu|czym)\s+(?:{_PL_STANCE})(?:\s+się)?\s+(?P<party>{_NAME_PL})\s*\??\s*$", re.I),
]


def subject_asked(text: str) -> str | None:
    """The named party a question asks to act ("What does X question?" -> "X"), else None."""
    for pattern in _SUBJECT_ASKED:
        m = pattern.search(" ".join(text.split()))
        if m:
            return m.group("party")
    return None
