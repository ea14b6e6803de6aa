"""``mkdocs serve`` while an editor works: a document that cannot be published shows why, where it was.

A lenient build leaves a broken document out, so the page the editor is looking at would become
MkDocs' English 404. While serving, its address (the last one it had, or ``/van-ban/loi/<file>/``
for a file never built) gets a plain page listing its problems in Vietnamese, each with its
``file:line`` and the fix; the live-reload script MkDocs adds to every page reloads it on the next
save, which brings the document back once it is right.
"""

from __future__ import annotations

import contextlib
import html
import os
from collections import defaultdict
from collections.abc import Iterable

from mkdocs import utils as mkdocs_utils
from mkdocs.structure.files import Files, InclusionLevel

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


# ---------------------------------------------------------------------------------------------
# mkdocs serve: the site folder is brought up to date, not emptied and written again


_KEEP: set[str] = set()  # site folders whose next emptying is skipped (one build each)


def _clean_directory(directory: str) -> None:
    """MkDocs' ``utils.clean_directory``, except for a folder :func:`keep_site` named."""
    if os.path.abspath(directory) in _KEEP:
        _KEEP.discard(os.path.abspath(directory))
        return
    _MKDOCS_CLEAN(directory)


_MKDOCS_CLEAN = mkdocs_utils.clean_directory


def has_files(site_dir: str) -> bool:
    """Whether *site_dir* holds anything MkDocs would remove before a build (its entries not hidden)."""
    with contextlib.suppress(OSError), os.scandir(site_dir) as entries:
        return any(not entry.name.startswith(".") for entry in entries)
    return False


def keep_site(site_dir: str) -> None:
    """Let the next build into *site_dir* (a ``mkdocs serve`` rebuild, or a build over an earlier
    one's folder) keep its files.

    MkDocs empties the site folder before each build; at 1,000 documents that is 8,000 files
    and folders removed, then made again (about 1 s of a 3 s serve rebuild; 0.3 s of CPU and, on a
    busy disk, seconds of a warm build). Instead :func:`make_room` removes what MkDocs itself writes
    (so nothing is written through a hard link into the build cache) and :func:`remove_stale` what
    the build no longer has: the folder ends as a clean build would leave it. MkDocs'
    ``clean_directory`` is wrapped once, for the folder named here.
    """
    if getattr(mkdocs_utils, "clean_directory") is not _clean_directory:  # noqa: B009
        setattr(mkdocs_utils, "clean_directory", _clean_directory)  # noqa: B010
    _KEEP.add(os.path.abspath(site_dir))


def _unlink(path: str) -> None:
    with contextlib.suppress(FileNotFoundError, IsADirectoryError, NotADirectoryError):
        os.unlink(path)


def make_room(site_dir: str, files: Files, templates: Iterable[str]) -> None:
    """Before MkDocs writes: remove the files it will write (pages it renders, theme files, static
    templates), so that each is a new file and never one shared with the build cache."""
    for file in files:
        if file.inclusion is not InclusionLevel.EXCLUDED and file.abs_dest_path:
            _unlink(file.abs_dest_path)
    for name in templates:
        _unlink(os.path.join(site_dir, name))


def remove_stale(site_dir: str, produced: Iterable[str]) -> int:
    """After the build: remove every file of *site_dir* it did not produce (site-relative paths),
    then the folders left empty; the count of files removed. Hidden entries at its top (a ``.git``
    of a published branch) stay, as MkDocs' own emptying leaves them."""
    keep = {os.path.normpath(p) for p in produced}
    removed = 0
    folders: list[str] = []
    for folder, dirs, names in os.walk(site_dir):
        rel = os.path.relpath(folder, site_dir)
        if rel == ".":
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            names = [n for n in names if not n.startswith(".")]
        else:
            folders.append(folder)
        for name in names:
            path = os.path.normpath(os.path.join(rel, name))
            if path not in keep:
                _unlink(os.path.join(folder, name))
                removed += 1
    for folder in reversed(folders):  # the deepest first
        with contextlib.suppress(OSError):
            os.rmdir(folder)  # only when empty
    return removed
