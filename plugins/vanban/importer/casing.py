"""Issuer names re-cased from the header's capitals to running text, from a lexicon of body names.

"BAN THƯỜNG VỤ HUYỆN ỦY" → "Ban Thường vụ Huyện ủy". A word the lexicon does not know leaves
the original's capitals in place and the result unsure (reported), never a guessed spelling.
"""

from __future__ import annotations

import re

from ..text import collapse_space, fold, normalise_dashes
from .patterns import is_upper

# Body names as written in running text; longest match wins. Old tone placement ("uỷ") is
# matched as the new one.
_LEXICON: tuple[str, ...] = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam",
    "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQVN", "Ban Thường vụ", "Ban Thường trực", "Ban Chấp hành", "Ban Bí thư",
    "Bộ Chính trị", "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo", "Ban Dân vận", "Ban Tổ chức", "Ban Kiểm tra",
    "Ủy ban Kiểm tra", "Ban Nội chính", "Ban Chỉ đạo", "Ban Chỉ huy Quân sự", "Văn phòng", "Thường trực",
    "Liên đoàn Lao động", "Công đoàn cơ sở", "Công đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân", "Hội Cựu chiến binh", "Huyện ủy", "Thị ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy", "Đảng ủy",
    "Đảng bộ", "Chi bộ", "Đảng ủy Khối các cơ quan", "Đảng ủy Khối Doanh nghiệp", "Phòng Văn hóa và Thông tin", "Phòng Văn hóa - Thông tin", "Phòng Văn hóa - Xã hội",
    "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Tư pháp", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo",
    "Phòng Tài chính - Kế hoạch", "Phòng Kinh tế", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Y tế",
    "Phòng Tài nguyên và Môi trường", "Phòng Lao động - Thương binh và Xã hội", "Trung tâm Văn hóa - Thể thao",
    "Trung tâm Văn hóa - Thông tin - Thể thao", "Trung tâm Phục vụ hành chính công", "Công an", "Chính phủ",
    "Thủ tướng Chính phủ", "Trung ương", "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông",
    "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tư pháp", "Sở Giáo dục và Đào tạo", "Việt Nam",
    "Đoàn TNCS Hồ Chí Minh", "Ủy ban Thường vụ Quốc hội", "Quốc hội", "Bộ Y tế", "Tiểu ban", "Đoàn",
    "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Quận đoàn", "Thị đoàn", "Tòa án nhân dân tối cao", "Tòa án nhân dân",
    "Viện kiểm sát nhân dân tối cao", "Viện kiểm sát nhân dân", "Ngân hàng Nhà nước Việt Nam",
    # the old State's central bodies (before 1992) and titles that head a body's name ("BỘ TRƯỞNG BỘ Y TẾ")
    "Hội đồng Bộ trưởng", "Hội đồng Chính phủ", "Hội đồng Nhà nước", "Chủ tịch nước", "Bộ trưởng",
    "Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội",
    # central bodies as their own founding texts write them (qa30's /co-quan/ in capitals)
    "Phủ Thủ tướng", "Ủy ban Dân tộc", "Ủy ban Trung ương", "Hội Liên hiệp Thanh niên Việt Nam", "Thanh tra",
    "Tổng Liên đoàn Lao động Việt Nam", "Bộ Giáo dục và Đào tạo",
    "Liên đội",  # a school's Young Pioneers team ("LIÊN ĐỘI TRƯỜNG TH …", under "ĐỘI TNTP HỒ CHÍ MINH")
)
# Words of an administrative unit: lower case, and a proper name follows.
ADMIN_UNITS: tuple[str, ...] = ("thành phố", "thị trấn", "thị xã", "huyện", "quận", "tỉnh", "xã", "phường")
# Bodies after which a place name follows directly ("Thị ủy Phước Long").
_PLACE_AFTER = {"Công đoàn cơ sở", "Liên đội", "Chi bộ", "Huyện ủy", "Thị ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy", "Đoàn", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn",
                "Quận đoàn", "Thị đoàn"}
_ACRONYMS = {"UBND", "HĐND", "MTTQ", "MTTQVN", "LĐLĐ", "BCH", "BTV", "TW", "CT-XH", "VH-TT", "TP", "KT-XH"}
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")


def key(word: str) -> str:
    return fold(word).upper()


_LEX_TOKENS: list[tuple[tuple[str, ...], tuple[str, ...]]] = sorted(
    ((tuple(key(w) for w in phrase.split()), tuple(phrase.split())) for phrase in _LEXICON),
    key=lambda item: -len(item[0]),
)
LEXICON_WORDS = _LEX_TOKENS  # (folded words, words as written), longest first: title_case reads them too
_ADMIN_TOKENS = sorted(((tuple(key(w) for w in u.split()), tuple(u.split())) for u in ADMIN_UNITS),
                       key=lambda item: -len(item[0]))


def _is_acronym(token: str) -> bool:
    bare = token.strip(".,;:()")
    return bare.upper() in _ACRONYMS or (bare.isupper() and not any(c in _VOWELS for c in fold(bare)))


_TU_WORDS = (["PHÁP"], ["VẤN"], ["LIỆU"], ["NHÂN"])
# "BCH ĐOÀN TP. HỒ CHÍ MINH": a committee's short name opening the header, written out.
_OPENING_SHORT = {"BCH": ("BAN", "CHẤP", "HÀNH"), "BCĐ": ("BAN", "CHỈ", "ĐẠO"), "BTV": ("BAN", "THƯỜNG", "VỤ")}


def _same_marks(tokens: list[str], phrase: tuple[str, ...], marked: bool) -> bool:
    """Each token is the unit's word as written, or, in a name the copy wrote without any marks (not *marked*), its
    bare letters: "HÀ TĨNH" is a place, never "Hà tỉnh"; "HẢI QUAN" beside marked words is a word, never "Hải quận"."""
    return all(t.upper() == w.upper() or (not marked and t.upper() == key(t))
               for t, w in zip(tokens, phrase, strict=False))


def _marked(tokens: list[str]) -> bool:
    """Whether the name carries any diacritic (then a word without one is written so, not a copy's loss)."""
    return any(key(t) != t.upper() for t in tokens)


def recase_issuer(text: str) -> tuple[str, bool]:
    """Upper-case issuer text in running-text capitalisation, and whether every word was known.

    ``"BAN THƯỜNG VỤ HUYỆN ỦY"`` → ``("Ban Thường vụ Huyện ủy", True)``. A text that is not
    all upper case is returned as written (sure). When unsure, the original is returned.
    """
    text = collapse_space(normalise_dashes(text))
    if not is_upper(text):
        return text, True
    # "… CÁC CƠ QUAN TW": in a body's name TW is Trung ương, written out (the full name is the name).
    # "TƯ" is a word of its own before "PHÁP", "VẤN", "LIỆU" ("BỘ TƯ PHÁP", "SỞ TƯ PHÁP") and after "ĐẦU" ("SỞ KẾ
    # HOẠCH VÀ ĐẦU TƯ", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG"), never Trung ương there.
    words = text.split(" ")
    tokens = [part for i, t in enumerate(words)
              for part in (("TRUNG", "ƯƠNG") if t == "TW" or (t == "TƯ" and words[i + 1:i + 2] not in _TU_WORDS
                                                              and words[i - 1 : i] != ["ĐẦU"])
                           else _OPENING_SHORT[t] if i == 0 and t in _OPENING_SHORT else (t,))]
    keys = [key(t) for t in tokens]
    out: list[str] = []
    sure = True
    place = False  # inside a proper name after an administrative unit or a Party committee
    i = 0
    marked = _marked(tokens)
    while i < len(tokens):
        match = next(((n, phrase) for n, phrase in _LEX_TOKENS if tuple(keys[i : i + len(n)]) == n), None)
        unit = next(((n, phrase) for n, phrase in _ADMIN_TOKENS if tuple(keys[i : i + len(n)]) == n
                     and _same_marks(tokens[i : i + len(n)], phrase, marked)), None)
        if match and not (place and len(match[0]) < 2):
            n, phrase = match
            out.extend(phrase)
            school = _by_rule(tokens[i + len(n) :]) if keys[i + len(n) : i + len(n) + 1] == ["TRUONG"] else None
            if phrase == ("Liên", "đội") and school:  # "LIÊN ĐỘI TRƯỜNG TIỂU HỌC …": the team, then its school's name
                out.append(school)
                break
            place = " ".join(phrase) in _PLACE_AFTER
            i += len(n)
        elif unit:
            out.extend(unit[1])
            place = True
            i += len(unit[0])
        elif _is_acronym(tokens[i]):
            out.append(tokens[i])
            i += 1
        elif place and (level := _level_at(keys, i)):  # "CĐCS MẦM NON II": a school's level, cased as one
            words = tokens[i : i + len(level)]
            out.extend(words if len(level) == 1 else [words[0].capitalize()] + [w.lower() for w in words[1:]])
            i += len(level)
        elif place:
            out.append(tokens[i] if _ROMAN.fullmatch(tokens[i]) else tokens[i].capitalize() if tokens[i].isupper()
                       else tokens[i])
            i += 1
        elif tokens[i] in ("-", "VÀ", ","):
            out.append(tokens[i].lower() if tokens[i] == "VÀ" else tokens[i])
            i += 1
        else:
            sure = False
            break
    if not sure:
        ruled = _by_rule(tokens)
        return (ruled, True) if ruled else (text, False)
    result = " ".join(out)
    return result[:1].upper() + result[1:], True



# Nghị định 30/2020 Phụ lục II: in an agency's name the word for its kind and the first word of
# each part of its field are capitalised ("Bộ Lao động - Thương binh và Xã hội", "Bộ Y tế").
_KINDS = sorted((tuple(k.split()) for k in ("TONG CUC", "TIEU BAN", "VAN PHONG", "TRUNG TAM", "BO", "SO", "BAN", "PHONG",
                                              "CUC", "VU", "HOI", "VIEN", "TRUONG")), key=lambda k: -len(k))

# A school's level after "TRƯỜNG", before its proper name (Điều lệ trường: mầm non, tiểu học, THCS, THPT, …)
_SCHOOL_LEVELS = sorted((tuple(k.split()) for k in ("TH", "THCS", "THPT", "MN", "MG", "PTDTBT", "PTDTNT", "MAM NON", "MAU GIAO",
                                                      "TIEU HOC", "TRUNG HOC CO SO", "TRUNG HOC PHO THONG")),
                        key=lambda k: -len(k))


_ROMAN = re.compile(r"[IVX]{1,4}")  # "MẦM NON II": a numeral, never a word to capitalise


def _level_at(keys: list[str], i: int) -> tuple[str, ...] | None:
    """The school level (of several words: "MẦM NON", "TIỂU HỌC") opening *keys* at *i*, if any."""
    return next((n for n in _SCHOOL_LEVELS if len(n) > 1 and tuple(keys[i : i + len(n)]) == n), None)


def _by_rule(tokens: list[str]) -> str | None:
    """*tokens* re-cased by the rule for agency names, or None when they do not open with a kind of body."""
    tokens = [part for t in tokens for part in re.split(r"(?<=\w)(-)(?=\w)", t) if part]
    keys = [key(t) for t in tokens]
    kind = next((k for k in _KINDS if tuple(keys[: len(k)]) == k), None)
    if kind is None or len(tokens) == len(kind):
        return None
    out = [tokens[0].capitalize()] + [t.lower() for t in tokens[1 : len(kind)]]
    start, proper = True, False
    i = len(kind)
    level = next((n for n in _SCHOOL_LEVELS if kind == ("TRUONG",) and tuple(keys[i : i + len(n)]) == n), None)
    if level:  # "TRƯỜNG THCS BUÔN TRẤP": the school's level, then its proper name
        words = tokens[i : i + len(level)]
        out.extend(words if len(level) == 1 else [words[0].capitalize()] + [w.lower() for w in words[1:]])
        start, proper = False, True
        i += len(level)
    marked = _marked(tokens)
    while i < len(tokens):
        token = tokens[i]
        unit = next(((n, phrase) for n, phrase in _ADMIN_TOKENS if tuple(keys[i : i + len(n)]) == n
                     and _same_marks(tokens[i : i + len(n)], phrase, marked)), None)
        again = next((k for k in _KINDS if tuple(keys[i : i + len(k)]) == k), None) if start and out[-1] in "-–" else None
        if again:  # a joint issuer: "… - BỘ Y TẾ"
            out.extend([tokens[i].capitalize()] + [t.lower() for t in tokens[i + 1 : i + len(again)]])
            i += len(again)
            continue
        if unit and keys[i : i + 2] != ["XA", "HOI"]:
            out.extend(unit[1])
            proper, start = True, False
            i += len(unit[0])
            continue
        if token in ("-", "–"):
            out.append(token)
            start = True
        elif keys[i] == "VA":
            out.append("và")
            start = True
        elif _is_acronym(token):
            out.append(token)
            start = False
        else:
            out.append(token.capitalize() if start or proper else token.lower())
            start = token.endswith(",")
        i += 1
    return " ".join(out)
