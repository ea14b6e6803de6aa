"""Every pattern of a header and closing block, in one place (Nghị định 30/2020, Hướng dẫn 36-HD/VPTW)."""

from __future__ import annotations

import re

from ..glossary import TYPE_NAMES
from ..text import LOWER as LOWER
from ..text import LOWER_MARKED as LOWER_MARKED
from ..text import UPPER as UPPER
from ..text import UPPER_MARKED as UPPER_MARKED
from ..text import collapse_space, fold

# --- header patterns ----------------------------------------------------------------------------

QUOC_HIEU = re.compile(r"^(CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc$", re.I)
PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
NUMBER = re.compile(r"^Số\b\s*(:)?\s*(?P<rest>.*)$")
DATE_LINE = re.compile(
    r"^(?P<place>[^,]*),\s*ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})?\s*$", re.I)
VV = re.compile(r"^V/v\.?\s*:?\s*(?P<rest>.*)$", re.I)
DECORATION = re.compile(r"^[-_*=–—.\s]+$")
# A portal's post stamp on a line of its own: the day and hour the item was posted, a weekday before it, a view count
# after it ("17/11/2021 13:44    19", "Thứ năm, 09/05/2024 - 14:35", "25/05/2023 10:28:55 AM"): the page's, never the
# document's (its date, when it has one, is the header's or the lead's), and not shown in the body.
POST_STAMP = re.compile(
    r"^\s*(?:(?:Thứ\s+\S+|Chủ\s+nhật)\s*,\s*)?\d{1,2}/\d{1,2}/\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?:AM|PM|SA|CH))?(?:\s*\(GMT\s*\+\s*7\))?(?:\s+\d{1,7})?\s*$", re.IGNORECASE)
RECIPIENTS = re.compile(r"^Nơi nhận\s*:?\s*(?P<rest>.*)$", re.I)
SIGN_PREFIX = re.compile(r"^(?:(?:TM|KT|TL|TUQ|Q)\s*[./]|T/M|K/T|T/L|T/U/Q)\s*[^\W\d]", re.I)  # "TM.", "T/M BAN …"
ADDRESSEE = re.compile(r"^Kính g[ửở]i\b", re.I)  # "Kính gởi": the south's spelling of the same
# "… tại TP.Tam Kỳ và thị trấn Tân An (Hiệp Đức)", "… thông tin điện tử (PTTH-TTĐT), …": a bracket holding a name, no
# number or date, is part of a lead's subject; one holding a reference ("(Kế hoạch số 134/KH-BVĐ, …)") ends it.
NAME_BRACKET = r"\([^()\d]{1,60}\)"
TYPE_BY_FOLD = {fold(name).upper(): name for name in TYPE_NAMES}


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def type_word(text: str) -> str | None:
    """The type name when *text* is a type word line ("KẾ HOẠCH")."""
    if not is_upper(text):
        return None
    return TYPE_BY_FOLD.get(fold(collapse_space(text)).upper().rstrip(":"))



# --- a news lead's words, slot by slot (lead_grammar.py reads them left to right) -----------------------------------
# [time] [body] [cho biết] [tense] [verb] [document noun (+ urgency)] [số N] [ngày D] [addressees] [subject]

# "date 2023-03 UBND tỉnh vừa …", "2025-01-10 15:41 UBND …": a post stamp the copy put before the lead
LEAD_STAMP = re.compile(r"^\s*(?:date\s+)?\d{4}-\d{2}(?:-\d{2})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+")
# "Ngày 19/7/2022,", "Chiều 18/12", "Mới đây,", "Vừa qua,": when the sentence says it happened
LEAD_TIME = re.compile(r"(?:(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm)\s+(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:[-/.]|\s+tháng\s+)"
                       r"\s*(?P<m>\d{1,2})(?:\s*[-/.]\s*(?P<y>\d{4})|\s+năm\s+(?P<y2>\d{4}))?"
                       r"|[Mm]ới đây|[Vv]ừa qua|[Hh]ôm nay|[Gg]ần đây)\s*,?\s+")
# "vừa", "đã", "mới đây", "chính thức": the tense between the body and its verb ("cho biết" reports it)
LEAD_TENSE = re.compile(r"(?:cho biết\s+)?(?:(?:vừa|đã|mới đây|mới|chính thức|cũng)\s+)*")
# the verbs a lead issues a document with; the ones that date it (a day before them is the document's own date)
LEAD_VERBS = ("ký ban hành", "ban hành", "phát hành", "phát đi", "ký", "có", "ra", "gửi", "tổ chức triển khai",
              "triển khai")
DATING_VERBS = ("ký ban hành", "ban hành", "ký")
# a body acting with no document named: the page says who acts, not what it issued (the issuer only)
ACTING_VERBS = ("đề nghị", "yêu cầu", "kiến nghị", "dự thảo")
# the generic nouns a lead names a document by besides its type's name; the urgency words after it
GENERIC_NOUNS = ("văn bản",)
URGENCY = re.compile(r"(?:hỏa tốc|hoả tốc|thượng khẩn|khẩn)\s+", re.I)
# "gửi/tới/đến <addressees> về …": whom the document is sent to, before its subject
ADDRESS_WORDS = ("gửi", "tới", "đến")
# the words that open a subject: a label ("về việc", "V/v", "về"), or, after the generic noun, what the text does
SUBJECT_LABELS = re.compile(r"(?:về việc|V/v\s*:?|về|việc)\s+", re.I)
# a text that informs, named by what it does: "văn bản hướng dẫn việc …" is a Hướng dẫn, "văn bản thông báo về …" a
# Thông báo, "văn bản cảnh báo …" a letter whose subject starts with its verb
INFORMING = {"hướng dẫn": "Hướng dẫn", "thông báo": "Thông báo", "cảnh báo": "Công văn"}
# a letter that asks or directs: its subject is what it asks, no trích yếu (the import README's rule)
ASKING = re.compile(r"(?:yêu cầu|đề nghị|chỉ đạo|đề xuất|kiến nghị|đôn đốc|giao)\b", re.I)
# what the page adds after the subject: the purpose it announces, the content that follows
SUBJECT_END = re.compile(r"\s*,?\s+(?:(?:với|gồm)\s+(?:các|những)\s+nội dung(?:\s+(?:chính|cụ thể|sau))?\s*)?"
                         r"(?:như sau|như trên|sau đây)\b.*$|\s*,?\s+với\s+(?:các|những)\s+nội dung\b.*$|\s*:\s*$")
# a notice's own voice: "<body> xin thông báo (lại) về …", "… trân trọng thông báo để … biết"
# "… thông báo để các tổ chức, cá nhân (được) biết.": whom a notice tells, its own formula; "… để các xã biết, thực
# hiện" passes a directive on (no notice)
TO_READERS = re.compile(r"^(?:đến|tới|để|cho)\s[^.;:]{3,300}?\s(?:được\s+)?biết(?:\s+và\s[^.;:,]{3,60})?\s*[.!]?\s*$")
OWN_VOICE = re.compile(r"(?:(?:xin|trân trọng|kính)\s+)+thông báo(?:\s+lại)?\s+")

# --- words shared by the sentence splitter and the issuer's office ------------------------------------------------

# Vietnamese letters with marks and the letter ranges, by case: one set, in vanban.text (UPPER_MARKED, LOWER_MARKED,
# UPPER, LOWER are imported above and used here as before)
# One sentence splitter for every lead reader: a stop after a word of three letters or more (never "TP.", "Q.", "TS.",
# an initial "V.", a number's "1.042"), or after a two-letter word in lower case ("xã.", "họ."), or a closing quote
# or bracket after a stop; then space, and a capital, or an opening quote or bracket before one (". “Ngày sách …").
SENTENCE = re.compile(r"(?:(?<=[^\s.]{3}[.!?])|(?<=\s[" + LOWER + r"]{2}[.!?])|(?<=[^\s.]{2}[.!?][”\"’)]))"
                      r"(?<!ThS\.)(?<!PGS\.)(?<!TSKH\.)\s+(?=[“\"‘(\[]?[" + UPPER + r"])")
# "3 Quyết định", "hai quyết định", "các văn bản", "một số công văn": a noun counted, no one document
SEVERAL = r"(?:\d+|các|những|hai|ba|bốn|năm|sáu|một số|một loạt|loạt)"
# what a page says a body reported or the tense of what it did, never part of the body's name ("Sở … cho biết",
# "Sở … thông tin", "Sở GD&ĐT đã" from "Sở GD&ĐT đã thông báo đến …"): a name never ends in a tense word
REPORTING = re.compile(r"(?:\s+(?:cho biết|cho hay|(?<!nghệ\s)thông tin|khẳng định|nhấn mạnh|tiết lộ|cũng|đã|vừa|sẽ|đang|vẫn))+\s*$")
# an office that acts for its body (Nghị định 30/2020: the body is the issuer): "Giám đốc Sở Y tế …" is "Sở Y tế …",
# "Hiệu trưởng trường X" is "Trường X", "Trưởng Ban Chỉ đạo X" is "Ban Chỉ đạo X". A committee's chairman or
# vice-chairman issues nothing in his own name: his decision, directive, dispatch or notice carries his committee's
# header (the import README's forty-first-session rule), "Chủ tịch UBND tỉnh X" is the committee; the old "Chủ tịch
# Hội đồng Bộ trưởng", printed in the header in the body's place, stays
OFFICE_OF_BODY = re.compile(r"^(?:(?:Phó\s+)?Chủ tịch(?!\s+Hội đồng Bộ trưởng)|(?:(?:Phó|Quyền)\s+)?(?:Giám đốc|Hiệu trưởng|Ban [Gg]iám [Hh]iệu|Trưởng|"
                            r"Viện trưởng|Cục trưởng|Chi cục trưởng|Chánh|Chánh Văn phòng|Chủ nhiệm|Tổng Giám đốc|Tổng cục trưởng))\s+"
                            r"(?=(?:UBND|HĐND|Ủy|Uỷ|Sở|Ban|Trung tâm|Bệnh viện|Trường|trường|Viện|Cục|Chi cục|Tổng cục|"
                            r"Phòng|Văn phòng|Thanh tra|Công an|Công ty|Tổng công ty|Hội đồng|Hội|Đài|Học viện|Đại học)\b)")
# an office a person holds, as a lead names it before or after his name ("ông X, Chủ tịch UBND tỉnh …")
OFFICE = re.compile(r"^(?:(?:Phó|Quyền)\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Tổng Giám đốc|Hiệu trưởng|Trưởng|Bộ trưởng|"
                    r"Thứ trưởng|Thủ tướng|Chánh|Cục trưởng|Tổng cục trưởng|Chi cục trưởng|Viện trưởng|Chủ nhiệm)\s")


# "Loại văn bản | Quyết định", "Người ký văn bản:", "Dung lượng 295 KB", "Nội dung", "Chủ đề: Lưu": a portal's record of
# the document, its labels on lines of their own under the trích yếu (a Word copy of the page keeps them as rows); a
# label opens no line of a trích yếu, so one ends the trích yếu above it.
RECORD_LABEL = re.compile(r"^(?:LOAI VAN BAN|NGUOI KY(?: VAN BAN)?\s*(?::|\||$)|DUNG LUONG\b|NOI DUNG(?:\s+\S+)?\s*:|NOI DUNG$|"
                          r"CHU DE\s*:|CO QUAN BAN HANH\b|NGAY BAN HANH\s*(?::|\||$)|SO HIEU\s*(?::|\||$)|LINH VUC\s*(?::|\||$)|"
                          r"TINH TRANG\s*(?::|\||$)|NGAY HIEU LUC\b)")
