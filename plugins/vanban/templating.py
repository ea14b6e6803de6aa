"""What the templates get from Python: filters, escaping and the theme's stylesheets.

MkDocs' Jinja environment does not autoescape, so a title with a quote broke the description
attribute and one with ``<`` was read as markup. Our own templates are autoescaped; Material's
keep MkDocs' default (they output page HTML unmarked).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .attachments import human_size
from .dates import PartialDate
from .glossary import NO_DATE

AUTOESCAPED = ("main.html", "partials/nav.html", "vanban/")
"""Templates (names or folders) of theme_overrides/: all of ours, escaped by default."""


def vn_date(value: PartialDate | None, missing: str = NO_DATE) -> str:
    return value.vietnamese() if value else missing


def autoescaped(name: str | None) -> bool:
    return bool(name) and any(name == t or (t.endswith("/") and name.startswith(t)) for t in AUTOESCAPED)  # type: ignore[union-attr]


@dataclass(frozen=True)
class Theme:
    """Material's stylesheets (their names carry a content hash that changes between releases)
    and the palette's attributes on ``<body>``, found once per build rather than per page."""

    stylesheets: tuple[str, ...]
    body_attributes: tuple[tuple[str, str], ...]


def theme_of(dirs: Iterable[str], palette: Any) -> Theme:
    """The theme as our skeleton (theme_overrides/main.html) needs it."""
    stylesheets: list[str] = []
    for name in ("main", "palette" if palette else ""):
        if not name:
            continue
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


def register(env: Any, theme: Theme) -> None:
    env.filters["vn_date"] = vn_date
    env.filters["vn_size"] = human_size
    env.globals["vb_theme"] = theme
    env.autoescape = autoescaped
