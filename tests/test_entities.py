"""Entity resolution, roles and aliases, with a hand-built tagger (no model needed).

The tagger here stands in for the CRF: it tags listed names, so these tests
check what resolution does with mentions, not what the model finds.
"""

from __future__ import annotations

import re

import pytest

from tests.taggers import DictionaryTagger, entities_by_name
from warta import analyze
from warta.entities import find_entities

SEED_LIKE = (
    "Presiden Korea Utara, Kim Jong Un bakal pergi ke Rusia atas undangan Presiden Rusia, "
    "Vladimir Putin. Peringatan datang dari Amerika Serika (AS) soal kesepakatan senjata.\n\n"
    "Juru bicara Kremlin Dmitry Peskov mengatakan Putin telah tiba di Kota Vladivostok. "
    "Kim akan datang dengan kereta. Namun, kunjungan itu dikritik penasihat keamanan nasional "
    "Gedung Putih, Jake Sullivan.\n\n"
    "Kunjungan ini menjadi yang ke-10 sejak Kim memimpin Korea Utra pada 2011. Korea Utara masih "
    "dikenai sanksi PBB dan AS. Sementara menurut pejabat Korea Selatan, Kim akan tiba di "
    "Vladivostok besok. Dewan Keamanan Perserikatan Bangsa-Bangsa belum bersidang."
)

NAMES = {
    ("Kim", "Jong", "Un"): "PERSON", ("Vladimir", "Putin"): "PERSON", ("Putin",): "PERSON",
    ("Kim",): "PERSON", ("Dmitry", "Peskov"): "PERSON", ("Jake", "Sullivan"): "PERSON",
    ("Korea", "Utara"): "PLACE", ("Korea", "Utra"): "PLACE", ("Rusia",): "PLACE",
    ("Amerika", "Serika"): "PLACE", ("Kota", "Vladivostok"): "PLACE", ("Vladivostok",): "PLACE",
    ("Korea", "Selatan"): "PLACE", ("Kremlin",): "ORGANISATION", ("Namun",): "PLACE",
    ("Gedung", "Putih"): "ORGANISATION", ("Perserikatan", "Bangsa-Bangsa"): "ORGANISATION",
    ("Presiden", "Rusia"): "PERSON",
}  # fmt: skip


@pytest.fixture(scope="module")
def entities() -> dict[str, dict]:
    article = analyze(SEED_LIKE)
    found = find_entities(
        article.text, article.sentences, DictionaryTagger(NAMES), article.cited_media
    )
    for entity in found:
        for mention in entity["mentions"]:
            assert article.text[mention["start"] : mention["end"]] == mention["text"]
    return {e["name"]: e for e in found}


def test_person_short_mentions_join_the_full_name(entities: dict[str, dict]) -> None:
    kim = entities["Kim Jong Un"]
    assert kim["type"] == "PERSON"
    assert kim["aliases"] == ["Kim"]
    assert len(kim["mentions"]) == 4
    assert entities["Vladimir Putin"]["aliases"] == ["Putin"]


def test_roles_come_from_titles_and_appositions(entities: dict[str, dict]) -> None:
    assert entities["Kim Jong Un"]["roles"] == ["Presiden Korea Utara"]
    assert entities["Vladimir Putin"]["roles"] == ["Presiden Rusia"]
    assert entities["Dmitry Peskov"]["roles"] == ["Juru bicara Kremlin"]
    assert entities["Jake Sullivan"]["roles"] == ["penasihat keamanan nasional Gedung Putih"]


def test_title_is_never_part_of_a_name(entities: dict[str, dict]) -> None:
    assert "Presiden Rusia" not in entities
    assert entities["Rusia"]["type"] == "PLACE"


def test_aliases_acronyms_and_typos(entities: dict[str, dict]) -> None:
    usa = entities["Amerika Serikat"]
    assert usa["type"] == "PLACE"
    assert sorted(usa["aliases"]) == ["AS", "Amerika Serika"]
    assert entities["Korea Utara"]["aliases"] == ["Korea Utra"]
    un = entities["Perserikatan Bangsa-Bangsa"]
    assert un["type"] == "ORG" and un["aliases"] == ["PBB"]
    assert entities["Kremlin"]["type"] == "ORG"
    assert entities["Gedung Putih"]["type"] == "ORG"


def test_admin_prefix_is_dropped_and_junk_never_an_entity(entities: dict[str, dict]) -> None:
    assert "Vladivostok" in entities and "Kota Vladivostok" not in entities
    assert len(entities["Vladivostok"]["mentions"]) == 2
    for junk in ("Namun", "Kota", "Baca"):
        assert junk not in entities


def test_speaker_clause_is_not_an_apposition(entities: dict[str, dict]) -> None:
    """'menurut pejabat Korea Selatan, Kim akan ...' does not make Kim an official."""
    assert all("pejabat" not in role for role in entities["Kim Jong Un"]["roles"])


def test_ids_are_sequential(entities: dict[str, dict]) -> None:
    ids = sorted(int(e["id"][1:]) for e in entities.values())
    assert ids == list(range(1, len(ids) + 1))


def test_initials_with_an_age_are_not_an_alias() -> None:
    text = "Tersangka AS (27) ditangkap di rumahnya. Pemerintah AS belum berkomentar."
    article = analyze(text)
    found = find_entities(article.text, article.sentences, DictionaryTagger(NAMES), [])
    usa = [e for e in found if e["name"] == "Amerika Serikat"]
    assert len(usa) == 1
    assert [m["start"] for m in usa[0]["mentions"]] == [text.index("AS belum")]


def test_an_acronym_the_article_defines_joins_its_long_form() -> None:
    """ "Badan Legislasi (Baleg)": the tagger's lone guess (Baleg as a person) yields to the
    definition, the acronym becomes an alias, and a role may hold it."""
    text = (
        "Badan Anggaran (Bangar) DPR mulai membahas rancangan anggaran pekan ini. "
        "Wakil Ketua Bangar DPR, Rudi Hartono, mengatakan pembahasan rampung bulan depan. "
        "Menurut Bangar, anggaran pendidikan tetap dua puluh persen."
    )
    names = {
        ("Badan", "Anggaran"): "ORGANISATION",
        ("DPR",): "ORGANISATION",
        ("Rudi", "Hartono"): "PERSON",
        ("Bangar",): "PERSON",  # the wrong guess a tagger makes on a lone acronym
    }
    article = analyze(text)
    found = find_entities(article.text, article.sentences, DictionaryTagger(names), [])
    by_name = {e["name"]: e for e in found}
    assert "Bangar" not in by_name
    budget = by_name["Badan Anggaran"]
    assert budget["type"] == "ORG" and budget["aliases"] == ["Bangar"]
    assert len(budget["mentions"]) == 4  # long form, the parenthesised acronym, two uses
    assert by_name["Rudi Hartono"]["roles"] == ["Wakil Ketua Bangar DPR"]


def test_a_short_form_of_an_acronym_and_a_word_is_defined_too() -> None:
    """ "Badan Pengatur Hilir Minyak dan Gas (BPH Migas)" defines "BPH Migas"; a place in
    parentheses ("(Jawa Barat)") defines nothing, nor does a medium after a region,
    whose capitals are not the region's initials ("Jawa Barat (ANTARA News)")."""
    text = (
        "Kepala Badan Pengatur Hilir Minyak dan Gas (BPH Migas) Arman Siregar meninjau "
        "depot. BPH Migas akan mengawasi distribusi di Kota Bekasi (Jawa Barat). Kabar "
        "dari Jawa Barat (ANTARA News) menyebut stok aman."
    )
    names = {
        ("Badan", "Pengatur", "Hilir", "Minyak", "dan", "Gas"): "ORGANISATION",
        ("BPH", "Migas"): "PERSON",
        ("Arman", "Siregar"): "PERSON",
        ("Kota", "Bekasi"): "PLACE",
        ("Jawa", "Barat"): "PLACE",
        ("ANTARA", "News"): "ORGANISATION",
    }
    article = analyze(text)
    found = find_entities(article.text, article.sentences, DictionaryTagger(names), [])
    by_name = {e["name"]: e for e in found}
    regulator = by_name["Badan Pengatur Hilir Minyak dan Gas"]
    assert regulator["type"] == "ORG" and regulator["aliases"] == ["BPH Migas"]
    assert len(regulator["mentions"]) == 3
    assert by_name["Jawa Barat"]["type"] == "PLACE" and by_name["Jawa Barat"]["aliases"] == []
    assert by_name["ANTARA News"]["type"] == "ORG"


def test_a_one_word_name_defines_no_acronym_but_a_persons_initials_are_his() -> None:
    text = "Rudi Hartono (RH) tiba. Jakarta (JKT) macet. RH dan JKT disebut dalam laporan."
    names = {("Rudi", "Hartono"): "PERSON", ("Jakarta",): "PLACE"}
    article = analyze(text)
    found = find_entities(article.text, article.sentences, DictionaryTagger(names), [])
    assert {e["name"] for e in found} == {"Rudi Hartono", "Jakarta"}
    by_name = {e["name"]: e for e in found}
    assert by_name["Rudi Hartono"]["aliases"] == ["RH"]
    assert by_name["Jakarta"]["aliases"] == []


def test_a_misspelt_known_place_overrides_the_taggers_pieces() -> None:
    # The tagger reads "Korea Utra" as "Korea" plus a person "Utra"; the run is one
    # slip from the known place and replaces the pieces inside it.
    text = (
        "Seoul - Latihan militer gabungan dimulai pekan ini. Korea Utra menyebut latihan "
        "itu sebagai provokasi."
    )
    tagger = DictionaryTagger({("Utra",): "PERSON", ("Seoul",): "PLACE"})
    article = analyze(text)
    found = find_entities(article.text, article.sentences, tagger, article.cited_media)
    by_name = {e["name"]: e for e in found}
    assert by_name["Korea Utara"]["type"] == "PLACE"
    assert by_name["Korea Utara"]["aliases"] == ["Korea Utra"]
    assert "Utra" not in by_name


def test_a_run_holding_a_known_place_is_no_slip_of_another() -> None:
    # "Di Jakarta" is one letter from "DKI Jakarta", but Jakarta is already found in it.
    text = "Di Jakarta, Menteri Luar Negeri menerima duta besar negara sahabat pada Senin."
    tagger = DictionaryTagger({("Jakarta",): "PLACE"})
    article = analyze(text)
    names = {e["name"] for e in find_entities(article.text, article.sentences, tagger, [])}
    assert "Jakarta" in names
    assert not any(name.startswith(("Di ", "DKI")) for name in names)


def test_two_slips_in_one_short_word_make_another_name() -> None:
    text = (
        "London - Film terbaru Harry Potter dirilis pekan depan. Penata musik Henry Potter "
        "mengatakan lagu temanya ditulis ulang."
    )
    tagger = DictionaryTagger({("Harry", "Potter"): "PERSON", ("Henry", "Potter"): "PERSON"})
    article = analyze(text)
    names = {e["name"] for e in find_entities(article.text, article.sentences, tagger, [])}
    assert {"Harry Potter", "Henry Potter"} <= names


def test_a_surname_shared_by_two_people_means_the_one_named_last() -> None:
    # Two siblings of one family in one story: the bare "Kim" after the second full
    # name is the second person; before it, the first. "Un" (a common word elsewhere)
    # stays part of the leader's name.
    text = (
        "Presiden Korea Utara Kim Jong Un tiba di Vladivostok, Rusia, pada Selasa pagi. "
        "Kim didampingi sejumlah pejabat.\n\n"
        "Adik perempuannya, Kim Yo Jong, ikut dalam rombongan. Kim mengatakan kunjungan "
        "itu penting bagi kedua negara."
    )
    people = {e["name"]: e for e in analyze(text).entities if e["type"] == "PERSON"}
    assert set(people) == {"Kim Jong Un", "Kim Yo Jong"}
    first = [m["start"] for m in people["Kim Jong Un"]["mentions"]]
    second = [m["start"] for m in people["Kim Yo Jong"]["mentions"]]
    bare = [m.start() for m in re.finditer(r"\bKim\b(?! [JY])", text)]
    assert bare[0] in first and bare[1] in second
    assert people["Kim Jong Un"]["roles"] == ["Presiden Korea Utara"]


def _by_name(text: str, names: dict[tuple[str, ...], str]) -> dict[str, dict]:
    return entities_by_name(text, DictionaryTagger(names))


def test_an_honorific_after_the_comma_still_makes_an_apposition() -> None:
    # A tagger may read the last words of a customary institution as a person. With a
    # role before it and "H." or "dr." opening the next name, the first "person" is the
    # institution the role belongs to, and the role goes to the person named after it.
    text = (
        "Ketua Adat Gayo, H. Ismail Sabri, menyebut musyawarah adat digelar pekan depan. "
        "Kepala Puskesmas Bebesen, dr. Rahmi Fitriani, mengatakan layanan tetap buka."
    )
    names = {
        ("Adat", "Gayo"): "PERSON", ("Ismail", "Sabri"): "PERSON",
        ("Puskesmas", "Bebesen"): "PERSON", ("Rahmi", "Fitriani"): "PERSON",
    }  # fmt: skip
    found = _by_name(text, names)
    assert found["Adat Gayo"]["type"] == "ORG"
    assert found["Ismail Sabri"]["roles"] == ["Ketua Adat Gayo"]
    assert found["Puskesmas Bebesen"]["type"] == "ORG"
    assert found["Rahmi Fitriani"]["roles"] == ["Kepala Puskesmas Bebesen"]


def test_a_hospital_or_street_named_after_a_person_is_no_person() -> None:
    # The tagger may read only the eponym's name; the head before it (and the doctor's
    # title inside a hospital's name) makes the whole an organisation or a place.
    text = (
        "Korban dibawa ke RSUD Dr. Moewardi Solo, kata Kepala Satlantas Solo, AKP Dwi "
        "Pranoto. Arus lalu lintas di Jalan Slamet Riyadi dialihkan. Dwi Pranoto meminta warga "
        "menghindari Jalan Slamet Riyadi. Dua korban lain dirujuk ke RSUP Dr. Kariadi Semarang."
    )
    names = {
        ("Moewardi", "Solo"): "PERSON", ("Slamet", "Riyadi"): "PERSON",
        ("Dwi", "Pranoto"): "PERSON", ("RSUP", "Dr"): "PERSON", ("Kariadi", "Semarang"): "PERSON",
    }  # fmt: skip
    found = _by_name(text, names)
    assert found["RSUD Dr. Moewardi Solo"]["type"] == "ORG"
    # the head read as a person of its own ("[RSUP Dr]. [Kariadi Semarang]") joins the name
    assert found["RSUP Dr. Kariadi Semarang"]["type"] == "ORG"
    assert "RSUP" not in found
    assert found["Jalan Slamet Riyadi"]["type"] == "PLACE"
    assert len(found["Jalan Slamet Riyadi"]["mentions"]) == 2
    assert found["Dwi Pranoto"]["type"] == "PERSON"
    assert {e["type"] for e in found.values()} == {"ORG", "PLACE", "PERSON"}
    assert "Moewardi Solo" not in found and "Slamet Riyadi" not in found


def test_after_a_role_an_eponym_never_swallows_the_role_holder() -> None:
    # With no comma, the tagger's run may hold the university's name and the dean's:
    # the person must survive (as a person, even with too long a name), not vanish
    # into an organisation.
    text = "Dekan Fakultas Teknik Universitas Sam Ratulangi Ana Wuisan mengatakan kuliah libur."
    found = _by_name(text, {("Sam", "Ratulangi", "Ana", "Wuisan"): "PERSON"})
    people = [e for e in found.values() if e["type"] == "PERSON"]
    assert len(people) == 1 and people[0]["name"].endswith("Ana Wuisan")
