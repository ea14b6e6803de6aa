"""Theo dõi triển khai (issue 15) on a fixture corpus of its own: a district plan (10-KH/HU) assigns
work; UBND huyện implements it on time, Ủy ban MTTQ late, Huyện đoàn not at all; "UBND các xã,
phường" expands to the configured communes; a periodic duty becomes dates of the configured
calendar; a successor's report counts for the commune it replaced.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from portal_fixture import portal_config
from vanban.build import build_site
from vanban.cli import main as vanban_main
from vanban.corpus import load_corpus
from vanban.site import SiteConfig, SiteModel
from vanban.tracking import Registry, TrackingConfigError, parse_reporting, parse_units
from vanban.tracking.config import parse_settings
from vanban.tracking.reporting import occurrences, periods_of
from vanban.tracking.tasks import addressees, assignments

FIXTURE = Path(__file__).parent / "fixtures" / "tracking" / "content"
PLAN = "van-ban/2025/10-kh-hu"

OPTIONS: dict[str, Any] = {
    "units": [
        {"name": "Huyện ủy", "aliases": ["Ban Thường vụ Huyện ủy"], "level": "huyện"},
        {"name": "UBND huyện", "aliases": ["Ủy ban nhân dân huyện"], "level": "huyện"},
        {"name": "Ủy ban MTTQ Việt Nam huyện", "level": "huyện"},
        {"name": "Huyện đoàn", "aliases": ["Đoàn Thanh niên huyện"], "level": "huyện"},
        {"name": "Phòng Văn hóa và Thông tin huyện", "level": "huyện", "parent": "UBND huyện"},
        {"name": "UBND xã An Phú", "level": "xã", "parent": "UBND huyện"},
        {"name": "UBND xã Tân Lập", "level": "xã", "parent": "UBND huyện"},
        {"name": "UBND xã Hòa Bình", "level": "xã"},
    ],
    "successors": [{"from": "UBND xã An Phú", "to": "UBND xã Hòa Bình", "date": "2025-07-01"}],
    "reporting": {"source": "Lịch thử nghiệm của bộ kiểm thử", "half_yearly": ["25/06"], "yearly": ["25/12"],
                  "horizon_months": 12},
    "as_of": "2026-01-15",
}


@pytest.fixture(scope="module")
def site() -> SiteModel:
    corpus = load_corpus(FIXTURE)
    assert not corpus.problems
    return build_site(corpus, SiteConfig(site_name="Thử", site_url="https://huyen.example.vn/",
                                         portal=portal_config(), tracking=parse_settings(OPTIONS))).site


def _tasks(site: SiteModel) -> list[dict[str, Any]]:
    data = json.loads(site.outputs["data/tracking.json"])
    assert data["as_of"] == "2026-01-15"
    return [t for t in data["tasks"] if t["document"] == PLAN]


def _one(tasks: list[dict[str, Any]], unit: str) -> dict[str, Any]:
    found = [t for t in tasks if t["unit"] == unit]
    assert len(found) == 1, (unit, [t["unit"] for t in tasks])
    return found[0]


def test_every_status_is_right(site: SiteModel) -> None:
    tasks = _tasks(site)
    on_time = _one(tasks, "UBND huyện")
    assert (on_time["due"], on_time["status"], on_time["fulfilled_by"], on_time["lag_days"]) == (
        "2025-03-10", "done", ["van-ban/2025/05-kh-ubnd"], 32)
    late = _one(tasks, "Ủy ban MTTQ Việt Nam huyện")  # the report's issuer is written "UBMTTQ Việt Nam huyện"
    assert (late["due"], late["status"], late["fulfilled_by"], late["lag_days"]) == (
        "2025-03-15", "late", ["van-ban/2025/07-kh-mttq"], 52)
    missing = _one(tasks, "Huyện đoàn")  # written "Đoàn Thanh niên huyện", matched by alias
    assert (missing["unit_id"], missing["due"], missing["status"], missing["fulfilled_by"]) == (
        "huyen-doan", "2025-03-20", "overdue", [])
    period = _one(tasks, "Phòng Văn hóa và Thông tin huyện")  # "từ 01/5 đến 31/12/2025": due its last day
    assert (period["due"], period["status"]) == ("2025-12-31", "overdue")
    unknown = _one(tasks, "Ban Quản lý chợ huyện")  # not configured: kept as written, no guess
    assert (unknown["unit_id"], unknown["due"], unknown["status"]) == (None, None, "no_due")
    assert set(tasks[0]) == {"document", "unit", "unit_id", "text", "due", "recurring", "status",
                             "fulfilled_by", "lag_days", "line"}


def test_every_task_of_the_fixture_plan_has_the_status_worked_out_by_hand(site: SiteModel) -> None:
    """The whole table, as worked out by hand from the five fixture files (as of 15/01/2026, reporting on
    25/06 and 25/12 within 12 months of 01/02/2025; An Phú merged into Hòa Bình on 01/07/2025): three
    unit items with dates (one done on time by 05/KH-UBND, one late by 07/KH-MTTQ, one never), a period
    "từ 01/5 đến 31/12/2025" that ran out, the communes' half-year and year reports (Hòa Bình's 12/BC-UBND
    of 20/12/2025 fulfils the year for Hòa Bình and for An Phú, its predecessor; nobody reported in June)
    and an unconfigured unit with no date. Nothing else is a task (the aims item, the recipients)."""
    rows = sorted((t["unit"], t["due"] or "", t["status"], tuple(t["fulfilled_by"])) for t in _tasks(site))
    by_hoa_binh = ("van-ban/2025/12-bc-ubnd",)
    assert rows == sorted([
        ("UBND huyện", "2025-03-10", "done", ("van-ban/2025/05-kh-ubnd",)),
        ("Ủy ban MTTQ Việt Nam huyện", "2025-03-15", "late", ("van-ban/2025/07-kh-mttq",)),
        ("Huyện đoàn", "2025-03-20", "overdue", ()),
        ("Phòng Văn hóa và Thông tin huyện", "2025-12-31", "overdue", ()),
        ("UBND xã An Phú", "2025-06-25", "overdue", ()),
        ("UBND xã An Phú", "2025-12-25", "done", by_hoa_binh),
        ("UBND xã Hòa Bình", "2025-06-25", "overdue", ()),
        ("UBND xã Hòa Bình", "2025-12-25", "done", by_hoa_binh),
        ("UBND xã Tân Lập", "2025-06-25", "overdue", ()),
        ("UBND xã Tân Lập", "2025-12-25", "overdue", ()),
        ("Ban Quản lý chợ huyện", "", "no_due", ()),
    ])


def test_group_expands_and_periodic_duty_gets_calendar_dates(site: SiteModel) -> None:
    tasks = _tasks(site)
    communes = [t for t in tasks if t["recurring"]]
    by_unit: dict[str, list[tuple[str, str]]] = {}
    for t in communes:
        by_unit.setdefault(t["unit"], []).append((t["due"], t["status"]))
        assert t["recurring"] == "6 tháng, hằng năm"
        assert t["line"] == 33
    assert by_unit == {
        # An Phú was merged into Hòa Bình on 1/7/2025: Hòa Bình's year report counts for both.
        "UBND xã An Phú": [("2025-06-25", "overdue"), ("2025-12-25", "done")],
        "UBND xã Hòa Bình": [("2025-06-25", "overdue"), ("2025-12-25", "done")],
        "UBND xã Tân Lập": [("2025-06-25", "overdue"), ("2025-12-25", "overdue")],
    }


def test_successor_is_shown_and_counted(site: SiteModel) -> None:
    page = site.pages[f"{PLAN}/"]
    rows = {(r["unit"], r["due"]): r for r in page.data["tracking"]["rows"]}
    assert rows["UBND xã An Phú", "25/12/2025"]["successor"] == "UBND xã Hòa Bình"
    assert rows["UBND xã Hòa Bình", "25/12/2025"]["successor"] is None
    summary = site.pages["theo-doi/"].data
    assert summary["by_successor"] == 1
    assert summary["successors"] == [{"old": "UBND xã An Phú", "new": "UBND xã Hòa Bình", "date": "01/07/2025"}]
    an_phu = site.pages["don-vi/ubnd-xa-an-phu/"].data
    assert an_phu["heirs"] == [{"name": "UBND xã Hòa Bình", "date": "01/07/2025"}]
    assert site.pages["don-vi/ubnd-xa-hoa-binh/"].data["predecessors"][0]["name"] == "UBND xã An Phú"


def test_tracking_pages_counts_and_medians(site: SiteModel) -> None:
    data = site.pages["theo-doi/"].data
    assert data["as_of"] == "15/01/2026"
    (row,) = data["rows"]
    assert row["document"].id == PLAN
    assert row["counts"] == {"done": 3, "late": 1, "overdue": 6, "open": 0, "no_due": 1, "not_followed": 0, "total": 11}
    assert {m["label"]: m["median"] for m in data["by_level"]} == {
        "Cấp huyện → cấp huyện": 42, "Cấp huyện → cấp xã": 322}
    # named as /co-quan/ lists the body (site38): a district committee no text places
    body = "Ban Thường vụ Huyện ủy – chưa rõ địa phương"
    assert data["by_issuer"] == [{"label": body, "median": 187, "count": 4}]  # 32, 52, 322, 322
    assert "theo-doi/nam/2025/" in site.pages
    issuers = site.pages["theo-doi/co-quan/"].data
    assert [s["name"] for s in issuers["rows"]] == [body]
    assert any(g["name"] == body for g in site.pages["co-quan/"].data["groups"])
    assert issuers["rows"][0]["median"] == 187


def test_unit_pages_calendar_and_feed(site: SiteModel) -> None:
    assert site.pages["don-vi/"].data["count"] == 8
    tan_lap = site.pages["don-vi/ubnd-xa-tan-lap/"].data
    assert [d.id for d in tan_lap["documents"]] == [PLAN]  # addressed through "UBND các xã, phường"
    assert [r["status"] for r in tan_lap["rows"]] == ["overdue", "overdue"]
    ics = site.outputs["don-vi/ubnd-xa-tan-lap/lich.ics"].decode()
    assert ics.count("BEGIN:VEVENT") == 2 and "DTSTART;VALUE=DATE:20250625" in ics
    feed = site.outputs["don-vi/ubnd-xa-tan-lap/feed.xml"].decode()
    assert "10-KH/HU" in feed
    per_doc = json.loads(site.outputs[f"{PLAN}/index.json"])
    assert len(per_doc["tasks"]) == 11
    assert json.loads(site.outputs["van-ban/2025/05-kh-ubnd/index.json"])["tasks"] == []


def test_tracking_json_is_made_when_written(site: SiteModel) -> None:
    """/data/tracking.json grows with the corpus: the build holds what makes it (the tasks it keeps anyway),
    not its bytes, until the writer asks; what it makes is the whole file, the same each time."""
    from vanban.site import made_bytes

    held = dict(site.outputs.made())["data/tracking.json"]
    assert not isinstance(held, bytes)
    data = made_bytes(held)
    assert data == site.outputs["data/tracking.json"]
    tasks = json.loads(data)["tasks"]
    assert len([t for t in tasks if t["document"] == PLAN]) == 11
    assert [t["document"] for t in tasks] == sorted(t["document"] for t in tasks)


@pytest.mark.parametrize("batch", [1, 2, 5, 64])
def test_tracking_json_batches_are_the_whole_dump(site: SiteModel, batch: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The records dumped a batch at a time make the bytes of the whole object dumped at once, whatever the
    batch (one that ends on the last task, one that does not, one larger than the file)."""
    from vanban.opendata import dumps
    from vanban.site import made_bytes
    from vanban.tracking import pages

    monkeypatch.setattr(pages, "JSON_BATCH", batch)
    data = made_bytes(dict(site.outputs.made())["data/tracking.json"])
    tasks = json.loads(data)["tasks"]
    assert len(tasks) > 5
    assert data == dumps({"as_of": json.loads(data)["as_of"], "tasks": tasks}, indent=None).encode()


def test_unmatched_names_are_check_warnings(tmp_path: Path) -> None:
    corpus = load_corpus(FIXTURE)
    site = build_site(corpus, SiteConfig(tracking=parse_settings(OPTIONS)), check_only=True).site
    written = {p.message.split("”")[0].lstrip("“") for p in site.problems}
    assert {"Ban Quản lý chợ huyện", "Hội Nông dân huyện"} <= written
    assert all(p.severity.value == "warning" and p.path == "van-ban/2025/10-kh-hu.md" for p in site.problems)
    # The same through the command, with the units read from a mkdocs.yml beside the content.
    import shutil

    import yaml
    shutil.copytree(FIXTURE, tmp_path / "content")
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump({"plugins": [{"vanban": OPTIONS}]}, allow_unicode=True),
                                         encoding="utf-8")
    assert vanban_main(["check", str(tmp_path / "content")]) == 1
    assert vanban_main(["check", "--lenient", str(tmp_path / "content")]) == 0
    (tmp_path / "mkdocs.yml").write_text("plugins:\n  - vanban:\n      units: [{name: X, level: quận}]\n",
                                         encoding="utf-8")
    assert vanban_main(["check", str(tmp_path / "content")]) == 2


def test_without_calendar_a_periodic_duty_keeps_its_rule_and_no_date() -> None:
    corpus = load_corpus(FIXTURE)
    options = {k: v for k, v in OPTIONS.items() if k != "reporting"}
    site = build_site(corpus, SiteConfig(site_url="https://huyen.example.vn/", portal=portal_config(), tracking=parse_settings(options))).site
    periodic = [t for t in _tasks(site) if t["recurring"]]
    assert {(t["unit"], t["due"]) for t in periodic} == {
        ("UBND xã An Phú", None), ("UBND xã Tân Lập", None), ("UBND xã Hòa Bình", None)}


def test_matching_names_and_groups() -> None:
    units = parse_units([
        {"name": "Huyện ủy", "aliases": ["Ban Thường vụ Huyện uỷ"], "level": "huyện"},
        {"name": "Đảng bộ xã Đông Thanh", "level": "xã", "parent": "Huyện ủy"},
        {"name": "Đảng bộ xã Đông Thạnh", "level": "xã", "parent": "Huyện ủy"},
        {"name": "Chi bộ Cơ quan UBND huyện", "level": "huyện", "parent": "Huyện ủy"},
        {"name": "Văn phòng Huyện ủy", "level": "huyện", "parent": "Huyện ủy"},
        {"name": "UBND phường Tân Phong", "level": "xã"},
        {"name": "UBND xã Hóa An", "level": "xã"},
        {"name": "Ủy ban MTTQ Việt Nam thị xã", "level": "huyện"},
    ])
    registry = Registry(units)
    assert registry.match("BAN THƯỜNG VỤ HUYỆN ỦY (để b/c),").units[0].name == "Huyện ủy"  # case, tone, note
    assert registry.match("UB.MTTQVN thị xã,").units[0].name == "Ủy ban MTTQ Việt Nam thị xã"
    assert registry.match("Đảng bộ xã Đông Thanh").units[0].name == "Đảng bộ xã Đông Thanh"  # not Thạnh
    assert not registry.match("Dang bo xa Dong Thanh").matched  # diacritics are not dropped
    party = registry.match("Các chi, đảng bộ trực thuộc Huyện ủy")
    assert party.group and {u.name for u in party.units} == {
        "Đảng bộ xã Đông Thanh", "Đảng bộ xã Đông Thạnh", "Chi bộ Cơ quan UBND huyện"}  # not Văn phòng
    wards = registry.match("UBND 25 phường, xã.")
    assert {u.name for u in wards.units} == {"UBND phường Tân Phong", "UBND xã Hóa An"}
    assert wards.stated_count == 25
    assert not registry.match("UBND 25 phường, xã", groups=False).matched  # another body's letter
    parts = registry.resolve("Văn phòng Huyện ủy; các ban, phòng, ngành và Ủy ban MTTQ Việt Nam thị xã")
    assert [(m.written, m.matched) for m in parts] == [
        ("Văn phòng Huyện ủy", True), ("các ban, phòng, ngành", False), ("Ủy ban MTTQ Việt Nam thị xã", True)]
    # "Ban Tuyên giáo và Dân vận" is one body: not split when no piece is a unit.
    assert [m.written for m in registry.resolve("Ban Tuyên giáo và Dân vận Tỉnh ủy")] == [
        "Ban Tuyên giáo và Dân vận Tỉnh ủy"]


def test_tasks_from_both_layouts_and_kinh_gui() -> None:
    body = "\n".join([
        "Kính gửi:", "", "- Trung tâm Văn hóa thành phố;", "- UBND 25 phường, xã.", "",
        "## III. TỔ CHỨC THỰC HIỆN", "",
        "### 1. Nội dung tuyên truyền", "", "Tuyên truyền sâu rộng.", "",
        "### 2. Đề nghị UBND thị xã", "", "- Chỉ đạo các cơ quan đẩy mạnh tuyên truyền.", "",
        "3\\. Văn phòng Huyện ủy: Phối hợp, đôn đốc các cơ quan.", "",
        "**Nơi nhận:**", "", "- Như trên,",
    ])
    found = assignments(body, [])
    assert [(a.head, a.text, a.line) for a in found] == [
        ("UBND thị xã", "Chỉ đạo các cơ quan đẩy mạnh tuyên truyền.", 12),
        ("Văn phòng Huyện ủy", "Phối hợp, đôn đốc các cơ quan.", 16),
    ]
    assert addressees(body) == ["Trung tâm Văn hóa thành phố", "UBND 25 phường, xã"]


def test_reporting_calendar() -> None:
    calendar = parse_reporting({"source": "ví dụ", "monthly": 25, "quarterly": ["25/03", "25/06", "25/09", "25/12"],
                                "half_yearly": ["25/06"], "yearly": ["25/12"], "horizon_months": 12})
    assert calendar is not None
    assert periods_of("Định kỳ 6 tháng và hàng năm") == ("half_yearly", "yearly")
    assert periods_of("hằng quý") == ("quarterly",)
    assert periods_of("định kỳ hằng tháng") == ("monthly",)
    assert [d for d, _ in occurrences(calendar, ("half_yearly", "yearly"), dt.date(2025, 2, 1))] == [
        dt.date(2025, 6, 25), dt.date(2025, 12, 25)]
    assert len(occurrences(calendar, ("monthly",), dt.date(2025, 2, 1))) == 12  # bounded by the horizon
    for bad in ({"monthly": 25}, {"source": "x", "yearly": ["31/02"]}, {"source": "x", "horizon_months": 600},
                {"source": "x", "weekly": 1}):
        with pytest.raises(TrackingConfigError):
            parse_reporting(bad)
    with pytest.raises(TrackingConfigError):
        parse_units([{"name": "A", "parent": "B"}])


def test_demo_district_plan_and_town_guide() -> None:
    import yaml

    from vanban.tracking.config import settings_from_mkdocs
    root = Path(__file__).resolve().parent.parent
    settings = settings_from_mkdocs(root / "mkdocs.yml")
    assert settings.units and settings.reporting is not None
    yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    site = build_site(load_corpus(root / "content"), SiteConfig(site_url="https://huyen.example.vn/", portal=portal_config(), tracking=settings)).site
    plan = site.pages["van-ban/chua-ro-nam/ke-hoach-ban-thuong-vu-huyen-uy/"].data["tracking"]
    due = {(r["unit"], r["due"]) for r in plan["rows"]}
    assert ("UBND huyện", "10/03/2025") in due
    assert ("Ủy ban MTTQ Việt Nam huyện", "28/03/2025") in due
    guide = site.pages["van-ban/chua-ro-nam/huong-dan-ban-tuyen-giao-thi-uy-phuoc-long/"].data["tracking"]
    periodic = [r for r in guide["rows"] if r["recurring"]]
    assert periodic and all(r["due"] for r in periodic)
    assert periodic[0]["due"] == "25/06/2025"  # the first report after the guide it implements (10/01/2025)
    assert "ngày của văn bản mới nhất mà nó thực hiện" in guide["note"]


def test_tracking_cost_grows_linearly() -> None:
    """Ten times the documents (each plan implemented by two others) cost well under twenty times as much:
    a document's fulfilment is read from the edges pointing at it, never from a scan of all documents."""
    import gc
    import time

    from vanban.dates import PartialDate
    from vanban.documents import Document
    from vanban.tracking import track
    from vanban.tracking.config import TrackingSettings

    body = "\n".join(["## II. TỔ CHỨC THỰC HIỆN", "", "1\\. UBND huyện: Xây dựng kế hoạch; hoàn thành trước ngày 10/3/2025.",
                      "", "2\\. UBND các xã, phường: Định kỳ 6 tháng và hằng năm báo cáo kết quả.", "",
                      "Giao Văn phòng Huyện ủy theo dõi, đôn đốc; Ủy ban MTTQ Việt Nam huyện phối hợp thực hiện."])
    settings = parse_settings(OPTIONS)
    registry = settings.registry()

    def run(n: int) -> float:
        plans = [Document(source=f"p{i}.md", number=f"{i}-KH/HU", type="Kế hoạch", issuer="Ban Thường vụ Huyện ủy",
                          title="t", date=PartialDate(2025, 2, 1), body=body, slug=f"p{i}") for i in range(n)]
        done = {p.id: [Document(source=f"d{p.slug}.md", number=f"{p.slug}/KH-UBND", type="Kế hoạch",
                                issuer="UBND huyện", title="t", date=PartialDate(2025, 3, 5), slug=f"d{p.slug}")]
                for p in plans}
        # The collector's full passes grow with every object alive in the test process, not with this
        # stage: kept out of the timing, so a loaded machine measures the stage and not the heap.  CPU
        # time of this process, not wall time: on a shared machine the neighbours' work is not ours.
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            result = track(plans, {}, lambda i: done[i], lambda i: None, registry, settings.reporting,
                           TrackingSettings().day(dt.date(2026, 1, 15)))
            elapsed = time.process_time() - start
        finally:
            gc.enable()
        assert len(result.documents) == n
        return elapsed

    run(50)  # warm the caches
    small, large = min(run(200) for _ in range(3)), min(run(2000) for _ in range(3))
    assert large < 20 * small, (small, large)


def test_as_of_written_as_a_plain_yaml_date_is_accepted(tmp_path: Path) -> None:
    """``as_of: 2025-03-01`` unquoted in mkdocs.yml (YAML reads it as a date) builds, and every tracking
    page says "Tính đến ngày 01/03/2025"; the rows that may fall due carry what tracking.js re-reads."""
    from conftest import portal_project, run_mkdocs

    root = portal_project(tmp_path)
    shutil.copytree(FIXTURE, root / "content")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("      units:\n", "      as_of: 2025-03-01\n      units:\n", 1),
                                     encoding="utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    page = (root / "site" / "van-ban" / "2025" / "10-kh-hu" / "index.html").read_text(encoding="utf-8")
    assert "Tính đến ngày 01/03/2025" in page
    assert 'data-vb-due="2025-03-20" data-vb-status="open"' in page  # Đoàn Thanh niên huyện
    assert 'data-vb-recheck data-vb-asof="2025-03-01"' in page


def test_task_reading_grows_linearly_with_the_body() -> None:
    """A body ten times longer (sentences that assign, list, lend dates, and plain prose) costs well under
    twenty times as much: clauses are read once, deadlines are placed by their line."""
    import time

    from vanban.deadlines import extract_deadlines

    part = ("Giao Sở Nội vụ chủ trì, phối hợp với UBND các huyện, báo cáo UBND tỉnh trước ngày 10/3/2025.\n\n"
            "Các sở, ban, ngành thuộc tỉnh; UBND các huyện, thị xã, thành phố triển khai thực hiện.\n\n"
            "Thời gian hoàn thành chậm nhất ngày 14/5/2025 và báo cáo kết quả.\n\n"
            "Công tác tuyên truyền được triển khai đồng bộ, với nhiều hình thức phong phú, sinh động.\n\n")

    def run(n: int) -> float:
        body = part * n
        found = extract_deadlines(body, doc_date=dt.date(2025, 2, 1))
        start = time.process_time()
        assert len(assignments(body, found)) >= 4
        return time.process_time() - start

    run(20)
    small, large = min(run(40) for _ in range(3)), min(run(400) for _ in range(3))
    assert large < 20 * small, (small, large)


def test_tracking_false_reads_no_task_and_makes_no_tracking_page(tmp_path: Path) -> None:
    """``tracking: false``: no task read in the analysis stage, no panel, /theo-doi/, /don-vi/,
    tracking.json or tasks in index.json, no unmatched-unit warning; the rest of the site is the same."""
    from vanban.analysis import analyse_corpus

    corpus = load_corpus(FIXTURE)
    off = parse_settings({**OPTIONS, "tracking": False})
    assert not off.enabled and parse_settings(OPTIONS).enabled
    assert not any(a.tasks for a in analyse_corpus(corpus.documents, tasks=False).by_id.values())
    assert any(a.tasks for a in analyse_corpus(corpus.documents).by_id.values())
    config = SiteConfig(site_name="Thử", site_url="https://huyen.example.vn/", portal=portal_config(), tracking=off)
    plain = build_site(corpus, config).site
    assert not [p for p in plain.pages if p.startswith(("theo-doi/", "don-vi/"))]
    assert not [p for p in plain.outputs if p.startswith(("data/tracking", "don-vi/"))]
    assert not [p for p in plain.pages.values() if "tracking" in p.data or "tasks_json" in p.data]
    assert "tasks" not in json.loads(plain.outputs[f"{PLAN}/index.json"])
    assert not build_site(corpus, SiteConfig(tracking=off), check_only=True).site.problems
    with pytest.raises(TrackingConfigError, match="tracking: phải là true hoặc false"):
        parse_settings({"tracking": "no"})
    # Through mkdocs: the nav entry of /theo-doi/ goes with the page (strict: no missing nav target).
    from conftest import portal_project, run_mkdocs

    root = portal_project(tmp_path)
    shutil.copytree(FIXTURE, root / "content")
    config_text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config_text.replace("      units:\n", "      tracking: false\n      units:\n", 1),
                                     encoding="utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    page = (root / "site" / PLAN / "index.html").read_text(encoding="utf-8")
    assert "Tình hình triển khai" not in page and "theo-doi/" not in page
    assert not (root / "site" / "theo-doi").exists() and not (root / "site" / "don-vi").exists()


def test_issuer_index_is_on_the_first_page_only(tmp_path: Path) -> None:
    """/theo-doi/co-quan/ lists every issuer in an index that only its first page shows: the other pages
    carry none, so their keys (vanban.fingerprint) do not digest every issuer (pages × issuers)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, str(root / "scripts" / "synth.py"), "60", str(tmp_path / "content")], check=True,
                   capture_output=True)
    corpus = load_corpus(tmp_path / "content")
    built = build_site(corpus, SiteConfig(site_name="Thử", site_url="https://huyen.example.vn/", portal=portal_config(),
                                          tracking=parse_settings(OPTIONS), page_size=3)).site
    pages = sorted((p for path, p in built.pages.items()  # its pager's folder page (vanban.trimmed) aside
                    if path.startswith("theo-doi/co-quan/") and p.data.get("kind") != "folder"),
                   key=lambda p: p.data["page_number"])
    first = built.pages["theo-doi/co-quan/"].data
    assert len(pages) >= 3 and first["page_count"] == len(pages)
    assert len(first["index"]) == first["count"] > 6
    assert [e["url"] for e in first["index"][3:4]] == ["theo-doi/co-quan/trang/2/#vb-i-" + pages[1].data["rows"][0]["id"]]
    assert all(p.data["index"] == [] for p in pages if p is not built.pages["theo-doi/co-quan/"])
