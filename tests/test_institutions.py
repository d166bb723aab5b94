"""Whole names of state bodies and associations (``warta.institutions``), from cases
seen in regional and parliamentary reporting, rewritten in warta's own words. A
dictionary tagger stands in for the model and tags only the pieces the model is
known to find."""

from __future__ import annotations

from tests.taggers import DictionaryTagger, entities_by_name


def _entities(text: str, names: dict[tuple[str, ...], str]) -> dict[str, dict]:
    return entities_by_name(text, DictionaryTagger(names))


def test_an_untagged_office_with_its_province_is_one_organisation() -> None:
    """The tagger finds only the province inside the office's name."""
    text = "Dinas Pendidikan Provinsi Jawa Tengah meliburkan sekolah selama tiga hari."
    found = _entities(text, {("Jawa", "Tengah"): "PLACE"})
    assert list(found) == ["Dinas Pendidikan Provinsi Jawa Tengah"]
    assert found["Dinas Pendidikan Provinsi Jawa Tengah"]["type"] == "ORG"


def test_a_council_of_a_listed_body_and_its_short_form_are_one_organisation() -> None:
    """ "Dewan Keamanan PBB" first, "Dewan Keamanan" after; the tagger read only PBB."""
    text = (
        "Dewan Keamanan PBB menggelar sidang darurat pada Senin. Dewan Keamanan "
        "akan memutuskan sanksi pekan depan."
    )
    found = _entities(text, {("PBB",): "ORG", ("Dewan", "Keamanan"): "ORG"})
    council = found["Dewan Keamanan PBB"]
    assert council["aliases"] == ["Dewan Keamanan"]
    assert len(council["mentions"]) == 2
    assert "Perserikatan Bangsa-Bangsa" not in found


def test_a_regional_office_named_by_acronym_and_area_joins_the_bare_acronym() -> None:
    text = "BPBD Kabupaten Sikka mencatat 40 rumah rusak. Menurut BPBD, bantuan tiba besok."
    found = _entities(text, {("BPBD",): "ORG", ("Kabupaten", "Sikka"): "PLACE"})
    office = found["BPBD Kabupaten Sikka"]
    assert office["aliases"] == ["BPBD"]
    assert len(found) == 1


def test_two_bodies_joined_by_dan_stay_two_and_a_name_with_dan_stays_one() -> None:
    text = (
        "Polres Sleman dan Pemkab Sleman menutup jalan itu. Kementerian Energi dan "
        "Sumber Daya Mineral menunda lelang."
    )
    found = _entities(text, {("Sleman",): "PLACE"})
    assert {"Polres Sleman", "Pemkab Sleman", "Kementerian Energi dan Sumber Daya Mineral"} == set(
        found
    )
    assert all(entity["type"] == "ORG" for entity in found.values())


def test_a_chain_of_bodies_stops_at_the_next_one_and_keeps_its_parent() -> None:
    """ "Komisi I DPR Fraksi Golkar" names two bodies; "Komisi IV DPRD" is one."""
    text = "Anggota Komisi I DPR Fraksi Golkar itu hadir. Rapat Komisi IV DPRD berjalan alot."
    found = _entities(text, {("DPR",): "ORG", ("DPRD",): "ORG"})
    assert {"Komisi I DPR", "Fraksi Golkar", "Komisi IV DPRD"} == set(found)


def test_a_person_after_the_office_keeps_the_name_and_takes_the_role() -> None:
    text = "Kepala Dinas Kesehatan Kota Bogor Retno Wulandari mengatakan stok vaksin cukup."
    found = _entities(text, {("Retno", "Wulandari"): "PERSON", ("Bogor",): "PLACE"})
    assert found["Dinas Kesehatan Kota Bogor"]["type"] == "ORG"
    assert found["Retno Wulandari"]["roles"] == ["Kepala Dinas Kesehatan Kota Bogor"]
    assert "Bogor" not in found


def test_numbered_commissions_are_no_spelling_slips_of_each_other() -> None:
    """One letter apart, but a numeral: "Komisi II DPR" and "Komisi IX DPR"."""
    text = "Komisi IX DPR memanggil menteri. Sehari kemudian Komisi II DPR rapat."
    found = _entities(text, {("DPR",): "ORG"})
    assert {"Komisi IX DPR", "Komisi II DPR"} == set(found)


def test_a_lone_head_word_is_no_organisation() -> None:
    """ "Dewan" alone (the parliament, as reporters write it) is left to the tagger."""
    text = "Usulan itu ditolak Dewan, kata dia."
    assert _entities(text, {}) == {}


def test_untouched_when_the_tagger_has_the_whole_name() -> None:
    text = "Badan Pusat Statistik merilis data inflasi."
    names = {("Badan", "Pusat", "Statistik"): "ORG"}
    found = _entities(text, names)
    assert list(found) == ["Badan Pusat Statistik"]
    assert len(found["Badan Pusat Statistik"]["mentions"]) == 1


def test_a_two_word_short_form_in_brackets_joins_its_long_name() -> None:
    """ "Pengurus Besar Persatuan Bulu Tangkis Seluruh Indonesia (PB PBSI)" defines
    "PB PBSI"; a two-word place in brackets defines nothing."""
    text = (
        "Pengurus Besar Persatuan Bulu Tangkis Seluruh Indonesia (PB PBSI) memanggil 30 "
        "atlet. Menurut PB PBSI, pelatnas dimulai Senin. Dinas Pemuda dan Olahraga "
        "(Jawa Barat) ikut membantu."
    )
    found = _entities(text, {("Jawa", "Barat"): "PLACE"})
    federation = found["Pengurus Besar Persatuan Bulu Tangkis Seluruh Indonesia"]
    assert federation["aliases"] == ["PB PBSI"]
    assert len(federation["mentions"]) == 3
    assert found["Jawa Barat"]["type"] == "PLACE"
