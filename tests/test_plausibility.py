"""`vanban check` warns about values that are filled in but cannot be right (the misreads of real imports)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import portal_project, run_mkdocs
from vanban.corpus import parse_text
from vanban.plausibility import document_warnings

HEAD = "---\nnumber: \"{number}\"\ntype: Kế hoạch\nissuer: \"{issuer}\"\ndate: \"{date}\"\ntitle: \"{title}\"\n---\n{body}\n"
GOOD = {"number": "21/KH-UBND", "issuer": "Ủy ban nhân dân xã Tân Hòa", "date": "2025-03-07",
        "title": "Triển khai chuyển đổi số năm 2025", "body": "Căn cứ Kế hoạch số 5/KH-UBND ngày 02/01/2025 của UBND huyện."}
BAD = {
    "issuer": ("HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tỉnh Tiền Giang", "ĐẢNG CỘNG SẢN VIỆT NAM",
               "| Ủy ban nhân dân tỉnh Lạng Sơn | Số công báo: | Đang cập nhật"),  # two portal pairs on a row
    "number": ("225-KH/TWĐTN-CTTN Hà Nội, ngày 16 tháng 5 năm 2024", "21/KH-UBND Tân Hòa",
               "167"),  # a street number ("số 167 đường …") taken for the document's
    "title": ("Triển khai " + "rất dài " * 200, "Triển khai Nghị quyết số 57-NQ/TW của",
              "(BỔ SUNG) VỀ QUAN HỆ LÃNH ĐẠO",  # the type line's qualifier
              "CÔNG BỐ THỦ TỤC HÀNH CHÍNH CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"),  # the authority line glued on
    "date": ("2019-12-08",),
    "body": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNội dung.", "| |\n\nNội dung.", "Hà Nội, ngày 16 tháng 5 năm 2024\n\nx"),
}


def _doc(**change: str):  # type: ignore[no-untyped-def]
    values = {**GOOD, **change}
    if "date" in change:
        values["body"] = "Căn cứ Quyết định số 3107/2016/QĐ-UBND ngày 13/12/2020 của UBND thành phố Hải Phòng."
    doc, _ = parse_text("van-ban/x.md", HEAD.format(**values))
    assert doc is not None
    return doc


def test_a_plausible_document_has_no_warning() -> None:
    assert document_warnings(_doc()) == []
    assert document_warnings(_doc(title="Kế hoạch phòng thủ dân sự đến năm 2030 và những năm tiếp theo")) == []
    assert [p.field for p in document_warnings(_doc(title="Triển khai thực hiện theo"))] == ["title"]


def test_each_implausible_value_is_a_warning_at_its_field() -> None:
    for key, values in BAD.items():
        for value in values:
            problems = document_warnings(_doc(**{key: value}))
            assert [p.field for p in problems] == [key], (key, value, problems)
            assert problems[0].severity.value == "warning" and problems[0].fix


def test_check_prints_the_warnings_and_fails_unless_lenient(tmp_path: Path) -> None:
    content = tmp_path / "content" / "van-ban" / "2024"
    content.mkdir(parents=True)
    (content / "225.md").write_text(HEAD.format(**{**GOOD, "number": BAD["number"][0], "issuer": BAD["issuer"][0]}),
                                    "utf-8")
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "check", str(tmp_path / "content")],
                         capture_output=True, text=True)
    assert run.returncode == 1
    lines = [line for line in run.stdout.splitlines() if "225.md:" in line]
    assert any(":2: number:" in line and "khoảng trắng" in line for line in lines), run.stdout
    assert any(":4: issuer:" in line and "quốc hiệu" in line for line in lines), run.stdout
    lenient = subprocess.run([sys.executable, "-m", "vanban.cli", "check", str(tmp_path / "content"), "--lenient"],
                             capture_output=True, text=True)
    assert lenient.returncode == 0, lenient.stdout + lenient.stderr


def test_the_build_reports_the_same_warnings_at_file_line(tmp_path: Path) -> None:
    """A clerk who only runs ``mkdocs build`` sees them too, in Vietnamese, and --strict stops on them."""
    root = portal_project(tmp_path)
    content = root / "content" / "van-ban" / "2024"
    content.mkdir(parents=True)
    (content / "225.md").write_text(HEAD.format(**{**GOOD, "number": BAD["number"][0], "issuer": BAD["issuer"][0]}),
                                    "utf-8")
    lenient = run_mkdocs(root / "mkdocs.yml", tmp_path / "site")
    assert lenient.returncode == 0, lenient.stderr
    warnings = [line for line in lenient.stderr.splitlines() if "WARNING" in line and "225.md:" in line]
    assert any("content/van-ban/2024/225.md:2: number:" in line and "khoảng trắng" in line for line in warnings), warnings
    assert any("content/van-ban/2024/225.md:4: issuer:" in line and "quốc hiệu" in line for line in warnings), warnings
    assert list((tmp_path / "site" / "van-ban" / "2025").glob("*/index.html"))  # warnings only: published
    strict = run_mkdocs(root / "mkdocs.yml", tmp_path / "strict", "--strict")
    assert strict.returncode != 0 and not (tmp_path / "strict" / "index.html").exists()


def _full(front: str, body: str):  # type: ignore[no-untyped-def]
    doc, _ = parse_text("van-ban/x.md", f"---\n{front}\n---\n{body}\n")
    assert doc is not None
    return doc


def test_misreads_of_real_imports_that_need_more_than_one_field_are_warnings() -> None:
    cases = {
        # "QUYẾT ĐỊNH" / "V/V …" read as a công văn: the number's code says otherwise
        "type": ('number: "361/QĐ-UBND"\ntype: Công văn\ntitle: "CÔNG BỐ THỦ TỤC"', "Nội dung."),
        # a cited tờ trình's date in running text taken for the decision's own
        "date": ('number: "12/QĐ-UBND"\ntype: Quyết định\ndate: "2020-11-18"\ntitle: "Công nhận"',
                 "Xét đề nghị tại Tờ trình số 02/TTr-BCĐ ngày 18/11/2020 của Ban chỉ đạo."),
        # a drafter's file path under Nơi nhận
        "recipients": ('number: "73/UBND-TH"\ntype: Công văn\ntitle: "Ủy quyền"\nrecipients: ["Như trên;", '
                       '"D:\\\\2017\\\\CVUB\\\\uy quyen"]', "Nội dung."),
    }
    for key, (front, body) in cases.items():
        problems = document_warnings(_full(front, body))
        assert [p.field for p in problems] == [key], (key, problems)
    same_day_plan = _full('number: "5/KH-UBND"\ntype: Kế hoạch\ndate: "2020-11-18"\ntitle: "X"',
                          "Thực hiện Quyết định số 7/QĐ-UBND ngày 18/11/2020 của UBND huyện.")
    assert document_warnings(same_day_plan) == []  # a decision of the same day is no tờ trình: no warning
    # a Party letter's code is the letter's own ("175-CV/TU"): no warning that the code says "Công văn"
    party_letter = _full('number: "175-CV/TU"\ntype: Công văn\ntitle: "Về việc tổ chức hội nghị"', "Nội dung.")
    assert document_warnings(party_letter) == []
