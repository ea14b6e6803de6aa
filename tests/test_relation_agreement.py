"""scripts/relation_agreement.py through its public functions, on a tiny inline set (README "Second annotator")."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from citation_eval import Passage
from relation_agreement import blind_text, kappa, read_labels, report, rows, three_way

from vanban.citations import number_key

GOLD = [
    Passage("a1", "https://example.vn/a1", "12/KH-UBND",
            [{"number": "05/CT-TTg", "type": "Chỉ thị", "relation": "implements"},
             {"number": "07/TTr-SNV", "type": "Tờ trình", "relation": "mentions"}],
            "Số: 12/KH-UBND\nKẾ HOẠCH\nThực hiện Chỉ thị số 05/CT-TTg ngày 02/01/2024 của Thủ tướng Chính phủ; "
            "theo đề nghị của Sở Nội vụ tại Tờ trình số 07/TTr-SNV, UBND tỉnh ban hành Kế hoạch như sau:"),
    Passage("a2", "https://example.vn/a2", None,
            [{"number": "08/KH-UBND", "type": "Kế hoạch", "relation": "mentions"}],
            "Ghi rõ: a foreign copy", foreign=True),
]

SECOND = """### id: a1
### seen: yes
### cite: 05/CT-TTg | Chỉ thị | implements
### note: 05/CT-TTg | cue heading the plan | sure |
### cite: 07/TTr-SNV | Tờ trình | implements
### note: 07/TTr-SNV | proposal? | unsure | a test disagreement
"""


def test_blind_copy_drops_relations_levels_and_foreign_passages() -> None:
    text = blind_text(GOLD)
    assert "### cite: 05/CT-TTg | Chỉ thị | ?" in text
    assert "implements" not in text and "mentions" not in text
    assert "### level" not in text and "a2" not in text
    assert "### self: 12/KH-UBND" in text


def test_labels_gold_and_code_are_compared() -> None:
    second = read_labels(SECOND)
    assert second["a1"].seen and second["a1"].notes[number_key("07/TTr-SNV")].unsure
    table = rows(GOLD, second)
    assert [(r.number, r.gold, r.second, r.code) for r in table] == [
        ("05/CT-TTg", "implements", "implements", "implements"),
        ("07/TTr-SNV", "mentions", "implements", "mentions"),
    ]
    cells = three_way(table)
    assert cells["all three agree"] == (1, 0)
    assert cells["second alone against gold and code"] == (1, 1)
    text = report({"tiny": GOLD}, second)
    assert "tiny: second vs gold 1/2 = 50.0%" in text
    assert "a1 07/TTr-SNV: mentions / implements / mentions; proposal?, unsure, seen" in text


def test_kappa() -> None:
    assert kappa([("implements", "implements"), ("mentions", "mentions")]) == 1.0
    assert kappa([("implements", "mentions"), ("mentions", "implements")]) == -1.0
    assert abs(kappa([("i", "i"), ("i", "m"), ("m", "m"), ("m", "m")]) - 0.5) < 1e-9
