"""The structure layer: separate Indonesian news boilerplate from the body.

Indonesian articles carry their furniture inside the text: a dateline with the
publisher ("JAKARTA, KOMPAS.com -"), bylines in a dozen house styles
("(Tribunnews.com/Nama)", "Penulis: X | Editor: Y", "(rdp/imk)", "Pewarta:"),
"Baca juga:" lines pointing to other articles, video promos, ad markers and
copyright lines. This module reads them as data and returns the body without
them. Every rule works on one paragraph (block) at a time and is anchored, so
the cost is linear in the text and no pattern can backtrack badly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from warta.article import Boilerplate, CitedMedium, Dateline, Related

# --- word lists ----------------------------------------------------------------


@lru_cache(maxsize=1)
def _publishers() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    text = resources.files("warta.data").joinpath("publishers.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, name = line.split("\t")
        if key.endswith("*"):
            prefixes.append((key[:-1], name))
        else:
            exact[key] = name
    return exact, tuple(prefixes)


@lru_cache(maxsize=1)
def known_media() -> frozenset[str]:
    """Names of media that articles cite, lower-cased."""
    text = resources.files("warta.data").joinpath("media.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


_DOMAIN_RE = re.compile(r"^(?:www\.)?([A-Za-z0-9][A-Za-z0-9-]*)(?:\.[A-Za-z]{2,3}){1,2}$")
_TRIBUN_RE = re.compile(r"^tribun([a-z]+)$")
# News agencies: their codes close bylines ("(ant/EVY)") but they are not authors.
_AGENCY_CODES = frozenset(
    {
        "ant",
        "antara",
        "afp",
        "ap",
        "rtr",
        "reuters",
        "dpa",
        "xinhua",
        "bbc",
        "kyodo",
        "yonhap",
        "anadolu",
        "bernama",
        "int",
        "net",
        "dok",
        "ist",
        "sumber",
    }
)


def publisher_name(token: str) -> str | None:
    """Canonical publisher for a masthead or domain token, or None if it is not one."""
    key = re.sub(r"\.\s+(?=[a-z]{2,3}\b)", ".", token.strip().lower())  # "KOMPAS. com"
    if key.startswith("www."):
        key = key[4:]
    exact, prefixes = _publishers()
    if key in exact:
        return exact[key]
    for prefix, name in prefixes:
        if key.startswith(prefix) and len(key) > len(prefix) and " " not in key:
            return name
    domain = _DOMAIN_RE.match(key)
    if domain:
        stem = domain.group(1)
        if stem in exact:
            return exact[stem]
        tribun = _TRIBUN_RE.match(stem)
        if tribun:
            return "Tribun " + tribun.group(1).capitalize()
        return stem.capitalize() if stem.isalpha() else stem
    return None


# --- dateline --------------------------------------------------------------------

_DASH = r"(?:--|[-–—―~])"
_DATELINE_DASH_RE = re.compile(rf"^(?P<head>[^\n]{{2,70}}?)\s*{_DASH}\s+")
_DATELINE_DOMAIN_RE = re.compile(
    r"^(?P<head>(?:[A-Z][A-Za-z .']{1,40},\s*)?[A-Za-z0-9-]+\.\s?(?:com|co\.id|co|id|net)"
    r"(?:,\s*[A-Z][A-Za-z .']{1,40}(?=\s*[-–—]))?)\s*(?:--|[-–—])?\s+(?=\S)",
)
_PLACE_WORD_RE = re.compile(r"^[A-Z][A-Za-z'.-]*$")
_NOT_PLACE = frozenset(
    [
        "presiden",
        "menteri",
        "namun",
        "sementara",
        "ketua",
        "kepala",
        "direktur",
        "gubernur",
        "selain",
        "dalam",
        "pada",
        "di",
        "ini",
        "itu",
        "saat",
        "kini",
        "sebelumnya",
        "kemudian",
        "adapun",
        "menurut",
        "dia",
        "ia",
        "mereka",
        "kami",
        "kita",
        "wakil",
        "juru",
        "bapak",
        "ibu",
        "sebanyak",
        "sekitar",
        "para",
        "polisi",
        "tim",
        "pemerintah",
        "warga",
        "hal",
        "baca",
    ]
)
_KEEP_UPPER = frozenset({"DKI", "DIY", "NTT", "NTB", "AS", "USA", "UK", "PBB", "UEA", "RI"})


def _place_name(part: str) -> str | None:
    words = part.split()
    if not 1 <= len(words) <= 4 or not all(_PLACE_WORD_RE.match(w) for w in words):
        return None
    if words[0].lower() in _NOT_PLACE:
        return None
    if part.isupper():
        words = [w if w in _KEEP_UPPER else w.capitalize() for w in words]
        words = ["-".join(p.capitalize() for p in w.split("-")) if "-" in w else w for w in words]
    return " ".join(words)


def split_dateline(paragraph: str) -> tuple[Dateline, str | None, str] | None:
    """(dateline, publisher, rest) when the paragraph opens with a dateline."""
    for pattern, dash_required in ((_DATELINE_DASH_RE, True), (_DATELINE_DOMAIN_RE, False)):
        match = pattern.match(paragraph)
        if not match:
            continue
        parsed = _parse_dateline_head(match.group("head").strip(), dash_required)
        if parsed is None:
            continue
        place, publisher = parsed
        rest = paragraph[match.end() :]
        if not rest.strip():
            continue
        dateline_text = paragraph[: match.end()].strip()
        return Dateline(text=dateline_text, place=place), publisher, rest
    return None


def _parse_dateline_head(head: str, dash_seen: bool) -> tuple[str | None, str | None] | None:
    paren = re.match(r"^(?P<place>[^()]{2,40}?)\s*\((?P<pub>[^()]{2,30})\)$", head)
    if paren:
        publisher = publisher_name(paren.group("pub"))
        place = _place_name(paren.group("place").strip())
        if publisher and place:
            return place, publisher
        return None
    parts = [p.strip() for p in head.split(",")]
    if not 1 <= len(parts) <= 2 or not all(parts):
        return None
    place: str | None = None
    publisher: str | None = None
    for part in parts:
        pub = publisher_name(part)
        if pub and publisher is None and (len(part.split()) <= 3):
            publisher = pub
            continue
        name = _place_name(part)
        if name and place is None:
            place = name
            continue
        return None
    if publisher is None and not (dash_seen and place and len(parts) == 1):
        return None
    return place, publisher


# --- line classes ----------------------------------------------------------------

# Labels that open a related-article line. "Baca juga" and its kin are
# unmistakable with or without a colon; the phrase labels ("Berita terkait")
# could open an ordinary sentence, so plain text needs their colon. The HTML
# reader, which sees them as the heading of a link block, uses the loose form.
_SEE_ALSO = r"(?:baca|lihat|simak|cek)\s+(?:juga|pula)\b"
_PHRASE_LABELS = (
    r"(?:pilihan\s+editor|berita\s+terkait|artikel\s+terkait|baca\s+selengkapnya|"
    r"baca\s+berita\s+lainnya)"
)
_RELATED_RE = re.compile(
    rf"^{_SEE_ALSO}\s*:?\s*|^{_PHRASE_LABELS}\s*:\s*",
    re.IGNORECASE,
)
RELATED_LABEL_LOOSE_RE = re.compile(
    rf"^\s*(?:{_SEE_ALSO}|{_PHRASE_LABELS})\s*:?\s*",
    re.IGNORECASE,
)
"""A related-article label at the start of a link block, colon optional (HTML reader)."""
_VIDEO_RE = re.compile(r"^\[gambas:[^\]]*\]$", re.IGNORECASE)
# "Simak Video "…"" / "Simak juga Video: …": a pointer to related video content.
_VIDEO_RELATED_RE = re.compile(
    r"^(?:simak|tonton|saksikan|lihat)(?:\s+juga)?\s+video\b\s*:?\s*", re.IGNORECASE
)
_SYNDICATION_RE = re.compile(
    r"^(?:artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)|sebagian\s+artikel\s+ini\s+telah)",
    re.IGNORECASE,
)
_SYNDICATED_TITLE_RE = re.compile(
    r"dengan\s+judul\s+[\"“]?(?P<title>.+?)[\"”]?\s*(?:,\s*(?:klik\s+untuk\s+baca\s*:?\s*)?"
    r"https?://\S+)?\.?\s*$",
    re.IGNORECASE,
)
_NOISE_RE = re.compile(
    r"^(?:advertisement|iklan|ads|scroll\s+to\s+(?:continue|resume)(?:\s+with)?\s+content|"
    r"copyright\s*(?:©|\(c\))?.*|hak\s+cipta.*|©.*|dapatkan\s+(?:update|informasi|berita).*|"
    r"(?:ikuti|follow)\s+.*(?:google\s+news|whatsapp|instagram|twitter|telegram|channel).*|"
    r"(?:cek|simak)\s+berita\s+dan\s+artikel\s+(?:yang\s+)?lain.*|klik\s+di\s*sini.*|"
    r"download\s+aplikasi.*|halaman\s+(?:selanjutnya|berikutnya|\d+(?:\s+\d+)*)|"
    r"(?:tags?|topik|share|bagikan|editor|redaktur|penyunting|editing|sumber|foto|video|"
    r"grafis|ilustrasi|korektor|produser|pewarta\s+foto|fotografer)\s*:.*|"
    r"(?:all\s+rights\s+reserved|loading|memuat)\.*)$",
    re.IGNORECASE,
)
_NOISE_MAX_LEN = 400

_BYLINE_PAREN_RE = re.compile(r"^\(\s*(?P<inner>[^()]{2,160}?)\s*\)$")
_BYLINE_TRAILING_RE = re.compile(r"(?<=[.!?\"”’)])\s*\(\s*(?P<inner>[^()]{2,120}?)\s*\)\s*$")
_LAPORAN_RE = re.compile(
    r"^\(?\s*laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis)\s+"
    r"(?P<pub>[^,]{2,50}),\s*(?P<names>[^()]{2,120}?)\s*\)?$",
    re.IGNORECASE,
)
_ROLE_LINE_RE = re.compile(
    r"^(?:penulis|reporter|pewarta|wartawan|oleh|rep|kontributor|laporan|jurnalis|teks)\s*:\s*",
    re.IGNORECASE,
)
_ROLE_SPLIT_RE = re.compile(
    r"\s*(?:\||;|\b(?:editor|red|redaktur|penyunting|fotografer|foto|sumber|pewarta\s+foto)"
    r"\s*:).*$",
    re.IGNORECASE,
)
_OLEH_RE = re.compile(r"^oleh\s+(?P<names>[A-Z][\w.' -]{2,60})$")
_CODES_RE = re.compile(r"^[A-Za-z]{2,6}(?:\s*/\s*[A-Za-z]{2,6})*$")
_UPPER_NAMES_RE = re.compile(r"^[A-Z][A-Z.' -]{2,60}(?:\s*\|\s*[A-Za-z][\w.' -]{1,60}){1,3}$")
_UPPER_NAME_RE = re.compile(r"^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){1,4}$")
_NAME_SPLIT_RE = re.compile(r"\s*(?:/|,|\s&\s|\sdan\s)\s*")


@dataclass(slots=True)
class Structure:
    """What the structure layer found."""

    paragraphs: list[str]
    publisher: str | None = None
    dateline: Dateline | None = None
    authors: list[str] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    publisher_hint: str | None = None  # from a byline or copyright line, weaker than a dateline
    syndicated_title: str | None = None  # from "Artikel ini telah tayang di X dengan judul ..."


def _clean_name(name: str) -> str:
    name = name.strip(" .,:;-–—|()[]\"'")
    if name.isupper() and len(name) > 5 and " " in name:
        name = " ".join(w.capitalize() for w in name.split())
    return name


_JOB_PREFIX_RE = re.compile(
    r"^(?:kontributor|wartawan|reporter|koresponden|jurnalis|tim)\b", re.IGNORECASE
)


def _names(text: str) -> list[str]:
    """Person names in a byline value; "Kontributor Kupang" style labels are not names."""
    names = (_clean_name(p) for p in _NAME_SPLIT_RE.split(text))
    return [n for n in names if len(n) >= 2 and not _JOB_PREFIX_RE.match(n)]


_SIGNATURE_RE = re.compile(r"^[A-Z][a-z'.-]+(?: [A-Z][a-z'.-]+){1,3}$")


@lru_cache(maxsize=1)
def _not_signature_words() -> frozenset[str]:
    """Words that make a parenthesised name an organisation, a place or a title."""
    from warta.ner.lexicon import ORG_HEADS, PERSON_TITLES, PLACE_HEADS

    return ORG_HEADS | PLACE_HEADS | PERSON_TITLES


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    from warta.ner.lexicon import COUNTRIES_AND_PLACES

    return frozenset(COUNTRIES_AND_PLACES)


def _signature(inner: str) -> str | None:
    """A writer's full name signing off the last paragraph, Kompas style: "… sejak Mei
    2010. (Sanny Cicilia)". Two to four capitalised words, none of them a title or the
    head of an organisation or place name, not a known place, not a publisher."""
    if len(inner) > 40 or not _SIGNATURE_RE.match(inner):
        return None
    if inner in _place_names() or publisher_name(inner) or inner.lower() in known_media():
        return None
    if any(word.lower() in _not_signature_words() for word in inner.split()):
        return None
    return inner


def _byline_from_parens(inner: str) -> tuple[list[str], str | None] | None:
    """Authors (and a publisher) from "(Tribunnews.com/Nama)", "(rdp/imk)", "(EVY)"."""
    parts = [p.strip() for p in inner.split("/")]
    first_pub = publisher_name(parts[0]) if len(parts) >= 2 else None
    if first_pub and (len(parts[0]) > 5 or "." in parts[0]):
        names = [n for p in parts[1:] for n in _names(p)]
        return (names, first_pub) if names else None
    if _CODES_RE.match(inner):
        codes = [p for p in parts if p.lower() not in _AGENCY_CODES]
        if len(parts) == 1 and not (inner.isupper() or inner.islower()):
            return None  # "(Jakarta)" is not a code
        if len(parts) == 1 and inner.lower() in _AGENCY_CODES:
            return [], publisher_name(inner)
        return codes, None
    if signed := _signature(inner):
        return [signed], None
    return None


def related_label(block: str) -> re.Match[str] | None:
    """The label opening a related-article line ("Baca juga:", "Simak Video …"), if any.

    A block of 400 characters or more is body text that merely starts that
    way. Anything that learns from article text (the NER self-training
    sentences) skips these lines by the same rule as the structure layer.
    """
    found = _VIDEO_RELATED_RE.match(block) or _RELATED_RE.match(block)
    return found if found and len(block) < 400 else None


def classify_block(
    block: str, *, near_start: bool, near_end: bool, before_prose: bool = False
) -> tuple[str, object]:
    """Return (kind, payload) for a block: related, video, noise, byline or body.

    ``before_prose`` says a paragraph of running text follows: then a line in
    capitals is a crosshead ("SALAT GAIB" over the story's last section), not
    the writer's name that closes an article.
    """
    related = related_label(block)
    if related:
        return "related", block[related.end() :].strip()
    if len(block) <= _NOISE_MAX_LEN:
        if _VIDEO_RE.match(block):
            return "video", None
        if _SYNDICATION_RE.match(block):
            found = _SYNDICATED_TITLE_RE.search(block)
            return "syndication", found.group("title").strip() if found else None
        laporan = _LAPORAN_RE.match(block)
        if laporan:
            return "byline", (_names(laporan.group("names")), publisher_name(laporan.group("pub")))
        role = _ROLE_LINE_RE.match(block)
        if role:
            names_text = _ROLE_SPLIT_RE.sub("", block[role.end() :])
            return "byline", (_names(names_text), None)
        paren = _BYLINE_PAREN_RE.match(block)
        if paren:
            parsed = _byline_from_parens(paren.group("inner"))
            if parsed is not None:
                return "byline", parsed
        if re.match(r"^rep\s*:", block, re.IGNORECASE):
            return "byline", (_names(_ROLE_SPLIT_RE.sub("", block.split(":", 1)[1])), None)
        if near_end and (publisher_name(block) or block.lower() in _AGENCY_CODES):
            return "source", None  # a bare "ANTARA" line: where the story came from
        signs_off = near_end and not before_prose
        if signs_off and _UPPER_NAME_RE.match(block) and block.lower() not in known_media():
            return "byline", (_names(block), None)
        if signs_off and _UPPER_NAMES_RE.match(block):
            names = []
            for part in block.split("|"):
                part = part.strip()
                if publisher_name(part) or part.lower() in _AGENCY_CODES:
                    continue
                names.extend(_names(part))
            return "byline", (names, None)
        if near_start:
            oleh = _OLEH_RE.match(block)
            if oleh:
                return "byline", (_names(oleh.group("names")), None)
        if _NOISE_RE.match(block):
            return "noise", None
    return "body", None


# "Baca Juga:" on a line of its own, then one title per line: at most this many.
_MAX_LISTED_TITLES = 5


def _title_like(block: str) -> bool:
    """A headline standing alone under a related-article label: short, one line, not a
    sentence (no full stop at its end)."""
    text = block.strip()
    return (
        0 < len(text) <= 150
        and "\n" not in text
        and text[-1] not in ".:;,"
        and len(text.split()) <= 20
        and text[0].isupper()
    )


def _prose(block: str) -> bool:
    """Running text of the story: a long paragraph, mostly in lower case, that ends a
    sentence; not a syndication notice ("Artikel ini telah tayang di ...") or a
    related-article line, which may follow the writer's name."""
    end = block.rstrip()[-1:]
    return (
        len(block) >= 120
        and end in '.!?"”'
        and sum(c.islower() for c in block) > 60
        and not _SYNDICATION_RE.match(block)
        and related_label(block) is None
    )


_URL_IN_TEXT_RE = re.compile(r"\s*(?:\(|\[)?\s*(https?://\S+?)\s*(?:\)|\])?\s*$")


def _related_entry(payload: str, links: dict[str, str]) -> Related | None:
    title, url = payload, None
    found = _URL_IN_TEXT_RE.search(title)
    if found:
        url = found.group(1)
        title = title[: found.start()]
    title = title.strip(" \"“”'‘’-–—:|")
    if not title:
        return None
    return Related(title=title, url=url or links.get(title))


def read_structure(blocks: list[str], links: dict[str, str] | None = None) -> Structure:
    """Split blocks into body paragraphs and boilerplate data."""
    links = links or {}
    result = Structure(paragraphs=[])
    authors: list[str] = []
    count = len(blocks)
    last_prose = max((i for i, b in enumerate(blocks) if _prose(b)), default=-1)
    titles_left = 0  # related titles still expected after a lone "Baca juga:" label
    for index, block in enumerate(blocks):
        kind, payload = classify_block(
            block,
            near_start=index < 3,
            near_end=index >= count - 4,
            before_prose=index < last_prose,
        )
        if kind == "related" and not payload:
            titles_left = _MAX_LISTED_TITLES  # "Baca Juga:" alone: the titles follow it
        elif kind == "body" and titles_left and _title_like(block):
            kind, payload = "related", block
            titles_left -= 1
        else:
            titles_left = 0
        if kind == "body":
            result.paragraphs.append(block)
            continue
        result.boilerplate.append(Boilerplate(kind, block))
        if kind == "related" and isinstance(payload, str):
            entry = _related_entry(payload, links)
            if entry:
                result.related.append(entry)
        elif kind == "syndication" and isinstance(payload, str):
            result.syndicated_title = result.syndicated_title or payload
        elif kind == "byline" and isinstance(payload, tuple):
            names, pub = payload
            authors.extend(names)
            result.publisher_hint = result.publisher_hint or pub
        elif kind == "noise" and re.search(r"©|copyright", block, re.IGNORECASE):
            # "COPYRIGHT © ANTARA 2023": the first masthead named is the publisher
            words = re.findall(r"[A-Za-z][\w.-]+", block)
            named = next((pub for word in words if (pub := publisher_name(word))), None)
            result.publisher_hint = result.publisher_hint or named
    _strip_trailing_byline(result, authors)
    _strip_dateline(result)
    seen: set[str] = set()
    result.authors = [a for a in authors if not (a.lower() in seen or seen.add(a.lower()))]
    return result


def _strip_trailing_byline(result: Structure, authors: list[str]) -> None:
    if not result.paragraphs:
        return
    last = result.paragraphs[-1]
    match = _BYLINE_TRAILING_RE.search(last)
    if not match:
        return
    parsed = _byline_from_parens(match.group("inner"))
    if parsed is None:
        return
    names, pub = parsed
    authors.extend(names)
    result.publisher_hint = result.publisher_hint or pub
    result.boilerplate.append(Boilerplate("byline", last[match.start() :].strip()))
    result.paragraphs[-1] = last[: match.start()].rstrip()
    if not result.paragraphs[-1]:
        result.paragraphs.pop()


def _strip_dateline(result: Structure) -> None:
    if not result.paragraphs:
        return
    found = split_dateline(result.paragraphs[0])
    if not found:
        return
    dateline, publisher, rest = found
    result.dateline = dateline
    result.publisher = publisher
    result.paragraphs[0] = rest.strip()
    result.boilerplate.append(Boilerplate("dateline", dateline.text))


# --- cited media ---------------------------------------------------------------------

# Strong cues name a medium whatever follows; weak cues may name a person
# ("mengutip Presiden ...") and need a known medium or a domain.
_STRONG_CUE = (
    r"(?:[Dd]ikutip\s+dari|[Dd]ilansir(?:\s+dari)?|[Mm]elansir(?:\s+dari)?|"
    r"[Ss]eperti\s+dikutip(?:\s+dari)?|[Dd]ikutip)"
)
_WEAK_CUE = (
    r"(?:[Mm]engutip(?:\s+dari)?|[Dd]ilaporkan(?:\s+oleh)?|[Dd]iberitakan|[Mm]enurut\s+laporan|"
    r"[Ss]ebagaimana\s+diberitakan|[Ll]aporan)"
)
_DOMAIN_TAIL = r"(?:\.(?:com|co\.id|co|id|net|tv))?"
_MEDIA_WORD = (
    rf"(?:[A-Z0-9][\w&'-]*{_DOMAIN_TAIL}|[a-z]+[A-Z][\w]*{_DOMAIN_TAIL}|[a-z]+\.(?:com|co\.id|id))"
)
_MEDIA_NAME = rf"(?P<name>(?:The\s+)?{_MEDIA_WORD}(?:\s+(?:{_MEDIA_WORD}|of|the|de|la))*)"
_MEDIUM_KIND = (
    r"(?:(?:kantor\s+berita|media|laman|situs(?:\s+resmi)?|harian|surat\s+kabar|majalah|"
    r"portal(?:\s+berita)?|stasiun\s+televisi|televisi|radio|jaringan\s+berita)\s+)?"
)
_CITED_RE = re.compile(
    rf"\b(?P<cue>{_STRONG_CUE}|{_WEAK_CUE})\s+(?:dari\s+)?{_MEDIUM_KIND}{_MEDIA_NAME}"
)


# "dikutip Senin (24/7)": a day or month after the cue says when, not where from.
_WHEN_WORDS = frozenset(
    """senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli
    agustus september oktober november desember pada pukul kemarin""".split()
)


def find_cited_media(text: str) -> list[CitedMedium]:
    """Media the body cites, with offsets. Weak cues need a known medium or a domain."""
    found: list[CitedMedium] = []
    media = known_media()
    for match in _CITED_RE.finditer(text):
        name = match.group("name").rstrip(".,")
        while name.split()[-1] in ("of", "the", "de", "la"):
            name = name.rsplit(" ", 1)[0]
        strong = bool(re.match(_STRONG_CUE, match.group("cue")))
        known = name.lower() in media or publisher_name(name) is not None
        if not known:
            # "Dikutip dari CNN Internasional pada Senin" -> try the longest known prefix
            words = name.split()
            for cut in range(len(words) - 1, 0, -1):
                candidate = " ".join(words[:cut])
                if candidate.lower() in media:
                    name, known = candidate, True
                    break
        if not (strong or known) or (not known and name.split()[0].lower() in _WHEN_WORDS):
            continue
        start = match.start("name")
        found.append(CitedMedium(name=name, start=start, end=start + len(name)))
    return found
