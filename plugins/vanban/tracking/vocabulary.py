"""Words that make a phrase look like an order or a body when it is neither (nineteenth session, precision first: a wrong
row on a document's "Tình hình triển khai" tells an official that a body is late for work it was never given). The word
lists are spliced into :mod:`.patterns`; the patterns here are read by :mod:`.clauses`. Each kind is pinned by
tests/test_tracking_kinds19.py on both sentence readers."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# "giao ban" is a briefing meeting ("Hội nghị giao ban Bí thư các chi bộ", "tiến hành giao ban với lãnh đạo …", "buổi giao
# ban tháng 3"): "giao" there hands no work. Before it (no order):
BRIEFING_BEFORE = r"(?<!hội\snghị\s)(?<!buổi\s)(?<!họp\s)(?<!cuộc\s)"
# … and after "giao ban" ("Giao ban thường vụ các huyện ủy …" and "giao Ban Quản lý dự án …" stay orders).
BRIEFING_AFTER = (r"(?!\s+ban\s+(?:với|định\s+kỳ|tháng|quý|tuần|trực\s+tuyến|thường\s+kỳ|khối|cụm|mở\s+rộng|giữa|lần|"
                  r"công\s+tác)(?!\w))(?!\s+(?-i:ban\s+Bí)\s)")  # "giao ban Bí thư các chi bộ" ("giao Ban Bí thư" is an order)
# … nor does "giao" in a word of its own: "Sở Giao thông vận tải", "Cảnh sát giao thông" (transport; "giao Thông tấn xã"
# is an order), "giao lưu", "giao dịch", "giao tiếp", "giao thương", "giao lộ", "giao hữu", "giao thừa" (twenty-second
# session, second round: heldout6, heldout7 g40; every "yêu cầu Sở Giao thông vận tải …" was read as "giao thông vận tải …").
NOT_HANDING = r"(?!\s+thông(?!\s+tấn)(?!\w))(?!\s+(?:lưu|dịch|tiếp|thương|lộ|hữu|thừa)(?!\w))"

# "phòng" is also the verb "prevent" ("phòng bệnh", "phòng trừ sâu bệnh", "phòng cháy"): no office ("Phòng Y tế" is one).
NOT_AN_OFFICE = r"chống|trừ|ngừa|tránh|cháy|dịch|bệnh|vệ|thủ|họp"
# "bản" is a hamlet ("các thôn, bản") and the noun of a written thing ("Bản đồ", "Bản vẽ", "bản sao", "bản cam kết"),
# which is no body.
NOT_A_HAMLET = (r"đồ|sao|chính|án|thảo|vẽ|cam\s+kết|kế\s+hoạch|báo\s+cáo|đăng\s+ký|khai|thân|chất|lĩnh|quyền|sắc|địa|"
                r"dự\s+thảo|thuyết\s+minh|kiểm\s+điểm|hợp\s+đồng|ghi\s+nhớ|đề\s+án")

# "chi" is a party cell ("các chi, đảng bộ") and the verb "spend" or "detail" ("Chi tiết văn bản xem tại đây", "Chi đầu
# tư", "chi trả"): no body.
NOT_A_CELL = r"tiết|phí|trả|tiêu|đầu\s+tư|thường\s+xuyên|ngân\s+sách|hỗ\s+trợ|cho"
# "Bộ" is a ministry and "a set of" ("Bộ Tiêu chí quốc gia về xã nông thôn mới", "bộ hồ sơ", "bộ câu hỏi").
NOT_A_MINISTRY = r"tiêu\s+chí|hồ\s+sơ|câu\s+hỏi|công\s+cụ|tài\s+liệu|sách|quy\s+tắc|chỉ\s+số|dữ\s+liệu|đề|mã"

# Advice is not direction: "A tham mưu (cho) UBND tỉnh chỉ đạo B …" gives B nothing (searched before "chỉ đạo", no comma
# between but the pair's own "lãnh đạo, chỉ đạo": "Tham mưu cấp có thẩm quyền lãnh đạo, chỉ đạo lực lượng Công an",
# heldout8 w33; tests/fixtures/tracking/real/README.md's rule).
ADVICE = re.compile(r"(?<!\w)tham\s+mưu\s[^,;:]*(?:lãnh\s+đạo\s*,\s*)?$", _I)

# The heads of whatever body, no body named ("Thủ trưởng cơ quan, đơn vị chịu trách nhiệm …", "Bí thư cấp ủy, người đứng
# đầu cơ quan, đơn vị trực tiếp truyền đạt …"): persons answering in person, no body's task ("Thủ trưởng các cơ quan …",
# "Thủ trưởng cơ quan ngang bộ" name bodies).
_HEAD_OF = r"(?:thủ\s+trưởng|bí\s+thư|người\s+đứng\s+đầu|giám\s+đốc|chủ\s+tịch|lãnh\s+đạo)\s+"
_ANY_BODY = r"(?:cấp\s+ủy|cơ\s+quan|đơn\s+vị|địa\s+phương|tổ\s+chức|ngành|cơ\s+sở|chính\s+quyền)"
HEADS_OF_ANY = re.compile(rf"{_HEAD_OF}{_ANY_BODY}(?:\s*(?:,|và)\s*(?:{_HEAD_OF})?{_ANY_BODY})*", _I)
# Manpower, not a body: "phân công lực lượng, chia thành nhiều ca kíp …", "phân công lực lượng cán bộ xã về tại các thôn …"
# (the people a body deploys; twenty-second session: heldout5 r37, citations heldout14 h14-07). "lực lượng vũ trang",
# "lực lượng chức năng", "các lực lượng chuyên môn …" name bodies.
MANPOWER = re.compile(r"(?:các\s+)?lực\s+lượng(?:\s*,|\s+cán\s+bộ)", _I)

# A portal's page chrome around the text it shows: "Nơi ban hành: Tỉnh Phú Yên Người ký: …", "Người đăng tin: Văn phòng
# Ngày đăng tin: 19/06/2017 Lượt xem: 28". A clause holding one of these labels is the page's, not the document's
# (searched on the lower-cased clause).
CHROME = re.compile(r"(?<!\w)(?:người\s+ký|nơi\s+ban\s+hành|cơ\s+quan\s+ban\s+hành|số\s+hiệu|loại\s+văn\s+bản|"
                    r"ngày\s+ban\s+hành|ngày\s+hiệu\s+lực|người\s+đăng(?:\s+tin)?|ngày\s+đăng(?:\s+tin)?|lượt\s+xem)\s*:")

# A picture's caption on a news page: "Chủ tịch UBND TP.HCM chỉ đạo công an TP kiểm tra … . Ảnh: NGUYỄN YÊN" (the credit
# ends its line), "(Ảnh: M.Dung)", or "Chú thích ảnh: Lực lượng chức năng kiểm tra …" (to the line's end). It tells what
# the picture shows, the writer's doing or a scene; it lays no duty (twenty-third session: heldout8 w23, w28; citations
# tuning t46, heldout6 m04, heldout17 h17-50). Searched on a block's text as written (:func:`.layout.captions`).
CREDIT = re.compile(r"(?<!\w)\(?\s*Ảnh(?:\s+(?:minh\s+họa|minh\s+hoạ|tư\s+liệu))?\s*:\s*[^\n:;]{1,50}?\)?[ \t]*(?=\n|$)"
                    r"|(?<!\w)[Cc]hú\s+thích\s+ảnh\s*:[^\n]*")

# A word a line cut by a hard wrap ends with: the phrase goes on in the next block ("… ngày 14/10/2021 của", "… đề nghị"), no
# title ends so (:func:`.layout.closed`).
GOES_ON = re.compile(r"(?<!\w)(?:của|và|với|về|cho|tại|theo|các|những|để|là|ngày|số|trong|đến|từ|hoặc|hay|thì|mà|được|bị|do|"
                     r"bởi|trên|dưới|giao|đề\s+nghị|yêu\s+cầu)\s*$", _I)
# A page's time on a line of its own ("15/07/2024", "Thứ bảy, 25/03/2023", "26/07/2021 4:42:34 CH"): the title under it
# is the news's, its subject the writer (:func:`.layout.closed` does not end a sentence there).
PAGE_TIME = re.compile(r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|ngày|cập\s+nhật|ch|sa|am|pm|gmt)(?!\w)"
                       r"|[0-9:/|,.\s()+–-])*", _I)
# A lead whose first clause orders or issues ("Tổng cục Quản lý thị trường chỉ đạo cục …", "Chủ tịch UBND tỉnh … chỉ đạo các
# địa phương …", "UBND phường … ban hành kế hoạch …"; not "… được yêu cầu"): under a title, the body it names writes the text
# (the sets' rule for "A chỉ đạo, …"), no holder (:func:`.layout.closed`).
ORDERS_FIRST = re.compile(r"[^,;:.]{1,120}?(?<!được)\s(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|ban\s+hành)\s", _I)

# A person addressed by an honorific before a title ("ông (bà) Hiệu trưởng", "ông/bà", "đồng chí"): whom an order names.
HONORIFIC = re.compile(r"(?:ông|bà|đồng\s+chí)(?!\w)", _I)

# What a body does itself, said of it in a report (never an order laid on it): "Bộ Chính trị nhấn mạnh, …", "Đảng ủy
# phường cho biết việc …", "Công điện gửi A; B … nêu rõ: …" (citations heldout10 x24), "Tỉnh ủy thống nhất hạn chế …", "Hội đồng nhân dân họp chuyên đề …", "Trung tâm … ký Kế hoạch
# liên tịch", "UBND xã trân trọng thông báo …". Searched in a unit phrase (lower case: "Quyết định", "Ban Thư ký" are names),
# cheaper than a longer :data:`.patterns.DUTY`: at a clause's start the phrase reports the body's own doing, no duty; after
# "giao/đề nghị A" the word starts A's duty ("giao UBND tỉnh quyết định …", :func:`.clauses.units_at`).
OWN_ACTS = (r"cho\s+biết|nhấn\s+mạnh|nêu\s+rõ|khẳng\s+định|ghi\s+nhận|biểu\s+dương|phát\s+biểu|đề\s+ra|thống\s+nhất|"
            r"trân\s+trọng|(?:chân\s+thành\s+)?cảm\s+ơn|biểu\s+quyết|quyết\s+nghị|quyết\s+định|(?<!thư\s)ký(?:\s+kết)?|"
            r"xem\s+xét|phê\s+duyệt|(?<!kỳ\s)(?<!cuộc\s)(?<!phiên\s)(?<!buổi\s)họp|hướng\s+tới")
OWN_ACT_IN = re.compile(rf"(?<!\w)(?:{OWN_ACTS})(?!\w)")
# A body's working session with another, reported ("Ban Tuyên giáo Tỉnh ủy làm việc với Huyện ủy Phú Bình", "Đảng ủy xã …
# làm việc với Ủy ban MTTQ Việt Nam xã …"): "làm việc" is a duty word (:data:`.patterns.DUTY`), so this is asked where the
# duty starts; at a clause's start it is the body's own doing, after "giao/đề nghị A" A's duty (twentieth session).
MEETS = re.compile(r"làm\s+việc\s+với(?!\w)")

# One body issuing a document it names with a capital ("UBND tỉnh ban hành Quyết định Kiện toàn Ban Chỉ đạo …", "UBND thành
# phố Hà Nội ban hành Thông báo số 681/TB-UBND …"): the news of its act, asked where a clause's duty starts (twenty-first
# session, heldout5 r15); lower case ("ban hành kế hoạch triển khai") and a group's ("UBND các xã ban hành Kế hoạch …") are duties.
ISSUES = re.compile(r"ban\s+hành\s+(?:Quyết\s+định|Kế\s+hoạch|Thông\s+báo|Chỉ\s+thị|Công\s+văn|Hướng\s+dẫn|Nghị\s+quyết|"
                    r"Chương\s+trình|Văn\s+bản|Thông\s+tư|Nghị\s+định)(?!\w)")
GROUP = re.compile(r"(?<!\w)(?:các|những|tất\s+cả)\s", _I)  # a group of bodies ("UBND các xã"), not one
# One body telling the addressees of its letter ("Văn phòng Chính phủ thông báo để Bộ Nông nghiệp và Phát triển nông thôn
# biết, thực hiện./.", "… thông báo để đồng chí Chủ tịch UBND tỉnh biết"): the closing formula of the writer, asked where a
# clause's duty starts as ISSUES is (twenty-second session: heldout6 s09, s10; citations heldout10 x47, x49); a group's
# ("UBND các xã thông báo để nhân dân biết") is their duty.
NOTIFIES = re.compile(r"thông\s+báo\s+(?:để|cho|tới|đến)\s[^.;]{1,200}?(?<!\w)biết(?!\w)", _I)

# A letter sent to bodies ("Bộ Y tế vừa có văn bản gửi A; B; C đề nghị tăng cường …", "UBND tỉnh có văn bản gửi Sở Tài nguyên -
# Môi trường yêu cầu khẩn trương …", "công văn hoả tốc gửi …"): its addressees are the ones the verb after them asks, when no
# unit follows that verb (:func:`.clauses.addressed`; twenty-first session, heldout5 r12, heldout4 m26).
_SENT_TO = (r"(?:văn\s+bản|công\s+văn|công\s+điện|thông\s+báo|hướng\s+dẫn)(?:\s+(?:số\s+)?[^\s,;]*[0-9][^\s,;]*)?{dated}"
            r"(?:\s+(?:hỏa|hoả)\s+tốc)?\s+gửi\s+(?:đến\s+|tới\s+)?")
SENT_TO = re.compile(_SENT_TO.format(dated=""), _I)
# … also with the letter's date after its number ("văn bản số 1806/SKHCN-CĐS ngày 14/08/2025 gửi các đơn vị: …", heldout23 o25),
# read for addressees that go on past a colon or ";" (:func:`.letters.kind_colon`, :func:`.letters.sent_list`). Not by
# :func:`.letters.sent_to`, whose rows a later order naming the same units does not take over (heldout21 a40: "Văn bản số
# 1086/UBND-KTGS1 ngày 23/2/2021 gửi UBND các quận, huyện yêu cầu báo cáo hàng ngày …", then "yêu cầu UBND các quận, huyện
# chỉ đạo …", labelled undated), nor by :func:`.letters.about` (a body's letter up to a ministry "về việc thực hiện nạo vét
# …", the sender's own proposal: import tuning3 v08).
SENT_DATED = re.compile(_SENT_TO.format(dated=r"(?:\s+ngày\s+[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})?"), _I)

# A letter's subject that is the sender's own answer to its addressees, no duty of theirs: "Công văn số 2100/BVHTTDL-DSVH gửi
# UBND thành phố Hà Nội về việc thẩm định Báo cáo kinh tế kỹ thuật …" (the ministry's appraisal of what the city submitted),
# "… về việc góp ý / cho ý kiến / trả lời / chấp thuận / phê duyệt …" (thirty-eighth session, citations heldout30 h30-07).
_ANSWERS = (r"thẩm\s+định|góp\s+ý|cho\s+ý\s+kiến|trả\s+lời|phúc\s+đáp|giải\s+đáp|chấp\s+thuận|th(?:ỏa|oả)\s+thuận|"
            r"phê\s+duyệt|công\s+bố|ban\s+hành")

# What a letter sent to bodies is about, right after its addressees ("Công điện số 991/CĐ-TTg gửi A, B về việc tăng cường …",
# "văn bản gửi UBND các tỉnh về việc rà soát …", "công văn gửi các bộ, … về báo cáo tình hình …"): when it is a duty (a verb of
# doing, or "việc"/"công tác" before one) the addressees hold it, the letter being the order (the coordinator's addressee rule,
# thirty-seventh session, tracking README); information or thanks is no duty ("về việc giữ nguyên lịch thi", "thông báo …",
# "cảm ơn", "chúc mừng", "mời dự", "để biểu dương": none is read as one here); a letter that directs says so first ("… gửi A, B
# chỉ đạo về công tác quản lý …", heldout19 x18). :func:`.clauses.about` reads it.
SENT_ABOUT = re.compile(r"\s+(?:chỉ\s+đạo\s+)?(?:về\s+việc|v/v|về)\s+(?:(?:việc|công\s+tác)\s+)?(?!thông\s+báo|cảm\s+ơn|chúc\s+mừng|mời|"
                        r"biểu\s+dương|cung\s+cấp\s+thông\s+tin\s+cho|giữ\s+nguyên|" + _ANSWERS + r")(?=\S)", _I)

HOLDER_TITLE = re.compile(r"(?<!\w)trưởng(?!\w)", re.IGNORECASE)  # a head of an office or a village (:func:`.clauses._names`)
ANY_BODIES = re.compile(r"(?:tất\s+cả\s+)?các\s+(?:đơn\s+vị|cơ\s+quan|địa\s+phương)", _I)  # no body named: "các đơn vị"

# A written order just before "chỉ đạo" ("UBND tỉnh đã có công văn chỉ đạo Trung tâm Khuyến nông …"): the document gives the
# order, so the bodies after it hold a task even when the sentence reports that it was sent (:func:`.clauses.assigned`).
BY_DOCUMENT = re.compile(r"(?:công\s+văn|văn\s+bản|công\s+điện|chỉ\s+thị|kế\s+hoạch|quyết\s+định|thông\s+báo|hướng\s+dẫn)"
                         r"(?:\s+số\s+\S+)?\s*$", _I)

# A page's line under a headline, in place of the blank line or the time (:func:`.headlines.headline`): "Lượt xem: 911",
# "Ngày đăng 22/10/2015 | 02:17 | Lượt xem: 2840", "( Cập nhật lúc:", "[xem tiếp...]".
# … and what follows the page's time on that line: its buttons and counters ("08:41 | 31/01/2020 Print E-mail", "10/11/2019
# 19:54 Số lượt xem: 2470").
PAGE_TAIL = re.compile(r"(?:\s*(?:print|e-?mail|in\s+bài|gửi\s+bài|bản\s+in|(?:số\s+)?lượt\s+(?:xem|đọc)\s*:?\s*[0-9.,]*))+\s*", _I)
PAGE_LINE = re.compile(r"[\s(\[]*(?:lượt\s+xem|ngày\s+đăng|cập\s+nhật(?:\s+lúc)?|xem\s+tiếp)", _I)

# A name that runs on into a clause's function words names no body: "Đơn vị, địa phương nào thiếu …" (whichever),
# "Đảng bộ xã Bình Trung để …", "cấp huyện, khi …", "Đảng bộ xã Vĩnh Tường theo kế hoạch", "Ban gồm 14 người, …" (a
# board's make-up), "MTTQ phường cũng nỗ lực …", "Hội đồng nhân dân các cấp cũng …" (a report of what it does too), "… và địa phương là 708.252,4 tỷ đồng" (an amount allotted: "giao cho A là …"). Lower case only: "Ban Theo dõi …" is a name. A letterhead or a title in capitals run into the name
# ("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA …", "Chánh Văn phòng Sở QUYẾT ĐỊNH", "TRƯỜNG THCS … KẾ HOẠCH …") neither.
# A phrase ending in "về" neither: what a letter is about after its addressees ("… có công văn gửi …; UBND các tỉnh, thành phố
# trực thuộc Trung ương về báo cáo tình hình …", heldout4 m42; import heldout13 c18), or a name cut inside ("Ban Chỉ đạo quốc
# gia về | xây dựng …", citations heldout10 x23; twenty-second session).
RUNS_ON = re.compile(r"\s(?:nào|để|khi|thì|mà|theo|gồm|cũng)(?!\w)|\slà\s+[0-9]|\svề$|(?<!\w)(?:CỘNG\s+H(?:ÒA|OÀ)|QUYẾT\s+ĐỊNH|KẾ\s+HOẠCH|"
                     r"THÔNG\s+BÁO|CÔNG\s+VĂN|CHỈ\s+THỊ|NGHỊ\s+QUYẾT|HƯỚNG\s+DẪN|TỜ\s+TRÌNH|BÁO\s+CÁO)(?!\w)")

# "đề nghị A (xem xét,) quyết định / phê duyệt …" asks a superior to decide: a submission, not work laid on A.
SUBMISSION = re.compile(r"^(?:xem\s+xét\s*,?\s*)?(?:quyết\s+định|phê\s+duyệt|chấp\s+thuận|cho\s+phép)(?!\w)", _I)

# A clause that only names partners ("…; phối hợp Sở Khoa học và Công nghệ; Viễn thông Đồng Nai; Ủy ban nhân dân cấp xã và
# các đơn vị liên quan thực hiện …"): the list goes on past ";" (:func:`.cuts.partner_state`; lower-cased).
PARTNERS = re.compile(r"(?<!\w)phối\s+hợp(?:\s+với)?\s+", _I)

# A clause whose subject is the public ("Các tổ chức, cá nhân có cơ sở chăn nuôi … chậm nhất trước ngày 1-1-2025", "Người
# dân …", "Các hộ gia đình …"): its due is theirs, not lent to the units of the clause before (lower-cased).
PUBLIC_SUBJECT = re.compile(r"(?:tất\s+cả\s+)?(?:các\s+)?(?:(?:tổ\s+chức|doanh\s+nghiệp)\s*,\s*)?(?:cá\s+nhân|"
                            r"người\s+dân|nhân\s+dân|công\s+dân|hộ\s+gia\s+đình|(?:các\s+)?hộ\s+dân|chủ\s+(?:cơ\s+sở|hộ))"
                            r"(?!\w)")

# A date followed by its place ("… vào tháng 7/2013 tại tỉnh Thanh Hoá", "… từ ngày 20/10/2020 đến ngày 22/10/2020, tại Nhà
# Văn hóa …") is an event's time, no due (tests/fixtures/tracking/real/README.md: an event's date is not a due).
VENUE = re.compile(r"\s*,?\s*tại\s", _I)
DUE_WORD = re.compile(r"(?:trước|chậm\s+nhất|hạn|muộn\s+nhất)(?!\w)", _I)  # "… trước ngày 20/10 tại cuộc họp": still a due
# A body's standing organ before its name, in a unit key ("ban thường vụ thành ủy", "thường trực hội đồng nhân dân huyện"):
# the body itself when the question is whether it writes the text (:func:`.clauses._is_writer`; twenty-fourth session).
ORGAN = re.compile(r"^(?:ban\s+thường\s+vụ|ban\s+thường\s+trực|thường\s+trực|ban\s+chấp\s+hành)\s+(?=\S)")
# A body that hands its power to another ("UBND tỉnh ủy quyền cho Giám đốc Sở … tổ chức bàn giao …"): the one after it holds
# the duty (:func:`.subjects.units_at`; twenty-fourth session, heldout9 n28).
DELEGATES = re.compile(r"\s(?:ủy|uỷ)\s+quyền\s+cho\s+(?=\S)", _I)

# A clause's subject that names again the units of the order before it ("Các đơn vị thực hiện trước ngày 24/3/2016.", "Các đơn
# vị nêu trên gửi báo cáo … trước ngày 15/6/2012", "4 bộ, ngành nêu trên …"): no new holder; its due is theirs
# (:meth:`.walk.Walk.lend_result`; twenty-eighth session: heldout5 r29, heldout7 g17, heldout9 n53). "Các địa phương …" is
# a holder of its own in the sets (heldout10, heldout12), so only "đơn vị" bare, or any plural with "nêu trên".
SAME_UNITS = re.compile(r"(?:(?:tất\s+cả\s+)?các|những)\s+(?:cơ\s+quan\s*,\s*)?đơn\s+vị(?:\s+(?:nêu\s+trên|kể\s+trên|trên))?|"
                        r"(?:(?:tất\s+cả\s+)?các|những|[0-9]{1,3})\s+[^,;.]{1,40}?\s(?:nêu\s+trên|kể\s+trên)", _I)
# A sentence that sends the report an order asked for, with its due ("Báo cáo gửi về Bộ Tài nguyên và Môi trường trước ngày
# 15/01/2020", "Báo cáo này của các đơn vị gửi Văn phòng Chính phủ, đồng gửi … trước ngày 20/9/2014", "Văn bản báo cáo gửi
# về …"): its due is the order's (:meth:`.walk.Walk.lend_result`; twenty-eighth session: heldout10 d50, heldout14 q51).
RESULT_SENT = re.compile(r"(?:[^,;.]{1,40},\s*)?(?:văn\s+bản\s+)?báo\s+cáo(?:\s+(?:này|kết\s+quả))?(?:\s+của\s+[^;.]{1,60}?)?"
                         r"\s+(?:gửi|nộp)(?!\w)", _I)

# A sentence whose subject is the work's product or the work itself, bound by an obligation to be sent or done, with its
# due ("Các đề án phải gửi về Cục trước ngày 10-12", "Việc kê khai, công khai … nêu trên phải hoàn thành trước ngày
# 31/3/2021", "Tất cả các báo cáo phải gửi về Sở Y tế chậm nhất …", "Danh sách được lập gửi về trước ngày 24.7"): no unit
# is named, the due is the last order's (:meth:`.walk.Walk.lend_result`; forty-first session, trk51b: heldout19 x28,
# heldout22 l43, heldout24 i17). The modal ("phải", "cần", or the passive "được") is what makes it an obligation: a schedule
# the text reports ("Việc học tập … sẽ hoàn thành trong tháng 12/2020", "Chiến dịch … sẽ diễn ra …") has none.
PRODUCT_OWED = re.compile(r"[^;.:!?]{1,120}?\s(?:(?:phải|cần)\s+(?:được\s+)?(?:gửi|nộp|hoàn\s+(?:thành|tất)|xong)|"
                          r"được\s+(?:lập\s+(?:và\s+)?)?(?:gửi|nộp))(?!\w)", _I)

# A period joined to another period is what a report or a review covers, no due: "đánh giá … trong tháng 6 và 6 tháng đầu năm
# 2020", "rà soát … các nhiệm vụ trong tháng 2 và quý I/2026", "… trong quý I, quý II/2018 và hàng tháng", "… dự kiến đến hết
# tháng 6/2018 và ước cả năm 2018" (twenty-eighth session: heldout4 m42, heldout14 q03, q53); matched after the due's words.
PERIOD_AFTER = re.compile(r"\s*,?\s*và\s+(?:(?:[0-9]{1,2}|sáu)\s+tháng|quý|năm(?!\s+nay)|(?:hằng|hàng)\s+(?:tháng|quý|năm)|"
                          r"(?:ước\s+)?cả\s+năm)(?!\w)", _I)
# The span a report covers, written after what it reports ("báo cáo kết quả thực hiện công tác … của đơn vị, địa phương từ
# ngày 30/01/2020 đến ngày 24/4/2020", "báo cáo nhanh tình hình biến động sĩ số … thời điểm từ đầu năm học đến ngày 15/10"):
# the data's period, no due; the due, when the text gives one, stands in its own words ("chậm nhất … ngày 27/4/2020", "Trước
# ngày 18/10, …"; thirty-seventh session: heldout14 q34, tuning2 u04). REPORT_SPAN is searched in the clause before the range
# (lower case) and must reach its end; SPAN_FROM is the range's opening (its own words or just before them), not "từ nay".
REPORT_SPAN = re.compile(r"báo\s+cáo\s+(?:nhanh\s+)?(?:kết\s+quả|tình\s+hình|số\s+liệu)(?:(?!gửi|nộp|trước|hoàn\s+thành|"
                         r"thời\s+(?:hạn|gian)|chậm\s+nhất|trình|báo\s+cáo)[^;:])*$")
SPAN_FROM = re.compile(r"từ\s+(?!nay|bây\s+giờ)[^;:]{1,80}$")

# A sentence that only says when the work is done, no subject ("Hoàn thành và trình UBND tỉnh trong quý I/2020.", "Thời gian
# hoàn thành trước ngày 20-3-2026."): its due is the last order's (:meth:`.walk.Walk.lend_result`; heldout13 p51, heldout14 q50).
# "Thời gian thực hiện|triển khai …" is the work's time as well, also a sentence after the order ("… yêu cầu A tăng cường
# kiểm tra …. Theo đó, tập trung …. Thời gian triển khai từ nay đến ngày 15/9 tới."; thirty-seventh session, due47: heldout18
# z39, heldout21 a02); an event's time ("Thời gian tiến hành đại hội …", "Thời gian tổ chức …") is not lent.
DONE_BY = re.compile(r"(?:thời\s+(?:gian|hạn)\s+)?hoàn\s+(?:thành|tất)(?!\w)|thời\s+gian\s+(?:thực\s+hiện|triển\s+khai)(?!\w)", _I)
# "Theo kế hoạch, A …" in lower case tells the writer's own schedule ("Theo kế hoạch, Ban Thường trực Ủy ban MTTQ huyện chọn …",
# heldout7 g12); "Theo Kế hoạch, các bộ … tiếp tục …" names the document that orders it (heldout12 f01). Case-sensitive.
AS_PLANNED = re.compile(r"[Tt]heo\s+kế\s+hoạch(?!\w)")
# Bodies described by what they have, before a modal ("các địa phương có lễ hội lớn, trọng điểm cần giám sát …", "các địa
# phương đang có dịch bệnh động vật cần công bố dịch …"): the description is part of the group told (the sets' labels), the
# duty starts at the modal (:func:`.subjects.units_at`; twenty-eighth session: heldout9 n13, heldout13 p09). No order, count
# or new body inside it; a group only ("các …": which of it; "Ban Thường trực … có thực hiện chuyên trang …" is emphasis).
DESCRIBED = re.compile(r"(?P<what>(?:(?:đã\s+và\s+)?đang\s+)?có\s(?:(?!yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|,\s*(?-i:[A-ZĐ]))[^.;:]){1,60}?)"
                       r"\s*,?\s+(?=(?:cần|phải)\s)", _I)
# A bare "Địa phương" before a modal is the locality the text speaks of ("Địa phương phải huy động lực lượng tại chỗ …", "Địa
# phương cần tổ chức tuyển quân …"), as a bare "tỉnh" after "và" is (:func:`.subjects.units_at`, on the units and the duty's
# first letters; twenty-eighth session: heldout12 f45, heldout14 q47); other bare nouns stay no body.
LOCALITY = re.compile(r"(?:Đ|đ)ịa\s+phương\s+(?:phải|cần)(?!\w).*", re.DOTALL)

# An order told as a plan, "sẽ" before its verb ("Ủy ban nhân dân phường đã giải đáp và trong thời gian tới sẽ chỉ đạo các bộ phận
# chuyên môn rà soát …", heldout7 g26; "Bộ sẽ yêu cầu các địa phương …"): what someone means to order, no order of the text's
# (searched just before the verb, :func:`.clauses.assigned`; twenty-ninth session).
PLANNED_ORDER = re.compile(r"(?<!\w)sẽ(?:\s+tiếp\s+tục)?\s*$", _I)

# A news page that tells what happened (thirty-fourth session): a subject's clause in the past ("đã", "vừa"), done by all
# ("các xã đều thành lập …", not "đều phải"), a result ("tổ chức đại hội điểm thành công", "đạt 86%") or a report's words ("…
# cho biết, …"). A page whose every row is such a subject's clause, none read from an order or an obligation, and one of
# them narrates, assigns nothing (:meth:`.walk.Walk.finish`).
NARRATED = re.compile(r"(?<!\w)(?:đã|vừa|đều(?!\s+(?:phải|cần|có\s+trách))|thành\s+công|cho\s+biết)(?!\w)|[0-9]\s*%", _I)

# A subject that announces ("A thông báo: …", "Trung tâm … thông báo các đơn vị liên quan đến nhận …", "UBND tỉnh thông báo
# treo cờ …", "Văn phòng Chính phủ Thông báo số 106/TB-VPCP …"): the writer telling of its notice, no duty laid on it
# (:func:`.clauses.at_start`; thirty-fourth session: heldout15 b41, heldout16 c23, heldout20 y03, y21). Bodies told to
# inform others are told so after an order's verb ("đề nghị UBND các xã thông báo …"), which this does not read, and a
# group is no writer ("UBND các xã thông báo để nhân dân biết, thực hiện …": its duty to the public, tests/test_tracking_kinds24).
ANNOUNCES = re.compile(r"thông\s+báo(?!\w)", _I)
