"""What the templates get from Python: filters, escaping and the theme's stylesheets.

MkDocs' Jinja environment does not autoescape, so a title with a quote broke the description
attribute and one with ``<`` was read as markup. Our own templates are autoescaped; Material's
keep MkDocs' default (they output page HTML unmarked).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Expr
from markupsafe import Markup, escape

from ..attachments import human_size
from ..dates import PartialDate
from ..glossary import NO_DATE
from ..tracking.wording import counts_held, counts_said
from .escaping import ROOT, escape_str, escape_text, vn_date
from .task_tables import SummaryRows, task_rows, unverified_badge, vb_panel

__all__ = ["ROOT", "Rows", "Shared", "SummaryRows", "Theme", "autoescaped", "escape_str", "escape_text", "register",
           "task_rows", "theme_of", "vb_panel", "vn_date"]

AUTOESCAPED = ("main.html", "404.html", "partials/nav.html", "vanban/")
"""Templates (names or folders) of theme_overrides/: all of ours, escaped by default."""


def vn_dated(value: PartialDate | None, missing: str = NO_DATE) -> str:
    """A date after a name or "Cập nhật đến": "ngày 07/03/2025", "tháng 02/2025 (chưa ghi ngày)"."""
    return value.dated() if value else missing


def capitalised(value: str | None) -> str:
    """A trích yếu as a list or heading shows it: originals write it after "V/v" in lower case
    ("tuyên truyền Nghị quyết …"); only the first letter changes."""
    text = value or ""
    return text[:1].upper() + text[1:]


def autoescaped(name: str | None) -> bool:
    if not name:
        return False
    return any(name == t or (t.endswith("/") and name.startswith(t)) for t in AUTOESCAPED)


@dataclass(frozen=True)
class Theme:
    """Material's stylesheets (their names carry a content hash that changes between releases)
    and the palette's attributes on ``<body>``, found once per build rather than per page."""

    stylesheets: tuple[str, ...]
    body_attributes: tuple[tuple[str, str], ...]


def theme_of(dirs: Iterable[str], palette: Any) -> Theme:
    """The theme as our skeleton (theme_overrides/main.html) needs it."""
    stylesheets: list[str] = []
    for name in ("main", "palette") if palette else ("main",):
        found = sorted(p for d in dirs for p in Path(d).glob(f"assets/stylesheets/{name}.*.min.css"))
        if found:
            stylesheets.append(f"assets/stylesheets/{found[0].name}")
    attributes: tuple[tuple[str, str], ...] = ()
    if palette:
        first: Mapping[str, Any] = palette if isinstance(palette, Mapping) else (
            palette[0] if isinstance(palette, Sequence) and palette else {})
        attributes = tuple(
            (f"data-md-color-{key}", str(first.get(key) or default).replace(" ", "-"))
            for key, default in (("scheme", "default"), ("primary", "indigo"), ("accent", "indigo")))
    return Theme(tuple(stylesheets), attributes)


class Rows:
    """``vb_rows(documents, root)``: listing rows from the ``doc_row`` macro, each document's row
    rendered once per build (a document is on four to six listings; its row, escaped field by
    field, was most of a listing page's time). The row is rendered with a placeholder root,
    put back per page: listings sit at different depths. NUL cannot occur in YAML or Markdown
    text, so it cannot occur in a row either."""

    ROOT = ROOT

    def __init__(self, env: Any) -> None:
        self.env = env
        # id → (document kept alive, row as UTF-8: a row's Vietnamese letters make its str two bytes a
        # character, and the memo is held through the rest of rendering, the build's peak of memory)
        self.rendered: dict[int, tuple[object, bytes]] = {}

    def __call__(self, documents: Iterable[Any], root: str) -> Markup:
        macro = self.env.get_template("vanban/partials/doc_row.html").module.doc_row
        rendered, placeholder, out = self.rendered, self.ROOT, []
        for doc in documents:
            entry = rendered.get(id(doc))
            if entry is None or entry[0] is not doc:
                entry = rendered[id(doc)] = (doc, str(macro(doc, placeholder)).encode())
            out.append(entry[1])
        return Markup(b"".join(out).decode().replace(placeholder, html.escape(root)))


class Shared:
    """``{% call(root) vb_shared(key, vb_root) %}{% set vb_root = root %}…{% endcall %}``: a part of the
    skeleton that is the same on every page but for the site root (the navigation of a page that is not
    in it, the footer), rendered once per build with a placeholder root that is put back per page, as
    :class:`Rows` does; *key* None renders it for this page alone."""

    ROOT = Rows.ROOT

    def __init__(self) -> None:
        self.rendered: dict[str, str] = {}
        self.linked: dict[int, tuple[object, bool]] = {}  # id(nav) → (nav kept alive, has a Link item)

    def nav_key(self, nav: Any, page: Any) -> str | None:
        """"nav" for a page the navigation does not list (no item active, none the page) when the
        navigation has no Link (the url filter makes a link relative to each page); else None."""
        seen = self.linked.get(id(nav))
        if seen is None or seen[0] is not nav:
            seen = self.linked[id(nav)] = (nav, any(_links(nav)))
        return None if seen[1] or page in nav.pages else "nav"

    def __call__(self, key: str | None, root: str, caller: Any) -> Markup:
        if key is None:
            return Markup(caller(root))
        found = self.rendered.get(key)
        if found is None:
            found = self.rendered[key] = str(caller(self.ROOT))
        return Markup(found.replace(self.ROOT, escape(root)))


def _links(items: Iterable[Any]) -> Iterable[bool]:
    for item in items:
        if getattr(item, "is_link", False):
            yield True
        yield from _links(getattr(item, "children", None) or ())


_DICT_ATTRIBUTES = frozenset(dir(dict))


def dict_first_getattr(env: Any) -> Any:
    """*env*'s ``getattr`` (what a template's ``a.b`` calls), with a plain dict's key looked up at once.

    Jinja tries ``getattr(obj, name)`` first and, when that raises, ``obj[name]``: the pages' data are
    dicts, so nearly every ``vb.document``-style lookup raised and caught an AttributeError (230,000 at
    1,000 documents, about 3% of a cold build's CPU). A dict's attributes are exactly its class's
    (``dir(dict)``: no instance ``__dict__``), so for any other name the answer is the same item, or
    the same undefined value.
    """
    general = env.getattr
    plain = type(env).getattr is jinja2.Environment.getattr  # not a sandbox's, which checks each attribute

    def getattr_(obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except (TypeError, LookupError):
                return env.undefined(obj=obj, name=attribute)
        if not plain:
            return general(obj, attribute)
        # Jinja's Environment.getattr, inline: one Python call less for each of a page's ~130 lookups on objects
        try:
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return env.undefined(obj=obj, name=attribute)

    return getattr_


class EscapingCodeGenerator(CodeGenerator):
    """Jinja's code generator (``Environment.code_generator_class``, Jinja's documented hook for the
    Python a template compiles to), with each autoescaped output escaped by :func:`escape_text`
    (``environment.vb_escape``, set by :func:`register`). Outputs of a template that switches escaping
    inside itself (``{% autoescape %}``) and of unescaped templates (Material's) are compiled as before;
    ``tests/test_templating_escape.py`` checks that the hook is still called."""

    def _output_child_pre(self, node: Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
            super()._output_child_pre(node, frame, finalize)
            return
        self.write("environment.vb_escape(")
        if finalize.src is not None:
            self.write(finalize.src)


def register(env: Any, theme: Theme) -> None:
    """Called once per build (on_env): a fresh row cache for the build's documents."""
    if "getattr" not in vars(env):  # once per environment (build-all and serve pass one again)
        env.getattr = dict_first_getattr(env)
    env.vb_escape = escape_text  # before any template is compiled: the code refers to it
    env.code_generator_class = EscapingCodeGenerator
    env.filters["vn_date"] = vn_date
    env.filters["vn_dated"] = vn_dated
    env.filters["capitalised"] = capitalised
    env.filters["vn_size"] = human_size
    env.globals["vb_theme"] = theme
    env.globals["vb_rows"] = Rows(env)
    env.globals["vb_shared"] = Shared()
    env.globals["vb_task_rows"] = task_rows  # the rows of partials/task_rows.html
    env.globals["vb_panel"] = vb_panel  # partials/tracking.html
    env.globals["vb_counts_said"] = counts_said  # "2 quá hạn, 0 chưa đến hạn, …" on every tracking page
    env.globals["vb_counts_held"] = counts_held  # "2 quá hạn, 1 chưa thấy …": the lines of a list
    env.globals["vb_summary_rows"] = SummaryRows(item=False)  # vanban/tracking.html's rows
    env.globals["vb_issuer_rows"] = SummaryRows(item=True)  # vanban/tracking_issuers.html's rows
    env.globals["vb_unverified_badge"] = unverified_badge  # partials/doc_row.html (and /theo-doi/'s rows)
    env.autoescape = autoescaped
