"""Where a block's clauses are cut and what one clause hands the next (:meth:`.walk.Walk.clauses`): a colon or a
bracket that does or does not cut, the partner list a ";" carries on, the dues a purpose clause keeps for itself, an
asking verb that names its own addressee. Plain text predicates, apart from the walk's state so both can be read alone."""

from __future__ import annotations

from vanban.deadlines import Deadline

from . import patterns as p
from . import vocabulary as v
from .clauses import assigns, duty_start
from .letters import kind_colon
from .scan import verbs

__all__ = ["asks_another", "bracketed", "own_dues", "partner_state", "unit_after_colon"]


def unit_after_colon(text: str, k: int) -> bool:
    """Whether the clause cut *k* follows a colon with a capitalised unit after it ("… cụ thể như sau: Trạm Thú y
    báo cáo …", "… yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động …"): that unit starts a clause of its own. A colon
    before a duty ("UBND huyện: Tham mưu …") or before names a plural noun shares ("các Sở: Tài chính, …") is no cut."""
    if text[k - 1] != ":" or p.RECIPIENTS.match(text):  # "Kính gửi: Sở …", "Nơi nhận: …" name recipients
        return False
    if text.find("gửi", max(0, k - 300), k) != -1 and kind_colon(text, k - 1):  # "… gửi Bộ trưởng các Bộ: Công an, …"
        return False
    rest = text[k:].lstrip()
    return rest[:1].isupper() and p.UNIT_START.match(p.retone(rest[:60])) is not None


def asks_another(clause: str) -> bool:
    """Whether an asking verb in *clause* names whom it asks: a person or a capitalised name after it ("yêu cầu ông (bà)
    Hiệu trưởng …", "đề nghị Trưởng các phòng …"), not a duty ("Yêu cầu hoàn thiện gửi ý kiến … trước ngày …", which
    dates the units of the clause before)."""
    for m in verbs(clause):
        if m.group()[:1] in "yYđĐgG" and m.group()[1:2] not in "ốỐ":
            nxt = clause[m.end():m.end() + 12]
            if nxt[:1].isupper() or v.HONORIFIC.match(nxt):
                return True
    return False


def bracketed(text: str, k: int) -> bool:
    """Whether the cut *k* stands inside brackets ("xây dựng Đề án … (chức năng, …; bố trí cán bộ …; xử lý tài sản …), báo
    cáo … trước ngày 30/4/2025": the list in brackets is one clause's, its due after them; heldout8 w33)."""
    return "(" in text and text.count("(", 0, k) > text.count(")", 0, k) and text.find(")", k) != -1


def partner_state(clause: str, low: str, state: int) -> int:
    """The partner list's state after *clause* (*low*: lower-cased), given the *state* after the one before: 1 for a
    clause that ends naming partners ("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính;", "phối hợp Sở Khoa học và Công
    nghệ;"), 2 for a bare name that goes on with that list ("Viễn thông Đồng Nai (VNPT Đồng Nai);"), -2 for the clause
    after that, whose units end the list: they are partners too, no holders ("…; Ủy ban nhân dân cấp xã và các đơn vị liên
    quan thực hiện …"); 0 otherwise. Without a bare name between, a clause after "phối hợp với A;" is read as before."""
    if not clause.endswith(";"):
        return -2 if state == 2 else 0
    last = None
    for last in v.PARTNERS.finditer(clause):  # noqa: B007 (the last one is wanted)
        pass
    if last is not None and duty_start(clause[last.end():]) == -1:
        return 1
    if state > 0 and duty_start(clause) == -1 and not assigns(low):
        return 2
    return -2 if state == 2 else 0


def own_dues(low: str, dues: list[tuple[int, Deadline]]) -> tuple[Deadline, ...]:
    """A clause's deadlines (*dues*: with their offsets in *low*, the block's lower case) less those of a purpose clause that
    follows a due of the clause's own ("gửi hồ sơ về Sở … trước ngày 28-10 để sở tổ chức thẩm định trình UBND tỉnh trước
    ngày 10-11": the second is the receiver's next step; twentieth session, heldout4 m24). A lone due after "để" stays
    ("… gửi về Ban Thường trực để tổng hợp, báo cáo UBND huyện trước ngày 15/9/2019": the sets give it to the units)."""
    if len(dues) < 2:
        return tuple(d for _pos, d in dues)
    ordered = sorted(dues, key=lambda x: x[0])
    kept = [ordered[0]]
    for pos, d in ordered[1:]:
        last, first = kept[-1]
        if pos < 0 or last < 0 or low.find(" để ", last + len(first.text), pos) == -1:
            kept.append((pos, d))
    return tuple(d for pos, d in dues if (pos, d) in kept)
