"""The units a portal follows (``units:``), their successors (``successors:``), and name matching.

A recipient ("UBND thị xã,"), a task-line head ("Văn phòng Huyện ủy") or an issuer is
matched to a configured unit by its key (:func:`~vanban.tracking.patterns.unit_key`), so
"Ủy ban nhân dân huyện", "UBND huyện" and "UBND  huyện;" are one unit. Group phrases
expand to configured units of that kind: "UBND 25 phường, xã" to the commune-level units
whose name starts "UBND …", "Các chi, đảng bộ trực thuộc Huyện ủy" to the Party units whose
parent is the Huyện ủy. What matches nothing is kept as written (never guessed to a unit).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from vanban.sites import level_of_name
from vanban.text import slugify

from . import patterns as p

CHAIRMAN = "chủ tịch "  # "Chủ tịch UBND các huyện": the chairman's duty, carried out by his committee


class TrackingConfigError(ValueError):
    """A ``units:``, ``successors:`` or ``reporting:`` entry the portal must fix (message in Vietnamese)."""


@dataclass(frozen=True)
class Unit:
    """One body the portal follows."""

    id: str  # slug, the page /don-vi/<id>/
    name: str
    aliases: tuple[str, ...] = ()
    level: str = ""  # "trung ương" | "tỉnh" | "huyện" | "xã" | ""
    parent: str | None = None  # id of the parent unit
    since: dt.date | None = None  # the day the body began (a commune merged on 1/7/2025): no group before it names it


@dataclass(frozen=True)
class Successor:
    """Since *date*, *new* carries on the work of *old* (both unit ids, or names as written)."""

    old: str
    new: str
    date: dt.date | None


@dataclass(frozen=True, slots=True)
class Match:
    """What a phrase names: units (one, or a group's members), or nothing matched (kept as written)."""

    written: str
    units: tuple[Unit, ...]
    group: bool = False
    stated_count: int | None = None  # "UBND 25 phường, xã" → 25

    @property
    def matched(self) -> bool:
        return bool(self.units)


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TrackingConfigError(f"vanban: {where} phải là một chuỗi không rỗng")
    return p.display(value)


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise TrackingConfigError(f"vanban: {where} phải là ngày dạng YYYY-MM-DD (ví dụ 2025-07-01)") from None


def parse_units(raw: Any) -> tuple[Unit, ...]:
    """``units:`` of the plugin config: a list of ``{name, aliases, level, parent, since}``."""
    if raw in (None, []):
        return ()
    if not isinstance(raw, list):
        raise TrackingConfigError("vanban: units: phải là một danh sách đơn vị (name, aliases, level, parent, since)")
    entries: list[tuple[str, tuple[str, ...], str, str | None, dt.date | None]] = []
    for n, item in enumerate(raw, 1):
        where = f"units: mục {n}"
        if not isinstance(item, Mapping):
            raise TrackingConfigError(f"vanban: {where} phải có dạng {{name: …, level: …}}")
        unknown = set(item) - {"name", "aliases", "level", "parent", "since"}
        if unknown:
            raise TrackingConfigError(f"vanban: {where}: khóa không dùng được: {', '.join(sorted(map(str, unknown)))}")
        name = _text(item.get("name"), f"{where}: name")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            raise TrackingConfigError(f"vanban: {where}: aliases phải là một danh sách tên")
        level = p.unit_key(str(item.get("level") or ""))
        if level and level not in p.LEVELS:
            raise TrackingConfigError(f"vanban: {where}: level phải là một trong: {', '.join(p.LEVELS)}")
        parent = item.get("parent")
        entries.append((name, tuple(_text(a, f"{where}: aliases") for a in aliases), level,
                        _text(parent, f"{where}: parent") if parent else None, _date(item.get("since"), f"{where}: since")))
    slugs: dict[str, str] = {}
    for name, *_ in entries:
        base = slugify(name) or "don-vi"
        slug, k = base, 2
        while slug in slugs.values():
            slug, k = f"{base}-{k}", k + 1
        slugs[name] = slug
    by_key = {p.unit_key(name): slugs[name] for name, *_ in entries}
    for name, aliases, *_ in entries:
        for alias in aliases:
            by_key.setdefault(p.unit_key(alias), slugs[name])
    units = []
    for name, aliases, level, parent, since in entries:
        parent_id = by_key.get(p.unit_key(parent)) if parent else None
        if parent and parent_id is None:
            raise TrackingConfigError(f"vanban: units: {name}: parent “{parent}” không phải một đơn vị trong units:")
        units.append(Unit(id=slugs[name], name=name, aliases=aliases, level=level, parent=parent_id, since=since))
    return tuple(units)


def parse_successors(raw: Any) -> tuple[Successor, ...]:
    """``successors:``: a list of ``{from: old body, to: new body, date: YYYY-MM-DD}``."""
    if raw in (None, []):
        return ()
    if not isinstance(raw, list):
        raise TrackingConfigError("vanban: successors: phải là một danh sách {from: …, to: …, date: …}")
    out = []
    for n, item in enumerate(raw, 1):
        where = f"successors: mục {n}"
        if not isinstance(item, Mapping):
            raise TrackingConfigError(f"vanban: {where} phải có dạng {{from: …, to: …, date: …}}")
        out.append(Successor(old=_text(item.get("from"), f"{where}: from"), new=_text(item.get("to"), f"{where}: to"),
                             date=_date(item.get("date"), f"{where}: date")))
    return tuple(out)


class Registry:
    """Configured units by key; matches phrases and issuers, expands groups, follows successors."""

    def __init__(self, units: Iterable[Unit] = (), successors: Iterable[Successor] = (),
                 ignore: Iterable[str] = ()) -> None:
        self.units: tuple[Unit, ...] = tuple(units)
        self.by_id = {u.id: u for u in self.units}
        self.by_key: dict[str, Unit] = {}
        for unit in self.units:
            self.by_key.setdefault(p.unit_key(unit.name), unit)
        for unit in self.units:
            for alias in unit.aliases:
                self.by_key.setdefault(p.unit_key(alias), unit)
        self.children: dict[str, list[Unit]] = defaultdict(list)
        for unit in self.units:
            if unit.parent:
                self.children[unit.parent].append(unit)
        self.ignored = frozenset(p.unit_key(i) for i in ignore)
        self.successors: dict[str, list[tuple[str, dt.date | None]]] = defaultdict(list)  # key → (key, date)
        self.predecessors: dict[str, list[tuple[str, dt.date | None]]] = defaultdict(list)
        for s in successors:
            old, new = self.canonical(s.old), self.canonical(s.new)
            self.successors[old].append((new, s.date))
            self.predecessors[new].append((old, s.date))
        self.dated = any(u.since for u in self.units)
        self._cache: dict[tuple[str, bool], Match] = {}
        self._resolved: dict[tuple[str, bool], tuple[Match, ...]] = {}
        self._levels: dict[str, str] = {}  # /theo-doi/ asks for one issuer's level once per page it is on

    def __bool__(self) -> bool:
        return bool(self.units)

    def canonical(self, name: str) -> str:
        """The key a body is known by: its unit's name key when configured, else its own key."""
        key = p.unit_key(name)
        unit = self.by_key.get(key)
        return p.unit_key(unit.name) if unit else key

    def unit(self, name: str) -> Unit | None:
        """The configured unit *name* (or an alias) names exactly, if any."""
        return self.by_key.get(p.unit_key(p.UNIT_LEAD.sub("", p.display(name))))

    def bound(self, head: str, text: str) -> tuple[str, str]:
        """(unit phrase, duty) with a configured name or alias as the phrase's bounds: a phrase the reader ran on past a
        configured name ("UBND xã An Lạc tiếp nhận …", a duty verb it did not know) ends with that name, and one it cut inside a
        configured name ("Ban biên tập" of "Ban biên tập Trang thông tin điện tử thành phố") runs to the name's end. A list
        is left as read (a comma or semicolon in it, or "và"/"cùng"/"các" after the name: its pieces are matched one by one)."""
        if not self.by_key or "," in head or ";" in head or self.unit(head) is not None:
            return head, text
        words = head.split()
        for n in range(len(words) - 1, 0, -1):  # the longest configured name the phrase starts with
            rest = words[n]
            if rest[:1].islower() and rest not in ("và", "cùng", "các") and p.unit_key(" ".join(words[:n])) in self.by_key:
                return " ".join(words[:n]), " ".join([*words[n:], text]).strip()
        more = text.split()
        for n in range(min(len(more), 12), 0, -1):  # … or the configured name it is the start of
            if p.unit_key(" ".join([*words, *more[:n]])) in self.by_key:
                return " ".join([*words, *more[:n]]), " ".join(more[n:])
        return head, text

    def is_ignored(self, written: str) -> bool:
        return p.unit_key(written) in self.ignored

    def match(self, phrase: str, groups: bool = True) -> Match:
        """What one phrase names (a unit, a group's members, or nothing). Groups expand only when
        *groups* is true: "UBND 25 phường, xã" in another city's letter is not this portal's communes."""
        cached = self._cache.get((phrase, groups))
        if cached is None:
            cached = self._cache[phrase, groups] = self._match(phrase, groups)
        return cached

    def _match(self, phrase: str, groups: bool) -> Match:
        written = p.UNIT_LEAD.sub("", p.display(phrase))
        key = p.unit_key(written)
        unit = self.by_key.get(key)
        if unit is not None:
            return Match(written, (unit,))
        if not groups:
            return Match(written, (), group=bool(p.COMMUNE_GROUP.match(key) or p.SUBORDINATE_GROUP.match(key)
                                                 or any(g.match(key) for _level, g, _word in p.LEVEL_GROUPS)))
        commune = p.COMMUNE_GROUP.match(key)
        if commune:
            return self._communes(written, commune.group("head"), commune.group("count"))
        for level, pattern, word in p.LEVEL_GROUPS:
            found = pattern.match(key)
            if found and found.group("head").strip():
                return self._level_group(written, level, found.group("head").strip(), word, found.group("count"))
        sub = p.SUBORDINATE_GROUP.match(key)
        if sub:
            parent = self.by_key.get(sub.group("parent").strip())
            if parent is not None:
                starts = next((s for pat, s in p.GROUP_MEMBERS if pat.search(sub.group("what"))), None)
                if starts is not None:
                    members = tuple(c for c in self.children.get(parent.id, ())
                                    if any(p.unit_key(c.name).startswith(s) for s in starts))
                    return Match(written, members, group=True)
        return Match(written, ())

    def _communes(self, written: str, head: str, count: str | None) -> Match:
        head = head.strip()
        members = []
        for unit in self.units:
            if unit.level != "xã":
                continue
            name = p.unit_key(unit.name)
            if head:
                rest = name[len(head):].strip() if name.startswith(head + " ") else None
                if rest is None or not p.COMMUNE_WORD.match(rest):
                    continue
            members.append(unit)
        return Match(written, tuple(members), group=True, stated_count=int(count) if count else None)

    def _level_group(self, written: str, level: str, head: str, word: re.Pattern[str], count: str | None) -> Match:
        """The units of *level* named "<head> <kind> …" by their name or an alias ("UBND các tỉnh, thành phố" →
        "Ủy ban nhân dân tỉnh A", "Ủy ban nhân dân thành phố B"); a chairman's duty ("Chủ tịch UBND các huyện") is
        his committee's when no unit is named for the chairman. A head naming no body ("các tỉnh") expands nothing."""
        def members(lead: str) -> tuple[Unit, ...]:
            return tuple(u for u in self.units if u.level == level and any(
                key.startswith(lead + " ") and word.match(key[len(lead) + 1:])
                for key in map(p.unit_key, (u.name, *u.aliases))))
        found = members(head)
        if not found and head.startswith(CHAIRMAN):
            found = members(head[len(CHAIRMAN):])
        return Match(written, found, group=True, stated_count=int(count) if count else None)

    def resolve(self, head: str, groups: bool = True, on: dt.date | None = None) -> tuple[Match, ...]:
        """The units a task-line head or recipient names: "A; B và C" is split where that finds units. A group
        written *on* a day counts only the units there that day (one a successor replaced earlier is gone, one that began
        later is not yet: "UBND các tỉnh" in 2026 is the merged provinces, not the old ones as well)."""
        cached = self._resolved.get((head, groups))
        if cached is None:
            cached = self._resolved[head, groups] = tuple(self._resolve(head, groups))
        if on is None or not (self.successors or self.dated):
            return cached
        return tuple(self._present(m, on) if m.group else m for m in cached)

    def _present(self, match: Match, on: dt.date) -> Match:
        kept = tuple(u for u in match.units if not (u.since and on < u.since)
                     and not any(date and date <= on for _new, date in self.successors.get(p.unit_key(u.name), ())))
        return match if len(kept) == len(match.units) else Match(match.written, kept, True, match.stated_count)

    def _resolve(self, head: str, groups: bool) -> list[Match]:
        out: list[Match] = []
        for part in p.PART_SPLIT.split(head):
            if not part.strip(p.EDGE):
                continue
            whole = self.match(part, groups)
            if whole.matched:
                out.append(whole)
                continue
            pieces = [self.match(x, groups) for x in p.AND_SPLIT.split(part) if x.strip()]
            if len(pieces) > 1 and any(m.matched for m in pieces):
                out.extend(pieces)
            else:
                out.append(whole)
        return out

    def heirs(self, key: str) -> list[tuple[str, dt.date | None]]:
        """Every successor of the body with *key*, transitively (cycle-safe), with the date of each step."""
        seen = {key}
        queue = list(self.successors.get(key, ()))
        out = []
        while queue:
            new, date = queue.pop(0)
            if new in seen:
                continue
            seen.add(new)
            out.append((new, date))
            queue.extend(self.successors.get(new, ()))
        return out

    def label(self, key: str) -> str:
        """The name to show for a body key (its unit's name when configured)."""
        unit = self.by_key.get(key)
        return unit.name if unit else key

    def level_of(self, name: str) -> str:
        """A body's level: configured, else guessed from its name by :func:`vanban.sites.level_of_name`
        (the lowest level named wins: "UBND xã A, huyện B" is a commune body), else ""."""
        level = self._levels.get(name)
        if level is None:
            unit = self.unit(name)
            level = unit.level if unit is not None and unit.level else p.LEVEL_NAMES.get(level_of_name(name) or "", "")
            self._levels[name] = level
        return level
