"""Property-based tests: arbitrary input never breaks analyze."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import check_article_dict
from warta import WartaInputError, analyze
from warta.clean import clean_text
from warta.segment import split_sentences, tokenize

NEWSY = st.sampled_from(
    [
        "JAKARTA, KOMPAS.com - ",
        "TRIBUNNEWS.COM - ",
        "Baca juga: ",
        "(Tribunnews.com/Ani)",
        "Penulis: X | Editor: Y",
        "“",
        "”",
        "\ufffd",
        "â€œ",
        "(11/9/2023)",
        "Rp 1,25 triliun",
        "Prof. ",
        "dr. ",
        "AS. ",
        "dll. ",
        " - ",
        "\n",
        "\n\n",
        "<p>",
        "</p>",
        "&amp;",
        "(EVY)",
        "Dikutip dari Reuters, ",
        "Kim Jong Un ",
        "mengatakan ",
        ". ",
        "? ",
        "\r\n",
        "\t",
    ]
)
TEXTISH = st.lists(st.one_of(NEWSY, st.text(max_size=30)), max_size=40).map("".join)


def _analyze_or_input_error(value: str | bytes) -> None:
    try:
        article = analyze(value)
    except WartaInputError:
        return
    check_article_dict(article.to_dict())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTISH)
def test_arbitrary_text_never_raises_anything_else(text: str) -> None:
    _analyze_or_input_error(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise_anything_else(data: bytes) -> None:
    _analyze_or_input_error(data)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<div>",
                "</div>",
                "<p>",
                "<br>",
                "<html>",
                "<body>",
                "<a href='x'>",
                "</a>",
                "<script>",
                "Baca juga: ",
                "Harga naik. ",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_arbitrary_markup_never_raises_anything_else(markup: str) -> None:
    _analyze_or_input_error("<html>" + markup)


@settings(max_examples=300, deadline=None)
@given(TEXTISH)
def test_sentence_and_token_offsets_are_inside_the_text(text: str) -> None:
    cleaned, _ = clean_text(text)
    previous = 0
    for start, end in split_sentences(cleaned):
        assert previous <= start < end <= len(cleaned)
        previous = end
    for token in tokenize(cleaned):
        assert cleaned[token.start : token.end] == token.text


@settings(max_examples=200, deadline=None)
@given(TEXTISH)
def test_same_body_same_id(text: str) -> None:
    try:
        first = analyze(text)
    except WartaInputError:
        return
    assert analyze(text).id == first.id
