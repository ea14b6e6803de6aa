"""Agency names a capital-letter reading of "của <issuer>" would cut short.

An issuer is read word by word: capitalised words, level words ("tỉnh", "xã") and a word after a capital. That cut
the names whose own words are in lower case or joined by a dash or a comma: "Bộ Nông nghiệp và Phát triển nông
thôn" became "Bộ Nông nghiệp và Phát triển", "Bảo hiểm xã hội" "Bảo hiểm xã", "Bộ Lao động - Thương binh và Xã hội"
"Bộ Lao động", "Ban chấp hành" "Ban chấp", "Bộ chính trị" "Bộ chính" (found importing heldout19's originals: the stub
page of a ministry's Chỉ thị showed the cut name; 163 issuers on the spent real texts). These names are a closed list
(the ministries and their provincial and district offices, Nghị định 30/2020 Phụ lục VI; social insurance, market
control; the Party's boards, the procuracy and the courts, often typed in lower case), so they are listed here and
read whole where a head word opens them; what follows them (", tỉnh Kon Tum", "Việt Nam") is read as before. Open
names ("Ban Chỉ đạo phòng, chống dịch …", "Ban Quản lý dự án …") are not guessed.
"""

from __future__ import annotations

import re

# Between two words of a name, as copies write it: a dash for the name's dash, comma or "và", "&" for "và".
_AND = r"(?:\s+(?:và|&)\s+|\s*[-–&]\s*)"
_DASH = r"(?:\s*[-–,]\s*|\s+)"
_HOA = r"(?:hóa|hoá)"

# The part after "Bộ" / "Sở" / "Phòng" (the offices of a ministry's sector at each level).
_SECTORS = (
    rf"Lao\s+động{_DASH}Thương\s+binh{_AND}Xã\s+hội",
    rf"Nông\s+nghiệp{_AND}Phát\s+triển\s+nông\s+thôn",
    rf"Nông\s+nghiệp{_AND}Môi\s+trường",
    rf"Văn\s+{_HOA}{_DASH}Thể\s+thao{_AND}Du\s+lịch",
    rf"Văn\s+{_HOA}{_AND}Thông\s+tin",
    rf"Văn\s+{_HOA}{_DASH}Thông\s+tin",
    rf"Giao\s+thông{_DASH}[Vv]ận\s+tải",
    rf"Tài\s+chính{_DASH}Kế\s+hoạch",
    rf"Kinh\s+tế{_DASH}Hạ\s+tầng{_AND}Đô\s+thị",
    rf"Dân\s+tộc{_AND}Tôn\s+giáo",
    rf"Giáo\s+dục{_AND}Đào\s+tạo",
    rf"Kế\s+hoạch{_AND}Đầu\s+tư",
    rf"Khoa\s+học{_AND}Công\s+nghệ",
    rf"Tài\s+nguyên{_AND}Môi\s+trường",
    rf"Thông\s+tin{_AND}Truyền\s+thông",
    r"Chính\s+trị",
)
# The Party's committees and boards, typed in lower case as often as not ("Ban chấp hành", "Ban thường vụ").
_BOARDS = (
    r"Chấp\s+hành", r"Thường\s+vụ", r"Thường\s+trực", r"Bí\s+thư", r"Chỉ\s+đạo", r"Tuyên\s+giáo", r"Dân\s+vận",
    r"Tổ\s+chức", r"Kiểm\s+tra", r"Nội\s+chính", r"Chỉ\s+huy", r"Cán\s+sự\s+đảng",
    # a People's Council's boards ("Ban Văn hóa - Xã hội", "Ban Kinh tế - Ngân sách")
    rf"Văn\s+{_HOA}{_DASH}xã\s+hội", rf"Kinh\s+tế{_DASH}(?:xã\s+hội|ngân\s+sách)",
)
# The head as written (a capital, as the scan asks), the rest in any case ("Phát triển Nông thôn").
_KNOWN = re.compile(
    rf"(?:(?:Bộ|Sở|Phòng)\s+(?i:{'|'.join(_SECTORS)})"
    rf"|Ban\s+(?i:{'|'.join(_BOARDS)})"
    r"|Viện\s+(?i:kiểm\s+sát\s+nhân\s+dân(?:\s+tối\s+cao)?)"
    r"|(?:Tòa|Toà)\s+(?i:án\s+nhân\s+dân(?:\s+tối\s+cao)?)"
    r"|Trung\s+tâm\s+(?i:kiểm\s+soát\s+bệnh\s+tật)"
    r"|Hội\s+(?i:chữ\s+thập\s+đỏ)"
    r"|Tổ\s+(?i:công\s+tác)"
    r"|(?:Tổng\s+cục|Chi\s+cục|Cục)\s+(?i:Quản\s+lý\s+thị\s+trường)"
    r"|Bảo\s+(?i:hiểm\s+xã\s+hội))(?![^\W_])"
)
# The words a name opens with, as written (a capital): the scan asks only at these.
HEADS = frozenset({"Bộ", "Sở", "Phòng", "Tổng", "Chi", "Cục", "Bảo", "Ban", "Viện", "Trung", "Hội", "Tòa", "Toà", "Tổ"})
_WORD = re.compile(r"[^\s,&–-]+")


MAX_WORDS = 15  # an issuer's words at most (the scan's own limit)


def take_name(w: str, start: int, limit: int, kept: list[tuple[int, int]]) -> tuple[int, bool] | None:
    """Appends to *kept* the word spans of a listed name opening at *start*; returns where the name ends and whether
    the issuer ends with it (punctuation glued to its last word, or *kept* full), None when no listed name opens there.
    Shared by the fast scan and its plain reference."""
    m = _KNOWN.match(w, start, limit)
    if m is None:
        return None
    kept.extend(word.span() for word in _WORD.finditer(w, m.start(), m.end()))
    end = m.end()
    return end, (end < limit and not w[end].isspace()) or len(kept) >= MAX_WORDS


# A name a copy cut short (qa34's /co-quan/ on the 702 originals: "Bộ trưởng Bộ Nội", "Sở Kế" reached the issuer
# listing as bodies): a head word, then only the first syllable of a sector's or board's two-syllable word, which never
# ends a name ("Nội" of "Nội vụ"/"Nội chính", "Kế" of "Kế hoạch"); and a minister's title alone ("của Bộ trưởng, Chủ
# nhiệm Văn phòng Chính phủ" read to "Bộ trưởng"), a person and no body.  A cut name is no issuer: it is left out rather
# than shown (:func:`cut_name`), the citation kept.
_CUT_HEADS = frozenset({"bộ", "sở", "phòng", "ban", "cục", "vụ"})
CUT_SYLLABLES: dict[str, str] = {
    "nội": "'Nội vụ', 'Nội chính'", "kế": "'Kế hoạch'", "tài": "'Tài chính', 'Tài nguyên'", "tư": "'Tư pháp'",
    "giáo": "'Giáo dục'", "lao": "'Lao động'", "nông": "'Nông nghiệp'", "văn": "'Văn hóa'", "giao": "'Giao thông'",
    "khoa": "'Khoa học'", "thông": "'Thông tin'", "xây": "'Xây dựng'", "ngoại": "'Ngoại giao', 'Ngoại vụ'",
    "quốc": "'Quốc phòng'", "dân": "'Dân tộc', 'Dân vận'", "tuyên": "'Tuyên giáo'", "chấp": "'Chấp hành'",
    "kiểm": "'Kiểm tra'", "kinh": "'Kinh tế'", "công": "'Công an', 'Công Thương'", "y": "'Y tế'",
}
_TITLE_ALONE = frozenset({"bộ trưởng"})


def cut_name(issuer: str) -> bool:
    """Whether *issuer* is a name cut short or a title alone (:data:`CUT_SYLLABLES`): "Bộ trưởng Bộ Nội", "Sở Kế"."""
    words = issuer.casefold().split()
    if " ".join(words) in _TITLE_ALONE:
        return True
    return len(words) >= 2 and words[-2] in _CUT_HEADS and words[-1] in CUT_SYLLABLES
