"""Who a cited number belongs to, on the built site (the real ``mkdocs build``), in layouts of this file's own: kinds
found by hand on the site built from 702 real originals (tests/fixtures/qa31_links/README.md).

- A citation never means a document issued after the document citing it (a 2010 report's undated "Chỉ thị 08-CT/TW"
  is not the 2021 one; a February plan's undated "45/KH-UBND" is not its commune's May plan): no link, no merge, a
  warning at the line and a note on the stub page.
- A numberless document naming its own number in its body ("Phòng … ban hành Thông báo số 27/TB-PGDĐT … về …" on the
  Phòng's own page) makes no stub page of itself; a school's notice citing the same number of the Phòng keeps it.
- A body whose name says "Trung ương" is one /co-quan/ group, wherever its documents are signed or cited from.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import portal_project, run_mkdocs

DOC = ('---\nnumber: "{number}"\ntype: "{type}"\nissuer: "{issuer}"\ndate: "{date}"\ntitle: "{title}"\n'
       'place: "{place}"\n---\n{body}\n')

PAGES = {
    # an undated Party number, read ten years on (a review), and the same number dated by a later citer
    "bc-2010": dict(number="112-BC/HU", type="Báo cáo", issuer="Ban Thường vụ Huyện ủy Đức Trọng", date="2010-06-15",
                    title="Sơ kết công tác dân vận", place="Đức Trọng",
                    body="Sau 10 năm thực hiện Chỉ thị 08-CT/TW của Ban Bí thư, công tác dân vận có nhiều chuyển biến."),
    "kh-2023": dict(number="45-KH/ĐU", type="Kế hoạch", issuer="Đảng ủy xã Hiệp An", date="2023-03-01",
                    title="Thực hiện Chỉ thị 08-CT/TW", place="Hiệp An",
                    body="Thực hiện Chỉ thị số 08-CT/TW, ngày 20/7/2021 của Ban Bí thư về tăng cường công tác dân vận "
                         "trong tình hình mới."),
    # the mirror: an undated citation a later document could have read joins the dated one
    "ct-2024": dict(number="19-CT/HU", type="Chỉ thị", issuer="Ban Thường vụ Huyện ủy Lạc Dương", date="2024-09-02",
                    title="Phòng chống tham nhũng", place="Lạc Dương",
                    body="Quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, "
                         "phong cách Hồ Chí Minh."),
    "kh-2017": dict(number="30-KH/ĐU", type="Kế hoạch", issuer="Đảng ủy xã Đạ Sar", date="2017-01-10",
                    title="Học tập và làm theo Bác", place="Đạ Sar",
                    body="Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm "
                         "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
    # a commune's May plan, and its February notice citing last year's "45/KH-UBND" undated
    "kh-05": dict(number="45/KH-UBND", type="Kế hoạch", issuer="Ủy ban nhân dân xã Tân Hòa", date="2025-05-10",
                  title="Tổ chức Tháng hành động vì trẻ em", place="Tân Hòa", body="Kế hoạch tháng hành động."),
    "tb-02": dict(number="12/TB-UBND", type="Thông báo", issuer="Ủy ban nhân dân xã Tân Hòa", date="2025-02-01",
                  title="Kết quả tiêm chủng", place="Tân Hòa",
                  body="Thực hiện Kế hoạch số 45/KH-UBND của UBND xã về tiêm chủng mở rộng, UBND xã thông báo kết quả."),
    # a Phòng's numberless page naming its own number; a school citing that number of the Phòng
    "pgd": dict(number="", type="Thông báo", issuer="Phòng Giáo dục và Đào tạo huyện Tuy Phước", date="2024-04-03",
                title="Lịch kiểm tra cuối học kỳ II năm học 2023-2024", place="Tuy Phước",
                body="Phòng Giáo dục và Đào tạo huyện Tuy Phước ban hành Thông báo số 27/TB-PGDĐT ngày 03/4/2024 về "
                     "lịch kiểm tra cuối học kỳ II năm học 2023-2024 như sau: các trường kiểm tra từ ngày 06/5/2024."),
    "thcs": dict(number="", type="Thông báo", issuer="Trường THCS Phước Sơn", date="2024-04-05",
                 title="Lịch kiểm tra cuối học kỳ II năm học 2023-2024", place="Tuy Phước",
                 body="Thực hiện Thông báo số 27/TB-PGDĐT ngày 03/4/2024 của Phòng Giáo dục và Đào tạo về lịch kiểm "
                      "tra cuối học kỳ II năm học 2023-2024, nhà trường thông báo như sau."),
    # a plan described by its citer as carrying out a dated Party number; a school's undated one of another term
    "hu-88": dict(number="88-KH/HU", type="Kế hoạch", issuer="Ban Thường vụ Huyện ủy Vân Canh", date="2023-05-04",
                  title="Công nghiệp hóa", place="Vân Canh",
                  body="Thực hiện Chương trình hành động số 176-CTr/TU ngày 10/3/2023 của Ban Thường vụ Tỉnh ủy thực "
                       "hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng về tiếp tục "
                       "đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước."),
    "mn": dict(number="05/KH-MN", type="Kế hoạch", issuer="Trường Mầm non Canh Hiển", date="2023-09-05",
               title="Năm học mới", place="Vân Canh",
               body="Toàn ngành đang thực hiện Nghị quyết số 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo, "
                    "đáp ứng yêu cầu công nghiệp hóa."),
    # two descriptions of a circular carrying out a decree: one read backwards (the circular is the older)
    "qd-tp": dict(number="15/2023/QĐ-UBND", type="Quyết định", issuer="Ủy ban nhân dân tỉnh Bình Định",
                  date="2023-06-01", title="Quy chế theo dõi thi hành pháp luật", place="Bình Định",
                  body="Căn cứ Thông tư số 14/2014/TT-BTP ngày 15/5/2014 của Bộ Tư pháp quy định chi tiết thi hành "
                       "Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp "
                       "luật;\n\nCăn cứ Thông tư số 03/2010/TT-BTP ngày 10/3/2010 của Bộ Tư pháp quy định chi tiết "
                       "thi hành Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;"),
    # a central body signing in Hà Nội, and cited from a province
    "tw": dict(number="12/KH-ĐCT", type="Kế hoạch", issuer="Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
               date="2024-02-20", title="Tháng hành động vì bình đẳng giới", place="Hà Nội", body="Nội dung kế hoạch."),
    "hpn": dict(number="07/KH-HPN", type="Kế hoạch", issuer="Hội Liên hiệp Phụ nữ tỉnh Bình Định", date="2024-03-01",
                title="Bình đẳng giới", place="Quy Nhơn",
                body="Thực hiện Kế hoạch số 20/KH-ĐCT ngày 01/02/2024 của Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ "
                     "Việt Nam về công tác hội năm 2024."),
}


def text_of(page: Path) -> str:
    found = re.search(r"<article.*?</article>", page.read_text("utf-8"), flags=re.S)
    assert found is not None, page
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", found.group(0))))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = portal_project(tmp_path_factory.mktemp("links"))
    content = root / "content" / "van-ban"
    content.mkdir(parents=True)
    for name, fields in PAGES.items():
        (content / f"{name}.md").write_text(DOC.format(**fields), "utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site", result.stdout + result.stderr


def records(site: Path) -> dict[str, dict[str, object]]:
    data = json.loads((site / "data" / "documents.json").read_text("utf-8"))
    return {str(d["number"]) + "@" + str(d["issuer"]): d for d in data["documents"]}


def one(site: Path, number: str, issuer: str = "") -> dict[str, object]:
    (found,) = [d for key, d in records(site).items() if key.startswith(number + "@") and issuer in key]
    return found


def test_an_undated_citation_never_means_a_document_issued_after_its_citer(built: tuple[Path, str]) -> None:
    site, log = built
    report, plan = one(site, "112-BC/HU"), one(site, "45-KH/ĐU")
    assert report["implements"] == ["van-ban/chua-ro-nam/08-ct-tw"] and plan["implements"] == ["van-ban/2021/08-ct-tw"]
    stub = text_of(site / "van-ban" / "chua-ro-nam" / "08-ct-tw" / "index.html")
    assert "ban hành sau văn bản trích dẫn" in stub and "không gộp" in stub
    assert re.search(r"bc-2010\.md:\d+: trích dẫn: số 08-CT/TW được trích dẫn không ghi ngày trong văn bản ban hành "
                     r"15/06/2010", log), log
    # the mirror: read seven years on, an undated 05-CT/TW is the 2016 one ("Quán triệt Chỉ thị số 05-CT/TW …" opening
    # the directive is its own dissemination duty: implements since the twenty-sixth session, citations README rule A)
    later, dated = one(site, "19-CT/HU"), one(site, "30-KH/ĐU")
    assert later["implements"] == dated["implements"] == ["van-ban/2016/05-ct-tw"]


def test_a_commune_plan_issued_after_the_notice_citing_its_number_is_not_linked(built: tuple[Path, str]) -> None:
    site, log = built
    notice, plan = one(site, "12/TB-UBND"), one(site, "45/KH-UBND", "Ủy ban nhân dân xã Tân Hòa")
    assert notice["implements"] == ["van-ban/chua-ro-nam/45-kh-ubnd"] and not plan["implemented_by"]
    stub_page = site / "van-ban" / "chua-ro-nam" / "45-kh-ubnd" / "index.html"
    assert "Toàn văn văn bản này chưa có" in text_of(stub_page)
    assert "ngày 10/05/2025" in text_of(stub_page) and "không gộp" in text_of(stub_page)
    assert re.search(r"tb-02\.md:\d+: trích dẫn: số 45/KH-UBND được trích dẫn không ghi ngày", log), log
    page = (site / str(notice["url"]) / "index.html").read_text("utf-8")
    assert f'href="../../{plan["url"]}"' not in page


def test_a_numberless_page_naming_its_own_number_makes_no_stub_of_itself(built: tuple[Path, str]) -> None:
    site, log = built
    data = records(site)
    phong = next(d for d in data.values() if d["issuer"] == "Phòng Giáo dục và Đào tạo huyện Tuy Phước")
    school = next(d for d in data.values() if d["issuer"] == "Trường THCS Phước Sơn")
    assert phong["implements"] == phong["mentions"] == []
    (stub,) = [d for d in data.values() if d["number"] == "27/TB-PGDĐT"]
    assert not stub["held"] and school["implements"] == [stub["id"]]
    assert stub["implemented_by"] == [school["id"]]  # the school's citation only: the Phòng's own sentence is none
    assert re.search(r"pgd\.md:\d+: number: \(ghi chú\) câu “Thông báo số 27/TB-PGDĐT” nói về chính văn bản này", log)
    assert 'number: "27/TB-PGDĐT"' in log


def test_a_central_body_is_one_issuer_group_wherever_it_is_cited_from(built: tuple[Path, str]) -> None:
    site, _ = built
    listing = (site / "co-quan" / "index.html").read_text("utf-8")
    groups = {html.unescape(name): int(count) for name, count in re.findall(
        r'<a href="[^"]+/">([^<]*Trung ương Hội[^<]*)</a>\s*<span class="vb-groups__count">\((\d+)\)</span>', listing)}
    assert groups == {"Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam": 2}, groups


def test_an_edge_read_from_a_description_ends_at_the_documents_that_text_means(built: tuple[Path, str]) -> None:
    site, _ = built
    programme = one(site, "176-CTr/TU")
    assert programme["implements"] == ["van-ban/2022/29-nq-tw"]  # not the school's undated (2013) 29-NQ/TW
    assert one(site, "05/KH-MN")["implements"] == ["van-ban/chua-ro-nam/29-nq-tw"]
    page = text_of(site / "van-ban" / "2023" / "176-ctr-tu" / "index.html")
    assert "29-NQ/TW" in page


def test_an_edge_read_from_a_description_never_runs_back_in_time(built: tuple[Path, str]) -> None:
    site, _ = built
    assert one(site, "14/2014/TT-BTP")["implements"] == ["van-ban/2012/59-2012-nd-cp"]
    assert one(site, "03/2010/TT-BTP")["implements"] == []  # a 2010 circular carries out no decree of 2020
    assert one(site, "32/2020/NĐ-CP")["implemented_by"] == []


def test_the_hand_judgements_give_the_figures_the_fixture_reports() -> None:
    """tests/fixtures/qa31_links: 160 sampled edges and the 76 stubs of two citers or more, judged by hand."""
    folder = Path(__file__).parent / "fixtures" / "qa31_links"
    edges = [json.loads(line) for line in (folder / "edges.jsonl").read_text("utf-8").splitlines()]
    stubs = [json.loads(line) for line in (folder / "stubs.jsonl").read_text("utf-8").splitlines()]
    assert len(edges) == len({(e["source"], e["target"], e["relation"]) for e in edges}) == 160
    assert all(e["sentence"] and (e["reason"] or e["target_verdict"] == e["relation_verdict"] == "right") for e in edges)
    assert [sum(e["target_verdict"] == v for e in edges) for v in ("wrong", "incomplete")] == [2, 1]
    assert sum(e["relation_verdict"] == "wrong" for e in edges) == 7
    assert len(stubs) == 76 and sum(s["verdict"] == "merges two documents" for s in stubs) == 2
