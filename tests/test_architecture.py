"""The package's shape, checked on its source: only the adapter imports MkDocs."""

from __future__ import annotations

import ast
import re
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


# Private names a test may still reach, each with the reason it cannot go through a public one.
PRIVATE_ALLOWED = {
    "vanban.tokens._FOLDED_OR_NONE": "the folding shortcut's table; tokens.py is being reshaped by the search work",
    "vanban.corpus._with_slug": "the fast copy of dataclasses.replace(doc, slug=…) the corpus read makes; test_warm_read holds it to its reference",
}


def _private_uses(path: Path) -> set[str]:
    """``vanban…`` private names a test module imports, reads or patches by name."""
    tree = ast.parse(path.read_text("utf-8"))
    modules: dict[str, str] = {}
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("vanban"):
            for alias in node.names:
                modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"
                if alias.name.startswith("_"):
                    found.add(f"{node.module}.{alias.name}")
        elif isinstance(node, ast.Import):
            modules.update({a.asname or a.name.split(".")[0]: a.name for a in node.names if a.name.startswith("vanban")})
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__") \
                and isinstance(node.value, ast.Name) and node.value.id in modules:
            found.add(f"{modules[node.value.id]}.{node.attr}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "setattr" \
                and len(node.args) >= 2 and isinstance(node.args[0], ast.Name) and node.args[0].id in modules \
                and isinstance(node.args[1], ast.Constant) and str(node.args[1].value).startswith("_"):
            found.add(f"{modules[node.args[0].id]}.{node.args[1].value}")
    return found


def test_tests_use_public_names() -> None:
    used = {name for path in sorted((ROOT / "tests").glob("*.py")) for name in _private_uses(path)}
    assert used - PRIVATE_ALLOWED.keys() == set()


def test_the_private_name_check_sees_all_three_forms(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from vanban import body\nfrom vanban.qr import _x\n"
                      "body._y\nmonkeypatch.setattr(body, '_z', 1)\nbody.parser_for\n", "utf-8")
    assert _private_uses(sample) == {"vanban.qr._x", "vanban.body._y", "vanban.body._z"}


def test_template_includes_are_strict() -> None:
    """A renamed partial fails the build instead of vanishing from every page."""
    import material

    templates = ROOT / "theme_overrides"
    material = Path(material.__file__).parent / "templates"  # the theme our templates extend
    checked: list[str] = []
    for path in templates.rglob("*.html"):
        text = path.read_text("utf-8")
        assert "ignore missing" not in text, path
        names = re.findall(r"""{%-?\s*(?:include|import|extends|from)\s+["']([^"']+)["']""", text)
        checked.extend(names)
        assert [n for n in names if not ((templates / n).is_file() or (material / n).is_file())] == [], path
    assert "vanban/partials/relations.html" in checked


def _defined(path: Path) -> set[str]:
    """Top-level names and class members a module defines."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def test_architecture_md_names_real_modules_and_functions() -> None:
    """ARCHITECTURE.md stays true: every module, template and function it names exists."""
    text = (ROOT / "ARCHITECTURE.md").read_text("utf-8")
    by_module = {p.relative_to(PACKAGE).with_suffix("").as_posix().removesuffix("/__init__"): _defined(p)
                 for p in _modules()}
    everywhere = set().union(*by_module.values()) | {m.rsplit("/", 1)[-1] for m in by_module}
    checked = 0
    for token in re.findall(r"`([^`]+)`", text):
        if re.search(r"\.(?:json|js|yml|ics|xml)$", token):
            continue  # an output or config file name, not code
        if token.endswith(".py"):
            assert (ROOT / token).is_file() or any(p.as_posix().endswith("/" + token) for p in _modules()), token
        elif token.endswith(".html"):
            assert (ROOT / token).is_file() or (ROOT / "theme_overrides" / token).is_file(), token
        elif re.fullmatch(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*", token) and token not in ("vb", "content"):
            *path, name = token.split(".")
            module = "/".join(path)
            if module in by_module or f"search/{module}" in by_module:
                assert name in by_module.get(module, by_module.get(f"search/{module}", set())) \
                    or name in everywhere, token
            else:
                assert name in everywhere, token
        else:
            continue
        checked += 1
    assert checked > 40


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports_of(path: Path, known: set[str]) -> set[str]:
    """The package's modules *path* imports, at any depth of the code (a lazy import is a dependency too)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            for alias in node.names:
                if f"{target}.{alias.name}" in known:
                    found.add(f"{target}.{alias.name}")
                elif target in known:
                    found.add(target)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
    return found - {name}


def test_no_import_cycle_in_the_package() -> None:
    paths = _modules()
    known = {_module_name(p) for p in paths}
    edges = {_module_name(p): _imports_of(p, known) for p in paths}
    assert "vanban.relations" in edges["vanban.build"]
    # A package's __init__ re-exporting its own submodules is not a cycle of the code's layers.
    edges = {m: {t for t in ts if not (m.startswith(t + ".") and t in known)} for m, ts in edges.items()}
    cycles = []
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    for root in sorted(edges):  # Tarjan's strongly connected components, iteratively
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        cycles.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                work.append((child, iter(sorted(edges.get(child, ())))))
            elif child in stack:
                low[node] = min(low[node], index[child])
    assert cycles == []


# Loaded by other commands only: `vanban refs` (the number read from the text), `mkdocs serve` (the
# watcher), the byte counts of scripts/bench.py and tests (the search query in Python). A build's start-up
# paid ~0.06 s for them.
NOT_LOADED_BY_A_BUILD = ("vanban.citations.identity", "vanban.citations.titles", "vanban.mkdocs.watching",
                         "vanban.search.sizes", "vanban.search.reference", "watchdog")


def test_a_build_does_not_load_what_only_other_commands_use() -> None:
    import subprocess
    import sys

    code = ("import sys, vanban.mkdocs.plugin, vanban.cli; "
            "print(' '.join(sorted(m for m in sys.modules if m.startswith(('vanban', 'watchdog')))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert "vanban.citations.extractor" in loaded and "vanban.search.bundle" in loaded
    assert sorted(set(NOT_LOADED_BY_A_BUILD) & set(loaded)) == []
