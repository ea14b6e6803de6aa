"""vanban.regex_cache beside the bytecode: a cold build (an empty build cache) makes its import patterns from
the programs an earlier process kept beside the package's ``.pyc``, each the pattern ``re`` compiles; they are
written as Python writes bytecode (not under PYTHONDONTWRITEBYTECODE unless forced), and a build cache's file
still comes first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vanban import regex_cache

pytestmark = pytest.mark.skipif(not regex_cache.active(), reason="bản Python này không có re._compiler (3.10): chạy bash .ci/run với Python 3.11 trở lên")

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"

# In a fresh interpreter: import what a build imports, keep the programs beside (forced or not), report.
PROBE = textwrap.dedent("""
    import json, sys
    import vanban.mkdocs.plugin, vanban.analysis
    from vanban import regex_cache as R
    used, fresh = R.made_count(), len(R.missing())
    stored = R.stored_programs(R.beside_path())
    same = all(R.made_from(k.partition(":")[2], e) == R.compiled_by_re(k.partition(":")[2], int(k.partition(":")[0]))
               for k, e in stored.items())
    wrote = R.save_beside(force=sys.argv[1] == "force")
    print(json.dumps({"used": used, "found": used - fresh, "same": same, "wrote": wrote, "path": str(R.beside_path())}))
""")


def _run(tmp: Path, cache: str, how: str = "", bytecode: bool = True) -> dict[str, object]:
    env = {**os.environ, "VANBAN_CACHE_DIR": str(tmp / cache), "PYTHONHASHSEED": "0",
           "PYTHONPYCACHEPREFIX": str(tmp / "bytecode"),  # where this test's 'beside the bytecode' is
           "PYTHONPATH": os.pathsep.join(filter(None, (str(PLUGINS), os.environ.get("PYTHONPATH", ""))))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    (tmp / cache).mkdir(exist_ok=True)
    done = subprocess.run([sys.executable, "-c", PROBE, how], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_cold_process_makes_its_import_patterns_from_the_programs_beside_the_bytecode(tmp_path: Path) -> None:
    first = _run(tmp_path, "one")
    assert first["found"] == 0 and first["wrote"]
    beside = Path(str(first["path"]))
    assert beside.is_relative_to(tmp_path / "bytecode")  # where Python puts the .pyc under PYTHONPYCACHEPREFIX
    second = _run(tmp_path, "two")  # another project, its build cache empty: a cold build
    assert second["same"] and second["found"] == second["used"] == first["used"]
    assert not second["wrote"]  # found whole: not written again


def test_not_written_under_pythondontwritebytecode_unless_forced(tmp_path: Path) -> None:
    assert not _run(tmp_path, "one", bytecode=False)["wrote"]
    assert not list((tmp_path / "bytecode").rglob("regex-*.json"))
    assert _run(tmp_path, "two", "force", bytecode=False)["wrote"]
    assert _run(tmp_path, "three", bytecode=False)["found"] == _run(tmp_path, "four")["used"]


def test_a_build_caches_file_comes_first_and_a_foreign_file_beside_is_compiled_again(tmp_path: Path) -> None:
    # a file beside with another Python's programs: nothing found, written anew
    planted = _run(tmp_path, "probe", bytecode=False)["path"]
    Path(str(planted)).parent.mkdir(parents=True, exist_ok=True)
    Path(str(planted)).write_text(json.dumps({"python": "2.7.18", "patterns": {}}), encoding="utf-8")
    assert _run(tmp_path, "one")["found"] == 0
    # the build cache's file is read first: the programs beside are not read, nor written again
    project = tmp_path / "project"
    project.mkdir()
    env = {**os.environ, "VANBAN_CACHE_DIR": str(project), "PYTHONPATH": str(PLUGINS), "PYTHONHASHSEED": "0",
           "PYTHONPYCACHEPREFIX": str(tmp_path / "bytecode")}
    subprocess.run([sys.executable, "-c", "import vanban.mkdocs.plugin, vanban.analysis, sys; "
                    "from vanban import regex_cache as R; R.save(sys.argv[1])", str(project)], env=env, check=True)
    Path(str(planted)).write_text(json.dumps({"python": sys.version, "patterns": {}}), encoding="utf-8")
    found = _run(tmp_path, "project")
    assert found["found"] == found["used"] and not found["wrote"]
