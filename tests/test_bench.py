"""The synthetic corpus generator (scripts/synth.py) and the benchmark script (scripts/bench.py).

No timings are asserted: the bench prints them for the reader.
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import yaml
from script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent


synth = load_script("synth")
N = 300


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:  # type: ignore[type-arg]
    root = tmp_path_factory.mktemp("synth")
    return root, synth.write_corpus(root, N, seed=7)


def _split(text: str) -> tuple[dict, str]:  # type: ignore[type-arg]
    m = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    assert m, text[:200]
    return yaml.safe_load(m.group(1)), m.group(2)


def _files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.md"))}


def test_deterministic(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    synth.write_corpus(a, 120, seed=3)
    synth.write_corpus(b, 120, seed=3)
    synth.write_corpus(c, 120, seed=4)
    assert _files(a) == _files(b)
    assert _files(a) != _files(c)


def test_n_files_with_parseable_front_matter(corpus: tuple[Path, list]) -> None:  # type: ignore[type-arg]
    root, _ = corpus
    files = _files(root)
    assert len(files) == N
    for path, text in files.items():
        assert re.fullmatch(r"van-ban/20\d\d/[a-z0-9-]+\.md", path), path
        meta, body = _split(text)
        for key in ("number", "type", "issuer", "date", "title", "place", "signer", "signer_title",
                    "recipients", "attachments"):
            assert key in meta, (path, key)
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", meta["date"]), path
        assert path.startswith(f"van-ban/{meta['date'][:4]}/")
        assert isinstance(meta["recipients"], list) and meta["recipients"]
        assert meta["attachments"] == []
        assert 2_000 <= len(body.encode()) <= 15_500, (path, len(body.encode()))
        assert "Nơi nhận:" in body


def test_known_keys_only(corpus: tuple[Path, list]) -> None:  # type: ignore[type-arg]
    from vanban.documents import KNOWN_KEYS

    root, _ = corpus
    for text in _files(root).values():
        assert set(_split(text)[0]) <= set(KNOWN_KEYS)


def test_numbers_unique_per_identity_and_shared_across_communes(corpus: tuple[Path, list]) -> None:  # type: ignore[type-arg]
    root, _ = corpus
    metas = [_split(t)[0] for t in _files(root).values()]
    identities = Counter((m["number"], m["type"], m["date"][:4], m["issuer"]) for m in metas)
    assert max(identities.values()) == 1
    # The same administrative number in one year from several communes: identity needs the issuer.
    by_number = Counter((m["number"], m["date"][:4]) for m in metas if m["issuer"].startswith("Ủy ban nhân dân xã"))
    assert any(count >= 2 for (number, _), count in by_number.items() if number == "21/KH-UBND")
    numbers = [m["number"] for m in metas]
    assert any(re.fullmatch(r"\d+-[A-ZĐa-z]+/[A-ZĐ]+", n) for n in numbers)  # Party 386-KH/TU
    assert any(re.fullmatch(r"\d+/[A-ZĐa-z]+-UBND", n) for n in numbers)  # State 21/KH-UBND
    assert any(re.fullmatch(r"\d+/20\d\d/QĐ-UBND", n) for n in numbers)  # legal 12/2025/QĐ-UBND


def test_text_is_nfc(corpus: tuple[Path, list]) -> None:  # type: ignore[type-arg]
    root, _ = corpus
    for text in _files(root).values():
        assert unicodedata.is_normalized("NFC", text)


def test_cascade_commune_district_province(corpus: tuple[Path, list]) -> None:  # type: ignore[type-arg]
    """Some commune document cites a district document (by number and date, in its text) which cites a provincial one."""
    _root, docs = corpus
    by_level: dict[str, list] = {}  # type: ignore[type-arg]
    for d in docs:
        by_level.setdefault(d.level, []).append(d)

    def cites(child, parent) -> bool:  # type: ignore[no-untyped-def]
        return f"số {parent.number}, ngày {synth.vn_date(parent.date)}" in child.text or \
            f"số {parent.number} ngày {synth.vn_date(parent.date)}" in child.text

    chains = [
        (c, d, p)
        for c in by_level["commune"] for d in by_level["district"] if cites(c, d)
        for p in by_level["province"] if cites(d, p)
    ]
    assert chains
    assert any(cites(p, central) for _, _, p in chains for central in by_level["central"])
    # Some citations name documents that are not in the corpus.
    held = {d.number for d in docs}
    cited = set(re.findall(r"số (\d+[-/][^\s,;.)]+)", "\n".join(d.text for d in docs)))
    assert cited - held


def test_vanban_loads_it_without_problems(corpus: tuple[Path, list]) -> None:  # type: ignore[type-arg]
    from vanban.corpus import load_corpus

    root, _ = corpus
    loaded = load_corpus(root)
    assert len(loaded.documents) == N
    assert [str(p) for p in loaded.problems] == []


@pytest.mark.build
def test_bench_runs_plain() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench.py"), "5", "--only", "plain"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0]
    for word in ("N", "variant", "build s", "CPU s", "CPU × plain", "peak RSS MB", "site MB", "doc KB med",
                 "search gz KB", "1st load gz KB"):
        assert word in header
    row = next(line for line in result.stdout.splitlines() if line.startswith("5 "))
    assert "plain" in row and "failed" not in row
    assert float(row.split()[4]) > 0  # the build's CPU seconds (user + system)


def test_place_names_stay_distinct_once_folded() -> None:
    # "Thạnh Khánh" and "Thanh Khánh" are one issuer to vanban: the 5,000 corpus once had duplicates.
    import random

    names = synth._names(random.Random(5), 900, set())
    assert len(names) == 900
    assert len({synth.fold(n).lower() for n in names}) == 900
