"""Names the tagger gets half right, from IndoSum sports, business and regional pages
(rewritten here in warta's own words): lone surnames, results tables in capitals,
club short names, regional office short names, and words that are no entity at all
(job-title fragments, ranks, regnal numbers, acronyms of common terms).

A dictionary tagger stands in for the model, so each test pins what the entity layer
does with mentions a tagger is known to produce.
"""

from __future__ import annotations

from tests.taggers import entities_by_name
from tests.test_entities_business import NewsTagger

# Gazetteer codes as the packaged model gives them: "P" for a region (province,
# regency, city).
REGIONS = {
    "bima": "LNP",
    "pekanbaru": "LP",
    "bogor": "PV",
    "sleman": "P",
    "boyolali": "P",
    "chicago": "L",
    "pamulang": "KL",
    "margadana": "KLV",
    "palmerah": "LV",
    "kecamatan": "L",
    "banda": "KV",
    "aceh": "GLNPV",
    "bambang": "KV",
    "tegalmulyo": "LV",
    "cilandak": "KLV",
}


class RegionTagger(NewsTagger):
    def known_name(self, words: list[str]) -> str:
        return REGIONS.get(" ".join(words).lower(), "")


def _entities(text: str, names: dict[tuple[str, ...], str]) -> dict[str, dict]:
    return entities_by_name(text, RegionTagger(names))


def _texts(entity: dict) -> list[str]:
    return [m["text"] for m in entity["mentions"]]


def test_a_lone_surname_later_in_the_article_is_the_same_person() -> None:
    """The tagger finds "Manish Mehta" after the rank but misses "Mehta" opening a later
    sentence; the rank word it read as a person names nobody."""
    text = (
        "Juru bicara pertahanan India Letnan Kolonel Manish Mehta mengatakan pasukan "
        "tetap siaga di perbatasan. Mehta menambahkan situasi kini terkendali."
    )
    names = {("Letnan",): "PERSON", ("Manish", "Mehta"): "PERSON", ("India",): "PLACE"}
    found = _entities(text, names)
    assert _texts(found["Manish Mehta"]) == ["Manish Mehta", "Mehta"]
    assert found["Manish Mehta"]["roles"] == ["Juru bicara pertahanan India"]
    assert "Letnan" not in found


def test_a_first_name_that_is_also_a_city_is_not_spread() -> None:
    """ "Bima" is a city as well as a first name: a lone "Bima" is left to the tagger,
    while an ordinary first name is found again ("Saddil")."""
    text = (
        "Wali Kota Bogor Bima Arya meresmikan taman. Warga Bima di Bogor ikut hadir. "
        "Gelandang Saddil Ramdani mencetak gol. Saddil lalu diganti pada menit akhir."
    )
    names = {("Bima", "Arya"): "PERSON", ("Saddil", "Ramdani"): "PERSON", ("Bogor",): "PLACE"}
    found = _entities(text, names)
    assert _texts(found["Bima Arya"]) == ["Bima Arya"]
    assert _texts(found["Saddil Ramdani"]) == ["Saddil Ramdani", "Saddil"]


def test_a_surname_inside_a_longer_name_is_not_taken() -> None:
    """ "Rumah Sakit Harapan Kita" is no mention of a "Harapan" in a person's name."""
    text = (
        "Direktur Utama Budi Harapan hadir. Pasien dirujuk ke Rumah Sakit Harapan Kita. "
        "Namun Harapan mengatakan kamar penuh."
    )
    names = {("Budi", "Harapan"): "PERSON"}
    found = _entities(text, names)
    assert _texts(found["Budi Harapan"]) == ["Budi Harapan", "Harapan"]


def test_job_title_fragments_ranks_and_regnal_numbers_are_no_entities() -> None:
    """ "Executive Vice" cut from a job title, "Kapten" alone and "XIII" alone name
    nobody. A single word that only follows a rank may be a name: "Gigi" (of "dokter
    gigi") is a band."""
    text = (
        "Executive Vice President Bisnis BCA Liston Nainggolan hadir. Kapten memimpin "
        "latihan. Raja Pakubuwono XIII datang, dan menurut XIII acara itu penting. Band "
        "Gigi tampil malam itu."
    )
    names = {
        ("Executive", "Vice"): "PERSON",
        ("Liston", "Nainggolan"): "PERSON",
        ("Kapten",): "PERSON",
        ("Pakubuwono", "XIII"): "PERSON",
        ("XIII",): "ORG",
        ("Gigi",): "ORG",
    }
    found = _entities(text, names)
    assert {"Executive Vice", "Kapten", "XIII"}.isdisjoint(found)
    assert _texts(found["Pakubuwono XIII"]) == ["Pakubuwono XIII"]
    assert found["Gigi"]["type"] == "ORG"


def test_acronyms_of_common_terms_and_their_long_forms_are_no_entities() -> None:
    text = (
        "Pertumbuhan PDB melambat, sementara defisit APBN melebar. Ekspor Crude Palm Oil "
        "(CPO) turun dan gelombang PHK berlanjut. Komnas HAM menerima laporan pelanggaran "
        "HAM."
    )
    names = {
        ("PDB",): "ORG",
        ("APBN",): "ORG",
        ("Crude", "Palm", "Oil"): "ORG",
        ("CPO",): "ORG",
        ("PHK",): "ORG",
        ("Komnas", "HAM"): "ORG",
        ("HAM",): "ORG",
    }
    found = _entities(text, names)
    assert set(found) == {"Komnas HAM"}
    assert _texts(found["Komnas HAM"]) == ["Komnas HAM"]


def test_short_names_of_regional_offices_are_organisations() -> None:
    """ "Dishub Pekanbaru" and "Satpol PP" read as persons are offices; the city in
    another sentence stays a place and joins no person."""
    text = (
        "Kepala Dishub Pekanbaru Aripin Sutomo meminta Satpol PP menertibkan taksi. "
        "Menurut Aripin, Dishub Pekanbaru sudah menyurati Organda Pekanbaru. Warga "
        "Pekanbaru mendukung."
    )
    names = {
        ("Dishub",): "ORG",
        ("Aripin", "Sutomo"): "PERSON",
        ("Satpol",): "PERSON",
        ("Dishub", "Pekanbaru"): "PERSON",
        ("Organda", "Pekanbaru"): "PERSON",
        ("Pekanbaru",): "PLACE",
    }
    found = _entities(text, names)
    assert found["Dishub Pekanbaru"]["type"] == "ORG"
    assert len(found["Dishub Pekanbaru"]["mentions"]) == 2
    assert found["Satpol PP"]["type"] == "ORG"
    assert found["Organda Pekanbaru"]["type"] == "ORG"
    assert found["Aripin Sutomo"]["roles"] == ["Kepala Dishub Pekanbaru"]
    assert found["Aripin Sutomo"]["aliases"] == ["Aripin"]
    assert found["Pekanbaru"]["type"] == "PLACE"


def test_names_in_capitals_join_the_names_written_in_ordinary_case() -> None:
    """A results table repeats riders by surname in capitals, which the tagger reads as
    organisations; a headline shouts a company's name. Short acronyms stay apart."""
    text = (
        "Marc Marquez menang di depan Andrea Dovizioso. PERTAMINA menaikkan harga, kata "
        "juru bicara Pertamina. DPR memanggil direksi.\n\n"
        "Hasil balapan: 1. M. MARQUEZ 2. DOVIZIOSO 3. LORENZO"
    )
    names = {
        ("Marc", "Marquez"): "PERSON",
        ("Andrea", "Dovizioso"): "PERSON",
        ("PERTAMINA",): "ORG",
        ("Pertamina",): "ORG",
        ("DPR",): "ORG",
        ("M", ".", "MARQUEZ"): "ORG",
        ("DOVIZIOSO",): "ORG",
        ("LORENZO",): "ORG",
    }
    found = _entities(text, names)
    assert _texts(found["Marc Marquez"]) == ["Marc Marquez", "M. MARQUEZ"]
    assert found["Andrea Dovizioso"]["aliases"] == ["DOVIZIOSO"]
    assert found["Andrea Dovizioso"]["type"] == "PERSON"
    assert _texts(found["Pertamina"]) == ["PERTAMINA", "Pertamina"]
    assert "LORENZO" in found  # nobody of that name in ordinary case: left as it is
    assert "Dewan Perwakilan Rakyat" in found
    ids = [e["id"] for e in found.values()]
    firsts = [e["mentions"][0]["start"] for e in found.values()]
    assert firsts == sorted(firsts) and ids == [f"E{k}" for k in range(1, len(ids) + 1)]


def test_a_club_is_named_later_by_the_last_word_after_its_city() -> None:
    """ "Manchester United ... United", "Borussia Dortmund ... Dortmund", "Stoke City ...
    Stoke". Not for an office's region ("Pemkot Pekanbaru ... Pekanbaru"), and a surname
    the tagger read as a person makes a mistyped full name a person, not a club."""
    text = (
        "Manchester United kalah dari Stoke City, dan Borussia Dortmund menang. United "
        "tampil buruk, Stoke disiplin, Dortmund tajam. Pemkot Pekanbaru menutup jalan; "
        "Pekanbaru sepi. Maverick Vinales jatuh. Vinales kecewa."
    )
    names = {
        ("Manchester", "United"): "ORG",
        ("Stoke", "City"): "ORG",
        ("Borussia", "Dortmund"): "ORG",
        ("United",): "ORG",
        ("Stoke",): "PERSON",
        ("Dortmund",): "ORG",
        ("Pemkot", "Pekanbaru"): "ORG",
        ("Pekanbaru",): "PLACE",
        ("Maverick", "Vinales"): "ORG",
        ("Vinales",): "PERSON",
    }
    found = _entities(text, names)
    assert found["Manchester United"]["aliases"] == ["United"]
    assert found["Borussia Dortmund"]["aliases"] == ["Dortmund"]
    assert found["Stoke City"]["aliases"] == ["Stoke"]
    assert found["Stoke City"]["type"] == "ORG"
    assert found["Pekanbaru"]["type"] == "PLACE"
    assert found["Pemkot Pekanbaru"]["aliases"] == []
    assert found["Maverick Vinales"]["type"] == "PERSON"  # see the next test


def test_a_firm_glued_between_a_role_and_a_name_is_split_off() -> None:
    """The tagger reads "Gogobli Joyce Lim" after "CEO" as one person; the article names
    the start-up on its own too. A first name the tagger also read as an organisation
    elsewhere, without a role before it, stays the person's ("Gregoria")."""
    text = (
        "Gogobli membuka pendanaan baru. CEO Gogobli Joyce Lim mengatakan dana itu untuk "
        "ekspansi. Gregoria menang mudah. Tunggal putri Gregoria Mariska Tunjung lolos."
    )
    names = {
        ("Gogobli",): "ORG",
        ("Gogobli", "Joyce", "Lim"): "PERSON",
        ("Gregoria",): "ORG",
        ("Gregoria", "Mariska", "Tunjung"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Joyce Lim"]["roles"] == ["CEO Gogobli"]
    assert len(found["Gogobli"]["mentions"]) == 2
    assert "Gregoria Mariska Tunjung" in found


def test_the_honorific_ny_is_no_part_of_a_name() -> None:
    found = _entities("Ny Sasmita melapor ke polisi.", {("Ny", "Sasmita"): "PERSON"})
    assert set(found) == {"Sasmita"}


def test_a_rank_inside_a_place_chunk_opens_the_person() -> None:
    """Kompas writes the officer's rank between the unit and the name, without a comma;
    the tagger reads "Sleman Ajun Komisaris Mega Tetuko" as one place. A street named
    after an officer stays a street."""
    text = (
        "Kepala Satuan Lalu Lintas Polres Sleman Ajun Komisaris Mega Tetuko mengimbau "
        "pengendara berhati-hati. Kemacetan terjadi di Jl Letjen Sutoyo."
    )
    names = {
        ("Sleman", "Ajun", "Komisaris", "Mega", "Tetuko"): "PLACE",
        ("Jl", "Letjen", "Sutoyo"): "PLACE",
    }
    found = _entities(text, names)
    assert found["Mega Tetuko"]["type"] == "PERSON"
    assert found["Mega Tetuko"]["roles"] == ["Kepala Satuan Lalu Lintas Polres Sleman"]
    assert found["Jl Letjen Sutoyo"]["type"] == "PLACE"


def test_a_role_ending_in_kota_keeps_it_and_a_city_name_may_open_a_person() -> None:
    """ "Wali [Kota Bogor Bima Arya]": "Kota" ends the role "Wali Kota", and "Bima", a
    city and a first name, opens the person after the listed city."""
    text = "Wali Kota Bogor Bima Arya, Minggu, mengumumkan pelonggaran pembatasan."
    found = _entities(text, {("Kota", "Bogor", "Bima", "Arya"): "PLACE"})
    assert found["Bima Arya"]["type"] == "PERSON"
    assert found["Bima Arya"]["roles"] == ["Wali Kota Bogor"]


def test_a_region_glued_to_a_one_word_name_after_a_role_is_the_roles() -> None:
    """Many people go by one name: "Ketua Bawaslu [Boyolali Suparno]" is the office's
    region, then Suparno. Without a role before it, a two-word chunk stays one name."""
    text = "Ketua Bawaslu Boyolali Suparno menilai pemungutan suara lancar."
    found = _entities(text, {("Boyolali", "Suparno"): "PERSON"})
    assert found["Suparno"]["roles"] == ["Ketua Bawaslu Boyolali"]
    found = _entities(
        "Boyolali Suparno menilai pemungutan suara lancar.", {("Boyolali", "Suparno"): "PERSON"}
    )
    assert set(found) == {"Boyolali Suparno"}


def test_a_full_name_read_once_as_an_organisation_joins_its_person_mentions() -> None:
    """The tagger reads "Maverick Vinales" once as an organisation and "Vinales" twice as
    a person: one person. A club named in full twice keeps its type, and the lone word
    the tagger read as a person stays apart ("Crystal Palace ... Palace")."""
    text = (
        "Maverick Vinales memimpin sesi latihan. Vinales lalu tergelincir, tetapi Vinales "
        "tetap tercepat. Crystal Palace menang. Crystal Palace kuat; Palace tampil baik."
    )
    names = {
        ("Maverick", "Vinales"): "ORG",
        ("Vinales",): "PERSON",
        ("Crystal", "Palace"): "ORG",
        ("Palace",): "PERSON",
    }
    found = _entities(text, names)
    assert found["Maverick Vinales"]["type"] == "PERSON"
    assert found["Maverick Vinales"]["aliases"] == ["Vinales"]
    assert found["Crystal Palace"]["type"] == "ORG"
    assert found["Crystal Palace"]["aliases"] == []
    # a listed city glued to a first name is no mistyped person: the article's "Meri"
    # gives the first name back to the person
    text = "Konsul Jenderal di Chicago Meri Binsar hadir. Meri menambahkan catatan."
    names = {("Chicago", "Meri"): "ORG", ("Binsar",): "PERSON", ("Meri",): "PERSON"}
    found = _entities(text, names)
    assert _texts(found["Meri Binsar"]) == ["Meri Binsar", "Meri"]
    assert "Chicago Meri" not in found and found["Chicago"]["type"] != "PERSON"


def test_months_peoples_and_apps_are_no_entities_and_listed_firms_are_organisations() -> None:
    """The tagger reads "Ramadhan", "Rohingya" and "Telegram" as persons: a month, a
    people and an app, none of the three types. "Saudi" alone is the kingdom, and a
    listed firm ("Grab") is an organisation whatever the tagger says."""
    text = (
        "Selama Ramadhan, pengungsi Rohingya menerima bantuan lewat Telegram. Pemerintah "
        "Saudi dan Grab ikut membantu. Ahmad Ramadhan mengatakan bantuan cukup. Aplikasinya "
        "berjalan di Android dan tersambung lewat Bluetooth."
    )
    names = {
        ("Ramadhan",): "PERSON",
        ("Rohingya",): "PERSON",
        ("Telegram",): "PERSON",
        ("Saudi",): "PERSON",
        ("Grab",): "PERSON",
        ("Ahmad", "Ramadhan"): "PERSON",
        ("Android",): "PLACE",
        ("Bluetooth",): "PERSON",
    }
    found = _entities(text, names)
    assert set(found) == {"Arab Saudi", "Grab", "Ahmad Ramadhan"}
    assert found["Arab Saudi"]["type"] == "PLACE"
    assert found["Grab"]["type"] == "ORG"
    assert len(found["Ahmad Ramadhan"]["mentions"]) == 1


def test_capital_initials_join_the_person_they_stand_for() -> None:
    """Public figures go by their initials, with the first letter of a title before the
    name ("Habib ..." gives the H); the tagger types the initials as an organisation.
    Initials the alias table lists ("AS") or that fit two people stay apart."""
    text = (
        "Habib Rahmat Syarif belum pulang dari Arab Saudi. Menurut pengacaranya, HRS "
        "akan kembali bulan depan. Ketua partai Dedi Prasetya Yudha (DPY) hadir. DPY "
        "menyebut AS ikut memantau."
    )
    names = {
        ("Rahmat", "Syarif"): "PERSON",
        ("Arab", "Saudi"): "PLACE",
        ("HRS",): "ORG",
        ("Dedi", "Prasetya", "Yudha"): "PERSON",
        ("DPY",): "ORG",
        ("AS",): "PLACE",
    }
    found = _entities(text, names)
    assert found["Rahmat Syarif"]["type"] == "PERSON"
    assert _texts(found["Rahmat Syarif"]) == ["Rahmat Syarif", "HRS"]
    assert "DPY" in found["Dedi Prasetya Yudha"]["aliases"]
    assert found["Amerika Serikat"]["type"] == "PLACE"
    assert "HRS" not in found and "DPY" not in found


def test_initials_that_fit_two_people_join_neither() -> None:
    text = "Budi Santoso bertemu Bayu Suryadi di Bandung. BS lalu memberi keterangan."
    names = {("Budi", "Santoso"): "PERSON", ("Bayu", "Suryadi"): "PERSON", ("BS",): "ORG"}
    found = _entities(text, names)
    assert found["BS"]["type"] == "ORG"
    assert _texts(found["Budi Santoso"]) == ["Budi Santoso"]


def test_a_name_runs_on_over_its_particles() -> None:
    """The tagger stops before "van der" and reads the surname as a second person, or
    leaves "da Silva" out; a surname alone keeps its particles and joins the full name,
    and a particle capitalised at a sentence start is still one."""
    text = (
        "Penelitian itu dipimpin Dr. Pieter van der Berg dari Leiden. Dr. van der Berg "
        "mengatakan hasilnya baik. Pelatih Joris van Dam memuji timnya. Van Dam puas. "
        "Presiden Carlos Mendes da Rocha juga hadir."
    )
    names = {
        ("Pieter",): "PERSON",
        ("Berg",): "PERSON",
        ("Leiden",): "PLACE",
        ("Joris", "van", "Dam"): "PERSON",
        ("Van", "Dam"): "PERSON",
        ("Carlos", "Mendes"): "PERSON",
    }
    found = _entities(text, names)
    assert _texts(found["Pieter van der Berg"]) == ["Pieter van der Berg", "van der Berg"]
    assert _texts(found["Joris van Dam"]) == ["Joris van Dam", "Van Dam"]
    assert found["Carlos Mendes da Rocha"]["roles"] == ["Presiden"]
    assert {"Pieter", "Berg"}.isdisjoint(found)


def test_particles_after_a_capitalised_word_belong_to_a_longer_name() -> None:
    """ "Termas de Rio Hondo" is a circuit: "Rio Hondo" read as a person does not take
    the "de" of a name the tagger cut; two particles in a row make a person even when
    the tagger missed her."""
    text = (
        "Balapan di Termas de Rio Hondo dimenangi Ricardo Alves. Sementara itu, Ingrid "
        "von der Mark tiba di Brussel."
    )
    names = {("Rio", "Hondo"): "PERSON", ("Ricardo", "Alves"): "PERSON"}
    found = _entities(text, names)
    assert "Rio Hondo" in found and "de Rio Hondo" not in found
    assert found["Ingrid von der Mark"]["type"] == "PERSON"


def test_european_clubs_by_their_head_word_and_city() -> None:
    """ "CSKA Moscow" and "Dinamo Zagreb" read as persons and "Sporting Lisbon" as a
    place are clubs; after "Borussia Dortmund", "Dortmund" alone is the club."""
    text = (
        "CSKA Moscow bermain imbang melawan Dinamo Zagreb. Sporting Lisbon kalah dari "
        "Borussia Dortmund. Dortmund kini memimpin klasemen."
    )
    names = {
        ("CSKA", "Moscow"): "PERSON",
        ("Dinamo", "Zagreb"): "PERSON",
        ("Sporting", "Lisbon"): "PLACE",
        ("Borussia", "Dortmund"): "ORG",
        ("Dortmund",): "PERSON",
    }
    found = _entities(text, names)
    for club in ("CSKA Moscow", "Dinamo Zagreb", "Sporting Lisbon", "Borussia Dortmund"):
        assert found[club]["type"] == "ORG", club
    assert _texts(found["Borussia Dortmund"]) == ["Borussia Dortmund", "Dortmund"]


def test_short_military_titles_and_information_offices() -> None:
    """Armed forces short titles ("Wakasal", "Aspam Kasal", "Pangarmabar") name an
    office, not a person, and open a role; "Dispenal" (the navy's information office)
    is an organisation; "Presidium" and "Brigade" alone are no entities."""
    text = (
        "Wakasal bersama Aspam Kasal dan Pangarmabar meninjau kapal itu, sebut Dispenal. "
        "Kasal Laksamana Heru Wibisono hadir. Presidium mengecam, dan Brigade bersiaga."
    )
    names = {
        ("Wakasal",): "PERSON",
        ("Aspam", "Kasal"): "PERSON",
        ("Pangarmabar",): "PLACE",
        ("Dispenal",): "PERSON",
        ("Heru", "Wibisono"): "PERSON",
        ("Presidium",): "ORG",
        ("Brigade",): "ORG",
    }
    found = _entities(text, names)
    assert {"Wakasal", "Aspam Kasal", "Pangarmabar", "Presidium", "Brigade"}.isdisjoint(found)
    assert found["Dispenal"]["type"] == "ORG"
    assert found["Heru Wibisono"]["roles"] == ["Kasal"]


class _BupatiBimaTagger(RegionTagger):
    """Reads "Bima" right after "Bupati" as a person, as the packaged model does."""

    def tag(self, tokens: list[str]) -> list[str]:
        tags = super().tag(tokens)
        for i in range(1, len(tokens)):
            if tokens[i - 1] == "Bupati" and tokens[i] == "Bima":
                tags[i] = "B-PERSON"
        return tags


def test_a_name_broken_up_around_a_regency_after_an_office() -> None:
    """ "Wali Kota Bogor [Bima] Arya [Santoso]": the office has its city, so the second
    region opens the holder's name; "Bupati [Bima] Indah [Dewi Lestari]": right after
    the office, the regency is the office's and the name starts after it."""
    text = (
        "Wali Kota Bogor Bima Arya Santoso meninjau pasar. Sementara itu Bupati Bima "
        "Indah Dewi Lestari meresmikan jembatan."
    )
    names = {
        ("Bogor",): "PLACE",
        ("Bima",): "PLACE",
        ("Santoso",): "PERSON",
        ("Dewi", "Lestari"): "PERSON",
    }
    found = entities_by_name(text, _BupatiBimaTagger(names))
    assert found["Bima Arya Santoso"]["roles"] == ["Wali Kota Bogor"]
    assert found["Indah Dewi Lestari"]["roles"] == ["Bupati Bima"]
    assert found["Bima"]["type"] == "PLACE"


def test_a_ministers_portfolio_is_no_person_and_a_left_out_middle_name_joins() -> None:
    """ "Menteri [Pendayagunaan Aparatur] dan Reformasi Birokrasi": an abstract noun after
    "Menteri" opens the portfolio, which stays in the role; "[Budi] Karya [Wicaksono]":
    a middle name that is also a common noun joins the two halves."""
    text = (
        "Menteri Pendayagunaan Aparatur dan Reformasi Birokrasi Heru Santosa menandatangani "
        "surat edaran. Menteri Perhubungan Budi Karya Wicaksono hadir."
    )
    names = {
        ("Pendayagunaan", "Aparatur"): "PERSON",
        ("Heru", "Santosa"): "PERSON",
        ("Budi",): "PERSON",
        ("Wicaksono",): "PERSON",
    }
    found = _entities(text, names)
    assert "Pendayagunaan Aparatur" not in found
    assert found["Heru Santosa"]["roles"] == [
        "Menteri Pendayagunaan Aparatur dan Reformasi Birokrasi"
    ]
    assert found["Budi Karya Wicaksono"]["roles"] == ["Menteri Perhubungan"]


def test_four_letters_of_a_long_first_name_are_a_short_name() -> None:
    """ "Alex" for "Alexander Marwata"; four letters of a short first name ("Budi" of
    "Budiman") stay another person. Exclamations and a bare "Mall" are no entities."""
    text = (
        "Wakil Ketua KPK Alexander Marwata menerima laporan. Menurut Alex, laporan itu "
        "banyak. Budiman Sudjatmiko hadir, sedangkan Budi datang terlambat. Alhamdullilah "
        "semua lancar di Mall itu."
    )
    names = {
        ("Alexander", "Marwata"): "PERSON",
        ("Alex",): "PERSON",
        ("Budiman", "Sudjatmiko"): "PERSON",
        ("Budi",): "PERSON",
        ("Alhamdullilah",): "PERSON",
        ("Mall",): "PLACE",
    }
    found = _entities(text, names)
    assert _texts(found["Alexander Marwata"]) == ["Alexander Marwata", "Alex"]
    assert "Budi" in found
    assert {"Alhamdullilah", "Mall"}.isdisjoint(found)


class _NewFirmTagger(RegionTagger):
    """The unlabelled news text never showed "Dompetku" (a new firm)."""

    def capitalisation(self, word: str) -> str:
        return "u" if word == "Dompetku" else super().capitalisation(word)


def test_a_new_firm_glued_before_a_name_the_article_shortens() -> None:
    """ "CIO [Dompetku Rangga Saputra] ... Menurut Rangga": the person goes by the second
    word and the first is a word never seen, so it is the firm; a given name the text
    knows ("Muhammad") stays the person's though he too goes by his second name."""
    text = (
        "CIO Dompetku Rangga Saputra menekankan keamanan data. Menurut Rangga, layanan "
        "digital berkembang. Ketua Umum Muhammad Rizal Hakim hadir. Menurut Rizal, partai "
        "siap."
    )
    names = {
        ("Dompetku", "Rangga", "Saputra"): "PERSON",
        ("Rangga",): "PERSON",
        ("Muhammad", "Rizal", "Hakim"): "PERSON",
        ("Rizal",): "PERSON",
    }
    found = entities_by_name(text, _NewFirmTagger(names))
    assert found["Rangga Saputra"]["roles"] == ["CIO Dompetku"]
    assert _texts(found["Rangga Saputra"]) == ["Rangga Saputra", "Rangga"]
    assert _texts(found["Muhammad Rizal Hakim"]) == ["Muhammad Rizal Hakim", "Rizal"]


def test_a_first_name_the_tagger_gave_to_the_body_before_it() -> None:
    """ "Kepala [BPS Provinsi Kalsel] [Mohammad] [Edy Mahmud]": after the role's body, a
    lone word read as a person is the first name, not a second body; "Ketua [KPU Kota
    Metro Nurris] [Septa Pratama] ... Nurris": the article calls him by the word the
    tagger put at the end of the body."""
    text = (
        "Kepala BPS Provinsi Kalsel Mohammad Edy Mahmud mengatakan inflasi turun. Ketua "
        "KPU Kota Metro Nurris Septa Pratama mengatakan pemilu aman. Menurut Nurris, "
        "logistik sudah tiba."
    )
    names = {
        ("BPS", "Provinsi", "Kalsel"): "ORGANISATION",
        ("Mohammad",): "PERSON",
        ("Edy", "Mahmud"): "PERSON",
        ("KPU", "Kota", "Metro", "Nurris"): "ORGANISATION",
        ("Septa", "Pratama"): "PERSON",
        ("Nurris",): "PERSON",
    }
    found = _entities(text, names)
    assert found["Mohammad Edy Mahmud"]["roles"] == ["Kepala BPS Provinsi Kalsel"]
    assert found["Nurris Septa Pratama"]["roles"] == ["Ketua KPU Kota Metro"]
    assert _texts(found["Nurris Septa Pratama"]) == ["Nurris Septa Pratama", "Nurris"]
    assert found["KPU Kota Metro"]["type"] == "ORG"


def test_imam_lalu_and_baiq_before_a_name_are_part_of_it() -> None:
    """The tagger learnt "Imam" and the Sasak "Lalu" as titles and leaves them out, so the
    role before the name took them ("Menteri Pemuda dan Olahraga Imam"). Written right
    before the name, they open it."""
    text = (
        "Menteri Pemuda dan Olahraga Imam Sudarsono membuka kejuaraan itu. Peraih emas "
        "100 meter, sprinter Lalu Wira Pratama, berasal dari Lombok Timur. Rekannya, "
        "pelari Baiq Nurul Aini, finis kedua."
    )
    names = {
        ("Sudarsono",): "PERSON",
        ("Wira", "Pratama"): "PERSON",
        ("Nurul", "Aini"): "PERSON",
        ("Lombok", "Timur"): "PLACE",
    }
    found = _entities(text, names)
    assert found["Imam Sudarsono"]["roles"] == ["Menteri Pemuda dan Olahraga"]
    assert "Lalu Wira Pratama" in found
    assert "Baiq Nurul Aini" in found
    assert "Sudarsono" not in found


def test_lalu_opening_a_sentence_is_then_not_a_title() -> None:
    """ "Lalu" at the start of a sentence is "then": the name after it stands alone.
    "Imam" there is still a given name."""
    text = "Lalu Hendra Wijaya naik ke panggung. Imam Fadillah menyusul kemudian."
    names = {("Hendra", "Wijaya"): "PERSON", ("Fadillah",): "PERSON"}
    found = _entities(text, names)
    assert "Hendra Wijaya" in found
    assert "Imam Fadillah" in found


def test_a_mosques_name_glued_to_the_imam_goes_back_to_his_role() -> None:
    """ "Imam Besar Masjid [Istiqlal Harun Sadikin]": the word after *Masjid* is the
    mosque's name, not the person's first name."""
    text = "Imam Besar Masjid Istiqlal Harun Sadikin memimpin salat Idul Fitri."
    found = _entities(text, {("Istiqlal", "Harun", "Sadikin"): "PERSON"})
    assert found["Harun Sadikin"]["roles"] == ["Imam Besar Masjid Istiqlal"]


def test_the_end_of_a_body_glued_to_a_name_goes_back_to_the_body() -> None:
    """ "Direktur Walhi [Jambi Rudi Hartono]": "Jambi" is a place the article names on
    its own, so it ends the body in the role and the name starts after it."""
    text = (
        "Direktur Walhi Jambi Rudi Hartono menyebut sungai di Jambi tercemar. Warga "
        "Muaro Jambi ikut melapor."
    )
    names = {
        ("Walhi",): "ORG",
        ("Jambi", "Rudi", "Hartono"): "PERSON",
        ("Jambi",): "PLACE",
        ("Muaro", "Jambi"): "PLACE",
    }
    found = _entities(text, names)
    assert found["Rudi Hartono"]["roles"] == ["Direktur Walhi Jambi"]
    assert _texts(found["Jambi"]) == ["Jambi", "Jambi"]
    assert found["Walhi"]["type"] == "ORG"


def test_a_first_name_the_article_uses_alone_stays_the_persons() -> None:
    """ "Ace" is also read as an organisation once, but the article calls the person
    "Ace": it is his first name, not a body's."""
    text = (
        "Wakil Ketua Komisi VIII DPR Ace Hamdan Syahrir tetap bekerja dari rumah. "
        "Menurut Ace, rapat berjalan lancar. Dukungan Ace datang kemudian. Ace juga mengajar."
    )
    names = {("Ace", "Hamdan", "Syahrir"): "PERSON", ("DPR",): "ORG"}
    found = entities_by_name(text, _AceTagger(names))
    assert "Ace Hamdan Syahrir" in found


class _AceTagger(RegionTagger):
    """Reads "Ace" alone as a person twice and, after "Dukungan", as an organisation."""

    def tag(self, tokens: list[str]) -> list[str]:
        tags = super().tag(tokens)
        for k, token in enumerate(tokens):
            if token == "Ace" and tags[k] == "O":
                tags[k] = "B-ORG" if k and tokens[k - 1] == "Dukungan" else "B-PERSON"
        return tags


def test_the_word_between_a_rank_and_a_name_is_the_first_name() -> None:
    """ "Komisaris Jenderal [Wirasto] [Sigit Prakoso]": the tagger reads the first name as
    an organisation and the role swallows it; nothing but a name stands after a rank."""
    text = (
        "Kepala Bareskrim Polri Komisaris Jenderal Wirasto Sigit Prakoso mengatakan berkas "
        "perkara itu segera dilimpahkan."
    )
    names = {("Wirasto",): "ORG", ("Sigit", "Prakoso"): "PERSON", ("Polri",): "ORG"}
    found = _entities(text, names)
    assert found["Wirasto Sigit Prakoso"]["roles"] == ["Kepala Bareskrim Polri"]
    assert "Wirasto" not in found


def test_a_name_after_an_office_named_by_its_place_is_the_holders() -> None:
    """ "Kepala [Puskesmas Pamulang Fitri]": the place closes the office's name, so the
    word after it is the head of the clinic; "Kepala Puskesmas [Margadana Wahidin]":
    the district glued to the name goes back to the office."""
    text = (
        "Kepala Puskesmas Pamulang Fitri mengatakan stok vaksin cukup. Kepala Puskesmas "
        "Margadana Wahidin menjelaskan hal yang sama."
    )
    names = {
        ("Puskesmas", "Pamulang", "Fitri"): "ORG",
        ("Puskesmas",): "ORG",
        ("Margadana", "Wahidin"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Fitri"]["roles"] == ["Kepala Puskesmas Pamulang"]
    assert found["Wahidin"]["roles"] == ["Kepala Puskesmas Margadana"]


def test_offices_not_named_by_a_place_keep_the_name_whole() -> None:
    """ "Ketua MPR [Bambang Suwarso]": "Bambang" is also a village, but the MPR is not
    named by a place; "Pemkot [Banda Aceh]" is the city, not a person "Aceh"."""
    text = (
        "Ketua MPR Bambang Suwarso berpesan agar warga tetap di rumah. Sebanyak 118 guru "
        "kontrak Pemkot Banda Aceh menerima insentif."
    )
    names = {
        ("Bambang", "Suwarso"): "PERSON",
        ("MPR",): "ORG",
        ("Pemkot", "Banda", "Aceh"): "ORG",
    }
    found = _entities(text, names)
    assert "Bambang Suwarso" in found
    assert found["Pemkot Banda Aceh"]["type"] == "ORG"
    assert "Aceh" not in found


def test_a_results_table_row_ends_the_name_at_the_country_code() -> None:
    """ "[Cal Harlow GBR LCR Honda]": the rider's name ends at his country's code, the team
    follows it, and two riders of one team stay two people."""
    text = (
        "Hasil kualifikasi: 1. Rafael Moreno ESP Tim Kilat 2. Cal Harlow GBR LCR Honda "
        "3. Piero Santini ITA Tim Kilat."
    )
    names = {
        ("Rafael", "Moreno", "ESP", "Tim", "Kilat"): "PERSON",
        ("Cal", "Harlow", "GBR", "LCR", "Honda"): "PERSON",
        ("Piero", "Santini"): "PERSON",
        ("ITA",): "ORG",
        ("Tim", "Kilat"): "ORG",
    }
    found = _entities(text, names)
    assert {"Rafael Moreno", "Cal Harlow", "Piero Santini"} <= set(found)
    assert found["LCR Honda"]["type"] == "ORG"
    assert _texts(found["Tim Kilat"]) == ["Tim Kilat", "Tim Kilat"]
    assert not {"ESP", "GBR", "ITA"} & set(found)


def test_small_countries_are_places_but_no_spelling_targets() -> None:
    """Haiti and Liechtenstein are always places and end a role before a name; "Malari"
    (an event) is one letter from "Malawi" but is no slip of it."""
    text = (
        "Mantan perdana menteri Haiti Laurent Baptiste mengecam pernyataan itu. Timnas "
        "bertemu Liechtenstein pekan depan. Para aktivis mengenang peristiwa Malari."
    )
    found = _entities(text, {("Haiti", "Laurent", "Baptiste"): "PERSON"})
    assert found["Laurent Baptiste"]["roles"] == ["Mantan perdana menteri Haiti"]
    assert found["Haiti"]["type"] == "PLACE"
    assert found["Liechtenstein"]["type"] == "PLACE"
    assert "Malari" not in found and "Malawi" not in found


def test_world_cities_the_tagger_types_as_bodies_are_places() -> None:
    """ "..., Chicago pada Bloomberg": a city the model reads as an organisation is a
    place; a club named after it stays the club."""
    text = "Analis di Chicago menilai harga turun. Tim Chicago Bulls menang di Los Angeles."
    found = _entities(text, {("Chicago",): "ORG", ("Chicago", "Bulls"): "ORG"})
    assert found["Chicago"]["type"] == "PLACE"
    assert found["Chicago Bulls"]["type"] == "ORG"
    assert found["Los Angeles"]["type"] == "PLACE"


def test_an_initial_before_a_name_leaves_the_body_before_it() -> None:
    """ "Sekretaris Jenderal [DPN APTRI M]. [Nur Khabsyin]": the person grows over his
    initial, the association keeps its acronyms, and the brand written "BigDish" and
    "Bigdish" is one firm."""
    text = (
        "Sekretaris Jenderal DPN APTRI M. Nur Hasyim menegaskan petani menolak gula "
        "impor. Layanan BigDish kini hadir di Bandung, dan Bigdish menawarkan diskon."
    )
    names = {
        ("DPN", "APTRI", "M"): "ORG",
        ("Nur", "Hasyim"): "PERSON",
        ("BigDish",): "ORG",
        ("Bigdish",): "PERSON",
    }
    found = _entities(text, names)
    assert found["M. Nur Hasyim"]["roles"] == ["Sekretaris Jenderal DPN APTRI"]
    assert found["DPN APTRI"]["type"] == "ORG"
    assert found["BigDish"]["aliases"] == ["Bigdish"]
    assert found["BigDish"]["type"] == "ORG"


def test_balinese_name_words_and_bare_initials_open_the_name() -> None:
    """ "Gubernur Bali [I Wayan] Koster", "Kepala Dinas [Ni Luh Putu] Ayu Lestari",
    "Bupati Tangerang [A] Zaki Saputra": the tagger leaves them out. A Roman numeral
    ("Pangdam I Bukit Barisan") and a group's letter ("Tim A") stay out."""
    text = (
        "Gubernur Bali I Wayan Sudarta membuka rapat. Kepala Dinas Ni Luh Putu Ayu Lestari "
        "hadir. Bupati Tangerang A Zaki Saputra menjelaskan. Pangdam I Bukit Barisan "
        "Mayjen Hasan Basri datang. Tim A Rudi Hartono menang."
    )
    names = {
        ("Wayan", "Sudarta"): "PERSON",
        ("Dinas", "Ni", "Luh", "Putu"): "ORG",
        ("Ayu", "Lestari"): "PERSON",
        ("Zaki", "Saputra"): "PERSON",
        ("Hasan", "Basri"): "PERSON",
        ("Rudi", "Hartono"): "PERSON",
        ("Bali",): "PLACE",
    }
    found = _entities(text, names)
    assert found["I Wayan Sudarta"]["roles"] == ["Gubernur Bali"]
    assert found["Ni Luh Putu Ayu Lestari"]["roles"] == ["Kepala Dinas"]
    assert "Dinas" not in found
    assert found["A Zaki Saputra"]["roles"] == ["Bupati Tangerang"]
    assert "Hasan Basri" in found
    assert "Rudi Hartono" in found


# How many listed people open their names with a word, as the packaged gazetteer
# counts them ("Bambang" opens 30), and how often the news text capitalises it.
FIRST_NAMES = {"bambang": 30, "abu": 17, "agung": 12, "putri": 21, "ada": 6}
CAPITALISED = {"ada": "0", "putri": "2", "abu": "2"}


class _FirstNameTagger(RegionTagger):
    def first_name_count(self, word: str) -> int:
        return FIRST_NAMES.get(word.lower(), 0)

    def capitalisation(self, word: str) -> str:
        return CAPITALISED.get(word.lower(), super().capitalisation(word))


def test_a_first_name_the_role_took_goes_back_to_the_person() -> None:
    """ "Ketua MPR Bambang [Soesanto]", "Kepala Humas Masjid Raya Abu [Hurairah Salim]":
    the role ran up to the tagger's late start. "Jaksa Agung" is a role, "putri" a
    daughter, and "Ada" opens a sentence."""
    text = (
        "Ketua MPR Bambang Soesanto berpesan agar warga tetap di rumah. Kepala Humas "
        "Masjid Raya Abu Hurairah Salim menjelaskan jadwal salat. Jaksa Agung Burhanuddin "
        "hadir bersama putri Hendra Kusuma. Ada Rudi Hartono di sana."
    )
    names = {
        ("Soesanto",): "PERSON",
        ("Hurairah", "Salim"): "PERSON",
        ("Burhanuddin",): "PERSON",
        ("Hendra", "Kusuma"): "PERSON",
        ("Rudi", "Hartono"): "PERSON",
        ("MPR",): "ORG",
    }
    found = entities_by_name(text, _FirstNameTagger(names))
    assert found["Bambang Soesanto"]["roles"] == ["Ketua MPR"]
    assert found["Abu Hurairah Salim"]["roles"] == ["Kepala Humas Masjid Raya"]
    assert found["Burhanuddin"]["roles"] == ["Jaksa Agung"]
    assert "Hendra Kusuma" in found
    assert "Rudi Hartono" in found


def test_a_listed_village_or_district_after_its_area_word_is_the_areas() -> None:
    """ "Kepala Desa [Tegalmulyo Sutarno]": a village the gazetteer lists, after *Desa*, is
    the village; "Camat [Cilandak Mundari]" likewise for a district. "Wali Kota [Bima
    Arya ...]" keeps Bima: it is also a listed person's name."""
    text = (
        "Kepala Desa Tegalmulyo Sutarno mengatakan warga berjaga. Camat Cilandak Mundari "
        "menambahkan hal yang sama. Wali Kota Bogor Bima Arya Santoso meninjau pasar."
    )
    names = {
        ("Tegalmulyo", "Sutarno"): "PERSON",
        ("Cilandak", "Mundari"): "PERSON",
        ("Bogor",): "PLACE",
        ("Bima", "Arya", "Santoso"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Sutarno"]["roles"] == ["Kepala Desa Tegalmulyo"]
    assert found["Mundari"]["roles"] == ["Camat Cilandak"]
    assert found["Bima Arya Santoso"]["roles"] == ["Wali Kota Bogor"]


def test_a_known_place_read_only_as_an_organisation_is_a_place() -> None:
    """ "Konsul Jenderal RI di [Chicago] ...": the tagger typed the city an organisation
    where a name followed it; a country or world city is a place."""
    text = "Konsul Jenderal RI di Chicago Rahmat Santoso menjelaskan jadwal layanan."
    found = _entities(text, {("Chicago",): "ORG", ("Rahmat", "Santoso"): "PERSON"})
    assert found["Chicago"]["type"] == "PLACE"
    assert found["Rahmat Santoso"]["roles"] == ["Konsul Jenderal RI di Chicago"]


def test_jobs_systems_and_address_words_are_no_entities_alone() -> None:
    """The tagger reads "Satpam" (a guard), "Windows", a lone "Blok" and the "Co" of
    "Co - Founder" as names."""
    text = (
        "Sudah ada yang datang, kata Satpam pendopo itu. Aplikasi itu jalan di Windows. "
        "Lokasinya di Blok M. Hal itu kata Co - Founder Andi Pratama."
    )
    names = {("Satpam",): "PERSON", ("Windows",): "PERSON", ("Blok",): "PLACE", ("Co",): "PERSON"}
    found = _entities(text, names)
    assert not {"Satpam", "Windows", "Blok", "Co"} & set(found)


def test_a_one_word_name_that_speaks_is_a_person() -> None:
    """ "Ketua KPUD Muna, [Kubais], ..." read as a place, then "tutur Kubais": places do
    not speak, so every mention is the person's. "kata General Manager ..." and "kata
    Polri" keep their reading."""
    text = (
        "Informasi itu baru diterima hari ini, terang Ketua KPUD Muna, Kusnadi, Senin. "
        "Hasil uji laboratorium, tutur Kusnadi, keluar Jumat. Penyelidikan berlanjut, "
        "kata Polri. Pasokan aman, kata General Manager PLN Agus Nugraha."
    )
    names = {
        ("Kusnadi",): "PLACE",
        ("Polri",): "ORG",
        ("General",): "ORG",
        ("Agus", "Nugraha"): "PERSON",
    }
    found = _entities(text, names)
    assert found["Kusnadi"]["type"] == "PERSON"
    assert found["Kusnadi"]["roles"] == ["Ketua KPUD Muna"]
    assert found["Kepolisian Negara Republik Indonesia"]["type"] == "ORG"
    assert "General" not in found or found["General"]["type"] != "PERSON"
