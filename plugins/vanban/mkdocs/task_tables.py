"""The task tables and /theo-doi/'s listings written in Python rather than by a Jinja loop (registered as template
globals by :func:`vanban.mkdocs.templating.register`): each is the markup the loop wrote, byte for byte, and
tests/test_tracking_rows.py keeps each loop and renders both. Rows and panels are written with the placeholder
root of :data:`.escaping.ROOT` (:class:`vanban.mkdocs.templating.Rows`'s) where a page's ``vb_root`` goes, put back per page."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup, escape

from ..tracking.wording import COUNT_WORDS, PANEL_ORDER, STATUS_LABELS, counts_held, counts_said
from .escaping import ROOT, escape_text, vn_date

# ``vb_task_rows(rows, show_unit, root)``: the rows of a task table (partials/task_rows.html) as one string.
# A document's panel and a unit's page list its tasks; the loop over them in Jinja (an ``if`` per cell, each
# value escaped through the template's output) was most of what the panels cost to render. Each row is the
# markup that loop wrote, byte for byte (tests/test_tracking_rows.py keeps the loop and renders both).


def _e(value: Any) -> str:
    """The text ``{{ value }}`` writes in an autoescaped template, as a plain ``str`` (a ``Markup`` joined
    with ``+`` would escape what follows it)."""
    return escape_text(value) if type(value) is str else str(escape(value))


def task_rows(rows: Iterable[Any], show_unit: bool, root: str) -> Markup:
    """The ``<tr>`` of each row (a :class:`vanban.tracking.pages.Row`), as the template's loop wrote them:
    *show_unit* True names the unit (a document's panel), False the assigning document (a unit's page);
    *root* is the page's ``vb_root``."""
    e = _e
    home = e(root) + "/"
    out: list[str] = []
    add = out.append
    for r in rows:
        status = e(r.status)
        add('\n  <tr role="row" class="vb-track__row vb-track__row--' + status + '"')
        if r.due_iso and r.status in ("open", "overdue"):
            add(' data-vb-due="' + e(r.due_iso) + '" data-vb-status="' + status + '"')
        add('>\n    <th role="rowheader" scope="row">')
        if show_unit:
            if r.unit_url:
                add('<a href="' + home + e(r.unit_url) + '">' + e(r.unit) + "</a>")
            else:
                add("<strong>" + e(r.unit) + "</strong>")
            if r.group:
                add(' <span class="vb-track__group">— thuộc “' + e(r.group) + "”</span>")
        else:
            add('<a href="' + home + e(r.document.url) + '">' + e(headed(r.document)) + "</a>"  # which plan: site38
                + _unverified_mark(r.document))
        add('\n      <span class="vb-track__sub">' + e(r.text))
        if r.phrase:
            add(" “" + e(r.phrase) + "”")
        add(" — dòng " + e(r.line) + '</span></th>\n    <td role="cell"><span class="vb-status vb-status--' + status
            + '"><span aria-hidden="true">' + e(r.mark) + "</span> " + e(r.status_label)
            + '</span></td>\n    <td role="cell"><span class="vb-track__label" aria-hidden="true">Hạn: </span>')
        if r.due:
            add('<time datetime="' + e(r.due_iso) + '">' + e(r.due) + "</time>")
            if r.start:
                add(", từ " + e(r.start))
            if r.recurring:
                add(' <span class="vb-track__rule">· kỳ ' + e(r.recurring) + "</span>")
        elif r.recurring:
            add("định kỳ " + e(r.recurring) + ' <em class="vb-missing">— chưa có lịch báo cáo</em>')
        else:
            add('<em class="vb-missing">không ghi hạn</em>')
        add('</td>\n    <td role="cell"><span class="vb-track__label" aria-hidden="true">Văn bản thực hiện: </span>')
        fulfilled = r.fulfilled
        if fulfilled:
            last = len(fulfilled) - 1
            for i, f in enumerate(fulfilled):
                # a fulfilling document with open doubts is marked: its issuer (whose task it did) or its date (done
                # or late) may be a machine's reading; shown, as it is the likeliest, not presented as settled
                add('<a href="' + home + e(f.url) + '">' + e(f.label) + "</a>" + _unverified_mark(f))
                if f.date:
                    add(", " + e(vn_date(f.date)))
                if i != last:
                    add("; ")
        else:
            add('<span class="vb-missing">chưa có văn bản</span>')
        if r.lag_days is not None:
            add(" — sau " + e(r.lag_days) + " ngày")
        if r.successor:
            add(' <span class="vb-track__heir">— do cơ quan kế thừa ' + e(r.successor) + "</span>")
        add("</td>\n  </tr>\n  ")
    return Markup("".join(out))


# ``vb_panel(panel, root)``: a document's "Tình hình triển khai" (partials/tracking.html) as one string. Written
# once per document in Python, before the pages are keyed (:func:`written_panels`), with the placeholder root
# of :class:`Rows`, put back per page: the page key then digests that string's digest, not the panel's rows
# and the documents each row links, and no page renders the panel's markup in Jinja. tests/test_tracking_rows.py keeps
# the template it replaced and renders both.


def task_panel(panel: Any) -> str:
    """The ``<section>`` of a :class:`vanban.tracking.pages.Panel`, as partials/tracking.html wrote it
    inside its ``{% if t %}``, with :attr:`ROOT` for the page's ``vb_root``."""
    e = _e
    out = ['<section class="vb-panel vb-track" aria-labelledby="vb-track-h">\n'
           '  <h2 id="vb-track-h">Tình hình triển khai</h2>\n  ']
    add = out.append
    if panel.heirs:
        add('<p class="vb-track__heirs">Cơ quan kế thừa: ')
        last = len(panel.heirs) - 1
        for i, h in enumerate(panel.heirs):
            add(e(h["name"]))
            if h["date"]:
                add(", từ " + e(h["date"]))
            if i != last:
                add("; ")
        add(".</p>")
    add("\n  ")
    if panel.rows:
        counts = panel.counts
        add('\n  <p class="vb-count">Tính đến ngày ' + e(panel.as_of) + ": " + e(counts_said(counts)) + ".</p>\n  ")
        if panel.note:
            add('<p class="vb-track__note">' + e(panel.note) + "</p>")
        add("\n  ")
        for g in panel.groups:
            add('<p class="vb-track__note">“' + e(g["written"]) + "”: văn bản ghi " + e(g["stated"])
                + " đơn vị, trang này theo dõi " + e(g["followed"]) + ".</p>")
        add("\n  \n  " + (grouped(panel.rows) if len(panel.rows) > GROUP_AT else TASK_TABLE_HEAD.format(first="Đơn vị")
                             + str(task_rows(panel.rows, True, ROOT)) + TASK_TABLE_FOOT))
        recheck = panel.recheck
        if recheck:
            add('\n<p class="vb-track__note vb-track__recheck" role="status" hidden data-vb-recheck data-vb-asof="'
                + e(recheck["as_of"]) + '" data-vb-open="' + e(recheck["open"]) + '" data-vb-overdue="'
                + e(recheck["overdue"]) + '" data-vb-mark-open="' + e(recheck["mark_open"])
                + '" data-vb-mark-overdue="' + e(recheck["mark_overdue"]) + '"></p>\n<script src="' + ROOT
                + '/assets/vanban/tracking.js" defer></script>\n')
        add("\n  ")
        if panel.reporting_source and any(r.recurring for r in panel.rows):  # the rule dating a periodic report, else noise
            add('<p class="vb-track__note">Hạn báo cáo định kỳ theo lịch: ' + e(panel.reporting_source) + ".</p>")
        add('\n  <p class="vb-track__note"><a href="' + ROOT + '/theo-doi/">Theo dõi triển khai tất cả văn bản</a></p>'
            "\n  ")
    add("\n</section>")
    return "".join(out)


# partials/task_rows.html around its rows (the panel's copy: the unit pages include the partial itself).
TASK_TABLE_HEAD = (
    '<div class="vb-track__wrap">\n<table class="vb-track__table" role="table">\n  <thead role="rowgroup"><tr role="row">'
    '<th role="columnheader" scope="col">{first} — việc (dòng)</th><th role="columnheader" scope="col">Tình trạng</th>'
    '<th role="columnheader" scope="col">Hạn</th><th role="columnheader" scope="col">Văn bản thực hiện</th></tr></thead>'
    '\n  <tbody role="rowgroup">\n  ')
TASK_TABLE_FOOT = "\n  </tbody>\n</table>\n</div>"
GROUP_AT = 20  # a panel of more rows is grouped by status (a ministry's letter to every province: 64 rows); up to
# 20 a flat list, where the reader-date script (tracking.js) re-marks rows in place under no stale group heading
FOLD_AT = 8  # a group of more rows is folded (<details>: no script), its count in its summary


def grouped(rows: Any) -> str:
    """A long panel's rows grouped by status in :data:`PANEL_ORDER` (the overdue first), each group under its
    label and count, a group of more than :data:`FOLD_AT` rows folded: every row kept, a 360 px page short. The
    overdue's fold is written open (what an official looks for, as tracking.js opens the overdue group it makes):
    folded, 20 overdue rows were one line under 22 rows' worth of other groups (site38)."""
    e, out = _e, []
    for status in PANEL_ORDER:
        mine = [r for r in rows if r.status == status]
        if not mine:
            continue
        title = e(STATUS_LABELS[status]) + " (" + str(len(mine)) + ")"
        table = TASK_TABLE_HEAD.format(first="Đơn vị") + str(task_rows(mine, True, ROOT)) + TASK_TABLE_FOOT
        kind = ' class="vb-track__group-h" id="vb-track-' + status + '"'
        if len(mine) > FOLD_AT:
            out.append('<details class="vb-track__fold"' + (" open" if status == "overdue" else "") + "><summary" + kind + ">" + title + "</summary>\n" + table
                       + "\n</details>\n")
        else:
            out.append("<h3" + kind + ">" + title + "</h3>\n" + table + "\n")
    return "".join(out)


def vb_panel(panel: Any, root: str) -> Markup:
    """The panel's markup for a page at *root* (:func:`task_panel`'s, written now)."""
    written = task_panel(panel.panel) if isinstance(panel, WrittenPanel) else panel if isinstance(panel, str) \
        else task_panel(panel)
    return Markup(written.replace(ROOT, _e(root)))


class WrittenPanel(str):
    """A page's panel as its page key sees it: the digest of :func:`task_panel`'s string (the str), with the
    panel itself (:attr:`panel`), written again when the page is rendered. The strings held from the keys to
    the rendering were 7 MB at 1,000 documents (Vietnamese text is two bytes a character), made in the parent
    before the render workers fork and kept there for the pages the store gives or the workers render; writing
    one costs ~20 µs."""

    panel: Any

    def __new__(cls, panel: Any) -> WrittenPanel:
        written = task_panel(panel).encode("utf-8", "surrogatepass")
        made = super().__new__(cls, hashlib.blake2b(written, digest_size=20).hexdigest())
        made.panel = panel
        return made


def written_panels(specs: Iterable[Any]) -> None:
    """Each page's panel (``data["tracking"]``) written, before the pages are keyed (:class:`WrittenPanel`)."""
    for spec in specs:
        panel = spec.data.get("tracking")
        if panel is not None and not isinstance(panel, str):
            spec.data["tracking"] = WrittenPanel(panel)


TITLE_AT = 80  # a longer trích yếu is cut at a word before this many characters: a 360 px card's heading in 3 lines


def shortened(text: str, limit: int = TITLE_AT) -> str:
    """*text* whole when it fits in *limit* characters, else cut at the last space before the limit (mid-word
    only for a word longer than the limit), its trailing punctuation dropped, and "…" said."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit - 1].rstrip(" ,;:.-–—(") + "…"


def headed(d: Any) -> str:
    """A document as /theo-doi/'s listings name it: its type and number ("Kế hoạch (chưa ghi số)" alone tells a
    citizen nothing of which plan), then its trích yếu as written, :func:`shortened`."""
    label, title = str(d.label), shortened(d.title or "")
    return label + ": " + title if title else label


def _count_cell(status: str, n: int) -> str:
    """/theo-doi/'s cell of one status's count: a number under its column on a wide screen, "3 quá hạn" on a
    phone, where the row is a card (vanban.css); the words hidden from screen readers, which read the column's.
    A zero is marked: greyed on a wide screen; on a phone, where four zeros took two lines of every card, left out
    of sight (the card says its total, "3 nhiệm vụ:", before the counts it holds)."""
    zero = " vb-n0" if not n else ""
    return ('<td role="cell" class="vb-n vb-n--' + status + zero + '">' + str(n)
            + '<span class="vb-track__label" aria-hidden="true"> ' + COUNT_WORDS[status] + "</span></td>")


def unverified_badge(d: Any) -> Markup:
    """The badge of a document with open import doubts (:mod:`vanban.unverified`) in every listing row
    (partials/doc_row.html as ``vb_unverified_badge``, /theo-doi/'s rows here): its row shows a machine-read issuer or
    title, which is not to read as settled; "" for every other document."""
    if not d.unverified:
        return Markup("")
    return Markup('<span class="vb-badge vb-badge--unverified">chưa đối chiếu<span class="vb-visually-hidden">: '
                  + _e(d.unverified_names) + " do máy đọc</span></span>")


def _unverified_mark(d: Any) -> str:
    """:func:`unverified_badge` after a space, as /theo-doi/'s rows set it beside the issuer or the title (a plain
    ``str``: a ``Markup`` would escape the row's markup it is joined to)."""
    return " " + str(unverified_badge(d)) if d.unverified else ""


class SummaryRows:
    """``vb_summary_rows(rows, root)`` and ``vb_issuer_rows(rows, root)``: the rows of /theo-doi/'s listings
    (vanban/tracking.html's table, vanban/tracking_issuers.html's lists), each a document's entry
    ({"document", "counts"}, shared by the listings it is on), written once per build in Python with the
    placeholder root of :class:`Rows`: the markup of the Jinja loops they replaced (tests/test_tracking_rows.py
    keeps them and renders both)."""

    def __init__(self, item: bool) -> None:
        self.item = item
        self.rendered: dict[int, tuple[object, bytes]] = {}  # id → (entry kept alive, its markup as UTF-8, as Rows)

    def __call__(self, rows: Iterable[Mapping[str, Any]], root: str) -> Markup:
        rendered, write, out = self.rendered, self._issuer_row if self.item else self._table_row, []
        for r in rows:
            entry = rendered.get(id(r))
            if entry is None or entry[0] is not r:
                entry = rendered[id(r)] = (r, write(r).encode())
            out.append(entry[1])
        return Markup(b"".join(out).decode().replace(ROOT, _e(root)))

    @staticmethod
    def _table_row(r: Mapping[str, Any]) -> str:
        e, d, c = _e, r["document"], r["counts"]
        return ('\n  <tr role="row"><th role="rowheader" scope="row"><a href="' + ROOT + "/" + e(d.url) + '">'
                + e(headed(d)) + '</a><span class="vb-track__sub">' + e(d.issuer) + _unverified_mark(d) + " · "
                + e(vn_date(d.date))
                + '</span><span class="vb-track__label" aria-hidden="true">' + str(c["total"])
                + " nhiệm vụ: </span></th>\n    " + "".join(_count_cell(k, c[k]) for k in PANEL_ORDER) + "</tr>\n  ")

    @staticmethod
    def _issuer_row(r: Mapping[str, Any]) -> str:
        e, d, c = _e, r["document"], r["counts"]
        return ('<li><a href="' + ROOT + "/" + e(d.url) + '">' + e(headed(d)) + "</a>" + _unverified_mark(d) + " · "
                + e(vn_date(d.date)) + " · "
                + str(c["total"]) + " nhiệm vụ: " + e(counts_held(c)) + "</li>")
