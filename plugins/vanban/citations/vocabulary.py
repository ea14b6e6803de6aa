"""Vocabulary: the type words, type codes and word lists the extractor reads, and the working copy.

The working copy is a same-length copy of the NFC text used for matching: Unicode dashes become
"-", fraction slashes "/", odd spaces " ", and the old tone placement ("uỷ", "hoá") the new one ("ủy", "hóa").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..glossary import DOCUMENT_TYPES
from ..text import DASHES, TONE_PAIR_RE, collapse_space, nfc, retone

# The tone table lives with the other text normalisation; named here too for the reference extractor.
from ..text import TONE_FIRSTS as TONE_FIRSTS
from ..text import TONE_SECONDS as TONE_SECONDS
from ..text import TONES as TONES
from .diacritics import WORDS, repair, scrambled, table
from .lookalikes import CYRILLIC, SMALL_CAPITALS, latin_beside

WORDCH = r"[^\W_]"


NOT_BEFORE = r"(?<![^\W_])"


NOT_AFTER = r"(?![^\W_])"


# The blank between two words of a phrase, across one line break: a hard-wrapped copy (PDF text, a
# portal's fixed-width column) breaks "triển⏎khai", "ban hành⏎Kế hoạch số …" anywhere.
GAP = r"(?:[ \t]+\n?|\n)[ \t]*"


ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\r\t\f\v"


ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


# A number's characters as a canonical number writes them: odd blanks as blanks, and the Icelandic eth "Ð"/"ð"
# (U+00D0/U+00F0) that broken fonts and converters put for "Đ"/"đ" ("92/2009/NÐ-CP", "BLÐTB&XH") read as "Đ"/"đ".
# The fraction and division slashes (U+2044, U+2215) a copy may put for "/" ("Công điện số 1478⁄CĐ-TTg") read as "/".
SLASHES = "\u2044\u2215"
# A broken font's Icelandic eth for "Đ"/"đ" ("QÐ-UBND", "Ðảng"): read as "Đ" in numbers and in words alike
ETH = {"Ð": "Đ", "ð": "đ"}
# Mathematical letters and digits standing for Latin ones (a spam copy's "C𝚑ỉ 𝚝𝚑ị số 35 𝚌ủ𝚊 T𝚑ủ 𝚝ướ𝚗𝚐", U+1D400–U+1D7FF):
# read as the letters they style, one character each (their NFKC form), as a reader of the page reads them.
MATH_LETTERS = {
    chr(c): folded
    for c in range(0x1D400, 0x1D800)
    if len(folded := unicodedata.normalize("NFKC", chr(c))) == 1 and folded.isascii() and folded.isalnum()
}
# Look-alike letters of other scripts (:mod:`.lookalikes`): in a number always Latin ("ѕố51/2001/QH10")
NUMBER_TABLE = str.maketrans(
    {**{c: " " for c in ODD_SPACES + ZERO_WIDTH}, **{c: "/" for c in SLASHES}, **ETH, **MATH_LETTERS, **SMALL_CAPITALS,
     **CYRILLIC}
)


# The working copy is built by character-class substitutions, not str.translate or a tone
# alternation: on non-Latin-1 text translate looks every character up in a dict and the alternation
# is tried at every position, while a character class lets the regex engine skip ahead in C.
# DASH_CHARS are the characters normalise_dashes maps (the tests check that the two agree).
# Markdown emphasis around a citation ("**Nghị quyết số 57-NQ/TW** của **Bộ Chính trị**") is not text.
DASH_CHARS = DASHES


PLAIN = (
    {c: "-" for c in DASH_CHARS} | {c: " " for c in ODD_SPACES + ZERO_WIDTH + "*"} | {c: "/" for c in SLASHES} | ETH
    | MATH_LETTERS | SMALL_CAPITALS | CYRILLIC
)


# The mathematical letters go in as one range, not as ~1,000 single characters: a class listing characters outside the
# Basic Multilingual Plane one by one is tried member by member at every position of every text (a cold build's
# citation reading went 5.6x slower with them listed). A character of the range that is no Latin letter stays as is.
MATH_RANGE = "\U0001D400-\U0001D7FF"
UNPLAIN_RE = re.compile("[" + re.escape("".join(c for c in PLAIN if c not in MATH_LETTERS)) + MATH_RANGE + "]")


def plain(m: re.Match[str]) -> str:
    c = m.group(0)
    return latin_beside(m) if c in CYRILLIC else PLAIN.get(c, c)


# A copy saved from a page's source may spell its line breaks out ("\\r\\n Số: 54/KH-UBND \\r\\n |"):
# in the working copy they are blanks of the same length (line numbers stay those of the file).
LITERAL_BREAK = re.compile(r"\\[rnt]")


# Markdown's backslash escapes, as `vanban import` writes a copied text ("1\. Các đơn vị tiếp tục thực hiện
# Công điện số …", "Mẫu \[01\]"): the backslash is a blank, and an item's escaped marker is read as the marker
# (" 1." for "1\.", same length), so the imported body reads like the text it was copied from.  Only what
# the importer escapes (importer.lines.escape): "57-NQ\/TW" (a JSON string pasted as text) is no Markdown escape.
ESCAPED_ITEM = re.compile(r"^([ \t]*)(\d{1,3})\\([.)])", re.M)
MARKDOWN_ESCAPE = re.compile(r"\\(?=[\\`*_\[\]<>|&#+.)!-])")


def unescape_markdown(w: str) -> str:
    """*w* with Markdown's backslash escapes read as blanks of the same length (:data:`ESCAPED_ITEM`)."""
    return MARKDOWN_ESCAPE.sub(" ", ESCAPED_ITEM.sub(r"\1 \2\3", w))


# An HTML tag in a saved page source ("<p style=…>Thực hiện Kế hoạch số …</p>"): read as blanks (its line
# breaks kept), so a cue after "<p>" heads its clause.  "<title>" is read by identity on the text itself.  Word's
# saved pages hold namespaced tags too ("<o:p></o:p>", "<v:shape …>"), blanks like the others.
HTML_TAG = re.compile(r"</?(?P<name>[a-zA-Z][a-zA-Z0-9]{0,10})(?::[a-zA-Z][a-zA-Z0-9]{0,10})?(?:[ \t\n][^<>]{0,300})?/?>")
# A tag that breaks a paragraph or a line ("<p>", "</p>", "<br>", "<li>", a heading, a table row) is a line break for
# what reads lines (headings such as "I- CƠ SỞ PHÁP LÝ …" and the list under them, clause starts): its first
# character becomes "\n", the rest blanks.  The citations' line numbers stay those of the text (extractor.run).
BLOCK_TAGS = frozenset(["p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article"])


def _blank_tag(m: re.Match[str]) -> str:
    tag = m.group(0)
    if "\n" not in tag and m.group("name").lower() in BLOCK_TAGS:
        return "\n" + " " * (len(tag) - 1)
    return "".join("\n" if c == "\n" else " " for c in tag)


def blank_tags(w: str) -> str:
    """*w* with its HTML tags (:data:`HTML_TAG`) turned into blanks of the same length, a block tag into a line break
    (:data:`BLOCK_TAGS`)."""
    return HTML_TAG.sub(_blank_tag, w) if "<" in w else w


def working_copy(text: str) -> str:
    """Same-length copy of NFC *text* used for matching (a scrambled copy's words repaired: :mod:`.diacritics`)."""
    w = unescape_markdown(text) if "\\" in text else text
    w = TONE_PAIR_RE.sub(retone, UNPLAIN_RE.sub(plain, w))
    w = LITERAL_BREAK.sub("  ", w) if "\\" in w else w
    w = blank_tags(w)
    return repair(w, REPAIRED) if scrambled(w) else w


def norm_key(text: str) -> str:
    return collapse_space(working_copy(nfc(text))).casefold()


# Type words: glossary names and aliases, plus a few qualified forms seen in real text.
EXTRA_TYPE_WORDS: dict[str, str | None] = {
    "Thông báo kết luận": "Thông báo",
    "Kế hoạch liên tịch": "Kế hoạch",
    "Hướng dẫn liên tịch": "Hướng dẫn",
    "Chương trình công tác": "Chương trình",
    # a coordination document between bodies, numbered bare when it has no code ("Quy chế phối hợp số 01 ngày 22/10/2021
    # giữa Ban cán sự Đảng UBND tỉnh, Tòa án …", heldout41 h41-17), as "Chương trình phối hợp" (a glossary type)
    "Quy chế phối hợp": "Quy chế",
    "Kế hoạch phối hợp": "Kế hoạch",
    "Công văn hỏa tốc": "Công văn",
    # the same urgency on the other letters ("Công điện hỏa tốc số 601/2020", "Công văn khẩn số 5995"): the number after
    # it is anchored by the type word as after "Công điện số" (a cut or bare number too)
    "Công văn khẩn": "Công văn",
    "Công điện hỏa tốc": "Công điện",
    "Công điện khẩn": "Công điện",
    "Nghị quyết chuyên đề": "Nghị quyết",
    "Văn bản hợp nhất": None,  # "Văn bản hợp nhất 03/VBHN-VPQH": a consolidated text, numbered like a document
    "Văn bản": None,
    # the police's and the army's name for a công điện: "Bộ Công an ban hành Điện số 481/ĐK-HT", "Giám đốc Công an tỉnh
    # … đã có Điện chỉ đạo số 104"; capitalised only (CAPITALISED_SURFACES): "điện" is electricity
    "Điện": "Công điện",
    "Điện chỉ đạo": "Công điện",
    "Điện khẩn": "Công điện",
}


CAPITALISED_ONLY = {"Luật", "Bộ luật", "Pháp lệnh", "Lệnh", "Hiến pháp"}
# Type words written with "đ" that are common words in lower case ("Điện" for a Công điện; "điện" is electricity):
# capitalised only, as CAPITALISED_ONLY's types are (scanning.type_head compares the word as written, blanks collapsed)
CAPITALISED_SURFACES = frozenset({"điện", "điện chỉ đạo", "điện khẩn"})


# Projects and programmes are known by a number that is no document number: "Đề án 30" (of the
# government's administrative reform), "Chương trình 135", "Dự án 5".  Without "số" such a short
# form counts only when it names a full citation in the same text.
NAMED_BY_NUMBER = {"Đề án", "Dự án", "Chương trình"}


NAMED_TYPES = {"Luật", "Bộ luật", "Pháp lệnh"}  # "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"


TYPE_BY_WORD: dict[str, str | None] = {}


for _t in DOCUMENT_TYPES:
    for _surface in (_t.name, *_t.aliases):
        TYPE_BY_WORD.setdefault(norm_key(_surface), _t.name)


for _surface, _name in EXTRA_TYPE_WORDS.items():
    TYPE_BY_WORD.setdefault(norm_key(_surface), _name)


# The phrases a scrambled copy's broken words are read as (.diacritics): the type words and WORDS
REPAIRED = table([*TYPE_BY_WORD, *WORDS])


# Between a type word's syllables: a few blanks, or a line break and the next line's indentation ("Chỉ⏎        thị").
TYPE_GAP = r"(?:[ \t]{1,3}|[ \t]{0,3}\n[ \t]*)"


TYPE_ALT = "|".join(
    TYPE_GAP.join(re.escape(part) for part in key.split(" "))
    for key in sorted(TYPE_BY_WORD, key=len, reverse=True)
)


STATE_CODES: dict[str, str] = {}


PARTY_CODES: dict[str, str] = {}


CODE_SPELLING: dict[str, str] = {}


for _t in DOCUMENT_TYPES:
    if _t.state_code:
        STATE_CODES.setdefault(_t.state_code.casefold(), _t.name)
        CODE_SPELLING.setdefault(_t.state_code.casefold(), _t.state_code)
    if _t.party_code:
        PARTY_CODES.setdefault(_t.party_code.casefold(), _t.name)
        CODE_SPELLING.setdefault(_t.party_code.casefold(), _t.party_code)


ALL_CODES = set(STATE_CODES) | set(PARTY_CODES)


FAMILIES: dict[str, str] = {}


for _t in DOCUMENT_TYPES:
    _code = _t.state_code or _t.party_code
    FAMILIES.setdefault(_t.name, _code.casefold() if _code else _t.name.casefold())


@functools.lru_cache(maxsize=256)
def type_family(type_name: str | None) -> str | None:
    """Type family used to match short forms: the type's code, or its name when it has none; remembered."""
    if type_name is None:
        return None
    family = FAMILIES.get(type_name)
    return family if family is not None else type_name.casefold()


@functools.lru_cache(maxsize=1024)
def type_from_code(code: str | None, system: str) -> str | None:
    """The type a number's code names, the code system's own first; remembered (asked once per core)."""
    if not code:
        return None
    key = code.casefold()
    first, second = (PARTY_CODES, STATE_CODES) if system == "party" else (STATE_CODES, PARTY_CODES)
    found = first.get(key) or second.get(key)
    if found is None and "d" in key:  # an unaccented copy or a translation writes "Đ" as "D": "387/QD-TTg", "204QD/TW"
        key = key.replace("d", "đ")
        found = first.get(key) or second.get(key)
    return found


TYPE_START = re.compile(rf"(?:{TYPE_ALT}){NOT_AFTER}", re.IGNORECASE)


# A copy whose font lost every letter with a mark writes "Nghị định số" as "Ngh nh s", "Quyết định" as "Quyt nh" (heldout19
# h19-39, heldout27 h27-02, heldout29 h29-39), or with a blank for each such letter ("Quy t nh s 2088/Q -BYT", h23-03): each type word so written, kept when
# a letter was lost and at least four are left (no Vietnamese word is so written), then perhaps "s" for "số", at the end
# of the text before a number (numbers.lost_d_code).
LOST_TYPE_WORDS = sorted(
    {
        lost
        for key in TYPE_BY_WORD
        for blank in ("", " ")
        if (lost := " ".join(re.sub(r"[^a-z ]", blank, key).split())) != key and sum(map(str.isalpha, lost)) >= 4
    },
    key=len,
    reverse=True,
)
_LOST_TYPE_ALT = "|".join(r"[ \t]+".join(map(re.escape, word.split(" "))) for word in LOST_TYPE_WORDS)
LOST_TYPE_BEFORE = re.compile(rf"(?<![^\W_])(?:{_LOST_TYPE_ALT})[ \t]+(?:s[ \t]+)?$", re.IGNORECASE)


DESC_WORDS = (
    "về việc", "về", "V/v", "v/v", "Về việc", "thực hiện", "triển khai", "tuyên truyền", "quán triệt", "hướng dẫn",
    "quy định", "sửa đổi", "bổ sung", "ban hành", "cụ thể hóa", "sơ kết", "tổng kết", "phê duyệt", "thi hành",
    "chỉ đạo", "phục vụ",
)


SUBJECT_KW = {"về", "về việc", "v/v", "Về việc", "V/v", "VỀ", "VỀ VIỆC", "V/V"}




# A Vietnamese syllable without its marks ("huong", "ve", "xay"): what no part of a code is ("qd", "bgddt", "cp",
# "ubtvqh13"), so a code written in lower case or in a slug is told from the words after it.
SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
# Issuer codes as they are written, whose letters a copy may fold ("bgddt" is BGDĐT, "ttg" TTg) or split ("BGD ĐT")
ISSUER_SPELLINGS = ("TTg", "UBND", "HĐND", "BGDĐT", "SGDĐT", "PGDĐT", "BLĐTBXH", "LĐTBXH", "BKHĐT", "HĐBT", "HĐNN",
                    "BNNPTNT", "UBTVQH", "MTTQ")
# The codes of the central State bodies that number documents nationwide (Nghị định 30/2020, Phụ lục VI: Government,
# Prime Minister, Government Office, ministries, the old Council of Ministers and Council of State; the National
# Assembly's "QH…" codes carry their term and are matched apart by :mod:`..issuers`)
CENTRAL_STATE_CODES = ("CP", "TTg", "VPCP", "HĐBT", "HĐNN", "BTTTT", "BNV", "BTC", "BGDĐT", "BNNPTNT", "BNN", "BLĐTBXH",
                       "LĐTBXH", "BKHĐT", "BGTVT", "BYT", "BCA", "BQP", "BTP", "BXD", "BCT", "BTNMT", "BVHTTDL", "BKHCN",
                       "BNG", "NHNN", "TTCP", "BDTTG", "UBDT", "BTGCP", "KTNN", "TANDTC", "VKSNDTC",
                       "BVHTT")  # the Ministry of Culture and Information, 1990-2007
# The issuer codes a State type code may be found glued to with its hyphen lost ("2358/QĐBGDĐT", "1961/QĐUBND"): a
# central body's, or the People's Council's and Committee's at every level (:func:`.spelling.canonical_number`)
GLUED_ISSUERS = frozenset(code.casefold() for code in (*CENTRAL_STATE_CODES, "UBND", "HĐND"))


UNIT_WORDS = {
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "lần", "người", "đồng", "triệu", "tỷ", "nghìn", "ngàn",
    "km", "ha", "điểm", "bước", "nhóm", "nội", "nhiệm", "giải", "mục", "quan", "chương", "điều", "khoản",
    "trang", "tiêu", "xã", "huyện", "tỉnh", "đơn", "loại", "văn", "cấp", "đợt", "khóa", "kỳ", "vòng", "%",
}


WEAK_FOLLOWERS = {
    "của", "về", "ngày", "và", "đã", "được", "là", "có", "với", "trong", "tại", "để", "nhằm", "hoặc",
    "này", "đó", "do", "theo", "thì", "cũng", "vẫn", "sẽ", "đang", "khóa", "(", "/",
}


ISSUER_STOP = {
    "về", "ngày", "tại", "trong", "giữa", "với", "là", "có", "đến", "cho", "theo", "đã", "được", "sau",
    "nêu", "như", "này", "đó", "hoặc", "v/v", "số", "nhằm", "để", "thì", "mà", "do", "bằng", "từ", "gồm",
    "kèm", "của", "-", "–", "+", "nay", "năm", "vềviệc",
    "hỏi",  # a letter answered: "Trả lời công văn số 636/CT-THNVDT … của Cục thuế tỉnh Đắk Nông hỏi về …" (qa34)
}


ISSUER_LOWER = {
    "tỉnh", "huyện", "xã", "thành", "phố", "quận", "phường", "thị", "trấn", "nhân", "dân", "ban", "khóa", "khoá",
    "trung", "ương", "cơ", "sở", "liên", "tịch", "thôn", "xóm", "ấp",
}


ISSUER_STOP2 = {
    "thực hiện", "triển khai", "tuyên truyền", "quán triệt", "hướng dẫn", "quy định", "phục vụ", "đề nghị",
    "ban hành", "cụ thể", "sửa đổi", "đối với", "gắn với", "sơ kết", "tổng kết", "phê duyệt", "xây dựng",
    "tổ chức", "tiếp tục", "chỉ đạo", "lãnh đạo", "bổ sung", "thông qua", "phối hợp",
}


# A description that opens in capitals after the issuer, as titles are copied ("của Thủ tướng Chính phủ Phê duyệt Đề án
# …", "của Bộ Nội vụ Hướng dẫn …", "THỦ TƯỚNG CHÍNH PHỦ QUY ĐỊNH …"): no body's name holds these pairs after its first
# word ("Ban Chỉ đạo", "Ban Tổ chức" do hold other pairs of ISSUER_STOP2, so those end it only in lower case).
ISSUER_TITLED_STOP2 = {
    "quy định", "phê duyệt", "ban hành", "hướng dẫn", "kết luận", "phân cấp", "sửa đổi", "bổ sung", "về việc",
}


ISSUER_STOP2_FIRST = {pair.split(" ")[0] for pair in ISSUER_STOP2 | ISSUER_TITLED_STOP2}  # a token is one of them


PUNCT = set(",;.:()[]{}“”\"«»⁽⁾!?…‘’'<>*_|")


PUNCT_CHARS = "".join(sorted(PUNCT))


PUNCT_RE = re.compile(f"[{re.escape(PUNCT_CHARS)}]")


ABBREVIATIONS = {"tp.", "tx.", "q.", "p.", "ths.", "ts.", "pgs.", "gs.", "th.", "ubnd.", "tt."}


ABBREVIATION_LONGEST = max(map(len, ABBREVIATIONS))






@functools.lru_cache(maxsize=1024)
def type_of_word(surface: str) -> str | None:
    """The type a type word names, however spaced or cased; remembered."""
    return TYPE_BY_WORD.get(collapse_space(surface).casefold())


@functools.lru_cache(maxsize=1024)
def is_type_word(bare: str) -> bool:
    """Whether a line is a type word alone ("KẾ HOẠCH"); remembered, as header lines recur."""
    return norm_key(bare) in TYPE_BY_WORD
