"""Sharing and printing: Open Graph / Twitter meta on every page, share links and a QR code per document.

No third-party script is loaded. Choices:

* **Facebook**: the plain ``https://www.facebook.com/sharer/sharer.php?u=<url>`` link works
  without Facebook's SDK.
* **Zalo**: Zalo documents only its Social SDK button (``sp.zalo.me/plugins/sdk.js`` plus an
  Official Account id) for sharing a web page; there is no documented script-free share URL
  (``zalo.me/share?…`` does not exist, and ``zalo.me/<phone>`` opens a chat, not a share).
  So the page offers (1) a "Chia sẻ" button using the browser's own Web Share API, which on
  phones opens the system share sheet where Zalo appears when installed; (2) a "Sao chép
  liên kết" button to paste the link into Zalo; (3) the QR code, which Zalo's camera and
  any phone camera read — also what notice boards and posters need. The link itself is
  printed as text, so everything works with scripts off.
* **QR**: error level M (raised to Q or H when that fits the same size, as segno does), as inline
  SVG with ``role="img"``, ``<title>`` and ``aria-label``; it encodes the canonical URL
  (``site_url`` + page path). :mod:`vanban.qr` draws segno's very symbol and SVG about 15 times
  faster; segno itself only draws a URL that is not ASCII (never a page URL of the site).

Run last: it adds ``meta`` to the data of every page that exists by then.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from . import qr
from .documents import Document
from .feeds import Feeds
from .portal import Portal
from .site import PageSpec, SiteModel
from .text import collapse_space, fold

FACEBOOK = "https://www.facebook.com/sharer/sharer.php?u="
DESCRIPTION_MAX = 200
QR_MASK = 1


def qr_svg(url: str, label: str) -> str:
    """Inline SVG QR code of *url*, accessible by name, scalable by CSS (no fixed size)."""
    # A fixed mask pattern: every mask is valid (ISO/IEC 18004), and scoring all eight took
    # most of the build time on large corpora (9.6 s per 1,000 documents).
    try:
        svg = qr.svg_inline(qr.encode(url, mask=QR_MASK), title=label, svgclass="vb-qr__code")
    except qr.Unsupported:
        svg = _segno_svg(url, label)
    # Plain concatenation: re.sub, used before, read a backslash in the label as a template escape.
    return f'<svg role="img" aria-label="{attribute_text(label)}" focusable="false" ' + svg.removeprefix("<svg ")


def _segno_svg(url: str, label: str) -> str:
    """The same drawing by segno, for the non-ASCII URLs :mod:`vanban.qr` leaves to it."""
    import segno  # imported only for such a URL

    code = segno.make(url, error="m", micro=False, mask=QR_MASK)
    svg: str = code.svg_inline(scale=1, border=4, title=label, svgclass="vb-qr__code", lineclass=None,
                               omitsize=True)
    return svg


def attribute_text(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int = DESCRIPTION_MAX) -> str:
    text = collapse_space(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def page_meta(page: PageSpec, portal: Portal, site_name: str, feeds: Mapping[str, str]) -> dict[str, Any]:
    """Values for ``<head>``: canonical URL, Open Graph and Twitter card."""
    doc = page.data.get("document")
    url = portal.url(page.path)
    if isinstance(doc, Document):
        description = doc.title or doc.label
        kind = "article"
    else:
        description = page.description or f"{site_name} — {portal.agency}"
        kind = "website"
    lang = page.data.get("lang", "vi")
    meta: dict[str, Any] = {
        "canonical": url,
        "title": page.title,
        "description": _clip(description),
        "site_name": site_name,
        "type": kind,
        "locale": "en_US" if lang == "en" else "vi_VN",
        "twitter_card": "summary",
        "feed": portal.url(feeds.get(page.path, "feed.xml")) if feeds else "",
    }
    if isinstance(doc, Document) and doc.date and doc.date.complete:
        meta["published"] = doc.date.iso()
    alternate = page.data.get("alternate")
    if isinstance(alternate, dict):
        meta["alternate"] = {"lang": alternate["lang"], "url": portal.url(alternate["path"])}
    return meta


_PARTY_NUMBER = re.compile(r"^\d*\s*-\s*[A-ZĐa-zđ]+/")
_PARTY_ISSUER = ("huyen uy", "thi uy", "tinh uy", "thanh uy", "dang uy", "quan uy", "dang bo",
                 "ban chap hanh trung uong", "bo chinh tri", "ban bi thu", "van phong trung uong dang")


def is_party(doc: Document) -> bool:
    """A Party document (HD 36-HD/VPTW: "Số 57-NQ/TW", header "ĐẢNG CỘNG SẢN VIỆT NAM")."""
    if doc.number:
        return bool(_PARTY_NUMBER.match(doc.number))
    issuer = fold(doc.issuer).casefold().replace("uỷ", "uy")
    return any(word in issuer for word in _PARTY_ISSUER)


def print_head(doc: Document) -> dict[str, Any]:
    """The header block of the original (NĐ 30/2020 Phụ lục I; HD 36) for the printed page.

    Nothing is invented: a blank number or day is printed blank, as in the original.
    """
    party = is_party(doc)
    blank = "\u00a0" * 6
    date_line = doc.date.date_line(blank) if doc.date else f"ngày {blank} tháng {blank} năm {blank}"
    if doc.place:
        date_line = f"{doc.place}, {date_line}"
    number = doc.number or blank
    return {
        "party": party,
        "motto": ("ĐẢNG CỘNG SẢN VIỆT NAM",) if party else
                 ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
        "issuer": doc.issuer.upper(),
        "number_line": f"Số {number}" if party else f"Số: {number}",
        "date_line": date_line,
        "type": doc.type.upper(),
        "letter": doc.type == "Công văn",  # a letter has "V/v …" under its number, no centred type word
        "title": doc.title,
    }


def share_links(url: str, title: str) -> dict[str, Any]:
    return {
        "url": url,
        "title": title,
        "facebook": FACEBOOK + quote(url, safe=""),
    }


@dataclass(frozen=True)
class QrCode:
    """A document's QR code, drawn only when its page is rendered: the costliest part of sharing
    then runs in the page workers (``vanban.mkdocs.render_pool``) instead of before them; in runs
    (:func:`draw_in_runs`) where this process knows the pages it renders."""

    url: str
    label: str

    def __html__(self) -> str:
        return _RUNS.svg(self)

    def __str__(self) -> str:
        return self.__html__()


def contribute(site: SiteModel, portal: Portal, published: Feeds) -> None:
    """Meta of every page; share links and QR code of every document page. Runs last."""
    feeds = published.by_page
    for path in sorted(site.pages):
        page = site.pages[path]
        page.data["meta"] = page_meta(page, portal, site.config.site_name, feeds)
        doc = page.data.get("document")
        if isinstance(doc, Document):
            url = portal.url(page.path)
            share = share_links(url, page.title)
            share["qr_svg"] = QrCode(url, f"Mã QR dẫn tới {doc.label}: {url}")
            # Only a held document is printed like its original; a stub (cited, not held) prints as the
            # portal page it is, so that no one mistakes it for the document itself.
            share["print_head"] = print_head(doc) if doc.held else None
            page.data["share"] = share
            page.data["qr_svg"] = share["qr_svg"]


RUN = 64  # QR codes drawn in one go


class _Runs:
    """The QR codes this process will render, in its order, drawn :data:`RUN` at a time: drawn one per page,
    between two pages' other work, the encoder's tables had left the CPU caches (the 1,000 codes of a
    synthetic site: 0.47 s of a build's CPU, 0.21 s in one loop). At most RUN drawings are held."""

    def __init__(self) -> None:
        self.order: list[QrCode | None] = []
        self.at: dict[int, int] = {}  # id of a code (held in order until drawn) → its place
        self.drawn: dict[int, str] = {}  # place → SVG, drawn ahead

    def svg(self, code: QrCode) -> str:
        i = self.at.pop(id(code), None)
        if i is None or self.order[i] is not code:
            return qr_svg(code.url, code.label)  # not planned (a render worker's page, serve): drawn now
        svg = self.drawn.pop(i, None)
        if svg is None:
            for j in range(i, min(i + RUN, len(self.order))):
                ahead = self.order[j]
                if ahead is not None and j not in self.drawn:
                    self.drawn[j] = qr_svg(ahead.url, ahead.label)
            svg = self.drawn.pop(i)
        self.order[i] = None
        return svg


_RUNS = _Runs()


def draw_in_runs(codes: Iterable[QrCode]) -> None:
    """Plan the QR codes of the pages this process renders next, in the order it renders them (each once);
    the codes of an earlier plan are let go. The same SVG either way: only when it is drawn changes."""
    runs = _RUNS
    runs.order = list({id(code): code for code in codes}.values())
    runs.at = {id(code): i for i, code in enumerate(runs.order) if code is not None}
    runs.drawn = {}
