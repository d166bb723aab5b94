"""Role attachment beyond "Role Name": appositions after the name, lower-case heads,
linking words ("selaku", "yang menjabat"), and clauses that are never roles.

The sentences are written for these tests in Indonesian news style; the names are
made up. Most go through ``warta.analyze`` (the packaged model); a few run with the
hand-built tagger so that they check role rules whatever the model tags.
"""

from __future__ import annotations

import pytest

from tests.taggers import DictionaryTagger
from warta import analyze
from warta.entities import find_entities


def roles(text: str) -> dict[str, list[str]]:
    """Person name -> roles, through the whole pipeline."""
    return {e["name"]: e["roles"] for e in analyze(text).entities if e["type"] == "PERSON"}


def roles_with(text: str, names: list[str]) -> dict[str, list[str]]:
    """Person name -> roles, with ``names`` tagged as persons by a dictionary tagger."""
    article = analyze(text)
    tagger = DictionaryTagger({tuple(name.split()): "PERSON" for name in names})
    found = find_entities(article.text, article.sentences, tagger, article.cited_media)
    return {e["name"]: e["roles"] for e in found if e["type"] == "PERSON"}


# --- roles written after the name -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Jakarta - Pemerintah menambah anggaran subsidi pupuk tahun depan. Rahmat "
            "Hidayat, Menteri Keuangan, mengatakan tambahan itu sudah dibahas bersama DPR.",
            "Rahmat Hidayat",
            "Menteri Keuangan",
        ),
        (
            "Bandung - Kasus demam berdarah naik tajam pekan ini. Budi Santoso, Kepala Dinas "
            "Kesehatan Kota Bandung, menyebut jumlah pasien meningkat dua kali lipat.",
            "Budi Santoso",
            "Kepala Dinas Kesehatan Kota Bandung",
        ),
        (
            "Garut - Air mulai surut sejak pagi. Hal itu disampaikan Asep Kurnia, Kepala "
            "Pelaksana BPBD Garut.",
            "Asep Kurnia",
            "Kepala Pelaksana BPBD Garut",
        ),
    ],
)
def test_apposition_after_the_name_between_commas(text: str, name: str, role: str) -> None:
    assert roles(text)[name] == [role]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Jakarta - Rapat kerja partai digelar pada Sabtu. Hendra Wijaya selaku Ketua Umum "
            "Partai Nusantara Raya meminta kader bersiap menghadapi pemilu.",
            "Hendra Wijaya",
            "Ketua Umum Partai Nusantara Raya",
        ),
        (
            "Bandung - Ridwan Saputra yang menjabat Gubernur Jawa Barat meresmikan jembatan "
            "baru di Cianjur, Senin.",
            "Ridwan Saputra",
            "Gubernur Jawa Barat",
        ),
        (
            "Semarang - Proyek itu mangkrak sejak 2021. Tono Wibisono, yang menjabat sebagai "
            "Direktur Utama PT Sinar Jaya Abadi, membantah tuduhan tersebut.",
            "Tono Wibisono",
            "Direktur Utama PT Sinar Jaya Abadi",
        ),
        (
            "Jakarta - Rapat berlangsung tertutup. Dewi Anggraini, yang juga Wakil Ketua "
            "Komisi IX DPR, menilai program itu perlu dievaluasi.",
            "Dewi Anggraini",
            "Wakil Ketua Komisi IX DPR",
        ),
        (
            "Solo - Festival budaya dibuka malam ini. Slamet Riyadi sebagai Ketua Panitia "
            "mengatakan acara berlangsung lancar.",
            "Slamet Riyadi",
            "Ketua Panitia",
        ),
        (
            # the closing comma left out, as Kompas often does: the verb closes it
            "Medan - Polisi menangkap dua orang. Rudi Hartawan, Ketua RT setempat mengatakan "
            "keduanya baru pindah.",
            "Rudi Hartawan",
            "Ketua RT setempat",
        ),
    ],
)
def test_linking_words_selaku_sebagai_yang_menjabat(text: str, name: str, role: str) -> None:
    assert roles(text)[name] == [role]


# --- roles written before the name ------------------------------------------------------


def test_lower_case_role_heads_before_the_name() -> None:
    found = roles(
        "Bogor - Banjir merendam tiga desa. kepala dinas pekerjaan umum Kabupaten Bogor Agus "
        "Hermawan mengatakan tanggul jebol sepanjang 20 meter."
    )
    assert found["Agus Hermawan"] == ["kepala dinas pekerjaan umum Kabupaten Bogor"]
    found = roles_with(
        "Moskwa - Rusia menolak tuduhan itu. Sementara itu, juru bicara kementerian luar "
        "negeri Anton Volkov mengatakan tidak ada pembicaraan soal senjata.",
        ["Anton Volkov"],
    )
    assert found["Anton Volkov"] == ["juru bicara kementerian luar negeri"]


def test_an_acronym_before_the_name_stays_in_the_role() -> None:
    """Acronyms ("KPU", "RI", "JPU") are part of the role, not initials of the name."""
    found = roles_with(
        "Jakarta - Anggota KPU RI Hendro Saputro mengatakan berkas sudah lengkap. Sementara "
        "itu, JPU KPK Rudi Wirawan menyatakan akan mempelajari putusan.",
        ["Hendro Saputro", "Rudi Wirawan"],
    )
    assert found["Hendro Saputro"] == ["Anggota KPU RI"]
    assert found["Rudi Wirawan"] == ["JPU KPK"]


def test_former_prefix_possessive_and_relative_clause() -> None:
    found = roles_with(
        "Semarang - Hakim menjatuhkan vonis kepada mantan Kepala Desa Sukamulya, Kecamatan "
        "Mijen, Darsono Wibowo (52), Selasa. Atlet panahan putri mereka, Sinta Larasati, "
        "meraih emas. Direktur Anggaran Kementerian Keuangan yang mewakili pemerintah "
        "dalam rapat, Dra. Wulan Sari, menyatakan dukungan.",
        ["Darsono Wibowo", "Sinta Larasati", "Wulan Sari"],
    )
    assert found["Darsono Wibowo"] == ["mantan Kepala Desa Sukamulya, Kecamatan Mijen"]
    assert found["Sinta Larasati"] == ["Atlet panahan putri"]
    assert found["Wulan Sari"] == ["Direktur Anggaran Kementerian Keuangan"]


def test_a_pair_shares_the_role_and_a_lawyer_is_of_someone() -> None:
    found = roles_with(
        "Jakarta - Pasangan ganda campuran Indonesia, Rino Pratama/Fitri Handayani, melaju ke "
        "final. Di tempat lain, kuasa hukum Bambang Hartono, Yosef Simanjuntak, mengatakan "
        "kliennya akan banding.",
        ["Rino Pratama", "Fitri Handayani", "Bambang Hartono", "Yosef Simanjuntak"],
    )
    assert found["Rino Pratama"] == ["Pasangan ganda campuran Indonesia"]
    assert found["Fitri Handayani"] == ["Pasangan ganda campuran Indonesia"]
    assert found["Yosef Simanjuntak"] == ["kuasa hukum Bambang Hartono"]
    assert found["Bambang Hartono"] == []


def test_a_sentence_split_after_a_title_does_not_lose_the_role() -> None:
    found = roles_with(
        "Kupang - Angka stunting turun. Kepala Dinas Kesehatan Provinsi NTT Dr. drg. Maria "
        "Yuliana Nahak mengatakan penurunan itu berkat posyandu.",
        ["Maria Yuliana Nahak"],
    )
    assert found["Maria Yuliana Nahak"] == ["Kepala Dinas Kesehatan Provinsi NTT"]


# --- never roles ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a clause after the name, not an apposition
        ("Surabaya - Sidang digelar kemarin. Andi Pratama, mengatakan bahwa ia tidak bersalah.",
         "Andi Pratama"),
        # after a speaker clause, the role head opens a clause of its own
        ("Medan - Polisi menangkap dua orang. Menurut Rudi Hartawan, Ketua RT setempat "
         "mengatakan keduanya baru pindah.", "Rudi Hartawan"),
        # plain status words are no role
        ("Garut - Air mulai surut. Ujang Suparman, warga setempat, mengatakan air datang "
         "tengah malam.", "Ujang Suparman"),
        ("Garut - Polisi memeriksa Ujang Suparman sebagai saksi dalam kasus tersebut.",
         "Ujang Suparman"),
        # a date after the name
        ("Jakarta - Tidak ada korban jiwa, kata Budi Santoso, Selasa (12/3).", "Budi Santoso"),
    ],
)  # fmt: skip
def test_clauses_and_descriptors_are_not_roles(text: str, name: str) -> None:
    assert roles(text)[name] == []


def test_a_long_lower_case_run_is_a_clause_not_a_role() -> None:
    found = roles_with(
        "Jakarta - Laga berlangsung ketat. Kedua pasangan saling kejar poin hingga kedudukan "
        "19-19 sebelum smes keras Rino Pratama mengakhiri gim.",
        ["Rino Pratama"],
    )
    assert found["Rino Pratama"] == []


def test_a_speaker_clause_before_a_comma_is_not_a_role() -> None:
    found = roles_with(
        "Seoul - Menurut pejabat Korea Selatan, Kim Sung Ho akan tiba besok.", ["Kim Sung Ho"]
    )
    assert found["Kim Sung Ho"] == []


def test_a_pair_shares_a_role_written_after_it() -> None:
    found = roles_with(
        "Tokyo - Ganda putra muda itu tampil apik. Dimas Saputra/Rafi Kurniawan, pasangan "
        "ganda putra Indonesia, melaju ke final.",
        ["Dimas Saputra", "Rafi Kurniawan"],
    )
    assert found["Dimas Saputra"] == ["pasangan ganda putra Indonesia"]
    assert found["Rafi Kurniawan"] == ["pasangan ganda putra Indonesia"]


# --- police and military units and ranks ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "not_person"),
    [
        (
            "Jakarta - Polisi menangkap dua pencuri sepeda motor di Tebet. Kapolsek Metro "
            "Tebet Kompol Budi Santoso mengatakan keduanya ditangkap pada Senin malam.",
            "Budi Santoso",
            "Kapolsek Metro Tebet",
            "Tebet",
        ),
        (
            "Cianjur - Upacara peringatan berlangsung khidmat. Dandim 0608 Letkol Inf Arif "
            "Budiman bertindak sebagai inspektur upacara.",
            "Arif Budiman",
            "Dandim 0608",
            "Inf Arif Budiman",
        ),
        (
            "Garut - Warga menemukan mayat di sungai. Kasi Humas Polres Garut Ipda Susilo "
            "Adi mengatakan jenazah sudah dibawa ke rumah sakit.",
            "Susilo Adi",
            "Kasi Humas Polres Garut",
            "Kasi Humas Polres Garut Ipda Susilo Adi",
        ),
    ],
)
def test_a_unit_head_keeps_the_unit_and_drops_the_rank(
    text: str, name: str, role: str, not_person: str
) -> None:
    # "Kompol", "Letkol Inf", "Ipda" stand between the role and the name: the unit
    # ("Metro Tebet") is no person, the corps ("Inf") no part of the name.
    found = roles(text)
    assert found.get(name) == [role]
    assert not_person not in found


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (
            "Bandung - Banjir merendam tiga kecamatan. Gubernur Jawa Barat Ridwan Hakim "
            "meninjau lokasi pada Selasa.",
            "Jawa Barat",
            "Gubernur Jawa Barat",
        ),
        (
            "Surabaya - Taman kota dibuka lagi. Wali Kota Surabaya Tri Handayani meninjau "
            "lokasi bersama warga.",
            "Surabaya",
            "Wali Kota Surabaya",
        ),
        (
            "Ngamprah - Jalan desa rusak parah. Bupati Bandung Barat Hendra Kurniawan "
            "berjanji memperbaikinya tahun ini.",
            "Bandung Barat",
            "Bupati Bandung Barat",
        ),
    ],
)
def test_a_region_inside_a_role_is_also_a_place(text: str, place: str, role: str) -> None:
    # The news corpus leaves such regions untagged; the role keeps them and the
    # entities list them, so an article is found by its place.
    found = analyze(text).entities
    places = {e["name"] for e in found if e["type"] == "PLACE"}
    assert place in places
    assert any(e["roles"] == [role] for e in found if e["type"] == "PERSON")


# --- role words that are part of something else ---------------------------------------


def test_a_role_word_inside_another_persons_name_is_no_role() -> None:
    """ "Hakim" is Lucky's surname, not a judge's title for Tiara."""
    found = roles_with(
        "Rumah tangga pasangan Lucky Hakim dan Tiara Dewi terlihat harmonis sejak menikah.",
        ["Lucky Hakim", "Tiara Dewi"],
    )
    assert found["Tiara Dewi"] == []


def test_an_office_in_the_name_of_a_cup_is_no_role() -> None:
    """ "Piala Presiden" is a tournament; a lower-case "hari" before a title is a time of
    day, and the title after it stays a role."""
    found = roles_with(
        "Pada turnamen pramusim, Piala Presiden 2017, Sinta Maharani ikut mengatur jadwal. "
        "Pada Senin dini hari Direktur Utama PT Kilang Nusantara Budi Prasetyo berangkat ke "
        "lokasi.",
        ["Sinta Maharani", "Budi Prasetyo"],
    )
    assert found["Sinta Maharani"] == []
    assert found["Budi Prasetyo"] == ["Direktur Utama PT Kilang Nusantara"]


def test_a_rank_between_role_and_name_is_neither_and_alone_is_no_role() -> None:
    found = roles_with(
        "Hadir Asisten Ajudan Presiden Lettu (Inf) Mat Sony Wibowo. Di rumah sakit darurat, "
        "Mayor Jenderal TNI dokter Tegar Ramelan memimpin apel.",
        ["Mat Sony Wibowo", "Tegar Ramelan"],
    )
    assert found["Mat Sony Wibowo"] == ["Asisten Ajudan Presiden"]
    assert found["Tegar Ramelan"] == []


def test_short_titles_of_party_officers_and_unit_commanders() -> None:
    found = roles_with(
        "Ketum PSSI Rudi Hartono membuka kongres, didampingi Waketum I PBSI Dedi Kurnia. "
        "Pangkostrad Letjen Agus Salim meninjau latihan.",
        ["Rudi Hartono", "Dedi Kurnia", "Agus Salim"],
    )
    assert found["Rudi Hartono"] == ["Ketum PSSI"]
    assert found["Dedi Kurnia"] == ["Waketum I PBSI"]
    assert found["Agus Salim"] == ["Pangkostrad"]


def test_inspector_general_of_a_ministry_is_an_office_and_of_police_a_rank() -> None:
    found = roles_with(
        "Inspektur Jenderal Kementerian Dalam Negeri Tumpak Hasudungan menjelaskan aturan "
        "itu. Inspektur Jenderal Rahmat Saleh memimpin apel di Mapolda.",
        ["Tumpak Hasudungan", "Rahmat Saleh"],
    )
    assert found["Tumpak Hasudungan"] == ["Inspektur Jenderal Kementerian Dalam Negeri"]
    assert found["Rahmat Saleh"] == []


def test_a_modal_verb_ends_a_role_after_selaku() -> None:
    found = roles_with(
        "Menurut dia, seharusnya Rendra selaku gubernur harus bertindak cepat.", ["Rendra"]
    )
    assert found["Rendra"] == ["gubernur"]


def test_an_era_word_hands_the_role_after_it_to_the_name() -> None:
    """ "mantan Menteri ... era Presiden Habibie" is the speaker's office in that
    president's time: the name after it gets "Presiden"; without a role after the era
    word ("masa itu"), the era word ends the role."""
    found = roles_with(
        "Saat itu, mantan Menteri Sekretaris Negara era Presiden Suryo ini terjerat kasus. "
        "Didampingi Kepala Pusat Penerangan ABRI masa itu, Brigjen Darmawan, ia berbicara.",
        ["Suryo", "Darmawan"],
    )
    assert found["Suryo"] == ["Presiden"]
    assert found["Darmawan"] == ["Kepala Pusat Penerangan ABRI"]


def test_clergy_and_expert_titles_open_roles() -> None:
    """ "Uskup Agung", "Imam Besar", "arkeolog", "antropolog", "praktisi", "pemerhati";
    "Imam" alone is a given name ("Komisaris Imam Santoso"), never a role."""
    found = roles_with(
        "Uskup Agung Semarang Yohanes Pranoto memimpin misa. Menurut arkeolog Dimas "
        "Wicaksono, situs itu tua. Praktisi hukum Rina Hapsari menilai putusan itu adil. "
        "Kepala Polsek Tugu Komisaris Imam Santoso membenarkan kejadian itu.",
        ["Yohanes Pranoto", "Dimas Wicaksono", "Rina Hapsari", "Imam Santoso"],
    )
    assert found["Yohanes Pranoto"] == ["Uskup Agung Semarang"]
    assert found["Dimas Wicaksono"] == ["arkeolog"]
    assert found["Rina Hapsari"] == ["Praktisi hukum"]
    assert found["Imam Santoso"] == ["Kepala Polsek Tugu"]


def test_a_spokesperson_apposition_names_whose_spokesperson() -> None:
    """ "X, juru bicara Y, ...": the role with its object is X's, and Y has none."""
    found = roles_with(
        "Sementara itu, Ratna Wulandari, juru bicara Hendra Gunawan, mewakili keluarga "
        "menyampaikan hal itu di Makassar.",
        ["Ratna Wulandari", "Hendra Gunawan"],
    )
    assert found["Ratna Wulandari"] == ["juru bicara Hendra Gunawan"]
    assert found["Hendra Gunawan"] == []


def test_english_chief_titles_and_a_firm_after_pt() -> None:
    """ "Chief Information Officer" opens a role; the name after "PT" is a firm, never a
    person, so the apposition closes on it."""
    text = (
        "Chief Information Officer Dompetku Rangga Saputra menekankan keamanan data. "
        "Obat itu tersedia, ujar Siti Marlina, Direktur Utama PT Sehat Farma, melalui "
        "keterangan tertulis."
    )
    found = roles_with(text, ["Rangga Saputra", "Siti Marlina", "Sehat Farma"])
    assert found["Rangga Saputra"] == ["Chief Information Officer Dompetku"]
    assert found["Siti Marlina"] == ["Direktur Utama PT Sehat Farma"]
    assert "Sehat Farma" not in found


def test_after_a_speech_verb_the_comma_apposition_names_the_speaker() -> None:
    """ "...," kata Kepala Puskesmas X, Jakarta Utara, Y ketika dihubungi": after "kata"
    the content is said, so the name after the comma holds the role; after "menurut"
    the comma still opens the content."""
    found = roles_with(
        "“Kami siap,” kata Kepala Puskesmas Cilincing, Jakarta Utara, Edi Saputro ketika "
        "dihubungi. Menurut pejabat Dinas Kesehatan, Rina Wati akan datang.",
        ["Edi Saputro", "Rina Wati"],
    )
    assert found["Edi Saputro"] == ["Kepala Puskesmas Cilincing, Jakarta Utara"]
    assert found["Rina Wati"] == []


def test_two_offices_held_at_once_are_two_roles() -> None:
    found = roles_with(
        "Pengamat penerbangan sekaligus anggota Ombudsman Rudi Lie mengatakan hal itu.",
        ["Rudi Lie"],
    )
    assert found["Rudi Lie"] == ["Pengamat penerbangan", "anggota Ombudsman"]


def test_board_members_and_heads_of_boarding_schools_have_roles() -> None:
    """*Pengurus*, *pengasuh* and *takmir* open roles: "Pengasuh Pondok Pesantren ..."
    before a name is what the person is."""
    text = (
        "Pengasuh Pondok Pesantren Nurul Huda KH Abdul Rasyid menerima rombongan itu. "
        "Takmir Masjid Al-Ikhlas Slamet Riyadi ikut mendampingi."
    )
    found = roles_with(text, ["Abdul Rasyid", "Slamet Riyadi"])
    assert found["Abdul Rasyid"] == ["Pengasuh Pondok Pesantren Nurul Huda"]
    assert found["Slamet Riyadi"] == ["Takmir Masjid Al-Ikhlas"]


def test_an_apposition_may_name_the_client_or_the_candidates() -> None:
    """A lawyer's clients and a campaign team's candidates are part of the role written
    after the name, and the person named inside it takes no role from it."""
    text = (
        "Saat dikonfirmasi, Hendra Kusuma, kuasa hukum Yayasan Cahaya dan Bambang Irawan, "
        "mengatakan kliennya sehat. Dewi Anggraini, sekretaris tim kampanye Rudi - "
        "Santoso, menyebut dana kampanye cukup."
    )
    found = roles_with(text, ["Hendra Kusuma", "Bambang Irawan", "Dewi Anggraini", "Santoso"])
    assert found["Hendra Kusuma"] == ["kuasa hukum Yayasan Cahaya dan Bambang Irawan"]
    assert found["Bambang Irawan"] == []
    assert found["Dewi Anggraini"] == ["sekretaris tim kampanye Rudi - Santoso"]
    assert found["Santoso"] == []


def test_another_person_inside_an_ordinary_apposition_still_blocks_it() -> None:
    """ "Budi, Ketua RT Joko, ..." is no role of Budi's: an ordinary office names no
    other person."""
    found = roles_with(
        "Budi Hartono, Ketua RT Joko Susilo, datang.", ["Budi Hartono", "Joko Susilo"]
    )
    assert found["Budi Hartono"] == []


def test_a_long_office_is_read_from_its_first_head() -> None:
    """Twenty-odd tokens of office before the name: the role starts at "Kepala", not at
    the head word "Pelaksana" inside the body's name."""
    text = (
        "Kepala Divisi Manajemen Proyek dan Pemeliharaan Fasilitas Satuan Kerja Khusus "
        "Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi (SKK Migas) Hendra Saputra "
        "bilang, tender sudah dibuka."
    )
    found = roles_with(text, ["Hendra Saputra"])
    assert found["Hendra Saputra"] == [
        "Kepala Divisi Manajemen Proyek dan Pemeliharaan Fasilitas Satuan Kerja Khusus "
        "Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi (SKK Migas)"
    ]


def test_english_job_titles_are_roles() -> None:
    """Business pages write English titles before and after names: *Country Director*,
    *Senior Market Analyst*, *Economist*."""
    text = (
        "Country Director Google Indonesia Rendra Wiratama menilai pasar tumbuh. Harga "
        "masih tertekan, kata Paul Hendricks, Senior Market Analyst di Lumen Futures Group, "
        "Chicago. Menurut Economist Bank Permata Yosua Panjaitan, inflasi terkendali."
    )
    found = roles_with(text, ["Rendra Wiratama", "Paul Hendricks", "Yosua Panjaitan"])
    assert found["Rendra Wiratama"] == ["Country Director Google Indonesia"]
    assert found["Paul Hendricks"] == ["Senior Market Analyst di Lumen Futures Group"]
    assert found["Yosua Panjaitan"] == ["Economist Bank Permata"]


def test_an_office_named_jenderal_keeps_the_word() -> None:
    """ "Sekretaris Jenderal" right before a name is the office, not a secretary followed
    by a general's rank; "Kapolri Jenderal X" is still the rank."""
    text = (
        "Sekretaris Jenderal Hasan Wirayuda hadir dalam rapat itu. Kapolri Jenderal "
        "Rudi Santoso juga datang."
    )
    found = roles_with(text, ["Hasan Wirayuda", "Rudi Santoso"])
    assert found["Hasan Wirayuda"] == ["Sekretaris Jenderal"]
    assert found["Rudi Santoso"] == ["Kapolri"]


def test_acting_officials_keep_their_acting_title() -> None:
    """ "Penjabat Sementara Bupati ...", "Pj Gubernur ...": an acting office is the role,
    and "Pj Gubernur" is no person."""
    text = (
        "Penjabat Sementara Bupati Indramayu Rudi Wiranata menambahkan, laboratorium "
        "siap. Pj Gubernur DKI Jakarta Hendra Gunawan meninjau lokasi."
    )
    found = roles(text)
    assert found["Rudi Wiranata"] == ["Penjabat Sementara Bupati Indramayu"]
    assert found["Hendra Gunawan"] == ["Pj Gubernur DKI Jakarta"]
    assert "Pj Gubernur" not in found


def test_a_role_after_a_comma_is_the_names_and_co_founder_spaced_out() -> None:
    """ "Bersama Kapolri, Wadir Lantas ... AKBP Indra": the role after the comma is the
    name's, the first one another person's; "Kapolda Jatim, Irjen X" keeps the office
    (the rank is X's). Tokenised corpora write "Co - Founder"."""
    text = (
        "Ikut bersama Kapolri, Wadir Lantas Polda Metro Jaya AKBP Indra Jaya Kusuma. "
        "Kapolda Jatim, Irjen Rudi Hartanto, menjelaskan. Hal itu kata Co - Founder "
        "PicMix Roberto Halim."
    )
    found = roles_with(text, ["Indra Jaya Kusuma", "Rudi Hartanto", "Roberto Halim"])
    assert found["Indra Jaya Kusuma"] == ["Wadir Lantas Polda Metro Jaya"]
    assert found["Rudi Hartanto"] == ["Kapolda Jatim"]
    assert found["Roberto Halim"] == ["Co - Founder PicMix"]
