"""Search as citizens type it (qa32, real-site QA on 702 originals): the document's own date, letters
glued to a number, a number's leading zeros, and a title holding the query before a body repeating it.

The kinds were found on hand-written queries (``tests/fixtures/search_qa/``, ``scripts/search_qa.py``);
these tests rank documents written here, through the built search in Chromium and through the
Python reference of search.js.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import served_pages
from vanban.dates import PartialDate
from vanban.documents import Document
from vanban.tokens import date_terms, fold_lower, joined_query, meta_tokens, query_syllables

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import search_qa

CITING = ("Căn cứ Nghị quyết số 19-NQ/TU ngày 14/3/2023 của Ban Thường vụ Tỉnh ủy về phát triển du lịch; "
          "Nghị quyết số 19-NQ/TU ngày 14/3/2023 được quán triệt đến từng chi bộ.")
DOCS = {
    # (number, type, issuer, date, title, body)
    "ke-hoach-du-lich.md": ("31/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Mẫu", "2023-05-02",
                            "Thực hiện Nghị quyết số 19-NQ/TU về phát triển du lịch", CITING),
    "cong-van-du-lich.md": ("77/UBND-VX", "Công văn", "Ủy ban nhân dân xã Mẫu", "2023-06-09",
                            "Quán triệt nghị quyết về du lịch", CITING),
    "quy-che.md": ("09-QC/TU", "Quy chế", "Ban Thường vụ Tỉnh ủy", "2024-01-05",
                   "Quản lý cổng thông tin điện tử của Đảng bộ tỉnh", CITING),
    "huong-dan.md": ("", "Hướng dẫn", "Ban Tuyên giáo Tỉnh ủy", "2023-04-01",
                     "Tuyên truyền Nghị quyết số 19-NQ/TU ngày 14/3/2023", "Nội dung tuyên truyền."),
    "quyet-dinh-4702.md": ("4702/QĐ-UBND", "Quyết định", "Ủy ban nhân dân xã Mẫu", "2024-02-07",
                           "Thành lập tổ công tác rà soát", "Thành lập tổ công tác rà soát hồ sơ."),
    "dieu-le.md": ("15/2021/TT-BGDĐT", "Thông tư", "Bộ Giáo dục và Đào tạo", "2021-09-01",
                   "Ban hành Điều lệ trường mầm non", "Điều lệ gồm 9 chương, 52 điều. " * 40),
    "truong.md": ("03/QĐ-MN", "Quyết định", "Trường Mầm non Hoa Sen", "2022-09-05",
                  "Thành lập ban kiểm tra nội bộ",
                  "Căn cứ Điều lệ trường mầm non; Điều lệ trường mầm non quy định; Điều lệ trường mầm non."),
    "hai-cap.md": ("21/HD-SNV", "Hướng dẫn", "Sở Nội vụ", "2025-07-01",
                   "Sắp xếp bộ phận một cửa của chính quyền địa phương 02 cấp", "Nội dung hướng dẫn."),
    "mot-cap.md": ("22/HD-SNV", "Hướng dẫn", "Sở Nội vụ", "2025-07-02",
                   "Sắp xếp bộ phận một cửa cấp tỉnh", "Chính quyền địa phương hai cấp vận hành."),
}


def doc(**fields: Any) -> Document:
    return Document(**{"source": "x.md", "type": "Kế hoạch", "number": "", "title": "", "issuer": "", **fields})


def test_query_syllables_cut_letters_glued_to_a_number() -> None:
    assert query_syllables("qd4159") == ["qd", "4159"]
    assert query_syllables("57nq") == ["57", "nq"]
    assert query_syllables("qđ4159") == ["qđ", "4159"]
    assert query_syllables("h5n1") == ["h5n1"]  # a code with more than one boundary stays whole
    assert query_syllables("57-NQ/TW") == ["57", "nq", "tw"]
    assert joined_query("qd4159") == "qd4159" and joined_query("57-NQ/TW") == "57nqtw"


def test_fold_drops_a_numbers_leading_zeros_only() -> None:
    assert [fold_lower(s) for s in ("02", "0", "00", "2025", "0a", "Đ")] == ["2", "0", "0", "2025", "0a", "d"]


def test_date_terms_and_meta() -> None:
    assert date_terms(doc(date=PartialDate(2024, 12, 2))) == ["ngay", "2", "12", "2024"]
    assert date_terms(doc(date=PartialDate(2016, 6))) == ["6", "2016"]
    assert date_terms(doc(number="12/2025/QĐ-UBND")) == ["2025"]  # no date: the number's year
    tokens = meta_tokens(doc(number="05/CT-UBND", title="Chính quyền 02 cấp", date=PartialDate(2025, 8, 5)))
    assert tokens["n"] == ["5", "ct", "ubnd", "5ctubnd"]
    assert "2" in tokens["f"] and "02" not in tokens["x"]
    assert {"ngay", "5", "8", "2025"} <= set(tokens["m"])


def test_search_qa_scores() -> None:
    assert search_qa.rank_of(["a", "b", "c"], ["c", "z"]) == 3 and search_qa.rank_of(["a"], ["z"]) == 0
    s = search_qa.scores([1, 2, 0, 6])
    assert (s["s@1"], s["s@5"], round(s["mrr"], 4)) == (0.25, 0.5, round((1 + 0.5 + 1 / 6) / 4, 4))
    queries = search_qa.load()
    assert len(queries) >= 80 and all(q["q"] and q["want"] and q["why"] for q in queries)
    assert sum(bool(q.get("aside")) for q in queries) >= len(queries) // 3


# --------------------------------------------------------------------------- the built search, in Chromium


@pytest.fixture(scope="module")
def qa_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pages = {name: f'---\nnumber: "{number}"\ntype: "{type_}"\nissuer: "{issuer}"\ndate: "{date}"\ntitle: "{title}"\n'
                   f'---\n\n{body}\n'
             for name, (number, type_, issuer, date, title, body) in DOCS.items()}
    yield from served_pages(tmp_path_factory.mktemp("qa32"), pages)


def numbers(page: Any, base: str, query: str) -> list[str]:
    from test_search_browser import open_search

    open_search(page, base, query)
    return [t.removeprefix("số ") for t in page.locator("#ket-qua-tim-kiem .vb-row__number").all_inner_texts()]


@pytest.mark.browser
def test_a_cited_document_by_number_and_date_comes_before_its_citers(page: Any, qa_site: str) -> None:
    for query in ("nghi quyet 19-NQ/TU ngay 14/3/2023", "nghị quyết 19 nq tu ngày 14/03/2023"):
        assert numbers(page, qa_site, query)[0] == "19-NQ/TU", query


@pytest.mark.browser
def test_a_letter_code_alone_is_not_a_documents_own_number(page: Any, qa_site: str) -> None:
    """09-QC/TU shares only "tu" with the query: the page whose title cites 19-NQ/TU comes before it (on
    the real site 09-QC/TW came before 57-NQ/TW itself)."""
    found = numbers(page, qa_site, "nghi quyet 19-NQ/TU ngay 14/3/2023")
    stubs = found.count("19-NQ/TU")  # one stub per issuer its citers name
    assert stubs and found[:stubs] == ["19-NQ/TU"] * stubs
    assert found.index("chưa ghi số") == stubs and found.index("09-QC/TU") > stubs


@pytest.mark.browser
def test_issuer_and_year(page: Any, qa_site: str) -> None:
    assert set(numbers(page, qa_site, "so noi vu 2025")[:2]) == {"22/HD-SNV", "21/HD-SNV"}
    assert numbers(page, qa_site, "bo giao duc 2021")[0] == "15/2021/TT-BGDĐT"


@pytest.mark.browser
def test_letters_glued_to_a_number(page: Any, qa_site: str) -> None:
    for query in ("qd4702", "4702qd ubnd", "quyết định 4702"):
        assert numbers(page, qa_site, query)[0] == "4702/QĐ-UBND", query


@pytest.mark.browser
def test_title_holding_the_query_before_a_body_repeating_it(page: Any, qa_site: str) -> None:
    assert numbers(page, qa_site, "dieu le truong mam non")[:2] == ["15/2021/TT-BGDĐT", "03/QĐ-MN"]


@pytest.mark.browser
def test_leading_zeros(page: Any, qa_site: str) -> None:
    assert numbers(page, qa_site, "chinh quyen dia phuong 2 cap")[0] == "21/HD-SNV"
    assert numbers(page, qa_site, "03 qd mn")[0] == "03/QĐ-MN"
    assert numbers(page, qa_site, "3/QĐ-MN")[0] == "03/QĐ-MN"


def test_fixture_queries_point_at_site_pages() -> None:
    """Each wanted page is a site path, as the search rows give them."""
    for q in search_qa.load():
        assert all(url.startswith("van-ban/") and url.endswith("/") for url in q["want"]), q["q"]
    assert Path(search_qa.FIXTURE).is_file()
