"""Whether the holder a clause opens with is a person named by office and name ("Trưởng ban Tuyên giáo Tỉnh ủy Nguyễn Thái
Sơn lưu ý …", "Giám đốc Sở Y tế Trần Văn An chỉ đạo …", a caption's "Chủ tịch UBND tỉnh Nguyễn Văn Sơn kiểm tra …"): the
speaker who gives the order or whose visit is told, never a body a duty is laid on (twenty-fifth session, task31: heldout11
e34, heldout10 d47). A body's head without a name ("Giám đốc Sở Y tế") still holds its body's row."""

from __future__ import annotations

import re

__all__ = ["named_person"]

# An office opens the phrase (the readers key a head's row by its body: "Chủ tịch UBND huyện" is the council's).
_OFFICE = re.compile(
    r"^(?:phó\s+)?(?:chủ\s+tịch|giám\s+đốc|bí\s+thư|trưởng\s+ban|trưởng\s+phòng|thủ\s+tướng|bộ\s+trưởng|thứ\s+trưởng|"
    r"cục\s+trưởng|vụ\s+trưởng|hiệu\s+trưởng|chánh\s+văn\s+phòng|tổng\s+cục\s+trưởng|tổng\s+giám\s+đốc|thủ\s+trưởng)\s",
    re.IGNORECASE,
)
# Family names: the first word of a person's name. Those that also open place names ("Hà Giang", "Lâm Đồng", "Cao Bằng",
# "Mai Châu") are left out: a name is only read after an office and a body, and a place there is the body's.
_SURNAMES = frozenset(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Trịnh", "Trương", "Lương", "Tạ", "Vương", "Lại", "Kiều", "Quách", "Phùng", "Triệu", "Tăng", "Lưu", "Nông", "Hứa", "Thân", "Tống", "Lò", "Đào", "Khúc", "Tôn", "Âu", "Mạc", "Lã", "Diệp", "Doãn", "Đàm", "Hầu", "Lữ", "Khổng", "Cù", "Nhữ", "Giáp"]
)
# Where the words after the office name a school, a street or a place called after a person ("Trường THCS Trần Phú",
# "đường Nguyễn Huệ", "phường Nguyễn Thái Bình", "Thành phố Hồ Chí Minh"): the body's name, not its head's.
_NAMED_AFTER = re.compile(r"(?<!\w)(?:xã|phường|thị\s+trấn|quận|huyện|tỉnh|thành\s+phố|tp\.?|thôn|bản|ấp)$|"
                          r"(?<!\w)(?:trường|đường|phố|học\s+viện|đại\s+học)(?!\w)", re.IGNORECASE)


def _proper(word: str) -> bool:
    """One syllable of a name: a capital, then lower case ("Sơn"; not "UBND", "THCS")."""
    return word[:1].isupper() and word[1:].islower()


def named_person(units: str) -> bool:
    """Whether *units* is an office followed by a body and a person's name (two to four syllables, the first a family
    name), so a person, not a body. "Hồ Chí Minh" and names after a place or school word are the body's."""
    if not _proper(units[units.rfind(" ") + 1:]) or _OFFICE.match(units) is None:
        return False  # most holders end in a level or a lower-case word ("huyện", "tỉnh"), or an acronym
    words = units.split()
    for size in (4, 3, 2):
        if len(words) <= size + 1:
            continue
        name, before = words[-size:], words[: -size]
        if name[0] in _SURNAMES and all(_proper(w) for w in name):
            return " ".join(name) != "Hồ Chí Minh" and _NAMED_AFTER.search(" ".join(before)) is None
    return False
