"""The demo corpus is a faithful conversion of the five seeds: nothing invented, nothing lost.

Each content file's front matter is checked against what the original says, and its body must
hold every word of the seed, in order, except the header lines that moved to the front matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from vanban.glossary import NO_YEAR_SLUG, TYPE_NAMES
from vanban.text import slugify

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
_WORD = re.compile(r"\w+")

V57 = "Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị"
ABOUT_57 = "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"


@dataclass(frozen=True)
class Case:
    """What a seed says, and the header lines of it that live in front matter instead of the body."""

    path: str
    number: str
    type: str
    issuer: str
    date: str
    title: str
    header: tuple[str, ...]


CASES: dict[str, Case] = {
    "000": Case(
        "van-ban/2025/300-ldld.md",
        "300/LĐLĐ",
        "Công văn",
        "Ban Thường vụ Liên đoàn Lao động huyện DMC",
        "2025-02",
        "tuyên truyền Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị",
        (
            "Số: 300/LĐLĐ",
            "Huyện DMC, ngày tháng 02 năm 2025",
            "V/v tuyên truyền Nghị quyết số 57-NQ/TW,",
            "ngày 22/12/2024 của Bộ Chính trị",
        ),
    ),
    "001": Case(
        "van-ban/chua-ro-nam/ke-hoach-ban-thuong-vu-huyen-uy.md",
        "",
        "Kế hoạch",
        "Ban Thường vụ Huyện ủy",
        "",
        "Tổ chức học tập, quán triệt, tuyên truyền thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
        f"của Bộ Chính trị {ABOUT_57}",
        ("KẾ HOẠCH",),
    ),
    "002": Case(
        "van-ban/chua-ro-nam/huong-dan-ban-tuyen-giao-thi-uy-phuoc-long.md",
        "",
        "Hướng dẫn",
        "Ban Tuyên giáo Thị ủy Phước Long",
        "",
        f"Tuyên truyền {V57} {ABOUT_57}",
        ("Số - HD/BTGTU", "HƯỚNG DẪN"),
    ),
    "003": Case(
        "van-ban/2025/cong-van-phong-van-hoa-va-thong-tin-thanh-pho-bien-hoa-2025.md",
        "",
        "Công văn",
        "Phòng Văn hóa và Thông tin thành phố Biên Hòa",
        "2025",
        "Hướng dẫn tuyên truyền Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về "
        '"đột phá phát triển khoa học công nghệ đổi mới sáng tạo và chuyển đổi số quốc gia',
        (
            "Số: /PVHTT",
            "Biên Hòa, ngày tháng năm 2025",
            "V/v Hướng dẫn tuyên truyền Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về "
            '"đột phá phát triển khoa học công nghệ đổi mới sáng tạo và chuyển đổi số quốc gia',
        ),
    ),
    "004": Case(
        "van-ban/2025/ke-hoach-uy-ban-mat-tran-to-quoc-viet-nam-thanh-pho-tam-ky-2025-03-07.md",
        "",
        "Kế hoạch",
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Tam Kỳ",
        "2025-03-07",
        f"Tuyên truyền {V57} {ABOUT_57} trong hệ thống Mặt trận Tổ quốc Việt Nam các cấp trên địa bàn thành phố",
        ("Tam Kỳ, ngày 07 tháng 3 năm 2025", "KẾ HOẠCH"),
    ),
}
IDS = sorted(CASES)


def split(path: Path) -> tuple[dict[str, Any], str]:
    """Front matter (between the first two ``---`` lines) and body of a content file."""
    lines = path.read_text(encoding="utf-8").split("\n")
    end = lines.index("---", 1)
    return yaml.safe_load("\n".join(lines[1:end])), "\n".join(lines[end + 1 :])


def seed_lines(seed: str) -> list[str]:
    """The seed's non-blank lines, NFC, stripped; from tests/fixtures/seeds."""
    files = sorted(SEEDS.glob(f"{seed}_*.txt"))
    if not files:
        raise FileNotFoundError(f"tests/fixtures/seeds/{seed}_*.txt")
    text = unicodedata.normalize("NFC", files[0].read_text(encoding="utf-8"))
    return [line.strip() for line in text.split("\n") if line.strip()]


def seed_body(seed: str) -> list[str]:
    """Seed lines minus the header lines that moved to front matter (each removed once)."""
    lines = seed_lines(seed)
    for header in CASES[seed].header:
        assert header in lines, f"header line {header!r} not in seed {seed}"
        lines.remove(header)
    return lines


def words(text: str) -> list[str]:
    """Word tokens; Markdown punctuation (#, *, \\, list dashes) never forms one."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


@pytest.mark.parametrize("seed", IDS)
def test_front_matter_matches_original(seed: str) -> None:
    case = CASES[seed]
    data, _ = split(CONTENT / case.path)
    assert data["number"] == case.number
    assert data["type"] == case.type and case.type in TYPE_NAMES
    assert data["issuer"] == case.issuer
    assert data["date"] == case.date and isinstance(data["date"], str)
    assert data["title"] == case.title
    assert data["effective"] == "" and data["status"] == ""
    for key in ("implements", "mentions", "replaces", "tags"):
        assert data[key] == []


@pytest.mark.parametrize("seed", IDS)
def test_path_follows_year_and_slug_rule(seed: str) -> None:
    data, _ = split(CONTENT / CASES[seed].path)
    year = data["date"][:4] or NO_YEAR_SLUG
    slug = slugify(data["number"]) or slugify(f"{data['type']} {data['issuer']} {data['date']}")
    assert CASES[seed].path == f"van-ban/{year}/{slug}.md"


@pytest.mark.parametrize("seed", IDS)
def test_title_comes_from_the_header_lines(seed: str) -> None:
    """The trích yếu is the original's subject line, V/v dropped, broken lines rejoined."""
    header = " ".join(words(" ".join(CASES[seed].header)))
    title = " ".join(words(CASES[seed].title))
    lines = seed_lines(seed)
    assert title in header or title == " ".join(words(lines[lines.index(CASES[seed].header[-1]) + 1]))


@pytest.mark.parametrize("seed", IDS)
def test_body_keeps_every_word_of_the_seed(seed: str) -> None:
    _, body = split(CONTENT / CASES[seed].path)
    expected = seed_body(seed)
    if CASES[seed].type != "Công văn":  # the trích yếu follows the type word
        title = CASES[seed].title
        expected = [line for line in expected if line != title]
    assert Counter(words(body)) == Counter(words("\n".join(expected)))
    flat = f" {' '.join(words(body))} "
    for line in expected:
        assert f" {' '.join(words(line))} " in flat, f"sequence lost: {line[:60]}"


@pytest.mark.parametrize("seed", IDS)
def test_recipients_are_the_noi_nhan_lines(seed: str) -> None:
    data, _ = split(CONTENT / CASES[seed].path)
    lines = seed_lines(seed)
    start = next(i for i, line in enumerate(lines) if "Nơi nhận:" in line)
    items = []
    for line in lines[start + 1 :]:
        if not line.startswith("- "):
            break
        items.append(line[2:])
    assert data["recipients"] == items


@pytest.mark.parametrize("seed", IDS)
def test_text_is_nfc_and_attachment_listed(seed: str) -> None:
    path = CONTENT / CASES[seed].path
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    data, _ = split(path)
    slug = path.stem
    kind = data["type"]
    assert {"path": f"{slug}/{slug}.docx", "title": f"Toàn văn {kind} (bản Word)"} in data["attachments"]
    assert (path.parent / slug / f"{slug}.docx").is_file()


@pytest.mark.parametrize("seed", IDS)
def test_numbered_paragraphs_keep_their_numbers(seed: str) -> None:
    """A line like "2. Tuyên truyền…" would be renumbered by Markdown: it must be escaped or a heading."""
    _, body = split(CONTENT / CASES[seed].path)
    for line in body.split("\n"):
        assert not re.match(r"\d+[.)] ", line), f"Markdown would renumber: {line[:60]}"
