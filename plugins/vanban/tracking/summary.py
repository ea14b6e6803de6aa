"""/theo-doi/: every document that assigns tasks with its counts, newest first; by year and by issuer;
the median lag from the assigning document to the implementing one per level of the cascade and per issuer.

Pages are paginated by rows; the issuers are one grouped listing (sections with anchors), not a page
each, so the number of pages and their size stay linear in the number of documents.
"""

from __future__ import annotations

import datetime as dt
import functools
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vanban.documents import Document
from vanban.feeds import newest_first
from vanban.listings import page_path
from vanban.site import PageSpec, SiteModel
from vanban.text import match_key, unique_slugs

from .status import STATUSES, Task, Tracking
from .units import Registry

LEVEL_LABELS = {"trung ương": "Trung ương", "tỉnh": "Cấp tỉnh", "huyện": "Cấp huyện", "xã": "Cấp xã", "": "Chưa rõ cấp"}


@functools.lru_cache(maxsize=4096)  # one string a day: rows, panels and unit pages that show it share it
def vn(day: dt.date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def counts_of(tasks: Iterable[Task]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for t in tasks:
        counts[t.status] += 1
    counts["total"] = sum(counts.values())
    return counts


def _medians(rows: Iterable[tuple[str, int]]) -> list[dict[str, Any]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for label, lag in rows:
        groups[label].append(lag)
    out = []
    for label, lags in sorted(groups.items()):
        median = statistics.median(lags)
        out.append({"label": label, "median": int(median) if median == int(median) else round(median, 1),
                    "count": len(lags)})
    return out


def _summary(site: SiteModel, registry: Registry, tracking: Tracking, ids: Sequence[str],
             entries: dict[str, dict[str, Any]], issuer_group: Mapping[str, str]) -> dict[str, Any]:
    """*entries*: each document's row ({"document", "counts"}), made once and shared by the listings it is on;
    *issuer_group*: the /co-quan/ group of a document (its issuer as written when it has none)."""
    docs = [site.documents[i] for i in ids]
    rows = []
    by_level: list[tuple[str, int]] = []
    by_issuer: list[tuple[str, int]] = []
    by_successor = 0
    for doc in newest_first(docs):
        tasks = tracking.documents[doc.id].tasks
        rows.append(entries[doc.id])
        source_level = _level_shown(registry, doc)
        for t in tasks:
            by_successor += t.successor is not None
            if t.lag_days is None:
                continue
            pair = f"{LEVEL_LABELS[source_level]} → {LEVEL_LABELS[registry.level_of(t.unit)].lower()}"
            by_level.append((pair, t.lag_days))
            by_issuer.append((issuer_group.get(doc.id) or _issuer_shown(doc), t.lag_days))
    totals = {k: sum(entries[i]["counts"][k] for i in ids) for k in (*STATUSES, "total")}
    return {"rows": rows, "totals": totals, "by_level": _medians(by_level), "by_issuer": _medians(by_issuer),
            "by_successor": by_successor}


def _level_shown(registry: Registry, doc: Document) -> str:
    """The level of the cascade a document's tasks start from: its issuer's, but "" ("Chưa rõ cấp") while an
    import's doubt on the issuer is open — a machine-read name nobody checked places it at no level, as under no body."""
    return "" if doc.issuer_doubted else registry.level_of(doc.issuer)


def _issuer_shown(doc: Document) -> str:
    """The issuer a document without a /co-quan/ group is listed under: as written, but "Chưa rõ" while an import's
    doubt on it is open (:func:`vanban.issuers.issuer_groups` lists it under no body either, /co-quan/'s "Chưa rõ")."""
    return "Chưa rõ" if doc.issuer_doubted else doc.issuer


def _paginate(site: SiteModel, base: str, title: str, rows: list[Any], template: str,
              data: dict[str, Any], first: dict[str, Any] | None = None) -> None:
    """*first*: data for page 1 only (the issuers' index, which only that page shows: on every page it
    would make each page's key digest every issuer, pages × issuers)."""
    size = max(1, site.config.page_size)
    total = max(1, -(-len(rows) // size))
    for n in range(1, total + 1):
        site.add_page(PageSpec(
            path=page_path(base, n), template=template, title=title if n == 1 else f"{title} — trang {n}",
            description="Văn bản giao nhiệm vụ: quá hạn, chưa đến hạn, trễ hạn, đã thực hiện",
            data={**data, **((first or {}) if n == 1 else {}), "heading": title, "base": base,
                  "rows": rows[(n - 1) * size:n * size],
                  "page_number": n, "page_count": total,
                  "prev_url": page_path(base, n - 1) if n > 1 else None,
                  "next_url": page_path(base, n + 1) if n < total else None}))


def summary_pages(site: SiteModel, registry: Registry, tracking: Tracking, issuer_group: Mapping[str, str]) -> None:
    """/theo-doi/ (all), /theo-doi/nam/<year>/ and /theo-doi/co-quan/, grouped as /co-quan/ groups (*issuer_group*,
    document id → group): the spellings of one body once ("Ủy ban nhân dân Thành phố Hồ Chí Minh" and "… thành phố
    …" were two sections of one page, site38), two places' bodies of one name apart."""
    ids = [i for i, r in tracking.documents.items() if r.tasks]
    by_year: dict[str, list[str]] = defaultdict(list)
    by_issuer: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        doc = site.documents[i]
        by_year[str(doc.year) if doc.year else "chua-ro-nam"].append(i)
        by_issuer[issuer_group.get(i) or _issuer_shown(doc)].append(i)
    years = sorted(by_year.items(), reverse=True)
    entries = {i: {"document": site.documents[i], "counts": counts_of(tracking.documents[i].tasks)} for i in ids}
    common = {"kind": "tracking", "as_of": vn(tracking.as_of), "reporting_source": tracking.reporting_source,
              "years": [{"name": y if y != "chua-ro-nam" else "Chưa rõ năm", "url": f"theo-doi/nam/{y}/",
                         "count": len(v)} for y, v in years],
              "successors": [{"old": registry.label(k), "new": registry.label(n), "date": vn(d)}
                             for k, heirs in sorted(registry.successors.items()) for n, d in heirs]}
    pages = [("theo-doi/", "Theo dõi triển khai", ids)]
    pages += [(f"theo-doi/nam/{y}/", f"Theo dõi triển khai — năm {y if y != 'chua-ro-nam' else 'chưa rõ'}", v)
              for y, v in years]
    for base, title, subset in pages:
        summary = _summary(site, registry, tracking, subset, entries, issuer_group)
        rows = summary.pop("rows")
        _paginate(site, base, title, rows, "vanban/tracking.html", {**common, **summary, "count": len(rows)})
    # By issuer: one listing of sections (one per issuer, with its rows and its median), not a page each.
    slugs = unique_slugs(by_issuer)
    sections = []
    for name in sorted(by_issuer, key=lambda n: (match_key(n), n)):  # as /co-quan/ orders them
        summary = _summary(site, registry, tracking, by_issuer[name], entries, issuer_group)
        median = summary["by_issuer"][0]["median"] if summary["by_issuer"] else None
        sections.append({"name": name, "id": slugs[name], "rows": summary["rows"], "totals": summary["totals"],
                         "median": median})
    base, size = "theo-doi/co-quan/", max(1, site.config.page_size)
    index = [{"name": s["name"], "url": f"{page_path(base, n // size + 1)}#vb-i-{s['id']}"} for n, s in enumerate(sections)]
    _paginate(site, base, "Theo dõi triển khai — theo cơ quan giao", sections, "vanban/tracking_issuers.html",
              {**common, "count": len(sections), "index": []}, {"index": index})
