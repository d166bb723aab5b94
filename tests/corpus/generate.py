"""Synthetic Indonesian news articles, and edited copies with known relations.

Used by the tests (small corpora) and by ``bench/bench_corpus.py`` (up to
100,000 articles). Articles are built from many short sentence templates
with many slot values, so two independent articles share few word 4-grams,
like real news; the edits are the ones syndication makes: another outlet's
dateline, a paragraph dropped or added, typos fixed or made, different
"Baca juga" lines, and combinations.

Everything is driven by ``random.Random(seed)``: the same seed gives the
same corpus.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

FIRST = """Agus Budi Citra Dewi Eko Fajar Gita Hendra Indah Joko Kartika Lestari Made Nadia Oki
Putri Rizky Sari Taufik Utami Wahyu Yogi Zainal Andi Bambang Cahya Dian Erlangga Fitri Galih
Hana Irfan Jihan Krisna Laras Mega Nanda Oscar Prabowo Rahmat Sinta Teguh Umar Vina Wulan
Yusuf Arif Bayu Dedi Evi Ferry Gilang Heru Ika Joni Kiki Lukman Maya Nur Rudi Sofyan""".split()
LAST = """Santoso Wijaya Pratama Hidayat Saputra Kusuma Nugroho Siregar Nasution Harahap
Simanjuntak Lubis Wibowo Setiawan Gunawan Hakim Rahman Susanto Halim Tanjung Sitompul Purba
Utomo Suryadi Permana Firmansyah Ramadhan Prasetyo Maulana Iskandar Sembiring Tarigan
Panjaitan Situmorang Hutapea Manurung Damanik Ginting Sinaga Rangkuti""".split()
PLACES = """Jakarta Bandung Surabaya Medan Makassar Semarang Palembang Padang Pekanbaru
Denpasar Yogyakarta Malang Balikpapan Pontianak Manado Kupang Ambon Jayapura Mataram Jambi
Bengkulu Lampung Serang Bogor Bekasi Depok Tangerang Cirebon Tasikmalaya Solo Kediri Jember
Banyuwangi Samarinda Banjarmasin Palu Kendari Gorontalo Ternate Sorong Merauke""".split()
ORGS = [
    "Dinas Pekerjaan Umum", "Badan Penanggulangan Bencana Daerah", "Dinas Kesehatan",
    "Dinas Pendidikan", "Kepolisian Resor", "Dinas Perhubungan", "Badan Pusat Statistik",
    "Dinas Sosial", "Dinas Pertanian", "Komisi Pemilihan Umum", "Dinas Lingkungan Hidup",
    "Perusahaan Daerah Air Minum", "Dinas Koperasi", "Badan Pendapatan Daerah",
]  # fmt: skip
ROLES = ["Kepala", "Sekretaris", "Ketua", "Juru bicara", "Wakil Ketua", "Koordinator"]
OUTLETS = [
    ("Antara", "{place} (ANTARA) -", "antaranews.com"),
    ("Kompas", "{PLACE}, KOMPAS.com -", "kompas.com"),
    ("Detik", "{place} - ", "detik.com"),
    ("Tempo", "TEMPO.CO, {place} -", "tempo.co"),
    ("Republika", "REPUBLIKA.CO.ID, {PLACE} -", "republika.co.id"),
    ("Liputan6", "Liputan6.com, {place} -", "liputan6.com"),
]
TOPICS = {
    "banjir": "banjir genangan hujan sungai tanggul pompa pengungsi posko warga rumah".split(),
    "harga": "harga beras cabai minyak telur gula pasar pedagang pembeli stok inflasi".split(),
    "jalan": "jalan jembatan aspal proyek kontraktor anggaran lubang perbaikan tol lalu".split(),
    "sekolah": "sekolah guru murid kurikulum ujian ruang kelas beasiswa bangunan buku".split(),
    "kesehatan": "pasien rumah sakit dokter vaksin demam puskesmas obat perawat kasus gizi".split(),
    "pemilu": "pemilih suara kampanye calon partai tps logistik surat saksi rekapitulasi".split(),
    "kebakaran": "api kebakaran gedung petugas pemadam asap korban kerugian listrik gudang".split(),
    "investasi": "investor pabrik modal tenaga kerja izin kawasan ekspor produksi lahan".split(),
    "sepak bola": "pertandingan gol pelatih pemain suporter stadion laga klub skor liga".split(),
    "narkoba": "tersangka barang bukti sabu penyidik jaringan penangkapan gram kurir razia".split(),
}
VERBS = """meninjau memeriksa menyampaikan menegaskan mengumumkan memastikan menambahkan
menjelaskan mengatakan menyebutkan mengungkapkan meminta menyerahkan menargetkan mencatat
menyiapkan mengerahkan membangun memperbaiki mengawasi mendata menertibkan menyalurkan""".split()
ADJ = """besar kecil baru lama tinggi rendah cepat lambat penting mendesak serius ringan
parah aman rawan padat sepi ramai""".split()
TIME = """pagi siang sore malam dini hari""".split()
DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()

TEMPLATES = [
    "{who} {verb} bahwa {n1} {t1} di {place} kini dalam kondisi {adj}.",
    "Menurut {who}, sebanyak {n1} {t1} sudah {verb2} sejak {day} {time}.",
    '"Kami {verb} {t1} dan {t2} agar {adj} sebelum {day} depan," kata {name}.',
    "Di {place}, {t1} {adj} membuat {n1} {t2} harus {verb2} oleh {org}.",
    "{org} {place} mencatat {n1} {t1} dan {n2} {t2} sepanjang pekan lalu.",
    "Sejak {day} {time}, {name} bersama {n1} petugas {verb} {t1} di {n2} titik.",
    "{name} berharap {t1} di wilayah {place} tidak lagi {adj} seperti tahun {year}.",
    "Data {org} menunjukkan {t1} naik {n1} persen dibandingkan {month} {year}.",
    "Sebagian {t1} di kawasan {place2} masih {adj}, sedangkan {t2} relatif {adj2}.",
    '"Saya minta {t1} segera {verb2}, jangan sampai {t2} jadi {adj}," ujar {name}.',
    "Anggaran sebesar Rp{n1} miliar disiapkan {org} untuk {t1} dan {t2} di {place}.",
    "Warga {place2} bernama {name} mengaku {t1} sudah {adj} sejak {month} lalu.",
    "{who} juga {verb} rencana {t1} tahap {n3} yang ditargetkan rampung {month} {year}.",
    "Hingga {day} {time}, {n1} {t1} tercatat di {n2} kecamatan dan {n3} desa.",
    "Pihaknya {verb} {t1} {adj} bersama {org} serta aparat {place2}.",
]
MONTHS = """Januari Februari Maret April Mei Juni Juli Agustus September Oktober November
Desember""".split()


@dataclass
class Generated:
    """One article as a JSON Lines record, with its ground truth."""

    record: dict[str, str]
    group: str  # articles with the same group are copies of one story
    edit: str = "original"
    entities: list[str] = field(default_factory=list)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


class Generator:
    """Makes articles and edited copies; all randomness comes from one seeded RNG."""

    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        self.counter = 0

    def _sentence(self, ctx: dict[str, str], topic: list[str]) -> str:
        rng = self.rng
        values = {
            "who": rng.choice([ctx["official"], ctx["official_role"], "Pemerintah daerah",
                               f"Polisi di {ctx['place']}", ctx["org"]]),
            "name": rng.choice([ctx["official"], ctx["witness"], _person(rng)]),
            "verb": rng.choice(VERBS), "verb2": rng.choice(["ditangani", "didata", "diperiksa",
                                                               "dipindahkan", "diperbaiki",
                                                               "dievakuasi", "diawasi"]),
            "t1": rng.choice(topic), "t2": rng.choice(topic), "adj": rng.choice(ADJ),
            "adj2": rng.choice(ADJ), "place": ctx["place"], "place2": rng.choice(PLACES),
            "org": ctx["org"], "day": rng.choice(DAYS), "time": rng.choice(TIME),
            "n1": str(rng.randint(2, 2000)), "n2": str(rng.randint(2, 90)),
            "n3": str(rng.randint(1, 9)), "year": str(rng.randint(2015, 2023)),
            "month": rng.choice(MONTHS),
        }  # fmt: skip
        return rng.choice(TEMPLATES).format(**values)

    def _paragraph(self, ctx: dict[str, str], topic: list[str]) -> str:
        return " ".join(self._sentence(ctx, topic) for _ in range(self.rng.randint(2, 3)))

    def article(self, *, paragraphs: int | None = None, topic: str | None = None) -> Generated:
        rng = self.rng
        self.counter += 1
        topic_name = topic or rng.choice(list(TOPICS))
        words = TOPICS[topic_name]
        place = rng.choice(PLACES)
        official = _person(rng)
        role = rng.choice(ROLES)
        org = f"{rng.choice(ORGS)} {place}"
        ctx = {"place": place, "official": official, "official_role": f"{role} {org} {official}",
               "witness": _person(rng), "org": org}  # fmt: skip
        count = paragraphs or rng.randint(6, 11)
        body = [self._paragraph(ctx, words) for _ in range(count)]
        published = date(2023, 1, 1) + timedelta(days=rng.randint(0, 364))
        outlet = rng.choice(OUTLETS)
        title = (
            f"{rng.choice(words).capitalize()} {rng.choice(ADJ)} di {place},"
            f" {rng.randint(2, 900)} {rng.choice(words)} {rng.choice(['didata', 'ditangani'])}"
        )
        record = self._record(outlet, place, title, body, published, ctx)
        return Generated(record, group=f"g{self.counter}", entities=[official, org, place])

    def _record(
        self,
        outlet: tuple[str, str, str],
        place: str,
        title: str,
        body: list[str],
        published: date,
        ctx: dict[str, str],
        related: list[str] | None = None,
    ) -> dict[str, str]:
        _name, dateline, host = outlet
        lead = dateline.format(place=place, PLACE=place.upper()) + " " + body[0]
        paragraphs = [lead, *body[1:]]
        links = related if related is not None else [self._related() for _ in range(2)]
        for i, link in enumerate(links):
            paragraphs.insert(min(len(paragraphs), 2 + i * 3), f"Baca juga: {link}")
        paragraphs.append(f"Pewarta: {_person(self.rng)}")
        self.counter += 1
        slug = f"{self.counter}-{title.split(',')[0].lower().replace(' ', '-')}"
        return {
            "url": f"https://www.{host}/berita/{published:%Y/%m/%d}/{slug}",
            "title": title,
            "published": published.isoformat(),
            "text": "\n\n".join(paragraphs),
            "_body": json.dumps(body),  # for editing; removed before writing
            "_place": place,
            "_ctx": json.dumps(ctx),
        }

    def _related(self) -> str:
        rng = self.rng
        return (
            f"{rng.choice(list(TOPICS)).capitalize()} {rng.choice(ADJ)} di {rng.choice(PLACES)}"
            f" capai {rng.randint(2, 500)} {rng.choice(['kasus', 'unit', 'titik', 'orang'])}"
        )

    def _typo(self, sentence: str) -> str:
        words = sentence.split(" ")
        candidates = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 4]
        if not candidates:
            return sentence
        i = self.rng.choice(candidates)
        w = words[i]
        j = self.rng.randint(1, len(w) - 3)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        return " ".join(words)

    def copy(self, original: Generated, edit: str) -> Generated:
        """An edited copy of an article (``edit`` names the kind; "combo" mixes several)."""
        rng = self.rng
        rec = original.record
        body: list[str] = json.loads(rec["_body"])
        ctx = json.loads(rec["_ctx"])
        kinds = rng.sample(["drop", "add", "typos", "baca"], 3) if edit == "combo" else [edit]
        for kind in kinds:
            if kind == "drop" and len(body) > 3:
                body.pop(rng.randrange(1, len(body)))
            elif kind == "add":
                topic = TOPICS[rng.choice(list(TOPICS))]
                body.insert(rng.randint(1, len(body)), self._paragraph(ctx, topic))
            elif kind == "typos":
                for _ in range(rng.randint(3, 6)):
                    i = rng.randrange(len(body))
                    body[i] = self._typo(body[i])
        outlet = rng.choice(OUTLETS)
        related = None if "baca" in kinds or edit in ("dateline", "combo") else []
        if edit == "exact":
            record = dict(rec)
            self.counter += 1
            record["url"] = rec["url"].replace("/berita/", f"/salinan{self.counter}/")
        else:
            published = date.fromisoformat(rec["published"]) + timedelta(days=rng.randint(0, 2))
            record = self._record(
                outlet, rec["_place"], rec["title"], body, published, ctx, related
            )
        return Generated(record, group=original.group, edit=edit, entities=original.entities)

    def near_miss(self, original: Generated) -> Generated:
        """A different article on the same event: same place, people and topic, new text."""
        ctx = json.loads(original.record["_ctx"])
        words = TOPICS[self.rng.choice(list(TOPICS))]
        body = [self._paragraph(ctx, words) for _ in range(self.rng.randint(5, 9))]
        # quote one paragraph of the original, as follow-up stories do
        body.insert(2, json.loads(original.record["_body"])[0])
        self.counter += 1
        record = self._record(
            self.rng.choice(OUTLETS), original.record["_place"],
            f"Lanjutan: {original.record['title']}", body,
            date.fromisoformat(original.record["published"]) + timedelta(days=1), ctx,
        )  # fmt: skip
        return Generated(record, group=f"n{self.counter}", edit="near-miss")


EDITS = ("exact", "dateline", "drop", "add", "typos", "baca", "combo")


def duplicate_corpus(
    originals: int = 60, seed: int = 7, copies: tuple[int, int] = (1, 3), near_misses: int = 20
) -> list[Generated]:
    """Originals, each with edited copies (every edit kind used), plus near-miss negatives."""
    gen = Generator(seed)
    out: list[Generated] = []
    base = [gen.article() for _ in range(originals)]
    for n, original in enumerate(base):
        out.append(original)
        for k in range(gen.rng.randint(*copies) if n % 3 else 0):
            out.append(gen.copy(original, EDITS[(n + k) % len(EDITS)]))
    for original in gen.rng.sample(base, min(near_misses, len(base))):
        out.append(gen.near_miss(original))
    out.extend(gen.article() for _ in range(originals // 2))
    return out


def clean(record: dict[str, str]) -> dict[str, str]:
    """The record as written to JSON Lines (generator bookkeeping removed)."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def write_jsonl(items: list[Generated], path: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(clean(item.record), ensure_ascii=False) + "\n")


def stream(count: int, seed: int = 11, duplicate_rate: float = 0.1) -> Iterator[dict[str, str]]:
    """``count`` records for benchmarks: mostly originals, some edited copies."""
    gen = Generator(seed)
    recent: list[Generated] = []
    for _ in range(count):
        if recent and gen.rng.random() < duplicate_rate:
            yield clean(gen.copy(gen.rng.choice(recent), gen.rng.choice(EDITS)).record)
            continue
        item = gen.article()
        recent.append(item)
        if len(recent) > 200:
            recent.pop(0)
        yield clean(item.record)
