"""Main-content extraction from HTML news pages.

A cascade in the trafilatura spirit, each step checked:

1. our own container finder: the element whose direct paragraphs carry the
   most text, read block by block so that paragraph breaks and inline
   "Baca juga" links (with their URLs) survive;
2. trafilatura's extractor, which is strong on unusual layouts;
3. a plain-text baseline over the whole ``<body>``.

We keep our own result unless trafilatura finds clearly more text (on a simple
page wrapping the seed article trafilatura returned one paragraph only, so its
answer alone is not trusted). Metadata (title, date, canonical URL, authors,
site name) comes from the page's ``<meta>`` tags, with trafilatura's metadata
as a fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from warta.structure import RELATED_LABEL_LOOSE_RE

# Elements that never hold article text.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "svg",
    "form",
    "button",
    "nav",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "select",
    "input",
    "template",
    "video",
    "audio",
    "canvas",
    "object",
    "embed",
    "link",
    "meta",
)
# class/id words of page furniture. Related-article boxes are NOT dropped here:
# they are read as "Baca juga" lines so that the structure layer keeps them.
_NOISE_RE = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|iklan|banner|sponsor\w*|promo\w*|share|sharing|social|sosmed|"
    r"comments?|komentar|disqus|footer|sidebar|widget|breadcrumbs?|navbar|menu|nav|popular|"
    r"terpopuler|populer|trending|newsletter|subscribe|tags?|topik|author-box|photo|caption|"
    r"gallery|modal|cookie|pagination|paging|recommend\w*|rekomendasi|terkini|headline-list|"
    r"most-read|berita-terkait|related-news|box-terkait|read-also-list)(?:$|[\s_-])",
    re.IGNORECASE,
)
_RELATED_BOX_RE = re.compile(
    r"(?:baca[-_ ]?juga|read[-_ ]?also|lihat[-_ ]?juga|simak[-_ ]?juga|inline[-_ ]?related|"
    r"link[-_ ]?related|baca[-_ ]?lainnya)",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "li",
        "pre",
        "table",
        "ul",
        "ol",
        "div",
        "section",
        "article",
        "dl",
        "tr",
        "td",
    }
)
_TEXT_BLOCKS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "td"})
_SPACE_RE = re.compile(r"\s+")
_SITE_SUFFIX_RE = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{2,40}$")


@dataclass(slots=True)
class Page:
    """What the extractor found on one page."""

    text: str  # paragraphs joined by blank lines
    title: str | None = None
    published: str | None = None
    url: str | None = None
    site_name: str | None = None
    authors: list[str] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)  # anchor text -> href, for related lines
    method: str = "container"


def extract_page(markup: str) -> Page:
    """Extract the article text and metadata from an HTML page (never raises on bad HTML)."""
    tree = _parse(markup)
    if tree is None:
        return Page(text="")
    meta = _read_meta(tree)
    body_root = tree.find(".//body")
    if body_root is None:
        body_root = tree
    h1 = _first_heading(body_root)
    _strip_furniture(body_root)
    links: dict[str, str] = {}
    own = _container_text(body_root, links)
    text, method = own, "container"
    own_len = len(own)
    if own_len < 400 or own.count("\n\n") < 2:
        # Our container looks thin: ask trafilatura, then fall back to the whole body.
        alt = _trafilatura_text(markup)
        if len(alt) > max(own_len * 1.3, own_len + 200):
            text, method = alt, "trafilatura"
        if len(text) < 200:
            baseline = _baseline_text(body_root)
            if len(baseline) > len(text) * 1.5:
                text, method = baseline, "baseline"
    title = h1 or meta.get("og:title") or meta.get("title")
    if title and title == meta.get("title"):
        title = _SITE_SUFFIX_RE.sub("", title)
    return Page(
        text=text,
        title=_norm(title) or None if title else None,
        published=meta.get("published"),
        url=meta.get("url"),
        site_name=meta.get("site_name"),
        authors=meta.get("authors", []),  # type: ignore[arg-type]
        links=links,
        method=method,
    )


def _parse(markup: str) -> etree._Element | None:
    try:
        return lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        # ValueError: "Unicode strings with encoding declaration are not supported"
        try:
            return lxml_html.document_fromstring(markup.encode("utf-8"))
        except (etree.ParserError, ValueError):
            return None


def _norm(text: str | None) -> str:
    return _SPACE_RE.sub(" ", text or "").strip()


def _read_meta(tree: etree._Element) -> dict[str, object]:
    found: dict[str, object] = {}
    authors: list[str] = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        value = _norm(el.get("content"))
        if not key or not value:
            continue
        if key in ("og:title", "twitter:title") and "og:title" not in found:
            found["og:title"] = value
        elif key in (
            "article:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "content_publishedtime",
            "dc.date.issued",
            "date",
            "publish-date",
        ):
            found.setdefault("published", value)
        elif key in ("og:url",):
            found.setdefault("url", value)
        elif key in ("og:site_name", "application-name"):
            found.setdefault("site_name", value)
        elif (
            key in ("author", "article:author", "content_author", "dc.creator")
            and not value.startswith("http")
            and value not in authors
        ):
            authors.append(value)
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            found["url"] = el.get("href").strip()
            break
    title_el = tree.find(".//title")
    if title_el is not None and title_el.text:
        found["title"] = _norm(title_el.text)
    if "published" not in found:
        time_el = tree.find(".//time[@datetime]")
        if time_el is not None:
            found["published"] = time_el.get("datetime")
    found["authors"] = authors
    return found


def _first_heading(root: etree._Element) -> str | None:
    for el in root.iter("h1"):
        text = _norm(el.text_content())
        if text:
            return text
    return None


def _class_words(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


_WITH_CLASS_OR_ID = etree.XPath("descendant-or-self::*[@class or @id]")


def _strip_furniture(root: etree._Element) -> None:
    """Drop page furniture: non-content tags, then elements whose class/id says so."""
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter(*_DROP_TAGS)):
        _drop(el)
    for el in _WITH_CLASS_OR_ID(root):
        if el.getparent() is None:
            continue
        words = _class_words(el)
        if _NOISE_RE.search(words) and not _RELATED_BOX_RE.search(words):
            _drop(el)


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


_SCORED_BLOCKS = frozenset({"p", "blockquote", "h2", "h3"})


def _container_text(root: etree._Element, links: dict[str, str]) -> str:
    best, best_score = None, 0
    for el in root.iter("div", "article", "section", "main", "td", "body"):
        # Characters of direct paragraphs, plus the direct text of a div that uses
        # <br> for paragraphs. Stripping (not normalising) is enough for a ranking.
        score = len((el.text or "").strip())
        for child in el:
            if child.tag in _SCORED_BLOCKS:
                score += len(child.text_content().strip())
            elif child.tag == "br":
                score += 20
            if child.tail:
                score += len(child.tail.strip())
        if score > best_score:
            best, best_score = el, score
    if best is None:
        return ""
    blocks: list[str] = []
    for part in _continuations(root, best):
        _collect_blocks(part, blocks, links)
    return "\n\n".join(b for b in blocks if b)


def _continuations(root: etree._Element, best: etree._Element) -> list[etree._Element]:
    """``best`` plus its twins: pages that split an article into several same-class blocks
    (ads between them) are read whole, in document order."""
    css = best.get("class")
    if not css or best.tag == "body":
        return [best]
    twins = [
        el
        for el in root.iter(best.tag)
        if el.get("class") == css
        and not any(a is best for a in el.iterancestors())
        and not any(a is el for a in best.iterancestors())
    ]
    return twins or [best]


def _collect_blocks(el: etree._Element, blocks: list[str], links: dict[str, str]) -> None:
    """Read ``el`` in document order, one string per block-level element."""
    words = _class_words(el)
    if words and _RELATED_BOX_RE.search(words):
        for a in el.iter("a"):
            title = _norm(a.text_content())
            if title and a.get("href"):
                links[title] = a.get("href")
                blocks.append(f"Baca juga: {title}")
        if not any(True for _ in el.iter("a")):
            text = _norm(el.text_content())
            if text:
                blocks.append(text if RELATED_LABEL_LOOSE_RE.match(text) else f"Baca juga: {text}")
        return
    if el.tag in _TEXT_BLOCKS and not any(
        isinstance(c.tag, str) and c.tag in ("p", "div", "ul", "ol", "table") for c in el
    ):
        text = _inline_text(el)
        if text:
            if RELATED_LABEL_LOOSE_RE.match(text):
                for a in el.iter("a"):
                    title = _norm(a.text_content())
                    if title and a.get("href"):
                        links[title] = a.get("href")
            blocks.extend(part for part in text.split("\n") if part.strip())
        return
    current: list[str] = [_node_text(el.text)]
    for child in el:
        if not isinstance(child.tag, str):
            current.append(_node_text(child.tail))
            continue
        if child.tag == "br":
            current.append("\n")
            current.append(_node_text(child.tail))
            continue
        if child.tag in _BLOCK_TAGS:
            _flush(current, blocks)
            _collect_blocks(child, blocks, links)
            current = [_node_text(child.tail)]
        else:
            current.append(_inline_text(child))
            current.append(_node_text(child.tail))
    _flush(current, blocks)


def _flush(parts: list[str], blocks: list[str]) -> None:
    for piece in "".join(parts).split("\n"):
        text = _norm(piece)
        if text:
            blocks.append(text)
    parts.clear()


def _node_text(text: str | None) -> str:
    """Source line breaks inside HTML text are plain white space; only <br> breaks a line."""
    return text.replace("\n", " ") if text else ""


def _inline_text(el: etree._Element) -> str:
    """Text of an inline element, with <br> kept as a line break."""
    out: list[str] = [_node_text(el.text)]
    for child in el:
        if isinstance(child.tag, str):
            if child.tag == "br":
                out.append("\n")
            else:
                out.append(_inline_text(child))
        out.append(_node_text(child.tail))
    return "\n".join(_norm(line) for line in "".join(out).split("\n")).strip()


def _trafilatura_text(markup: str) -> str:
    try:
        result = trafilatura.extract(
            markup,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_recall=True,
            deduplicate=False,
            with_metadata=False,
        )
    except Exception:  # trafilatura may fail on pathological markup; we have fallbacks
        return ""
    if not result:
        return ""
    return "\n\n".join(_norm(line) for line in result.split("\n") if line.strip())


def _baseline_text(root: etree._Element) -> str:
    blocks: list[str] = []
    for el in root.iter("p", "blockquote", "li", "td", "div"):
        if el.tag == "div" and any(isinstance(c.tag, str) for c in el):
            continue
        text = _norm(el.text_content())
        if len(text) > 30:
            blocks.append(text)
    return "\n\n".join(blocks)
