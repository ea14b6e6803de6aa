"""Listing pages that replace the global navigation: home, all documents, by type, issuer and year.

Document pages stay out of the nav (plain MkDocs puts every page into every page: 1,000
documents made a 352 MB site). Every listing is paginated, so the total output is O(N).
Listings are timelines too: documents stand under their month, newest first, so the
timeline's filters by year, type and issuer are these pages, not a second copy of them.
The by-type, by-issuer and by-year pages also list the documents cited but not held.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from .dates import PartialDate, month_label
from .documents import Document
from .issuers import issuer_groups, portal_province
from .site import PageSpec, SiteModel
from .text import fold, match_key, unique_slugs


def newest_first(documents: Sequence[Document]) -> list[Document]:
    """Newest issue date first; undated documents last; ties by number then title, for stable output."""
    def key(doc: Document) -> tuple[int, tuple[int, int, int], str, str]:
        dated = doc.date is not None
        value = doc.date.sort_value() if doc.date else (0, 0, 0)
        return (0 if dated else 1, (-value[0], -value[1], -value[2]), doc.number.casefold(), doc.title)
    return sorted(documents, key=key)


def newest_date(documents: Sequence[Document]) -> PartialDate | None:
    """The date of the newest document: "cập nhật đến ngày …" without using the build time."""
    dates = [d.date for d in documents if d.date]
    return max(dates, key=PartialDate.sort_value) if dates else None


UNDATED = "Chưa rõ ngày ban hành"


def month_groups(documents: Sequence[Document], first_index: int = 1) -> list[dict[str, object]]:
    """Consecutive documents (already newest first) under their month heading, undated ones last
    under their own; each group knows the list number of its first document."""
    groups: list[dict[str, object]] = []
    for index, doc in enumerate(documents, start=first_index):
        label = month_label(doc.date) if doc.date else UNDATED
        if not groups or groups[-1]["label"] != label:
            groups.append({"label": label, "start": index, "documents": []})
        docs = groups[-1]["documents"]
        assert isinstance(docs, list)
        docs.append(doc)
    return groups


def page_path(base: str, number: int) -> str:
    return base if number == 1 else f"{base}trang/{number}/"


def pager_window(current: int, total: int, radius: int = 2) -> list[int]:
    """Page numbers a pager links: first, last and a few around the current one (not all: linear size)."""
    near = range(max(1, current - radius), min(total, current + radius) + 1)
    return sorted({1, total, *near})


def add_paginated(site: SiteModel, base: str, title: str, documents: Sequence[Document],
                  extra: dict[str, object] | None = None, *, updated: PartialDate | None) -> None:
    """Pages ``base``, ``base/trang/2/``… of at most ``page_size`` documents each. *updated* (the newest
    document date, "cập nhật đến") is computed once by the caller: a scan per page would be quadratic."""
    size = max(1, site.config.page_size)
    total = max(1, -(-len(documents) // size))
    stubs = sum(1 for d in documents if not d.held)  # once per listing, not once per page (quadratic)
    for n in range(1, total + 1):
        chunk = documents[(n - 1) * size : n * size]
        site.add_page(PageSpec(
            path=page_path(base, n),
            template="vanban/listing.html",
            title=title if n == 1 else f"{title} — trang {n}",
            data={
                "kind": "listing",
                "heading": title,
                "documents": list(chunk),
                "groups": month_groups(chunk, (n - 1) * size + 1),
                "count": len(documents),
                "stubs": stubs,
                "page_number": n,
                "page_count": total,
                "first_index": (n - 1) * size + 1,
                "prev_url": page_path(base, n - 1) if n > 1 else None,
                "next_url": page_path(base, n + 1) if n < total else None,
                "pages": [(i, page_path(base, i)) for i in pager_window(n, total)],
                "updated": updated,
                **(extra or {}),
            },
            description=f"{title}: {len(documents)} văn bản",
        ))


OTHER_LETTER = "Khác"


def initial(name: str) -> str:
    """The letter a reader looks *name* up under: its first letter without marks ("Ủy ban" under U), "Đ" kept
    apart as the Vietnamese alphabet has it (a quote before it skipped); a name opening with a digit under "Khác"."""
    first = next((c for c in name if c.isalnum()), "")
    if first and first in "Đđ":
        return "Đ"
    letter = fold(first).upper()
    return letter if len(letter) == 1 and "A" <= letter <= "Z" else OTHER_LETTER


def _letter_order(letter: str) -> tuple[int, str]:
    return (2, "") if letter == OTHER_LETTER else (1, "D~") if letter == "Đ" else (1, letter)


def by_letter(entries: Sequence[dict[str, object]], unnamed_last: bool = False) -> list[dict[str, object]]:
    """*entries* (already in reading order) under their initial, in the alphabet's order (Đ after D, "Khác" last
    with the unnamed "Chưa rõ", the last entry when *unnamed_last*), each section with its anchor and count: a
    485-body /co-quan/ was one 21,000 px list on a phone with no way to jump (site39)."""
    sections: dict[str, list[dict[str, object]]] = defaultdict(list)
    for index, entry in enumerate(entries):
        unnamed = unnamed_last and index == len(entries) - 1
        sections[OTHER_LETTER if unnamed else initial(str(entry["name"]))].append(entry)
    return [{"letter": letter, "anchor": "chu-" + ("dd" if letter == "Đ" else match_key(letter)),
             "count": len(sections[letter]), "groups": sections[letter]}
            for letter in sorted(sections, key=_letter_order)]


@dataclass(frozen=True)
class Listings:
    """The listings stage's result: each index's groups (``loai``, ``co-quan``, ``nam``), the
    newest document date, and the issuer group each document is listed under (``/co-quan/``'s, which
    /theo-doi/co-quan/ reuses: one body listed once there too, the grouping not computed again)."""

    groups: Mapping[str, list[dict[str, object]]]
    updated: PartialDate | None
    issuer_group: Mapping[str, str] = field(default_factory=dict)


def _grouped(site: SiteModel, base: str, index_title: str, label: str,
             key: Callable[[Document], str], held: list[Document], cited: list[Document],
             updated: PartialDate | None, descending: bool = False, letters: bool = False) -> list[dict[str, object]]:
    groups: dict[str, list[Document]] = defaultdict(list)
    for doc in held:  # held first: a group's slug never depends on what is only cited
        groups[key(doc)].append(doc)
    mixed = set()
    for doc in cited:
        groups[key(doc)].append(doc)
        mixed.add(key(doc))
    for name in mixed:
        groups[name] = newest_first(groups[name])
    entries = []
    slugs = unique_slugs(groups)
    # in the order a reader looks a name up, as the search page's lists are: "Ủy ban …" among the U, "Đảng ủy …"
    # among the D (by code point, 153 "Ủy ban" groups of the 702-original site came after "Xã", site38)
    names = sorted((g for g in groups if g), key=lambda g: (match_key(g), g), reverse=descending)
    for name in names + ([""] if "" in groups else []):
        path = f"{base}{slugs[name]}/"
        shown = name or "Chưa rõ"
        add_paginated(site, path, f"{label}: {shown}", groups[name], {"group": shown}, updated=updated)
        entries.append({"name": shown, "url": path, "count": len(groups[name])})
    site.add_page(PageSpec(
        path=base, template="vanban/groups.html", title=index_title,
        data={"kind": "groups", "heading": index_title, "groups": entries,
              "updated": newest_date(held), **({"letters": by_letter(entries, "" in groups), "named": len(groups) - ("" in groups)} if letters else {})},
    ))
    return entries


def contribute(site: SiteModel) -> Listings:
    """Home page, all documents, and the by-type, by-issuer and by-year listings."""
    held = newest_first(site.held_documents)
    updated = newest_date(held)
    site.add_page(PageSpec(
        path="", template="vanban/home.html", title=site.config.site_name,
        data={"kind": "home", "documents": held[: site.config.home_size], "count": len(held),
              "updated": updated},
        description=f"{site.config.site_name}: văn bản chỉ đạo, điều hành",
    ))
    cited = newest_first([d for d in site.documents.values() if not d.held])
    add_paginated(site, "van-ban/", "Tất cả văn bản", held, updated=updated)
    # spelling variants together, places apart (a district body by its province: the name's, else the portal's)
    issuer_group = issuer_groups([*held, *cited], portal_province(site.config.portal))
    groups = {
        "loai": _grouped(site, "loai/", "Văn bản theo loại", "Loại văn bản", lambda d: d.type, held, cited, updated),
        "co-quan": _grouped(site, "co-quan/", "Văn bản theo cơ quan ban hành", "Cơ quan ban hành",
                            lambda d: issuer_group[d.id], held, cited, updated, letters=True),
        "nam": _grouped(site, "nam/", "Văn bản theo năm", "Năm ban hành",
                        lambda d: str(d.year) if d.year else "", held, cited, updated, descending=True),
    }
    return Listings(groups, updated, issuer_group)
