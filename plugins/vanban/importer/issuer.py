"""The issuing body: the upper-case lines above "Số", split into the managing body and the issuer.

Of those lines the lower group is the issuer and the upper the managing body ("cơ quan chủ
quản", kept apart); a line that starts with an administrative unit ("XÃ …", "THÀNH PHỐ …")
continues the one above it, and a word cut off on a line of its own ("ỦY" / "BAN NHÂN DÂN")
joins the next. In Word the bold lines are the issuer (ND 30: the managing body is not bold).
A bare body name that a scraper cut from its locality ("ỦY BAN NHÂN DÂN") is completed from
the authority line under the trích yếu or the body's own words ("UBND tỉnh …", "trên địa bàn tỉnh"
with no name after it) and the place of the date line, and reported as unsure.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..citations import parse_number
from ..province_names import is_central, listed_place, province_at
from ..text import collapse_space, nfc
from .casing import ADMIN_UNITS, recase_issuer
from .casing import key as fold_key
from .department_place import with_province_level
from .lines import Line
from .office_place import needs_place, with_place
from .patterns import UPPER_MARKED, is_upper
from .result import ImportResult

_BARE = {"UY BAN NHAN DAN", "HOI DONG NHAN DAN"}
# HD 36-HD/VPTW: an organ under "BAN CHẤP HÀNH TRUNG ƯƠNG" is the Central Committee's own, and its
# name says so ("VĂN PHÒNG" there is the Văn phòng Trung ương Đảng).
_CENTRAL_ORGANS = {"VAN PHONG": "Văn phòng Trung ương Đảng", "UY BAN KIEM TRA": "Ủy ban Kiểm tra Trung ương",
                   "BAN TO CHUC": "Ban Tổ chức Trung ương", "BAN TUYEN GIAO": "Ban Tuyên giáo Trung ương",
                   "BAN DAN VAN": "Ban Dân vận Trung ương", "BAN NOI CHINH": "Ban Nội chính Trung ương",
                   "BAN KINH TE": "Ban Kinh tế Trung ương", "BAN DOI NGOAI": "Ban Đối ngoại Trung ương",
                   "BAN TUYEN GIAO VA DAN VAN": "Ban Tuyên giáo và Dân vận Trung ương"}
# "HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM" / "ỦY BAN TRUNG ƯƠNG": an organ named by its rank alone is the organ of the
# organisation (Mặt trận, its member organisations, a Đảng bộ) on the line above, and is named with it.
_ORGANS = {"UY BAN TRUNG UONG", "BAN CHAP HANH TRUNG UONG", "BAN CHAP HANH", "BAN THUONG VU", "BAN THUONG TRUC",
           "DOAN CHU TICH", "BAN THU KY"}
_ORGANISATIONS = ("HOI ", "MAT TRAN ", "UY BAN MAT TRAN", "UY BAN MTTQ", "LIEN DOAN ", "TONG LIEN DOAN ", "CONG DOAN ",
                  "DANG BO ")
_LEVEL = re.compile(r"\b(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s+(tỉnh|[Tt]hành phố|huyện|quận|thị xã|"
                    r"xã|phường|thị trấn)\b")

# "trên địa bàn tỉnh tình hình …": the body's own area, named by its level alone (no name after it).
_OWN_AREA = re.compile(r"\bđịa bàn\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\b(?=\s*(\w?))")


# "TP. Hồ Chí Minh", "Tp.Cần Thơ", "Thị xã Phú Thọ": a place line that writes its unit before the name.
_PLACE_UNIT = re.compile(r"^(TP|Tp|TX|Tx|Thành phố|Thị xã|Thị trấn)(?:\.\s*|\s+)(?=[A-Z" + UPPER_MARKED + r"])")
_PLACE_UNITS = {"TP": "Thành phố", "TX": "thị xã", "THANH PHO": "Thành phố", "THI XA": "thị xã", "THI TRAN": "thị trấn"}


def _own_area(body: str) -> re.Match[str] | None:
    return next((m for m in _OWN_AREA.finditer(body) if not m.group(2).isupper()), None)


# The abbreviations a lead or headline writes a body's name with, written out as its header would.
SPELT = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "LĐLĐ": "Liên đoàn Lao động", "CĐCS": "Công đoàn cơ sở"}


# A district office named by its trade as its own notices shorten it ("Phòng GD&ĐT", "Phòng Giáo dục- Đào tạo").
_TRADES = ((re.compile(r"^(?:GD\s*&\s*ĐT|GDĐT|GD-ĐT|Giáo dục\s*(?:[-–&]|và)\s*Đào tạo)$"), "Giáo dục và Đào tạo"),
           (re.compile(r"^(?:TN\s*&\s*MT|TNMT|Tài nguyên\s*(?:[-–&]|và)\s*Môi trường)$"), "Tài nguyên và Môi trường"),
           (re.compile(r"^(?:VH\s*&\s*TT|VHTT|Văn hóa\s*(?:[-–&]|và)\s*Thông tin)$"), "Văn hóa và Thông tin"),
           (re.compile(r"^(?:NN\s*&\s*PTNT|NNPTNT)$"), "Nông nghiệp và Phát triển nông thôn"),
           (re.compile(r"^(?:LĐ-?TB\s*&\s*XH|LĐTBXH)$"), "Lao động - Thương binh và Xã hội"))


# A ministry or a department named by its trade's initials in a lead ("Bộ VHTTDL", "Sở TN&MT Sơn La").
_MINISTRY_TRADES = ((re.compile(r"^(?:VHTTDL|VH\s*,?\s*TT\s*&\s*DL|VHTT\s*&\s*DL)$"), "Văn hóa, Thể thao và Du lịch"),
                    (re.compile(r"^(?:KH\s*&\s*ĐT|KHĐT)$"), "Kế hoạch và Đầu tư"),
                    (re.compile(r"^(?:TT\s*&\s*TT|TTTT)$"), "Thông tin và Truyền thông"),
                    (re.compile(r"^(?:KH\s*&\s*CN|KHCN)$"), "Khoa học và Công nghệ"),
                    (re.compile(r"^(?:GTVT)$"), "Giao thông vận tải"),
                    (re.compile(r"^(?:NN\s*&\s*MT|NNMT)$"), "Nông nghiệp và Môi trường"))
# "Sở Nông nghiệp và PTNT": a trade spelt out but for its second half's initials, read as its initials ("Sở NNPTNT")
_HALF_SPELT = re.compile(r"\bNông nghiệp (?:và|&) PTNT\b")
_TRADE_WORD = re.compile(r"^(Bộ|Sở)\s+(\S+)(?:\s+(.*))?$")


def spelt_office(name: str) -> str:
    """"Phòng GD&ĐT" → "Phòng Giáo dục và Đào tạo"; "" when *name* is no office of a known trade."""
    words = collapse_space(name).split(" ", 1)
    if words[0] != "Phòng" or len(words) < 2:
        return ""
    return next((f"Phòng {spelt}" for trade, spelt in _TRADES if trade.match(words[1])), "")


def _spelt_trade(name: str) -> str:
    """"Bộ VHTTDL" → "Bộ Văn hóa, Thể thao và Du lịch", "Sở TN&MT Sơn La" → "Sở Tài nguyên và Môi trường tỉnh Sơn
    La" (a department's province named bare takes its word), "Bộ Nông nghiệp & Phát triển nông thôn" → "… và …";
    *name* itself when it names no trade by initials."""
    name = _HALF_SPELT.sub("NNPTNT", re.sub(r"(?<=\w)\s+&\s+(?=\w)", " và ", name))
    m = _TRADE_WORD.match(name)
    spelt = next((s for t, s in (*_TRADES, *_MINISTRY_TRADES) if t.match(m.group(2))), "") if m else ""
    if not m or not spelt:
        return with_province_level(name)  # "Sở Y tế Thanh Hóa": the trade written out
    rest = m.group(3) or ""
    place = province_at(rest)
    if m.group(1) == "Sở" and place:
        rest = f"{'thành phố' if is_central(place) else 'tỉnh'} {rest}"
    return f"{m.group(1)} {spelt} {rest}".strip()


# "TP.HCM", "TPHCM", "TP. HCM": the city as a lead or headline shortens it, never as a header names it.
_HCM = re.compile(r"\bT[Pp]\.?\s*HCM\b")


# "Chủ tịch UBND tỉnh …": the council or committee its chair (or standing board) acts for, "Văn phòng UBND tỉnh"
# the one its office serves; "UBND TP Hà Nội": a lead's short "TP".
_CHAIR = re.compile(r"^((?:Phó\s+)?Chủ tịch|Văn phòng|Thường trực)\s+(UBND|HĐND)(?=\s)")
_SHORT_CITY = re.compile(r"\b((?:Ủy|Uỷ) ban nhân dân|Hội đồng nhân dân)\s+TP\.?\s*(?=[A-ZĐ])")


def written_out(name: str) -> str:
    """*name* with spaces collapsed and a leading "UBND"/"HĐND" written out ("UBND xã Chương Dương", "Chủ tịch UBND
    tỉnh …"), the city "TP.HCM" too ("Thành ủy TPHCM" → "Thành ủy Thành phố Hồ Chí Minh") and a lead's "UBND TP Hà
    Nội" ("Ủy ban nhân dân thành phố Hà Nội")."""
    name = _CHAIR.sub(lambda m: f"{m.group(1)} {SPELT[m.group(2)]}", collapse_space(name))
    words = collapse_space(re.sub(r"^([UỦ][yỷ]) [Bb]an [Nn]hân [Dd]ân", r"\1 ban nhân dân", name)).split(" ", 1)  # "Ủy Ban nhân dân"
    spelt = _HCM.sub("Thành phố Hồ Chí Minh", " ".join([SPELT.get(words[0], words[0]), *words[1:]]))
    return _spelt_trade(_SHORT_CITY.sub(r"\1 thành phố ", spelt))


# "PHÒNG GIÁO DỤC-ĐÀO TẠO", "SỞ GD&ĐT": the education office or department named by its trade, under its
# name as ND 30 and the units' own decisions write it.
_EDUCATION = re.compile(r"^(Phòng|Sở) (?:Giáo dục ?[-–&,] ?Đào tạo|GD ?[-–&] ?ĐT|GDĐT)(?=$|\s)", re.I)
# "TH", "MN" and "MG" are spelled out (short for several things); THCS and THPT are kept as the header writes them, as the
# sets write a school's name ("Trường THCS Buôn Trấp", "Công đoàn cơ sở Trường THPT Ngọc Tố").
_SCHOOLS = {"TH": "Tiểu học", "MN": "Mầm non", "MG": "Mẫu giáo"}
_SCHOOL = re.compile(r"^(?P<team>Liên đội |Công đoàn cơ sở |Chi bộ )?Trường (TH|MN|MG)(?=\s)")


def _spelt_out(issuer: str) -> str:
    """A header's issuer as its name is written: "UBND tỉnh Hậu Giang" → "Ủy ban nhân dân tỉnh Hậu Giang",
    "Phòng Giáo dục - Đào tạo" → "Phòng Giáo dục và Đào tạo" (a joint "HĐND - UBND …" stays as written)."""
    issuer = _EDUCATION.sub(lambda m: f"{m.group(1).capitalize()} Giáo dục và Đào tạo", issuer)
    issuer = _SCHOOL.sub(lambda m: f"{m.group('team') or ''}Trường {_SCHOOLS[m.group(2)]}", issuer)  # "TH": Tiểu học
    return issuer if " - " in issuer or " – " in issuer else written_out(issuer)

# A mass organisation's committee written in initials on its header line ("BCH HND TỈNH ĐỒNG THÁP" under "HỘI NÔNG DÂN
# VIỆT NAM"): spelled out, so the line names a body of its own (``starts_body``) and its name is written in full.
_SHORT_BODIES = {"BCH": "BAN CHẤP HÀNH", "BTV": "BAN THƯỜNG VỤ", "HND": "HỘI NÔNG DÂN", "HCCB": "HỘI CỰU CHIẾN BINH",
                 "HLHPN": "HỘI LIÊN HIỆP PHỤ NỮ", "HLHTN": "HỘI LIÊN HIỆP THANH NIÊN"}
_SHORT_LINE = re.compile(r"^(?:BCH|BTV)\s+(?:HND|HCCB|HLHPN|HLHTN)\s")
_SHORT_WORD = re.compile(r"\b(?:BCH|BTV|HND|HCCB|HLHPN|HLHTN)\b")


def join_cut_words(lines: list[Line]) -> list[Line]:
    """A header line holding one short word ("ỦY", "THỦ") is the start of the next line."""
    out: list[Line] = []
    carry = ""
    for line in lines:
        # "1. ỦY BAN …", "• BỘ GIÁO DỤC …": a list number or bullet a portal put before the header line
        text = re.sub(r"^(?:(?:\d+\.|[•●▪◦·])\s+|\(\d{1,2}\)(?=[A-ZĐ]))", "", line.text.strip())  # "(1)": a footnote mark
        text = re.sub(r"^Y BAN\b", "ỦY BAN", text)  # a copy that lost its first letter
        if is_upper(text) and _SHORT_LINE.match(text):  # "BCH HND TỈNH ĐỒNG THÁP": a committee's line in initials
            text = _SHORT_WORD.sub(lambda m: _SHORT_BODIES[m.group(0)], text)
        if len(text.split()) == 1 and len(text) <= 4:
            carry += text + " "
            continue
        out.append(Line(carry + text, bold=line.bold, gap_before=line.gap_before, cell=line.cell,
                        formatted=line.formatted))
        carry = ""
    if carry:
        out.append(Line(carry.strip()))
    return out


def _issuer_groups(lines: list[Line]) -> list[list[Line]]:
    """Upper-case header lines grouped into bodies: a line continues the body above it unless it names
    a body of its own ("PHÒNG …", "BAN …", "HUYỆN ỦY …"); in Word, a change of weight starts one too."""
    groups: list[list[Line]] = []
    for line in lines:
        weight_change = line.formatted and groups and line.bold != groups[-1][-1].bold
        above = groups[-1][-1].text.rstrip() if groups else ""
        # "BỘ VĂN HÓA -" / "BỘ Y TẾ"; "ỦY BAN NHÂN DÂN - ỦY" / "BAN MTTQ VIỆT NAM": a joint header wrapped mid-name
        joint = above.endswith(("-", "–", " VÀ")) or bool(_CUT_JOINT.search(fold_key(above)))
        # "BAN CHỈ ĐẠO ĐIỀU TRA CƠ" / "SỞ HÀNH CHÍNH …": a name wrapped after a word no name ends with
        joint = joint or bool(_CUT_NAME.search(fold_key(above)))
        if groups and (joint or not starts_body(line.text)) and not weight_change:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


_CUT_JOINT = re.compile(r" [-–] (UY|HOI|BAN|BO|SO|CUC)$")
_CUT_NAME = re.compile(r" (CO|CUA|VE|VOI|DOI|MOI)$")  # "… VÀ MÔI" / "TRƯỜNG": the name goes on
_ABBREVIATIONS = {"UBND", "HDND", "MTTQ", "TNCS", "MTTQVN", "LDLD"}


def _initials(text: str) -> str:
    """"ỦY BAN MTTQ VIỆT NAM" → "UBMTTQVN": a body's code as numbers write it (abbreviations kept whole)."""
    words = re.findall(r"[A-Z]+", fold_key(text))
    return "".join(w if w in _ABBREVIATIONS or not re.search(r"[AEIOUY]", w) else w[0] for w in words)


def _joint_codes(number: str, upper: str, lower: str) -> bool:
    """Whether the number's issuer code names both bodies ("01/QCPH/UBND-UBMTTQ" under "ỦY BAN NHÂN DÂN" /
    "ỦY BAN MTTQ VIỆT NAM"): then the two are joint issuers, not a managing body and its unit. A ministry
    over a body that is not a ministry is its managing body: ND 30 numbers write the ministry's code first."""
    parts = parse_number(number) if number else None
    if not number or not (starts_body(upper) and starts_body(lower)):
        return False
    if fold_key(upper).startswith("BO ") and not fold_key(lower).startswith("BO "):
        return False  # "641/BNV-BCĐ" under "BỘ NỘI VỤ" / "BAN CHỈ ĐẠO …": a ministry over its own unit
    # an old number no grammar reads ("01-TANDTC-VKSNDTC/TTLT", 1988): its codes are all its parts
    coded = (parts.issuer_code or "").rsplit("/", 1)[-1] if parts else number
    codes = [c for c in re.split(r"[-.–/]", fold_key(coded)) if len(c) >= 2]
    first, second = _initials(upper), _initials(lower)
    return any(first.startswith(a) and second.startswith(b) for i, a in enumerate(codes) for b in codes[i + 1 :])


def starts_body(text: str) -> bool:
    """A header line that names a body of its own ("ĐẢNG BỘ …", "PHÒNG …", "BAN …", "HUYỆN ỦY …"; a board in its
    initials, "BCĐ …", "BCH …", as "BAN …" is: a copy's "ĐẢNG ỦY XÃ X" / "BCĐ XÂY DỰNG NÔNG THÔN MỚI" are two bodies)."""
    folded = fold_key(text)
    return folded.startswith(("DANG BO", "DANG UY", "CONG DOAN", "CDCS ", "PHONG ", "BAN ", "UY BAN", "HOI DONG", "HUYEN UY", "THI UY",
                           "TINH UY", "THANH UY", "CHI BO", "VAN PHONG", "TRUNG TAM", "SO ", "TIEU BAN", "BO ", "CUC ",
                              "TONG CUC", "CONG AN", "DOAN ", "HOI ", "LIEN DOAN", "UY BAN", "THU TUONG",
                              "QUAN UY", "THI XA UY", "TRUONG ", "TOA AN ", "VIEN ", "THANH TRA", "CHI CUC ",
                              "BCD ", "BCH ", "NHA THIEU NHI"))


def _body_named(text: str) -> str:
    """*text* from where a body's name starts ("VIEWS: 10 PAGES: 1 UBND TX. ĐỒNG XOÀI" → "UBND TX. ĐỒNG XOÀI": a
    page's counters before it), "" when no body is named in its first words."""
    words = collapse_space(text).split(" ")
    for start in range(min(len(words), 8)):
        rest = " ".join(words[start:])
        if starts_body(rest) or fold_key(rest).startswith(("UBND ", "HDND ", "UBMTTQ", "MAT TRAN ")):
            return rest
    return ""


# HD 36: "ĐẢNG BỘ TỈNH X" / "ĐẢNG BỘ HUYỆN Y" / "ĐẢNG ỦY XÃ Z", flattened onto one line by a copy.
_PARTY_BODY = re.compile(r"^(?:DANG BO|DANG UY|CHI BO|TINH UY|THANH UY|HUYEN UY|QUAN UY|THI UY) ")
_PARTY_NEXT = re.compile(r" (?=(?:DANG BO|DANG UY|CHI BO) )")


def _party_chain(line: Line) -> list[Line]:
    """A line holding a chain of Party bodies, each its own line; "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH X" is one name."""
    key = fold_key(line.text)
    if len(key) != len(line.text) or not _PARTY_BODY.match(key):
        return [line]
    cuts = [0, *(m.end() for m in _PARTY_NEXT.finditer(key)), len(key)]
    return [Line(line.text[a:b].strip(), bold=line.bold, gap_before=line.gap_before, cell=line.cell,
                 formatted=line.formatted) for a, b in itertools.pairwise(cuts) if line.text[a:b].strip()]


# "UBND HUYỆN THÁI THỤY PHÒNG GIÁO DỤC …", "SỞ GD&ĐT QUẢNG TRỊ TRƯỜNG THPT CHUYÊN", "UBND TỈNH LÀO CAI SỞ TÀI
# CHÍNH", "BỘ TÀI CHÍNH TỔNG CỤC THUẾ": a managing body and its unit flattened onto one line; the unit starts at a
# word only a unit's name opens with, marks and all ("PHÒNG CHỐNG …" names a task, "BẢN PHỐ" a place, not "BAN").
_MANAGING = re.compile(r"^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|SỞ|BỘ|LIÊN ĐOÀN LAO ĐỘNG|LĐLĐ) ")
_UNIT_NEXT = re.compile(r" (?=(?:PHÒNG (?!CHỐNG|NGỪA|CHÁY|TRÁNH|,)|TRƯỜNG (?!BAN|PHÒNG)|TRUNG TÂM |CHI CỤC |BAN |SỞ |"
                        r"VĂN PHÒNG |THANH TRA |CỤC |TỔNG CỤC |BỆNH VIỆN |VIỆN |CĐCS |CÔNG ĐOÀN CƠ SỞ ))")


def _managing_pair(line: Line) -> list[Line]:
    """A line holding a managing body and its unit, as two lines (each at least two words)."""
    key = nfc(line.text)
    if len(key) != len(line.text) or not is_upper(line.text) or not _MANAGING.match(key):
        return [line]
    managing = _MANAGING.match(key)
    cut = next((m.end() for m in _UNIT_NEXT.finditer(key) if len(key[: m.start()].split()) >= 3
                and not (managing and key[m.end() :].startswith(managing.group(0)))), 0)  # "SỞ … SỞ": no pair
    if not cut or len(key[cut:].split()) < 2:
        return [line]
    return [Line(part.strip(), bold=line.bold, gap_before=line.gap_before, cell=line.cell, formatted=line.formatted)
            for part in (line.text[:cut], line.text[cut:])]


_INITIALS = re.compile(r"^(?:BCĐ|BCH)\s")  # a board in its initials ("BAN CHỈ ĐẠO", "BAN CHẤP HÀNH")


# "NHÀ THIẾU NHI TỈNH" under "BCH ĐOÀN TỈNH HƯNG YÊN": a unit named by its level alone, the place on the managing line
_BARE_LEVEL = re.compile(r"\s(tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)$", re.I)
_NAMED_LEVEL = re.compile(r"\b(tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s+((?:\d+|[A-ZĐ]\w*)(?:\s+[A-ZĐ]\w*){0,3})$",
                          re.I)


def _level_named(issuer: str, parent: str) -> str:
    """*issuer* with the place its managing line *parent* (recased) ends on, where *issuer* names none of its own: a
    unit ending on a bare level word ("Nhà Thiếu Nhi tỉnh" under "Ban Chấp hành Đoàn tỉnh Hưng Yên": that level's
    name), a steering board under a Party committee ("Ban Chỉ đạo xây dựng nông thôn mới" under "Đảng ủy xã Thanh Bình
    Thịnh": every commune has one, as with_place gives a committee's); "" when *parent* names no such place."""
    named = _NAMED_LEVEL.search(parent)
    if not named or not named.group(2)[:1].isupper():
        return ""
    bare = _BARE_LEVEL.search(issuer)
    if bare:
        return f"{issuer} {named.group(2)}" if bare.group(1).lower() == named.group(1).lower() else ""
    return f"{issuer} {named.group(1).lower()} {named.group(2)}" if needs_place(issuer) else ""


# "TRƯỜNG: THCS MÔNG ÂN" under "PHÒNG GD&ĐT BẢO LÂM": a form's colon after the unit's head word, never part of the name
_HEAD_COLON = re.compile(r"^TRƯỜNG\s*:\s*(?=\S)")


def read_issuer(result: ImportResult, lines: list[Line]) -> None:
    lines = [replace(ln, text=_HEAD_COLON.sub("TRƯỜNG ", ln.text)) for ln in lines]
    lines = [part for ln in lines if ln.text.strip("* ") for chained in _party_chain(ln) for part in _managing_pair(chained)]
    if not lines:
        result.missing.append(("issuer", "không thấy khối tên cơ quan ở đầu văn bản"))
        return
    bold = [ln for ln in lines if ln.bold]
    unit_first = bool(bold) and any(fold_key(bold[0].text).startswith(fold_key(u) + " ") for u in ADMIN_UNITS)
    if bold and len(bold) < len(lines) and lines[-1].bold and not unit_first:
        # ND 30: the parent body is printed in regular weight, the issuer in bold.
        issuer_lines = bold
        parent_lines = [ln for ln in lines if not ln.bold]
    else:
        groups = _issuer_groups(lines) if len(lines) > 1 else [lines]
        issuer_lines = groups[-1]
        parent_lines = [ln for g in groups[:-1] for ln in g]
        number = str(result.fields.get("number") or "")
        if len(groups) >= 2 and _joint_codes(number, " ".join(ln.text for ln in groups[-2]),
                                             " ".join(ln.text for ln in groups[-1])):
            issuer_lines = [Line(" ".join(ln.text for ln in groups[-2]) + " -"), *groups[-1]]
            parent_lines = [ln for g in groups[:-2] for ln in g]
            result.notes.append(f"hai cơ quan cùng ban hành (mã trong số ký hiệu “{number}” gọi tên cả hai)")
    # "BỘ GIÁO DỤC VÀ ĐÀO TẠO _ CỘNG HÒA …": a lone rule mark a flattened header left between the cells
    raw = collapse_space(re.sub(r"(?<!\S)[_*|]+(?!\S)", " ", " ".join(ln.text for ln in issuer_lines)))
    first, _, after = raw.partition(" ")
    if first in SPELT and after.isupper() and not after.startswith(("-", "–")):  # "CĐCS TRƯỜNG THPT …": written out
        raw = f"{SPELT[first].upper()} {after}"
    issuer, sure = recase_issuer(raw)
    if parent_lines:
        above = " ".join(ln.text for ln in parent_lines)
        parent, parent_sure = recase_issuer(above)
        central = _CENTRAL_ORGANS.get(fold_key(issuer)) if fold_key(parent) == "BAN CHAP HANH TRUNG UONG" else None
        if central:
            issuer, sure = central, True
            result.notes.append(f"cơ quan của Ban Chấp hành Trung ương: “{raw}” là {central}")
        elif fold_key(issuer) == "THANH TRA" and fold_key(parent).startswith(("BO ", "SO ")):
            issuer, sure = f"Thanh tra {parent}", parent_sure  # "BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "THANH TRA": its inspectorate
            result.notes.append(f"“{raw}” là thanh tra của cơ quan ghi ở dòng trên: {issuer}")
        elif fold_key(issuer) in _ORGANS and fold_key(parent).startswith(_ORGANISATIONS):
            issuer, sure = f"{issuer} {parent}", sure and parent_sure
            result.notes.append(f"“{raw}” là cơ quan của tổ chức ghi ở dòng trên: {issuer}")
        else:  # kept apart from the issuer (written as managing_body:), from where a body's name starts
            result.parent = recase_issuer(managing)[0] if (managing := _body_named(above)) else ""
            if (placed := with_place(_spelt_out(issuer), managing)) != _spelt_out(issuer):  # every district has one
                issuer = placed
                result.notes.append(f"cơ quan ban hành ghi thêm nơi của cơ quan chủ quản: {issuer}")
            elif placed := _level_named(issuer, parent):  # an upper-case name recased with its place: "… tỉnh Bắc Ninh"
                issuer, sure = recase_issuer(placed.upper()) if not sure else (placed, sure)
                result.notes.append(f"cơ quan ban hành ghi thêm nơi của cơ quan chủ quản: {issuer}")
                if not sure:  # "NHÀ THIẾU NHI TỈNH NAM ĐỊNH": a name the casing lexicon lacks, its place composed
                    result.unsure.append(("issuer", f"tên cơ quan “{issuer}” ghép nơi của dòng cơ quan chủ quản, giữ chữ "
                                                    "hoa của bản sao: hãy đối chiếu bản gốc"))
        result.notes.append(f"cơ quan chủ quản (dòng trên tên cơ quan): {parent}")
        if _INITIALS.match(raw):  # "BCĐ CHƯƠNG TRÌNH PTLNBV", "BCH ĐOÀN THPT …": a copy's short form of the name
            result.unsure.append(("issuer", f"bản sao viết tắt tên cơ quan “{raw}” dưới dòng cơ quan chủ quản: tên đầy "
                                            "đủ đọc theo chữ viết tắt, hãy đối chiếu bản gốc"))
    result.fields["issuer"] = _spelt_out(issuer)
    if not sure:
        result.notes.append(f"cơ quan ban hành giữ nguyên chữ hoa như bản gốc “{raw}”: "
                            "chưa chắc cách viết hoa, hãy sửa lại cho đúng (ví dụ “Ủy ban nhân dân xã …”)")
        result.comments["issuer"] = "giữ nguyên chữ hoa của bản gốc: hãy viết lại cho đúng"


def _real_place(level: str, place: str) -> bool:
    """Whether a date line's *place* can be the place of a body of *level*: a province's or a city's must be a real
    one's name ("Tam Kỳ" is no province), any other level's is not listed."""
    listed = listed_place(level, place)
    return listed is None or listed == place


# A unit under a committee, as the body names it ("Sở Giáo dục và Đào tạo hướng dẫn …").
_UNIT_NAME = re.compile(r"\b(?:Sở|Phòng|Ban|Chi cục|Cục|Văn phòng|Thanh tra|Trung tâm)\s+[A-ZĐ][^.;:()\d]{2,90}")


def coded_unit(number: str, text: str) -> str:
    """The unit the number's issuing code spells and *text* names: "681/HD-SGDĐT" and "Sở Giáo dục và Đào tạo hướng
    dẫn …" (the initials of its words, "và" aside, are the code); "" for a committee's own code ("UBND")."""
    parts = parse_number(number) if number else None
    code = fold_key((parts.issuer_code or "").split("-")[0]).replace("&", "").replace(" ", "") if parts else ""
    if len(code) < 3 or code.startswith(("UB", "HD")):
        return ""
    for m in _UNIT_NAME.finditer(text):
        initials = ""
        for word in re.finditer(r"[^\W\d_]+", m.group(0)):
            initials += "" if word.group(0) == "và" else fold_key(word.group(0))[:1]
            if initials == code:
                return collapse_space(m.group(0)[: word.end()])
            if not code.startswith(initials):
                break
    return ""


def complete_bare_issuer(result: ImportResult, authority: list[str], body: str) -> None:
    """Give a bare "Ủy ban nhân dân" its locality from the authority line or the body (reported).

    A copy that kept only the managing body's cell ("ỦY BAN NHÂN DÂN |" over "Số: 681/HD-SGDĐT", the unit's lines
    lost) names the unit in its number's code: when the body names a unit whose initials are that code, it is the
    issuer (ND 30: a department's number carries its own code, not the committee's)."""
    issuer = str(result.fields.get("issuer") or "")
    if fold_key(issuer) not in _BARE:
        return
    coded = coded_unit(str(result.fields.get("number") or ""), body[:3000])
    if coded:
        result.fields["issuer"] = coded
        result.unsure.append(("issuer", f"bản gốc chỉ ghi “{issuer}” (cơ quan chủ quản); mã trong số ký hiệu "
                                        f"“{result.fields.get('number')}” là của “{coded}”, tên nội dung nêu"))
        return
    bare = fold_key(issuer)
    said = ""  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": the authority line's level, its name not written
    for line in authority:
        folded_line = fold_key(line)
        at = folded_line.find(bare + " ")
        if at != -1 and any(folded_line[at + len(bare) + 1 :].startswith(fold_key(u) + " ") for u in ADMIN_UNITS):
            words = line.split()
            completed = " ".join(words[len(folded_line[:at].split()) :])
            result.fields["issuer"] = recase_issuer(completed)[0]
            result.unsure.append(("issuer", f"bản gốc chỉ ghi “{issuer}”; tên đầy đủ lấy từ dòng “{collapse_space(line)}”"))
            return
        said = said or next((u for u in ADMIN_UNITS if at != -1 and folded_line[at + len(bare) + 1 :].strip(" .")
                             == fold_key(u)), "")
    found = _LEVEL.search(body[:3000]) or _own_area(body[:3000])
    level, source = (said, "dòng thẩm quyền") if said else (found.group(1).lower(), "nội dung") if found else ("", "")
    place = str(result.fields.get("place") or "")
    unit = _PLACE_UNIT.match(place)
    if level and place and _real_place(level, place):
        result.fields["issuer"] = f"{issuer} {level} {place}"
        result.unsure.append(("issuer", f"bản gốc chỉ ghi “{issuer}”; cấp “{level}” lấy từ {source}, "
                                        f"tên từ địa danh “{place}”"))
    elif unit:  # "TP. Hồ Chí Minh, ngày …": the place line names the level itself
        result.fields["issuer"] = f"{issuer} {_PLACE_UNITS[fold_key(unit.group(1))]} {place[unit.end():]}"
        result.unsure.append(("issuer", f"bản gốc chỉ ghi “{issuer}”; cấp và tên lấy từ địa danh “{place}”"))
    else:  # "Ủy ban nhân dân" names no body: left empty for a human rather than written so
        result.fields.pop("issuer", None)
        result.bare_issuer = issuer
        result.missing.append(("issuer", f"chưa chắc: bản gốc chỉ ghi “{issuer}”, không rõ cấp và địa phương"))
