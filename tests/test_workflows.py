"""The pull-request and deploy workflows parse, run the check, and the check's annotations land on the line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def _load(name: str) -> dict[Any, Any]:
    data = yaml.safe_load((WORKFLOWS / name).read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def _steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_check_workflow_runs_on_pull_request_with_annotations_then_strict_build() -> None:
    workflow = _load("check.yml")
    assert "pull_request" in workflow[True]  # PyYAML reads the key `on` as True
    runs = [step.get("run", "") for step in _steps(workflow)]
    check = next(i for i, r in enumerate(runs) if "vanban check" in r)
    assert "--format github" in runs[check]
    build = next(i for i, r in enumerate(runs) if "mkdocs build" in r)
    assert "--strict" in runs[build] and build > check
    assert any("pip install -e ." in r for r in runs)
    assert any(step.get("uses", "").startswith("actions/setup-python@") for step in _steps(workflow))


def test_deploy_workflow_uses_official_pages_actions() -> None:
    workflow = _load("deploy.yml")
    # Rebuilt daily just after midnight in Vietnam: /lich/ splits past and upcoming by the build day.
    triggers = workflow.get("on") or workflow.get(True)
    assert {"cron": "10 17 * * *"} in triggers["schedule"]
    assert workflow[True]["push"]["branches"] == ["main"]
    uses = [step.get("uses", "") for step in _steps(workflow)]
    for action in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@"):
        assert any(u.startswith(action) for u in uses), action
    assert workflow["permissions"]["pages"] == "write" and workflow["permissions"]["id-token"] == "write"


def test_annotation_format_on_a_broken_file(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    broken = content / "van-ban" / "2025" / "loi.md"
    broken.write_text("---\nnumber: 9/KH-UBND\ntype: Kế hoạch\nissuer: Ủy ban nhân dân xã A\n"
                      "date: 2025-02-30\ntitle: Thử\n---\nNội dung.\n", "utf-8")
    run = subprocess.run([sys.executable, "-m", "vanban.cli", "check", "content", "--format", "github"],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 1
    lines = [ln for ln in run.stdout.splitlines() if ln]
    assert lines and all(ln.startswith(("::error ", "::warning ", "::notice ")) for ln in lines)
    # a note fails nothing and shows as a notice: the demo's 386-KH/TU, whose owner nobody names, and the Tam Kỳ plan's
    # 391-KH/TU, whose relation its sentence does not settle (test_settled_rel42)
    assert [ln for ln in lines if ln.startswith("::notice ")] == [
        ln for ln in lines if ("386-KH/TU" in ln and "ke-hoach-ban-thuong-vu-huyen-uy.md,line=29," in ln)
        or ("391-KH/TU" in ln and "thanh-pho-tam-ky-2025-03-07.md,line=48,title=trích dẫn::câu này chưa cho biết" in ln)]
    assert len([ln for ln in lines if ln.startswith("::notice ")]) == 2
    assert any(ln.startswith("::error file=content/van-ban/2025/loi.md,line=5,title=date::") for ln in lines), lines
    assert "không tồn tại" in run.stdout
