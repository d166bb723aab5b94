"""Quote extraction: each attribution pattern, pronoun speakers and the seed's quotes.

A hand-built dictionary tagger stands in for the NER model, so these tests
check attribution, not what a model finds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.taggers import DictionaryTagger
from warta import analyze
from warta.entities import find_entities
from warta.quotes import find_quotes

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_c1e14d936c10e2fb.txt"
NAMES = {
    ("Ali", "Mundakir"): "PERSON", ("Ali",): "PERSON", ("Dmitry", "Peskov"): "PERSON",
    ("Jake", "Sullivan"): "PERSON", ("Kremlin",): "ORGANISATION", ("Korea", "Utara"): "PLACE",
    ("Korea", "Selatan"): "PLACE", ("Rusia",): "PLACE", ("Kim",): "PERSON", ("Putin",): "PERSON",
    ("Vladivostok",): "PLACE", ("Gedung", "Putih"): "ORGANISATION", ("Budi", "Santoso"): "PERSON",
}  # fmt: skip


def quotes_of(text: str) -> tuple[list[dict], dict[str, str]]:
    a = analyze(text)
    entities = find_entities(a.text, a.sentences, DictionaryTagger(NAMES))
    found = find_quotes(a.text, a.sentences, a.paragraphs, entities, a.times)
    for q in found:
        c = q["content"]
        assert a.text[c["start"] : c["end"]] == c["text"]
    return found, {e["id"]: e["name"] for e in entities}


def one(text: str) -> dict:
    found, _ = quotes_of(text)
    assert len(found) == 1, found
    return found[0]


BODY = "JAKARTA, KOMPAS.com - Pemerintah menyiapkan aturan baru soal subsidi energi.\n\n"


@pytest.mark.parametrize(
    ("para", "speaker", "cue", "content"),
    [
        ("“Kami siap melaksanakan aturan itu,” kata Budi Santoso.", "Budi Santoso", "kata",
         "Kami siap melaksanakan aturan itu"),
        ('"Kami siap melaksanakan aturan itu," ujar Budi Santoso.', "Budi Santoso", "ujar",
         "Kami siap melaksanakan aturan itu"),
        ("‘Kami siap melaksanakan aturan itu,’ tutur Budi Santoso.", "Budi Santoso", "tutur",
         "Kami siap melaksanakan aturan itu"),
        ("”Kami siap melaksanakan aturan itu,” kata Budi Santoso.", "Budi Santoso", "kata",
         "Kami siap melaksanakan aturan itu"),
        ("Budi Santoso mengatakan, “Kami siap melaksanakan aturan itu.”", "Budi Santoso",
         "mengatakan", "Kami siap melaksanakan aturan itu."),
    ],
)  # fmt: skip
def test_direct_quote_marks_and_speaker_sides(
    para: str, speaker: str, cue: str, content: str
) -> None:
    q = one(BODY + para)
    assert q["direct"] is True
    assert (q["speaker"]["text"], q["cue"], q["content"]["text"]) == (speaker, cue, content)


def test_speaker_inside_splits_the_quote() -> None:
    found, _ = quotes_of(BODY + "“Kami siap,” kata Budi Santoso, “tetapi butuh waktu tiga bulan.”")
    assert [q["content"]["text"] for q in found] == ["Kami siap", "tetapi butuh waktu tiga bulan."]
    assert {q["speaker"]["text"] for q in found} == {"Budi Santoso"}


def test_multi_paragraph_quote() -> None:
    text = (
        BODY
        + "“Aturan ini sudah lama ditunggu.\n\n“Kami akan menerapkannya bulan depan,” kata Budi."
    )
    q = one(text)
    assert q["content"]["text"].startswith("Aturan ini sudah lama ditunggu.")
    assert q["content"]["text"].endswith("bulan depan")
    assert "\n\n" in q["content"]["text"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "content"),
    [
        ("Budi Santoso mengatakan bahwa subsidi akan dialihkan ke transportasi umum.",
         "Budi Santoso", "mengatakan", "subsidi akan dialihkan ke transportasi umum"),
        ("Budi Santoso menyatakan subsidi akan dialihkan ke transportasi umum.",
         "Budi Santoso", "menyatakan", "subsidi akan dialihkan ke transportasi umum"),
        ("Menurut Budi Santoso, subsidi akan dialihkan ke transportasi umum.",
         "Budi Santoso", "Menurut", "subsidi akan dialihkan ke transportasi umum"),
        ("Budi Santoso menegaskan, subsidi akan dialihkan ke transportasi umum.",
         "Budi Santoso", "menegaskan", "subsidi akan dialihkan ke transportasi umum"),
        ("Budi Santoso menjelaskan subsidi akan dialihkan ke transportasi umum.",
         "Budi Santoso", "menjelaskan", "subsidi akan dialihkan ke transportasi umum"),
        ("Budi Santoso mengungkapkan subsidi akan dialihkan ke transportasi umum.",
         "Budi Santoso", "mengungkapkan", "subsidi akan dialihkan ke transportasi umum"),
        ("Budi Santoso menambahkan, subsidi akan dialihkan ke transportasi umum.",
         "Budi Santoso", "menambahkan", "subsidi akan dialihkan ke transportasi umum"),
        ("Budi Santoso menuturkan subsidi akan dialihkan ke transportasi umum.",
         "Budi Santoso", "menuturkan", "subsidi akan dialihkan ke transportasi umum"),
        ("Budi Santoso memperingatkan subsidi akan dialihkan ke transportasi umum.",
         "Budi Santoso", "memperingatkan", "subsidi akan dialihkan ke transportasi umum"),
        ("Subsidi akan dialihkan ke transportasi umum, kata Budi Santoso.",
         "Budi Santoso", "kata", "Subsidi akan dialihkan ke transportasi umum"),
        ("Subsidi, ujar Budi Santoso, akan dialihkan ke transportasi umum tahun depan.",
         "Budi Santoso", "ujar", "akan dialihkan ke transportasi umum tahun depan"),
        ("Subsidi akan dialihkan ke transportasi umum, tegas Budi Santoso.",
         "Budi Santoso", "tegas", "Subsidi akan dialihkan ke transportasi umum"),
        ("Kementerian memberikan informasi bahwa subsidi akan dialihkan ke bus.",
         "Kementerian", "memberikan informasi", "subsidi akan dialihkan ke bus"),
        ("Dikutip dari Reuters, subsidi akan dialihkan ke transportasi umum.",
         "Reuters", "Dikutip dari", "subsidi akan dialihkan ke transportasi umum"),
        ("Rencana pengalihan subsidi itu disampaikan oleh Budi Santoso di Jakarta.",
         "Budi Santoso", "disampaikan", "Rencana pengalihan subsidi itu"),
    ],
)  # fmt: skip
def test_indirect_patterns(sentence: str, speaker: str, cue: str, content: str) -> None:
    q = one(BODY + sentence)
    assert q["direct"] is False
    assert (q["speaker"]["text"], q["cue"], q["content"]["text"]) == (speaker, cue, content)


def test_cue_typo_is_tolerated_but_real_words_are_not() -> None:
    assert one(BODY + "Budi Santoso memperingatakan subsidi akan dicabut tahun depan.")["cue"] == (
        "memperingatakan"
    )
    found, _ = quotes_of(BODY + "Budi Santoso menugaskan tim khusus untuk mengawasi subsidi itu.")
    assert found == []


def test_pronoun_speaker_resolves_to_entity() -> None:
    text = (
        BODY + "Vice President PT Pertamina Ali Mundakir mengatakan, pemasangan alat sudah dimulai."
        "\n\n“Kami ingin sistemnya stabil dulu,” ujarnya."
    )
    found, names = quotes_of(text)
    assert len(found) == 2
    assert found[1]["cue"] == "ujarnya"
    assert found[1]["speaker"]["text"] == "Ali Mundakir"
    assert names[found[1]["speaker"]["entity"]] == "Ali Mundakir"
    assert found[0]["speaker"]["entity"] == found[1]["speaker"]["entity"]


def test_anaphoric_passive_attributes_the_quote_before() -> None:
    text = (
        BODY + "“Kami akan mengawasi penyaluran subsidi dengan ketat.”\n\nHal itu disampaikan Budi."
    )
    q = one(text)
    assert (q["speaker"]["text"], q["cue"]) == ("Budi", "disampaikan")


def test_scare_quotes_are_not_quotes() -> None:
    found, _ = quotes_of(BODY + "Program itu dijuluki “bansos kilat” oleh warga setempat.")
    assert found == []


@pytest.fixture(scope="module")
def seed_quotes() -> tuple[list[dict], dict[str, str]]:
    if not SEED.is_file():
        pytest.skip("shared seeds absent")
    return quotes_of(SEED.read_text("utf-8"))


@pytest.mark.shared
@pytest.mark.parametrize(
    ("speaker", "role", "content_start"),
    [
        ("Kremlin", None, "Kim akan melakukan pertemuan resmi ke Rusia dalam waktu dekat"),
        ("media pemerintah Korea Utara", None, "keduanya akan bertemu"),
        ("Dmitry Peskov", "juru bicara Kremlin", "Putin telah tiba di Vladivostok"),
        ("pejabat Korea Selatan", None, "Kim akan datang ke Rusia dengan menumpangi kereta"),
        ("Jake Sullivan", "penasihat keamanan nasional Gedung Putih",
         "Korea Utara bakal menerima ganjaran"),
    ],
)  # fmt: skip
def test_seed_quotes(
    seed_quotes: tuple[list[dict], dict[str, str]],
    speaker: str,
    role: str | None,
    content_start: str,
) -> None:
    found, names = seed_quotes
    hits = [q for q in found if q["content"]["text"].startswith(content_start)]
    assert len(hits) == 1, found
    q = hits[0]
    assert q["speaker"]["text"] == speaker
    assert q["speaker"]["role"] == role
    assert q["direct"] is False
    entity = q["speaker"]["entity"]
    if speaker[0].isupper():
        assert entity is not None and names[entity] == speaker
    else:
        assert entity is None
