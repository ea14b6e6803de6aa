"""vanban.regex_cache: patterns made from stored programs are the patterns ``re`` compiles, found only
for the same text, flags and Python; a damaged or foreign file changes nothing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from vanban import regex_cache

pytestmark = pytest.mark.skipif(not regex_cache.active(), reason="bản Python này không có re._compiler (3.10): chạy bash .ci/run với Python 3.11 trở lên")

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"

# In a fresh interpreter: import what a build imports, then report what the wrapper did.
PROBE = textwrap.dedent("""
    import json, sys
    import vanban.mkdocs.plugin, vanban.analysis
    from vanban import regex_cache as R
    used, fresh = R.made_count(), len(R.missing())
    R.save(sys.argv[1])
    stored = R.stored_programs(R.file_path(sys.argv[1]))
    same = len(stored) == used and all(R.made_here(k) for k in stored) and all(
        R.made_from(k.partition(":")[2], e) == R.compiled_by_re(k.partition(":")[2], int(k.partition(":")[0]))
        for k, e in stored.items())
    print(json.dumps({"used": used, "fresh": fresh, "found": used - fresh, "same": same}))
""")


def _run(cache: Path) -> dict[str, object]:
    # the programs kept beside the package's bytecode (regex_cache.beside_path) looked for in an empty place
    env = {**os.environ, "VANBAN_CACHE_DIR": str(cache), "PYTHONHASHSEED": "0",
           "PYTHONPYCACHEPREFIX": str(cache.parent / "bytecode"),
           "PYTHONPATH": os.pathsep.join(filter(None, (str(PLUGINS), os.environ.get("PYTHONPATH", ""))))}
    done = subprocess.run([sys.executable, "-c", PROBE, str(cache)], env=env, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_second_process_makes_every_import_pattern_from_the_file_and_equal(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    first = _run(cache)
    assert first["found"] == 0 and first["same"] and int(first["used"]) > 400  # type: ignore[call-overload]
    files = list(cache.glob("*/regex-*.json"))
    assert len(files) == 1
    second = _run(cache)
    # Pattern.__eq__ compares flags, text and the compiled program: each one as re compiles it
    assert second["same"] and second["fresh"] == 0 and second["found"] == first["used"]


def _stored_file(folder: Path, patterns: dict[str, object], python: str = sys.version) -> None:
    path = regex_cache.file_path(str(folder))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"python": python, "patterns": patterns}), encoding="utf-8")


def _at_top_level(text: str, flags: int = 0, code: str = "found = re.compile(text, flags)",
                  module: str = "vanban.probe") -> re.Pattern[str]:
    """*text* compiled by a *module*'s top-level code while it is imported (re's own cache purged first)."""
    scope: dict[str, object] = {"re": re, "text": text, "flags": flags, "__name__": module,
                                "__spec__": SimpleNamespace(_initializing=True)}  # as importlib marks it
    re.purge()
    exec(compile(code, "<probe>", "exec"), scope)
    return scope["found"]  # type: ignore[return-value]


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    regex_cache.load("")  # nothing stored for the rest of the session
    re.purge()


ARTICLE = r"Điều (\d+)\.\s+(?P<ten>[^\n]+)"


def test_an_entry_serves_only_its_exact_text_and_flags(folder: Path) -> None:
    _stored_file(folder, {f"0:{ARTICLE}": regex_cache.program(ARTICLE, 0)})
    regex_cache.load(str(folder))
    for text, flags, found in [(ARTICLE, 0, True), (ARTICLE, int(re.IGNORECASE), False),
                               (ARTICLE + " ", 0, False), (ARTICLE.replace("Điều", "Khoản"), 0, False)]:
        made = _at_top_level(text, flags)
        assert made == regex_cache.compiled_by_re(text, flags)  # the pattern re compiles, program and all
        assert (f"{flags}:{text}" not in regex_cache.missing()) is found
        assert made.groupindex == {"ten": 2} and made.groups == 2
    assert _at_top_level(ARTICLE).match("Điều 12.  Phạm vi").group("ten") == "Phạm vi"  # type: ignore[union-attr]


@pytest.mark.parametrize("damage", ["not json", "foreign python", "rejected program", "wrong shape"])
def test_a_damaged_or_foreign_file_is_compiled_again(folder: Path, damage: str) -> None:
    entry = regex_cache.program(ARTICLE, 0)
    if damage == "not json":
        path = regex_cache.file_path(str(folder))
        path.parent.mkdir(parents=True)
        path.write_text("{\"python\": ", encoding="utf-8")
    elif damage == "foreign python":
        _stored_file(folder, {f"0:{ARTICLE}": entry}, python="2.7.18")
    elif damage == "rejected program":
        _stored_file(folder, {f"0:{ARTICLE}": [entry[0], "AAAAAA==", *entry[2:]]})
    else:
        _stored_file(folder, {f"0:{ARTICLE}": entry[:2]})
    regex_cache.load(str(folder))
    assert _at_top_level(ARTICLE) == regex_cache.compiled_by_re(ARTICLE, 0)
    assert f"0:{ARTICLE}" in regex_cache.missing()  # compiled as re does, and stored anew by the next save


def test_patterns_compiled_at_run_time_are_left_alone(folder: Path) -> None:
    re.purge()
    assert re.compile(ARTICLE + "x") == regex_cache.compiled_by_re(ARTICLE + "x", 0)
    assert not regex_cache.missing()
    # a comprehension, or a function called, by a module's top-level code while it is imported is the import's
    assert _at_top_level(ARTICLE + "y", 0, "found = [re.compile(t, flags) for t in [text]][0]") == \
        regex_cache.compiled_by_re(ARTICLE + "y", 0)
    assert _at_top_level(ARTICLE + "z", 0, "def made(t):\n    return re.compile(t, flags)\nfound = made(text)") == \
        regex_cache.compiled_by_re(ARTICLE + "z", 0)
    assert regex_cache.missing() == {f"0:{ARTICLE}y", f"0:{ARTICLE}z"}
    # the same code once its import has ended (a script's, or a module's run later): left alone
    scope: dict[str, object] = {"re": re, "text": ARTICLE + "w", "flags": 0, "__name__": "vanban.probe",
                                "__spec__": SimpleNamespace()}
    re.purge()
    exec(compile("found = re.compile(text, flags)", "<probe>", "exec"), scope)
    assert f"0:{ARTICLE}w" not in regex_cache.missing()


def test_another_packages_patterns_are_never_made_from_the_file(folder: Path) -> None:
    """A file in the build cache can change no other package's patterns (markdown-it's link checks, MkDocs'): a
    planted program for one of them is never used, and nothing of theirs is stored."""
    _stored_file(folder, {f"0:{ARTICLE}": regex_cache.program("Điều", 0)})  # planted: another program for the text
    regex_cache.load(str(folder))
    made = _at_top_level(ARTICLE, module="markdown_it.common.utils")
    assert made == regex_cache.compiled_by_re(ARTICLE, 0)
    assert not regex_cache.missing() and f"0:{ARTICLE}" in regex_cache.held()


def test_a_few_missing_patterns_do_not_rewrite_the_file(folder: Path) -> None:
    texts = [f"{ARTICLE}{i}" for i in range(40)]
    _stored_file(folder, {f"0:{t}": regex_cache.program(t, 0) for t in texts})
    regex_cache.load(str(folder))
    for text in texts:
        _at_top_level(text)
    _at_top_level(ARTICLE + "new")  # one in 41 missing, as a set's words joined in hash order would be
    path = regex_cache.file_path(str(folder))
    written = path.stat().st_mtime_ns
    regex_cache.save(str(folder))
    assert path.stat().st_mtime_ns == written


def test_save_writes_only_when_a_pattern_was_missing(folder: Path) -> None:
    regex_cache.load(str(folder))
    _at_top_level(ARTICLE)
    regex_cache.save(str(folder))
    path = regex_cache.file_path(str(folder))
    written = path.stat().st_mtime_ns
    assert json.loads(path.read_text(encoding="utf-8"))["patterns"] == {f"0:{ARTICLE}": regex_cache.program(ARTICLE, 0)}
    _at_top_level(ARTICLE)  # found now
    regex_cache.save(str(folder))
    assert path.stat().st_mtime_ns == written and not list(path.parent.glob("*.tmp"))


def test_a_saved_file_holds_the_patterns_this_process_made_found_or_fresh(folder: Path) -> None:
    clause = r"Khoản (\d+)"
    _stored_file(folder, {f"0:{ARTICLE}": regex_cache.program(ARTICLE, 0), "0:unused": regex_cache.program("unused", 0)})
    regex_cache.load(str(folder))
    _at_top_level(ARTICLE)  # found, and let go from memory
    _at_top_level(clause)  # missing: compiled
    assert f"0:{ARTICLE}" not in regex_cache.held() and f"0:{clause}" in regex_cache.missing()
    regex_cache.save(str(folder))
    saved = json.loads(regex_cache.file_path(str(folder)).read_text(encoding="utf-8"))["patterns"]
    assert saved == {f"0:{ARTICLE}": regex_cache.program(ARTICLE, 0), f"0:{clause}": regex_cache.program(clause, 0)}


CLASSES = ["[aàáảãạăằắẳẵặâầấẩẫậ]", "[^aàáảãạ\\d]", "[A-ZĐ]", "[\\w·-]", "[0-9a-zđ]", "[ \\t]", "[^\\W_]"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.ASCII, re.ASCII | re.IGNORECASE])
def test_a_character_class_optimised_once_serves_every_pattern_as_re_compiles_it(flags: int) -> None:
    # the same classes in several patterns, under each case rule: every program is re's own
    texts = [f"{a}+{b}?(?:x{a}|{b}y)" for a in CLASSES for b in CLASSES[:3]]
    for text in texts:
        made = regex_cache.made_from(text, regex_cache.program(text, flags))
        assert made == regex_cache.compiled_by_re(text, flags)
