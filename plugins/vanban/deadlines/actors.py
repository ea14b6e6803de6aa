"""Actors: whether the "<unit>:" before an item's colon, or an item's heading, names a unit (UBND,
Ban …, Các chi, đảng bộ …) that must act, or a topic (Thời gian, Nội dung …)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from vanban.text import collapse_space, text_key

from .blocks import BULLET


def norm_key(text: str) -> str:
    """Word lists and candidates compare by :func:`vanban.text.text_key` (case, spaces and tone placement)."""
    return text_key(text)


ORG_WORDS = tuple(
    norm_key(w)
    for w in (
        "UBND",
        "HĐND",
        "UB",
        "UBMTTQ",
        "MTTQ",
        "UBKT",
        "BTV",
        "BTG",
        "BCH",
        "BCĐ",
        "Ủy ban",
        "Ban",
        "Văn phòng",
        "Phòng",
        "Sở",
        "Các",
        "Cơ quan",
        "Trung tâm",
        "Hội",
        "Đoàn",
        "Công đoàn",
        "Liên đoàn",
        "Đảng ủy",
        "Đảng đoàn",
        "Ban cán sự",
        "Đảng bộ",
        "Chi bộ",
        "Chi hội",
        "Chi đoàn",
        "Huyện ủy",
        "Thị ủy",
        "Tỉnh ủy",
        "Thành ủy",
        "Quận ủy",
        "Cấp ủy",
        "Mặt trận",
        "Hội đồng",
        "Tòa án",
        "Viện",
        "Công an",
        "Bộ chỉ huy",
        "Ban chỉ huy",
        "Bộ",
        "Cục",
        "Chi cục",
        "Trường",
        "Bệnh viện",
        "Thường trực",
        "Đài",
        "Báo",
        "Tổ",
        "Nhóm",
        "Chủ tịch",
        "Phó Chủ tịch",
        "Bí thư",
        "Giám đốc",
        "Trưởng",
        "Phó trưởng",
        "Thủ trưởng",
        "Người đứng đầu",
        "Bộ phận",
        "Ngành",
        "Xã",
        "Phường",
        "Thị trấn",
        "Huyện",
        "Quận",
        "Thị xã",
        "Thành phố",
        "Tỉnh",
        "Doanh nghiệp",
        "Đơn vị",
        "Kho bạc",
        "Chi nhánh",
        "Ngân hàng",
        "Trạm",
        "Hợp tác xã",
        "Hiệu trưởng",
        "Đảng viên",
        "Cán bộ",
        "Công chức",
        "Tổ chức cơ sở",
        "Tổ chức chính trị",
        "Tổ chức thành viên",
        "Tổ chức đảng",
        "Tổ chức đoàn thể",
        "Tổ chức hội",
        "Tổ chức công đoàn",
    )
)
NOT_ACTOR = tuple(
    norm_key(w)
    for w in (
        "Nội dung",
        "Hình thức",
        "Thời gian",
        "Thời hạn",
        "Mục đích",
        "Yêu cầu",
        "Đối tượng",
        "Địa điểm",
        "Kinh phí",
        "Thành phần",
        "Phương thức",
        "Nhiệm vụ",
        "Giải pháp",
        "Công tác",
        "Kết quả",
        "Chế độ",
        "Tiến độ",
        "Lộ trình",
        "Ban hành",
        "Bổ sung",
        "Kính gửi",
        "Nơi nhận",
        "Căn cứ",
        "Thực hiện",
        "Về việc",
        "V/v",
        "Lưu",
        "Ghi chú",
        "Lưu ý",
        "Báo cáo",
        "Hội nghị",
        "Hội thảo",
        "Hội thi",
        "Trường hợp",
        "Phòng chống",
        "Phòng, chống",
        "Phòng ngừa",
        "Đoàn kết",
        "Các nội dung",
        "Các hình thức",
        "Các giải pháp",
        "Các nhiệm vụ",
        "Các mục tiêu",
        "Các hoạt động",
        "Các bước",
        "Các văn bản",
        "Các quan điểm",
        "Các chỉ tiêu",
        "Các yêu cầu",
        "Các biện pháp",
        "Các chương trình",
        "Các phong trào",
        "Các chủ trương",
    )
)
ACTOR_LEAD = re.compile(r"^(?:đề\s+nghị|giao|yêu\s+cầu|kính\s+đề\s+nghị)\s+", re.IGNORECASE)


def starts_with_word(words: Iterable[str]) -> re.Pattern[str]:
    """Matches a key that starts with one of ``words`` followed by a non-alphanumeric or the end.

    One alternation instead of a loop over the words: ``[^\\W_]`` is exactly ``str.isalnum``.
    """
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")(?![^\W_])")


ORG = starts_with_word(ORG_WORDS)
ORG_TO_CHUC = starts_with_word(p for p in ORG_WORDS if p.startswith("tổ chức "))
TOPIC = starts_with_word(NOT_ACTOR)


def as_actor(candidate: str) -> str | None:
    """``candidate`` cleaned when it names a unit (not a topic), else ``None``."""
    actor = collapse_space(BULLET.sub("", candidate)).strip(" .,;:-")
    actor = ACTOR_LEAD.sub("", actor).strip(" .,;:-")
    if not actor or len(actor) > 250 or len(actor.split()) > 40 or not actor[0].isupper():
        return None
    key = norm_key(actor)
    if key.startswith("tổ chức ") and not ORG_TO_CHUC.match(key):
        return None
    if TOPIC.match(key):
        return None
    return actor if ORG.match(key) else None


def first_colon(text: str, start: int, limit: int = 250) -> int:
    end = min(len(text), start + limit)
    pos = text.find(":", start, end)
    while pos != -1:
        if not (0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit()):
            return pos
        pos = text.find(":", pos + 1, end)
    return -1
