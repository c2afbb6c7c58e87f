from knowledge.segment import build_article


def test_every_paragraph_and_sentence_round_trips(seed_text: str) -> None:
    article = build_article(seed_text)
    assert article.text == seed_text
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == article.text[p.start : p.end].strip() != ""
    for s in article.sentences:
        piece = article.text[s.start : s.end]
        assert piece and piece == piece.strip()
        para = article.paragraph(s.paragraph)
        assert para.start <= s.start < s.end <= para.end


def test_seed_headings_are_lines_3_7_10(seed_text: str) -> None:
    article = build_article(seed_text)
    assert [p.n for p in article.paragraphs if p.heading] == [3, 7, 10]


def test_polish_abbreviations_do_not_end_sentences() -> None:
    text = "Spotkanie z prof. Nowakiem odbyło się m.in. w Krakowie o godz. 12. Drugie zdanie, np. takie.\n"
    article = build_article(text)
    assert [article.sentence_text(s) for s in article.sentences] == [
        "Spotkanie z prof. Nowakiem odbyło się m.in. w Krakowie o godz. 12.",
        "Drugie zdanie, np. takie.",
    ]


def test_no_split_inside_a_quotation() -> None:
    text = "Minister powiedział: „To nie jest prawda. Nigdy tak nie było”. Potem wyszedł.\n"
    article = build_article(text)
    assert [article.sentence_text(s) for s in article.sentences] == [
        "Minister powiedział: „To nie jest prawda. Nigdy tak nie było”.",
        "Potem wyszedł.",
    ]
