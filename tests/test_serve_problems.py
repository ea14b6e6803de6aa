"""`mkdocs serve` while an editor breaks and fixes a document (issue 12.8, 18.11): the server stays up,
the page being edited shows the problem in Vietnamese with file:line and the fix, and the next good
save brings the document back."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import portal_project

GOOD = """---
number: 12/KH-UBND
type: Kế hoạch
issuer: Ủy ban nhân dân xã Tân Hòa
date: 2025-03-01
title: Kế hoạch chuyển đổi số
---
Nội dung kế hoạch.
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")
    except OSError:
        return 0, ""


def _wait(url: str, ok: Callable[[int, str], bool], seconds: float = 90) -> tuple[int, str]:
    deadline = time.monotonic() + seconds
    status, text = 0, ""
    while time.monotonic() < deadline:
        status, text = _get(url)
        if ok(status, text):
            return status, text
        time.sleep(0.5)
    raise AssertionError(f"{url}: {status} {text[:500]}")


@pytest.mark.build
def test_serve_shows_the_problem_on_the_page_and_recovers(tmp_path: Path) -> None:
    root = portal_project(tmp_path)
    (root / "content").mkdir()
    source = root / "content" / "12-kh-ubnd.md"
    source.write_text(GOOD, "utf-8")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(root / "mkdocs.yml")],
        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    page = f"http://127.0.0.1:{port}/van-ban/2025/12-kh-ubnd/"
    try:
        _wait(page, lambda status, text: status == 200 and "Kế hoạch chuyển đổi số" in text)
        source.write_text(GOOD.replace("title: Kế hoạch chuyển đổi số", "title: Kế hoạch: chuyển: đổi số"), "utf-8")
        status, text = _wait(page, lambda status, text: "chưa xuất bản được" in text)
        assert status == 200
        assert "content/12-kh-ubnd.md:6" in text and "lỗi cú pháp YAML" in text and "Cách sửa" in text
        assert "Not Found" not in text and "mapping values" not in text
        source.write_text(GOOD, "utf-8")
        _wait(page, lambda status, text: status == 200 and "Nội dung kế hoạch" in text)
        assert server.poll() is None  # still serving
    finally:
        server.terminate()
        try:
            output = server.communicate(timeout=20)[0]
        except subprocess.TimeoutExpired:
            server.kill()
            output = server.communicate()[0]
    assert "Traceback" not in output
