"""Citation auto-linking touches plain text only (issue 12 item 5): never code, attribute values,
existing links, autolinks or link definitions — a link there would change what is shown or nest links."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.build import build_site
from vanban.corpus import Corpus, assign_slugs, parse_text
from vanban.site import SiteConfig

HEAD = """---
number: "12/KH-UBND"
type: Kế hoạch
issuer: Ủy ban nhân dân xã An Bình
date: "2025-03-07"
title: thử liên kết
place: Xã An Bình
---
"""
CITED = "Nghị quyết số 57-NQ/TW"


def linked(body: str) -> str:
    doc, problems = parse_text("d.md", HEAD + body)
    assert doc is not None, problems
    (held,) = assign_slugs([doc])
    corpus = Corpus(root=Path("."), documents=[held], files_seen=1)
    built = build_site(corpus, SiteConfig(), check_only=True)
    return built.linked.bodies.get(held.id, held.body)


def test_plain_text_is_linked() -> None:
    assert 'class="vb-cite"' in linked(f"Thực hiện {CITED} ngày 22/12/2024 của Bộ Chính trị.\n")


@pytest.mark.parametrize("body", [
    f"Mẫu: `Thực hiện {CITED}` như sau.\n",
    f"```\nThực hiện {CITED}\n```\n",
    f"    Thực hiện {CITED} (khối mã thụt lề)\n",
    f"Xem [Thực hiện {CITED}](https://vanban.example/57) tại đây.\n",
    f"Xem [văn bản](https://vanban.example/57 \"Thực hiện {CITED}\") tại đây.\n",
    f"Ảnh ![Thực hiện {CITED}](anh.png) đính kèm.\n",
    f"Địa chỉ <https://vanban.example/Thực-hiện-{CITED.replace(' ', '-')}> ở đây.\n",
    f"Xem [nq].\n\n[nq]: https://vanban.example/57 \"Thực hiện {CITED}\"\n",
    f'Chữ <span title="Thực hiện {CITED}">đây</span>.\n',
    f"<div>\nThực hiện {CITED}\n</div>\n",
])
def test_no_link_outside_plain_text(body: str) -> None:
    out = linked(body)
    assert "vb-cite" not in out, out
    assert out == body or out.rstrip("\n") == body.rstrip("\n"), out
