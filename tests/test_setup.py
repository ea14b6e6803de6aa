"""Setting up as a newcomer does (issue 18, items 1 and 2): what the scripts and the tests say in Vietnamese."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

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
