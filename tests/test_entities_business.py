"""Entity cases found in real reporting (Kompas oil-price and fuel-subsidy stories,
IndoSum sports and entertainment pages), rewritten here in warta's own words.

A dictionary tagger stands in for the model, so each test pins what the
entity layer does with the mentions a tagger is known to produce.
"""

from __future__ import annotations

import pytest

from tests.taggers import DictionaryTagger, entities_by_name

# Capitalisation buckets as the packaged model reports them: "0"/"1" for words that
# are usually lower-case inside a sentence, "4" for names.
BUCKETS = {
    "batubara": "1",
    "jelang": "1",
    "belanja": "1",
    "harga": "0",
    "indah": "1",
    "melansir": "2",
    "buka": "0",
    "naik": "0",
}


# Word classes as the packaged POS lexicon gives them ("" for an unseen word).
WORD_CLASSES = {"melansir": "VB", "sepengetahuan": "JJ", "indah": "JJ", "buka": "VB", "naik": "VB"}


class NewsTagger(DictionaryTagger):
    def capitalisation(self, word: str) -> str:
        return BUCKETS.get(word.lower(), "u" if word.lower() in WORD_CLASSES else "4")

    def part_of_speech(self, word: str) -> str:
        return WORD_CLASSES.get(word.lower(), "")

    def known_name(self, words: list[str]) -> str:
        return LISTED.get(" ".join(words).lower(), "")


# Gazetteer codes as the packaged model has them: "M" warta's own state bodies, "P" regions.
LISTED = {"kementerian dalam negeri": "M", "kejaksaan agung": "M", "bpbd": "M", "garut": "P",
          "bogor": "P", "muhammadiyah": "GM", "indramayu": "KLPV", "andi": "L"}  # fmt: skip


def _entities(text: str, names: dict[tuple[str, ...], str]) -> dict[str, dict]:
    return entities_by_name(text, NewsTagger(names))


def test_two_countries_sharing_initials_stay_apart() -> None:
    text = (
        "Harga minyak mentah Amerika Serikat (AS) turun lagi pada Senin. Produsen terbesar, "
        "Arab Saudi, menolak memangkas produksi. Persediaan AS naik sepekan terakhir."
    )
    names = {("Amerika", "Serikat"): "PLACE", ("Arab", "Saudi"): "PLACE", ("AS",): "PLACE"}
    found = _entities(text, names)
    assert found["Amerika Serikat"]["aliases"] == ["AS"]
    assert found["Arab Saudi"]["aliases"] == []


def test_company_legal_form_is_neither_alias_nor_entity() -> None:
    text = (
        "PT Pertamina (Persero) menambah petugas di 300 SPBU. Menurut PT Pertamina, "
        "pemasangan alat selesai bulan depan."
    )
    names = {("PT", "Pertamina"): "ORGANISATION", ("(Persero)",): "ORGANISATION"}
    found = _entities(text, names)
    assert found["Pertamina"]["aliases"] == ["PT Pertamina"]  # the table's name, no "(Persero)"
    assert "Persero" not in found


def test_english_job_title_is_a_role_and_the_company_an_organisation() -> None:
    text = (
        "Vice President Corporate Communication PT Pertamina (Persero) Ali Mundakir "
        "mengatakan alat itu gratis. Ali menambahkan, pemasangan dimulai pekan depan."
    )
    names = {
        ("Vice", "President", "Corporate", "Communication", "PT", "Pertamina"): "ORGANISATION",
        ("Ali", "Mundakir"): "PERSON",
        ("Ali",): "PERSON",
    }
    found = _entities(text, names)
    assert "Pertamina" in found and found["Pertamina"]["type"] == "ORG"
    assert not any(name.startswith("Vice") for name in found)
    assert found["Ali Mundakir"]["roles"] == [
        "Vice President Corporate Communication PT Pertamina (Persero)"
    ]


def test_a_title_alone_is_no_person() -> None:
    text = "Vice President itu menolak berkomentar soal harga BBM di Jakarta."
    found = _entities(text, {("Vice", "President"): "PERSON", ("Jakarta",): "PLACE"})
    assert set(found) == {"Jakarta"}


def test_clitic_nya_is_not_part_of_the_name() -> None:
    text = "Antrean mengular di Pasar Kuningan. Pedagang Kuningan-nya menambah lapak baru."
    found = _entities(text, {("Pasar", "Kuningan"): "PLACE", ("Kuningan-nya",): "PLACE"})
    mentions = [m["text"] for e in found.values() for m in e["mentions"]]
    assert "Kuningan-nya" not in mentions
    assert "Kuningan" in mentions


def test_capitalised_common_word_opening_a_sentence_is_not_a_misspelt_name() -> None:
    text = (
        "Ekspor ke Jepang dan Belanda turun. Jelang akhir tahun, permintaan membaik.\n\n"
        '"Belanja pemerintah akan naik," kata ekonom itu.'
    )
    found = _entities(text, {("Jepang",): "PLACE", ("Belanda",): "PLACE"})
    assert set(found) == {"Jepang", "Belanda"}
    assert len(found["Jepang"]["mentions"]) == 1
    assert len(found["Belanda"]["mentions"]) == 1


def test_tagged_sentence_opening_common_word_is_dropped() -> None:
    text = "Jelang penutupan pasar, indeks menguat. Harga Minyak Brent naik di London."
    found = _entities(
        text,
        {("Jelang",): "PLACE", ("Harga", "Minyak", "Brent"): "ORGANISATION", ("London",): "PLACE"},
    )
    assert "Jelang" not in found
    assert "Minyak Brent" in found  # "Harga" (usually lower-case) stripped, the name kept


def test_two_word_short_form_joins_the_full_person_name() -> None:
    text = (
        "Direktur Eksekutif lembaga kajian energi itu, Pri Agung Rakhmanto, menilai harga "
        "terlalu rendah. Menurut Pri Agung, pemerintah perlu menunggu. Bambang Sutrisno "
        "Wibowo menolak; Bambang Wibowo menyebut angka lain."
    )
    names = {
        ("Pri", "Agung", "Rakhmanto"): "PERSON",
        ("Pri", "Agung"): "PERSON",
        ("Bambang", "Sutrisno", "Wibowo"): "PERSON",
        ("Bambang", "Wibowo"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Pri Agung Rakhmanto"]["aliases"] == ["Pri Agung"]
    assert found["Bambang Sutrisno Wibowo"]["aliases"] == ["Bambang Wibowo"]


def test_english_named_firms_and_cited_media_are_organisations() -> None:
    text = (
        "Analis Mizuho Securities, Tim Evans, memperkirakan harga terus turun. Bloomberg "
        "melaporkan pasokan naik, sementara Morgan Stanley memangkas proyeksinya."
    )
    names = {
        ("Mizuho", "Securities"): "PERSON",
        ("Tim", "Evans"): "PERSON",
        ("Bloomberg",): "PERSON",
        ("Morgan", "Stanley"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Mizuho Securities"]["type"] == "ORG"
    assert found["Bloomberg"]["type"] == "ORG"  # a news agency, from the media list
    assert found["Morgan Stanley"]["type"] == "ORG"  # from the curated alias table
    assert found["Tim Evans"]["type"] == "PERSON"


def test_full_names_sharing_a_first_name_stay_apart() -> None:
    text = (
        "Gol pertama dicetak Roberto Bettega pada menit ke-12. Roberto kemudian ditarik "
        "keluar. Di musim lain, Roberto Baggio menjadi bintang, dan Dino Zoff menjaga gawang "
        "bersama Dino Baggio."
    )
    names = {
        ("Roberto", "Bettega"): "PERSON",
        ("Roberto",): "PERSON",
        ("Roberto", "Baggio"): "PERSON",
        ("Dino", "Zoff"): "PERSON",
        ("Dino", "Baggio"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Roberto Bettega"]["aliases"] == ["Roberto"]
    assert found["Roberto Baggio"]["aliases"] == []
    assert found["Dino Zoff"]["aliases"] == []
    assert found["Dino Baggio"]["aliases"] == []


def test_roles_stay_with_persons() -> None:
    text = (
        "Bupati Ogan Ilir meninjau lintasan reli bersama warga di Ogan Ilir. Warga Ogan Ilir "
        "menyambut rombongan."
    )
    # The tagger reads the region after the title as a person once, as a place twice.
    names = {("Bupati", "Ogan", "Ilir"): "PERSON", ("Ogan", "Ilir"): "PLACE"}
    found = _entities(text, names)
    assert found["Ogan Ilir"]["type"] == "PLACE"
    assert found["Ogan Ilir"]["roles"] == []  # "Bupati" is nobody's role here


def test_role_does_not_end_in_a_preposition() -> None:
    text = "Bupati meninjau lintasan reli bersama warga di Ogan Ilir."
    found = _entities(text, {("Ogan", "Ilir"): "PERSON"})  # a tagger error, as in real output
    assert all(not role.endswith(" di") for role in found["Ogan Ilir"]["roles"])


def test_interjections_and_familiar_titles_are_not_part_of_a_name() -> None:
    text = (
        "Alhamdulillah Giring sudah siap, kata seorang kader. Bro Giring, sapaan akrabnya, "
        "tersenyum. Giring Ganesha lalu naik ke panggung."
    )
    names = {
        ("Alhamdulillah", "Giring"): "PERSON",
        ("Bro", "Giring"): "PERSON",
        ("Giring", "Ganesha"): "PERSON",
    }
    found = _entities(text, names)
    assert set(found) == {"Giring Ganesha"}
    assert found["Giring Ganesha"]["aliases"] == ["Giring"]


def test_a_ministers_short_title_alone_is_no_person() -> None:
    text = "Menhub meninjau stasiun baru. Menurut Menhub Budi Karya Sumadi, rute itu siap."
    found = _entities(text, {("Menhub",): "PERSON", ("Budi", "Karya", "Sumadi"): "PERSON"})
    assert set(found) == {"Budi Karya Sumadi"}
    assert found["Budi Karya Sumadi"]["roles"] == ["Menhub"]


def test_a_role_never_reaches_back_into_a_quotation() -> None:
    text = "“Kami mencari calon wakil rakyat” ungkap Grace Natalie di Jakarta."
    found = _entities(text, {("Grace", "Natalie"): "PERSON", ("Jakarta",): "PLACE"})
    assert all("”" not in role for role in found["Grace Natalie"]["roles"])


def test_organisation_name_does_not_end_in_a_connector() -> None:
    """A name the tagger cut after "dan" loses the connector; with a head word such as
    *Kementerian* the whole name comes back (``warta.institutions``)."""
    text = "Yayasan Pelita Nusa dan Bangsa membuka sekolah baru."
    names = {("Yayasan", "Pelita", "Nusa", "dan"): "ORGANISATION"}  # cut by the tagger
    assert set(_entities(text, names)) == {"Yayasan Pelita Nusa"}
    text = "Kementerian Riset Teknologi dan Pendidikan Tinggi membentuk tim baru."
    names = {("Kementerian", "Riset", "Teknologi", "dan"): "ORGANISATION"}
    found = _entities(text, names)
    assert set(found) == {"Kementerian Riset Teknologi dan Pendidikan Tinggi"}


def test_role_stops_before_yakni_and_a_priests_title_is_no_name() -> None:
    text = (
        "Jaksa menghadirkan mantan pimpinan Komisi II DPR yakni Chaeruman Harahap. Misa "
        "dipimpin Romo Albertus Hartoko di Gereja Katedral."
    )
    names = {
        ("Chaeruman", "Harahap"): "PERSON",
        ("Romo", "Albertus", "Hartoko"): "PERSON",
        ("Gereja", "Katedral"): "PLACE",
    }
    found = _entities(text, names)
    assert found["Chaeruman Harahap"]["roles"] == ["mantan pimpinan Komisi II DPR"]
    assert "Albertus Hartoko" in found


def test_names_differing_in_a_number_are_not_typos_of_each_other() -> None:
    text = (
        "Hasil FP2 MotoGP di Assen menempatkan Marc Marquez di depan. Pada FP2 Moto3, "
        "pebalap Italia memimpin, sedangkan FP2 Moto2 dikuasai pebalap Spanyol."
    )
    names = {
        ("FP2", "MotoGP"): "ORGANISATION",
        ("FP2", "Moto3"): "ORGANISATION",
        ("FP2", "Moto2"): "ORGANISATION",
        ("Marc", "Marquez"): "PERSON",
        ("Assen",): "PLACE",
    }
    found = _entities(text, names)
    assert {"FP2 MotoGP", "FP2 Moto3", "FP2 Moto2"} <= set(found)
    assert found["FP2 MotoGP"]["aliases"] == []


def test_rank_between_function_and_name_is_not_part_of_the_role() -> None:
    text = (
        "Kepala Unit Reserse Mobil Polrestabes Surabaya Inspektur Polisi Satu Bima Sakti "
        "mengatakan pelaku ditangkap di Sampang."
    )
    found = _entities(text, {("Bima", "Sakti"): "PERSON", ("Sampang",): "PLACE"})
    assert found["Bima Sakti"]["roles"] == ["Kepala Unit Reserse Mobil Polrestabes Surabaya"]


def test_state_institution_is_never_a_place_and_brands_are_organisations() -> None:
    text = (
        "Kepolisian Resor Kota Besar (Polrestabes) Surabaya meringkus dua perampok. Motor "
        "Yamaha milik korban ditemukan di Jalan Kranggan."
    )
    names = {
        ("Kepolisian", "Resor", "Kota", "Besar"): "PLACE",
        ("Yamaha",): "PERSON",
        ("Jalan", "Kranggan"): "PLACE",
    }
    found = _entities(text, names)
    assert found["Kepolisian Resor Kota Besar"]["type"] == "ORG"
    assert found["Kepolisian Resor Kota Besar"]["aliases"] == ["Polrestabes"]
    assert found["Yamaha"]["type"] == "ORG"
    assert found["Jalan Kranggan"]["type"] == "PLACE"


def test_team_after_a_title_is_an_organisation_and_the_role_goes_to_the_person() -> None:
    # Sports and entertainment pages (IndoSum): the tagger reads the team as a person.
    text = (
        "Manajer tim Garuda Motor, Rendra Wibisono, mengatakan timnya siap bertanding. "
        "Grup Lintang Biru tampil di Bandung pekan lalu."
    )
    names = {
        ("Garuda", "Motor"): "PERSON",
        ("Rendra", "Wibisono"): "PERSON",
        ("Lintang", "Biru"): "PERSON",
        ("Bandung",): "PLACE",
    }
    found = _entities(text, names)
    assert found["Garuda Motor"]["type"] == "ORG"
    assert found["Garuda Motor"]["roles"] == []
    assert found["Rendra Wibisono"]["roles"] == ["Manajer tim Garuda Motor"]
    assert found["Lintang Biru"]["type"] == "ORG"


def test_a_coachs_team_keeps_the_coach_a_person() -> None:
    text = "Penyerang itu mencetak 18 gol untuk tim Andreas Kovac musim ini."
    found = _entities(text, {("Andreas", "Kovac"): "PERSON"})
    assert found["Andreas Kovac"]["type"] == "PERSON"


def test_products_and_works_are_not_people() -> None:
    text = (
        "Ponsel Nebula X5 dijual mulai pekan depan, sementara aplikasi Kirana Pay sudah "
        "diunduh sejuta kali. Film Senja Merah ditonton Dewi Lestari di Jakarta."
    )
    names = {
        ("Nebula", "X5"): "PERSON",
        ("Kirana", "Pay"): "PERSON",
        ("Senja", "Merah"): "PERSON",
        ("Dewi", "Lestari"): "PERSON",
        ("Jakarta",): "PLACE",
    }
    found = _entities(text, names)
    assert set(found) == {"Dewi Lestari", "Jakarta"}


def test_a_name_with_a_digit_is_no_person() -> None:
    text = "Pembalap Moto3 itu naik ke kelas Moto2 tahun depan, kata Budi Santoso."
    names = {("Moto3",): "PERSON", ("Moto2",): "PERSON", ("Budi", "Santoso"): "PERSON"}
    assert set(_entities(text, names)) == {"Budi Santoso"}


def test_a_surname_read_as_an_organisation_joins_the_person() -> None:
    # Sports pages: after the full name, the tagger often reads the bare surname as ORG
    # or PLACE; a place glued to a name by the tagger keeps its own entity.
    text = (
        "Penyerang muda Rizky Ananda mencetak dua gol. Ananda kini dilirik klub Eropa. "
        "Pelatih memuji Ananda. Konsul Jenderal Medina Hadi Saputra Wijaya hadir, "
        "lalu kembali ke Medina."
    )
    names = {
        ("Rizky", "Ananda"): "PERSON",
        ("Ananda",): "ORGANISATION",
        ("Eropa",): "PLACE",
        ("Medina", "Hadi", "Saputra", "Wijaya"): "PERSON",
        ("Medina",): "PLACE",
    }
    found = _entities(text, names)
    assert found["Rizky Ananda"]["type"] == "PERSON"
    assert found["Rizky Ananda"]["aliases"] == ["Ananda"]
    assert len(found["Rizky Ananda"]["mentions"]) == 3
    assert "Ananda" not in found
    assert found["Medina"]["type"] == "PLACE"


def test_a_role_never_ends_in_a_conjunction_or_a_closing_aside() -> None:
    text = (
        "Film itu dibintangi Raka Pratama (sopir angkot Budi) dan Sinta Maharani. "
        "Ia menjabat Ketua Partai Bintang atau Hendra Gunawan menurut laporan itu."
    )
    names = {
        ("Raka", "Pratama"): "PERSON",
        ("Budi",): "PERSON",
        ("Sinta", "Maharani"): "PERSON",
        ("Partai", "Bintang"): "ORGANISATION",
        ("Hendra", "Gunawan"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Sinta Maharani"]["roles"] == []
    for entity in found.values():
        for role in entity["roles"]:
            assert not role.endswith((" dan", " atau", ")")), role


def test_a_verb_or_affixed_adjective_opening_a_sentence_is_cut_from_the_name() -> None:
    text = (
        "Melansir Harian Pagi, penyanyi itu menikah bulan lalu. Sepengetahuan Bambang "
        "Wijaya, dana itu sudah cair. Indah Lestari membenarkan kabar tersebut."
    )
    names = {
        ("Melansir", "Harian", "Pagi"): "ORGANISATION",
        ("Sepengetahuan", "Bambang", "Wijaya"): "PERSON",
        ("Indah", "Lestari"): "PERSON",
    }
    assert set(_entities(text, names)) == {"Harian Pagi", "Bambang Wijaya", "Indah Lestari"}


def test_acronyms_of_common_nouns_are_no_entities() -> None:
    text = (
        "Antrean kendaraan mengular di SPBU Jalan Merdeka. Pertamina memasang alat RFID "
        "di setiap tangki, kata pejabat PT itu. Sopir tanpa SIM ditilang."
    )
    names = {
        ("SPBU",): "PLACE",
        ("Jalan", "Merdeka"): "PLACE",
        ("Pertamina",): "ORGANISATION",
        ("RFID",): "ORGANISATION",
        ("PT",): "ORGANISATION",
        ("SIM",): "PLACE",
    }
    assert set(_entities(text, names)) == {"Jalan Merdeka", "Pertamina"}


def test_diseases_law_codes_and_ship_terms_are_no_entities() -> None:
    text = (
        "Warga Desa Sukamaju banyak menderita ISPA. Polisi menjerat pelaku dengan pasal 362 "
        "KUHP. Kapal 30 GT itu membawa 12 ABK. Kementerian belum menjawab, kata Dinas Kesehatan."
    )
    names = {
        ("Desa", "Sukamaju"): "PLACE",
        ("ISPA",): "ORGANISATION",
        ("KUHP",): "ORGANISATION",
        ("GT",): "ORGANISATION",
        ("ABK",): "ORGANISATION",
        ("Kementerian",): "ORGANISATION",
        ("Dinas", "Kesehatan"): "ORGANISATION",
    }
    assert set(_entities(text, names)) == {"Sukamaju", "Dinas Kesehatan"}


def test_a_unit_inside_an_english_job_title_is_no_organisation() -> None:
    text = (
        "Senior Vice President Fuel Marketing PT Pertamina, Rudi Hartanto, mengatakan "
        "harga tidak berubah. Direktur Bank Nusantara Sinta Dewi setuju."
    )
    names = {
        ("Senior", "Vice", "President"): "PERSON",
        ("Fuel", "Marketing"): "ORGANISATION",
        ("PT", "Pertamina"): "ORGANISATION",
        ("Rudi", "Hartanto"): "PERSON",
        ("Bank", "Nusantara"): "ORGANISATION",
        ("Sinta", "Dewi"): "PERSON",
    }
    found = _entities(text, names)
    assert "Fuel Marketing" not in found
    assert found["Bank Nusantara"]["type"] == "ORG"
    assert found["Rudi Hartanto"]["roles"] == ["Senior Vice President Fuel Marketing PT Pertamina"]


def test_a_club_completing_a_role_before_a_player_is_no_person() -> None:
    # "<role> <club>, <player>, <verb>": the tagger reads the club as a person.
    text = (
        "Penyerang Persita Raya, Dimas Pratama, mencetak tiga gol. Pengacara Rina, Yosef "
        "Tambunan, menolak berkomentar. Pemain timnas Adi Saputra, Bima Putra dan Citra "
        "Ayu berlatih."
    )
    names = {
        ("Persita", "Raya"): "PERSON",
        ("Dimas", "Pratama"): "PERSON",
        ("Rina",): "PERSON",
        ("Yosef", "Tambunan"): "PERSON",
        ("Adi", "Saputra"): "PERSON",
        ("Bima", "Putra"): "PERSON",
        ("Citra", "Ayu"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Persita Raya"]["type"] == "ORG"
    assert found["Dimas Pratama"]["roles"] == ["Penyerang Persita Raya"]
    assert found["Rina"]["type"] == "PERSON"  # a lawyer's client is a person
    assert found["Yosef Tambunan"]["roles"] == ["Pengacara Rina"]
    assert found["Adi Saputra"]["type"] == "PERSON"  # a list of players, closed by "dan"


def test_a_role_in_a_line_up_loses_its_colon() -> None:
    text = "Susunan pemain tuan rumah. Pelatih: Rahmat Hidayat. Kiper: Andika Putra."
    names = {("Rahmat", "Hidayat"): "PERSON", ("Andika", "Putra"): "PERSON"}
    found = _entities(text, names)
    assert found["Rahmat Hidayat"]["roles"] == ["Pelatih"]
    assert found["Andika Putra"]["roles"] == ["Kiper"]


def test_two_forces_differing_in_one_real_word_are_not_a_typo() -> None:
    text = (
        "Kepala Staf Angkatan Udara bertemu Kepala Staf Angkatan Darat di Jakarta. "
        "Sementara itu pasukan Korea Utra bersiaga di perbatasan Korea Utara."
    )
    names = {
        ("Angkatan", "Udara"): "ORGANISATION",
        ("Angkatan", "Darat"): "ORGANISATION",
        ("Jakarta",): "PLACE",
        ("Korea", "Utra"): "PLACE",
        ("Korea", "Utara"): "PLACE",
    }
    found = _entities(text, names)
    assert found["Angkatan Udara"]["aliases"] == []
    assert "Angkatan Darat" in found
    assert found["Korea Utara"]["aliases"] == ["Korea Utra"]


def test_a_role_stops_at_a_passive_verb() -> None:
    text = "Jabatan Kepala Dinas Pariwisata resmi diserahterimakan dari Budi Hartono ke Ani."
    names = {("Dinas", "Pariwisata"): "ORGANISATION", ("Budi", "Hartono"): "PERSON"}
    found = _entities(text, names)
    assert all("diserahterimakan" not in role for role in found["Budi Hartono"]["roles"])


def test_nicknames_given_after_a_full_name_join_the_person() -> None:
    text = (
        "Mantan ketua DPR Setyo Nugroho (Setnug) diperiksa lagi. Setnug menolak hadir. "
        "Rapper Iwan Kurnia alias Iwa K tampil di Bandung. Iwa K menyanyikan dua lagu. "
        "Anggota Komisi III Fajar Siregar (Gerindra) ikut menonton."
    )
    names = {
        ("DPR",): "ORGANISATION",
        ("Setyo", "Nugroho"): "PERSON",
        ("Setnug",): "PERSON",
        ("Iwan", "Kurnia"): "PERSON",
        ("Iwa", "K"): "PERSON",
        ("Bandung",): "PLACE",
        ("Fajar", "Siregar"): "PERSON",
        ("Gerindra",): "ORGANISATION",
    }
    found = _entities(text, names)
    assert found["Setyo Nugroho"]["aliases"] == ["Setnug"]
    assert found["Iwan Kurnia"]["aliases"] == ["Iwa K"]
    assert found["Fajar Siregar"]["aliases"] == []  # a party in parentheses is no nickname
    assert found["Gerindra"]["type"] == "ORG"


def test_a_generic_word_alone_is_no_entity() -> None:
    text = "Kemacetan terjadi di Jalan Sudirman. The band tampil di Jalan itu, dekat Stadion."
    names = {("Jalan", "Sudirman"): "PLACE", ("The",): "ORGANISATION", ("Jalan",): "PLACE",
             ("Stadion",): "PLACE"}  # fmt: skip
    assert set(_entities(text, names)) == {"Jalan Sudirman"}


def test_clubs_from_the_alias_table_are_organisations_and_near_names_stay_apart() -> None:
    text = (
        "Manchester United menang atas Persiba. Pelatih Persib memuji Man United. "
        "Persiba akan menjamu Persib pekan depan."
    )
    names = {
        ("Manchester", "United"): "PLACE",
        ("Persiba",): "PERSON",
        ("Persib",): "ORGANISATION",
        ("Man", "United"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Manchester United"]["type"] == "ORG"
    assert found["Manchester United"]["aliases"] == ["Man United"]
    assert found["Persib Bandung"]["aliases"] == ["Persib"]
    assert "Persiba" in found  # one letter more is another club, not a slip


def test_an_articles_own_long_form_joins_the_tables_entity() -> None:
    text = (
        "Federasi Sepak Bola Dunia (FIFA) menjatuhkan sanksi. FIFA juga mendenda klub itu. "
        "Pasien dirujuk ke RS Harapan Kita (Jakarta) kemarin, kata petugas di JAKARTA."
    )
    names = {
        ("Federasi", "Sepak", "Bola", "Dunia"): "ORGANISATION",
        ("FIFA",): "ORGANISATION",
        ("RS", "Harapan", "Kita"): "ORGANISATION",
        ("Jakarta",): "PLACE",
        ("JAKARTA",): "PLACE",
    }
    found = _entities(text, names)
    assert found["FIFA"]["aliases"] == ["Federasi Sepak Bola Dunia"]
    assert found["RS Harapan Kita"]["aliases"] == []  # a place in parentheses
    assert found["Jakarta"]["aliases"] == ["JAKARTA"]


def test_a_platform_before_an_account_holder_and_a_role_phrase_are_no_names() -> None:
    text = (
        "Video itu diunggah di akun Instagram Laras Wening. Wakapolda Metro Jaya Brigjen "
        "Suntoro meninjau lokasi."
    )
    names = {
        ("Instagram", "Laras", "Wening"): "PERSON",
        ("Wakapolda", "Metro", "Jaya"): "ORGANISATION",
        ("Suntoro",): "PERSON",
    }
    found = _entities(text, names)
    assert set(found) == {"Laras Wening", "Suntoro"}
    assert found["Suntoro"]["roles"] == ["Wakapolda Metro Jaya"]


def test_a_headline_verb_run_into_a_name_is_cut_but_a_short_foreign_name_stays() -> None:
    text = "Kabar itu sudah lama beredar. Aktor Park Ji Hoon Buka suara. Zakir Naik berceramah."
    names = {("Park", "Ji", "Hoon", "Buka"): "PERSON", ("Zakir", "Naik"): "PERSON"}
    assert set(_entities(text, names)) == {"Park Ji Hoon", "Zakir Naik"}


def test_a_role_stops_at_a_bare_verb() -> None:
    text = "Kepercayaan pelatih kepada pemain muda jadi alasan adik Zainal Abidin itu bergabung."
    names = {("Zainal", "Abidin"): "PERSON"}
    assert _entities(text, names)["Zainal Abidin"]["roles"] == []


def test_company_tails_close_an_organisation_and_oil_benchmarks_are_no_names() -> None:
    text = (
        "Harga minyak West Texas Intermediate di New York Mercantile Exchange naik. "
        "Direktur Eksekutif Garuda Energy Institute Rahmat Sulistyo menilai IHSG ikut naik."
    )
    names = {
        ("West", "Texas", "Intermediate"): "PERSON",
        ("New", "York", "Mercantile"): "PLACE",
        ("Garuda", "Energy"): "ORGANISATION",
        ("Institute", "Rahmat", "Sulistyo"): "PERSON",
        ("IHSG",): "ORGANISATION",
    }
    found = _entities(text, names)
    assert set(found) == {
        "New York Mercantile Exchange",
        "Garuda Energy Institute",
        "Rahmat Sulistyo",
    }
    assert found["New York Mercantile Exchange"]["type"] == "ORG"
    assert found["Rahmat Sulistyo"]["roles"] == ["Direktur Eksekutif Garuda Energy Institute"]


def test_english_club_names_are_organisations_and_roles_stop_at_prepositions() -> None:
    text = (
        "Blackburn Rovers kalah dari Newcastle United. Presiden menerbitkan keputusan "
        "presiden (keppres) atas pengangkatan Arif Santoso sebagai hakim."
    )
    names = {
        ("Blackburn", "Rovers"): "PERSON",
        ("Newcastle",): "PLACE",
        ("Arif", "Santoso"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Blackburn Rovers"]["type"] == "ORG"
    assert found["Newcastle United"]["type"] == "ORG"
    assert all("atas" not in role for role in found["Arif Santoso"]["roles"])


def test_an_organisation_without_its_tail_joins_it() -> None:
    text = (
        "Madura Raya FC menang 2-0. Pemain Madura tampil solid, kata analis Mizuho "
        "Securities. Mizuho memperkirakan harga naik."
    )
    names = {
        ("Madura", "Raya", "FC"): "ORGANISATION",
        ("Madura",): "PLACE",
        ("Mizuho", "Securities"): "PERSON",
        ("Mizuho",): "PERSON",
    }
    found = _entities(text, names)
    assert found["Mizuho Securities"]["type"] == "ORG"
    assert found["Mizuho Securities"]["aliases"] == ["Mizuho"]
    assert "Madura" in found  # "Madura Raya FC" is not "Madura" + a tail


def test_a_name_glued_to_an_organisation_after_a_role_is_the_person() -> None:
    # Kompas writes the role, the organisation and the name with no comma between.
    text = (
        "Kepala Pusat Penerangan Kementerian Dalam Negeri Bahtiar mengatakan data sudah "
        "lengkap. Wali Kota Bogor Bima Arya menambahkan, Ketua KPU Sulut Ardiles Mewoh "
        "setuju. Kepala Pelaksana BPBD Garut, Asep Nurjaman, mengatakan gempa terasa."
    )
    names = {
        ("Kementerian", "Dalam", "Negeri", "Bahtiar"): "ORGANISATION",
        ("Bogor", "Bima", "Arya"): "PLACE",
        ("KPU",): "ORGANISATION",
        ("Sulut", "Ardiles", "Mewoh"): "PERSON",
        ("BPBD", "Garut"): "ORGANISATION",
        ("Asep", "Nurjaman"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Bahtiar"]["type"] == "PERSON"
    assert found["Bahtiar"]["roles"] == ["Kepala Pusat Penerangan Kementerian Dalam Negeri"]
    assert found["Kementerian Dalam Negeri"]["type"] == "ORG"
    assert found["Bima Arya"]["roles"] == ["Wali Kota Bogor"]
    assert found["Ardiles Mewoh"]["roles"] == ["Ketua KPU Sulut"]
    # a region ends the organisation's name, and the person follows the comma
    assert found["BPBD Garut"]["type"] == "ORG"
    assert found["Asep Nurjaman"]["roles"] == ["Kepala Pelaksana BPBD Garut"]


def test_a_rank_left_at_the_end_of_a_role_is_cut() -> None:
    text = "Kepala Bareskrim Polri Komisaris Jenderal Listyo Sigit menjelaskan hal itu."
    found = _entities(text, {("Listyo", "Sigit"): "PERSON"})
    assert found["Listyo Sigit"]["roles"] == ["Kepala Bareskrim Polri"]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Kepala Polri Jenderal (Pol) Bagus Santoso mengatakan itu.", "Bagus Santoso",
         "Kepala Polri"),
        ("Panglima Komando Armada I Laksda TNI Rudi Hartanto meninjau kapal.", "Rudi Hartanto",
         "Panglima Komando Armada I"),
        ("Ketua Umum Ikatan Dokter Indonesia Dokter Daeng Fakih mengingatkan warga.",
         "Daeng Fakih", "Ketua Umum Ikatan Dokter Indonesia"),
        ("Konsul Jenderal RI Hery Saputra menyambut jemaah.", "Hery Saputra",
         "Konsul Jenderal RI"),
        ("Pengajar Fakultas Hukum Universitas Jember, Bayu Anggoro, menilai aturan itu.",
         "Bayu Anggoro", "Pengajar Fakultas Hukum Universitas Jember"),
    ],
)  # fmt: skip
def test_a_rank_between_role_and_name_belongs_to_neither(text: str, person: str, role: str) -> None:
    names = {tuple(person.split()): "PERSON"}
    assert _entities(text, names)[person]["roles"] == [role]


def test_a_unit_of_an_institution_is_no_person() -> None:
    text = "Kepala Subbagian Humas RSUD Cibinong Slamet Riyadi mengatakan korban dirawat."
    names = {
        ("Subbagian", "Humas"): "PERSON",
        ("RSUD", "Cibinong"): "ORGANISATION",
        ("Slamet", "Riyadi"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Subbagian Humas"]["type"] == "ORG"
    assert found["Slamet Riyadi"]["roles"] == ["Kepala Subbagian Humas RSUD Cibinong"]


def test_an_apposition_closed_by_the_predicate_is_a_role_but_not_after_a_speaker_verb() -> None:
    text = (
        "Sebelumnya, Rina Wulandari, Gubernur Jawa Barat dalam rapat itu meminta warga "
        "tenang. Menurut Budi Santoso, Ketua RT mengatakan hal lain."
    )
    names = {("Rina", "Wulandari"): "PERSON", ("Jawa", "Barat"): "PLACE",
             ("Budi", "Santoso"): "PERSON"}  # fmt: skip
    found = _entities(text, names)
    assert found["Rina Wulandari"]["roles"] == ["Gubernur Jawa Barat"]
    assert found["Budi Santoso"]["roles"] == []


def test_one_word_read_as_a_person_before_a_full_name_completes_the_role() -> None:
    text = (
        "“Kami siap,” kata CEO Lapakita Andra Wijaya. Ketua Komnas HAM Maluku Benny Sarkol hadir."
    )
    names = {
        ("Lapakita",): "PERSON",
        ("Andra", "Wijaya"): "PERSON",
        ("Komnas", "HAM"): "ORGANISATION",
        ("Maluku",): "PERSON",
        ("Benny", "Sarkol"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Lapakita"]["type"] == "ORG"
    assert found["Andra Wijaya"]["roles"] == ["CEO Lapakita"]
    assert found["Maluku"]["type"] == "PLACE"
    assert found["Benny Sarkol"]["roles"] == ["Ketua Komnas HAM Maluku"]


def test_a_listed_organisation_or_region_opening_a_name_after_a_role_is_cut() -> None:
    text = (
        "Ketua Umum Pimpinan Pusat Muhammadiyah Hasan Nasir mengimbau warga tenang. "
        "Kepala Dinkes Indramayu Deden Koswara menambahkan. Menteri Pertanian Andi Amran "
        "Sulaiman hadir."
    )
    names = {
        ("Muhammadiyah", "Hasan", "Nasir"): "PERSON",
        ("Indramayu", "Deden", "Koswara"): "PERSON",
        ("Andi", "Amran", "Sulaiman"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Hasan Nasir"]["roles"] == ["Ketua Umum Pimpinan Pusat Muhammadiyah"]
    assert found["Deden Koswara"]["roles"] == ["Kepala Dinkes Indramayu"]
    assert "Andi Amran Sulaiman" in found  # "Andi" is only a DBpedia place: kept


def test_a_role_never_runs_over_a_lost_full_stop() -> None:
    # A subheading run into the next paragraph: "Wali Kota prihatin Secara terpisah, ..."
    text = (
        "Ancaman hukumannya lima tahun, kata polisi.\n\nWali Kota prihatin Secara terpisah, "
        "Wali Kota Malang Sutikno saat dikonfirmasi mengatakan, kasus itu ditangani."
    )
    found = _entities(text, {("Malang",): "PLACE", ("Sutikno",): "PERSON"})
    assert found["Sutikno"]["roles"] == ["Wali Kota Malang"]


def test_a_surname_the_tagger_left_out_joins_a_short_person_chunk() -> None:
    text = (
        "Menteri Perhubungan Budi Karya Sumadi meninjau bandara. Menteri Sosial Juliari "
        "Batubara hadir. Roy Rizali Anwar dan Sri Mulyani Indrawati menyusul."
    )
    names = {
        ("Budi", "Karya"): "PERSON",
        ("Juliari",): "PERSON",
        ("Roy",): "PERSON",
        ("Sri", "Mulyani", "Indrawati"): "PERSON",
    }
    found = _entities(text, names)
    assert "Budi Karya Sumadi" in found
    assert "Roy Rizali Anwar" in found  # two words more, each a name
    assert "Juliari" in found  # "batubara" (coal) is usually lower-case: not taken
    assert "Sri Mulyani Indrawati" in found


def test_a_one_word_person_chunk_after_a_short_name_is_its_surname_but_not_before_one() -> None:
    text = (
        "Menteri Perhubungan Rudi Karya Sumardi meninjau bandara. “Kami siap,” kata CEO "
        "Lapakita Andra Wijaya."
    )
    names = {
        ("Rudi", "Karya"): "PERSON",
        ("Sumardi",): "PERSON",  # the tagger split the name
        ("Lapakita",): "PERSON",
        ("Andra", "Wijaya"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Rudi Karya Sumardi"]["roles"] == ["Menteri Perhubungan"]
    assert "Sumardi" not in found
    assert found["Andra Wijaya"]["roles"] == ["CEO Lapakita"]


def test_a_name_glued_to_an_organisation_ending_in_a_region_is_the_person() -> None:
    text = "Kepala Dinas Kesehatan Kota Garut Febri Rahmawati mengatakan stok vaksin cukup."
    names = {("Dinas", "Kesehatan", "Kota", "Garut", "Febri", "Rahmawati"): "ORGANISATION"}
    found = _entities(text, names)
    assert found["Febri Rahmawati"]["roles"] == ["Kepala Dinas Kesehatan Kota Garut"]
    assert found["Dinas Kesehatan Kota Garut"]["type"] == "ORG"


def test_a_glued_name_before_a_comma_and_the_next_role_is_still_split() -> None:
    text = (
        "Hadir pula Deputi Pencegahan Kementerian Dalam Negeri Pahala Siregar, Gubernur "
        "Jawa Tengah Ganjar Wibowo, dan warga Desa Makmur, Kecamatan Bogor Putih."
    )
    names = {
        ("Kementerian", "Dalam", "Negeri", "Pahala", "Siregar"): "ORGANISATION",
        ("Jawa", "Tengah"): "PLACE",
        ("Ganjar", "Wibowo"): "PERSON",
        ("Bogor", "Putih"): "PLACE",
    }
    found = _entities(text, names)
    assert found["Pahala Siregar"]["roles"] == ["Deputi Pencegahan Kementerian Dalam Negeri"]
    assert found["Ganjar Wibowo"]["roles"] == ["Gubernur Jawa Tengah"]
    assert "Putih" not in found  # after a status word ("warga"), and a colour ends places


def test_an_unlisted_town_after_its_admin_word_leaves_the_name_after_it() -> None:
    # A role, then one run tagged as a place: the town named by "Kota" is whole after
    # one word, so the words after it are the role holder (and not "Davao Rizal").
    text = (
        "Wakil Konsul RI di Kota Davao Rizal Hamdani mengatakan 40 nelayan sudah dipulangkan. "
        "Rizal menyebut pendataan masih berjalan."
    )
    names = {("Kota", "Davao", "Rizal", "Hamdani"): "PLACE", ("Rizal",): "PERSON"}
    found = _entities(text, names)
    assert found["Rizal Hamdani"]["type"] == "PERSON"
    assert found["Rizal Hamdani"]["aliases"] == ["Rizal"]
    assert found["Rizal Hamdani"]["roles"] == ["Wakil Konsul RI di Kota Davao"]
    assert not any("Rizal" in name for name, e in found.items() if e["type"] == "PLACE")


def test_the_subject_of_a_law_title_and_a_bare_institution_head_are_no_entities() -> None:
    # After a law's "tentang" comes its subject, however capitalised; "Majelis" (of
    # "Majelis hakim") or "Polda" alone name no body.
    text = (
        "Terdakwa dijerat Pasal 2 UU Nomor 20 Tahun 2001 tentang Pemberantasan Tindak Pidana "
        "Korupsi. Majelis hakim menunda sidang. Kasus itu ditangani Polda lebih dulu, "
        "lalu diserahkan ke Kejaksaan Negeri Sleman."
    )
    names = {
        ("Pemberantasan", "Tindak", "Pidana", "Korupsi"): "ORGANISATION",
        ("Majelis",): "ORGANISATION", ("Polda",): "ORGANISATION",
        ("Kejaksaan", "Negeri", "Sleman"): "ORGANISATION",
    }  # fmt: skip
    found = _entities(text, names)
    assert set(found) == {"Kejaksaan Negeri Sleman"}


def test_a_full_name_typed_with_a_letter_missing_takes_the_spelling_used_after() -> None:
    """A Kompas fuel-price story named the minister once with the last letter of his
    first name missing and three times after by that name in full: one person, named
    as the article spells him elsewhere. A letter swapped for another is no slip."""
    text = (
        "Menteri Perhubungan Sugiant Hadi Prawiro mengatakan tarif angkutan akan ditinjau. "
        "Menurut Sugianto, kenaikan solar membebani sopir. Sugianto juga meminta Organda "
        "menahan diri. Susanti Rahayu dari Organda menolak; Susanto meminta waktu."
    )
    names = {
        ("Sugiant", "Hadi", "Prawiro"): "PERSON",
        ("Sugianto",): "PERSON",
        ("Organda",): "ORG",
        ("Susanti", "Rahayu"): "PERSON",
        ("Susanto",): "PERSON",
    }
    found = _entities(text, names)
    minister = found["Sugianto Hadi Prawiro"]
    assert minister["aliases"] == ["Sugiant Hadi Prawiro", "Sugianto"]
    assert minister["roles"] == ["Menteri Perhubungan"]
    assert len(minister["mentions"]) == 3
    assert {"Susanti Rahayu", "Susanto"} <= set(found)  # another letter: another person


def test_amerika_is_the_united_states_where_the_article_names_it() -> None:
    """In an oil-market story "Amerika" and "Amerika Serikat" (and "AS") are one
    country; without the full name "Amerika" stays as written."""
    names = {("Amerika",): "PLACE", ("Amerika", "Serikat"): "PLACE", ("AS",): "PLACE"}
    text = (
        "Produksi minyak Amerika terus naik. Cadangan Amerika Serikat juga bertambah, "
        "sehingga harga minyak AS turun."
    )
    found = _entities(text, names)
    assert list(found) == ["Amerika Serikat"]
    assert sorted(found["Amerika Serikat"]["aliases"]) == ["AS", "Amerika"]
    assert len(found["Amerika Serikat"]["mentions"]) == 3
    alone = _entities("Produksi minyak Amerika terus naik sejak awal tahun.", names)
    assert list(alone) == ["Amerika"]


def test_a_company_with_and_without_its_legal_form_is_one_organisation() -> None:
    """An energy story says "Tambang Timah Nusantara" first and "PT Tambang Timah
    Nusantara Tbk" after, or "PT ... (Persero)" first and the bare name after. A shared
    word alone joins nothing."""
    text = (
        "Produksi Tambang Timah Nusantara turun tahun ini. Direksi PT Tambang Timah "
        "Nusantara Tbk menyiapkan rencana baru, sementara PT Pupuk Sriwijaya (Persero) "
        "menambah kapasitas. Pupuk Sriwijaya juga membuka gudang, dan Sriwijaya Air "
        "menambah rute."
    )
    names = {
        ("Tambang", "Timah", "Nusantara"): "ORG",
        ("PT", "Tambang", "Timah", "Nusantara", "Tbk"): "ORG",
        ("PT", "Pupuk", "Sriwijaya", "(", "Persero", ")"): "ORG",
        ("Pupuk", "Sriwijaya"): "ORG",
        ("Sriwijaya", "Air"): "ORG",
    }
    found = _entities(text, names)
    assert found["PT Tambang Timah Nusantara Tbk"]["aliases"] == ["Tambang Timah Nusantara"]
    assert found["PT Pupuk Sriwijaya"]["aliases"] == ["Pupuk Sriwijaya"]  # bracket dropped
    assert len(found["Sriwijaya Air"]["mentions"]) == 1
    assert len(found) == 3


def test_a_surname_without_its_arabic_article_joins_the_full_name() -> None:
    """A story on an oil ministers' meeting writes "Khalid al-Fadhli" first and
    "Fadhli" after."""
    text = (
        "Menteri Perminyakan Kuwait Khalid al-Fadhli tiba di Wina. Menurut Fadhli, "
        "produksi tidak akan dipangkas."
    )
    names = {("Khalid", "al-Fadhli"): "PERSON", ("Fadhli",): "PERSON", ("Wina",): "PLACE"}
    found = _entities(text, names)
    assert found["Khalid al-Fadhli"]["aliases"] == ["Fadhli"]
    assert found["Khalid al-Fadhli"]["roles"] == ["Menteri Perminyakan Kuwait"]


def test_a_name_cut_in_two_by_a_later_short_mention_is_joined_again() -> None:
    """A regional story names the regent in full once, and the tagger reads only the
    last two words; the regent's first name alone later in the article then stands
    beside them. One person with the whole name. Two people written side by side
    with a comma or "dan" between stay two."""
    text = (
        "Bupati Lamongan Sutrisno Adi Wibawa meresmikan pasar baru. Menurut Sutrisno, "
        "pedagang tidak dipungut biaya. Hadir pula Rina Kartika dan Dimas Pratama, "
        "serta Yusuf, Andika Putra."
    )
    names = {
        ("Adi", "Wibawa"): "PERSON",
        ("Sutrisno",): "PERSON",
        ("Rina", "Kartika"): "PERSON",
        ("Dimas", "Pratama"): "PERSON",
        ("Yusuf",): "PERSON",
        ("Andika", "Putra"): "PERSON",
    }

    class LastWordsTagger(NewsTagger):
        """Reads only the last two words of the full name, as the model did."""

        def tag(self, tokens: list[str]) -> list[str]:
            tags = super().tag(tokens)
            return [
                "O" if token == "Sutrisno" and tokens[k + 1 : k + 2] == ["Adi"] else tag
                for k, (token, tag) in enumerate(zip(tokens, tags, strict=True))
            ]

    found = entities_by_name(text, LastWordsTagger(names))
    regent = found["Sutrisno Adi Wibawa"]
    assert regent["roles"] == ["Bupati Lamongan"]
    assert regent["aliases"] == ["Sutrisno"]
    assert {"Rina Kartika", "Dimas Pratama", "Yusuf", "Andika Putra"} <= set(found)


def test_a_company_named_with_its_country_joins_its_short_name_whatever_the_tag() -> None:
    """An upstream-oil story opens with "PT Tirtamas Indonesia Company", then says
    "Tirtamas" alone, which the tagger reads as a person twice and as an organisation
    once. A lone "Vice" (the first word of "Vice President") is nobody."""
    text = (
        "PT Tirtamas Indonesia Company menunda tender. Tirtamas menunggu izin. "
        "Menurut Tirtamas, proyek tetap berjalan. Nah, Tirtamas ingin kontrak "
        "diperpanjang, kata Vice President PT Tirtamas Indonesia Company Budi Hartanto."
    )
    names = {
        ("PT", "Tirtamas", "Indonesia", "Company"): "ORG",
        ("Tirtamas", "menunggu"): "PERSON",
        ("Tirtamas", ","): "PERSON",
        ("Tirtamas", "ingin"): "ORG",
        ("Vice",): "PERSON",
        ("Budi", "Hartanto"): "PERSON",
    }

    class FirstWordTagger(NewsTagger):
        """Keeps only the first word of the two-word keys above."""

        def tag(self, tokens: list[str]) -> list[str]:
            tags = super().tag(tokens)
            for k in range(len(tags) - 1):
                if tokens[k] == "Tirtamas" and tags[k].startswith("B-"):
                    tags[k + 1] = "O"
            return tags

    found = entities_by_name(text, FirstWordTagger(names))
    company = found["PT Tirtamas Indonesia Company"]
    assert company["type"] == "ORG" and company["aliases"] == ["Tirtamas"]
    assert len(company["mentions"]) == 5
    assert "Vice" not in found and "Tirtamas" not in found
    assert found["Budi Hartanto"]["type"] == "PERSON"


def test_a_second_role_after_dan_takes_the_name_alone() -> None:
    """A fuel-price meeting "was attended by the director of the state oil company,
    and the head of the downstream regulator, Hendra ..." : two people, one of them
    unnamed, so the name takes only the last role. One head with a list of fields
    ("Bidang Politik, Hukum, dan Keamanan") is still one role."""
    text = (
        "Rapat itu dihadiri Direktur Utama Pertamina, dan Kepala BPH Migas Hendra "
        "Wicaksono. Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Bambang "
        "Suryadi juga hadir."
    )
    names = {
        ("Pertamina",): "ORG",
        ("BPH", "Migas"): "ORG",
        ("Hendra", "Wicaksono"): "PERSON",
        ("Bambang", "Suryadi"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Hendra Wicaksono"]["roles"] == ["Kepala BPH Migas"]
    assert found["Bambang Suryadi"]["roles"] == [
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"
    ]


def test_a_listed_company_read_as_a_person_is_an_organisation() -> None:
    """An upstream-oil story: the tagger reads "Chevron" alone as a person and glues it
    to its spokesman's name after a role. The company is one organisation under the
    name the alias table gives it (also after "PT Chevron Indonesia Company"), and
    the spokesman keeps the company in his role."""
    text = (
        "PT Chevron Indonesia Company menghentikan pengeboran. Menurut Chevron, harga "
        "minyak terlalu rendah. Juru bicara Chevron Rudi Hartawan Siregar mengatakan "
        "karyawan tidak dirumahkan."
    )
    names = {
        ("PT", "Chevron", "Indonesia", "Company"): "ORG",
        ("Chevron", ","): "PERSON",
        ("Chevron", "Rudi", "Hartawan", "Siregar"): "PERSON",
    }

    class NoCommaTagger(NewsTagger):
        def tag(self, tokens: list[str]) -> list[str]:
            tags = super().tag(tokens)
            return ["O" if token == "," else tag for token, tag in zip(tokens, tags, strict=True)]

    found = entities_by_name(text, NoCommaTagger(names))
    assert found["Chevron"]["type"] == "ORG"
    assert found["Chevron"]["aliases"] == ["PT Chevron Indonesia Company"]
    assert found["Rudi Hartawan Siregar"]["roles"] == ["Juru bicara Chevron"]
    assert len(found) == 2


def test_a_model_after_a_listed_maker_is_no_person() -> None:
    """An automotive page: "Nissan Juke" and "Hyundai Creta" tagged as people are the
    maker and its model; the maker stays, the model is nobody. After a role the name
    that follows a company is a person ("Presiden Direktur Nissan Budi")."""
    text = (
        "Penjualan Nissan Juke turun, sedangkan Hyundai Creta laris. Presiden Direktur "
        "Nissan Budi Kurniawan optimistis."
    )
    names = {
        ("Nissan", "Juke"): "PERSON",
        ("Hyundai", "Creta"): "PERSON",
        ("Nissan", "Budi", "Kurniawan"): "PERSON",
    }
    found = _entities(text, names)
    assert set(found) == {"Nissan", "Hyundai", "Budi Kurniawan"}
    assert found["Nissan"]["type"] == found["Hyundai"]["type"] == "ORG"
    assert found["Budi Kurniawan"]["roles"] == ["Presiden Direktur Nissan"]


def test_a_street_named_after_a_hero_keeps_his_rank_and_initials() -> None:
    """A list of open fuel stations gives streets as "Jl Letjen ...", "Jl MT ...": the
    tagger reads the hero's name as a person or a place of its own. The rank and
    initials belong to the street; a rank before a name outside a street stays a
    title."""
    text = (
        "SPBU yang buka: Jl Letjen Sutoyo, Jl Kapten Pattimura, Jl MT Haryanto Kav. 9 "
        "dan Jalan Mayjen Sungkono. Kapten Budi Santoso mengatur antrean."
    )
    names = {
        ("Sutoyo",): "PERSON",
        ("Pattimura",): "PERSON",
        ("Haryanto", "Kav"): "PLACE",
        ("Sungkono",): "PERSON",
        ("Budi", "Santoso"): "PERSON",
    }
    found = _entities(text, names)
    streets = {"Jl Letjen Sutoyo", "Jl Kapten Pattimura", "Jl MT Haryanto", "Jalan Mayjen Sungkono"}
    assert streets <= set(found)
    assert all(found[street]["type"] == "PLACE" for street in streets)
    assert found["Budi Santoso"]["type"] == "PERSON"
    assert len(found) == 5


def test_a_first_name_written_short_once_is_the_same_person() -> None:
    """A press officer is "Rudiantoro Rimbono" in one paragraph and "Rudianto Rimbono"
    in the next; "Budi Santoso" and "Budiman Santoso" are two people."""
    text = (
        "Kepala Humas SKK Migas Rudiantoro Rimbono mengatakan lifting turun. Menurut "
        "Rudianto Rimbono, cuaca buruk menjadi sebab. Budi Santoso dan Budiman Santoso "
        "hadir."
    )
    names = {
        ("Rudiantoro", "Rimbono"): "PERSON",
        ("Rudianto", "Rimbono"): "PERSON",
        ("Budi", "Santoso"): "PERSON",
        ("Budiman", "Santoso"): "PERSON",
        ("SKK", "Migas"): "ORG",
    }
    found = _entities(text, names)
    officer = found["Rudiantoro Rimbono"]
    assert officer["aliases"] == ["Rudianto Rimbono"]
    assert officer["roles"] == ["Kepala Humas SKK Migas"]
    assert {"Budi Santoso", "Budiman Santoso"} <= set(found)


def test_abbreviated_english_job_titles_are_roles() -> None:
    """Company spokespeople in oil stories: "Senior VP ... Pertamina Suhartono" (the
    tagger glues the one-word name to the company), "VP Corporate Communication".
    """
    text = (
        "Senior VP Pemasaran dan Distribusi Pertamina Suhartono mengatakan sistem itu "
        "berlaku tahun depan. VP Corporate Communication Pertamina Fitri Usman juga "
        "hadir."
    )
    names = {("Pertamina", "Suhartono"): "ORG", ("Pertamina",): "ORG", ("Fitri", "Usman"): "PERSON"}
    found = _entities(text, names)
    assert found["Suhartono"]["roles"] == ["Senior VP Pemasaran dan Distribusi Pertamina"]
    assert found["Fitri Usman"]["roles"] == ["VP Corporate Communication Pertamina"]
    assert found["Pertamina"]["type"] == "ORG"


def test_a_company_tail_inside_a_person_chunk_ends_the_company() -> None:
    """A market report glues the analyst's one-word name to his brokerage: "Analis
    [Bahana Sekuritas Hermawan]". A legal form read alone ("(Persero) Tbk") is no
    organisation, and a university is no person."""
    text = (
        "PT Wijaya Karya (Persero) Tbk menargetkan laba naik. Analis Bahana Sekuritas "
        "Hermawan menilai sahamnya murah. Ia lulusan Monash University."
    )
    names = {
        ("PT", "Wijaya", "Karya"): "ORG",
        ("Persero", ")", "Tbk"): "ORG",
        ("Bahana", "Sekuritas", "Hermawan"): "PERSON",
        ("Monash", "University"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Hermawan"]["roles"] == ["Analis Bahana Sekuritas"]
    assert found["Bahana Sekuritas"]["type"] == "ORG"
    assert found["Monash University"]["type"] == "ORG"
    assert set(found) == {"PT Wijaya Karya", "Bahana Sekuritas", "Hermawan", "Monash University"}


def test_short_names_taken_from_a_full_name_join_it() -> None:
    """Political pages shorten names: "Enggar" for "Enggartiasto Lukita", "Demiz" for
    "Deddy Mizwar" (a blend), "Golkar" for "Partai Golkar", "Bawaslu" for "Bawaslu
    RI". Four letters are too few ("Budi" is not "Budiman Santoso"'s short name)."""
    text = (
        "Menteri Perdagangan Enggartiasto Lukita meninjau pasar. Menurut Enggar, harga "
        "cabai turun. Wakil Gubernur Deddy Mizwar hadir, dan Demiz mengaku senang. "
        "Partai Golkar mendukung; Golkar akan berkampanye. Bawaslu RI mengawasi, dan "
        "Bawaslu menerima laporan. Budiman Santoso dan Budi hadir."
    )
    names = {
        ("Enggartiasto", "Lukita"): "PERSON",
        ("Enggar",): "PERSON",
        ("Deddy", "Mizwar"): "PERSON",
        ("Demiz",): "PERSON",
        ("Partai", "Golkar"): "ORG",
        ("Golkar",): "ORG",
        ("Bawaslu", "RI"): "ORG",
        ("Budiman", "Santoso"): "PERSON",
        ("Budi",): "PERSON",
    }
    found = _entities(text, names)
    assert found["Enggartiasto Lukita"]["aliases"] == ["Enggar"]
    assert found["Deddy Mizwar"]["aliases"] == ["Demiz"]
    assert found["Partai Golkar"]["aliases"] == ["Golkar"]
    assert len(found["Badan Pengawas Pemilu"]["mentions"]) == 2
    assert {"Budiman Santoso", "Budi"} <= set(found)


def test_a_listed_firm_with_its_legal_form_takes_the_tables_name() -> None:
    """Articles write "PT Pertamina" or "PT Bank Mandiri Tbk" alone; named as the alias
    table names them, the firm is the same entity in every article of the store."""
    text = "PT Pertamina menambah stok solar. Sementara itu PT Bank Mandiri Tbk mencatat laba."
    names = {("PT", "Pertamina"): "ORGANISATION", ("PT", "Bank", "Mandiri", "Tbk"): "ORGANISATION"}
    found = _entities(text, names)
    assert found["Pertamina"]["aliases"] == ["PT Pertamina"]
    assert found["Bank Mandiri"]["aliases"] == ["PT Bank Mandiri Tbk"]


def test_english_named_bodies_with_a_short_form_are_whole() -> None:
    """The tagger cuts English names at their connectors or misses them; the short form in
    brackets, spelt by the name's leading letters, marks where the name starts (after
    the role: "Direktur Eksekutif | Institute ...")."""
    text = (
        "Direktur Eksekutif Institute for Development of Economics and Finance (Indef) "
        "Taufan Ahmadi mengatakan ekonomi melambat. Peneliti Center for Strategic and "
        "International Studies (CSIS) Rahmat Pane menilai pemilu aman."
    )
    names = {
        ("Development",): "ORGANISATION",
        ("International", "Studies"): "ORGANISATION",
        ("Taufan", "Ahmadi"): "PERSON",
        ("Rahmat", "Pane"): "PERSON",
    }
    found = _entities(text, names)
    indef = found["Institute for Development of Economics and Finance"]
    assert indef["type"] == "ORG" and indef["aliases"] == ["Indef"]
    assert found["Center for Strategic and International Studies"]["aliases"] == ["CSIS"]
    assert {"Development", "International Studies"}.isdisjoint(found)
    assert found["Taufan Ahmadi"]["roles"] == [
        "Direktur Eksekutif Institute for Development of Economics and Finance (Indef)"
    ]


def test_venture_firms_are_organisations() -> None:
    text = "Pendanaan itu dipimpin Kejora Ventures bersama Mitra Labs."
    names = {("Kejora", "Ventures"): "PERSON", ("Mitra", "Labs"): "PERSON"}
    found = _entities(text, names)
    assert found["Kejora Ventures"]["type"] == "ORG"
    assert found["Mitra Labs"]["type"] == "ORG"
