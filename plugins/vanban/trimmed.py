"""A page at every folder a reader reaches by trimming a URL: no such path is a 404.

A phone's reader trims ``/theo-doi/nam/2025/`` to ``/theo-doi/nam/``, ``/van-ban/trang/3/`` to
``/van-ban/trang/``, a document's ``/van-ban/2019/735-ubnd-kt/`` to ``/van-ban/2019/``: 84 such folders of
the 702-original site had no page (site39). Each gets a short list page (no redirect, no script):

* a pager's ``…/trang/`` lists its listing's pages, the first being the listing itself;
* a folder of document pages (``van-ban/<year>/``) says how many it holds and links the year's listing,
  where they stand newest first, not a second copy of that listing (linear size: one row per year);
* any other folder lists what is in it: its pages by title, its sub-folders, its files (``data/``).

It runs after the stages that add pages and files (the open data's ``data/`` included: so after the sitemap,
which leaves these lists of what is listed elsewhere out, as their ``noindex`` does) and before
``share.contribute``, which gives every page its meta; ``assets/`` (scripts, styles, search files) is left
out: no page links a folder of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from urllib.parse import quote

from .documents import Document
from .site import PageSpec, SiteModel
from .text import match_key

PAGER = "trang/"
TEMPLATE = "vanban/folder.html"
SKIPPED = ("assets/",)


def _folders(paths: list[str]) -> dict[str, set[str]]:
    """Each folder above *paths* (pages end in "/", files do not) → the names directly in it."""
    inside: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        parts = path.rstrip("/").split("/")
        for depth in range(1, len(parts)):
            inside["/".join(parts[:depth]) + "/"].add(parts[depth])
    return inside


def _number(name: str) -> int:
    return int(name) if name.isdigit() else 0


def _pager_entries(folder: str, names: set[str], listing: PageSpec) -> list[dict[str, object]]:
    numbered = sorted((n for n in names if n.isdigit()), key=int)
    first: list[dict[str, object]] = [{"title": "Trang 1", "url": listing.path}]
    return first + [{"title": f"Trang {n}", "url": f"{folder}{n}/"} for n in numbered]


def _year_listing(documents: Sequence[Document], years: Sequence[Mapping[str, object]]) -> Mapping[str, object] | None:
    """The /nam/ listing the documents of one folder stand in (one year, or the undated "Chưa rõ")."""
    wanted = {str(d.year) if d.year else "Chưa rõ" for d in documents}
    if len(wanted) != 1:
        return None
    (name,) = wanted
    return next((entry for entry in years if entry.get("name") == name), None)


def _entry(site: SiteModel, folder: str, name: str, inside: Mapping[str, set[str]]) -> dict[str, object]:
    path = folder + name + "/"
    page = site.pages.get(path)
    if page is not None:
        return {"title": page.title, "url": path}
    if path in inside:
        return {"title": f"/{path}", "url": path}
    return {"title": name, "url": folder + quote(name), "file": True}  # a file as written: an attachment's name


def _order(entry: Mapping[str, object]) -> tuple[int, int, str]:
    """Years newest first, then the rest by name as a reader looks it up."""
    name = str(entry["url"]).rstrip("/").rsplit("/", 1)[-1]
    return (0, -_number(name), "") if name.isdigit() else (1, 0, match_key(str(entry["title"])))


def contribute(site: SiteModel, years: Sequence[Mapping[str, object]] = ()) -> list[str]:
    """Pages for the folders without one; *years*: /nam/'s groups (``Listings.groups["nam"]``), which a folder
    of documents links. Returns the folders given a page."""
    paths = [p for p in site.pages if p] + [p for p in site.outputs if not p.startswith(SKIPPED)]
    inside = _folders(paths)
    added = []
    for folder in sorted(f for f in inside if f not in site.pages and not f.startswith(SKIPPED)):
        names = inside[folder]
        parent = site.pages.get(folder[: -len(PAGER)]) if folder.endswith("/" + PAGER) else None
        pages = [site.pages.get(folder + n + "/") for n in sorted(names)]
        documents = [doc for page in pages if page is not None and isinstance(doc := page.data.get("document"), Document)]
        listing = _year_listing(documents, years) if documents and len(documents) == len(names) else None
        lead = ""
        if parent is not None:
            title = f"{parent.data.get('heading') or parent.title} — các trang"
            entries = _pager_entries(folder, names, parent)
        elif listing is not None:
            year = listing["name"]
            title = "Văn bản chưa rõ năm ban hành" if year == "Chưa rõ" else f"Văn bản năm {year}"
            lead = f"{len(documents)} văn bản có địa chỉ trong /{folder}"
            shown = "văn bản chưa rõ năm ban hành" if year == "Chưa rõ" else f"văn bản năm {year}, mới nhất trước"
            entries = [{"title": f"Xem danh sách {shown}", "url": listing["url"], "note": f"{listing['count']} văn bản"},
                       {"title": "Tất cả văn bản", "url": "van-ban/"}]
        else:
            title = f"Mục lục /{folder}"
            entries = sorted((_entry(site, folder, n, inside) for n in names), key=_order)
        site.add_page(PageSpec(path=folder, template=TEMPLATE, title=title,
                               data={"kind": "folder", "heading": title, "lead": lead, "entries": entries},
                               description=title))
        added.append(folder)
    return added
