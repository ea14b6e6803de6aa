"""The tracking settings of one portal, read from the plugin config (``tracking:``, ``units:``,
``units_ignore:``, ``successors:``, ``reporting:``, ``as_of:``) and checked before anything is built.

``tracking: false`` turns the whole feature off: no task is read from any text, and no panel,
/theo-doi/, /don-vi/ or tracking.json is made (for a portal that does not want it, and so the
feature's cost can be measured against the same code without it).

The day statuses are computed for ("tính đến ngày …") is ``as_of`` when the portal sets it,
else the build's date (``SOURCE_DATE_EPOCH`` when set, for reproducible builds; the day in Vietnam).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from vanban.dates import build_day

from .reporting import ReportingCalendar, parse_reporting
from .units import Registry, Successor, TrackingConfigError, Unit, parse_successors, parse_units


@dataclass(frozen=True)
class TrackingSettings:
    enabled: bool = True  # tracking: false → no tasks read, no tracking pages
    units: tuple[Unit, ...] = ()
    successors: tuple[Successor, ...] = ()
    reporting: ReportingCalendar | None = None
    ignore: tuple[str, ...] = ()
    as_of: dt.date | None = None

    def registry(self) -> Registry:
        return Registry(self.units, self.successors, self.ignore)

    def day(self, build_date: dt.date | None = None) -> dt.date:
        """The day statuses are computed for: ``as_of``, else the build's date (see :func:`vanban.dates.build_day`)."""
        return self.as_of or build_date or build_day()


def parse_settings(raw: Mapping[str, Any]) -> TrackingSettings:
    """Settings from the plugin options; raises :class:`TrackingConfigError` with the fix in Vietnamese."""
    enabled = raw.get("tracking", True)
    if not isinstance(enabled, bool):
        raise TrackingConfigError("vanban: tracking: phải là true hoặc false")
    ignore = raw.get("units_ignore") or []
    if not isinstance(ignore, list) or not all(isinstance(x, str) for x in ignore):
        raise TrackingConfigError("vanban: units_ignore: phải là một danh sách tên (chuỗi)")
    as_of = raw.get("as_of") or None
    if as_of is not None and not isinstance(as_of, dt.date):
        try:
            as_of = dt.date.fromisoformat(str(as_of))
        except ValueError:
            raise TrackingConfigError("vanban: as_of: phải là ngày dạng YYYY-MM-DD") from None
    return TrackingSettings(enabled=enabled, units=parse_units(raw.get("units")), successors=parse_successors(raw.get("successors")),
                            reporting=parse_reporting(raw.get("reporting")), ignore=tuple(ignore), as_of=as_of)


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold tags for other plugins (``!!python/name:…``, ``!ENV``): read them as nothing."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def settings_from_mkdocs(path: Path) -> TrackingSettings:
    """The vanban plugin's tracking settings in a mkdocs.yml (empty when the file or the plugin is absent)."""
    options = vanban_options(path)
    return parse_settings(options) if options is not None else TrackingSettings()


def vanban_options(path: Path) -> dict[str, Any] | None:
    """The vanban plugin's options in a mkdocs.yml (None when the file or the plugin is absent)."""
    if not path.is_file():
        return None
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise TrackingConfigError(f"vanban: không đọc được tệp cấu hình: {exc}") from None
    plugins = data.get("plugins") if isinstance(data, dict) else None
    entries = list(plugins.items()) if isinstance(plugins, dict) else [
        next(iter(e.items())) for e in plugins or [] if isinstance(e, dict) and e]
    for name, options in entries:
        if name == "vanban" and isinstance(options, dict):
            return options
    return None
