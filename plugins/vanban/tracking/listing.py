"""How a list of bodies splits into bodies (:func:`.lists.split_units`; :mod:`.patterns` re-exports every name here):
titles and kinds that start a new body, places after one head, shared nouns and tails, people and the public, who hold no
row."""

from __future__ import annotations

import re

from ..text import LOWER, UPPER  # one Vietnamese letter class ("Ô Môn": a marked capital)
from .heads import _UNIT_NOUN

_I = re.IGNORECASE

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
