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

# "phòng" is also the verb "prevent" ("phòng bệnh", "phòng trừ sâu bệnh", "phòng cháy"): no office ("Phòng Y tế" is one).
NOT_AN_OFFICE = r"chống|trừ|ngừa|tránh|cháy|dịch|bệnh|vệ|thủ|họp"
# "bản" is a hamlet ("các thôn, bản") and the noun of a written thing ("Bản đồ", "Bản vẽ", "bản sao", "bản cam kết"),
# which is no body.
NOT_A_HAMLET = (r"đồ|sao|chính|án|thảo|vẽ|cam\s+kết|kế\s+hoạch|báo\s+cáo|đăng\s+ký|khai|thân|chất|lĩnh|quyền|sắc|địa|"
                r"dự\s+thảo|thuyết\s+minh|kiểm\s+điểm|hợp\s+đồng|ghi\s+nhớ|đề\s+án")

# Advice is not direction: "A tham mưu (cho) UBND tỉnh chỉ đạo B …" gives B nothing (searched before "chỉ đạo", no comma
# between; tests/fixtures/tracking/real/README.md's rule).
ADVICE = re.compile(r"(?<!\w)tham\s+mưu\s[^,;:]*$", _I)

# The heads of whatever body, no body named ("Thủ trưởng cơ quan, đơn vị chịu trách nhiệm …", "Bí thư cấp ủy, người đứng
# đầu cơ quan, đơn vị trực tiếp truyền đạt …"): persons answering in person, no body's task ("Thủ trưởng các cơ quan …",
# "Thủ trưởng cơ quan ngang bộ" name bodies).
_HEAD_OF = r"(?:thủ\s+trưởng|bí\s+thư|người\s+đứng\s+đầu|giám\s+đốc|chủ\s+tịch|lãnh\s+đạo)\s+"
_ANY_BODY = r"(?:cấp\s+ủy|cơ\s+quan|đơn\s+vị|địa\s+phương|tổ\s+chức|ngành|cơ\s+sở|chính\s+quyền)"
HEADS_OF_ANY = re.compile(rf"{_HEAD_OF}{_ANY_BODY}(?:\s*(?:,|và)\s*(?:{_HEAD_OF})?{_ANY_BODY})*", _I)
