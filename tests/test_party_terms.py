"""Party numbers run per term (vanban.party_terms): two Central resolutions "29-NQ/TW" (2013 and 2022) stay apart;
an undated citation joins the dated one it describes, and is kept apart and reported where it describes another."""

from __future__ import annotations

from test_graph import site_of

EDUCATION = "Toàn ngành đang thực hiện Nghị quyết số 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo."
INDUSTRY = ("Thực hiện Nghị quyết số 29-NQ/TW, ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp "
            "tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045.")


def test_an_undated_citation_describing_another_document_is_kept_apart_and_reported() -> None:
    graph, problems, _ = site_of(
        {"number": "12/KH-THCS", "issuer": "Trường THCS Lê Lợi", "title": "Kế hoạch năm học", "body": EDUCATION},
        {"number": "300/LĐLĐ", "issuer": "Liên đoàn Lao động huyện Hòa Vang", "title": "Tuyên truyền",
         "body": INDUSTRY},
    )
    stubs = sorted((d for d in graph.documents.values() if not d.held), key=lambda d: d.url)
    assert [d.url for d in stubs] == ["van-ban/2022/29-nq-tw/", "van-ban/chua-ro-nam/29-nq-tw/"]
    assert stubs[0].date is not None and stubs[0].title.startswith("tiếp tục đẩy mạnh công nghiệp hóa")
    assert stubs[1].date is None and "không gộp" in " ".join(stubs[1].notes)
    assert any("d0.md" in p and "29-NQ/TW được trích dẫn không ghi ngày" in p and "nhiệm kỳ" in p for p in problems)


def test_an_undated_citation_of_the_same_document_joins_the_dated_one() -> None:
    """The mirror: the same resolution cited once with its date and once without, described alike, is one page."""
    graph, problems, _ = site_of(
        {"number": "15-KH/HU", "issuer": "Ban Thường vụ Huyện ủy", "title": "Thực hiện NQ 57",
         "body": "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
                 "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia."},
        {"number": "40/KH-UBND", "issuer": "Ủy ban nhân dân xã Tân Hòa", "title": "Chuyển đổi số",
         "body": "Quán triệt Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo."},
    )
    stubs = [d for d in graph.documents.values() if not d.held]
    assert [d.url for d in stubs] == ["van-ban/2024/57-nq-tw/"]
    assert not [p for p in problems if "57-NQ/TW" in p]


def test_two_dated_citations_of_one_party_number_in_two_terms_are_two_documents() -> None:
    graph, _, _ = site_of(
        {"number": "21-KH/ĐU", "issuer": "Đảng ủy xã Tân Hòa", "title": "Giáo dục",
         "body": "Thực hiện Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI về đổi "
                 "mới căn bản, toàn diện giáo dục và đào tạo."},
        {"number": "300/LĐLĐ", "issuer": "Liên đoàn Lao động huyện Hòa Vang", "title": "Tuyên truyền",
         "body": INDUSTRY},
    )
    urls = sorted(d.url for d in graph.documents.values() if not d.held)
    assert urls == ["van-ban/2013/29-nq-tw/", "van-ban/2022/29-nq-tw/"]


def test_an_undated_citation_is_not_linked_to_a_held_document_it_does_not_describe() -> None:
    graph, problems, docs = site_of(
        {"number": "29-NQ/TW", "issuer": "Ban Chấp hành Trung ương Đảng", "date": "2022-11-17",
         "title": "Về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045"},
        {"number": "12/KH-THCS", "issuer": "Trường THCS Lê Lợi", "title": "Kế hoạch năm học", "body": EDUCATION},
    )
    school = docs["12/KH-THCS"]
    held = next(d for d in graph.documents.values() if d.held and d.number == "29-NQ/TW")
    targets = [e.target for e in graph.targets(school.id, "mentions")] + [
        e.target for e in graph.targets(school.id, "implements")]
    assert targets == ["van-ban/chua-ro-nam/29-nq-tw"] and held.id not in targets
    assert any("29-NQ/TW được trích dẫn không ghi ngày" in p for p in problems)
