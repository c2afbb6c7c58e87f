import itertools

from knowledge.segment import build_article, is_heading, source_of, split_paragraphs

ENGLISH = (
    "Fed holds rates steady\n"
    "\n"
    "Mr. Powell said on Jan. 5 that the U.S. economy was strong. He did not say more.\n"
    "Markets barely moved\n"
    "Dr. Jane Smith, an economist, said: “This was expected. Nobody is surprised.” Traders agreed.\n"
    "Source: Reuters\n"
)


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


def test_sentences_cover_every_character_of_their_paragraph(seed_text: str) -> None:
    for text in (seed_text, ENGLISH):
        article = build_article(text)
        for p in article.body_paragraphs():
            spans = [(s.start, s.end) for s in article.sentences if s.paragraph == p.n]
            gaps = [text[a_end:b_start] for (_, a_end), (b_start, _) in itertools.pairwise(spans)]
            assert spans[0][0] == p.start and spans[-1][1] == p.end
            assert all(gap.strip() == "" for gap in gaps)


def test_paragraphs_are_the_non_empty_lines_numbered_from_one(seed_text: str) -> None:
    article = build_article(seed_text)
    lines = [line.strip() for line in seed_text.split("\n") if line.strip()]
    assert [p.n for p in article.paragraphs] == list(range(1, len(lines) + 1))
    assert [article.text[p.start : p.end] for p in article.paragraphs] == lines


def test_paragraph_offsets_skip_indentation_and_blank_lines() -> None:
    text = "  First line.  \n\n\t\nSecond line.\n"
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["First line.", "Second line."]


def test_seed_headings_are_lines_3_7_10(seed_text: str) -> None:
    article = build_article(seed_text)
    assert [p.n for p in article.paragraphs if p.heading] == [3, 7, 10]


def test_short_line_without_final_punctuation_is_a_heading() -> None:
    assert is_heading("Markets barely moved")
    assert is_heading("Chiny zaprzeczają: „to całkowite przekręcenie faktów”")


def test_line_ending_a_sentence_is_not_a_heading() -> None:
    assert not is_heading("Traders agreed.")
    assert not is_heading("Did the Fed act?")
    assert not is_heading("He said „no”.")


def test_long_line_without_final_punctuation_is_not_a_heading() -> None:
    long_line = " ".join(["słowo"] * 20)
    assert not is_heading(long_line)


def test_english_headings_and_title() -> None:
    article = build_article(ENGLISH)
    assert [p.n for p in article.paragraphs if p.heading] == [1, 3]
    assert article.title == "Fed holds rates steady"


def test_title_is_the_first_sentence_when_the_article_starts_with_text() -> None:
    article = build_article("Short lead. Second sentence.\nMore text here.\n")
    assert article.title == "Short lead."


def test_long_first_sentence_is_shortened_for_the_title(seed_text: str) -> None:
    article = build_article(seed_text)
    assert article.title.endswith("…")
    assert seed_text.startswith(article.title[:-1])
    assert len(article.title) <= 141


def test_given_title_source_and_date_win() -> None:
    article = build_article(ENGLISH, title="T", source="AP", published="2025-11-29")
    assert (article.title, article.source, article.published) == ("T", "AP", "2025-11-29")


def test_trailing_source_line_gives_the_source_and_no_sentences() -> None:
    article = build_article(ENGLISH)
    assert article.source == "Reuters"
    assert article.source_paragraph == len(article.paragraphs)
    assert all(s.paragraph != article.source_paragraph for s in article.sentences)
    assert article.source_paragraph not in [p.n for p in article.body_paragraphs()]


def test_empty_source_line_means_source_unknown(seed_text: str) -> None:
    article = build_article(seed_text)
    assert article.source is None
    assert article.source_paragraph == 15


def test_source_line_is_read_in_polish_and_english() -> None:
    assert source_of("Źródło: PAP") == "PAP"
    assert source_of("źródło:   ") == ""
    assert source_of("Source: Reuters, AP") == "Reuters, AP"
    assert source_of("Sources say the deal is off.") is None


def test_source_line_only_counts_at_the_end() -> None:
    article = build_article("Źródło: PAP\nThe story goes on.\n")
    assert article.source is None and article.source_paragraph is None


def test_a_lone_line_is_never_taken_for_the_source() -> None:
    article = build_article("Source: a single line\n")
    assert article.source_paragraph is None
    assert len(article.sentences) == 1


def test_language_is_detected(seed_text: str) -> None:
    assert build_article(seed_text).lang == "pl"
    assert build_article(ENGLISH).lang == "en"


def test_id_is_stable_for_the_same_text(seed_text: str) -> None:
    assert build_article(seed_text).id == build_article(seed_text).id != build_article(ENGLISH).id


def test_headline_with_a_full_stop_inside_is_a_heading_and_the_title() -> None:
    text = "Ciepłownia podnosi ceny o 38 proc. Mieszkańcy zapowiadają protest\n\nOd stycznia ogrzewanie zdrożeje.\n"
    article = build_article(text)
    assert [p.heading for p in article.paragraphs] == [True, False]
    assert article.title == "Ciepłownia podnosi ceny o 38 proc. Mieszkańcy zapowiadają protest"


def test_a_wire_dateline_gives_the_source_and_stays_out_of_the_title() -> None:
    article = build_article(
        "LEEDS, Nov 27 (Reuters) - Ferry operator Brightwater skipped safety drills, a newspaper reported.\nIt denied it.\n"
    )
    assert (article.source, article.title) == ("Reuters", "Ferry operator Brightwater skipped safety drills, a newspaper reported.")


def test_a_dateline_after_a_headline_still_gives_the_source() -> None:
    article = build_article("Ferry operator skipped drills\nLEEDS (AP) — Brightwater skipped safety drills, a newspaper reported.\n")
    assert article.source == "AP"


def test_a_dateline_with_a_region_after_the_place_gives_the_source() -> None:
    article = build_article("Ferry operator skipped drills\nLEEDS, England, Nov 27 (Reuters) - Brightwater skipped drills, a paper said.\n")
    assert article.source == "Reuters"
