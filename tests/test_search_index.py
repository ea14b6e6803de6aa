"""The search files (vanban.search) on small sites, queried in Python (vanban.search.reference) as the browser does."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from vanban import tokens as search_tokens
from vanban.analysis import analyse_corpus
from vanban.corpus import Corpus
from vanban.dates import PartialDate
from vanban.documents import Document
from vanban.search import SearchBundle, reference
from vanban.search import bundle as search_bundle
from vanban.search import page as search_page
from vanban.search import script as search_script
from vanban.search import shards as search_shards
from vanban.search import sizes as search_sizes
from vanban.site import PageSpec, SiteConfig, SiteModel
from vanban.text import slugify


def doc(number: str, type_: str, issuer: str, title: str, body: str = "", date: PartialDate | None = None,
        held: bool = True) -> Document:
    slug = slugify(number) if number else slugify(f"{type_} {issuer} {title}")[:40]
    return Document(source=f"{slug}.md" if held else "", number=number, type=type_, issuer=issuer, title=title,
                    date=date, body=body, held=held, slug=slug)


DOCS = [
    doc("57-NQ/TW", "Nghị quyết", "Bộ Chính trị",
        "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        date=PartialDate(2024, 12, 22), held=False),
    doc("386-KH/TU", "Kế hoạch", "Ban Thường vụ Tỉnh ủy", "", date=PartialDate(2025, 2, 13), held=False),
    doc("300/LĐLĐ", "Công văn", "Ban Thường vụ Liên đoàn Lao động huyện DMC",
        "tuyên truyền Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị",
        body="Căn cứ Công văn số 1051/LĐLĐ về tuyên truyền Nghị quyết số 57-NQ/TW.", date=PartialDate(2025, 2)),
    doc("", "Kế hoạch", "Ban Thường vụ Huyện ủy",
        "Tổ chức học tập, quán triệt Nghị quyết số 57-NQ/TW",
        body="Thực hiện Kế hoạch số 386-KH/TU, ngày 13/02/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết 57-NQ/TW."),
    # diacritics: "đường" (road) vs "dương" (ocean)
    doc("12/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã", "Sửa chữa đường giao thông thôn 3", date=PartialDate(2025, 3, 1)),
    doc("13/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã", "Bảo vệ biển dương và bãi ngang thôn 3", date=PartialDate(2025, 3, 2)),
    # phrase: adjacent "an toàn thực phẩm" vs the same syllables scattered
    doc("20/TB-UBND", "Thông báo", "Ủy ban nhân dân xã", "Tháng hành động vì an toàn thực phẩm",
        date=PartialDate(2024, 4, 1)),
    doc("21/TB-UBND", "Thông báo", "Ủy ban nhân dân xã", "Thực hiện an ninh trật tự, phẩm chất cán bộ, toàn dân tham gia",
        date=PartialDate(2024, 4, 2)),
    # a body-only match
    doc("22/BC-UBND", "Báo cáo", "Ủy ban nhân dân xã", "Kết quả công tác tháng 5",
        body="Tổ chức tiêm phòng bệnh dại cho đàn chó trên địa bàn.", date=PartialDate(2023, 5, 30)),
]


@dataclass(frozen=True)
class Searched:
    """A site of *docs* with only the search feature run: its pages, files and bundle."""

    site: SiteModel
    bundle: SearchBundle

    @property
    def pages(self) -> dict[str, PageSpec]:
        return self.site.pages

    @property
    def outputs(self) -> dict[str, bytes]:
        return self.site.outputs


def searched(docs: Sequence[Document] = DOCS) -> Searched:
    site = SiteModel(config=SiteConfig(), corpus=Corpus(root=Path(".")), documents={d.id: d for d in docs})
    return Searched(site, search_page.contribute(site, analyse_corpus(docs)))


@pytest.fixture(scope="module")
def built() -> Searched:
    return searched()


def first_numbers(built: Searched, query: str, n: int = 1, **filters: str) -> list[str]:
    bundle = built.bundle
    return [row[1] or row[2] for _, row in reference.search(bundle, query, filters=filters)[:n]]


def titles(built: Searched, query: str) -> list[str]:
    return [row[6] for _, row in reference.search(built.bundle, query)]


# --------------------------------------------------------------------------- files and page


def test_page_and_outputs(built: Searched) -> None:
    page = built.pages["tim-kiem/"]
    assert page.template == "vanban/search.html"
    assert page.title == "Tìm kiếm văn bản"
    data = page.data
    assert data["index_url"] in built.outputs and data["index_url"].endswith("/index.json")
    assert not any("lunr" in path for path in built.outputs)  # no library: search.js reads the files itself
    assert data["filters"]["years"] == ["2025", "2024", "2023"]
    assert "Nghị quyết" in data["filters"]["types"]
    assert "Ban Thường vụ Tỉnh ủy" in data["filters"]["issuers"]
    assert data["listings"][0]["path"] == "van-ban/"


def test_stubs_are_indexed(built: Searched) -> None:
    rows = built.bundle.rows()
    stubs = [row for row in rows if row[7] == 0]
    assert {row[1] for row in stubs} == {"57-NQ/TW", "386-KH/TU"}
    assert all(row[0].startswith("van-ban/") and row[0].endswith("/") for row in rows)
    assert [row[5] for row in rows] == sorted((row[5] for row in rows), reverse=True)  # newest first


def test_rebuild_is_byte_identical() -> None:
    a, b = searched(), searched(list(reversed(DOCS)))
    assert a.outputs == b.outputs
    for path, data in a.outputs.items():
        if path.endswith(".json"):
            text = data.decode("utf-8")
            assert json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, separators=(",", ":")) == text


def test_js_mirrors_python_constants() -> None:
    script = search_script.source().decode("utf-8")
    escaped = "".join(c if c.isascii() else f"\\u{ord(c):04x}" for c in search_tokens.SYLLABLE_CLASS)
    assert f"var SYLLABLE = '[{escaped}]+';" in script
    assert f"MAX_WORDS = {search_tokens.MAX_WORDS}, PAGE = {reference.PAGE}, PREFIX_MIN = {reference.PREFIX_MIN}," in script
    for name, lookup in (("META_LOOKUP", reference.META_LOOKUP), ("BODY_LOOKUP", reference.BODY_LOOKUP)):
        declared = re.search(name + r" = \{([^}]*)\}", script)
        assert declared is not None
        assert {kind: tuple(re.findall(r"'(\w)'", fields)) for kind, fields in
                re.findall(r"(\w+): \[([^\]]*)\]", declared.group(1))} == lookup


def test_fnv1a_known_values() -> None:
    assert search_shards.fnv1a("") == 0x811C9DC5
    assert search_shards.fnv1a("a") == 0xE40C292C  # published FNV-1a test vector
    assert search_shards.fnv1a("foobar") == 0xBF9CF968


def test_number_tokens() -> None:
    assert search_tokens.number_tokens("57-NQ/TW") == ["57", "nq", "tw", "57nqtw"]
    assert search_tokens.number_tokens("300/LĐLĐ") == ["300", "ldld", "300ldld"]
    assert search_tokens.number_tokens("12/2025/QĐ-UBND") == ["12", "2025", "qd", "ubnd", "122025qdubnd"]
    # a number's leading zeros are dropped (fold_lower): "13/02/2025" and "13/2/2025" join alike
    assert search_tokens.numbers_in_text("Kế hoạch số 386-KH/TU, ngày 13/02/2025") == ["386khtu", "1322025"]


def test_query_plan_forms() -> None:
    plan = reference.query_plan("Nghị quyết số 57-NQ/TW")
    assert plan.words == ["nghi", "quyet", "57", "nq", "tw"]  # "số" before a number is dropped
    assert plan.exact[:2] == ["nghị", "quyết"]
    masks = {(c.term, c.kind): c.mask for c in plan.clauses}
    assert masks[("57nqtw", "word")] == 0b11100 and masks[("nghị", "exact")] == 0b1
    assert {c.term for c in plan.clauses if c.kind == "pair"} == {"nghi_quyet", "quyet_57", "57_nq", "nq_tw"}
    assert reference.query_plan("57/NQ-TW").clauses[0] == reference.Clause("57nqtw", "word", 0b111, 2)
    assert reference.query_plan("nq 57").words == ["nq", "57"]


# --------------------------------------------------------------------------- behaviours of issue 5 §2


@pytest.mark.parametrize("query", ["nghi quyet 57", "nghị quyết 57", "NGHỊ QUYẾT 57", "Nghị quyết số 57"])
def test_type_and_number_find_the_resolution(built: SiteModel, query: str) -> None:
    assert first_numbers(built, query) == ["57-NQ/TW"]


@pytest.mark.parametrize("query", ["57-NQ/TW", "57/NQ-TW", "57 nq tw", "nq 57", "57-nq/tw", "57 - NQ/TW"])
def test_number_forms(built: SiteModel, query: str) -> None:
    assert first_numbers(built, query) == ["57-NQ/TW"]


@pytest.mark.parametrize("query", ["300/LĐLĐ", "300 ldld", "300/LDLD", "ldld 300"])
def test_union_letter_by_number(built: SiteModel, query: str) -> None:
    assert first_numbers(built, query) == ["300/LĐLĐ"]


def test_party_plan_by_number(built: Searched) -> None:
    assert first_numbers(built, "386-KH/TU") == ["386-KH/TU"]


def test_d_with_stroke_folds(built: Searched) -> None:
    assert first_numbers(built, "lien doan lao dong") == ["300/LĐLĐ"]
    assert first_numbers(built, "LIÊN ĐOÀN LAO ĐỘNG") == ["300/LĐLĐ"]


def test_exact_diacritics_rank_first(built: Searched) -> None:
    assert first_numbers(built, "đường", 2) == ["12/KH-UBND", "13/KH-UBND"]
    assert first_numbers(built, "dương", 2) == ["13/KH-UBND", "12/KH-UBND"]
    assert set(first_numbers(built, "duong", 2)) == {"12/KH-UBND", "13/KH-UBND"}  # no marks: both


def test_phrase_ranks_above_scattered(built: Searched) -> None:
    assert first_numbers(built, "an toàn thực phẩm", 2) == ["20/TB-UBND", "21/TB-UBND"]
    assert first_numbers(built, "an toan thuc pham", 2) == ["20/TB-UBND", "21/TB-UBND"]
    assert first_numbers(built, "thuc hien an ninh", 1) == ["21/TB-UBND"]


def test_body_text_is_searched(built: Searched) -> None:
    assert first_numbers(built, "tiem phong benh dai") == ["22/BC-UBND"]


def test_prefix_while_typing(built: Searched) -> None:
    bundle = built.bundle
    rows = reference.search(bundle, "giao th", typing=True)
    assert rows[0][1][1] == "12/KH-UBND"


def test_filters(built: Searched) -> None:
    assert set(first_numbers(built, "thon 3", 5, loai="Kế hoạch", nam="2025")) == {"13/KH-UBND", "12/KH-UBND"}
    assert first_numbers(built, "57", 5, coquan="Bộ Chính trị") == ["57-NQ/TW"]
    assert first_numbers(built, "", 10, nam="2023") == ["22/BC-UBND"]
    assert first_numbers(built, "đường", 5, nam="2024") == []


def test_no_results(built: Searched) -> None:
    assert reference.search(built.bundle, "xyzzy") == []


# --------------------------------------------------------------------------- budgets


def test_index_sizes_and_sharding(monkeypatch: pytest.MonkeyPatch) -> None:
    filler = "Các cơ quan, đơn vị triển khai thực hiện nghiêm túc kế hoạch {i} về công tác {i} tại thôn {i}."
    docs = [doc(f"{i}/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã", f"Kế hoạch công tác số {i} năm 2025",
                body=" ".join(filler.format(i=i * 7 + k) for k in range(40)), date=PartialDate(2025, 1, 1 + i % 28))
            for i in range(1, 400)]
    monkeypatch.setattr(search_bundle, "META_SHARD_GZIP", 1_000)
    monkeypatch.setattr(search_bundle, "BODY_SHARD_GZIP", 1_000)
    result = searched(docs)
    sizes = search_sizes.index_sizes(result.bundle)
    assert sizes["documents"] == 399
    assert sizes["meta_files"] > 5 and sizes["body_files"] > 20
    assert sizes["store_files"] == -(-399 // search_bundle.STORE_CHUNK)
    assert sizes["first_result_gzip"] == sizes["search_js_gzip"] + sizes["index_gzip"]
    assert sizes["body_max_gzip"] < 4 * 1_000  # bounded: no term here is common enough to fill a shard alone
    # "thôn 2807" is in the bodies of 396–399 only (thôn i·7 … i·7+39), found across the body shards.
    assert sorted(first_numbers(result, "thon 2807", 4)) == [f"{i}/KH-UBND" for i in range(396, 400)]
    assert reference.search(result.bundle, "kế hoạch 17")[0][1][1] == "17/KH-UBND"
    # A number query reads a few files, not the index of 399 documents.
    files = reference.query_files(result.bundle, "17/KH-UBND")
    assert len(files) < 60 and search_sizes.query_bytes(result.bundle, "17/KH-UBND") < sizes["meta_gzip"] + sizes["search_js_gzip"]


def test_number_or_title_results_before_any_body_shard(built: Searched) -> None:
    """The first pass (meta shards only) already ranks a number or title query as the full one does."""
    for query in ("57-NQ/TW", "300 ldld", "an toan thuc pham", "lien doan lao dong"):
        plan = reference.query_plan(query)
        found = reference.look_up(built.bundle, plan, {}, with_body=False)
        assert not any(name.startswith("b") for name in found.files)
        first = reference.rank(built.bundle, plan, found, {})[0].ref
        assert first == reference.search(built.bundle, query)[0][0].ref, query


def test_scores_of_a_common_term_are_shipped_for_its_best_documents_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_bundle, "SCORED", 3)
    docs = [doc(f"{i}/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã", "Kế hoạch công tác", body="thôn " * (1 + i % 5),
                date=PartialDate(2025, 1, 1 + i)) for i in range(10)]
    bundle = searched(docs).bundle
    [entry] = [shard["thon"] for shard in bundle.body_shards if "thon" in shard]
    listed, scores = entry["f"]
    assert isinstance(listed, str)  # in every document: a bitmap
    assert reference.documents(listed) == list(range(10)) and len(scores) == 10
    assert sum(1 for s in scores if s) == 3 and min(s for s in scores if s) >= max(s for s in scores if not s)
