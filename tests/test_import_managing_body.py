"""The managing body (cơ quan chủ quản) printed above the issuer is kept apart by ``vanban import`` (``managing_body:``,
the issuer without it) and places a district's body in its province on the built site: two provinces' "Huyện ủy Châu
Thành", imported from their originals in one call, stay two issuers and two documents, and a citation without its
province links to the one of the citer's own province (the real ``vanban import`` and ``mkdocs build``)."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import portal_project, run_mkdocs

HEADERS = {
    # a district Party committee under its province's Party organisation (HD 36)
    "tg.txt": ("ĐẢNG BỘ TỈNH TIỀN GIANG\nHUYỆN ỦY CHÂU THÀNH\n*\nSố 05-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
               "Châu Thành, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\nthực hiện chuyển đổi số trên địa bàn huyện năm 2025\n"),
    "bt.txt": ("ĐẢNG BỘ TỈNH BẾN TRE\nHUYỆN ỦY CHÂU THÀNH\n*\nSố 05-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
               "Châu Thành, ngày 20 tháng 02 năm 2025\nKẾ HOẠCH\ncải cách hành chính trên địa bàn huyện năm 2025\n"),
    # a department under its province's People's Committee (ND 30), and a Party board under its Tỉnh ủy
    "so.txt": ("UBND TỈNH TIỀN GIANG\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 120/KH-SYT\nTiền Giang, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nTriển khai công tác y tế dự phòng năm 2025\n"
               "Thực hiện Kế hoạch số 05-KH/HU của Huyện ủy Châu Thành, Sở Y tế ban hành kế hoạch như sau.\n"),
    "btg.txt": ("TỈNH ỦY BẾN TRE\nBAN TUYÊN GIÁO\n*\nSố 45-HD/BTGTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                "Bến Tre, ngày 12 tháng 3 năm 2025\nHƯỚNG DẪN\ntuyên truyền kỷ niệm Ngày giải phóng miền Nam\n"
                "Thực hiện Kế hoạch số 05-KH/HU của Huyện ủy Châu Thành, Ban Tuyên giáo hướng dẫn như sau.\n"),
}
BODY = ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành kế hoạch "
        "như sau.\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, object]]]:
    root = portal_project(tmp_path_factory.mktemp("managing"))
    inbox = root / "goc"
    inbox.mkdir()
    for name, header in HEADERS.items():
        (inbox / name).write_text(header + ("" if "Thực hiện Kế hoạch" in header else BODY), "utf-8")
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "import", "goc", "--to", "content"], cwd=root,
                         capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert run.returncode in (0, 1), run.stdout + run.stderr
    written = {}
    for line in run.stdout.splitlines():
        if (m := re.match(r"^goc/(\S+): đã tạo (\S+\.md)", line)):
            text = (root / m.group(2)).read_text("utf-8")
            written[m.group(1)] = yaml.safe_load(text.split("---\n")[1])
    assert set(written) == set(HEADERS), run.stdout
    return root, written


def test_import_writes_the_managing_body_apart_from_the_issuer(
        imported: tuple[Path, dict[str, dict[str, object]]]) -> None:
    _, written = imported
    assert {name: (fm["issuer"], fm["managing_body"]) for name, fm in written.items()} == {
        "tg.txt": ("Huyện ủy Châu Thành", "Đảng bộ tỉnh Tiền Giang"),
        "bt.txt": ("Huyện ủy Châu Thành", "Đảng bộ tỉnh Bến Tre"),
        "so.txt": ("Sở Y tế tỉnh Tiền Giang", "UBND tỉnh Tiền Giang"),
        "btg.txt": ("Ban Tuyên giáo", "Tỉnh ủy Bến Tre"),
    }


def test_the_managing_body_places_each_huyen_uy_and_its_number_in_its_province(
        imported: tuple[Path, dict[str, dict[str, object]]]) -> None:
    root, _ = imported
    result = run_mkdocs(root / "mkdocs.yml", root / "site", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    listing = (root / "site" / "co-quan" / "index.html").read_text("utf-8")
    groups = {html.unescape(name): int(count) for name, count in re.findall(
        r'<a href="[^"]+/">(Huyện ủy Châu Thành[^<]*)</a>\s*<span class="vb-groups__count">\((\d+)\)</span>', listing)}
    assert groups == {"Huyện ủy Châu Thành – tỉnh Tiền Giang": 1, "Huyện ủy Châu Thành – tỉnh Bến Tre": 1}, groups
    docs = {d["id"]: d for d in json.loads((root / "site" / "data" / "documents.json").read_text("utf-8"))["documents"]}
    plans = {d["date"]: d for d in docs.values() if d["number"] == "05-KH/HU"}
    assert set(plans) == {"2025-01-10", "2025-02-20"} and all(d["held"] for d in plans.values())
    by_number = {d["number"]: i for i, d in docs.items()}
    # the citations say no date and no province: each links to its own province's plan, by the citer's managing body
    assert plans["2025-01-10"]["implemented_by"] == [by_number["120/KH-SYT"]]
    assert plans["2025-02-20"]["implemented_by"] == [by_number["45-HD/BTGTU"]]
