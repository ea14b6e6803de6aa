"""Forty-first session (citations README, "Tuning notes (forty-first session, cit51b …)"): a dissemination duty that
heads a part of a sentence, after ";" or ":", carries out the documents it names — in its own part and in the ";"
items of its object list (:mod:`vanban.citations.duty_parts`, the README's rule A one part in).  On pages written here
in other wordings than the pages that showed it (heldout39 h39-26, heldout34 h34-55); run on the fast extractor and
its plain reference; each positive fails on the code before the rule (7e24878f), each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, relations
from vanban.citations.duty_parts import duty_part


def test_a_duty_after_a_semicolon_in_a_directive(extractor: Extractor) -> None:
    """A department's tasks run on in one sentence; the third names the decree and the directive to make known."""
    text = (
        "Ngày 10/3/2025, UBND tỉnh ban hành Công văn số 512/UBND-VX về bảo đảm an toàn thực phẩm. Theo đó, Chủ tịch "
        "UBND tỉnh yêu cầu các sở, ngành thực hiện các nhiệm vụ sau:\n"
        "Sở Y tế chủ trì kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn; đẩy mạnh tuyên truyền, phổ biến sâu "
        "rộng trong nhân dân nội dung Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi tiết thi "
        "hành một số điều của Luật An toàn thực phẩm; Chỉ thị số 17/CT-TTg ngày 13/4/2020 của Thủ tướng Chính phủ về "
        "tăng cường công tác bảo đảm an toàn thực phẩm.\n"
    )
    found = relations(extractor(text, find_own=True))
    assert found["15/2018/NĐ-CP"] == "implements"
    assert found["17/CT-TTg"] == "implements"


def test_an_object_list_item_after_a_duty_opened_by_a_colon(extractor: Extractor) -> None:
    """The duty opens after "Nội dung:"; the directive stands in the next ";" item of what is to be propagated."""
    text = (
        "Đội Thông tin lưu động huyện tổ chức đợt tuyên truyền về phòng, chống dịch sốt xuất huyết.\n\n"
        "Nội dung: Tập trung tuyên truyền các biện pháp diệt lăng quăng, bọ gậy; những nội dung chủ yếu Chỉ thị số "
        "08/CT-UBND ngày 12/6/2024 của Ủy ban nhân dân tỉnh và hướng dẫn của ngành y tế.\n"
    )
    assert relations(extractor(text, find_own=True))["08/CT-UBND"] == "implements"


def test_a_reported_act_and_another_verbs_item_stay_mentions(extractor: Extractor) -> None:
    """Mirrors: the parts of an act the sentence reports done ("đã"), and an item with a verb of its own after the
    duty ("…; tuyên truyền kỷ niệm …; đẩy mạnh thực hiện Chỉ thị …" is not the duty's object)."""
    done = (
        "Hội Liên hiệp Phụ nữ xã đã tổ chức hội nghị cho hội viên: tuyên truyền, phổ biến Nghị định số "
        "100/2019/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ.\n"
    )
    assert relations(extractor(done, find_own=True)).get("100/2019/NĐ-CP") == "mentions"
    other = (
        "Trong tháng, Ban Thường vụ đã lãnh đạo các địa phương triển khai nhiệm vụ. Chỉ đạo các chi bộ tổ chức "
        "học tập; tuyên truyền kỷ niệm ngày thành lập Đảng; đẩy mạnh thực hiện Chỉ thị số 05-CT/TW và các nghị quyết "
        "về xây dựng Đảng.\n"
    )
    assert not duty_part(other, other.index("Chỉ đạo"), other.index("Chỉ thị"))


def test_a_basis_headings_list_is_settled(extractor: Extractor) -> None:
    """Documents listed under a basis heading are carried out, and the text settles it: published as implements, not
    left unsettled by the model's doubt about the words around them (heldout31 h31-58, heldout32 h32-51)."""
    text = (
        "Bài viết dưới đây hướng dẫn thủ tục đăng ký kinh doanh dịch vụ lữ hành nội địa.\n"
        "1. Cơ sở pháp lý\n"
        "-\n"
        "Luật Du lịch số 09/2017/QH14 về hoạt động du lịch\n"
        "-\n"
        "Nghị định số 94/2021/NĐ-CP năm 2021 của Chính phủ\n"
        "-\n"
        "Quyết định số 1218/QĐ-UBND năm 2022 của UBND tỉnh về công bố thủ tục hành chính\n\n"
        "2. Hồ sơ đề nghị\n"
        "Một bộ hồ sơ gồm đơn đề nghị và bản sao giấy chứng nhận.\n"
    )
    found = {c.number: (c.relation, c.settled) for c in extractor(text, find_own=True).citations}
    assert found["94/2021/NĐ-CP"] == ("implements", True)
    assert found["1218/QĐ-UBND"] == ("implements", True)
