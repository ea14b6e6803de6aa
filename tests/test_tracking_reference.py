"""The fast sentence reader gives the rows of the plain reference beside it (issue 15, eyecite's way).

:mod:`vanban.tracking.sentences` skips work the reference does (blocks cut once for deadlines and
tasks, lines looked up by number, the "Nơi nhận" list passed over, tone marks moved only where needed);
:mod:`vanban.tracking.reference` walks every block plainly. Here both read the demo corpus, the tracking
fixture corpus, the spent real passages, synthetic documents and those bodies cut up and shuffled,
and must give the same assignments, line for line. The per-kind tests of test_tracking_sentences.py
run on both as well.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from script_modules import load_script

from vanban.analysis import analyse
from vanban.corpus import load_corpus
from vanban.deadlines import extract_deadlines
from vanban.deadlines.blocks import BULLET, ITEM, Block, blocks, segments, starts_after
from vanban.tracking import patterns, reference, sentences, tasks
from vanban.tracking.patterns import SECTION_LINE
from vanban.tracking.tasks import Assignment, assignments
from vanban.tracking.walk import Walk

ROOT = Path(__file__).resolve().parent.parent
SPENT = ("tuning", "heldout", "heldout2", "heldout3")  # named one by one: a fresh held-out set is never read here


def _bodies() -> list[tuple[str, str, int]]:
    """(name, body, line offset) of every body both readers are held to."""
    out = []
    for root in (ROOT / "content", ROOT / "tests" / "fixtures" / "tracking" / "content"):
        out += [(d.source, d.body, d.body_line - 1) for d in load_corpus(root).documents if d.held]
    evaluation = load_script("tracking_eval")
    out += [(p.id, p.text, 0) for name in SPENT for p in evaluation.read_set(name)]
    out += [(f"synth-{d.key}", d.text.split("\n---\n", 1)[-1], 0) for d in load_script("synth").generate(150, 7)]
    rng = random.Random(15)
    lines = [line for _n, body, _o in out for line in body.split("\n")]
    for i in range(300):  # pieces of real and synthetic text in orders no document has
        start = rng.randrange(len(lines))
        piece = lines[start:start + rng.randrange(2, 40)]
        rng.shuffle(piece)
        out.append((f"shuffled-{i}", "\n".join(piece), rng.randrange(3)))
    return out


BODIES = _bodies()


def _rows(found: list[Assignment]) -> list[tuple[object, ...]]:
    return [(a.head, a.text, a.line, a.deadline) for a in found]


@pytest.mark.parametrize(("name", "body", "offset"), BODIES, ids=[n for n, _b, _o in BODIES])
def test_the_fast_reader_gives_the_reference_rows(name: str, body: str, offset: int) -> None:
    deadlines = extract_deadlines(body, line_offset=offset)
    plain = assignments(body, deadlines, offset, reader=reference.stated)
    assert _rows(assignments(body, deadlines, offset)) == _rows(plain)
    cut = tuple(blocks(body))  # the analysis stage's way: blocks cut once, shared with the deadline finder
    assert extract_deadlines(body, line_offset=offset, read=cut) == deadlines
    assert _rows(assignments(body, deadlines, offset, read=cut)) == _rows(plain)


def test_the_analysis_stage_reads_the_tasks_the_tracker_would() -> None:
    docs = [d for d in load_corpus(ROOT / "content").documents if d.held]
    found = 0
    for doc in docs:
        analysis = analyse(doc)
        assert analysis.tasks == tuple(assignments(doc.body, analysis.deadlines, doc.body_line - 1))
        found += len(analysis.tasks)
    assert found >= 5


def test_the_first_character_gates_agree_with_the_patterns() -> None:
    """The fast walk runs an anchored pattern only on a block whose first character it can match."""
    for char in "-+•·–*—=>#ab(1IVXLPNnTt đĐ)":
        text = f"{char}) 1. x"
        assert (BULLET.match(text) is not None) == (char in sentences.BULLETS)
        assert ITEM.match(text) is None or char in sentences.ITEM_FIRST or text[1:2] == ")"



GATE_CASES = [
    "Giao Sở Nội vụ chủ trì, báo cáo trước ngày 10/3/2025.",
    "Thực hiện Kế hoạch số 5/KH-UBND. Ban Thường vụ Huyện ủy xây dựng kế hoạch triển khai.",
    "Đề nghị Giám đốc: Sở Tài chính, Sở Nội vụ triển khai.",
    "a) Phòng Tư pháp được giao chủ trì rà soát.",
    "Định kỳ từ ngày 1 đến ngày 5 hằng tháng, Phòng Kế hoạch - Đầu tư kiểm tra.",
    "Yêu cầu các đồng chí Chủ tịch; Thủ trưởng các cơ quan chỉ đạo thực hiện.",
    "Bảo đảm yêu cầu quản lý; các đơn vị báo cáo kết quả hằng quý.",
    "Tập trung tuyên truyền. Giám đốc Công ty Điện lực chỉ đạo các đội kiểm tra.",
]


def _read_alone(text: str) -> tuple[object, ...]:
    """What :meth:`Walk.clauses` makes of one block read on its own: rows, pending units, heading."""
    probe = patterns.retone(text)
    walk = Walk(0)
    walk.clauses(Block(text, [0], [1]), probe, probe.lower(), [], run_on=False)
    return walk.out, walk.pending, walk.heading


@pytest.mark.parametrize("text", GATE_CASES)
def test_the_fast_gate_lets_a_duty_through(text: str) -> None:
    assert _read_alone(text)[0]
    assert sentences.may_assign(patterns.retone(text).lower())


def test_a_block_the_fast_gate_passes_over_lays_no_duty() -> None:
    """:func:`sentences.may_assign` is a necessary condition: a block it rejects gives no row, no pending
    units and no heading when read clause by clause, so the fast walk may skip it (on every block of the
    bodies above); and it does reject the usual nouns ("giao" in "giao ban", "yêu cầu", "quan điểm chỉ đạo")."""
    rejected = 0
    for _name, body, _offset in BODIES:
        for block in blocks(body):
            if not sentences.may_assign(patterns.retone(block.text).lower()):
                rejected += 1
                assert _read_alone(block.text) == ([], [], None), block.text
    assert rejected > 1000
    assert not sentences.may_assign("quan điểm chỉ đạo, bảo đảm yêu cầu quản lý, giao nhiệm vụ trọng tâm.")


def _read_alone_lending(text: str) -> tuple[object, ...]:
    """:func:`_read_alone` with the units the walk would lend to the next block (None when it skips a block)."""
    probe = patterns.retone(text)
    walk = Walk(0)
    walk.clauses(Block(text, [0], [1]), probe, probe.lower(), [], run_on=False)
    return walk.out, walk.pending, walk.heading, walk.lender


# A unit of the list cut where the bounded scan of clauses.duty_start reads "cấp" of "cấp ủy" as a duty word
# (the whole text has none): a row the gate must let through, which it does because the list is long.
_NAMES = " ".join(f"thôn Mới {i}" for i in range(40))
CUT_AT_THE_SCAN_END = "Các đơn vị tại " + _NAMES[:229].rstrip() + " cấp ủy xã."  # whole names before "cấp| ủy"
PASSED_OVER = [
    "TM. ỦY BAN NHÂN DÂN",  # "TM." ends no sentence (segments): no clause starts at "ỦY BAN"
    "TM. BAN THƯỜNG VỤ",
    "- Lồng ghép tuyên truyền qua tập huấn, hội thảo, tọa đàm, giao ban của Mặt trận Tổ quốc Việt Nam và các tổ "
    "chức chính trị - xã hội.",  # "giao ban của Mặt trận …": no duty word, ":" or ";" after the unit
    "Nội dung giao ban của Thường trực Huyện ủy tháng 5/2025.",  # ("buổi giao ban" is no order: not even a head)
]


@pytest.mark.parametrize("text", PASSED_OVER)
def test_the_gate_passes_over_a_unit_nothing_can_follow(text: str) -> None:
    """The heads alone (sentences.may_assign, the gate before) let these through; what follows the unit
    cannot end it with a duty, so the gate does not, and reading them clause by clause finds nothing."""
    assert sentences.may_assign(patterns.retone(text).lower())
    assert not sentences.gate(text)
    assert _read_alone_lending(text) == ([], [], None, None)


def test_a_duty_word_at_the_bound_is_read_whole() -> None:
    # The bounded scan read "cấp" of "cấp| ủy" as a duty word cut at its end, and the gate had to pass what it read; since
    # the twenty-seventh session a duty word that starts within the bound is read to its end (subjects._DUTY_TAIL: heldout13
    # p47's "chịu trách nhiệm" at 245): "cấp ủy xã" is a name, no duty, no row.
    probe = patterns.retone(CUT_AT_THE_SCAN_END)
    assert patterns.DUTY.search(probe, 1) is None
    assert not _read_alone(CUT_AT_THE_SCAN_END)[0]


def test_a_block_the_gate_passes_over_lays_no_duty() -> None:
    """:func:`sentences.gate` is a necessary condition: a block it rejects gives no row, no pending units,
    no heading and no units to lend when read clause by clause (on every block of the bodies above and the
    cases here), so the fast walk may skip it; and it passes over more blocks than the heads alone."""
    rejected = heads = 0
    texts = [b.text for _n, body, _o in BODIES for b in blocks(body)]
    for text in [*texts, *GATE_CASES, *PASSED_OVER, CUT_AT_THE_SCAN_END]:
        if not sentences.gate(text):
            rejected += 1
            assert _read_alone_lending(text) == ([], [], None, None), text
        heads += not sentences.may_assign(patterns.retone(text).lower())
    assert rejected > heads + 250


def test_starts_after_agrees_with_segments() -> None:
    """blocks.starts_after answers, for one ".", "!", "?" or ";", what segments answers for all of them."""
    texts = [b.text for _n, body, _o in BODIES for b in blocks(body)]
    texts += ["TM. ỦY BAN", "a.b. C", "Số 5. 6 đơn vị", "x; y", "Ông A. B. Nguyễn; - c", "1.2.3. X", "kết thúc.",
              "hỏi? Đáp! - ý", "(ĐT. 0123) Sở", "Xong . ", "a.\nb"]
    checked = 0
    for text in texts:
        sentences_at, cuts = segments(text)
        starts = {*sentences_at, *(k for k in cuts if k > 0 and text[k - 1] == ";")}
        for pos, char in enumerate(text):
            if char in ".!?;":
                assert starts_after(text, pos) == (pos + 1 in starts), (text, pos)
                checked += 1
    assert checked > 10000


SECTION_CASES = [
    "Căn cứ tình hình, tổ chức thực hiện tốt các nhiệm vụ sau.\n\n## III. TỔ CHỨC THỰC HIỆN\n\n1. UBND huyện: x",
    "**4. Tổ Chức Thực Hiện**\n1. Phòng Nội vụ: y",
    "Đề nghị tổ chức thực hiện.\nTrách nhiệm thực hiện\nIV. PHÂN CÔNG NHIỆM VỤ\n- a",
    "III. Tổ  chức\tthực hiện\r\n1. A: b",
    "\n\nTổ chức thực hiện\n",
    "Không có mục nào tổ chức thực hiện ở đây.",
]


@pytest.mark.parametrize("body", SECTION_CASES)
def test_the_section_line_is_found_where_the_plain_search_finds_it(body: str) -> None:
    for pos in range(len(body) + 1):
        fast, plain = tasks.section_line(body, pos), SECTION_LINE.search(body, pos)
        assert (fast and fast.span()) == (plain and plain.span())


def test_the_section_line_scan_agrees_on_every_body() -> None:
    found = 0
    for _name, body, _offset in BODIES:
        pos: int | None = 0
        while pos is not None:
            fast, plain = tasks.section_line(body, pos), SECTION_LINE.search(body, pos)
            assert (fast and fast.span()) == (plain and plain.span())
            found += plain is not None
            pos = plain.end() if plain else None
    assert found > 100



KINH_GUI_CASES = ["Kính gửi: UBND huyện", "KÍNH GỬI:\n\n- Phòng Nội vụ\n- UBND các xã", "**Kính gửi:** Sở Y tế",
                  "x" * 3990 + "\nKính gửi: A", "x" * 3999 + "\nKính gửi: A", "kính  gửi: các xã", "Kính gưi: A", ""]


@pytest.mark.parametrize("body", KINH_GUI_CASES + [b for _n, b, _o in BODIES])
def test_the_kinh_gui_gate_changes_no_recipient(body: str) -> None:
    """addressees() looks for the gate's "ử" (either case) before the case-blind scan: the same recipients
    as reading every body (an uppercase "GỬI" too, nothing past the first 4,000 characters)."""
    assert tasks.addressees(body) == tasks.read_addressees(body)
