"""Worst-case cost of reading hostile text: the work done grows with the text, never with its square.

Found by scripts/worst_case.py (timings live there, never here): each test below builds the worst input of one
finding and counts the work the code does on it at n and 4n (characters handed to a costly step), so a return
of the quadratic loop fails without a clock.
"""

from __future__ import annotations

import re
import re._constants as c  # the parser's opcodes: a pattern's structure, not its timing
import re._parser as parser
from pathlib import Path
from typing import Any

import pytest

from vanban.importer import date_line, number_line, unwrap, window
from vanban.importer.lines import Block, Line
from vanban.importer.result import ImportResult
from vanban.importer.window import Window


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Replace *module.name* (a function of one text) by one that adds up the characters it is handed."""
    handed = [0]
    original = getattr(module, name)

    def counted(text: str, *args: Any, **kwargs: Any) -> Any:
        handed[0] += len(text)
        return original(text, *args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return handed


def _number_work(monkeypatch: pytest.MonkeyPatch, repeats: int) -> tuple[int, str]:
    handed = _counting(monkeypatch, number_line, "fold")
    result = ImportResult(Path("x.txt"))
    window = Window([Line("ỦY BAN NHÂN DÂN"), Line("XÃ TÂN HÒA"), Line("Nội dung số 1/" * repeats + "KH-UBND")])
    number_line.find_number(window, None, result)
    return handed[0], str(result.fields.get("number", ""))


def test_a_wall_of_numbers_on_one_header_line_is_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # 40,000 "số 1/" on one line took `vanban import` over 15 minutes: each candidate folded its whole line.
    # At 4,000 the old loop folded 30 million characters (> 2 s); now a few per candidate.
    small, _ = _number_work(monkeypatch, 1000)
    large, _ = _number_work(monkeypatch, 4000)
    assert large <= 4.5 * max(small, 1)
    assert large < 50 * 4000


def test_a_header_number_still_reads_as_before() -> None:
    for lines, number in [
        (["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "Số: 15/2012/CT-UBND", "An Giang, ngày 05 tháng 10 năm 2012"],
         "15/2012/CT-UBND"),
        (["ỦY BAN NHÂN DÂN TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
          "An Giang, ngày 05 tháng 10 năm 2012 Số: 15/2012/CT-UBND"], "15/2012/CT-UBND"),
        (["HỘI ĐỒNG NHÂN DÂN", "NGHỊ QUYẾT Số: 653/2019/UBTVQH14"], "653/2019/UBTVQH14"),
        (["Theo đó thực hiện văn bản số 2827/BNN-BVTV ngày"], ""),
    ]:
        result = ImportResult(Path("x.txt"))
        number_line.find_number(Window([Line(text) for text in lines]), None, result)
        assert str(result.fields.get("number", "")) == number, lines


def _unwrap_work(monkeypatch: pytest.MonkeyPatch, lines: int) -> int:
    handed = _counting(monkeypatch, unwrap, "is_upper")
    blocks: list[Block] = [Line("Ủy ban nhân dân tỉnh giao các sở", gap_before=False)]
    blocks += [Line("và ngành", gap_before=False) for _ in range(lines)]
    (paragraph,) = unwrap.unwrap(blocks)
    assert isinstance(paragraph, Line) and paragraph.text.count("và ngành") == lines
    return handed[0]


def test_a_paragraph_of_many_short_lines_is_joined_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # 20,000 short lines with no full stop made one paragraph rebuilt and read whole at each join (> 60 s);
    # at 4,000 the old loop handed is_upper 64 million characters (> 2 s).
    small = _unwrap_work(monkeypatch, 1000)
    large = _unwrap_work(monkeypatch, 4000)
    assert large <= 4.5 * max(small, 1)


def test_space_runs_are_never_searched_from_each_of_their_spaces() -> None:
    # "\s+(?=X)" searched along a run of n spaces tries the run from each of them: n² steps (16,000 spaces in a
    # header line: 29 s). Each pattern searched along a header line starts at a run's first space only.
    searched = [p for p in vars(window).values() if isinstance(p, re.Pattern)]
    found = 0
    for pattern in searched:
        first = parser.parse(pattern.pattern, pattern.flags)
        branches = first[0][1][1] if first[0][0] is c.BRANCH else [first]
        for branch in branches:
            if branch[0][0] in (c.ASSERT, c.ASSERT_NOT) and branch[0][1][0] == -1:  # a lookbehind first
                found += 1
                continue
            op, av = branch[0]
            assert not (op is c.MAX_REPEAT and av[1] == c.MAXREPEAT and av[2][0][0] is c.IN
                        and (c.CATEGORY, c.CATEGORY_SPACE) in av[2][0][1]), pattern.pattern[:40]
    assert found >= 4  # the sentence start, the type word, the body before its number, the flat break
    # A pipe at either edge of a line is stripped, never searched for from each space.
    assert unwrap.clean_debris(" | a | ") == "a" and unwrap.clean_debris("a" + " " * 4000 + "b") == "a" + " " * 4000 + "b"
    assert unwrap.clean_debris("|| x ||") == "| x |" and unwrap.clean_debris(" | ") == ""


def _date_work(monkeypatch: pytest.MonkeyPatch, dates: int) -> int:
    handed = _counting(monkeypatch, date_line, "fold_key")
    window = Window([Line("ỦY BAN NHÂN DÂN"), Line("Hội nghị họp, ngày 1 tháng 2 năm 2024, " * dates)])
    date_line.find_date(window, None, ImportResult(Path("x.txt")))
    return handed[0]


def test_a_line_of_many_dates_is_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # 1,300 dates on one header line (32,000 characters) took 25 s: each joined the whole window and folded every
    # word before it; at 1,000 the old code folded 20 million characters.
    small = _date_work(monkeypatch, 250)
    large = _date_work(monkeypatch, 1000)
    assert large <= 4.5 * max(small, 1)


def test_word_text_is_read_child_by_child_without_an_xpath_union(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # python-docx reads run.text / paragraph.text with an XPath union ("w:br | w:cr | … | w:tab"), which libxml2
    # merges in quadratic time: a paragraph of 32,000 tabs took 31 s to read (16,000: 5.6 s). Same text, no union.
    from docx import Document as Docx
    from docx.oxml.xmlchemy import BaseOxmlElement

    from vanban.importer.readers import read_blocks

    word = Docx()
    for line in ("ỦY BAN NHÂN DÂN", "Về việc thử" + "\t" * 2000 + "tiếp", "Dòng\u00a0một"):
        word.add_paragraph(line)
    word.add_table(rows=1, cols=1).cell(0, 0).text = "Sở A\tvà\tSở B"
    word.save(str(tmp_path / "tab.docx"))
    expected = [p.text.replace("\t", " ").strip() for p in Docx(str(tmp_path / "tab.docx")).paragraphs]
    unions: list[str] = []
    xpath = BaseOxmlElement.xpath

    def counted(self: Any, query: str) -> Any:
        if "|" in query:
            unions.append(query)
        return xpath(self, query)

    monkeypatch.setattr(BaseOxmlElement, "xpath", counted)
    blocks = read_blocks(tmp_path / "tab.docx")
    assert unions == []
    assert [b.text for b in blocks if isinstance(b, Line)] == expected
