"""Whole names of state bodies and associations that the tagger leaves cut or untagged.

Indonesian institutions are named by a head word and a run of capitalised words:
"Dinas Pendidikan Provinsi Jawa Barat", "Dewan Keamanan PBB", "Pengurus Besar
Persatuan Atletik Seluruh Indonesia". The news training corpus tags such names
inconsistently ("Komisi X [DPR]", "Dewan Pimpinan Pusat [Partai Golkar]"), so the
tagger often keeps only a listed piece (*PBB*, *Jawa Barat*) or nothing at all.
The head and the capitalised run after it are a reliable sign of one
organisation; this pass makes the whole run one ORG mention and drops the
pieces inside it. A run stops before a person's name, a title, punctuation and
any mention that reaches beyond it, so people and roles are left as they were.
"""

from __future__ import annotations

from warta.mentions import LEADING_TITLES, Mention
from warta.roles import role_at
from warta.segment import tokenize

# Short names of a region's offices, written before the region's name: "Dishub
# Pekanbaru", "Dinkes Kota Bogor", "Satpol PP Kota Depok". The tagger, seeing an unknown
# capitalised word, often reads them as persons; a chunk opening with one is an
# organisation, whatever type it was given.
OFFICE_HEADS = frozenset(
    """dishub dinkes disdik dispora disnaker disnakertrans disperindag diskominfo
    disdukcapil dispendukcapil dispar disbudpar disparbud distan disbun dispenda bapenda
    bappeda bpkad bkpsdm kesbangpol satpol organda dispenal dispenad dispenau dispamal
    puspen puspenkum""".split()
)
# Head words that open an institution's name. Left out on purpose: words that also
# open places or buildings (*Kantor*, *Rumah*, *Gedung*), teams and movements (*Tim*,
# *Gerakan*, *Front*), which the tagger handles well enough, and *Pemerintah*,
# which is more often the plain noun capitalised ("Pemerintah Indonesia").
_HEADS = (
    frozenset(
        """kementerian badan lembaga komisi dewan majelis mahkamah pengadilan kejaksaan
        kepolisian polda polres polresta polrestabes polsek dinas pemkab pemkot pemprov dprd
        direktorat ditjen pengurus persatuan perhimpunan ikatan himpunan asosiasi federasi
        konfederasi koperasi fraksi kodam korem kodim""".split()
    )
    | OFFICE_HEADS
)
# Words that put an office's area after its name ("BPBD Kabupaten Kupang").
AREA_WORDS = frozenset(("kabupaten", "kota", "provinsi", "kab."))
# Lower-case words allowed inside a name between capitalised words.
_CONNECTORS = frozenset(("dan", "&"))


def _another_body(word: str) -> bool:
    """A word that opens the name of another body ("Dinas", "Fraksi", "Partai"); an
    acronym ("DPRD" in "Komisi IV DPRD") is the parent body, part of the name."""
    return not word.isupper() and (word.lower() in _HEADS or word.lower() in ("fraksi", "partai"))


def _acronym(word: str) -> bool:
    """An acronym or a Roman numeral: "DPR", "TNI", "II"."""
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _name_word(word: str) -> bool:
    """A capitalised word or an acronym ("Keamanan", "PBB", "II", "Bangsa-Bangsa")."""
    return word[0].isupper() and word.replace("-", "").replace("'", "").isalnum()


def institution_names(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with each head-word run made one ORG mention (see the module)."""
    persons = {m.start for m in mentions if m.type == "PERSON"}
    named = {m.start for m in mentions}
    acronyms = {
        m.start for m in mentions if m.type == "ORG" and m.text.isupper() and " " not in m.text
    }
    added: list[Mention] = []
    for sentence_start, sentence_end in sentences:
        tokens = tokenize(text, sentence_start, sentence_end)
        k = 0
        while k < len(tokens):
            head = tokens[k]
            regional = (  # "BPBD Kabupaten Kupang", "Kesbangpol Kota Bogor"
                head.start in acronyms
                and k + 1 < len(tokens)
                and tokens[k + 1].text.lower() in AREA_WORDS
            )
            if not regional and (head.text.lower() not in _HEADS or not head.text[0].isupper()):
                k += 1
                continue
            end = k + 1
            while end < len(tokens):
                token = tokens[end]
                if token.start in persons or token.text.rstrip(".").lower() in LEADING_TITLES:
                    break
                if role_at(tokens, end) and token.text.lower() not in _HEADS:
                    break  # "Dinas Kesehatan Kepala ...": a title opens the next phrase
                if _another_body(token.text) and _acronym(tokens[end - 1].text):
                    break  # "Komisi I DPR | Fraksi Golkar": the next body in a chain
                if _name_word(token.text):
                    end += 1
                elif (
                    token.text.lower() in _CONNECTORS
                    and end + 1 < len(tokens)
                    and _name_word(tokens[end + 1].text)
                    and tokens[end + 1].start not in named
                    and not _another_body(tokens[end + 1].text)
                    and not _acronym(tokens[end + 1].text)
                ):
                    end += 2  # "Energi dan Sumber Daya Mineral", not "Polres X dan Pemkab X"
                else:
                    break
            if end - k >= 2:
                added.append(Mention(head.start, tokens[end - 1].end, "", "ORG"))
            k = end
    if not added:
        return mentions
    # Runs never overlap, so each character belongs to at most one: a mention is inside
    # a run when both its ends belong to it, and crosses one when only one end does.
    owner = [0] * (len(text) + 1)
    for number, run in enumerate(added, start=1):
        owner[run.start : run.end] = [number] * (run.end - run.start)
    rejected: set[int] = set()
    for m in mentions:
        first, last = owner[m.start], owner[m.end - 1]
        if first != last or (
            first
            and m.start == added[first - 1].start
            and m.end == added[first - 1].end
            and m.type == "ORG"
        ):
            rejected.update(n for n in (first, last) if n)  # crossing, or already whole
        elif first == 0 and any(owner[m.start : m.end]):
            rejected.update(set(owner[m.start : m.end]) - {0})  # a mention around a run
    runs = {
        number: Mention(run.start, run.end, text[run.start : run.end], "ORG")
        for number, run in enumerate(added, start=1)
        if number not in rejected
    }
    if not runs:
        return mentions
    kept = [m for m in mentions if owner[m.start] not in runs]
    return sorted([*kept, *runs.values()], key=lambda m: (m.start, m.end))
