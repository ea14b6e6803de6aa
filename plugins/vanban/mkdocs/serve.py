"""``mkdocs serve`` while an editor works: a document that cannot be published shows why, where it was.

A lenient build leaves a broken document out, so the page the editor is looking at would become
MkDocs' English 404. While serving, its address (the last one it had, or ``/van-ban/loi/<file>/``
for a file never built) gets a plain page listing its problems in Vietnamese, each with its
``file:line`` and the fix; the live-reload script MkDocs adds to every page reloads it on the next
save, which brings the document back once it is right.
"""

from __future__ import annotations

import html
from collections import defaultdict

from ..problems import Problem
from ..site import SiteModel
from ..text import slugify

_PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chưa xuất bản được: {file}</title>
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem}}
li{{margin:.5rem 0}}code{{background:#f3f3f3;padding:0 .2rem}}.fix{{color:#1b5e20}}</style></head>
<body><h1>Văn bản chưa xuất bản được</h1>
<p>Tệp <code>{file}</code>: {reason}.</p>
<ol>{items}</ol>
<p>Sửa tệp rồi lưu lại: trang này tự tải lại và hiện văn bản khi hết lỗi.</p>
<p><a href="/">Về trang chủ</a></p></body></html>
"""


def _item(problem: Problem, prefix: str) -> str:
    where = f"{prefix}{problem.path}:{problem.line}"
    return (f"<li><code>{html.escape(where)}</code> — <strong>{html.escape(problem.field or 'tệp')}</strong>: "
            f"{html.escape(problem.message)}<br><span class=\"fix\">Cách sửa: {html.escape(problem.fix)}</span></li>")


def problem_pages(site: SiteModel, last_urls: dict[str, str], prefix: str) -> dict[str, str]:
    """Add a problem page for each document left out; *last_urls* (source → URL) is kept between
    rebuilds by the caller. Returns source → the address of its problem page."""
    for doc in site.held_documents:
        last_urls[doc.source] = doc.url
    by_path: dict[str, list[Problem]] = defaultdict(list)
    for problem in site.corpus.problems + site.problems:
        by_path[problem.path].append(problem)
    shown: dict[str, str] = {}
    for source, reason in sorted(site.corpus.excluded.items()):
        url = last_urls.get(source) or f"van-ban/loi/{slugify(source, 96) or 'tep'}/"
        if url in site.pages:
            continue  # another document has this address now
        items = "".join(_item(p, prefix) for p in sorted(by_path[source], key=Problem.sort_key))
        site.add_output(url + "index.html", _PAGE.format(
            file=html.escape(prefix + source), reason=html.escape(reason), items=items))
        shown[source] = url
    return shown
