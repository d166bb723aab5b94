"""Hand-written Indonesian word lists that cue entity types.

These are warta's own lists (no external source): titles and roles that
precede person names, heads that open organisation names, words that open
place names, and prepositions. They feed both the gazetteer build (as entries)
and the CRF features (as context cues), because a title such as *Gubernur* is
strong evidence about the *next* tokens, not about itself.
"""

from __future__ import annotations

PERSON_TITLES: frozenset[str] = frozenset(
    [
        "presiden",
        "wapres",
        "wakil",
        "menteri",
        "menko",
        "mendagri",
        "menkeu",
        "menlu",
        "menhan",
        "menkes",
        "mendikbud",
        "gubernur",
        "wagub",
        "bupati",
        "wabup",
        "walikota",
        "wali",
        "camat",
        "lurah",
        "kades",
        "ketua",
        "wakil",
        "sekretaris",
        "sekjen",
        "bendahara",
        "direktur",
        "dirut",
        "direktorat",
        "kepala",
        "kapolri",
        "kapolda",
        "kapolres",
        "kapolsek",
        "kasat",
        "kabareskrim",
        "kadiv",
        "panglima",
        "pangdam",
        "kasad",
        "kasal",
        "kasau",
        "jenderal",
        "jend",
        "brigjen",
        "mayjen",
        "letjen",
        "irjen",
        "kombes",
        "kompol",
        "akbp",
        "kolonel",
        "letkol",
        "mayor",
        "kapten",
        "iptu",
        "aiptu",
        "bripka",
        "briptu",
        "bripda",
        "ipda",
        "aipda",
        "serka",
        "sertu",
        "pratu",
        "prada",
        "pak",
        "bu",
        "bapak",
        "ibu",
        "mas",
        "mbak",
        "bang",
        "kak",
        "tuan",
        "nyonya",
        "nona",
        "saudara",
        "sdr",
        "haji",
        "hj",
        "h",
        "dr",
        "drs",
        "prof",
        "ir",
        "kh",
        "kiai",
        "kyai",
        "ustad",
        "ustaz",
        "ustadz",
        "habib",
        "syekh",
        "gus",
        "raden",
        "mr",
        "mrs",
        "ms",
        "sir",
        "pangeran",
        "raja",
        "ratu",
        "sultan",
        "paus",
        "imam",
        "uskup",
        "pastor",
        "pendeta",
        "romo",
        "juru",
        "bicara",
        "jubir",
        "anggota",
        "staf",
        "pelatih",
        "kapten",
        "striker",
        "penyerang",
        "kiper",
        "gelandang",
        "bek",
        "pemain",
        "aktor",
        "aktris",
        "penyanyi",
        "artis",
        "pengacara",
        "kuasa",
        "hukum",
        "jaksa",
        "hakim",
        "terdakwa",
        "tersangka",
        "saksi",
        "korban",
        "pelaku",
        "dosen",
        "guru",
        "pengamat",
        "peneliti",
        "ekonom",
        "analis",
        "komisaris",
        "dekan",
        "rektor",
        "ceo",
        "founder",
        "pendiri",
        "pemilik",
        "manajer",
        "kepala",
        "humas",
        "kabid",
        "kasubag",
        "senator",
        "perdana",
        "pm",
        "capres",
        "cawapres",
        "cagub",
        "cawagub",
        "cabup",
        "calon",
        "politikus",
        "politisi",
        "ayah",
        "anak",
        "istri",
        "suami",
        "adik",
        "kakak",
        "putra",
        "putri",
        "cucu",
        "almarhum",
        "almarhumah",
        "mendiang",
        "kata",
        "ujar",
        "tutur",
        "ucap",
        "jelas",
        "ungkap",
        "menurut",
    ]
)

ORG_HEADS: frozenset[str] = frozenset(
    [
        "pt",
        "cv",
        "tbk",
        "persero",
        "partai",
        "kementerian",
        "kemenkes",
        "kemenkeu",
        "kemendagri",
        "badan",
        "lembaga",
        "komisi",
        "dewan",
        "majelis",
        "mahkamah",
        "pengadilan",
        "kejaksaan",
        "kejati",
        "kejari",
        "kejagung",
        "kepolisian",
        "polda",
        "polres",
        "polsek",
        "polri",
        "tni",
        "kodam",
        "korem",
        "kodim",
        "universitas",
        "univ",
        "institut",
        "sekolah",
        "akademi",
        "politeknik",
        "sma",
        "smp",
        "sd",
        "smk",
        "madrasah",
        "pesantren",
        "yayasan",
        "perusahaan",
        "bank",
        "asosiasi",
        "perhimpunan",
        "ikatan",
        "persatuan",
        "himpunan",
        "serikat",
        "gabungan",
        "koperasi",
        "dinas",
        "pemkab",
        "pemkot",
        "pemprov",
        "pemerintah",
        "pemda",
        "dprd",
        "dpr",
        "mpr",
        "dpd",
        "kpk",
        "kpu",
        "bawaslu",
        "fraksi",
        "direktorat",
        "ditjen",
        "kantor",
        "rumah",
        "rs",
        "rsud",
        "puskesmas",
        "klub",
        "fc",
        "persib",
        "persija",
        "arema",
        "organisasi",
        "front",
        "gerakan",
        "aliansi",
        "forum",
        "federasi",
        "konfederasi",
        "liga",
        "kongres",
        "kabinet",
        "satuan",
        "satgas",
        "pasukan",
        "angkatan",
        "brigade",
        "batalyon",
        "densus",
        "bareskrim",
        "kopassus",
        "inc",
        "ltd",
        "corp",
        "corporation",
        "company",
        "group",
        "grup",
        "holding",
        "bumn",
        "perum",
        "perumda",
        "pdam",
        "pln",
        "pertamina",
        "telkom",
        "garuda",
        "tim",
    ]
)

PLACE_HEADS: frozenset[str] = frozenset(
    [
        "kota",
        "kabupaten",
        "kab",
        "provinsi",
        "prov",
        "kecamatan",
        "kelurahan",
        "desa",
        "dusun",
        "kampung",
        "pulau",
        "gunung",
        "sungai",
        "danau",
        "laut",
        "selat",
        "teluk",
        "tanjung",
        "jalan",
        "jl",
        "jln",
        "gang",
        "bandara",
        "pelabuhan",
        "stasiun",
        "terminal",
        "pasar",
        "masjid",
        "gereja",
        "pura",
        "candi",
        "taman",
        "alun-alun",
        "lapangan",
        "stadion",
        "gedung",
        "istana",
        "wisma",
        "hotel",
        "benua",
        "negara",
        "negeri",
        "wilayah",
        "daerah",
        "kawasan",
    ]
)

PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    ["di", "ke", "dari", "asal", "menuju", "sekitar", "kawasan", "wilayah", "daerah", "antara"]
)

# Countries, regions and a few world cities in their Indonesian spelling.
COUNTRIES_AND_PLACES: tuple[str, ...] = tuple(
    line.strip()
    for line in """
Indonesia
Malaysia
Singapura
Thailand
Filipina
Vietnam
Myanmar
Kamboja
Laos
Brunei
Brunei Darussalam
Timor Leste
Timor-Leste
Papua Nugini
Australia
Selandia Baru
Jepang
Tiongkok
China
Cina
Korea
Korea Selatan
Korea Utara
Taiwan
Hong Kong
Mongolia
India
Pakistan
Bangladesh
Sri Lanka
Nepal
Afganistan
Afghanistan
Iran
Irak
Suriah
Lebanon
Yordania
Israel
Palestina
Arab Saudi
Saudi Arabia
Yaman
Oman
Qatar
Kuwait
Bahrain
Uni Emirat Arab
Turki
Mesir
Libya
Tunisia
Aljazair
Maroko
Sudan
Ethiopia
Kenya
Nigeria
Afrika Selatan
Ghana
Somalia
Rusia
Ukraina
Belarus
Polandia
Jerman
Prancis
Perancis
Inggris
Britania Raya
Skotlandia
Irlandia
Belanda
Belgia
Swiss
Austria
Italia
Spanyol
Portugal
Yunani
Swedia
Norwegia
Denmark
Finlandia
Islandia
Ceko
Hungaria
Rumania
Bulgaria
Serbia
Kroasia
Bosnia
Amerika
Amerika Serikat
AS
Kanada
Meksiko
Brasil
Argentina
Chile
Peru
Kolombia
Venezuela
Kuba
Eropa
Asia
Afrika
Asia Tenggara
Timur Tengah
Jakarta
DKI Jakarta
Jabodetabek
Jawa
Sumatera
Sumatra
Kalimantan
Borneo
Sulawesi
Papua
Bali
Lombok
Madura
Maluku
Nusa Tenggara
Tokyo
Beijing
Seoul
Bangkok
Kuala Lumpur
Manila
Hanoi
Canberra
Sydney
Melbourne
Washington
New York
London
Paris
Berlin
Moskow
Roma
Madrid
Amsterdam
Den Haag
Jenewa
Kairo
Riyadh
Mekah
Makkah
Madinah
Yerusalem
Gaza
Dubai
Doha
Istanbul
Ankara
Teheran
Baghdad
Damaskus
New Delhi
Mumbai
Hollywood
Senayan
Monas
Istana Merdeka
Istana Negara
Istana Bogor
""".strip().splitlines()
)

ORGANISATIONS: tuple[str, ...] = tuple(
    line.strip()
    for line in """
DPR
DPR RI
MPR
DPD
DPRD
KPK
KPU
KPUD
Bawaslu
Mahkamah Konstitusi
MK
Mahkamah Agung
MA
Komisi Yudisial
KY
BPK
BPKP
BPS
BMKG
BNPB
BPBD
BNN
BNPT
BIN
BKPM
BPOM
Basarnas
Bappenas
OJK
Bank Indonesia
BI
LPS
Polri
TNI
TNI AD
TNI AL
TNI AU
Kejaksaan Agung
Kejagung
Kemenkeu
Kemendagri
Kemenlu
Kemenhan
Kemenkes
Kemendikbud
Kemenag
Kemenkumham
Kemenhub
Kementan
Kemensos
Kemnaker
Kemenperin
Kemendag
Kemenpora
Kemenpar
Kominfo
Kemkominfo
Kemenkominfo
Kementerian ESDM
Kementerian PUPR
Kementerian BUMN
Kementerian Keuangan
Kementerian Dalam Negeri
Kementerian Luar Negeri
Kementerian Pertahanan
Kementerian Kesehatan
Kementerian Agama
Kementerian Perhubungan
Kementerian Pertanian
Kementerian Sosial
Kementerian Perdagangan
Kementerian Perindustrian
Ombudsman
Komnas HAM
KPAI
PDI-P
PDIP
PDI Perjuangan
Golkar
Partai Golkar
Gerindra
Partai Gerindra
PKB
PKS
PAN
Partai Demokrat
Demokrat
NasDem
Partai NasDem
Hanura
PPP
Perindo
PSI
Berkarya
PBB
NU
Nahdlatul Ulama
PBNU
Muhammadiyah
MUI
FPI
HTI
GNPF
PSSI
KONI
Pertamina
PLN
Telkom
Garuda Indonesia
Bank Mandiri
BRI
BNI
BCA
BTN
Freeport
Lion Air
Gojek
Go-Jek
Grab
Uber
Tokopedia
Bukalapak
Google
Facebook
Twitter
Microsoft
Apple
Samsung
Toyota
Honda
PBB
ASEAN
Uni Eropa
NATO
WHO
IMF
Bank Dunia
UNESCO
UNICEF
FIFA
AFF
AFC
OPEC
G20
ISIS
Taliban
Hamas
Al Qaeda
Persib
Persija
Arema
Persebaya
Real Madrid
Barcelona
Manchester United
Liverpool
Chelsea
Arsenal
Juventus
""".strip().splitlines()
)
