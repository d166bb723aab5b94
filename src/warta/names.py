"""Names warta knows: word lists and the tests on single words that the entity passes
share (:mod:`warta.chunks`, which cleans the tagger's chunks,
:mod:`warta.article_mentions`, which adds what the whole article shows, and
:mod:`warta.entities`, which resolves mentions into entities).

The curated alias table (``data/aliases.tsv``) and the list of countries and world
places live here, with the words that make an organisation of the name before them
("Securities", "FC"), the words that are never an entity alone, and what a bare word of
a person's name looks like.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from warta.mentions import LEADING_TITLES
from warta.ner.lexicon import ORG_HEADS, PLACE_HEADS
from warta.roles import RANK_WORDS, role_heads

# Single words that are never an entity on their own, whatever a model says. Apps are
# channels ("melalui WhatsApp", "akun Instagram"), the fasting month is a time ("bulan
# Ramadhan"), and peoples are groups ("pengungsi Rohingya", "adat Dayak"): none of the
# three types. Nor are operating systems and radio standards ("ponsel Android",
# "tersambung lewat Bluetooth"), which the tagger reads as places or persons, a guard's
# job ("kata Satpam pendopo"), a lone *Blok* of an address list, or *Co* of a title
# written "Co - Founder".
NEVER_ALONE = frozenset(
    """kota kabupaten provinsi desa kecamatan kelurahan namun sementara selain kemudian adapun
    menurut baca juga presiden menteri gubernur ketua kepala direktur pemerintah negara
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
    september oktober november desember pak bu ibu bapak saat hal ini itu dia ia mereka kami
    kita rp pukul wib wita wit tuhan allah alhamdulillah aduh wah astaga the jalan jl jln
    sirkuit stadion gedung kantor instagram whatsapp youtube tiktok kementerian mahkamah
    lembaga badan dinas konsulat kedutaan majelis polda polres vice wakil telegram ramadhan
    ramadan rohingya uighur uyghur minang dayak betawi bugis presidium brigade android ios
    bluetooth wifi wi-fi mall mal alhamdulilah alhamdullilah masyaallah subhanallah
    astagfirullah astaghfirullah insyallah windows satpam co blok""".split()
)


# Words that make an English-named firm or club of the capitalised words before them;
# the tagger, trained on Indonesian names, reads "Mizuho Securities" or "Blackburn
# Rovers" as a person.
COMPANY_TAILS = frozenset(
    """securities futures capital group holdings associates economics partners markets
    exchange investments advisors advisers consulting management bank corporation
    institute foundation united rovers albion athletic wanderers rangers hotspur fc league
    cup team club association federation union council committee agency authority
    syndicate watch network initiative society alliance university college sekuritas
    asuransi sports ventures labs""".split()
)


# First words of European club names: the city after them ("CSKA Moscow", "Dinamo
# Zagreb", "Sporting Lisbon") makes the tagger read a person or a place, and the city
# alone after the full name is the club ("Borussia Dortmund ... Dortmund").
CLUB_HEADS = frozenset(
    """fc ac cf sc ssc cska dinamo dynamo sporting legia olympique borussia atletico
    athletic psv werder eintracht hertha deportivo""".split()
)


# Words that open the name of a state institution, never of a place (unlike "Kantor",
# "Rumah" or "Pengadilan", which also name buildings).
INSTITUTION_HEADS = frozenset(
    """kepolisian kementerian badan dinas partai komisi dewan direktorat ditjen kejaksaan
    polda polres polresta polrestabes polsek pemkab pemkot pemprov""".split()
)


@lru_cache(maxsize=1)
def alias_table() -> dict[str, tuple[str, str]]:
    """Surface form -> (canonical name, type) from ``data/aliases.tsv``."""
    table: dict[str, tuple[str, str]] = {}
    text = resources.files("warta.data").joinpath("aliases.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            surface, canonical, kind = line.split("\t")
            table[surface] = (canonical, kind)
            table.setdefault(canonical, (canonical, kind))  # the full name is a form too
    return table


# Countries and world cities the NER lexicon's list lacks, by their Indonesian names.
# They are kept apart because the committed model's gazetteer was compiled from that
# list: adding them there would change what a retrain compiles, not what the shipped
# model sees. Merge them into ``COUNTRIES_AND_PLACES`` when the model is next retrained.
# Names that are also common given names ("Chad", "Jordan") or clubs' short names
# ("Manchester", "Milan") are left out. Rarely named and close to other words
# ("Malari", an event, is one letter from "Malawi"), they are found as written but
# never taken as the target of a spelling slip.
MORE_PLACES = frozenset(
    """Albania Andorra Angola Armenia Azerbaijan Bahama Barbados Belize Benin Bhutan Bolivia
    Botswana Burundi Djibouti Ekuador Eritrea Estonia Etiopia Eswatini Fiji Gabon Gambia
    Guatemala Guinea Guyana Haiti Honduras Jamaika Kamerun Kazakhstan Kirgistan Kongo
    Kosovo Latvia Lesotho Liberia Liechtenstein Lituania Luksemburg Madagaskar Makedonia
    Malawi Maladewa Mali Malta Mauritania Mauritius Moldova Monako Montenegro Mozambik
    Namibia Nauru Nikaragua Niger Palau Panama Paraguay Rwanda Samoa Senegal Siprus
    Slowakia Slovakia Slovenia Suriname Tajikistan Tanzania Togo Tonga Turkmenistan Tuvalu
    Uganda Uruguay Uzbekistan Vanuatu Vatikan Wales Zambia Zimbabwe
    Athena Boston Brussel Budapest Busan Chicago Davos Dhaka Dublin Frankfurt Guangzhou
    Helsinki Houston Islamabad Johannesburg Kabul Karachi Kopenhagen Nairobi Osaka Oslo
    Praha Seattle Shanghai Shenzhen Stockholm Taipei Toronto Vancouver Warsawa Wina Wuhan
    Yangon Zurich""".split()
) | frozenset(
    (
        "Abu Dhabi",
        "Burkina Faso",
        "El Salvador",
        "Ho Chi Minh",
        "Irlandia Utara",
        "Kosta Rika",
        "Los Angeles",
        "Makedonia Utara",
        "Pantai Gading",
        "Phnom Penh",
        "Puerto Riko",
        "San Francisco",
        "San Marino",
        "Sierra Leone",
        "Sudan Selatan",
        "Trinidad dan Tobago",
    )
)


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Countries, regions and world cities (the NER lexicon's list and the places it
    lacks): always places.

    The news NER corpus leaves a country acting as an agent untagged ("Rusia
    dan Jepang melarang ..."); an analyst still wants it as a place.
    """
    from warta.ner.lexicon import COUNTRIES_AND_PLACES

    return frozenset(COUNTRIES_AND_PLACES) | MORE_PLACES


# Words that end place names ("Sumatera Utara", "Jatinegara Barat"), never a person's.
_PLACE_MODIFIERS = frozenset(
    """utara selatan barat timur tengah raya jaya baru besar pusat laut darat hulu hilir
    atas bawah dalam luar kidul lor wetan kulon putih hitam merah hijau kuning biru lama
    indah makmur sari asri mulya""".split()
)


def bare_name_word(word: str) -> bool:
    """Capitalised letters (an apostrophe allowed: "Ma'arif") and no organisation or
    place head, company tail or known place."""
    lower = word.lower()
    return (
        word[0].isupper()
        and not word.isupper()  # "RI", "DKI": acronyms end organisation names
        and lower not in _PLACE_MODIFIERS
        and lower not in RANK_WORDS  # "Kementerian Pertahanan Laksamana Madya Widodo"
        and word.replace("'", "").replace("’", "").isalpha()
        and lower not in ORG_HEADS
        and lower not in PLACE_HEADS
        and lower not in INSTITUTION_HEADS
        and lower not in COMPANY_TAILS
        and word not in known_places()
    )


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words that open a role or make up a rank or title: "Letnan", "Executive", "Vice"."""
    words = {phrase[0] for phrase in role_heads()} | RANK_WORDS | LEADING_TITLES
    # "TNI" and "Polri" follow ranks ("Mayjen TNI") but name the forces themselves
    return frozenset(words | {"president", "officer", "director", "manager"}) - {"tni", "polri"}


# Lower-case particles inside European, Latin American and Arabic names: "Sander van
# der Linden", "Lula da Silva", "Ursula von der Leyen", "Salman bin Abdulaziz".
NAME_PARTICLES = frozenset(
    "van von der den de da das do dos del della du ter ten bin binti".split()
)


# "PT Pertamina (Persero)", "PT Bank Mandiri (Tbk)": a company's legal form in
# parentheses, not an acronym the article defines.
LEGAL_FORMS = frozenset({"persero", "tbk", "ltd", "inc", "plc", "corp", "llc", "gmbh", "bhd"})


# "(Baleg)", "(BPKP)", and two-word short forms whose second word is an acronym
# ("(PB PASI)", "(PT KAI)") or whose first is ("(BPH Migas)"); "(Jawa Barat)" is a
# place, not a short form.
DEFINITION_RE = re.compile(
    r"\s*\(([A-Z][A-Za-z0-9&-]{1,11}(?: [A-Z][A-Z0-9&-]{1,11})?|[A-Z]{2,6} [A-Z][a-z]{2,11})\)"
)
