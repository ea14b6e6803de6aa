"""The heading words that decide a citation's relation, each with the reason a careful reader has for it.

The words of :mod:`.cues` read a clause; these read the heading a citation stands under: a list of bases ("I. CĂN CỨ
XÂY DỰNG KẾ HOẠCH", "Căn cứ:") whose items all implement, and a plan's section stating its own purpose ("I. MỤC ĐÍCH,
YÊU CẦU") whose "theo …" names what the plan carries out.  :mod:`.clauses` and :mod:`.purposes` apply them.
"""

from __future__ import annotations

import re

__all__ = [
    "BASIS_HEADINGS",
    "BASIS_HEADING_CHARS",
    "BASIS_HEADING_TAIL",
    "BASIS_LINE",
    "BASIS_LINE_CHARS",
    "BASIS_WORDS_ALONE",
    "CONTENT_HEADING",
    "ITEM_BASIS",
    "ITEM_HEADING_CHARS",
    "PURPOSE_HEADING",
    "PURPOSE_LINES",
    "SECTION_HEADING",
]

# A heading whose words start with one of these opens a list of bases: every citation under it,
# numbered or not, implements, until the next heading.  Written as the heading is, in capitals
# ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "CƠ SỞ PHÁP LÝ"); a heading broken over two lines is one heading.
BASIS_HEADINGS: dict[str, str] = {
    "CĂN CỨ": "'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH', 'CĂN CỨ PHÁP LÝ': the list of bases",
    "CƠ SỞ": "'CƠ SỞ XÂY DỰNG KẾ HOẠCH', 'CƠ SỞ PHÁP LÝ': the same list under another name",
}
# The same in sentence case on a short line of its own: "Căn cứ:", "Cơ sở pháp lý:", also after the body that rests
# on the list ("Hội đồng nhân dân xã Gia Hanh căn cứ:", "UBND tỉnh căn cứ các văn bản sau:").
BASIS_LINE = re.compile(
    r"(?:[^\W\d_][^:;.!?\n]{0,70}[ \t])?(?:Căn cứ(?:[ \t]+vào)?(?:[ \t]+các[ \t]+văn bản(?:[ \t]+(?:như[ \t]+)?sau)?)?"
    r"|Cơ sở(?: pháp lý| xây dựng[^:\n]{0,30})?)[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
# The longest such line
BASIS_LINE_CHARS = 100
# The same words alone on a line without the colon, as a page's heading in sentence case: "Căn cứ⏎⏎- Chỉ thị số
# 45-CT/TW …;⏎⏎- Thông báo Kết luận số 88-KL/TW …;" (heldout26 h26-52).  Only a bulleted list under it makes it a heading
# (:func:`.heading_lines.bare_basis_heading`): a copy that wrapped a preamble's clause leaves "Căn cứ" alone on its line
# too, with the document's name on the next ("Căn cứ⏎Luật Tổ chức chính quyền địa phương …;", heldout22, heldout25).
BASIS_WORDS_ALONE = re.compile(
    r"(?:Căn cứ(?:[ \t]+các[ \t]+văn bản(?:[ \t]+(?:như[ \t]+)?sau)?)?|Cơ sở(?: pháp lý| xây dựng[^:\n]{0,30})?)[ \t]*"
)
# A numbered item's heading in sentence case that names its list as the bases or the directing documents the text
# carries out: "1. Cơ sở pháp lý" (a bulleted list under it, heldout31 h31-58), "1. Căn cứ xây dựng kế hoạch", "1. Về áp
# dụng chủ trương, các cơ chế, chính sách, văn bản chỉ đạo triển khai thực hiện" (heldout32 h32-51), "1. Các văn bản chỉ
# đạo" (heldout25 h25-51).  Its list shares the heading's relation, as under "I. CĂN CỨ": the heading decides, not each
# line's words.  Read on the heading's words after its number (:func:`.heading_lines.item_basis_heading`): they open
# with "Căn cứ"/"Cơ sở pháp lý"/"Cơ sở xây dựng …" or end with "văn bản chỉ đạo" (what is done with them may follow:
# "triển khai thực hiện"), so "2. Kết quả ban hành văn bản chỉ đạo của huyện" (a report's own work) stays none.
ITEM_BASIS = re.compile(
    r"(?:Về[ \t]+)?(?:(?:các|những)[ \t]+)?(?:căn[ \t]+cứ|cơ[ \t]+sở[ \t]+(?:pháp[ \t]+lý|xây[ \t]+dựng))(?![^\W_])[^,;:.!?]{0,80}[:.]?"
    r"|(?![^;:.!?\d]{0,100}(?:ban[ \t]+hành|kết[ \t]+quả|đã[ \t]))(?:Về[ \t]+)?[^;:.!?\d]{0,100}(?<![^\W_])(?:các[ \t]+)?văn[ \t]+bản[ \t]+chỉ[ \t]+đạo"
    r"(?:(?:[ \t]+triển[ \t]+khai)?(?:[ \t]+thực[ \t]+hiện)?|[ \t]+của[ \t]+cấp[ \t]+trên)[ \t]*[:.]?",
    re.IGNORECASE,
)
# The longest such heading
ITEM_HEADING_CHARS = 120
# The same headings in sentence case under a Roman numeral ("I. Căn cứ xây dựng kế hoạch.", "II. Cơ sở pháp lý"): the
# words after "Căn cứ"/"Cơ sở" name what the list grounds, with no number, comma or clause of their own, so that
# "I. Căn cứ Quyết định số …" and "I. Căn cứ vào tình hình …, " stay clauses.
BASIS_HEADING_TAIL = re.compile(
    r"(?:(?:pháp lý|chính trị|xây dựng|ban hành|lập|triển khai|thực hiện|để)(?: [^\W\d_][^,;:.\d]{0,50})?)?[ \t]*[.:]?",
    re.IGNORECASE,
)
BASIS_HEADING_CHARS = 60

# A plan's section stating its own purpose ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích yêu cầu", "1. Mục đích"): its items
# are purpose clauses without "Để"/"Nhằm" ("Đánh giá … theo Kết luận số 51-KL/TW …"), so "theo …" in them names
# what the plan carries out, as in "Để … theo …".  The section runs to the next numbered heading ("2. Yêu cầu").
PURPOSE_HEADING = re.compile(
    r"[ \t*#_>]*(?:(?:[IVXLC]{1,6}|\d{1,2})[.)][ \t]*)?mục[ \t]+đích(?:[ \t,;-]+yêu[ \t]+cầu)?[ \t*_:.]*\Z", re.IGNORECASE
)
# A line that starts another section: numbered "2. Yêu cầu", "II. NỘI DUNG"
SECTION_HEADING = re.compile(r"[ \t*#_>]*(?:[IVXLC]{1,6}|\d{1,2})[.)][ \t]")
# How many lines above a citation its section's heading is looked for
PURPOSE_LINES = 30

# A dissemination plan's or letter's own content list ("1. Nội dung tuyên truyền:", "II. NỘI DUNG TUYÊN TRUYỀN", "Nội
# dung phổ biến"): the documents its items name are what the text has its units make known, the README's rule A (a
# document is first carried out by making it known), so they implement; the section runs to the next numbered heading
# ("2. Hình thức tuyên truyền").  The coordinator's decision of 2026-12-06 (the demo seed 003's "- Hướng dẫn số
# 164-HD/BTGTU …" under its "1. Nội dung tuyên truyền:", heldout26 h26-54).  A list the line above introduces as another
# document's content ("Tại Hướng dẫn 107/HD-MTTW-BTT … có hướng dẫn … như sau:⏎Nội dung tuyên truyền: …", a Q&A page,
# heldout18 h18-21) is that document's, quoted: :func:`.dissemination.in_content_section`.
CONTENT_HEADING = re.compile(
    r"[ \t*#_>]*(?:(?:[IVXLC]{1,6}|\d{1,2}|[a-zđ])[.)][ \t]*)?nội[ \t]+dung[ \t]+(?:tuyên[ \t]+truyền|phổ[ \t]+biến|quán[ \t]+triệt)"
    r"(?:[ \t]*,[ \t]*(?:tuyên[ \t]+truyền|phổ[ \t]+biến|quán[ \t]+triệt|giáo[ \t]+dục(?:[ \t]+pháp[ \t]+luật)?))*[ \t*_:.]*\Z",
    re.IGNORECASE,
)
