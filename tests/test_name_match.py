"""The string tests of :mod:`warta.name_match`, one by one.

Each decides whether two written names may name one entity; the entity tests in
``test_entities*.py`` check them through whole articles, these pin the edges.
"""

from __future__ import annotations

from warta.name_match import (
    blend_of,
    brand_case,
    club_short_name,
    dropped_letter,
    first_name_cut,
    listed_company,
    misspelt,
    name_initials,
    other_word,
    same_body,
    same_company,
    short_name_of,
    subsequence,
    without_article,
    without_legal_form,
)
from warta.names import alias_table


def test_initials_count_hyphenated_parts_and_skip_lower_case_words() -> None:
    assert name_initials("Perserikatan Bangsa-Bangsa") == "PBB"
    assert name_initials("Badan Pengawas Obat dan Makanan") == "BPOM"


def test_a_slip_is_one_edit_in_short_words_and_two_in_long_ones() -> None:
    assert misspelt("korea utra", "korea utara")
    assert misspelt("memperingatakan", "memperingatkan")
    assert not misspelt("persib", "persija")  # two edits in six letters: another club
    assert misspelt("amerika serika", "amerika serikat")


def test_numbers_never_slip() -> None:
    assert not misspelt("moto3", "moto2")
    assert not misspelt("g20", "g2")


def test_a_dropped_or_doubled_letter_but_not_another_letter() -> None:
    assert dropped_letter("Bamban", "Bambang")
    assert dropped_letter("Brodjonegorro", "Brodjonegoro")
    assert not dropped_letter("Susanti", "Susanto")  # another letter: another person
    assert not dropped_letter("Budi", "Budiy")  # too short to tell


def test_short_names_from_a_full_name() -> None:
    assert short_name_of("Enggar", ["Enggartiasto", "Lukita"])
    assert short_name_of("Alex", ["Alexander", "Marwata"])
    assert short_name_of("Demiz", ["Deddy", "Mizwar"])
    assert not short_name_of("Budi", ["Budiman", "Santoso"])
    assert not short_name_of("Lukita", ["Enggartiasto", "Lukita"])  # a word of it, not a short


def test_blends_need_two_pieces_in_order() -> None:
    assert blend_of("setnov", ["setya", "novanto"])
    assert blend_of("sby", ["susilo", "bambang", "yudhoyono"])
    assert not blend_of("novset", ["setya", "novanto"])
    assert not blend_of("setya", ["setya", "novanto"])


def test_companies_with_and_without_their_legal_form() -> None:
    assert without_legal_form("PT Bank Mandiri Tbk") == "Bank Mandiri"
    assert without_legal_form("PT Pertamina (Persero)") == "Pertamina"
    assert same_company("PT Pertamina", "Pertamina")
    assert not same_company("Pertamina", "Pertamina Hulu")
    assert not same_company("Mandiri", "Mandiri")  # neither carries a form


def test_a_listed_firm_with_its_legal_form_takes_the_tables_entry() -> None:
    table = alias_table()
    listed = listed_company("PT Pertamina (Persero)", table)
    assert listed is not None and listed[1] == "ORG"
    assert listed_company("Pertamina", table) is None  # the bare name is looked up as it is


def test_parties_and_state_bodies_with_and_without_their_prefix() -> None:
    assert same_body("Partai Golkar", "Golkar")
    assert same_body("Bawaslu", "Bawaslu RI")
    assert not same_body("Golkar", "Partai Gerindra")


def test_a_first_name_with_an_ending_dropped() -> None:
    assert first_name_cut(["Rudianto", "Rimbono"], ["Rudiantoro", "Rimbono"])
    assert not first_name_cut(["Budi", "Santoso"], ["Budiman", "Santoso"])


def test_a_word_that_starts_with_another_letter_is_another_name() -> None:
    assert other_word("angkatan darat", "angkatan udara")
    assert not other_word("sumatera utara", "sumatra utara")


def test_subsequences_allow_gaps_and_capitalised_particles() -> None:
    assert subsequence(["Pri", "Agung"], ["Pri", "Agung", "Rakhmanto"])
    assert subsequence(["Bambang", "Brodjonegoro"], ["Bambang", "PS", "Brodjonegoro"])
    assert subsequence(["Van", "Gaal"], ["Louis", "van", "Gaal"])
    assert not subsequence(["Agung", "Pri"], ["Pri", "Agung", "Rakhmanto"])


def test_arabic_articles_fall_away() -> None:
    assert without_article("al-Naimi") == "Naimi"
    assert without_article("Alwi") == "Alwi"


def test_a_clubs_last_word_is_its_short_name_but_not_an_offices_region() -> None:
    assert club_short_name(["Manchester", "United"], ["United"], "ORG")
    assert club_short_name(["Borussia", "Dortmund"], ["Dortmund"], "PLACE")  # club head
    assert not club_short_name(["Maverick", "Vinales"], ["Vinales"], "PERSON")
    assert not club_short_name(["Pemkot", "Pekanbaru"], ["Pekanbaru"], "ORG")


def test_brand_spellings_that_differ_only_in_case() -> None:
    assert brand_case("BigDish", "Bigdish")
    assert brand_case("Gopay", "GoPay")
    assert not brand_case("Pertamina", "PERTAMINA")  # capitals: another rule
    assert not brand_case("Bandung", "bandung")  # no capital inside the word
    assert not brand_case("GoPay", "GoPay")
