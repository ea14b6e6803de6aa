"""A synthetic corpus of Vietnamese directive documents for the benchmark (``scripts/bench.py``).

Deterministic from a seed (``random.Random(seed)``; nothing depends on hash order or the clock).
The documents are shaped like the seeds in ``../shared/seeds``: a few central resolutions; provincial
plans carrying them out ("Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị …");
district documents carrying out the provincial ones; commune documents carrying out the district
ones (or, after 01/07/2025 when districts were abolished, the provincial ones directly). Both
numbering systems occur (Party ``386-KH/TU``, State ``21/KH-UBND``, legal ``12/2025/QĐ-UBND``);
many communes have the same ``21/KH-UBND`` in the same year, so identity needs the issuer; some
citations name documents that are not in the corpus. Sentences are the seeds' own, recombined
with the topic, the cited documents and the level (tỉnh/huyện/xã) substituted.

Usage as a script: ``python scripts/synth.py N DIR [--seed S]`` writes ``DIR/van-ban/<year>/<slug>.md``.
Usage as a module: ``generate(n, seed)`` returns :class:`SynthDoc` objects; ``write_corpus(root, n, seed)``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# ---------------------------------------------------------------------------------------------
# Vocabulary

PROVINCES: tuple[tuple[str, str], ...] = (  # (province, its capital: the place in date lines)
    ("Quảng Nam", "Tam Kỳ"), ("Tây Ninh", "Tây Ninh"), ("Đồng Nai", "Biên Hòa"),
    ("Bình Phước", "Đồng Xoài"), ("Long An", "Tân An"), ("Bến Tre", "Bến Tre"),
    ("Quảng Ngãi", "Quảng Ngãi"), ("Bình Định", "Quy Nhơn"), ("Phú Yên", "Tuy Hòa"),
    ("Khánh Hòa", "Nha Trang"), ("Nghệ An", "Vinh"), ("Hà Tĩnh", "Hà Tĩnh"),
    ("Thanh Hóa", "Thanh Hóa"), ("Thái Bình", "Thái Bình"), ("Nam Định", "Nam Định"),
    ("Ninh Bình", "Ninh Bình"), ("Hưng Yên", "Hưng Yên"), ("Bắc Giang", "Bắc Giang"),
    ("Lào Cai", "Lào Cai"), ("Sơn La", "Sơn La"), ("Đắk Lắk", "Buôn Ma Thuột"),
    ("Gia Lai", "Pleiku"), ("Kiên Giang", "Rạch Giá"), ("An Giang", "Long Xuyên"),
    ("Cà Mau", "Cà Mau"), ("Sóc Trăng", "Sóc Trăng"), ("Vĩnh Long", "Vĩnh Long"),
    ("Quảng Trị", "Đông Hà"), ("Phú Thọ", "Việt Trì"), ("Tuyên Quang", "Tuyên Quang"),
)
SYLLABLES: tuple[str, ...] = (
    "An", "Bình", "Tân", "Phước", "Long", "Thạnh", "Hòa", "Mỹ", "Vĩnh", "Đông", "Tây", "Hiệp",
    "Thuận", "Phú", "Thanh", "Hưng", "Quang", "Trung", "Nghĩa", "Đức", "Hải", "Sơn", "Cẩm", "Tam",
    "Điện", "Duy", "Quế", "Xuân", "Hương", "Kim", "Lộc", "Thịnh", "Lợi", "Khánh", "Định", "Hội",
)
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Lương", "Trương")
MIDDLE = ("Văn", "Thị", "Minh", "Thanh", "Quang", "Ngọc", "Hữu", "Đức", "Chí", "Thị Thanh", "Nguyễn Minh",
          "Thị Huỳnh", "Xuân", "Công")
GIVEN = ("Hội", "Huyền", "Mai", "Ba", "Bửu", "Triết", "Hùng", "Lan", "Dũng", "Hải", "Sơn", "Tâm",
         "Phương", "Hòa", "Bình", "Nam", "Trung", "Thảo", "Hạnh", "Tuấn", "Khoa", "Long", "Hương", "Vinh")

# Topics: the subject a central document sets and its descendants carry.
TOPICS: tuple[str, ...] = (
    "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    "chuyển đổi số đến năm 2025, định hướng đến năm 2030",
    "xây dựng nông thôn mới giai đoạn 2021 - 2025",
    "đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
    "tăng cường công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
    "bảo vệ môi trường và ứng phó với biến đổi khí hậu",
    "xây dựng và phát triển văn hóa, con người Việt Nam",
    "tăng cường và đổi mới công tác dân vận trong tình hình mới",
    "bảo đảm an sinh xã hội và giảm nghèo bền vững",
    "tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
    "phát triển kinh tế tư nhân",
    "hội nhập quốc tế trong tình hình mới",
)

# Central documents cited but never held (real numbers from the seeds).
EXTERNAL_CENTRAL: tuple[tuple[str, str, str, str, str], ...] = (
    # number, type, issuer, ISO date, subject
    ("52-NQ/TW", "Nghị quyết", "Bộ Chính trị", "2019-09-27",
     "một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư"),
    ("29-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng khóa XIII", "2022-11-17",
     "tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045"),
    ("36-NQ/TW", "Nghị quyết", "Bộ Chính trị", "2023-01-30",
     "phát triển và ứng dụng công nghệ sinh học phục vụ phát triển bền vững đất nước trong tình hình mới"),
    ("18-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng khóa XII", "2017-10-25",
     "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, "
     "hoạt động hiệu lực, hiệu quả"),
    ("69-KL/TW", "Kết luận", "Bộ Chính trị", "2024-01-11",
     "tiếp tục thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012"),
    ("142-HD/BTGTW", "Hướng dẫn", "Ban Tuyên giáo Trung ương", "2025-01-10",
     "quán triệt, tuyên truyền Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị"),
)

TYPE_CODES: dict[str, str] = {
    "Nghị quyết": "NQ", "Quyết định": "QĐ", "Chỉ thị": "CT", "Kết luận": "KL", "Hướng dẫn": "HD",
    "Chương trình": "CTr", "Chương trình hành động": "CTr", "Kế hoạch": "KH", "Báo cáo": "BC",
    "Thông báo": "TB", "Nghị định": "NĐ",
}
LEGAL = "Quyết định (QPPL)"  # pseudo type in the tables below: a legal normative Quyết định


@dataclass(frozen=True)
class IssuerKind:
    """One kind of issuing body at one level, with the types it issues and how it numbers them."""

    level: str  # central, province, district, commune
    system: str  # party, state, union
    name: str  # template: {P} province, {D} district with its kind word, {C} commune with "xã"
    code: str  # issuer code in the number: TU, HU, ĐU, UBND, MTTQ-BTT, LĐLĐ, PVHTT, BTGTU …
    weight: float
    types: tuple[tuple[str, float], ...]
    sign_on_behalf: str  # "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "" (head signs)
    sign_titles: tuple[str, ...]
    cv_unit: str = ""  # Công văn number suffix: 1234/UBND-VX; "" → 300/LĐLĐ


CENTRAL_KINDS = (
    IssuerKind("central", "party", "Bộ Chính trị", "TW", 4,
               (("Nghị quyết", 4), ("Kết luận", 2), ("Chỉ thị", 1)), "T/M BỘ CHÍNH TRỊ", ("TỔNG BÍ THƯ",)),
    IssuerKind("central", "party", "Ban Bí thư", "TW", 1.5, (("Chỉ thị", 2), ("Kết luận", 1)),
               "T/M BAN BÍ THƯ", ("THƯỜNG TRỰC BAN BÍ THƯ",)),
    IssuerKind("central", "state", "Chính phủ", "CP", 1.5, (("Nghị quyết", 2), ("Nghị định", 1)),
               "TM. CHÍNH PHỦ", ("THỦ TƯỚNG",)),
    IssuerKind("central", "state", "Thủ tướng Chính phủ", "TTg", 1.5, (("Quyết định", 2), ("Chỉ thị", 1)),
               "KT. THỦ TƯỚNG", ("PHÓ THỦ TƯỚNG",)),
)
PROVINCE_KINDS = (
    IssuerKind("province", "party", "Ban Thường vụ Tỉnh ủy {P}", "TU", 4,
               (("Kế hoạch", 5), ("Chương trình hành động", 2), ("Nghị quyết", 1), ("Chỉ thị", 1),
                ("Hướng dẫn", 1), ("Báo cáo", 1), ("Kết luận", 0.5)),
               "T/M BAN THƯỜNG VỤ", ("BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC")),
    IssuerKind("province", "party", "Ban Tuyên giáo Tỉnh ủy {P}", "BTGTU", 1.5,
               (("Hướng dẫn", 3), ("Kế hoạch", 1)), "K/T TRƯỞNG BAN", ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC",)),
    IssuerKind("province", "state", "Ủy ban nhân dân tỉnh {P}", "UBND", 4,
               (("Kế hoạch", 4), ("Quyết định", 2), (LEGAL, 1), ("Công văn", 2), ("Báo cáo", 1),
                ("Chỉ thị", 0.5)),
               "TM. ỦY BAN NHÂN DÂN", ("CHỦ TỊCH", "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH"), "VX"),
    IssuerKind("province", "state", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh {P}", "MTTQ-BTT", 1,
               (("Kế hoạch", 3), ("Hướng dẫn", 1)), "TM. BAN THƯỜNG TRỰC", ("CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    IssuerKind("province", "union", "Ban Thường vụ Liên đoàn Lao động tỉnh {P}", "LĐLĐ", 0.7,
               (("Công văn", 3), ("Kế hoạch", 1)), "TM. BAN THƯỜNG VỤ", ("CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
)
DISTRICT_KINDS = (
    IssuerKind("district", "party", "Ban Thường vụ {PC} {D}", "{PCODE}", 4,
               (("Kế hoạch", 5), ("Chương trình hành động", 1), ("Nghị quyết", 1), ("Hướng dẫn", 1),
                ("Báo cáo", 1)),
               "T/M BAN THƯỜNG VỤ", ("BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC")),
    IssuerKind("district", "party", "Ban Tuyên giáo {PC} {D}", "BTG{PCODE}", 1.5,
               (("Hướng dẫn", 3), ("Kế hoạch", 1)), "K/T TRƯỞNG BAN", ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC",)),
    IssuerKind("district", "state", "Ủy ban nhân dân {D}", "UBND", 4,
               (("Kế hoạch", 4), ("Quyết định", 2), (LEGAL, 0.5), ("Công văn", 2), ("Báo cáo", 1)),
               "TM. ỦY BAN NHÂN DÂN", ("CHỦ TỊCH", "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH"), "VP"),
    IssuerKind("district", "state", "Phòng Văn hóa và Thông tin {D}", "PVHTT", 1,
               (("Công văn", 3), ("Kế hoạch", 1)), "", ("TRƯỞNG PHÒNG",)),
    IssuerKind("district", "state", "Ban Thường trực Ủy ban MTTQ Việt Nam {D}", "MTTQ-BTT", 1,
               (("Kế hoạch", 3),), "TM. BAN THƯỜNG TRỰC", ("CHỦ TỊCH",)),
    IssuerKind("district", "union", "Ban Thường vụ Liên đoàn Lao động {D}", "LĐLĐ", 0.7,
               (("Công văn", 3), ("Kế hoạch", 1)), "TM. BAN THƯỜNG VỤ", ("PHÓ CHỦ TỊCH",)),
)
COMMUNE_KINDS = (
    IssuerKind("commune", "party", "Đảng ủy {C}", "ĐU", 3,
               (("Kế hoạch", 4), ("Nghị quyết", 1), ("Báo cáo", 1), ("Chương trình hành động", 1)),
               "T/M ĐẢNG ỦY", ("BÍ THƯ", "PHÓ BÍ THƯ")),
    IssuerKind("commune", "state", "Ủy ban nhân dân {C}", "UBND", 5,
               (("Kế hoạch", 6), ("Quyết định", 1), ("Báo cáo", 1), ("Công văn", 1), ("Thông báo", 0.5)),
               "TM. ỦY BAN NHÂN DÂN", ("CHỦ TỊCH", "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH"), "VP"),
    IssuerKind("commune", "state", "Ban Thường trực Ủy ban MTTQ Việt Nam {C}", "MTTQ-BTT", 0.7,
               (("Kế hoạch", 1),), "TM. BAN THƯỜNG TRỰC", ("CHỦ TỊCH",)),
)
KINDS = {"central": CENTRAL_KINDS, "province": PROVINCE_KINDS, "district": DISTRICT_KINDS,
         "commune": COMMUNE_KINDS}

# Sentences from the seeds with the particulars replaced by fields:
# {REF} the main cited document ("Kế hoạch số 386-KH/TU"), {REFS} all of them, {TOPIC} the subject,
# {CAP} the level word (tỉnh, huyện, xã), {ORG} the issuer, {UP} the next level's Party committee,
# {DL} a deadline date.
PURPOSE = (
    "Quán triệt, tuyên truyền thực hiện nghiêm túc, có hiệu quả các quan điểm, mục tiêu, nhiệm vụ, giải pháp chủ yếu {REFS} nhằm nâng cao nhận thức, trách nhiệm của các cấp ủy đảng, cán bộ, đảng viên và các tầng lớp Nhân dân trong {CAP} về vị trí, vai trò, tầm quan trọng của {TOPIC}.",
    "Các cấp ủy, tổ chức đảng, cán bộ, đảng viên cần nhận thức đầy đủ quan điểm chỉ đạo tại {REF} để xác định rõ các mục tiêu, nhiệm vụ trọng tâm, các khâu đột phá và lộ trình triển khai thực hiện phù hợp, sát với tình hình thực tế và điều kiện cụ thể của địa phương, đơn vị.",
    "Việc tổ chức triển khai quán triệt, học tập, nghiên cứu, tuyên truyền và thực hiện {REF} phải đảm bảo nghiêm túc, thiết thực, hiệu quả, tránh hình thức. Chú trọng đổi mới nội dung, phương thức quán triệt, tuyên truyền phù hợp với tình hình thực tiễn của địa phương, cơ quan, đơn vị.",
    "Thống nhất nhận thức về ý nghĩa, tầm quan trọng của {REF}, tạo chuyển biến mạnh mẽ, đồng bộ trong hành động của các cấp ủy, tổ chức đảng, chính quyền, đoàn thể, cán bộ, đảng viên và toàn xã hội, nhất là người đứng đầu trong việc thực hiện tốt các chủ trương, chính sách của Đảng và Nhà nước về {TOPIC}.",
    "Công tác tuyên truyền cần tiến hành kịp thời, khẩn trương, nghiêm túc, thiết thực, hiệu quả. Chú trọng đổi mới nội dung, phương thức tuyên truyền {REF} phù hợp với tình hình thực tiễn của địa phương, cơ quan, đơn vị.",
    "Tuyên truyền sâu rộng {REF} và các văn bản cụ thể hoá nhằm tạo sự thống nhất, đồng thuận, chuyển biến mạnh mẽ trong nhận thức và hành động của cán bộ, đảng viên và các tầng lớp nhân dân về {TOPIC}, đây là điều kiện tiên quyết để phát triển giàu mạnh trong kỷ nguyên mới, kỷ nguyên vươn mình của dân tộc.",
    "Từng cấp ủy, tổ chức đảng, cán bộ, đảng viên xác định rõ chức năng, nhiệm vụ của mình, nắm vững quan điểm chỉ đạo, mục tiêu, nhiệm vụ, giải pháp trong {REF}; nâng cao tính chủ động, hiệu quả trong đấu tranh, phản bác các quan điểm sai trái, thù địch, nhận thức sai lệch về {TOPIC}.",
    "Công tác tuyên truyền {REF} cần được tiến hành có trọng tâm, trọng điểm, nghiêm túc, chất lượng, hiệu quả, phù hợp với tình hình thực tế, điều kiện của từng địa phương, đơn vị.",
)
CONTENT = (
    "Tập trung làm rõ những nội dung chính của {REFS}, trong đó có các quan điểm chỉ đạo, mục tiêu đến năm 2030, tầm nhìn đến năm 2045 và các nhóm nhiệm vụ, giải pháp về {TOPIC}.",
    "Tuyên truyền các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về {TOPIC}; phản ánh các hoạt động triển khai, ứng dụng phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa và phát triển bền vững của địa phương; những khó khăn, hạn chế và cách tháo gỡ, khắc phục những bất cập, hạn chế.",
    "Phê phán, đấu tranh, phản bác các quan điểm sai trái, thù địch, nhận thức sai lệch về {TOPIC}, gây cản trở, ảnh hưởng đến việc thực hiện các chương trình, đề án, chính sách của địa phương.",
    "Biểu dương, khen thưởng các tổ chức, cá nhân có thành tích tiêu biểu, xuất sắc trong thực hiện {REF}. Tôn vinh và nhân rộng các mô hình, điển hình tiên tiến trong thực hiện {TOPIC}.",
    "Tăng cường sự lãnh đạo toàn diện của Đảng, phát huy sức mạnh tổng hợp của cả hệ thống chính trị, sự tham gia tích cực của doanh nhân, doanh nghiệp và Nhân dân đối với {TOPIC}. Xác định đây là nhiệm vụ được triển khai quyết liệt, kiên trì, đồng bộ, nhất quán, lâu dài với những giải pháp đột phá.",
    "Người dân và doanh nghiệp là trung tâm, là chủ thể, nguồn lực, động lực chính; Nhà nước giữ vai trò dẫn dắt, thúc đẩy, tạo điều kiện thuận lợi nhất cho {TOPIC}.",
    "Thể chế, nhân lực, hạ tầng, dữ liệu là những nội dung trọng tâm, cốt lõi, trong đó thể chế là điều kiện tiên quyết, cần hoàn thiện và đi trước một bước. Đổi mới tư duy xây dựng pháp luật bảo đảm yêu cầu quản lý và khuyến khích đổi mới sáng tạo, loại bỏ tư duy \"không quản được thì cấm\".",
    "Bám sát nội dung {REF} và các văn bản có liên quan. Trong đó, tập trung tuyên truyền 05 quan điểm chỉ đạo, 05 mục tiêu đến năm 2030 và 07 nhiệm vụ, giải pháp về {TOPIC}.",
    "Khẳng định {TOPIC} đóng vai trò then chốt, là động lực mạnh mẽ để phát triển tăng tốc, bứt phá, bền vững; là chìa khóa để nâng cao năng suất lao động, sức cạnh tranh của nền kinh tế, góp phần bảo đảm tiến bộ, công bằng xã hội, an sinh xã hội, mang lại lợi ích thiết thực cho mọi người dân.",
    "Lãnh đạo các cấp cần coi đây là nhiệm vụ chính trị trọng tâm; cán bộ, đảng viên gương mẫu đi đầu; người dân cần đồng hành, học hỏi, nâng cao kỹ năng số.",
    "Tập trung tuyên truyền hoạt động của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội trong việc thực hiện công tác giám sát và phản biện xã hội về các chương trình, đề án liên quan đến {TOPIC} trên địa bàn {CAP}.",
    "Công tác tuyên truyền {REF} tiến hành thường xuyên, liên tục trong năm và định kỳ trong những năm tiếp theo gắn với các ngày lễ, sự kiện chính trị quan trọng của đất nước và của địa phương.",
)
FORMS = (
    "Tổ chức hội nghị, sinh hoạt chi bộ, sinh hoạt chuyên đề, kết hợp với tự học tập, nghiên cứu, quán triệt.",
    "Tuyên truyền thông qua nhiều hình thức phương tiện như: Đài truyền thanh cơ sở, cổ động trực quan, màn hình led, trên các trang mạng Zalo, Facebook.",
    "Tuyên truyền trên Trang thông tin điện tử, Trang cộng đồng (Fanpage) của địa phương, đơn vị.",
    "Lồng ghép tuyên truyền qua tập huấn, hội thảo, tọa đàm, giao ban của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội.",
    "Tổ chức các cuộc thi tìm hiểu, sân khấu hoá, tiểu phẩm nhằm tuyên truyền đến đông đảo các tầng lớp nhân dân.",
    "Tuyên truyền qua đội ngũ báo cáo viên, tuyên truyền viên cơ sở và tại các buổi sinh hoạt ở các đoàn thể chính trị - xã hội các cấp.",
)
UNITS = (
    ("Ủy ban nhân dân {CAP}", "Tham mưu xây dựng kế hoạch thực hiện {REFS} đảm bảo phù hợp với tình hình thực tiễn của {CAP}; hoàn thành trước ngày {DL}."),
    ("Ban Tuyên giáo và Dân vận", "Tham mưu giúp {ORG} hướng dẫn, theo dõi, đôn đốc các địa phương, cơ quan, đơn vị triển khai quán triệt, học tập, thực hiện {REF}; tổng hợp, báo cáo kết quả theo quy định."),
    ("Văn phòng", "Phối hợp, đôn đốc các cơ quan, đơn vị tham mưu giúp {ORG} xây dựng kế hoạch thực hiện {REF} đảm bảo chất lượng, đúng tiến độ."),
    ("Các cơ quan thông tin, tuyên truyền", "Xây dựng các chuyên trang, chuyên mục tuyên truyền sâu rộng nội dung {REFS}, nêu bật ý nghĩa, tầm quan trọng của {TOPIC} đối với sự phát triển giàu mạnh của quê hương, đất nước."),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội", "Chỉ đạo, hướng dẫn các cấp hội tổ chức tốt các hoạt động thông tin, tuyên truyền cho cán bộ, hội viên, đoàn viên và các tầng lớp nhân dân thực hiện {REF}; phát huy vai trò giám sát, phản biện xã hội."),
    ("Các chi, đảng bộ trực thuộc", "Tổ chức phổ biến, quán triệt và tuyên truyền {REF} sâu rộng trong cán bộ, đảng viên, đoàn viên, hội viên và Nhân dân. Báo cáo kết quả về {ORG} trước ngày {DL}."),
    ("Các phòng, ban, ngành", "Căn cứ chức năng, nhiệm vụ được giao, chủ động xây dựng kế hoạch triển khai thực hiện bảo đảm nghiêm túc, thiết thực, hiệu quả, sát với tình hình thực tế của địa phương, đơn vị."),
    ("Trung tâm Văn hóa - Thể thao và Truyền thông", "Thường xuyên đăng tải các nội dung về {TOPIC}; tin, bài về các mô hình hay, gương điển hình tiên tiến của địa phương, của cả nước."),
)
RESULTS = (
    "Ngay sau khi nhận được {REF}, {ORG} đã kịp thời ban hành văn bản chỉ đạo, hướng dẫn các cơ quan, đơn vị tổ chức quán triệt, triển khai thực hiện nghiêm túc.",
    "Công tác tuyên truyền được triển khai đồng bộ, với nhiều hình thức phong phú, sinh động; nhận thức của cán bộ, đảng viên và Nhân dân về {TOPIC} được nâng lên rõ rệt.",
    "Tỷ lệ cán bộ, đảng viên tham gia học tập, quán triệt đạt trên 95%; các cơ quan, đơn vị đã xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế.",
    "Bên cạnh kết quả đạt được, việc thực hiện {REF} ở một số nơi còn chậm, chưa sâu; công tác kiểm tra, giám sát có lúc chưa thường xuyên; nguồn lực còn hạn chế.",
    "Nguyên nhân của hạn chế là do một số cấp ủy, người đứng đầu chưa quan tâm đúng mức; điều kiện cơ sở vật chất, hạ tầng còn thiếu; sự phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ.",
)
CLOSINGS = (
    "Trên đây là {KIND} thực hiện {REFS}, đề nghị các địa phương, cơ quan, đơn vị triển khai thực hiện nghiêm túc, bảo đảm hiệu quả, thiết thực./.",
    "Trên đây là {KIND} của {ORG}; đề nghị các cơ quan, đơn vị, địa phương phối hợp triển khai thực hiện đạt kết quả./.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về {ORG} để xem xét, chỉ đạo./.",
)
SECTION_HEADS = {
    "plan": ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG, ĐỐI TƯỢNG, HÌNH THỨC VÀ THỜI GIAN", "III. TỔ CHỨC THỰC HIỆN"),
    "guide": ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", "III. TỔ CHỨC THỰC HIỆN"),
    "report": ("I. KẾT QUẢ THỰC HIỆN", "II. HẠN CHẾ, NGUYÊN NHÂN", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"),
    "resolution": ("I. TÌNH HÌNH VÀ NGUYÊN NHÂN", "II. QUAN ĐIỂM CHỈ ĐẠO VÀ MỤC TIÊU", "III. NHIỆM VỤ, GIẢI PHÁP",
                   "IV. TỔ CHỨC THỰC HIỆN"),
}
ROMAN = ("I", "II", "III", "IV", "V", "VI")

TWO_LEVEL_FROM = dt.date(2025, 7, 1)  # districts abolished: communes cite the province directly
LAST_DISTRICT_DAY = dt.date(2025, 6, 30)
START = dt.date(2023, 1, 3)


# ---------------------------------------------------------------------------------------------
# Model


@dataclass
class Issuer:
    name: str
    kind: IssuerKind
    code: str  # resolved issuer code (TU/HU for a district's Party committee)
    place: str
    province: str
    district: str = ""
    commune: str = ""
    cap: str = "tỉnh"  # the level word used in sentences
    up: str = "Tỉnh ủy"
    signer: str = ""
    counter_key: str = ""  # numbers run per counter key and year (TW numbers are shared)


@dataclass
class Ref:
    """A cited document: a held one (``held``) or one known only by its citation."""

    number: str
    type: str
    issuer: str
    date: dt.date
    subject: str
    held: bool = False

    @property
    def label(self) -> str:
        return f"{self.type} số {self.number}"

    def citation(self, rng: random.Random) -> str:
        """"Kế hoạch số 386-KH/TU, ngày 13/02/2025 của … về …" (sometimes without the comma)."""
        sep = ", ngày " if rng.random() < 0.7 else " ngày "
        return f"{self.label}{sep}{vn_date(self.date)} của {self.issuer} về {self.subject}"


@dataclass
class SynthDoc:
    key: int
    level: str
    issuer: Issuer
    type: str  # document type (Vietnamese); a legal Quyết định is type "Quyết định" with legal=True
    legal: bool
    date: dt.date
    topic: str
    implements: list[SynthDoc | Ref] = field(default_factory=list)  # cited in the opening "Thực hiện …"
    mentions: list[Ref] = field(default_factory=list)  # cited further down ("lồng ghép …")
    parent: SynthDoc | None = None  # the main held document carried out, if any
    number: str = ""
    title: str = ""
    path: str = ""  # van-ban/<year>/<slug>.md
    text: str = ""  # the whole file (front matter + body), NFC

    @property
    def identity(self) -> tuple[str, str, int, str]:
        return (self.number, self.type, self.date.year, fold(self.issuer.name).lower())

    def ref(self) -> Ref:
        return Ref(self.number, self.type, self.issuer.name, self.date, self.topic_phrase(), held=True)

    def topic_phrase(self) -> str:
        return self.title[3:] if self.title.startswith("về ") else _lower_first(self.title)


def as_ref(item: SynthDoc | Ref) -> Ref:
    return item.ref() if isinstance(item, SynthDoc) else item


def vn_date(d: dt.date) -> str:
    """22/12/2024, 07/3/2025: day zero-padded, month padded only for 1–2 (as the seeds write it)."""
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{d.day:02d}/{month}/{d.year}"


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s and not s[:2].isupper() else s


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


# ---------------------------------------------------------------------------------------------
# Geography and issuers


def _names(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        a, b = rng.choice(SYLLABLES), rng.choice(SYLLABLES)
        name = f"{a} {b}"
        if a == b or fold(name).lower() in taken:
            if len(taken) > len({fold(x).lower() for x in SYLLABLES}) ** 2 * 0.8:  # exhausted: a third syllable
                name = f"{name} {rng.choice(SYLLABLES)}"
            else:
                continue
        # Distinct once folded: vanban tells issuers apart by their folded names ("Thạnh Khánh" is
        # "Thanh Khánh"), so two such communes would make the same document twice.
        if fold(name).lower() in taken:
            continue
        taken.add(fold(name).lower())
        out.append(name)
    return out


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def build_issuers(rng: random.Random, n: int) -> dict[str, list[Issuer]]:
    """Issuers per level: the geography grows with n (about 10 documents per commune)."""
    n_communes = max(2, min(900, n // 10))
    n_districts = max(1, round(n_communes / 6))
    n_provinces = max(1, min(len(PROVINCES), round(n_districts / 6)))
    issuers: dict[str, list[Issuer]] = {"central": [], "province": [], "district": [], "commune": []}
    for kind in CENTRAL_KINDS:
        issuers["central"].append(Issuer(kind.name, kind, kind.code, "Hà Nội", "", cap="cả nước",
                                         up="Trung ương", signer=_person(rng),
                                         counter_key=kind.code))
    taken_d: set[str] = set()
    taken_c: set[str] = set()
    provinces = PROVINCES[:n_provinces]
    districts_per = [n_districts // n_provinces + (1 if i < n_districts % n_provinces else 0)
                     for i in range(n_provinces)]
    communes_left = n_communes
    for (pname, capital), nd in zip(provinces, districts_per, strict=False):
        for kind in PROVINCE_KINDS:
            name = kind.name.format(P=pname)
            issuers["province"].append(Issuer(name, kind, kind.code, capital, pname, cap="tỉnh",
                                              up="Tỉnh ủy", signer=_person(rng), counter_key=name))
        for dname in _names(rng, max(1, nd), taken_d):
            dkind = rng.choices(("huyện", "thị xã", "thành phố"), (6, 2, 1))[0]
            party_word = {"huyện": "Huyện ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy"}[dkind]
            pcode = "HU" if dkind == "huyện" else "TU"
            dfull = f"{dkind} {dname}"
            for kind in DISTRICT_KINDS:
                name = kind.name.format(PC=party_word, D=dfull)
                if kind.system == "party":
                    name = f"{name}, tỉnh {pname}"  # Party committees name the province
                code = kind.code.format(PCODE=pcode)
                issuers["district"].append(Issuer(name, kind, code, dname, pname, district=dfull,
                                                  cap=dkind, up=party_word, signer=_person(rng),
                                                  counter_key=name))
            share = max(1, round(n_communes / n_districts))
            nc = max(1, min(share, communes_left)) if communes_left > 0 else 1
            communes_left -= nc
            for cname in _names(rng, nc, taken_c):
                ckind = rng.choices(("xã", "phường", "thị trấn"), (7, 2, 1))[0]
                cfull = f"{ckind} {cname}"
                for kind in COMMUNE_KINDS:
                    name = kind.name.format(C=cfull)
                    issuers["commune"].append(Issuer(name, kind, kind.code, cname, pname,
                                                     district=dfull, commune=cfull, cap=ckind,
                                                     up="Đảng ủy", signer=_person(rng),
                                                     counter_key=name))
    return issuers


def _pick_kind_issuer(rng: random.Random, pool: list[Issuer]) -> Issuer:
    return rng.choices(pool, [i.kind.weight for i in pool])[0]


def _pick_type(rng: random.Random, issuer: Issuer) -> tuple[str, bool]:
    names = [t for t, _ in issuer.kind.types]
    weights = [w for _, w in issuer.kind.types]
    t = rng.choices(names, weights)[0]
    return ("Quyết định", True) if t == LEGAL else (t, t == "Nghị định")


# ---------------------------------------------------------------------------------------------
# Generation


def _level_counts(n: int) -> dict[str, int]:
    if n < 4:
        counts = {"central": 1, "province": 1 if n > 1 else 0, "district": 1 if n > 2 else 0, "commune": 0}
        counts["commune"] = n - sum(counts.values())
        return counts
    central = max(1, round(n * 0.02))
    province = max(1, round(n * 0.13))
    district = max(1, round(n * 0.30))
    return {"central": central, "province": province, "district": district,
            "commune": n - central - province - district}


def _days(rng: random.Random, lo: int, hi: int) -> dt.timedelta:
    return dt.timedelta(days=rng.randint(lo, hi))


def _external(rng: random.Random, level: str, issuer_pool: list[Issuer], topic: str,
              before: dt.date, serial: list[int]) -> Ref:
    """A document cited but not held: numbers from a range held documents never reach."""
    if level == "central":
        pick = rng.choice(EXTERNAL_CENTRAL)
        if dt.date.fromisoformat(pick[3]) >= before:  # a document cites only what was issued before it
            pick = max((e for e in EXTERNAL_CENTRAL if dt.date.fromisoformat(e[3]) < before), key=lambda e: e[3])
        number, typ, issuer, date, subject = pick
        return Ref(number, typ, issuer, dt.date.fromisoformat(date), subject)
    issuer = _pick_kind_issuer(rng, issuer_pool)
    typ, legal = _pick_type(rng, issuer)
    if typ == "Công văn":
        typ = "Kế hoạch"
    serial[0] += 1
    date = before - _days(rng, 5, 40)
    n = 900 + serial[0] if issuer.kind.system == "party" else 3000 + serial[0]
    number = _format_number(issuer, typ, legal, n, date.year)
    return Ref(number, typ, issuer.name, date, f"{_subject_verb(rng, typ)} {topic}")


def _subject_verb(rng: random.Random, typ: str) -> str:
    if typ == "Báo cáo":
        return "kết quả thực hiện"
    if typ == "Hướng dẫn":
        return rng.choice(("tuyên truyền", "quán triệt, tuyên truyền"))
    return rng.choice(("thực hiện", "triển khai thực hiện", "tổ chức thực hiện"))


def _format_number(issuer: Issuer, typ: str, legal: bool, n: int, year: int) -> str:
    num = f"{n:02d}"
    if issuer.kind.system == "party" or issuer.code == "TW":
        return f"{num}-{TYPE_CODES[typ]}/{issuer.code}"
    if legal:
        return f"{num}/{year}/{TYPE_CODES[typ]}-{issuer.code}"
    if typ == "Công văn":
        return f"{num}/{issuer.code}-{issuer.kind.cv_unit}" if issuer.kind.cv_unit else f"{num}/{issuer.code}"
    return f"{num}/{TYPE_CODES[typ]}-{issuer.code}"


def generate(n: int, seed: int = 0) -> list[SynthDoc]:
    """N documents (metadata, citations and rendered text), identical for the same (n, seed)."""
    rng = random.Random(seed)
    issuers = build_issuers(rng, n)
    counts = _level_counts(n)
    docs: list[SynthDoc] = []
    serial = [0]
    by_issuer_place: dict[str, list[SynthDoc]] = defaultdict(list)  # province/district name → docs

    # Central: 57-NQ/TW first (the seeds' anchor), then synthetic resolutions and conclusions.
    bct = issuers["central"][0]
    for i in range(counts["central"]):
        if i == 0:
            doc = SynthDoc(len(docs), "central", bct, "Nghị quyết", False, dt.date(2024, 12, 22), TOPICS[0])
            doc.number = "57-NQ/TW"
        else:
            issuer = _pick_kind_issuer(rng, issuers["central"])
            typ, legal = _pick_type(rng, issuer)
            date = START + _days(rng, 0, 800)  # up to early 2025
            doc = SynthDoc(len(docs), "central", issuer, typ, legal, date, TOPICS[i % len(TOPICS)])
        if rng.random() < 0.5:
            doc.mentions.append(_external(rng, "central", [], doc.topic, doc.date, serial))
        docs.append(doc)
    central = list(docs)

    def child(level: str, issuer: Issuer, parents: list[SynthDoc], fallback_pool: list[Issuer],
              parent_level: str, lo: int, hi: int, latest: dt.date | None = None) -> SynthDoc:
        typ, legal = _pick_type(rng, issuer)
        held_parent = rng.choice(parents) if parents and rng.random() < 0.9 else None
        if held_parent is not None:
            base = held_parent.date
            topic = held_parent.topic
        else:
            topic = rng.choice(TOPICS)
            base = START + _days(rng, 20, 850)
        date = base + _days(rng, lo, hi)
        if latest and date > latest:
            date = max(base + dt.timedelta(days=1), latest - _days(rng, 0, 20))
        doc = SynthDoc(len(docs), level, issuer, typ, legal, date, topic, parent=held_parent)
        if held_parent is not None:
            # One sentence often cites the chain: the central resolution, then the parent.
            if held_parent.parent is not None and rng.random() < 0.6:
                doc.implements.append(held_parent.parent)
            doc.implements.append(held_parent)
        else:
            doc.implements.append(_external(rng, parent_level, fallback_pool, topic, date, serial))
        if rng.random() < 0.35:
            doc.mentions.append(_external(rng, "central", [], topic, date, serial))
        return doc

    for _ in range(counts["province"]):
        issuer = _pick_kind_issuer(rng, issuers["province"])
        doc = child("province", issuer, central, [], "central", 5, 60)
        docs.append(doc)
        by_issuer_place[issuer.province].append(doc)

    province_docs = {p: list(ds) for p, ds in by_issuer_place.items()}
    districts_by_place: dict[str, list[Issuer]] = defaultdict(list)
    for iss in issuers["district"]:
        districts_by_place[iss.district].append(iss)
    district_names = list(districts_by_place)
    prov_issuers: dict[str, list[Issuer]] = defaultdict(list)
    for iss in issuers["province"]:
        prov_issuers[iss.province].append(iss)
    district_docs: dict[str, list[SynthDoc]] = defaultdict(list)
    for i in range(counts["district"]):
        dname = district_names[i % len(district_names)] if i < len(district_names) else rng.choice(district_names)
        issuer = _pick_kind_issuer(rng, districts_by_place[dname])
        parents = [d for d in province_docs.get(issuer.province, []) if d.date < LAST_DISTRICT_DAY]
        doc = child("district", issuer, parents, prov_issuers[issuer.province], "province", 5, 45,
                    latest=LAST_DISTRICT_DAY)
        docs.append(doc)
        district_docs[dname].append(doc)

    communes_by_place: dict[str, list[Issuer]] = defaultdict(list)
    for iss in issuers["commune"]:
        communes_by_place[iss.commune + "|" + iss.district].append(iss)
    commune_names = list(communes_by_place)
    for i in range(counts["commune"]):
        cname = commune_names[i % len(commune_names)] if i < len(commune_names) else rng.choice(commune_names)
        issuer = _pick_kind_issuer(rng, communes_by_place[cname])
        dparents = district_docs.get(issuer.district, [])
        district_pool = [iss for iss in issuers["district"] if iss.district == issuer.district]
        doc = child("commune", issuer, dparents, district_pool, "district", 5, 150,
                    latest=dt.date(2025, 12, 20))
        if doc.date >= TWO_LEVEL_FROM and doc.parent is not None and doc.parent.level == "district":
            # After 01/07/2025 the district is gone: carry out the provincial document directly.
            grand = doc.parent.parent
            if grand is not None and grand.level == "province":
                doc.parent = grand
                doc.implements = [r for r in doc.implements[:-1] if r is not grand] + [grand]
        docs.append(doc)

    _assign_numbers(rng, docs)
    _assign_titles(rng, docs)
    _check_unique(docs)
    _assign_paths(docs)
    for doc in docs:
        doc.text = unicodedata.normalize("NFC", render(doc, random.Random(f"{seed}:{doc.key}")))
    return docs


def _assign_numbers(rng: random.Random, docs: list[SynthDoc]) -> None:
    """Sequential numbers per issuer (and per type for State documents) and year, in date order."""
    groups: dict[tuple[str, ...], list[SynthDoc]] = defaultdict(list)
    for doc in docs:
        if doc.number:
            continue
        iss = doc.issuer
        party = iss.kind.system == "party"
        if iss.code == "TW":
            key: tuple[str, ...] = ("TW", TYPE_CODES.get(doc.type, doc.type))  # per term, shared
        elif party:
            key = (iss.counter_key, str(doc.date.year))
        else:
            fam = "legal" if doc.legal else TYPE_CODES.get(doc.type, doc.type)
            key = (iss.counter_key, str(doc.date.year), fam)
        groups[key].append(doc)
    for key, members in groups.items():
        members.sort(key=lambda d: (d.date, d.key))
        iss = members[0].issuer
        if key[0] == "TW":
            n = 58 + rng.randint(0, 3)
        elif iss.kind.level == "commune":
            n = 20  # every commune's first Kế hoạch of the year is 21/KH-UBND (or close)
        elif iss.kind.level == "district":
            n = rng.randint(30, 150)
        else:
            n = rng.randint(100, 350) if iss.kind.system == "party" else rng.randint(10, 400)
        big_step = iss.kind.level in ("province", "central") or iss.code == "TW"
        for doc in members:
            n += rng.choice((1, 1, 2, 3, 5, 8)) if big_step else rng.choice((1, 1, 1, 2, 3))
            if key[0] == "TW" and n == 57:
                n += 1
            doc.number = _format_number(iss, doc.type, doc.legal, n, doc.date.year)


def _assign_titles(rng: random.Random, docs: list[SynthDoc]) -> None:
    for doc in docs:
        if doc.level == "central":
            doc.title = f"về {doc.topic}" if doc.type != "Nghị định" else f"quy định chi tiết một số điều về {doc.topic}"
            if doc.number == "57-NQ/TW":
                doc.title = f"về {TOPICS[0]}"
            continue
        main = as_ref(doc.implements[-1])
        cite = f"{main.label}, ngày {vn_date(main.date)} của {main.issuer}"
        if doc.type == "Báo cáo":
            doc.title = f"Kết quả {rng.choice(('01 năm', '06 tháng', 'sơ kết'))} thực hiện {cite}"
        elif doc.type == "Hướng dẫn":
            doc.title = f"Tuyên truyền {cite} về {doc.topic}"
        elif doc.type == "Công văn":
            doc.title = f"triển khai {cite}"
        elif doc.type == "Quyết định" and doc.legal:
            doc.title = f"Ban hành Quy định về {doc.topic} trên địa bàn {doc.issuer.cap}"
        elif doc.type == "Quyết định":
            doc.title = rng.choice((f"Về việc thành lập Ban Chỉ đạo {doc.topic}",
                                    f"Về việc ban hành Kế hoạch thực hiện {cite}"))
        elif doc.type == "Thông báo":
            doc.title = f"Kết luận của Chủ tịch Ủy ban nhân dân về triển khai {cite}"
        else:
            verb = rng.choice(("Tổ chức học tập, quán triệt, tuyên truyền thực hiện", "Thực hiện",
                               "Triển khai thực hiện", "Tuyên truyền"))
            doc.title = f"{verb} {cite} về {doc.topic}"


def _check_unique(docs: list[SynthDoc]) -> None:
    seen: dict[tuple[str, str, int, str], SynthDoc] = {}
    for doc in docs:
        if doc.identity in seen:
            raise AssertionError(f"duplicate identity {doc.identity}")
        seen[doc.identity] = doc


def _assign_paths(docs: list[SynthDoc]) -> None:
    """``van-ban/<year>/<slug>.md``; a number shared by several issuers gets the issuer's place."""
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for doc in docs:
        counts[(doc.date.year, slugify(doc.number))] += 1
    used: set[str] = set()
    for doc in docs:
        base = slugify(doc.number)
        if counts[(doc.date.year, base)] > 1:
            base = f"{base}-{slugify(doc.issuer.commune or doc.issuer.district or doc.issuer.province or doc.issuer.name)}"
            base = f"{base}-{slugify(doc.issuer.kind.code)}"
        slug, k = base, 2
        while f"{doc.date.year}/{slug}" in used:
            slug, k = f"{base}-{k}", k + 1
        used.add(f"{doc.date.year}/{slug}")
        doc.path = f"van-ban/{doc.date.year}/{slug}.md"


# ---------------------------------------------------------------------------------------------
# Rendering


def _fill(template: str, f: dict[str, str]) -> str:
    return template.format(**f)


def render(doc: SynthDoc, rng: random.Random) -> str:
    """Front matter + Markdown body of 2–15 KB."""
    return _front_matter(doc) + "\n" + _body(doc, rng)


def _signature(doc: SynthDoc) -> tuple[str, str]:
    kind = doc.issuer.kind
    title = kind.sign_titles[doc.key % len(kind.sign_titles)]
    if title.startswith("KT. "):
        return title.replace(" — ", "\n"), title
    if kind.sign_on_behalf:
        return f"{kind.sign_on_behalf}\n{title}", f"{kind.sign_on_behalf} — {title}"
    return title, title


def _recipients(doc: SynthDoc) -> list[str]:
    iss = doc.issuer
    lines = ["Như trên;"] if doc.type == "Công văn" else []
    if doc.level == "central":
        lines += ["Các tỉnh ủy, thành ủy trực thuộc Trung ương;", "Các ban đảng, ban cán sự đảng, đảng đoàn;"]
    elif doc.level == "province":
        lines += ["Ban Bí thư Trung ương Đảng (để b/c);", "Các huyện ủy, thị ủy, thành ủy;",
                  "Các sở, ban, ngành tỉnh;"]
    elif doc.level == "district":
        lines += [f"Ban Thường vụ Tỉnh ủy {iss.province} (để b/c);", f"Thường trực {iss.up};",
                  "UBND các xã, thị trấn;", f"Các ban, phòng, ngành, UBMTTQ và các đoàn thể CT - XH {iss.cap};"]
    else:
        lines += [f"Thường trực {'Huyện ủy' if doc.date < TWO_LEVEL_FROM else 'Tỉnh ủy'} (b/c);",
                  "Thường trực Đảng ủy, HĐND xã;", "Các ban, ngành, đoàn thể xã;", "Các thôn, ấp;"]
    return [*lines, "Lưu: VT."]


def _front_matter(doc: SynthDoc) -> str:
    _signer_block, signer_title = _signature(doc)
    data: dict[str, object] = {
        "number": doc.number,
        "type": doc.type,
        "issuer": doc.issuer.name,
        "date": doc.date.isoformat(),
    }
    if doc.legal:
        data["effective"] = (doc.date + dt.timedelta(days=10)).isoformat()
    data.update({
        "title": doc.title,
        "place": doc.issuer.place,
        "signer": doc.issuer.signer,
        "signer_title": signer_title,
        "recipients": _recipients(doc),
        "attachments": [],
    })
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)
    return f"---\n{dumped}---\n"


def _cite_all(refs: list[Ref], rng: random.Random) -> str:
    return "; ".join(r.citation(rng) for r in refs)


def _body(doc: SynthDoc, rng: random.Random) -> str:
    target = int(min(13_500, max(2_000, rng.triangular(2_000, 14_000, 5_000))))
    used: set[str] = set()
    refs = [as_ref(r) for r in doc.implements]
    main = refs[-1] if refs else None
    f = {
        "REF": main.label if main else f"{doc.type} này",
        "REFS": ", ".join(r.label for r in refs) if refs else f"{doc.type} này",
        "TOPIC": doc.topic,
        "CAP": doc.issuer.cap,
        "ORG": doc.issuer.name,
        "UP": doc.issuer.up,
        "DL": vn_date(doc.date + dt.timedelta(days=rng.randint(20, 60))),
        "KIND": doc.type,
    }
    out: list[str] = []
    if doc.type == "Công văn":
        out.append("Kính gửi:\n\n" + "\n".join(f"- {r}" for r in _recipients(doc)[1:-1]) + "\n")
    opening = ""
    if doc.type == "Quyết định":
        law = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2025;" if doc.date >= TWO_LEVEL_FROM
               else "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;")
        lines = [law] + [f"Căn cứ {r.citation(rng)};" for r in refs]
        lines.append(f"Theo đề nghị của Trưởng phòng Văn hóa và Thông tin {doc.issuer.cap}.")
        out.append("\n\n".join(lines) + "\n\n**QUYẾT ĐỊNH:**\n")
    elif refs and doc.level != "central":
        verb = rng.choice(("Thực hiện", "Thực hiện", "Căn cứ", "Triển khai"))
        opening = f"{verb} {_cite_all(refs, rng)}"
        if len(refs) > 1 and rng.random() < 0.5:
            opening += f" (sau đây viết tắt là {', '.join(r.label for r in refs)})"
        if doc.type == "Công văn":
            opening += f", {doc.issuer.name} đề nghị các cơ quan, đơn vị triển khai các nội dung, tập trung vào một số nội dung sau:"
        else:
            opening += f". {doc.issuer.name} xây dựng {doc.type} {_lower_first(doc.title)}, cụ thể như sau:"
        out.append(opening + "\n")
    if doc.mentions:
        extra = "; ".join(r.citation(rng) for r in doc.mentions)
        mention = f"Lồng ghép việc thực hiện {f['REF']} với {extra}."
    else:
        mention = ""

    size = lambda: sum(len(s.encode()) for s in out)  # noqa: E731
    if doc.type == "Quyết định":
        articles = [
            f"**Điều 1.** {'Ban hành kèm theo Quyết định này Quy định' if doc.legal else 'Ban hành kèm theo Quyết định này Kế hoạch'} {_fill(rng.choice(PURPOSE), f)[0].lower()}{_fill(rng.choice(PURPOSE), f)[1:]}",
            f"**Điều 2.** {_fill(rng.choice(CONTENT), f)}",
        ]
        out.extend(a + "\n" for a in articles)
        k = 3
        while size() < target - 600:
            out.append(f"**Điều {k}.** {_fill(_pick(rng, CONTENT + PURPOSE, used), f)}\n")
            k += 1
        out.append(f"**Điều {k}.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n")
    elif doc.type in ("Công văn", "Thông báo"):
        items = [f"{i}\\. {_fill(s, f)}" for i, s in enumerate(rng.sample(CONTENT, 3), 1)]
        out.extend(s + "\n" for s in items)
        if mention:
            out.append(mention + "\n")
        i = len(items) + 1
        while size() < target - 500:
            out.append(f"{i}\\. {_fill(_pick(rng, CONTENT + FORMS, used), f)}\n")
            i += 1
        out.append(f"Đề nghị các cơ quan, đơn vị căn cứ vào tình hình thực tế, tổ chức triển khai các nội dung trên đến cán bộ, đảng viên và Nhân dân bằng các hình thức phù hợp, góp phần thực hiện thắng lợi {f['REF']}./.\n")
    else:
        heads = SECTION_HEADS["report" if doc.type == "Báo cáo" else
                              "resolution" if doc.level == "central" else
                              "guide" if doc.type == "Hướng dẫn" else "plan"]
        sections: list[list[str]] = [[] for _ in heads]
        pools = _section_pools(doc, heads)
        for si, pool in enumerate(pools):
            for _ in range(2):
                sections[si].append(_item(rng, pool, f, used))
        if mention:
            sections[1].append(mention)

        def total() -> int:
            return size() + sum(len(x.encode()) + 8 for s in sections for x in s) + 1_200

        while total() < target:
            si = rng.randrange(len(sections))
            sections[si].append(_item(rng, pools[si], f, used))
        for head, items in zip(heads, sections, strict=False):
            out.append(f"## {head}\n")
            for j, it in enumerate(items, 1):
                if it.startswith("### "):
                    out.append(it + "\n")
                else:
                    out.append(f"{j}\\. {it}\n" if not it.startswith("- ") else it + "\n")
        out.append(_fill(rng.choice(CLOSINGS), f) + "\n")
    signer_block, _ = _signature(doc)
    sig = "  \n".join(f"**{line}**" for line in signer_block.split("\n"))
    out.append("**Nơi nhận:**\n\n" + "\n".join(f"- {r}" for r in _recipients(doc)) + "\n")
    out.append(sig + "\n")
    out.append(doc.issuer.signer + "\n")
    return "\n".join(out)


def _section_pools(doc: SynthDoc, heads: tuple[str, ...]) -> list[tuple[str, ...]]:
    pools: list[tuple[str, ...]] = []
    for head in heads:
        if "MỤC ĐÍCH" in head or "QUAN ĐIỂM" in head:
            pools.append(PURPOSE)
        elif "TỔ CHỨC THỰC HIỆN" in head:
            pools.append(("UNIT",))
        elif "KẾT QUẢ" in head or "HẠN CHẾ" in head or "TÌNH HÌNH" in head:
            pools.append(RESULTS + CONTENT[:3])
        elif "HÌNH THỨC" in head:
            pools.append((*CONTENT, "FORMS"))
        else:
            pools.append(CONTENT)
    return pools


def _pick(rng: random.Random, pool: tuple[str, ...], used: set[str]) -> str:
    """A template not yet used in this document when one is left (no sentence twice in a row)."""
    fresh = [t for t in pool if t not in used]
    choice = rng.choice(fresh or pool)
    used.add(choice)
    return choice


def _item(rng: random.Random, pool: tuple[str, ...], f: dict[str, str], used: set[str]) -> str:
    choice = _pick(rng, pool, used)
    if choice == "UNIT":
        fresh = [u for u in UNITS if u[0] not in used]
        unit, task = rng.choice(fresh or UNITS)
        used.add(unit)
        return f"{_fill(unit, f)}: {_fill(task, f)}"
    if choice == "FORMS":
        return "\n".join(f"- {s}" for s in rng.sample(FORMS, 3))
    text = _fill(choice, f)
    if rng.random() < 0.3:  # two sentences in one item, as the seeds often have
        text += " " + _fill(_pick(rng, CONTENT if "FORMS" in pool else pool, used), f)
    return text


# ---------------------------------------------------------------------------------------------
# Writing


def write_corpus(root: Path, n: int, seed: int = 0) -> list[SynthDoc]:
    """Write ``root/van-ban/<year>/<slug>.md`` for N documents; returns them."""
    docs = generate(n, seed)
    for doc in docs:
        path = root / doc.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc.text, encoding="utf-8")
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sinh kho văn bản tổng hợp cho bench (synthetic corpus).")
    parser.add_argument("n", type=int)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    docs = write_corpus(args.dir, args.n, args.seed)
    print(f"{len(docs)} documents in {args.dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
