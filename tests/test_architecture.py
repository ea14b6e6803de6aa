"""The package's shape, checked on its source: only the adapter imports MkDocs."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "plugins" / "vanban"
ADAPTER = PACKAGE / "mkdocs"


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imported(path: Path) -> set[str]:
    """Absolute top-level names a module imports (relative imports are the package's own)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_adapter_imports_mkdocs() -> None:
    core = [p for p in _modules() if ADAPTER not in p.parents]
    assert len(core) > 20
    offenders = {p.relative_to(PACKAGE).as_posix(): sorted(_imported(p) & {"mkdocs", "material"}) for p in core}
    assert {k: v for k, v in offenders.items() if v} == {}
    assert any("mkdocs" in _imported(p) for p in ADAPTER.glob("*.py"))
