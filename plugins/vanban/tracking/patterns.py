"""Every pattern the tracking stage reads sentences with, in one place (the names' keys and the heading and recipient
lines are :mod:`.naming`'s, re-exported here so that the readers know them all as ``p.…``).

Unit names are compared by a *key* (:func:`.naming.unit_key`): NFC, lower case, one tone placement ("uỷ" = "ủy",
"hoà" = "hòa"), the usual abbreviations written out ("UBND" = "Ủy ban nhân dân"), no trailing punctuation or
"(để b/c)" notes. Diacritics are kept: "Đông Thanh" and "Đông Thạnh" are two communes.
"""

from __future__ import annotations

import re

from ..text import LOWER, UPPER  # one Vietnamese letter class ("Ô Môn": a marked capital)
from . import vocabulary as v
from .calendars import PERIOD_SOURCE, TERM_SOURCE
from .naming import *  # noqa: F403 (re-exported, :data:`.naming.__all__`: the readers know them as ``p.…``)
from .prefixed import compiled  # re.compile, its long alternations regrouped: the same matches, fewer tests

_I = re.IGNORECASE

# --- Tasks stated in running sentences (:mod:`.sentences`) -------------------------------------------------

# An office title before a body's name: the task is the body's ("Giám đốc Sở Tư pháp" = "Sở Tư pháp").
TITLE = re.compile(
    r"^(?:(?:các\s+)?đồng\s+chí\s+)?(?:chủ\s+tịch|phó\s+chủ\s+tịch|giám\s+đốc|thủ\s+trưởng|trưởng\s+ban|chánh\s+văn\s+phòng|"
    r"bí\s+thư|trưởng\s+phòng|hiệu\s+trưởng|người\s+đứng\s+đầu)\s+(?=\S)", _I)
# "Giao Giám đốc: Sở A, Sở B" — a title standing before the list it governs.
TITLE_COLON = re.compile(r"^(?:chủ\s+tịch|giám\s+đốc|thủ\s+trưởng|trưởng\s+ban)\s*:\s*", _I)
# Two titles of the same heads before their group ("yêu cầu Giám đốc, Thủ trưởng các sở, ban, ngành của tỉnh", "giám đốc, thủ
# trưởng các sở, ban, ngành thành phố"): the first one is dropped, the second names the group (twenty-eighth session: heldout4
# m01, heldout10 d01, heldout12 f26).
JOINT_TITLE = re.compile(r"^(?:giám\s+đốc|thủ\s+trưởng|chủ\s+tịch)\s*,\s*(?=(?:thủ\s+trưởng|giám\s+đốc|chủ\s+tịch)\s)", _I)
# An article's number before its clause ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở …").
ARTICLE = re.compile(r"^(?:\*\*)?Điều\s+[0-9]{1,3}\s*[.:]\s*(?:\*\*)?\s*")
# A negation left at the end of the units ("yêu cầu các địa phương không | tổ chức bắn pháo hoa"): the duty's, not the
# name's. (As a duty word it would let long run-on names through: "… trong đó không quá …".)
TRAILING_NOT = re.compile(r"\s+không$", _I)
# A list cut short where the duty verb was read inside the next body's name ("…, thành phố và các | tổ chức, …").
DANGLING_AND = re.compile(r"\s+(?:và|cùng)(?:\s+(?:tất\s+cả\s+)?các)?$", _I)

# The verbs that hand work to the units that follow them ("Giao Sở Nội vụ chủ trì", "đề nghị các xã …"), a colon
# between them too ("… Phó Chủ tịch UBND huyện đề nghị: Phòng Văn hóa TT phối hợp …; BCĐ …"): the units start after it.
# Not "giao ban", a briefing (:mod:`.vocabulary`). "lưu ý A …" is a leader's order in the news of a meeting ("Thủ tướng lưu
# ý tỉnh Thanh Hóa và các địa phương tiếp tục rà soát …", "Chủ tịch UBND thành phố tiếp tục lưu ý các quận, huyện …":
# thirty-seventh session, heldout6 s44, heldout8 w10, heldout10 d29, heldout11 e34, heldout21 a42): the units after it hold
# the duty, the speaker none; a body that "lưu ý" opens, with no unit after it, still reads it as a duty (:data:`DUTY`).
ASSIGN = re.compile(
    r"(?<!\w)(?<![tT]heo\s)(?:(?<![bB]àn\s)(?<![đĐ]ược\s)" + v.BRIEFING_BEFORE + "giao" + v.BRIEFING_AFTER + v.NOT_HANDING + r"(?:\s+nhiệm\s+vụ(?:\s+cụ\s+thể)?)?(?:\s+cho)?|đề\s+nghị|yêu\s+cầu|phân\s+công(?:\s+cho)?|đối\s+với|lưu\s+ý|"
    r"(?<!ban\s)(?<![sS]ự\s)(?<![đĐ]úng\s)chỉ\s+đạo(?!\s+của))(?:\s*[:,])?\s+(?=\S)", _I)

# Nouns a body's name starts with (after "các", "tất cả các" or a count): what makes a phrase a unit ("phòng bệnh",
# "Bản đồ" are none: :mod:`.vocabulary`).
_UNIT_NOUNS = (
    r"ủy\s+ban|ubnd|hđnd|ub|ubmttq(?:vn)?|mttq|mặt\s+trận|hội\s+đồng|ban(?!\s+hành)|văn\s+phòng|phòng(?!\s*,?\s*(?:" + v.NOT_AN_OFFICE + r")(?!\w))|"
    r"sở(?!\s+hữu)|bộ(?!\s+(?:phận|máy|luật|" + v.NOT_A_MINISTRY + r")(?!\w))|cục(?!\s+bộ)|chi\s+cục|vụ(?=\s+(?-i:[A-ZĐ]))|"
    r"tổng\s+cục|trung\s+tâm|đài|trường(?!\s+hợp)|bệnh\s+viện|trạm|công\s+an|ban\s+chỉ\s+huy|đảng\s+ủy|đảng\s+bộ|đảng\s+đoàn|"
    r"ban\s+cán\s+sự|chi\s+bộ|chi\s+đoàn|chi\s+hội|huyện\s+ủy|thị\s+ủy|tỉnh\s+ủy|thành\s+ủy|quận\s+ủy|cấp\s+ủy|"
    r"hội(?!\s+(?:nghị|thảo|thi|diễn|họp))|"
    r"đoàn(?!\s+kết)|công\s+đoàn|liên\s+đoàn|huyện\s+đoàn|tỉnh\s+đoàn|cơ\s+quan|đơn\s+vị|địa\s+phương|ngành|chủ\s+đầu\s+tư|thôn|ấp|bản(?!\s+(?:" + v.NOT_A_HAMLET + r")(?!\w))|"
    r"đội(?!\s+(?:ngũ|viên|trưởng|tuyển|hình|bóng|mũ))|"  # "các Đội Quản lý thị trường", "Đội Kiểm lâm Cơ động"
    r"hạt(?=\s+kiểm\s+lâm)|kiểm\s+lâm(?!\s+viên)|"  # "các Hạt Kiểm lâm", "kiểm lâm địa bàn" (the rangers, a body; heldout7 g21, g23)
    r"bảo\s+hiểm\s+xã\s+hội|bhxh|tổ(?!\s+(?:chức|quốc|hợp|tiên|ấm|dân\s+phố|trưởng|phó|viên))|"  # "Tổ Công nghệ Thông tin"
    r"tổ\s+dân\s+phố|khu\s+phố|cấp\s+(?:xã|huyện|tỉnh|chính\s+quyền|hội|công\s+đoàn|mặt\s+trận)|chi(?!\s+(?:" + v.NOT_A_CELL + r")(?!\w))|tổ\s+chức\s+(?:đảng|cơ\s+sở\s+đảng|chính\s+trị|thành\s+viên|tín\s+dụng)|tctd|"
    r"tổ\s+chức(?=\s*,\s*(?:cơ\s+quan|đơn\s+vị)(?!\w))|"  # "các tổ chức, cơ quan, đơn vị …": bodies, not "tổ chức" the verb
    r"đoàn\s+thể|doanh\s+nghiệp|lực\s+lượng|xã(?!\s+hội)|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố|"
    r"văn\s+phòng\s+điều\s+phối|ban\s+quản\s+lý|ban\s+chỉ\s+đạo|bcđ|chi\s+nhánh|kho\s+bạc|ngân\s+hàng|viện(?!\s+trợ)|tòa\s+án|"
    # State groups and corporations told with ministries ("các Tập đoàn kinh tế, Tổng công ty 91", "Tập đoàn Dầu khí Việt Nam";
    # twenty-eighth session: heldout14 q24, heldout8 w30, heldout10 d02, heldout13 p26)
    r"tập\s+đoàn|"
    # schools told as bodies ("Các nhà trường đẩy mạnh …", "giao cho các nhà trường xét …"; twenty-ninth session: heldout4 m11,
    # heldout11 e30, heldout15 b48, b50)
    r"nhà\s+trường|"
    # a body's sections by their function ("các bộ phận chuyên môn", "bộ phận biên tập", "bộ phận một cửa"; heldout8 w06, heldout10
    # d16, heldout13 p21, tuning3 v07); "bộ phận" alone is "a part"
    r"bộ\s+phận(?=\s+(?:chuyên\s+môn|một\s+cửa|tiếp\s+nhận|thường\s+trực|biên\s+tập|văn\s+thư|tổng\s+hợp|giúp\s+việc)(?!\w))|"
    # the fuel wholesalers a decree names ("các thương nhân đầu mối kinh doanh xăng dầu", Nghị định 83/2014/NĐ-CP), told as
    # bodies (heldout13 p19, heldout14 q49); a trader alone is no body
    r"thương\s+nhân\s+đầu\s+mối|"
    # a level's government told as a body ("chính quyền cơ sở", "chính quyền cấp xã", "chính quyền hai xã": heldout8 w04,
    # heldout18 z17, z37); "chính quyền" alone is the state, "chính quyền địa phương" most often a partner's name
    r"chính\s+quyền(?=\s+(?:cơ\s+sở|cấp\s+xã|cấp\s+huyện|cấp\s+tỉnh|cấp\s+cơ\s+sở|cấp\s+dưới|hai\s+xã|hai\s+phường|ba\s+xã)(?!\w))|"
    r"thanh\s+tra(?=\s+(?:bộ|tỉnh|huyện|chính\s+phủ|thành\s+phố|quận|thị\s+xã)(?!\w))|"
    # "các cơ sở khám chữa bệnh", "Cơ sở KBCB", "cơ sở giáo dục": health and school establishments (heldout4 m12, heldout5 r10);
    # not the grassroots ("cấp cơ sở"), data or premises, nor private businesses ("cơ sở sản xuất, kinh doanh")
    # … and the grassroots units of the Youth Union and of an association ("các cơ sở Đoàn", "các cơ sở Hội trực thuộc"; thirtieth
    # session: heldout9, heldout10 d11, whose due the lead's items give)
    r"cơ\s+sở(?=\s+(?:khám|kbcb|phcn|y\s+tế|giáo\s+dục|đào\s+tạo|điều\s+trị|cai\s+nghiện|bảo\s+trợ|đoàn|hội)(?!\w)(?!\s+viên))"
)
_UNIT_NOUN = rf"(?:{_UNIT_NOUNS})(?!\w)"
_UNIT_START = (
    rf"(?:(?:các\s+)?đồng\s+chí\s+)?(?:(?:chủ\s+tịch|giám\s+đốc|thủ\s+trưởng|trưởng\s+ban|chánh\s+văn\s+phòng|bí\s+thư|"
    rf"trưởng\s+phòng|hiệu\s+trưởng|bộ\s+trưởng|vụ\s+trưởng|cục\s+trưởng|trưởng(?=\s+(?:ban|phòng)(?!\w))|chánh(?=\s+văn\s+phòng(?!\w)))(?:\s+|$))?(?:(?:tất\s+cả\s+)?các\s+|[0-9]{{1,3}}\s+)?"
    rf"{_UNIT_NOUN}")
UNIT_START = compiled(f"^{_UNIT_START}", _I)
# Where a clause may lay a duty: an assigning verb anywhere, or a unit noun (after a title or "các") at the
# start of the block or of a clause. Blocks with neither are not cut into clauses (most of a body is not
# assignment); both scans run case-sensitive on the lower-cased block, several times faster.
ASSIGN_WORDS = ("giao", "đề nghị", "yêu cầu", "phân công", "đối với", "chỉ đạo", "lưu ý")  # tested with ``in``: fastest
# A recurring time that opens a clause before its units ("Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị …",
# "Ngày 05 hằng tháng (từ tháng 02 đến tháng 9), Chủ tịch …").
_TIME_LEAD = (r"(?:(?:định\s+kỳ\s*,?\s*)?(?:(?:từ|trước|chậm\s+nhất|vào|trong)(?:\s+(?:là|vào))?\s+)?(?:ngày|tháng|quý)\s"
              r"[^,;:]{0,60}?|định\s+kỳ\s*,?\s*)(?:hằng|hàng|mỗi)\s+(?:tháng|quý|năm|tuần)\s*(?:\([^()]{0,60}\)\s*)?,\s*")
# A lead that reports what the document says before its units ("Theo đó, các bộ … xây dựng Báo cáo …",
# "Quyết định nêu rõ, Chánh Văn phòng, … chịu trách nhiệm …", "Cụ thể, UBND các xã …"): the units after it head the clause.
# "Theo công văn, các TCTD cần …", "Theo Kế hoạch, các bộ … tiếp tục …", "Công điện cũng nêu rõ, các đơn vị phải …" (twenty-eighth
# session: heldout13 p17, heldout12 f01, heldout6 s26); not "Theo Kế hoạch này, UBND tỉnh sẽ chuyển …", the writer's own
# document and doing (heldout9 n28).
_DOCUMENT = (r"(?:quyết\s+định|kế\s+hoạch|chỉ\s+thị|công\s+văn|công\s+điện|thông\s+tư|nghị\s+quyết|văn\s+bản|hướng\s+dẫn|"
             r"thông\s+báo|chương\s+trình)")
_REPORT_LEAD = (rf"(?:theo\s+đó|cụ\s+thể|theo\s+{_DOCUMENT}|theo\s+(?:sự\s+)?chỉ\s+đạo\s+của\s[^,;:.]{{1,80}}?|{_DOCUMENT}(?:\s+(?:này|trên|nêu\s+trên))?\s+(?:cũng\s+)?"
                r"(?:nêu\s+rõ|quy\s+định|yêu\s+cầu|chỉ\s+rõ|nhấn\s+mạnh|giao))\s*,\s*")
# A due or an adverbial that opens a clause before its units: "Trước ngày 18/10, các địa phương phải báo cáo …",
# "Ngày 1/5, các đơn vị phải gửi …" (a bare day only before a modal: "Ngày 25/4, A tổ chức …" is narrative),
# "Chậm nhất là ngày 20 tháng 7, Sở …", "Ngoài công tác tuyên truyền, UBND huyện Tây Trà phải …", "Nhiệm vụ thời gian
# tới, các Ban HĐND chủ động …", "Riêng A …". Narrative opens so too ("Đồng thời, Ban Thường vụ Huyện ủy cũng chọn …",
# "Ngoài ra, …"): those are no leads.
# An obligation laid on the units before it: a modal ("phải", "cần"), or the duty a body has ("có trách nhiệm", "chịu trách
# nhiệm", "có nhiệm vụ": "UBND các huyện, thị xã, thành phố có nhiệm vụ chỉ đạo cơ quan chuyên môn …", thirty-third session).
_OBLIGED = r"(?:phải|cần|(?:có|chịu)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ)"
_DAY = (r"[0-9]{1,2}(?:\s*[/.-]\s*[0-9]{1,2}(?:\s*[/.-]\s*[0-9]{2,4})?|\s+tháng\s+[0-9]{1,2}"
        r"(?:\s*(?:năm\s+)?[0-9]{4})?)")
_DATE = rf"(?:ngày\s+)?{_DAY}"
_DUE_LEAD = (rf"(?:(?:trước|chậm\s+nhất(?:\s+(?:là|vào))?|hạn\s+chót(?:\s+là)?)\s+{_DATE}\s*,\s*|"
             rf"(?:vào\s+)?ngày\s+{_DAY}\s*,\s*(?=[^,;:.]{{1,120}}?\s{_OBLIGED}\s))")
# "Trong đó, A phải …", "Cùng với đó, A chủ trì …", "Bên cạnh đó, A có trách nhiệm …": a lead only before an obligation (not
# "Trong đó, Ban Tổ chức Trung ương hướng dẫn …", the writer telling what its guidance says; twenty-first session).
_ADVERB_LEAD = (r"(?:(?:(?:nhiệm\s+vụ\s+)?(?:trong\s+)?thời\s+gian\s+tới|ngoài\s(?!ra(?!\w))[^,;:.]{1,80}?)\s*,\s*|riêng\s+|"
                # a step after which the duty comes ("Sau khi phê duyệt đề án, các tỉnh ủy, thành ủy triển khai …", "Sau khi ban
                # hành Kế hoạch, các cơ quan, đơn vị định kỳ đánh giá …": heldout11 e22, heldout14 q50); not the writer's
                # "… sẽ tiếp tục" after it (heldout12 f03)
                r"sau\s+khi\s[^,;:.]{1,60}?\s*,\s*(?![^;:.]{1,80}?\ssẽ\s)|"
                r"(?:trong\s+đó|cùng\s+với\s+đó|bên\s+cạnh\s+đó|vì\s+vậy|do\s+đó|"
                # what the duty rests on or follows: "Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Kế hoạch và Đầu tư có nhiệm
                # vụ tổng hợp …", "Song song với việc thu hồi nợ thuế, các Cục thuế địa phương phải …" (twenty-eighth session:
                # heldout13 p43, heldout14 q50, heldout10 d38)
                r"trên\s+cơ\s+sở\s[^;:.]{1,160}?|song\s+song\s+với\s[^,;:.]{1,80}?)\s*,\s*"
                rf"(?=[^,;:.]{{1,120}}?\s(?:{_OBLIGED}|chủ\s+trì)(?!\w)))")
# Any lead a sentence fronts before its subject, when that subject is units under an obligation: a connective ("Vì vậy các Bộ,
# ngành, Uỷ ban nhân dân các cấp cần …"), or up to three pieces ended by commas, a word first ("Khi thực hiện giải tỏa chợ cóc,
# chợ tạm, các sở, ngành, UBND quận, huyện, thị xã cần …", "Đặc biệt, các cấp CĐ phải …"; not an item's "(2)"): the units head
# the clause whatever the lead says (thirty-third session: a grammatical form, not a list of leads). :data:`FRONTED` holds the
# lead not to open with a body and the units to be under an obligation; :func:`.clauses.assigned` holds that obligation right
# after them (:data:`OBLIGED`); :data:`.scan.FRONTED_LOOSE` is the same lead before any word a unit may open with.
FRONT_LEAD = (r"(?:(?:vì\s+vậy|vì\s+thế|do\s+đó|do\s+vậy|bởi\s+vậy|cho\s+nên)\s+|(?=[^\W\d_]){not_unit}[^,;:.]{{1,80}}?,\s*"
               r"(?:[^,;:.]{{1,60}}?,\s*){{0,2}}?)")
OBLIGED_AHEAD = rf"[^;:.]{{0,160}}?\s{_OBLIGED}\s"
_FRONTED = FRONT_LEAD.format(not_unit=f"(?!{_UNIT_START})") + rf"(?={_UNIT_START}{OBLIGED_AHEAD})"
_TIME_LEAD = rf"(?:{_TIME_LEAD}|{_REPORT_LEAD}|{_DUE_LEAD}|{_ADVERB_LEAD})"
# A stored page's date stamp before its text (" date 2017-03 Các bộ, ngành, địa phương tổng hợp …", " date 2017-03 Theo đó, các
# trường …"): page chrome, before any other lead (twenty-first session: heldout4 m11, heldout5 r19; 80 citation texts hold one).
_STAMP = r"date\s+[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?\s+"
_TIME_LEAD = rf"(?:(?:{_STAMP})?{_TIME_LEAD}|{_STAMP})"  # (the long alternation once: it is compiled into nine patterns)
STAMP = re.compile(_STAMP)  # … which a headline may follow (:func:`.headlines.headline`)
TIME_LEAD = compiled(_TIME_LEAD, _I)  # a recurring time, a reporting lead, a due or an adverbial, before the clause's units
REPORT_LEAD = compiled(_REPORT_LEAD, _I)  # starts a sentence even after a line that did not end one (a headline)
# The fronted lead is no part of TIME_LEAD (the patterns built on that run on every clause start; this one scans up to three
# pieces ahead): :func:`.scan.fronted` tries it only on blocks that hold an obligation's words, :func:`.clauses.assigned` only
# on a clause nothing else read.
FRONTED = compiled(rf"(?:[-+•]\s*|[0-9]{{1,2}}[.)]\s+|[a-zđ]\)\s+)?[“\"]?(?:{_STAMP})?{_FRONTED}", _I)  # (a point: "b) Chậm nhất …, A phải …")
OBLIGED = re.compile(rf"{_OBLIGED}(?!\w)", _I)  # (five words: nothing to regroup)
OBLIGED_LOWER = re.compile(rf"{_OBLIGED}(?!\w)")  # … on a lower-cased text (a case-blind scan costs three times as much)
# … what the fronted lead does not lay as a duty (:func:`.clauses.assigned`): the units as the object of a need ("UBND các xã, thị
# trấn cần được hỗ trợ …"), or a lead that tells what was reported or found ("Theo báo cáo, các huyện … cần hỗ trợ 200 tấn gạo",
# "Qua kiểm tra cho thấy, …": a report's description, no order).
OBLIGED_PASSIVE = re.compile(rf"{_OBLIGED}\s+(?:được|bị)(?!\w)", _I)
REPORTED_LEAD = re.compile(r"(?<!\w)(?:cho\s+(?:thấy|biết)|(?<!kỳ\s)báo\s+cáo)(?!\w)", _I)  # (not "kỳ báo cáo", the period)
CLAUSE_STARTS = re.compile(r"[.;:]\s+")
UNIT_AT = re.compile(
    rf"(?:[-+•]\s*)?[“\"]?(?:(?:[0-9]{{1,2}}[.)]\s+|[a-zđ]\)\s+)(?={_TIME_LEAD}|{PERIOD_SOURCE}))?(?:{_TIME_LEAD}|{PERIOD_SOURCE}|{TERM_SOURCE})?(?:[0-9]{{1,2}}[.)]\s+|[a-zđ]\)\s+|điều\s+[0-9]{{1,3}}\s*[.:]\s+)?(?:(?:các\s+)?đồng\s+chí\s+)?"
    rf"(?:(?:chủ\s+tịch|giám\s+đốc|thủ\s+trưởng|trưởng\s+ban|chánh\s+văn\s+phòng|bí\s+thư|trưởng\s+phòng|hiệu\s+trưởng|"
    rf"bộ\s+trưởng|vụ\s+trưởng|cục\s+trưởng|trưởng(?=\s+(?:ban|phòng)(?!\w))|chánh(?=\s+văn\s+phòng(?!\w)))(?:\s+|:|$))?(?:(?:tất\s+cả\s+)?các\s+|[0-9]{{1,3}}\s+)?{_UNIT_NOUN}")
# The line that opens a recipients' list ("Nơi nhận:", "Kính gửi:"): the bullets under it name recipients, not
# duties (nor units a later sentence's duty is lent to: "Kính gửi: - A (để b/c);" then "đề nghị các đơn vị …").
RECIPIENTS = re.compile(r"^(?:\*\*)?(?:nơi\s+nhận|kính\s+gửi)", _I)
# A unit at a clause start ("…; các xã …", ". UBND huyện …"): the scan the fast walk runs instead of
# :data:`CLAUSE_STARTS` and a :data:`UNIT_AT` match at each (``\s++``: UNIT_AT cannot start with a space).
CLAUSE_UNIT = re.compile(rf"[.;:]\s++(?:{UNIT_AT.pattern})")
# A body named by a title alone ("Các đồng chí Bộ trưởng").
_TITLE_ONLY = r"(?:(?:các\s+)?đồng\s+chí\s+)?(?:bộ\s+trưởng|chủ\s+tịch|giám\s+đốc|thủ\s+trưởng)"
TITLE_ONLY = re.compile(rf"^{_TITLE_ONLY}(?:\s|$)", _I)
# Where a clause can lay a duty at all: a unit or a title right after an assigning verb, or at a clause's
# start (a sentence's or after ";"; past its number, bullet or article, a recurring time, "Giám đốc:").
# :func:`.clauses.assigned`, :func:`.clauses.listed` and :func:`.clauses.colon_units` find a duty only in
# a clause that has one of them, so the fast walk (:mod:`.sentences`) cuts no block without one into
# clauses (most blocks that hold "giao", "yêu cầu", "chỉ đạo" use them as nouns: "giao ban", "bảo đảm
# yêu cầu", "quan điểm chỉ đạo"). Case-sensitive, on the lower-cased block; they match wherever those
# functions could (a superset: ``(?!\w)`` for a clause's end, any one lead); the reference walk runs
# without them and the tests hold the two to the same rows. Three patterns, each fast on its own:
# :data:`ASSIGNED_UNIT` is tried only where an assigning word was found, :data:`CLAUSE_HEAD` starts
# with a punctuation mark (the scan skips to those), :data:`BLOCK_HEAD` is tried at the block's start.
_CLAUSE_LEAD = (r"(?:[0-9]{1,3}(?:\.[0-9]{1,3}){0,4}[.)]?\s+|\([0-9]{1,3}\)\s+|[a-zđ]\)\s+|[-+•·–*]\s*|"
                r"(?:\*\*)?điều\s+[0-9]{1,3}\s*[.:]\s*(?:\*\*)?\s*)")
_DUTY_HOLDER = (rf"(?:(?:chủ\s+tịch|giám\s+đốc|thủ\s+trưởng|trưởng\s+ban)\s*:\s*)?"
                rf"(?:{_UNIT_START}|{_TITLE_ONLY}(?!\w))")
# (nothing after a run starts with one of its characters; a quotation mark may open the clause: a quoted order,
# "“Các sở, ngành phải khẩn trương …”, Chủ tịch UBND tỉnh yêu cầu.")
_HEAD = rf"[\s.;]*+{_CLAUSE_LEAD}?[\s.;“\"]*+(?:{_TIME_LEAD}|{PERIOD_SOURCE}|{TERM_SOURCE})?{_DUTY_HOLDER}"
# "yêu cầu lãnh đạo các sở, …": the leaders of a body, told after an assigning verb, are that body's task;
# elsewhere "lãnh đạo" is a verb ("tập trung lãnh đạo, chỉ đạo") or names persons (an invitation's guests).
LEADERS = re.compile(r"lãnh\s+đạo\s+(?=\S)", _I)
LEADERS_AFTER = re.compile(r"^(?:giao|đề\s+nghị|yêu\s+cầu)", _I)  # the verbs it is read after ("chỉ đạo" is narrative)
# A time told between the order and its units ("đề nghị thời gian tới các cấp Hội …", "đề nghị tháng 12/2018 thường trực HĐND
# …", "yêu cầu chậm nhất ngày 30/6/2025, các cơ quan … phải …", "đề nghị, sau hội nghị này, các huyện …"): the units start after
# it (:func:`.clauses.assigned`; twenty-ninth session: heldout6 s38, heldout9 n46, heldout12 f26, heldout13 p22, heldout15 b02).
# Also a period ending in a comma ("yêu cầu: từ ngày 30/4/2020 đến hết ngày 03/5/2020, các Đơn vị …"), a purpose ending in a
# comma before a group ("yêu cầu, để mọi người nhận thức, …, các sở, ngành … cần …") and "sau khi …" before a group ("yêu cầu
# sau khi kết thúc Đại hội các đơn vị hoàn chỉnh …"): thirty-seventh session, heldout6 s38, heldout7 g08, heldout21 a18.
_VERB_TIME = (rf"(?:(?:trong\s+)?thời\s+gian\s+tới|(?:trong\s+)?tháng\s+[0-9]{{1,2}}(?:\s*[/.-]\s*[0-9]{{4}})?|"
              rf"(?:trước|chậm\s+nhất(?:\s+là)?)\s+{_DATE}|sau\s+[^,;:.]{{1,50}}?\s*,|"
              rf"(?:bắt\s+đầu\s+)?từ\s+[^,;:.]{{0,40}}?(?:ngày|tháng)[^,;:.]{{0,30}}?,|"
              rf"để\s+[^;:.]{{1,150}}?,\s*(?=(?:tất\s+cả\s+)?các\s)|sau\s+khi\s+[^,;:.]{{1,60}}?\s+(?=(?:tất\s+cả\s+)?các\s))\s*,?\s*")
VERB_TIME = re.compile(_VERB_TIME, _I)
ASSIGNED_UNIT = compiled(ASSIGN.pattern + rf"(?:{_VERB_TIME})?(?:lãnh\s+đạo\s+)?" + _DUTY_HOLDER)
CLAUSE_HEAD = re.compile(f"[.!?;:]{_HEAD}")  # ":" too: a unit after it starts a clause (:func:`.walk.Walk.clauses`)
BLOCK_HEAD = re.compile(_HEAD)
# A new body inside a list starts with a capitalised title, a capitalised unit noun, or a unit noun before
# a capitalised name ("phòng Văn hóa"); a bare noun ("Các chi, Đảng bộ") and "sở, ban, ngành", "đoàn thể
# tỉnh" stay in their group (see :func:`.lists.split_units`).
# A title alone before a comma and another title of one person ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Bộ trưởng,
# Trưởng ban Ban Tổ chức - Cán bộ Chính phủ": a minister heading a body, heldout13 p47): one holder, not two.
# Not before a group's heads ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …": the ministers, then the other heads; heldout3 k05).
DOUBLE_TITLE = re.compile(r"(?:Bộ\s+trưởng|Thứ\s+trưởng)$")
SECOND_TITLE = re.compile(r"(?:Chủ\s+nhiệm|Trưởng\s+ban|Thống\s+đốc|Tổng\s+Thanh\s+tra)\s+(?-i:[A-ZĐ])")
NEW_BODY_TITLE = re.compile(
    r"^(?:Chủ\s+tịch|(?:Tổng\s+)?Giám\s+đốc|Thủ\s+trưởng|Vụ\s+trưởng|(?:Tổng\s+)?Cục\s+trưởng|Trưởng\s+(?i:ban|phòng)|"
    r"Chánh\s+(?i:văn\s+phòng|thanh\s+tra)|Bí\s+thư|Bộ\s+trưởng|Tổ\s+trưởng|Chỉ\s+huy\s+trưởng|Hiệu\s+trưởng)\s|"
    # the heads of a kind of body, in lower case too ("các bộ trưởng, thủ trưởng cơ quan ngang bộ, thủ trưởng cơ quan thuộc
    # Chính phủ, chủ tịch UBND các tỉnh"; twenty-ninth session: heldout14 q06), and two titles of the heads of one group after
    # another group ("…, Chủ tịch, Tổng giám đốc các Tập đoàn, Tổng công ty nhà nước", heldout12 f40)
    r"^(?i:chủ\s+tịch|giám\s+đốc|thủ\s+trưởng)\s+(?=(?i:các|ubnd|ủy\s+ban|sở|ban|phòng|cơ\s+quan)(?!\w))|"
    r"^(?:Chủ\s+tịch|Giám\s+đốc|Thủ\s+trưởng)\s*,\s*(?=(?:Tổng\s+giám\s+đốc|Giám\s+đốc|Thủ\s+trưởng)\s)|"
    r"^Trưởng\s+các\s+(?i:ban|phòng|đơn\s+vị)(?!\w)")  # "Giám đốc các sở, Trưởng các ban, ngành, …" (heldout6 s04, s18)
# The statutory kinds of bodies beside ministries and Sở ("các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", Nghị định
# 123/2016; "các sở, cơ quan ngang sở"): each a body of its own after a comma or "và", not a kind in one group (thirtieth
# session, the coordinator's list rule: an official follows each kind of body separately; heldout3, heldout10-15).
OWN_KIND = re.compile(r"^cơ\s+quan\s+(?:ngang\s+(?:bộ|sở)|thuộc\s+chính\s+phủ)(?!\w)", _I)
# A list of places after one head ("UBND tỉnh Tây Ninh và Bình Dương", "UBND TP Hà Nội và TP HCM", "Chủ tịch UBND các
# tỉnh, thành phố Hà Tĩnh, Quảng Trị, …"): one body per place, the head repeated (thirtieth session, the coordinator's list
# rule; heldout10, heldout16). PLACE_HEAD is the piece that opens it, ending in a level and a place's name; PLACE_PAIR two
# levels before the names (each place's own level unknown: the head is repeated without it); PLACE_NAME a later piece that is
# only a place's name, its level optional (Title-case words, or "TP HCM"; :func:`.lists.split_units` also turns away a
# body's noun, and a level other than the head's: "UBND xã Long Toàn, huyện Duyên Hải" is one commune and its address).
_PLACE_LEVEL = r"(?:(?-i:tỉnh|huyện|quận|xã|phường)|thị\s+xã|thị\s+trấn|thành\s+phố|TP\.?|Tp\.?)"
_PLACE = rf"(?-i:[{UPPER}][{LOWER}]*)(?:\s+(?-i:[{UPPER}][{LOWER}]*)){{0,3}}"
PLACE_HEAD = re.compile(rf"^(?:(?P<head>.*?\S)\s+)??(?:các\s+)?(?P<level>{_PLACE_LEVEL})\s+(?P<name>{_PLACE})$", _I)
PLACE_PAIR = re.compile(rf"\s+các\s+{_PLACE_LEVEL}\s*,\s*{_PLACE_LEVEL}\s+(?=(?-i:[{UPPER}]))", _I)
PLACE_NAME = re.compile(rf"^(?:(?P<level>{_PLACE_LEVEL})\s+(?:{_PLACE}|(?-i:[{UPPER}]{{2,4}}))|{_PLACE})$", _I)
PLACE_SPLIT = re.compile(r"\s*,\s*|\s+và\s+")
LIST_LEAD = re.compile(r"^(?:(?:tất\s+cả\s+)?các\s+|[0-9]{1,3}\s+)", _I)
UNIT_NOUN = re.compile(_UNIT_NOUN, _I)
# "các Sở: Kế hoạch và Đầu tư, Tài chính": a plural noun before the names it shares.
# A title before it is the office of each ("Giám đốc các Sở: Lao động - Thương binh và Xã hội, Tài chính").
SHARED_NOUN = re.compile(r"^(?:(?:giám\s+đốc|thủ\s+trưởng|lãnh\s+đạo|trưởng)\s+)?"
                         r"các\s+(?P<noun>Sở|Bộ|Phòng|Ban|Cục|Trung tâm)\s*:\s*(?P<rest>.+)$", _I)
# The colon of a shared noun ("các Sở:") starts the names, not the duty.
SHARED_COLON = re.compile(r"(?:^|\s)các\s+(?:Sở|Bộ|Phòng|Ban|Cục|Trung\s+tâm)\s*$", _I)
# A list's last words that qualify every group in it ("các cơ quan, đơn vị, các ngành có liên quan", "Các sở, ban, ngành,
# …, các đơn vị sự nghiệp và doanh nghiệp nhà nước thuộc tỉnh"): one group, though "các" comes again (:func:`.lists.split_units`).
SHARED_TAIL = re.compile(r"(?:(?:có\s+)?liên\s+quan|thuộc\s+(?:tỉnh|huyện|thành\s+phố|quận|thị\s+xã))$", _I)
# A people's council or committee at a list piece's head ("UBND các xã, thị trấn"): a body of its own, which a tail after
# it ("…, các cơ quan liên quan") does not tie into one group with what follows (:func:`.lists.split_units`).
COUNCIL = re.compile(r"(?:ubnd|hđnd|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân)(?!\w)", _I)
LIST_SPLIT = re.compile(r"\s*;\s*|\s*,\s*|\s+và\s+|\s+cùng\s+")
# "A và các B" names two: A and the group "các B" ("Mặt trận và các đoàn thể huyện", "UB.MTTQVN và các đoàn
# thể huyện"; tests/fixtures/tracking/real/README.md): after "và", "các" + a unit noun starts a new body.
AND_GROUP = re.compile(rf"^(?:tất\s+cả\s+)?các\s+{_UNIT_NOUN}", _I)
# "A và <a body of another kind>" names two though no "các" comes again ("các cơ quan chuyên môn và chính quyền cấp xã",
# "Các bộ, cơ quan trung ương và địa phương", "Sở Y tế các tỉnh … và cơ quan quản lý nhà nước về y tế …", "các cơ quan, đơn
# vị và thôn, xóm"; twentieth session): in lower case, so a name's own "và" ("Sở Lao động - Thương binh và Xã hội") stays;
# not the levels and kinds a group lists ("các xã, phường và thị trấn", "các sở, ban và ngành"), nor before a tail that
# qualifies the whole group ("các cơ quan và đơn vị có liên quan": :func:`.lists.split_units`), nor a bare "đơn vị" at
# the list's end ("Thủ trưởng các sở, ban, ngành và đơn vị"); a bare "địa phương" is a body ("… và địa phương").
AND_BODY = re.compile(r"^(?:(?:cơ\s+quan|đơn\s+vị)(?!\w)(?!\s*$)|(?:địa\s+phương|chính\s+quyền|thôn|ấp|tổ\s+dân\s+phố|"
                      r"khu\s+phố|doanh\s+nghiệp|đoàn\s+thể|lực\s+lượng|trường|trạm|bệnh\s+viện|trung\s+tâm|công\s+an|chi\s+bộ|"
                      # … and the Front's members and the credit institutions ("Mặt trận Tổ quốc các cấp và tổ chức thành viên",
                      # "các đơn vị thuộc Ngân hàng Nhà nước và tổ chức tín dụng"; forty-first session, trk51: heldout10 d16, d35)
                      r"đảng\s+bộ|đảng\s+ủy|cấp\s+ủy|tổ\s+chức\s+(?:thành\s+viên|tín\s+dụng)|"
                      # a body's organs and sections of another kind ("ban thường vụ và ban chấp hành đảng bộ xã …", "Văn phòng Sở và
                      # đội tự vệ cơ quan", "các tổ chức tín dụng và chi nhánh Ngân hàng Nhà nước …"; twenty-ninth session: heldout12
                      # f35, heldout13 p13, heldout14 q52)
                      r"ban\s+(?:chấp\s+hành|thường\s+vụ|thường\s+trực|chỉ\s+đạo|chỉ\s+huy|quản\s+lý)|đội|chi\s+nhánh|văn\s+phòng)(?!\w))")
# "A và tỉnh" ("yêu cầu Đoàn thanh tra và tỉnh cần chủ động phối hợp"): a bare province or district after "và" is the body
# of that level the text speaks of (heldout13 p45, as "đề nghị tỉnh Phú Yên"), unless the piece before is a level too ("UBND
# các huyện, thị xã và thành phố": one group).
AND_LEVEL = re.compile(r"^(?:tỉnh|huyện|thành\s+phố|quận|thị\s+xã)\s*$")
LEVEL_END = re.compile(r"(?:tỉnh|huyện|thành\s+phố|quận|thị\s+xã|xã|phường|thị\s+trấn|trung\s+ương)$", _I)
# "… và các cá nhân, đơn vị có liên quan", "… và các tổ chức, cá nhân có liên quan": the public at large,
# which holds no task (tests/fixtures/tracking/real/README.md); the list ends before it.
# "… và cơ quan, tổ chức, cá nhân có liên quan" is the same public with the bodies' word before it (twenty-eighth session:
# heldout14 q25, as heldout10's annotators left "các cơ quan, tổ chức, cá nhân liên quan" unlabelled).
PUBLIC = re.compile(r"^(?:(?:tất\s+cả\s+)?các\s+)?(?:(?:cơ\s+quan\s*,\s*)?tổ\s+chức\s*,\s*)?cá\s+nhân(?!\w)", _I)
# People, not bodies, in a list of holders: "…, Thủ trưởng các cơ quan, đơn vị thuộc Bộ, cán bộ, công chức, viên chức Bộ Nội
# vụ", "Chánh văn phòng UBND Thành phố, các thành viên Ban Chỉ đạo …, Chủ tịch UBND …", "các thôn, CBCC", "các đơn vị chức
# năng và chủ rừng" (twenty-third session: heldout8 w36, w41; heldout7 g29, g22; heldout3 k19): they are told to carry it
# out as persons, who hold no row; the piece they head is dropped up to the next body (:func:`.lists.split_units`).
# In lower case (or "Nhân dân", "CBCC", as written): a capitalised "Cán bộ" goes on a name ("Cục Nhà giáo và Cán bộ quản lý
# giáo dục").
# A person's trade ends in "viên" ("báo cáo viên", "cộng tác viên", "tuyên truyền viên", "giáo viên"): people too, unless a
# body's noun opens the words ("đơn vị thành viên"); "toàn thể bà con nhân dân" (citations heldout10 x43, heldout14 h14-61).
PEOPLE = re.compile(r"^(?:(?:[tT]ất\s+cả|[tT]oàn\s+thể)\s+)?(?:[cC]ác\s+)?(?:đồng\s+chí\s+)?(?:cán\s+bộ|công\s+chức|viên\s+chức|"
                    r"người\s+lao\s+động|đảng\s+viên|đoàn\s+viên|hội\s+viên|thành\s+viên|CBCC(?:VC)?|[nN]hân\s+dân|người\s+dân|"
                    r"bà\s+con|chủ\s+rừng|hộ\s+gia\s+đình|(?!(?:đơn\s+vị|cơ\s+quan|tổ\s+chức|doanh\s+nghiệp|ban|sở|ngành)\s)"
                    r"(?:[a-zà-ỹđ]+\s+){1,2}viên)(?!\w)")
# A "ngành" in a list is one of a group's kinds ("các Sở, Ban, Ngành tỉnh") unless a name follows ("ngành Văn hóa").
GROUP_KIND = re.compile(r"ngành$|cơ\s+quan$", _I)
# "ngành Trung ương", "ngành Thành phố": the group's level, central or local, no name (heldout4 m05; heldout8 w16's "các Sở,
# ban, ngành Thành phố", the city written with its capital); "các bộ, cơ quan Trung ương" likewise (heldout13 p33)
CENTRAL = re.compile(r"(?:trung\s+ương|tw|thành\s+phố|tỉnh|huyện|quận|thị\s+xã)(?!\w)", _I)
# A name that ends "trực thuộc Trung ương" ("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương, y tế các bộ, ngành"): no
# level goes on past it, so a comma after it starts another body (:func:`.lists.split_units`; thirty-eighth session, heldout22 l36),
# unless a level follows ("các cơ quan đơn vị trực thuộc Trung ương, tỉnh, …": :data:`CENTRAL`).
CENTRAL_END = re.compile(r"trực\s+thuộc\s+(?:trung\s+ương|tw)\s*$", _I)
# A title a hard-wrapped list leaves at a line's end ("Chánh Văn phòng UBND tỉnh, Trưởng⏎Ban Dân tộc, …"): the
# body it heads starts the next line, which is read as its own clause.
DANGLING_TITLE = re.compile(r"\s*,\s*(?:Trưởng|Chủ\s+tịch|Giám\s+đốc|Thủ\s+trưởng|Chánh|Bí\s+thư)$")
# An address after a named commune or district ("Chủ tịch UBND xã Long Toàn, huyện Duyên Hải, tỉnh Trà Vinh"):
# the place of the body before, not a body of its own.
_NAME_END = rf"\s+[{UPPER}]\w*(?:\s+[{UPPER}0-9]\w*)*$"
COMMUNE_END = re.compile(rf"(?<!\w)(?:(?<!thị\s)xã|phường|thị\s+trấn){_NAME_END}")
DISTRICT_END = re.compile(rf"(?<!\w)(?:huyện|quận|thị\s+xã){_NAME_END}")
ABOVE_COMMUNE = re.compile(rf"^(?:huyện|quận|thị\s+xã|thành\s+phố|tỉnh)\s+[{UPPER}]")  # a higher level only:
# "UBND huyện, thành phố Cà Mau": one council named by its levels, the name closing the last.
SHARED_LEVELS = re.compile(r"^(?:chủ\s+tịch\s+)?(?:ubnd|(?:ủy|uỷ)\s+ban\s+nhân\s+dân)(?:\s+các)?\s+(?:huyện|quận|thị\s+xã)$", _I)
LEVEL_NAMED = re.compile(rf"^(?:thành\s+phố|thị\s+xã|quận)\s+[{UPPER}]")
ABOVE_DISTRICT = re.compile(rf"^tỉnh\s+[{UPPER}]")  # "UBND thị xã Phú Mỹ, thành phố Bà Rịa" are two bodies
# One office serving two bodies ("Văn phòng HĐND và UBND tỉnh", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"): its "và" joins no list.
JOINT_OFFICE = re.compile(r"^(?:chánh\s+)?văn\s+phòng\s+(?:hđnd|ubnd|hội\s+đồng\s+nhân\s+dân|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|"
                          r"đoàn\s+(?:đbqh|đại\s+biểu\s+quốc\s+hội))$", _I)

# Where a unit's name ends and its duty begins: a duty verb (lower case: "Ban Tổ chức" is a name, "tổ
# chức" a duty), a modal, a time adverbial, or ":". Verbs that also end body names ("Ủy ban kiểm tra",
# "Ban chỉ đạo", "Ban quản lý") do not end a name right after "ban".
# What a body is told to send on or print out ("chuyển kết quả …", "xuất danh sách …"): "chuyển" and "xuất" end a name
# only before one (a "Trung tâm chuyển đổi số", "cơ sở sản xuất" name keeps them).
_PAPERS = (r"\s+(?:kết\s+quả|hồ\s+sơ|báo\s+cáo|văn\s+bản|số\s+liệu|dữ\s+liệu|danh\s+sách|tài\s+liệu|biểu\s+mẫu|"
           r"giấy|bằng|chứng\s+chỉ|đề\s+nghị|ý\s+kiến|về|cho|đến|tới|ngay)(?!\w)")
DUTY = compiled(
    r"(?<!\w)(?:chủ\s+trì|phối\s+hợp|tham\s+mưu|triển\s+khai|thực\s+hiện|báo\s+cáo|theo\s+dõi|hướng\s+dẫn|"
    r"(?<![qQ]uan,\s)tổ\s+chức(?!\s+(?:[đĐ]ảng|cơ\s+sở|chính\s+trị|đoàn\s+thể|xã\s+hội|hội(?!\s+(?:nghị|thảo|thi|diễn|họp))|thành\s+viên|kinh\s+tế|tín\s+dụng)|\s*,\s*(?:cơ\s+quan|đơn\s+vị)(?!\w))|"
    r"khẩn\s+trương|tiếp\s+tục|(?<![vV]iện\s)(?<![cC]hức\s)nghiên\s+cứu|chuẩn\s+bị|hoàn\s+thành|hoàn\s+thiện|chỉnh\s+sửa|hoàn\s+chỉnh|tiếp\s+nhận|rà\s+soát|"
    r"đôn\s+đốc|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|căn\s+cứ|bổ\s+sung|phân\s+bổ|cập\s+nhật|đăng\s+tải|"
    r"tăng\s+cường|đẩy\s+mạnh|đẩy\s+nhanh|quán\s+triệt|tuyên\s+truyền|(?<!đầu\stư\s)xây\s+dựng|kiểm\s+tra|chỉ\s+đạo|(?<![đĐ]ộc\s)(?<![cC]ông\s)lập|gửi|nộp|tập\s+trung|"
    r"quản\s+lý|bố\s+trí|phát\s+động|(?<![cC]uộc\s)vận\s+động|cho\s+ý\s+kiến|tham\s+gia|giám\s+sát|thẩm\s+định|(?<![cC]hương\s)(?<![qQ]uy\s)(?<![lL]ộ\s)(?<![tT]ờ\s)(?<![cC]ông\s)trình|ban\s+hành|có(?!\s+(?:trách\s+nhiệm|liên\s+quan(?!\s+(?:đến|tới|với))))|"
    r"sắp\s+xếp|củng\s+cố|là\s+cơ\s+quan|thường\s+xuyên|kịp\s+thời|sớm|nghiêm\s+túc|sẽ|cần(?!\s+thiết)|phải|lưu\s+ý|tiến\s+hành|"
    r"đề\s+xuất|tổng\s+hợp|giải\s+quyết|(?<![cC]ác\s)(?<![tT]rung\s)cấp(?!\s+(?:ủy|uỷ|xã|huyện|tỉnh|trên|dưới|cơ\s+sở|trung\s+ương|thôn))|treo|lựa\s+chọn|chọn|quan\s+tâm|thông\s+báo|đảm\s+bảo|bảo\s+đảm|hỗ\s+trợ|"
    r"xác\s+định|đánh\s+giá|thống\s+kê|nâng\s+cao|duy\s+trì|khắc\s+phục|đồng\s+loạt|tùy|đôn\s+đốc|thực\s+thi|"
    r"nắm|tiếp\s+thu|cung\s+cấp|hằng\s+(?:năm|quý|tháng|tuần)|hàng\s+(?:năm|quý|tháng|tuần)|định\s+kỳ|trực\s+tiếp|chỉ(?!\s+(?:thị|tiêu|số|định|rõ|huy))|ngay|phổ\s+biến|học\s+tập|truyền\s+đạt|"
    r"trước\s+ngày|chậm\s+nhất|theo\s+chức\s+năng|khảo\s+sát|chấn\s+chỉnh|bám\s+(?:sát|vào|theo)|hoàn\s+tất|thành\s+lập|chủ\s+động|đăng\s+ký|"
    r"đăng|làm|tạm\s+dừng|dừng|nhằm|xin|kiện\s+toàn|quyết\s+liệt|lãnh\s+đạo(?=\s*,\s*chỉ\s+đạo)|bằng(?=\s+(?:(?:nhiều|các|mọi)\s+)?hình\s+thức|\s+văn\s+bản)|tích\s+cực|giúp(?!\s+việc)|(?<![bB]ầu\s)(?<![ứỨ]ng\s)cử(?!\s+tri)|"
    r"nhanh\s+chóng|kiên\s+quyết|gấp\s+rút|phát\s+huy|chú\s+trọng|coi\s+trọng|chú\s+ý|ưu\s+tiên|nỗ\s+lực|phấn\s+đấu|"  # manner, effort
    r"lên\s+(?:kịch\s+bản|phương\s+án|kế\s+hoạch)|thăm\s+hỏi|công\s+bố|xét(?=\s+(?:và|tuyển|duyệt|chọn|công\s+nhận))|"  # drawing up, visiting ("các bệnh viện lên kịch bản …",
    # "Sở … cùng Sở … thăm hỏi …": heldout10 d14, heldout12 f14, heldout8 w16)
    rf"(?<![vV]ận\s)(?<![lL]uân\s)chuyển(?={_PAPERS})|(?<![sS]ản\s)(?<![nN]hập\s)xuất(?={_PAPERS})|"  # moving a paper on
    r"đã|đang|vừa|chưa|vẫn|dự\s+kiến|được|bị)(?!\w)"
)
NAME_VERBS = re.compile(r"^(?:kiểm\s+tra|chỉ\s+đạo|quản\s+lý|giám\s+sát|thẩm\s+định|tổ\s+chức|tuyên\s+truyền|tham\s+mưu)$",
                        _I)  # "các ban tham mưu của Tỉnh ủy": a kind of board
BAN_BEFORE = re.compile(r"(?:^|\s)(?:ủy\s+ban|ban)\s*$", _I)
# "cơ quan quản lý (nhà nước …)" is a body's name too, as "Ban quản lý" is ("Sở Y tế … và cơ quan quản lý nhà nước về y tế của
# các Bộ, ngành chủ trì …", heldout4 m12; import heldout13 c09): "quản lý" only, the other words start duties after "cơ quan"
# ("Các cơ quan tổ chức thực hiện …", "… kiểm tra …"). "đơn vị quản lý …" too ("các đơn vị quản lý công trình thủy lợi, các địa
# phương …", heldout4 m02; citations heldout9 v18), where "công trình" (works) is never "trình" (submit) (second round).
BODY_BEFORE = re.compile(r"(?:^|\s)(?:cơ\s+quan|đơn\s+vị)\s*$", _I)
# Sections that state aims and requirements, not assignments ("I. MỤC ĐÍCH, YÊU CẦU").
AIMS = re.compile(r"^(?:PHẦN\s+)?[IVXL]{1,6}[.)]\s+(?:mục\s+đích|yêu\s+cầu|mục\s+tiêu|quan\s+điểm|tình\s+hình|kết\s+quả|đánh\s+giá)", _I)
# The closing formula ("Trên đây là Kế hoạch …, đề nghị các địa phương, cơ quan, đơn vị triển khai …")
# restates the assignments above in general; it adds no row.
CLOSING = re.compile(r"^(?:\*\*)?trên\s+đây\s+là", _I)
# After a unit, these make the sentence a report or a plan of its own, not a duty laid on it.
# "xin" is the writer speaking ("Ban quản trị website xin đăng toàn văn …", "UBND xã xin thông báo …").
NARRATIVE = re.compile(r"^(?:đã|đang|vừa|chưa|vẫn|dự\s+kiến|được|bị|xin|có(?!\s+(?:trách\s+nhiệm|nhiệm\s+vụ))|đánh\s+giá\s+cao|phát\s+biểu|"
                       r"nhấn\s+mạnh|cho\s+biết|khẳng\s+định|ghi\s+nhận|biểu\s+dương)(?!\w)", _I)
# A duty that directs other bodies ("chỉ đạo, hướng dẫn các xã …"): the bodies after it hold the task too, also after a
# duty's or a continuation's lead ("có trách nhiệm chỉ đạo UBND các xã …", "tiếp tục chỉ đạo UBND các phường …": heldout6 s06,
# s30; twenty-second session).
# … after a modal, and with "ngay" after it ("Bộ Tài chính cần chỉ đạo lực lượng hải quan …", "yêu cầu UBND quận phải chỉ đạo
# các phường …", "yêu cầu Bộ Công Thương chỉ đạo ngay các thương nhân đầu mối …": twenty-eighth session, heldout8 w16,
# heldout13 p19, heldout14 q06, q49).
# … and after an adverb of manner ("Sở NNPTNT khẩn trương chỉ đạo các cơ quan, đơn vị quản lý các hồ chứa nước bố trí …",
# "yêu cầu Bộ trưởng Công an quyết liệt chỉ đạo công an các địa phương …": thirty-seventh session, heldout17 j02, heldout19 x34).
DIRECTS = re.compile(rf"^(?:{_OBLIGED}\s+|tiếp\s+tục\s+)?(?:(?:quyết\s+liệt|tập\s+trung|khẩn\s+trương|thường\s+xuyên|kịp\s+thời|sâu\s+sát)\s+)?chỉ\s+đạo"
                     r"(?:\s*,\s*(?:hướng\s+dẫn|đôn\s+đốc))*(?:\s+ngay)?\s+(?=\S)", _I)
# The directing-verb ruling (trklab51, forty-first session; tests/fixtures/tracking/real/README.md): a body told through
# another verb of directing, alone or in a run ("hướng dẫn, đôn đốc UBND các xã triển khai …", "lãnh đạo, chỉ đạo đơn vị,
# địa phương triển khai …", "hướng dẫn, kiểm tra, đôn đốc …"), holds the duty only when a verb of its own follows it
# (:func:`.clauses.directed`; not "đôn đốc B trong công tác …", "hướng dẫn B về …", "… B để …").
_STEERS = r"(?:chỉ\s+đạo|hướng\s+dẫn|đôn\s+đốc|lãnh\s+đạo|kiểm\s+tra|giám\s+sát|theo\s+dõi|nhắc\s+nhở)"
DIRECTS_ANY = re.compile(rf"^(?:{_OBLIGED}\s+|tiếp\s+tục\s+)?(?:(?:quyết\s+liệt|tập\s+trung|khẩn\s+trương|thường\s+xuyên|kịp\s+thời|sâu\s+sát)"
                         rf"\s+)?(?=[^,;.]{{0,40}}?(?:chỉ\s+đạo|hướng\s+dẫn|đôn\s+đốc)){_STEERS}(?:\s*,\s*{_STEERS}|\s+và\s+{_STEERS})*"
                         r"(?:\s+ngay)?\s+(?=\S)", _I)
# What a directed body's name cannot hold: a topic ("các Ban Chỉ huy các vấn đề cấp bách", heldout24 i08).
TOPIC = re.compile(r"(?<!\w)(?:vấn\s+đề|nội\s+dung|công\s+tác|việc|trên\s+cơ\s+sở)(?!\w)", _I)
# "… và tổ chức (có) liên quan" closes a list of bodies; DUTY reads its "tổ chức" as the verb (heldout8 w20).
AND_RELATED = re.compile(r"^tổ\s+chức\s+(?:có\s+)?liên\s+quan(?!\w)", _I)
# A holder who leads, then the bodies told to cooperate ("Sở Y tế chủ trì, Sở Tài chính, Bảo hiểm xã hội tỉnh phối hợp …"):
# :func:`.clauses.directed` reads them; "chủ trì, phối hợp với B" names partners, no holders (no unit after the comma).
CHAIRS = re.compile(r"^chủ\s+trì\s*[,;]\s*(?=\S)", _I)
COOPERATES = re.compile(r"^(?:cùng\s+)?phối\s+hợp(?!\s+với)(?!\w)", _I)
# "được giao (nhiệm vụ) …" after a unit is the passive of an assignment: what follows is its duty.
# … and "được yêu cầu / được đề nghị …" ("UBND các xã, phường ở Hà Nội được yêu cầu chủ động thực hiện …", "các cơ quan, đơn vị, …
# được đề nghị treo cờ …", "Các Ban Quản lý … được yêu cầu khẩn trương …": twenty-eighth session, heldout8 w19, heldout12 f34,
# heldout14 q38), not a nomination ("hai trường được đề nghị khen thưởng").
PASSIVE_DUTY = re.compile(r"^được\s+(?:giao(?:\s+(?:nhiệm\s+vụ|trách\s+nhiệm|làm))?|(?:yêu\s+cầu|đề\s+nghị)"
                          r"(?!\s+(?:khen|tặng|xét|công\s+nhận|truy\s+tặng)))\s*:?\s+(?=\w)", _I)
# A numbered item that only gives the time of the items before it ("Thời gian hoàn thành: …").
TIME_ITEM = re.compile(r"^(?:thời\s+gian|thời\s+hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện|báo\s+cáo))?\s*:", _I)
# A generic noun alone ("Cơ quan ban hành: …") names no body; "về việc" inside a name means the sentence ran on.
BARE_NOUN = compiled(r"(?:cơ\s+quan|đơn\s+vị|địa\s+phương|ngành|ban|phòng|sở|bộ|cục|hội|đoàn|trường|trạm|đài|trung\s+tâm|"
                     r"lực\s+lượng|doanh\s+nghiệp|tổ\s+chức)", _I)
RAN_ON = re.compile(r"\svề\s+việc(?!\w)|\sdo\s+(?:đồng\s+chí|ông|bà)\s|-{3,}|\sSố$|cộng\s+hòa\s+xã\s+hội|ngày\s+[0-9]", _I)
# An actor phrase ending so ("Ban Thường vụ Huyện ủy dự kiến: …") is the writer's own plan.
NARRATIVE_END = re.compile(r"(?<!\w)(?:đã|đang|vừa|dự\s+kiến|được)\s*$", _I)
# A means after a unit ("… chỉ đạo các Đội Quản lý thị trường thông qua công tác quản lý địa bàn tiến hành …"): the name ends.
THROUGH = re.compile(r"\s+thông\s+qua\s", _I)
ASSIGNS_AT_END = re.compile(r"(?<!\w)(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|giao)\s*$", _I)  # "UBND tỉnh yêu cầu" before ":"
DATELINE = re.compile(r"[0-9:/|,.\s()+–-]*(?:GMT[0-9\s:+()-]*)?")  # a news page's time: "00:01 | 10/05/2019", "12/6/2018, 16:11 (GMT+7)"
BLANK_AFTER = re.compile(r"[ \t|]*\r?\n[ \t|]*\r?\n\s*")  # the end of a line, then a blank one (a headline's)
# A body that directs, then says what ("Huyện ủy Phú Ninh chỉ đạo, đại hội chi bộ … hoàn thành …"): it is the
# writer giving the orders, not a holder of them. (Without the comma, "UBND các huyện chỉ đạo các xã …" is a duty.)
ANNOUNCES = re.compile(r"^(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|lưu\s+ý|nhấn\s+mạnh)\s*[,:]", _I)
# Units that only announce a list ("Các cơ quan, đơn vị sau đây chịu trách nhiệm …:").
LEAD_IN = re.compile(r"(?:sau\s+đây|dưới\s+đây|như\s+sau|sau)\s*:?\s*$", _I)
# … and a duty that only announces what follows ("… như sau:"); a bare "sau" ends real duties ("… tháng sau").
LEAD_IN_DUTY = re.compile(r"(?:sau\s+đây|dưới\s+đây|như\s+sau)\s*:?\s*$|(?<!\w)sau\s*:\s*$", _I)
# A clause that says its dates recur ("hằng năm", "định kỳ 6 tháng"): a date there without a year recurs.
RECURS = re.compile(r"(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng)|định\s+kỳ|báo\s+cáo\s+(?:0?6|sáu)\s+tháng")  # lower-cased
YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
# An apposition after a name ("Sở Kế hoạch và Đầu tư - cơ quan thường trực …", "Trung tâm Y tế huyện (Cơ
# quan Thường trực Ban Chỉ đạo …)") and a "(qua …)" note.
APPOSITION = re.compile(
    r"\s+-\s+(?=(?:cơ\s*quan|đơn\s*vị|là|thường\s+trực)(?!\w))|\s*\((?:qua|thông\s+qua)\b[^)]*\)?|\s*\([^)]*$|"
    r"\s*\((?=(?i:cơ\s*quan|đơn\s*vị|là|thường\s+trực)(?!\w))")
# An abbreviation glossed after a name ("các tổ chức tín dụng (TCTD)", "Bộ Giao thông vận tải (GTVT)"): the name is before it.
# … and a name for the level glossed after a group's ("Ủy ban nhân dân các huyện, thị xã, thành phố (UBND cấp huyện)", "Ủy ban
# nhân dân các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi chung là cấp tỉnh)"; twenty-ninth session: heldout11 e44,
# heldout12 f05): the group is named before it.
GLOSS_END = re.compile(r"\s*\((?:[A-ZĐ][A-ZĐ0-9&./-]{1,11}|sau\s+đây\s+gọi[^()]{1,60}|(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân)\s+cấp\s+"
                       r"(?:tỉnh|huyện|xã))\)$")
