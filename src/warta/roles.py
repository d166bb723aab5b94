"""Roles: the title or function written next to a person's name.

"Presiden Korea Utara, Kim Jong Un", "juru bicara Kremlin Dmitry Peskov",
"Sri Mulyani, Menteri Keuangan, mengatakan": the role goes to the person's
``role``, never into the name. Role phrases start with a word from
``data/roles.txt`` and run over role words (capitalised words, listed
lower-case fillers) until a verb, a quotation mark or the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources

from warta.article import Token
from warta.mentions import (
    AGE_AFTER_RE,
    INITIALS_RE,
    LEADING_TITLES,
    NAME_ABBREVIATIONS,
    Coverage,
    Mention,
)
from warta.segment import tokenize

_APPOSITION_BLOCKERS = frozenset("menurut kata ujar tutur bagi oleh kepada dengan dan atau".split())
_QUOTES = frozenset('"“”„«»')
# Lower-case words that may stand inside a role phrase ("penasihat keamanan
# nasional Gedung Putih"); any other lower-case word (a verb, most often) ends it.
_ROLE_FILLERS = frozenset(
    """keamanan nasional luar dalam negeri bidang urusan umum besar tinggi utama muda madya
    senior eksekutif khusus hukum politik ekonomi pertahanan keuangan kesehatan pendidikan
    internasional daerah pusat dan kabinet partai tim jenderal bicara komunikasi korporat
    pemerintah negara wilayah provinsi kota kabupaten perusahaan bank komisi badan dewan
    pengurus harian operasional pemasaran hubungan masyarakat humas kebijakan perdagangan
    industri energi sumber daya mineral perhubungan sosial agama pertanian kelautan
    perikanan lingkungan hidup kehutanan riset teknologi informasi ketenagakerjaan
    investasi koordinator maritim perekonomian pembangunan desa tenaga kerja strategis
    setempat sementara terpilih pelaksana tugas plt""".split()
)


@lru_cache(maxsize=1)
def role_heads() -> tuple[tuple[str, ...], ...]:
    """Role phrases as token tuples, longest first."""
    text = resources.files("warta.data").joinpath("roles.txt").read_text("utf-8")
    phrases = {tuple(line.split()) for line in text.splitlines() if line.strip() and line[0] != "#"}
    return tuple(sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _roles_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Role phrases grouped by their first word, longest first within each group."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in role_heads():
        groups.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in groups.items()}


def role_at(tokens: list[Token], i: int) -> int:
    """Length in tokens of a role phrase starting at ``tokens[i]`` (0 if none)."""
    for phrase in _roles_by_first_word().get(tokens[i].text.lower(), ()):
        n = len(phrase)
        if i + n <= len(tokens) and all(
            tokens[i + k].text.lower() == phrase[k] for k in range(1, n)
        ):
            return n
    return 0


# Police and military ranks written out in full, longest first.
_RANKS = tuple(
    sorted(
        (
            " ".join(rank.split())
            for rank in """ajun inspektur polisi satu | ajun inspektur polisi dua |
            inspektur polisi satu | inspektur polisi dua | ajun komisaris besar polisi |
            ajun komisaris polisi | ajun komisaris | komisaris besar polisi | komisaris polisi |
            komisaris jenderal polisi | inspektur jenderal polisi | brigadir jenderal polisi |
            brigadir polisi | jenderal polisi | ajun komisaris besar | komisaris besar |
            brigadir jenderal | mayor jenderal | letnan jenderal | letnan kolonel | letnan satu |
            letnan dua | inspektur jenderal | komisaris jenderal""".split("|")
        ),
        key=len,
        reverse=True,
    )
)
# First words of ranks (and titles written like them) that can end a role before a name.
RANK_OPENERS = frozenset(
    """komisaris inspektur ajun brigadir letnan laksamana marsekal raden jenderal kolonel
    letkol mayor kapten laksda laksdya laksma letjen mayjen brigjen marsma marsda marsdya
    irjen komjen kombes akbp akp kompol iptu ipda aiptu aipda bripka brigpol briptu bripda
    bharada bharaka bharatu peltu pelda serma serka sertu serda kopka koptu kopda praka
    pratu prada lettu letda dokter""".split()
)
# Short ranks that name nothing else: a chunk holding one holds a person after it.
# Left out: "Komisaris", "Jenderal", "Mayor", "Inspektur" alone, which also stand in the
# names of boards and offices ("Dewan Komisaris", "Direktorat Jenderal Pajak").
_SHORT_RANKS = frozenset(
    """akbp akp kompol kombes iptu ipda aiptu aipda bripka brigpol briptu bripda bharada
    letkol kolonel mayjen brigjen irjen komjen letjen laksda laksdya laksma marsma marsda
    marsdya lettu letda""".split()
)


def rank_at(tokens: list[Token], i: int) -> int:
    """Length in tokens of a police or military rank starting at ``tokens[i]`` with its
    corps ("Ajun Komisaris Besar", "Kombes Pol", "Letkol (Inf)"); 0 if none."""
    n = 0
    for rank in _RANKS:
        words = rank.split()
        if [t.text.lower() for t in tokens[i : i + len(words)]] == words:
            n = len(words)
            break
    if not n and i < len(tokens) and tokens[i].text.lower() in _SHORT_RANKS:
        n = 1
    while n and i + n < len(tokens):
        word = tokens[i + n].text
        if word.lower() in RANK_QUALIFIERS:
            n += 1  # "Kombes Pol"
        elif (
            word == "("
            and i + n + 2 < len(tokens)
            and tokens[i + n + 1].text.lower() in RANK_QUALIFIERS
            and tokens[i + n + 2].text == ")"
        ):
            n += 3  # "Letkol (Inf)"
        else:
            break
    return n


# Words that may follow a rank's first word: "Komisaris Besar", "Laksda TNI", "Letnan
# Kolonel Laut", "dokter gigi".
_RANK_TAIL_WORDS = RANK_OPENERS | frozenset(
    "besar polisi satu dua madya muda pertama utama tni polri laut udara darat gigi purn".split()
)
# Offices named "... Jenderal" that are no rank: "Konsul Jenderal", "Direktur Jenderal".
_GENERAL_TITLES = frozenset("konsul sekretaris direktur jaksa auditor inspektur".split())
# Corps and services written after a rank: "Letkol Inf", "Brigjen (Pol)", "(Purn)".
RANK_QUALIFIERS = frozenset("purn pol tni czi inf kav art mar pnb cpm kes".split())
# Every word a rank is written with, in full or short ("Laksamana Madya", "Kombes").
RANK_WORDS = _RANK_TAIL_WORDS | {word for rank in _RANKS for word in rank.split()}
_RANK_OR_CORPS = RANK_WORDS | RANK_QUALIFIERS
_ROLE_STOP = frozenset(
    """yang akan telah sudah bahwa untuk pada ini itu juga tidak bisa dapat kata ujar menurut
    oleh kepada serta sebagai saat ketika lalu kemudian namun tetapi karena hingga sampai
    sebelum setelah sesudah seusai usai sejak agar supaya jika kalau bila sedangkan sehingga
    saling dengan selaku tersebut jadi adalah ialah merupakan masih belum pun atas terhadap
    tentang mengenai harus mesti perlu wajib boleh ingin mau hendak sempat pernah sedang
    segera""".split()
)
# "mantan Menteri Sekretaris Negara era Presiden Habibie": the office before the era
# word is someone else's (here the speaker's); the name's own role is the one after it.
# Without a role after it ("Kepala Pusat Penerangan ABRI masa itu, Brigjen Sumrahari")
# the era word ends the role.
_ERA_WORDS = frozenset("era zaman masa".split())
# Capitalised, these open a sentence (a full stop lost in the source), never a role word.
_SENTENCE_OPENERS = frozenset(
    """secara di adapun selain sebelumnya terpisah namun sedangkan kemudian menurut
    sejak saat ketika""".split()
)
# Tokens read before a name for a role. Offices run long: "Kepala Divisi Manajemen
# Proyek dan Pemeliharaan Fasilitas Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu
# Minyak dan Gas Bumi (SKK Migas)" is 22 tokens; a shorter window starts the role at a
# head inside it ("Pelaksana ...").
_ROLE_WINDOW = 24
# "mantan Kepala Desa ...", "bekas Direktur ...": part of the role, though no role head.
_ROLE_PREFIXES = frozenset("mantan bekas eks calon".split())
# "Atlet lompat galah putri mereka, Nadia ...": the possessive is not part of the role.
_ROLE_TRAILERS = frozenset(
    """mereka kami kita kalian ini itu tersebut di ke dari pada untuk dengan bersama oleh
    yakni yaitu ialah adalah seperti""".split()
)
# Campaign teams are named after their candidates: "tim kampanye Olly - Steven".
_CAMPAIGN_WORDS = frozenset(("kampanye", "pemenangan"))
# Heads that take a person as their object: "Kuasa hukum Bambang, Yosef Hutapea, ..."
# is Yosef's role (and not Bambang's).
RELATIONAL_HEADS = frozenset({("kuasa", "hukum"), ("pengacara",), ("juru", "bicara"), ("jubir",)})
# Plain status words are no role when they follow a name ("Euis (45), warga setempat").
STATUS_HEADS = frozenset(
    """warga korban tersangka terdakwa saksi pedagang petani nelayan pekerja buruh sopir
    pengemudi mahasiswa siswa""".split()
)
_ADMIN_WORDS = frozenset("kecamatan kabupaten kota provinsi desa kelurahan kab kec".split())
# At most this many lower-case words in a row (fillers aside) inside a role: a longer
# run is a clause ("pasangan saling kejar poin hingga kedudukan ...").
_MAX_LOWER_RUN = 4
# What may stand between a name and a role written after it: academic degrees
# (", S.H., M.Kes.", ", Sp.PD-KPTI") and an age ("(45)").
_AFTER_NAME_RE = re.compile(
    r"(?:\s*,\s*(?:[A-Z][A-Za-z]{0,3}\.)+(?:[A-Z][A-Za-z-]*\b\.?)?(?=[\s,]))*"
    r"(?:\s*\(\d{1,3}(?:\s*tahun)?\))?"
)
# Links from a name to a role after it: "X selaku Ketua Umum Partai Y", "X, yang
# menjabat sebagai Gubernur ...", "X, yang juga Ketua ...". A bare comma ("Sri Mulyani,
# Menteri Keuangan, mengatakan") needs a closing comma or the sentence end.
_ROLE_LINK_RE = re.compile(
    r"\s*,?\s*(?:selaku|sebagai|yang\s+(?:juga\s+)?(?:(?:kini|saat\s+ini|sekarang)\s+)?"
    r"(?:menjabat|merupakan|adalah)(?:\s+sebagai)?|yang\s+juga)\s+",
    re.IGNORECASE,
)
_COMMA_LINK_RE = re.compile(r"\s*,\s*")
_ROLE_LOOKAHEAD = 300  # characters read after a name for a role (keeps the layer linear)


def _general_office(tokens: list[Token]) -> bool:
    """The tokens end with an office named "... Jenderal" ("Sekretaris Jenderal",
    "Direktur Jenderal"): the last word is the office's, not a general's rank."""
    return (
        len(tokens) >= 2
        and tokens[-1].text.lower() == "jenderal"
        and tokens[-2].text.lower() in _GENERAL_TITLES
    )


def _title_token(word: str) -> bool:
    """A title, rank, full stop or initial standing between a role and a name.

    Only a single letter ("M", "K.H.") counts as an initial: an acronym ("KPU",
    "RI", "JPU") belongs to the role.
    """
    return (
        word == "."
        or word.rstrip(".").lower() in LEADING_TITLES
        or word in NAME_ABBREVIATIONS
        or bool(INITIALS_RE.match(word))
    )


def _closed(text: str, end: int) -> bool:
    """The name closes an apposition ("kata Kepala Dinas X, Yunita Damayanti, saat ...")."""
    age = AGE_AFTER_RE.match(text, end)  # "..., Suparno (54), Selasa ..."
    if age:
        end = age.end()
    rest = text[end : end + 2].lstrip()
    return not rest or rest[0] in ",.;)"


def _verb_like(word: str) -> bool:
    """Indonesian active verbs open with me-/ber- ("mengatakan", "bertemu"), and passive
    ones are di-...-kan ("diserahterimakan"): a role ends there."""
    return (
        (word.startswith("me") and len(word) > 4)
        or (word.startswith("ber") and len(word) > 5)
        or (word.startswith("di") and word.endswith("kan") and len(word) > 6)
    )


def _role_word(token: Token) -> bool:
    word = token.text
    if word[0] in _QUOTES:
        return False  # a role never reaches into or out of a quotation
    if word.istitle() and word.lower() in _SENTENCE_OPENERS:
        return False  # "... prihatin Secara terpisah, Wali Kota Malang": a new sentence
    if word[0].isupper() or word[0].isdigit() or word in "-.&'()/,":
        return True
    lower = word.lower()
    return lower in _ROLE_FILLERS or not (lower in _ROLE_STOP or _verb_like(lower))


def _lower_word(token: Token) -> bool:
    """A lower-case word that is not a role filler ("lompat", "tropis", "dari")."""
    word = token.text
    return word[0].islower() and word.isalpha() and word not in _ROLE_FILLERS


def _role_body_ok(tokens: list[Token]) -> bool:
    """The words after a role head are all role words, with no long lower-case run,
    and an inner comma goes on with a name or "dan" ("Surveilans, Epidemiologi, dan
    Imunisasi", "Desa Karangsari, Kecamatan Patebon"), never with a clause."""
    run = 0
    for k, token in enumerate(tokens):
        if not _role_word(token):
            return False
        if _lower_word(token):
            run += 1
            if run > _MAX_LOWER_RUN:
                return False
        elif not token.text.isalpha() or token.text[0].isupper():
            run = 0
        if token.text == "," and k + 1 < len(tokens):
            after = tokens[k + 1].text
            if not (after[0].isupper() or after == "dan"):
                return False
    return True


_COORDINATORS = frozenset(("dan", "serta"))


def _second_role(tokens: list[Token], start: int, end: int) -> bool:
    """A second role opens inside ``tokens[start:end]`` after "dan"/"serta" or a comma:
    "Direktur Utama Pertamina, dan Kepala BPH Migas Andi ..." lists two people, and the
    name belongs to the last role only ("Kapolri, Wadir Lantas Polda Metro Jaya AKBP
    Indra ..."); a rank after the comma is the person's ("Kapolda Jatim, Irjen Luki").
    A list of fields after one head ("Bidang Politik, Hukum, dan Keamanan") has no role
    head after the conjunction and stays whole."""
    return any(
        (
            tokens[k].text.lower() in _COORDINATORS
            or (tokens[k].text == "," and not rank_at(tokens, k + 1))
        )
        and role_at(tokens, k + 1)
        for k in range(start, min(end, len(tokens)) - 1)
    )


def _name_piece_cut(tokens: list[Token], others: Coverage) -> int:
    """Where a role runs into a name part the tagger left out: "sprinter ... (NTB), Lalu
    [Ahmad Fauzan]", "... Luwu Utara, Andi [Muh. Syahrir]". Returns the index of the last
    inner comma when only one or two capitalised words, none of them a place or an
    organisation, stand between it and the name; else ``len(tokens)``."""
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    if not commas:
        return len(tokens)
    last = commas[-1]
    piece = [t for t in tokens[last + 1 :] if not _title_token(t.text)]  # "..., Prof. Ratna"
    if (
        1 <= len(piece) <= 2
        and all(t.text.isalpha() and t.text[0].isupper() for t in piece)
        and piece[0].text.lower() not in _ADMIN_WORDS
        and not others.overlaps(piece[0].start, piece[-1].end)
    ):
        return last
    return len(tokens)


# Words that open the name of a cup or a day named after an office: "Piala Presiden",
# "Piala Gubernur", "Hari Guru". The office in it is nobody's role.
_EVENT_HEADS = frozenset("piala trofi hari".split())


def _event_head(word: str) -> bool:
    """ "Piala", "Hari" capitalised: "dini hari Direktur ..." is a time, then a role."""
    return word[0].isupper() and word.lower() in _EVENT_HEADS


def _inside_person(persons: list[Mention], starts: list[int], position: int) -> bool:
    """``position`` lies inside a person mention (found by bisection over ``starts``)."""
    k = bisect_right(starts, position) - 1
    return k >= 0 and persons[k].end > position


def _relational(role: str) -> bool:
    words = tuple(role.lower().split())
    return any(words[: len(head)] == head for head in RELATIONAL_HEADS)


def _paired(text: str, first: Mention, second: Mention) -> bool:
    """Two names written as a pair: "Dimas Arya/Rafi Hanif"."""
    return text[first.end : second.start].strip() == "/"


def _persons_between(starts: list[int], start: int, end: int) -> list[int]:
    """Indexes of the person mentions starting in [start, end) (a handful at most)."""
    first = bisect_left(starts, start)
    last = bisect_left(starts, end, first)
    return list(range(first, last))


_TRAILING_CONJUNCTIONS = (" dan", " atau", " serta")


def _rank_tail(words: list[str]) -> int:
    """Where a rank written at the end of a role starts (``len(words)`` if none).

    The person's rank stands between the role and the name and is neither:
    "Kepala Polri Jenderal (Pol)", "Panglima Komando Armada I Laksda TNI",
    "Kepala Polres Bitung Ajun Komisaris Besar FX", "Ketua Umum IDI Dokter",
    "Asisten Ajudan Presiden Lettu (Inf)". A title taken off first can leave only the
    rank's first word ("... Polri Komisaris"). "Presiden Komisaris" keeps its second
    word, and a rank with nothing before it is no role at all (0).
    """
    if len(words) > 1 and all(w.lower().strip("()") in _RANK_OR_CORPS for w in words):
        return 0  # "Mayor Jenderal TNI dokter": a rank alone is no role
    k = len(words)
    while k > 1 and (
        words[k - 1].lower().strip("()") in _RANK_TAIL_WORDS
        or (  # initials after a rank: "... Ajun Komisaris Besar FX"
            words[k - 1].isupper()
            and len(words[k - 1]) <= 3
            and words[k - 2].lower() in _RANK_TAIL_WORDS
        )
        or (words[k - 1].startswith("(") and words[k - 1].endswith(")")
            and words[k - 1].strip("()").lower() in RANK_QUALIFIERS)
        or (  # a corps after a rank: "Letkol Inf", "Kolonel Czi"
            words[k - 1].lower() in RANK_QUALIFIERS and words[k - 2].lower() in _RANK_TAIL_WORDS
        )
    ):  # fmt: skip
        k -= 1
    while k < len(words) and (
        words[k].lower() not in RANK_OPENERS
        or (words[k].lower() == "jenderal" and k and words[k - 1].lower() in _GENERAL_TITLES)
    ):
        k += 1  # the rank starts at its first rank word ("TNI", "(Purn)" only follow one)
    if k < len(words) and (
        (words[k - 1].lower() in ("presiden", "wakil", "dewan") and words[k].lower() == "komisaris")
        or (k == 1 and words[0].lower() in _RANK_TAIL_WORDS)  # "kapten Persija": a team's
    ):
        return len(words)
    return k


def _clean_role(role: str) -> str | None:
    """The role without trailing punctuation or rank; None for a plain status word ("korban").

    A rank written out between the function and the name ("Kepala Unit Reserse
    Mobil Polrestabes Surabaya Inspektur Polisi Satu Bima Sakti") is neither
    role nor name.
    """
    if ")" in role and "(" not in role.partition(")")[0]:
        role = role.rpartition(")")[2]  # "(sopir taksi Dopinder) dan": a closing aside
    role = role.rstrip(" ,")
    while role and (role[-1] in ".-&'(/,:" or role.lower().endswith(_TRAILING_CONJUNCTIONS)):
        role = role[:-1].rstrip() if role[-1] in ".-&'(/,:" else role.rsplit(None, 1)[0]
    lower = role.lower()
    for rank in _RANKS:
        if lower.endswith(" " + rank):
            role = role[: -len(rank) - 1].rstrip(" ,")
            break
    words = role.split()
    cut = _rank_tail(words)
    if cut < len(words):
        role = " ".join(words[:cut]).rstrip(" ,")
    return role if role and role.lower() not in STATUS_HEADS else None


def _context_tokens(
    text: str, sentence_starts: list[int], index: int, position: int
) -> list[Token]:
    """Tokens from the start of the sentence to ``position``.

    A sentence split after a title or an abbreviated name ("... Provinsi NTT Dr. drg.
    | Yosefina ...", "... Luwu Utara, Andi Muh. | Syahrir, ...") is undone: when only
    titles stand before the name, the previous sentence is read too.
    """
    sentence_start = sentence_starts[index] if index >= 0 else 0
    start = max(sentence_start, position - _ROLE_LOOKAHEAD)
    tokens = tokenize(text, start, position)
    if start > sentence_start and tokens:
        tokens = tokens[1:]  # may be half a word
    for _ in range(2):  # a name is split off by one or two titles at most
        if index <= 0:
            break
        only_titles = all(_title_token(t.text) for t in tokens)
        previous = sentence_starts[index - 1]
        earlier = tokenize(text, max(previous, start - _ROLE_LOOKAHEAD), start)
        if len(earlier) < 2 or earlier[-1].text != "." or not _title_token(earlier[-2].text):
            break
        if not only_titles and earlier[-2].text.lower() not in LEADING_TITLES:
            break  # "Grup A. Pelatih Budi": a title ("Plh.", "Dr."), not a letter, never ends one
        tokens = earlier + tokens
        index -= 1
        start = previous
    return tokens


def _role_before(
    text: str,
    tokens: list[Token],
    mention: Mention,
    persons: list[Mention],
    starts: list[int],
    others: Coverage,
) -> str | None:
    """A role phrase written right before the name ("Kepala Dinas X dr. Y", "Presiden
    Korea Utara, Kim Jong Un", "Direktur X yang mewakili pemerintah, Dra. Y")."""
    while tokens and _title_token(tokens[-1].text) and not _general_office(tokens):
        tokens = tokens[:-1]  # "..., dr. Yuliana", "... Kombes Pol Hendra": titles are no role
    if not tokens:
        return None
    comma = tokens[-1].text == ","
    window = tokens[:-1] if comma else tokens
    while window and window[-1].text.lower() in _ROLE_TRAILERS:
        window = window[:-1]
    window = window[-_ROLE_WINDOW:]
    for i in range(len(window)):
        n = role_at(window, i)
        if not n or _inside_person(persons, starts, window[i].start):
            continue  # "pasangan Lucky [Hakim] dan Tiara Dewi": a surname, not a judge
        if i > 0 and window[i].text[0].isupper() and _event_head(window[i - 1].text):
            continue  # "Piala Presiden 2017, Ratu Tisha": a cup's name, not her office
        head = tuple(t.text.lower() for t in window[i : i + n])
        between = window[i:]
        stop = len(between)
        if comma:  # "Direktur X yang mewakili pemerintah dalam rapat, Dra. Y": cut the clause
            stop = next((j for j in range(n, stop) if between[j].text.lower() == "yang"), stop)
        elif n < stop:
            stop = max(n, _name_piece_cut(between, others))
        body = between[:stop]
        if not _role_body_ok(body[n:]) or _second_role(window, i + n, i + len(body)):
            continue
        era = next((k for k in range(n, len(body)) if body[k].text in _ERA_WORDS), None)
        if era is not None:
            if era + 1 < len(body) and role_at(body, era + 1):
                continue  # "... era Presiden Habibie": the role after the era word is his
            body = body[:era]  # "Kepala Pusat Penerangan ABRI masa itu, Brigjen Sumrahari"
        # a name piece cut off ("..., Andi [Muh. Syahrir]") is part of the name, not a clause
        span = (between[0].start, (body if stop < len(between) and not comma else between)[-1].end)
        # another person inside the phrase: a clause, not this person's role, unless the
        # head takes a person ("Kuasa hukum Bambang, Yosef Hutapea, ...")
        inside = _persons_between(starts, span[0], span[1])
        if inside and not (
            comma
            and head in RELATIONAL_HEADS
            and stop == len(between)
            and len(inside) == 1
            and persons[inside[0]].end == span[1]
        ):
            continue
        prefix = i > 0 and window[i - 1].text.lower() in _ROLE_PREFIXES
        first = i - 1 if prefix else i
        before = window[first - 1].text.lower() if first > 0 else ""
        if (
            comma
            and before in _APPOSITION_BLOCKERS
            and not _closed(text, mention.end)
            and not (before in _SPEECH_AFTER_QUOTE and _predicate_follows(text, mention.end))
        ):
            return None  # "menurut pejabat X, Kim akan ...": a speaker, then the content
        return _clean_role(text[window[first].start : body[-1].end])
    return None


_WORD_BEFORE_RE = re.compile(r"(\w+)\W*$")
# Lower-case words that end an apposition after a name and open the predicate ("di"
# is left out: "Konsul Jenderal RI di Chicago" is one role).
_PREDICATE_OPENERS = frozenset(
    "dalam pada kepada saat ketika secara seusai usai sebelum setelah".split()
)


# Speech verbs written after the quotation: the content is already said, so what
# follows the role's comma is the speaker ("...," kata Kepala Puskesmas X, Edison
# Sahputra ketika dihubungi).
_SPEECH_AFTER_QUOTE = frozenset("kata ujar tutur".split())
_NEXT_WORD_RE = re.compile(r"\s+(\w+)")


def _predicate_follows(text: str, end: int) -> bool:
    """A time or circumstance clause follows the name ("... ketika dihubungi")."""
    word = _NEXT_WORD_RE.match(text, end)
    return word is not None and word.group(1) in _PREDICATE_OPENERS


def _opens_predicate(word: str) -> bool:
    """A preposition or an active verb that can follow an apposition directly."""
    lower = word.lower()
    return word.islower() and (lower in _PREDICATE_OPENERS or _verb_like(lower))


def _role_after(text: str, mention: Mention, sentence_end: int, starts: list[int]) -> str | None:
    """A role written after the name: "Sri Mulyani, Menteri Keuangan, mengatakan",
    "X selaku Ketua Umum Partai Y", "X yang menjabat sebagai Gubernur Jawa Barat".

    The role opens with a role head (status words such as "warga" aside) and holds no
    verb and no other person; after a bare comma it must be closed by a comma or the
    end of the sentence.
    """
    position = _AFTER_NAME_RE.match(text, mention.end, sentence_end).end()
    link = _ROLE_LINK_RE.match(text, position, sentence_end)
    bounded = link is None
    if link is None:
        link = _COMMA_LINK_RE.match(text, position, sentence_end)
        if link is None:
            return None
    limit = min(sentence_end, link.end() + _ROLE_LOOKAHEAD)
    tokens = tokenize(text, link.end(), limit)
    if not tokens:
        return None
    i = 1 if tokens[0].text.lower() in _ROLE_PREFIXES else 0
    n = role_at(tokens, i) if i < len(tokens) else 0
    if not n or (n == 1 and tokens[i].text.lower() in STATUS_HEADS):
        return None
    j = i + n
    run = 0
    while j < len(tokens):
        token = tokens[j]
        if token.text in {",", ".", ";", ":", '"', "“", "”"} or not _role_word(token):
            break
        if bounded and token.text.lower() in _PREDICATE_OPENERS and token.text.islower():
            break  # "..., Gubernur DKI Jakarta dalam rapat ...": the apposition ends
        if _lower_word(token):
            run += 1
            if run > _MAX_LOWER_RUN:
                return None
        elif token.text[0].isupper():
            run = 0
        j += 1
    end = j
    while end > i + n and tokens[end - 1].text.lower() in _ROLE_TRAILERS:
        end -= 1
    if bounded:
        closed = j < len(tokens) and tokens[j].text in {",", ".", ";"}
        if not closed and j < len(tokens) and _opens_predicate(tokens[j].text):
            # "Anies Baswedan, Gubernur DKI Jakarta dalam rapat ...", "X, Ketua Fraksi Y
            # menegaskan": closed by the predicate, unless the name ends a speaker clause
            before = _WORD_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start)
            closed = not (before and before.group(1).lower() in _APPOSITION_BLOCKERS)
        if not (closed or (j == len(tokens) and limit == sentence_end)):
            return None  # "Menurut Budi, Ketua RT mengatakan ...": a clause, not an apposition
        if j < len(tokens) and tokens[j].text == "." and j + 1 < len(tokens):
            return None  # an abbreviation, not the end of the apposition
    span = (tokens[0].start, tokens[end - 1].end)
    inside = _persons_between(starts, span[0], span[1])
    relational = tuple(t.text.lower() for t in tokens[i : i + n]) in RELATIONAL_HEADS
    words_before = (
        {t.text.lower() for t in tokens[i:end] if t.start < starts[inside[0]]} if inside else set()
    )
    if inside and not (relational or words_before & _CAMPAIGN_WORDS):
        # other persons inside only as whom the person speaks for ("Veronica, juru bicara
        # Nurdin Abdullah, ...", "X, kuasa hukum FPI dan Rizieq Shihab, ...") or whose
        # campaign team it is ("X, sekretaris tim kampanye Vonnie - Hendry, ...")
        return None
    return _clean_role(text[span[0] : span[1]])


def attach_roles(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """Set ``mention.role`` from a role phrase next to a person mention.

    "Kepala Dinas Kesehatan Pesisir Selatan dr. Yuliana Rahmi" and "Presiden
    Korea Utara, Kim Jong Un" give roles, and so do appositions after the name
    ("Budi Santoso, Kepala Dinas Kesehatan Kota Bandung, menyebut ...", "X selaku
    Ketua Umum Partai Y"); "menurut pejabat Korea Selatan, Kim ..." does not (a
    speaker clause, not an apposition), nor does a phrase holding a verb or
    another person. "A/B" (a pair) share A's role.

    Each mention reads a bounded stretch of text on either side and looks up
    other persons by bisection, so the layer stays linear in the text length.
    """
    persons = sorted((m for m in mentions if m.type == "PERSON"), key=lambda m: m.start)
    starts = [m.start for m in persons]
    others = Coverage(len(text), [m for m in mentions if m.type != "PERSON"])
    sentence_starts = [s for s, _ in sentences]
    previous: Mention | None = None
    apposition_end = -1  # where the last role written after a name ends
    for number, mention in enumerate(persons):
        if mention.start < apposition_end:
            # a person named inside another's apposition ("X, kuasa hukum FPI dan
            # [Rizieq Shihab], ..."): the words before are the other person's role
            mention.role = None
            previous = mention
            continue
        index = bisect_right(sentence_starts, mention.start) - 1
        sentence_end = max(sentences[index][1], mention.end) if index >= 0 else len(text)
        if previous and previous.role and _paired(text, previous, mention):
            mention.role = previous.role  # "Pasangan ganda putra Indonesia, Dimas/Rafi"
            previous = mention
            continue
        tokens = _context_tokens(text, sentence_starts, index, mention.start)
        role = _role_before(text, tokens, mention, persons, starts, others)
        following = persons[number + 1] if number + 1 < len(persons) else None
        if (
            role
            and following
            and _relational(role)
            and _COMMA_LINK_RE.fullmatch(text, mention.end, following.start)
            and _closed(text, following.end)
        ):
            role = None  # "Kuasa hukum Bambang, Yosef Hutapea, ...": the role is Yosef's
        if (
            role
            and previous
            and _relational(role)
            and text[previous.end : mention.start].startswith(",")
            and text[previous.end : mention.start].strip(" ,") == role
        ):
            role = None  # "Veronica Moniaga, juru bicara [Nurdin Abdullah], ...": hers
        if not role:
            role = _role_after(text, mention, sentence_end, starts)
            found = text.find(role, mention.end) if role else -1
            if found >= 0:
                apposition_end = found + len(role)
            if role and previous and previous.role is None and _paired(text, previous, mention):
                previous.role = role  # "Dimas/Rafi, pasangan ganda putra Indonesia, ..."
        mention.role = role
        previous = mention
