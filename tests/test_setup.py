"""Setting up as a newcomer does (issue 18, items 1 and 2): what the scripts and the tests say in Vietnamese."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VIETNAMESE = re.compile(r"[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", re.IGNORECASE)


def test_skip_reasons_are_vietnamese_and_point_inside_the_clone() -> None:
    """A skipped test says why in Vietnamese and what to run in the clone; tools are never a reason
    to skip (.ci/run installs them), and fixtures live in tests/fixtures, not beside the clone."""
    reasons = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        if path.name == Path(__file__).name:
            continue
        source = path.read_text(encoding="utf-8")
        reasons += [(path.name, m.group(1)) for m in re.finditer(
            r"(?:pytest\.skip\(|reason=)\s*f?\"([^\"]*)\"", source)]
        assert "/work/" not in source, path.name
        assert "shared/seeds" not in source and '"shared"' not in source, path.name
        assert 'which("pdftotext") is None' not in source and 'which("zbarimg") is None' not in source, path.name
    assert [r for r in reasons if not VIETNAMESE.search(r[1])] == []
    assert all(".ci/run" in reason for _, reason in reasons), reasons


def test_plain_mkdocs_in_the_project_environment_prints_no_english_notice(tmp_path: Path) -> None:
    """scripts/venv.sh (sourced by serve.sh and .ci/run) quiets Material's English end-of-life notice
    for every `mkdocs` started from the project's environment, without the variable in the shell."""
    env = {k: v for k, v in os.environ.items() if k != "NO_MKDOCS_2_WARNING"}
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "site")],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "end of life" not in run.stdout + run.stderr
    assert "NO_MKDOCS_2_WARNING" not in run.stdout + run.stderr


SYSTEM_PYTHON = Path("/usr/bin/python3")


def fresh_environment(tmp_path: Path) -> dict[str, str]:
    """PATH whose python3 is the distribution's own (Debian 12 / Ubuntu 24.04 mark it externally
    managed: PEP 668), no virtual environment active, the machine's pip settings and cache kept."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(SYSTEM_PYTHON)
    drop = {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "NO_MKDOCS_2_WARNING", "VANBAN_VENV"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["PATH"] = f"{bin_dir}:/usr/bin:/bin"
    return env


def clone_of_the_repository(target: Path) -> Path:
    """The files a `git clone` checks out (the tracked files, as they are in this worktree)."""
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.mark.build
def test_readme_commands_on_a_fresh_externally_managed_machine(tmp_path: Path) -> None:
    """The README's two commands from a fresh clone, with the system Python refusing `pip install`."""
    env = fresh_environment(tmp_path)
    refused = subprocess.run(["python3", "-m", "pip", "install", "--dry-run", "segno"], env=env,
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode != 0 and "externally-managed-environment" in refused.stderr, \
        "this test needs a system python3 marked EXTERNALLY-MANAGED (Debian 12, Ubuntu 24.04)"
    clone = clone_of_the_repository(tmp_path / "clone")
    assert not (clone / ".venv").exists()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(["bash", "scripts/serve.sh", "-a", f"127.0.0.1:{port}"], cwd=clone, env=env,
                                  stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        status, body = 0, ""
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    status, body = response.status, response.read().decode("utf-8")
                break
            except OSError:
                time.sleep(1)
        said = log.read_text(encoding="utf-8", errors="replace")
        assert status == 200, said
        assert "<h1>Trang Thông tin điện tử" in body
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
    assert "vanban: tạo môi trường ảo Python tại" in said
    assert (clone / ".venv/bin/python").exists()
    assert "end of life" not in said and "externally-managed" not in said
    # The second command reuses that environment, installs the test tools and runs the tests it is given.
    ci = subprocess.run(["bash", ".ci/run", "-q", "-p", "no:cacheprovider",
                         "tests/test_setup.py::test_skip_reasons_are_vietnamese_and_point_inside_the_clone"],
                        cwd=clone, env=env, capture_output=True, text=True, timeout=900)
    assert ci.returncode == 0, ci.stdout[-3000:] + ci.stderr[-3000:]
    assert "vanban: dùng môi trường ảo có sẵn" in ci.stderr
    assert ci.stdout.rstrip().endswith("[100%]")  # the one test given ran and passed
