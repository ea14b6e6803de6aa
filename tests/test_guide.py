"""The clerk guide (issue 18, items 2 and 12): its pictures exist and say what they are, its advice
publishes nothing by accident, and what it quotes from `vanban check` is what the check prints."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "guide" / "huong-dan-bien-tap.md"
sys.path.insert(0, str(ROOT / "guide"))
import illustrations  # noqa: E402  (guide/illustrations.py: the drawn GitHub steps)


def text() -> str:
    """The guide with its line breaks inside paragraphs read as spaces."""
    return re.sub(r"(?<=\S)\n(?=[^\n\s`#|!>-])", " ", GUIDE.read_text(encoding="utf-8"))


def test_every_picture_exists_and_illustrations_say_so() -> None:
    pictures = re.findall(r"!\[([^\]]*)\]\((img/[^)]+)\)", text())
    names = {Path(path).stem for _, path in pictures}
    assert set(illustrations.pages()) <= names  # every GitHub step drawn is shown
    for alt, path in pictures:
        image = GUIDE.parent / path
        assert image.is_file() and image.read_bytes().startswith(b"\x89PNG"), path
        if Path(path).stem in illustrations.pages():
            assert alt.startswith("Hình minh họa (vẽ lại, không phải ảnh chụp GitHub)"), alt
    assert "HÌNH MINH HỌA" in illustrations.BANNER and "không phải ảnh chụp màn hình GitHub" in illustrations.BANNER
    for step in ("Create new file", "Upload files", "Create pull request", "Files changed"):
        assert step in text()


def test_no_placeholder_is_published_and_attachments_are_explained() -> None:
    guide = text()
    assert "README" not in guide  # no placeholder file in a folder whose every file is published
    assert "Mọi tệp trong thư mục này đều được đăng công khai" in guide
    assert "Kéo cả thư mục" in guide
    block = re.search(r"```yaml\nattachments:\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
    assert block and re.findall(r'- path: "21-kh-ubnd/[^"]+"\n    title: "[^"]+"', block.group(1))
    assert "tính từ tệp văn bản" in guide and "attachments: []" in guide


def test_word_layouts_and_what_to_do_when_unsure() -> None:
    guide = text()
    for needed in ("Nghị định 30/2020", "bảng hai cột không kẻ viền", "ĐẢNG CỘNG SẢN VIỆT NAM", "Tệp Word không có bảng",
                   "Nơi nhận", "chưa chắc", "đối chiếu với bản gốc", "vanban import van-ban.docx --report"):
        assert needed in guide, needed


def test_quoted_check_message_is_what_the_check_prints() -> None:
    notes = {field: message for _, field, message in illustrations.check_annotations()}
    assert set(notes) == {"date", "attachments"}
    assert f"`date: {notes['date']}`" in text()


def test_material_notice_is_explained_in_vietnamese() -> None:
    guide = text()
    assert "Material for MkDocs reaches end of life" in guide and "không phải lỗi của văn bản" in guide
    assert "NO_MKDOCS_2_WARNING=1" in guide
