"""The cheap tests of :mod:`vanban.tracking.scan` answer as the patterns they spare (issue 15's cost, same rows).

:func:`~vanban.tracking.scan.verbs`, :func:`~vanban.tracking.scan.has_verb` and
:func:`~vanban.tracking.scan.first_verb` give :data:`~vanban.tracking.patterns.ASSIGN`'s own matches on every
clause and sentence of the demo, the tracking fixture, the spent real sets and a synthetic corpus, and on the
spellings the pattern folds ("ı", "İ", capitals, any white space); :func:`~vanban.tracking.scan.may_name_holder`
never turns away a block the fast walk's gate lets through, there and on a block made from every unit noun, title
and lead the gate's patterns name, at a block's start and after a clause's, in both tone placements and in
capitals. The rows the fast walk gives through them are held to the reference walk's by
tests/test_tracking_reference.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from tracking_texts import tracking_texts

from vanban.deadlines.blocks import blocks
from vanban.tracking import patterns as p
from vanban.tracking import scan, sentences


def _texts() -> Iterator[str]:
    return tracking_texts(80, 5)


BLOCKS = sorted({b.text for body in _texts() for b in blocks(body)})


def _alternatives(source: str) -> list[str]:
    """*source* (a pattern's text) cut at its top-level "|"."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = source.index("]", i + 2) + 1
            continue
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    return [*out, source[start:]]


def _sample(alternative: str) -> str:
    """The plainest text an alternative of a word list matches: lookarounds and optional parts dropped, the
    white space a space, the first choice of a group ("ubmttq(?:vn)?" -> "ubmttq", "cấp\\s+(?:xã|…)" -> "cấp xã")."""
    text = re.sub(r"\(\?<?[!=](?:[^()]|\([^()]*\))*\)", "", alternative)
    while True:
        dropped = re.sub(r"\(\?:[^()]*\)[?*]", "", text)
        if dropped == text:
            break
        text = dropped
    text = re.sub(r"\(\?:([^()|]*)(?:\|[^()]*)?\)", r"\1", text)
    return re.sub(r"\\s[+*]?", " ", text).replace("(?-i:[A-ZĐ])", "").strip()


UNIT_NOUNS = [_sample(a) for a in _alternatives(p.UNIT_NOUN.pattern.removeprefix("(?:").removesuffix(")(?!\\w)"))]


def test_every_unit_noun_opens_with_an_opener() -> None:
    """A unit noun added to the list must open with a word of scan.OPENERS, or the gate's first test would turn
    away a block that names it at a clause's start."""
    assert len(UNIT_NOUNS) > 60
    for noun in UNIT_NOUNS:
        assert re.fullmatch(r"[^\\()?|\[\]{}+*]+", noun), noun  # the sample is plain text
        assert noun.startswith(scan.OPENERS), noun


def test_every_assigning_verb_ends_in_a_key() -> None:
    """Each verb ASSIGN reads ends in the last syllable of a word of ASSIGN_WORDS (scan.KEYS)."""
    group = p.ASSIGN.pattern[p.ASSIGN.pattern.index("(?:"):]
    verbs = _alternatives(group[3:group.index("(?:\\s*[:,])")].removesuffix(")"))
    assert len(verbs) >= 6
    for verb in verbs:
        sample = _sample(verb)
        assert any(key in sample for key in scan.KEYS), sample
        assert p.ASSIGN.search(sample + " các xã"), sample


VERB_EDGES = ["gıao Sở Nội vụ", "GİAO Sở Nội vụ", "GIAO SỞ NỘI VỤ", "Đề  nghị các xã", "ĐỀ NGHỊ các xã", "đề\tnghị các",
              "đề\nnghị các", "Yêu cầu: Phòng A", "phân công cho B", "đối với C", "chỉ đạo, D", "theo yêu cầu của E",
              "giao ban", "bàn giao cho F", "", "nghị", "cầu", "x giao", "Chỉ  đạo  các đơn vị"]


def _clauses() -> Iterator[str]:
    for text in BLOCKS:
        probe = p.retone(text)
        yield probe
        yield from probe.split(";")
        yield from probe.split(". ")
    yield from VERB_EDGES


def test_the_verb_scans_are_the_pattern_s() -> None:
    found = scanned = 0
    for text in _clauses():
        spans = [m.span() for m in p.ASSIGN.finditer(text)]
        assert [m.span() for m in scan.verbs(text)] == spans, text
        assert scan.has_verb(text) == bool(spans), text
        first = scan.first_verb(text)
        assert (first and first.span()) == (spans[0] if spans else None), text
        found += bool(spans)
        scanned += scan.may_hold_verb(text)
    assert scanned < 0.6 * sum(1 for _ in _clauses())  # most texts are spared the scan
    assert found > 1500


def _exact_gate(text: str) -> bool:
    return sentences.plain_gate(text)


TITLES = ["Chủ tịch UBND huyện", "Giám đốc Sở Y tế", "Thủ trưởng các cơ quan", "Trưởng ban Tuyên giáo", "Trưởng phòng Nội vụ",
          "Chánh Văn phòng UBND tỉnh", "Bí thư Đoàn", "Hiệu trưởng các trường", "Bộ trưởng", "Vụ trưởng Vụ Pháp chế",
          "Cục trưởng Cục Thuế", "Các đồng chí Bộ trưởng", "Đồng chí Chủ tịch", "Tất cả các xã", "3 xã", "Điều 3. Sở Y tế"]
LEADS = ["Định kỳ hằng tháng, ", "Định kỳ, hằng quý, ", "Từ ngày 1 đến ngày 5 hằng tháng, ", "Trước ngày 5 hằng tháng, ",
         "Chậm nhất là ngày 10 hằng quý, ", "Vào ngày 20 hằng tháng, ", "Trong tháng 12 hằng năm, ", "Ngày 05 hằng tháng, ",
         "Tháng 6 hằng năm, ", "Quý IV hằng năm, ", "Theo đó, ", "Cụ thể, ", "Quyết định nêu rõ, ", "Kế hoạch này yêu cầu, ",
         "Chỉ thị cũng nêu rõ, ", "Công văn nêu rõ, ", "Văn bản quy định, ", "Thông tư quy định, ", "Nghị quyết nêu rõ, ",
         "Hướng dẫn chỉ rõ, ", "Chương trình nêu rõ, ", "Trước ngày 18/10, ", "Chậm nhất ngày 20 tháng 7, ",
         "Hạn chót là ngày 5/6, ", "Ngày 1/5, ", "Vào ngày 1/5, ", "Nhiệm vụ thời gian tới, ", "Trong thời gian tới, ",
         "Thời gian tới, ", "Ngoài công tác tuyên truyền, ", "Riêng "]
OPENINGS = ["", "- ", "+ ", "• ", "“", "- “", "1. ", "2) ", "12. 3 ", "a) ", "(1) ", "Điều 2. "]


def _made_blocks() -> Iterator[str]:
    """A block for every unit noun, title and lead, at the start and after each clause mark, in both tone
    placements and in capitals, with a duty after it."""
    for head in [*UNIT_NOUNS, *TITLES, *(lead + "các xã" for lead in LEADS)]:
        for opening in OPENINGS:
            for unit in {head, head.replace("ủy", "uỷ").replace("tòa", "toà"), head.upper()}:
                for before in ("", "Tập trung tuyên truyền. ", "Tập trung tuyên truyền; ", "Kết quả như sau: "):
                    yield f"{before}{opening}{unit[:1].upper()}{unit[1:]} báo cáo kết quả trước ngày 5/6."
                    yield f"{before}{opening}{unit} chủ trì, phối hợp; tổ chức thực hiện"


@pytest.mark.parametrize("source", ["bodies", "made"])
def test_the_first_test_never_turns_away_a_block_the_gate_takes(source: str) -> None:
    texts = BLOCKS if source == "bodies" else sorted(set(_made_blocks()))
    taken = turned = 0
    for text in texts:
        exact = _exact_gate(text)
        if not scan.may_name_holder(text, text.lower()):
            assert not exact, text
            turned += 1
        taken += exact
        assert sentences.gate(text) == exact, text
    assert taken > 300
    if source == "bodies":
        assert turned > len(texts) // 4  # and it spares many their tone marks and clause-start patterns


def test_an_item_passed_over_before_its_tone_marks_move_names_no_heading() -> None:
    """clauses.may_head answers alike on the text as written: where it says no, heading_units finds no unit in the
    tone-fixed text either (the fast walk moves an item's tone marks only where it says yes)."""
    from vanban.deadlines.blocks import ITEM
    from vanban.tracking import clauses as c

    passed = 0
    for text in [*BLOCKS, "1. Phòng Tài chính – Kế hoạch huyện", "2. UỶ BAN NHÂN DÂN XÃ", "3. uỷ ban nhân dân xã"]:
        item = ITEM.match(text)
        rest = text[item.end():] if item else text
        assert c.may_head(rest) == c.may_head(p.retone(rest))
        if not c.may_head(rest):
            passed += 1
            assert c.heading_units(p.retone(rest)) is None, text
    assert passed > 1000


def test_a_block_keeps_its_lower_case_until_it_grows() -> None:
    from vanban.deadlines.blocks import Block

    block = Block("Giao Sở Nội vụ", [0], [1])
    assert block.lowered() == "giao sở nội vụ" and block.lowered() is block.lowered()
    block.add("CHỦ TRÌ", 2)
    assert block.lowered() == "giao sở nội vụ chủ trì"
    assert block == Block("Giao Sở Nội vụ CHỦ TRÌ", [0, 15], [1, 2])  # the kept lower case is no part of equality
