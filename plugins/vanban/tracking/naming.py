"""Unit names as keys, and the lines that name units rather than duties: a name's comparison key (NFC, one tone
placement, abbreviations written out), the recipients' and task sections' lines, subordinate and commune groups,
reporting periods. Split from :mod:`.patterns` (twenty-second session, by concern: these read names and headings,
that module reads sentences); :mod:`.patterns` re-exports them, so ``p.unit_key`` reads as before."""

from __future__ import annotations

import functools
import re

from vanban.text import collapse_space, nfc, normalise_dashes

from .glue import part_glued

__all__ = [
    "AND_SPLIT",
    "COMMUNE_GROUP",
    "COMMUNE_WORD",
    "EDGE",
    "GROUP_MEMBERS",
    "ITEM",
    "KINH_GUI",
    "KINH_GUI_GATE",
    "LEVELS",
    "LEVEL_GROUPS",
    "LEVEL_NAMES",
    "LIST_ITEM",
    "NOT_A_RECIPIENT",
    "ORG_HEAD",
    "PART_SPLIT",
    "PERIODS",
    "PERIOD_LABELS",
    "ROMAN_HEADING",
    "SECTION_AFTER_BREAK",
    "SECTION_END",
    "SECTION_LINE",
    "SECTION_START",
    "SUBORDINATE_GROUP",
    "UNIT_LEAD",
    "display",
    "names_writer",
    "retone",
    "row_key",
    "unit_key",
]

_I = re.IGNORECASE

# Tone marks on "oa", "oe", "uy" sit on either vowel ("hòa"/"hoà", "ủy"/"uỷ"): keys put them on the
# first, as the patterns below are written. Only keys are changed, both sides alike, never the text shown.
_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# Either letter may be a capital ("Uỷ ban" opening a sentence, "HOÀ" in a heading): the pair keeps its case.
_PAIRS = tuple((f, s) for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
               for f in (first, first.upper()) for s in (second, second.upper()))
_RETONE = {nfc(first + second + mark): nfc(first + mark + second) for first, second in _PAIRS for mark in _MARKS}
# Only where the pair ends the syllable ("hoà", "thuỷ"): in "đoàn", "huỳnh" the mark has one place.
# After "q" the "u" belongs to the consonant ("quý", "quỹ"): its mark is on the "y" in both placements.
_RETONE_RE = re.compile(
    "(?:" + "|".join(f"{first}[{''.join(sorted(k[1] for k in _RETONE if k[0] == first))}]" for first in "ouOU")
    + r")(?<![qQ]u.)(?<![qQ]U.)(?!\w)")

# Abbreviations officials write in recipient lists, written out (word-bounded, on the lower-cased text).
_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"ub\.?\s?mttq\s?vn|ubmttqvn|ubmttq|ub\.?\s?mttq", "ủy ban mặt trận tổ quốc"),
    (r"mttq\s?vn|mttq", "mặt trận tổ quốc"),
    (r"mặt trận tổ quốc việt nam", "mặt trận tổ quốc"),
    (r"ubnd", "ủy ban nhân dân"),
    (r"hđnd", "hội đồng nhân dân"),
    (r"btv", "ban thường vụ"),
    (r"btg", "ban tuyên giáo"),
    (r"btt", "ban thường trực"),
    (r"bcđ", "ban chỉ đạo"),
    (r"lđlđ", "liên đoàn lao động"),
    (r"ct\s?-\s?xh", "chính trị - xã hội"),
    (r"th\.\s?phố|tp\.?", "thành phố"),
    (r"vphu", "văn phòng huyện ủy"),
    (r"gd\s?&\s?đt|gd\s?-\s?đt|gdđt", "giáo dục và đào tạo"),
    # the fields of the Sở and Bộ as officials shorten them, so that one department written two ways is one unit ("Sở
    # NN&PTNT", "Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn"; twenty-ninth session, site QA)
    (r"nn\s?&\s?ptnt|nn\s?-\s?ptnt|nnptnt|nn\s?và\s?ptnt", "nông nghiệp và phát triển nông thôn"),
    (r"ptnt", "phát triển nông thôn"),
    (r"kh\s?&\s?đt|kh\s?-\s?đt|khđt", "kế hoạch và đầu tư"),
    (r"tn\s?&\s?mt|tn\s?-\s?mt|tnmt", "tài nguyên và môi trường"),
    (r"lđ\s?-?\s?tb\s?&\s?xh|lđtb\s?&\s?xh|lđtbxh", "lao động - thương binh và xã hội"),
    (r"vh\s?,\s?tt\s?&\s?dl|vhtt\s?&\s?dl|vhttdl", "văn hóa, thể thao và du lịch"),
    (r"kh\s?&\s?cn|khcn", "khoa học và công nghệ"),
    (r"tt\s?&\s?tt|tttt", "thông tin và truyền thông"),
    (r"gtvt", "giao thông vận tải"),
    (r"tctd", "tổ chức tín dụng"),
    (r"nhnn", "ngân hàng nhà nước"),
)
_ABBREVIATION_RE = [(re.compile(rf"(?<!\w)(?:{p})(?!\w)"), full) for p, full in _ABBREVIATIONS]
# Whether any of them is written at all (most names hold none): one scan instead of one per abbreviation.
_ANY_ABBREVIATION = re.compile(r"(?<!\w)(?:" + "|".join(p for p, _full in _ABBREVIATIONS) + r")(?!\w)")

_NOTE = re.compile(r"\((?:để\s+)?(?:b/c|báo\s+cáo|biết|t/h|thực\s+hiện|chỉ\s+đạo|phối\s+hợp|theo\s+dõi)[^)]*\)", _I)
EDGE = " \t-–•+*;,.:/"


def _retone(m: re.Match[str]) -> str:
    return _RETONE[m.group(0)]


def retone(text: str) -> str:
    """*text* with its tone marks where the patterns expect them ("uỷ" → "ủy"); same length, so an
    offset found in it is an offset in *text*."""
    return _RETONE_RE.sub(_retone, text)


@functools.lru_cache(maxsize=1 << 14)
def unit_key(text: str) -> str:
    """The comparison key of a unit name as written (see the module docstring)."""
    key = normalise_dashes(part_glued(nfc(text))).lower()  # "Bộ Quốcphòng" = "Bộ Quốc phòng" (:mod:`.glue`)
    key = _NOTE.sub(" ", key)
    key = _RETONE_RE.sub(_retone, key)
    key = key.replace("*", " ")
    if _ANY_ABBREVIATION.search(key) is not None:
        for pattern, full in _ABBREVIATION_RE:
            key = pattern.sub(full, key)
    key = re.sub(r"\s*-\s*", " - ", key)
    return collapse_space(key).strip(EDGE)


_LEVEL = r"(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)"  # a locality's level word
_LEVEL_END = re.compile(_LEVEL + "$")
_LEVEL_START = re.compile("^" + _LEVEL + r"\s+")
_GLOSS_END = re.compile(r"\s*\([^)]*\)$")
_NOT_A_PLACE = frozenset(["và", "các", "của", "thuộc", "trực", "cùng", "với"])


_PLACE_LEVEL = re.compile(r"\s(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)(?=(?:\s\S+){1,3}$)")


def _writer_key(text: str) -> str:
    return collapse_space(_GLOSS_END.sub("", unit_key(text)).replace("&", " và "))


def names_writer(head: str, issuer: str) -> bool:
    """Whether the unit phrase *head* names *issuer*, the body that wrote the document: the writer announcing, guiding
    or doing ("Bộ Y tế hướng dẫn …", "Uỷ ban nhân dân xã Sơn Vĩ thông báo tạm dừng …", "UBND xã chỉ xem xét …" in that
    commune's notice) is never an assignee of its own document (README: the writer giving orders is no holder; the
    issuer's own plans are no task). The same body is the issuer's name (its gloss dropped: "Bộ Giao thông vận tải
    (GTVT)"), its kind at its level without the place ("UBND xã" for "Ủy ban nhân dân xã Đức Hợp": the place, written in
    capitals, is all that is left; "Phòng GD&ĐT" for "Phòng Giáo dục và Đào tạo thị xã Đồng Xoài"), or the name with its place after it ("Sở Văn hóa, Thể thao và Du lịch Quảng Nam")."""
    if not issuer or not head:
        return False
    h, i = _writer_key(head), _writer_key(issuer)
    if h == i or _PLACE_LEVEL.sub("", h) == i or h == _PLACE_LEVEL.sub("", i):  # "… Du lịch (tỉnh) Quảng Nam"
        return True
    if i.startswith(h + " "):  # the issuer's place, and its level when the head does not end on one, left out
        place = _LEVEL_START.sub("", i[len(h) + 1:]) if not _LEVEL_END.search(h) else i[len(h) + 1:]
        words = issuer.split()[-len(place.split()):] if place else []
        return bool(words) and all(w[:1].isupper() for w in words)
    if h.startswith(i + " "):
        rest = h[len(i) + 1:].split()
        return len(rest) <= 4 and not _NOT_A_PLACE & set(rest) and all(w[:1].isupper() for w in head.split()[-len(rest):])
    return False


@functools.lru_cache(maxsize=1 << 14)  # a unit's name comes back in every task of every document naming it
def row_key(text: str) -> str:
    """*text*'s key without the punctuation inside it: one letter writes "UBND 25 phường, xã" and
    "UBND 25 phường xã", "Trung tâm VH-TT-TT thành phố" and "Trung tâm VH-TT-TT/TP" for one unit."""
    return collapse_space(re.sub(r"[,;/]", " ", unit_key(text)))


@functools.lru_cache(maxsize=1 << 14)
def display(text: str) -> str:
    """A unit name as written, without list bullets, trailing punctuation or "(để b/c)"."""
    return collapse_space(_NOTE.sub(" ", nfc(text))).strip(EDGE)


# Recipients that are not units: "Như trên", "Lưu: VT", "Như Điều 3", "Như kính gửi".
NOT_A_RECIPIENT = re.compile(r"^(?:như\s+(?:trên|điều|kính\s+gửi|khoản)|lưu\b|lưu:)", _I)

# "Đề nghị UBND thị xã", "Giao Văn phòng …": the verb is not part of the unit.
UNIT_LEAD = re.compile(r"^(?:kính\s+)?(?:đề\s+nghị|giao|yêu\s+cầu|phân\s+công)\s+", _I)

# Words a task-line head starts with when it names a unit rather than a topic ("Thời gian", "Nội dung").
ORG_HEAD = re.compile(
    r"^(?:ủy\s+ban|ubnd|hđnd|hội\s+đồng|ban|văn\s+phòng|phòng|sở|đảng\s+ủy|đảng\s+bộ|chi\s+bộ|huyện\s+ủy|"
    r"thị\s+ủy|thành\s+ủy|tỉnh\s+ủy|các|trung\s+tâm|hội|đoàn|công\s+an|ban\s+chỉ\s+huy|mặt\s+trận|mttq|"
    r"ub\.?\s?mttq|liên\s+đoàn|cơ\s+quan|trường|đài|báo|thường\s+trực|bộ|cục|chi\s+cục|tổ\s+chức\s+cơ\s+sở|"
    r"lđlđ|btg|btv|tổ\s+chức\s+cơ\s+sở\s+đảng)(?!\w)",
    _I,
)

# A group of communes: "UBND 25 phường, xã", "UBND các xã, phường", "các xã, phường, thị trấn".
_COMMUNE = r"(?:xã|phường|thị\s+trấn|đặc\s+khu)"
COMMUNE_GROUP = re.compile(
    rf"^(?P<head>.*?)\s*(?:(?:các|tất\s+cả\s+các)|(?P<count>[0-9]{{1,3}}))\s+"
    rf"(?P<kinds>{_COMMUNE}(?:\s*(?:,|và|/|-)\s*{_COMMUNE})*)(?P<tail>(?:\s+.*)?)$",
)
COMMUNE_WORD = re.compile(rf"^{_COMMUNE}(?!\w)")

# A group of provinces or of districts, named by their body: "UBND các tỉnh, thành phố trực thuộc Trung ương",
# "Chủ tịch UBND các huyện, thị xã, thành phố", "UBND các quận, huyện". The first kind named gives the level
# ("thành phố" is either); the members are that level's units named "<head> tỉnh …" / "<head> huyện …".
_COUNT = r"(?:(?:các|tất\s+cả\s+các)|(?P<count>[0-9]{1,3}))"
_JOIN = r"\s*(?:,|và|/|-)\s*"
_CITY = r"thành(?:\s+phố)?"
LEVEL_GROUPS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("tỉnh", re.compile(rf"^(?P<head>.*?)\s*{_COUNT}\s+tỉnh(?:{_JOIN}{_CITY})?"
                        r"(?:\s+(?:trực\s+thuộc\s+trung\s+ương|trong\s+cả\s+nước|trên\s+cả\s+nước))?$"),
     re.compile(r"^(?:tỉnh|thành\s+phố)\s+\w")),
    ("huyện", re.compile(rf"^(?P<head>.*?)\s*{_COUNT}\s+(?:huyện|quận)(?:{_JOIN}(?:huyện|quận|thị(?:\s+xã)?|{_CITY}))*"
                         r"(?:\s+(?:trực\s+thuộc\s+tỉnh|trong\s+tỉnh|trên\s+địa\s+bàn\s+tỉnh))?$"),
     re.compile(r"^(?:huyện|quận|thị\s+xã|thành\s+phố)(?!\w)")),
)

# "các chi, đảng bộ trực thuộc Huyện ủy", "các cơ quan, đơn vị thuộc UBND huyện".
SUBORDINATE_GROUP = re.compile(r"^(?:các|tất\s+cả\s+các)\s+(?P<what>.+?)\s+(?:trực\s+thuộc|thuộc)\s+(?P<parent>.+)$")
# What a subordinate group names → the name starts of its members ("" = every child).
GROUP_MEMBERS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"chi\s*,?\s*đảng\s+bộ|đảng\s+bộ\s*,?\s*chi\s+bộ|tổ\s+chức\s+cơ\s+sở\s+đảng|tổ\s+chức\s+đảng"),
     ("chi bộ", "đảng bộ", "đảng ủy")),
    (re.compile(r"^chi\s+bộ$"), ("chi bộ",)),
    (re.compile(r"^đảng\s+bộ$"), ("đảng bộ", "đảng ủy")),
    (re.compile(r"cơ\s+quan|đơn\s+vị|ban\s*,?\s*ngành|phòng\s*,?\s*ban"), ("",)),
)

# Splits a head naming several units: "A; B và C".
PART_SPLIT = re.compile(r"\s*;\s*")
AND_SPLIT = re.compile(r"\s+(?:và|cùng)\s+")

# "Định kỳ 6 tháng và hàng năm", "hằng quý", "hằng tháng": which reporting periods a phrase names.
PERIODS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("monthly", re.compile(r"(?:hằng|hàng|mỗi)\s+tháng|định\s+kỳ\s+(?:01\s+|1\s+|một\s+)?tháng(?!\w)|"
                           r"(?:của\s+)?tháng\s+(?:tiếp\s+theo|sau|kế\s+tiếp|kế\s+sau)(?!\w)", _I)),
    ("quarterly", re.compile(r"(?:hằng|hàng|mỗi)\s+quý|định\s+kỳ\s+(?:01\s+|1\s+|một\s+)?quý|\bquý(?!\w)", _I)),
    ("half_yearly", re.compile(r"(?<![0-9])0?6\s+tháng|sáu\s+tháng|nửa\s+năm", _I)),
    ("yearly", re.compile(r"(?:hằng|hàng|mỗi)\s+năm|(?:01|1|một)\s+năm(?:\s+(?:một|1)\s+lần)?|\bnăm(?!\w)", _I)),
)
PERIOD_LABELS = {"monthly": "hằng tháng", "quarterly": "hằng quý", "half_yearly": "6 tháng", "yearly": "hằng năm"}

# The section that assigns work, and where it ends.
_SECTION_WORDS = r"tổ\s+chức\s+thực\s+hiện|phân\s+công\s+(?:nhiệm\s+vụ|thực\s+hiện)|trách\s+nhiệm\s+thực\s+hiện"
SECTION_START = re.compile(_SECTION_WORDS, _I)
# The heading line that opens that section, found by one search over the whole body.
SECTION_LINE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+|\*\*)?(?:(?:PHẦN[ \t]+)?[IVXL]{1,6}[.)][ \t]+|[0-9]{1,2}[.)][ \t]+)?(?:\*\*)?[ \t]*"
    rf"(?:{_SECTION_WORDS})[^\n]{{0,60}}$",
    _I | re.MULTILINE,
)

# SECTION_LINE after a line break: a search for it skips to the "\n" fast, where SECTION_LINE's "^" is
# tried at every position of the body (its search was a seventh of task reading on the synthetic corpus).
SECTION_AFTER_BREAK = re.compile("\n" + SECTION_LINE.pattern.removeprefix("^"), SECTION_LINE.flags)
KINH_GUI_GATE = re.compile(r"kính\s+gửi", _I)
SECTION_END = re.compile(r"^(?:\*\*)?(?:nơi\s+nhận|trên\s+đây\s+là)", _I)
ROMAN_HEADING = re.compile(r"^(?:#{1,6}\s+)?(?:\*\*)?(?:PHẦN\s+)?[IVXL]{1,6}[.)]\s+")
ITEM = re.compile(
    r"^(?P<hashes>#{1,6}\s+)?(?:\*\*)?(?P<num>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}|[a-zđ])\\?[.)]\s*(?:\*\*)?\s*(?P<rest>.*)$"
)
KINH_GUI = re.compile(r"^(?:\*\*)?kính\s+gửi\s*:?(?:\*\*)?\s*(?P<rest>.*)$", _I)
LIST_ITEM = re.compile(r"^\s*[-+*•]\s+(?P<text>.+)$")

LEVELS = ("trung ương", "tỉnh", "huyện", "xã")
# The level keys of :data:`vanban.sites.LEVELS` (its guesser is the one both stages use) → tracking's.
LEVEL_NAMES = {"trung-uong": "trung ương", "tinh": "tỉnh", "huyen": "huyện", "xa": "xã"}
