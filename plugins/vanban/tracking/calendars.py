"""How a reporting calendar names who reports when (fortieth session, trk50; issue 15's periodic duties): a numbered, lettered
or bulleted point that opens with the period ("+ Hằng năm, UBND xã … tổng hợp, báo cáo …"), a rule whose time is a noun with
the reporting units for subject ("Thời hạn các bộ, … gửi báo cáo định kỳ …"), a point whose time is counted from the period
reported on ("b) Chậm nhất 02 ngày làm việc, kể từ ngày kết thúc kỳ báo cáo …, A phải gửi …"), a duty that is a periodic
report by its own words, and one named apart from the duty's opening (a list's lead, a later clause, a joined verb: trk50c).
:mod:`.patterns` builds the clause gates with the leads; :mod:`.clauses` and :mod:`.walk` read them."""

from __future__ import annotations

import re

__all__ = ["PERIODIC_DUTY", "PERIODIC_LATER", "PERIODIC_REPORT", "PERIOD_COUNTED", "PERIOD_LEAD", "PERIOD_SOURCE", "TERM_DUTY",
           "TERM_LEAD", "TERM_SOURCE"]

_I = re.IGNORECASE
# The period alone ("Hằng năm, Ủy ban nhân dân xã … tổng hợp, báo cáo …"): a lead only where an item or a bullet opens with it
# (a reporting calendar's points; in prose it opens narrative as often, "Hàng tháng, Chi ủy xây dựng đề cương …": heldout16
# c45). The gates let it through anywhere (:data:`.patterns.UNIT_AT`, :data:`.patterns.BLOCK_HEAD`); :meth:`.walk.Walk.clauses`
# reads it.
PERIOD_SOURCE = r"(?:hằng|hàng|mỗi)\s+(?:tháng|quý|năm|tuần)\s*,\s*"
PERIOD_LEAD = re.compile(PERIOD_SOURCE, _I)
# A report's time named by a noun whose subject is the units that send it ("Thời hạn các bộ, cơ quan ngang bộ, … gửi báo cáo định
# kỳ …", "Thời hạn cơ quan, ban, ngành chủ trì gửi báo cáo …", "Theo đó thì thời gian quy định cho các cơ quan, đơn vị, địa
# phương xây dựng kế hoạch và báo cáo gửi UBND tỉnh … như sau:"): a reporting calendar's rule, the units its holders, when what
# they do is to send, report or draw up (:data:`TERM_DUTY`; :func:`.clauses.at_start`). The gates let it through before any unit.
TERM_SOURCE = r"(?:theo\s+đó\s*,?\s*(?:thì\s+)?)?(?:thời\s+hạn|thời\s+gian(?:\s+quy\s+định)?(?:\s+cho)?)\s+"
TERM_LEAD = re.compile(TERM_SOURCE, _I)
# A duty that opens as a periodic report ("gửi báo cáo định kỳ cho Chính phủ …", "tiếp tục thực hiện nghiêm chế độ báo cáo định kỳ
# …", "định kỳ báo cáo …") recurs, though the text names no period's date: the sets' rule ("periodic" for "định kỳ … báo cáo"). Not
# one whose object only names such reports ("thực thi phương án đơn giản hóa chế độ báo cáo định kỳ": heldout h05). A standing duty
# told with its recurrence ("Ban Chỉ đạo có nhiệm vụ: Hàng năm xây dựng kế hoạch …": heldout17 j33, trk52b) recurs too.
PERIODIC_DUTY = re.compile(
    r"(?:(?:tiếp\s+tục|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|phải)\s+)?"
    r"(?:(?:thực\s+hiện\s+(?:nghiêm\s+(?:túc\s+)?)?(?:chế\s+độ\s+)?|gửi\s+|nộp\s+|tổng\s+hợp,?\s+)báo\s+cáo\s+định\s+kỳ|"
    r"định\s+kỳ\s+(?:tổng\s+hợp,?\s+)?báo\s+cáo|"
    r"(?:(?:có|chịu)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ)\s*:?\s*(?:hằng|hàng)\s+(?:tuần|tháng|quý|năm))(?!\w)", _I)
TERM_DUTY = re.compile(r"(?:gửi|nộp|báo\s+cáo|xây\s+dựng|trình|ban\s+hành)(?!\w)", _I)
# A point's time counted from the period reported on ("b) Chậm nhất 02 ngày làm việc, kể từ ngày kết thúc kỳ báo cáo thống kê, A
# phải gửi báo cáo …", "Chậm nhất trước ngày 04 của kỳ báo cáo kế tiếp, A …"): the duty recurs with the period.
PERIOD_COUNTED = re.compile(r"(?:kết\s+thúc|sau)\s+kỳ\s+báo\s+cáo|kỳ\s+(?:báo\s+cáo\s+)?kế\s+tiếp|(?:tháng|quý)\s+tiếp\s+theo", _I)
# A periodic report told by its period before the verb ("định kỳ hằng quý, 6 tháng, năm xây dựng báo cáo …", "định kỳ tổng hợp,
# báo cáo …"): a clause of its own after the units' first duty ("A xây dựng kế hoạch …; định kỳ … báo cáo …": heldout12 f36), or
# the lead of a list of the units that report ("các đối tượng có trách nhiệm thực hiện báo cáo định kỳ … bao gồm: A; B; …":
# heldout26 tk27). :meth:`.walk.Walk.clauses` dates those units' rows periodic.
PERIODIC_REPORT = re.compile(
    r"định\s+kỳ\s+(?:(?:(?:hằng|hàng|mỗi)\s+)?(?:tuần|tháng|quý|năm|[0-9]{1,2}\s+tháng)\s*,?\s*(?:và\s+)?)*"
    r"(?:(?:xây\s+dựng|tổng\s+hợp|gửi|nộp|thực\s+hiện)\s*,?\s+)?báo\s+cáo(?!\w)", _I)
# … a periodic report joined to a duty after its first verb ("… theo dõi, đôn đốc việc thực hiện và tổng hợp báo cáo định kỳ trình
# UBND tỉnh": heldout7 g31): the units' duty recurs too.
PERIODIC_LATER = re.compile(rf"(?:[,;]|\svà)\s+(?:{PERIODIC_DUTY.pattern}|{PERIODIC_REPORT.pattern})", _I)
