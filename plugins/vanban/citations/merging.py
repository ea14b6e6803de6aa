"""Merging: the cores of one cited document grouped, short forms joined to their full numbers.
"""

from __future__ import annotations

import bisect

from .model import Core, CoreGroup, NumberParts
from .spelling import key_cached
from .vocabulary import type_family

__all__ = ["merge"]


def merge(cores: list[Core], own: NumberParts | None, own_types: tuple[str | None, ...]) -> list[CoreGroup]:
    """Cores grouped by number; a bare serial joins the full number of its type before it, and one with
    the own number's serial and a type the own number has (its code's, or the type word a lead gave it:
    Party "22-QĐ/TW" is a "Quy định") is the document itself, as is any with the serial of a bare own number."""
    own_families = {type_family(t) for t in own_types if t is not None}
    # an own number that is a bare serial ("UBND tỉnh đã ban hành văn bản số 558 …"): its serial is the page's
    own_bare = own is not None and own.year is None and own.type_code is None and own.issuer_code is None
    groups: list[CoreGroup] = []
    by_key: dict[str, int] = {}
    full_index: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for order, core in enumerate(cores):
        if core.bare:
            continue
        key = key_cached(core.number)
        if not any(char.isalpha() for char in key):  # "Thông tư 14/2018", "Quyết định 14/2018": no code, two types
            key += f"\x00{type_family(core.type_name or core.inferred_type)}"
        if key not in by_key:
            by_key[key] = len(groups)
            groups.append(CoreGroup(core.number, True))
        core.group = by_key[key]
        if core.serial.isdecimal():  # "30c/NQ-CP" has no short form
            # the family its type word gives and the one its code gives: "Thông báo Kết luận số 88-KL/TW …
            # (viết tắt là Kết luận 88 của Bộ Chính trị)" names back the conclusion the code says it is (h26-52)
            for fam in {type_family(core.type_name or core.inferred_type), type_family(core.inferred_type)}:
                if fam is not None:
                    full_index.setdefault((fam, int(core.serial)), []).append((order, core.group))
    for order, core in enumerate(cores):
        if not core.bare:
            continue
        fam = type_family(core.type_name)
        serial = int(core.serial)
        candidates = full_index.get((fam, serial), []) if fam is not None else []
        if candidates:
            k = bisect.bisect_left(candidates, (order, -1))
            core.group = candidates[k - 1][1] if k > 0 else candidates[0][1]
            continue
        if core.short_only:
            continue
        if own is not None and own.serial.isdigit() and int(own.serial) == serial and (fam in own_families or own_bare):
            continue
        key = f"\x00{fam}\x00{serial}"
        if key not in by_key:
            by_key[key] = len(groups)
            groups.append(CoreGroup(core.number, False))
        core.group = by_key[key]
    for core in cores:
        if core.group >= 0:
            groups[core.group].cores.append(core)
    return groups
