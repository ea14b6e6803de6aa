"""vanban.qr makes segno's very QR Code (version, level, mode, mask, every module) and SVG, faster.

segno is the reference: the same calls the site made before (``segno.make(url, error="m",
micro=False, mask=QR_MASK)`` then ``svg_inline``) must give what ``qr.encode`` / ``share.qr_svg``
give now, for the page URLs of a synthetic corpus and for texts picked to reach every branch:
every length 1..300, the three modes segno picks for ASCII, the lengths where the level is
boosted or the data fill the symbol to the last bit. A decoder, when installed, reads a few back.
"""

from __future__ import annotations

import os
import random
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest
import segno
from script_modules import load_script
from segno import consts

from vanban import qr, share

ROOT = Path(__file__).resolve().parent.parent
LEVEL = {"L": consts.ERROR_LEVEL_L, "M": consts.ERROR_LEVEL_M, "Q": consts.ERROR_LEVEL_Q, "H": consts.ERROR_LEVEL_H}
ALPHANUMERIC = string.digits + string.ascii_uppercase + " $%*+-./:"
LABEL_EXTRA = ' — «trích yếu» "Kế hoạch" & <b>Đảng</b> ủy xã \'Ba\''


def segno_rows(text: str, mask: int = share.QR_MASK) -> tuple[segno.QRCode, list[str]]:
    code = segno.make(text, error="m", micro=False, mask=mask)
    return code, rows_of(code)


def rows_of(code: segno.QRCode) -> list[str]:
    return [bytes(row).translate(b"01".ljust(256)).decode() for row in code.matrix]


def old_qr_svg(url: str, label: str, code: segno.QRCode | None = None) -> str:
    """share.qr_svg as it was, on segno."""
    code = code or segno.make(url, error="m", micro=False, mask=share.QR_MASK)
    svg: str = code.svg_inline(scale=1, border=4, title=label, svgclass="vb-qr__code", lineclass=None,
                               omitsize=True)
    return re.sub(r"^<svg ", f'<svg role="img" aria-label="{share.attribute_text(label)}" focusable="false" ', svg, count=1)


def assert_same(text: str, mask: int = share.QR_MASK) -> qr.Symbol:
    code, rows = segno_rows(text, mask)
    symbol = qr.encode(text, mask=mask)
    assert (symbol.version, symbol.error, symbol.mode, symbol.mask) == \
           (code.version, code.error, code.mode, code.mask), text
    assert symbol.rows == rows, text
    return symbol


@pytest.fixture(scope="module")
def corpus_urls() -> list[str]:
    """Every document page URL of a 1,000-document synthetic corpus, under two site URLs."""
    docs = load_script("synth").generate(1000, seed=0)
    paths = [doc.path.removesuffix(".md") + "/" for doc in docs]
    assert len(set(paths)) == len(paths) and all(p.startswith("van-ban/") for p in paths)
    return ["http://127.0.0.1:8000/" + p for p in paths] + \
           ["https://ubnd.quangnam.gov.vn/cong-bao/" + p for p in paths[::10]]


def test_tables_match_segno() -> None:
    """Block structure, capacities, alignment positions, format and version bits: all 40 versions."""
    for version in range(1, 41):
        assert qr.alignment_centres(version) == list(consts.ALIGNMENT_POS[version - 2] if version > 1 else [])
        if version >= 7:
            assert qr.version_bits(version) == consts.VERSION_INFO[version - 7]
        for error in qr.LEVELS:
            spec = qr.symbol_spec(version, error, 0)
            expected = [(ec.num_data, ec.num_total - ec.num_data)
                        for ec in consts.ECC[version][LEVEL[error]] for _ in range(ec.num_blocks)]
            assert [(n, spec.ec_per_block) for _, n in spec.blocks] == expected
            assert qr.data_capacity(version, error) == consts.SYMBOL_CAPACITY[version][LEVEL[error]]
    for error in qr.LEVELS:
        for mask in range(8):
            assert qr.format_bits(error, mask) == consts.FORMAT_INFO[qr.FORMAT_LEVEL_BITS[error] << 3 | mask]


def test_corpus_urls(corpus_urls: list[str]) -> None:
    """The page URLs and labels of a site: same symbol, same SVG as share.qr_svg on segno."""
    versions: set[tuple[int, str]] = set()
    for k, url in enumerate(corpus_urls):
        code = segno.make(url, error="m", micro=False, mask=share.QR_MASK)
        symbol = qr.encode(url, mask=share.QR_MASK)
        assert (symbol.version, symbol.error, symbol.mode, symbol.rows) == \
               (code.version, code.error, code.mode, rows_of(code)), url
        label = f"Mã QR dẫn tới Kế hoạch số {k}/KH-UBND{LABEL_EXTRA if k % 2 else ''}: {url}"
        assert share.qr_svg(url, label) == old_qr_svg(url, label, code), url
        versions.add((symbol.version, symbol.error))
    assert len(versions) >= 3  # several versions and levels (and so layouts) were compared


def _texts() -> list[str]:
    rnd = random.Random(18004)
    printable = string.printable[:95]  # ASCII 32..126, no whitespace controls
    texts = ["", "0", "A", "a", "/", "http://a", "HTTP://EXAMPLE.COM/VAN-BAN/", "0123456789" * 5,
             "https://example.vn/tim-kiem?q=Ngh%E1%BB%8B%20quy%E1%BA%BFt&nam=2025&loai=KH#ket-qua",
             "https://example.vn/van-ban/2025/%C4%91%E1%BA%A3ng-%E1%BB%A7y/", "\x00\x7f\t\n"]
    texts += ["".join(rnd.choice(printable) for _ in range(n)) for n in range(1, 301)]  # every length
    texts += ["".join(rnd.choice(string.digits) for _ in range(n)) for n in range(1, 301, 7)]
    texts += ["".join(rnd.choice(ALPHANUMERIC) for _ in range(n)) for n in range(1, 301, 7)]
    texts += ["".join(rnd.choice(string.ascii_uppercase) for _ in range(n)) for n in range(1, 120, 5)]
    for _ in range(40):  # percent-encoded URLs
        path = "/".join("".join(rnd.choice("abcdefghijklmnopqrstuvwxyz-0123456789") + f"%{rnd.randrange(256):02X}"
                                for _ in range(rnd.randrange(1, 8))) for _ in range(rnd.randrange(1, 5)))
        texts.append(f"{rnd.choice(['http', 'https'])}://portal{rnd.randrange(99)}.gov.vn/{path}/")
    # Lengths at the edges of versions 1–12: the data fill the symbol (no room for a whole
    # terminator, no pad codeword), or just fit a boosted level, or just overflow to the next version.
    for version in range(1, 13):
        for error in "MQH":
            capacity = consts.SYMBOL_CAPACITY[version][LEVEL[error]]
            byte_bits, alnum_bits, digit_bits = (8, 9, 10) if version < 10 else (16, 11, 12)
            for n, alphabet in (((capacity - 4 - byte_bits) // 8, printable),
                                ((capacity - 4 - alnum_bits) * 2 // 11, ALPHANUMERIC),
                                ((capacity - 4 - digit_bits) * 3 // 10, string.digits)):
                texts += ["".join(rnd.choice(alphabet) for _ in range(n + extra)) for extra in (-1, 0, 1)]
    return texts


def test_every_branch() -> None:
    texts = _texts()
    seen = set()
    for text in texts:
        symbol = assert_same(text)
        seen.add((symbol.mode, symbol.error))
    assert {mode for mode, _ in seen} == {"numeric", "alphanumeric", "byte"}
    assert {error for _, error in seen} == {"M", "Q", "H"}


def test_svg_of_every_mode() -> None:
    for text in ["1234567", "HELLO WORLD", "https://example.vn/a?b=c&d=%20"]:
        for label in ["", 'Mã QR "x" & <y>', "Đ" * 40]:
            assert share.qr_svg(text, label) == old_qr_svg(text, label)
            code = segno.make(text, error="m", micro=False, mask=3)
            assert qr.svg_inline(qr.encode(text, mask=3), title=None, svgclass=None) == \
                   code.svg_inline(scale=1, border=4, svgclass=None, lineclass=None, omitsize=True)


def test_every_mask() -> None:
    for text in ["http://127.0.0.1:8000/van-ban/2025/21-kh-ubnd-xa-abc-ubnd/", "31415926535", "QR CODE"]:
        for mask in range(8):
            assert_same(text, mask)


def test_not_ascii_falls_back_to_segno() -> None:
    url = "http://127.0.0.1:8000/van-ban/2025/đảng-ủy/"
    with pytest.raises(qr.Unsupported):
        qr.encode(url, mask=share.QR_MASK)
    assert share.qr_svg(url, "Mã QR") == old_qr_svg(url, "Mã QR")


def test_label_is_taken_literally() -> None:
    """A backslash in a label is text (the old re.sub template read it as an escape)."""
    svg = share.qr_svg("http://127.0.0.1:8000/", r"C:\1 \n & \"")
    assert svg.startswith(r'<svg role="img" aria-label="C:\1 \n &amp; \&quot;" focusable="false" viewBox=')
    assert r"<title>C:\1 \n &amp; \"</title>" in svg


def test_too_long() -> None:
    with pytest.raises(ValueError, match="too large"):
        qr.encode("x" * 2332, mask=1)  # version 40-M holds 2,331 bytes
    assert qr.encode("x" * 2331, mask=1).version == 40


def _pbm(symbol: qr.Symbol, scale: int = 4) -> str:
    quiet = "0" * (qr.BORDER * scale)
    lines = [line for row in symbol.rows for line in [quiet + "".join(c * scale for c in row) + quiet] * scale]
    blank = ["0" * len(lines[0])] * (qr.BORDER * scale)
    return f"P1\n{len(lines[0])} {len(lines[0])}\n" + "\n".join(blank + lines + blank) + "\n"


def test_a_decoder_reads_them(tmp_path: Path) -> None:
    texts = ["http://127.0.0.1:8000/van-ban/2025/21-kh-ubnd-xa-abc-ubnd/", "0123456789012",
             "HTTP://EXAMPLE.COM/A-B", "https://example.vn/tim-kiem?q=Ngh%E1%BB%8B&x=1#" + "y" * 150]
    for k, text in enumerate(texts):
        image = tmp_path / f"{k}.pbm"
        image.write_text(_pbm(qr.encode(text, mask=share.QR_MASK)))
        read = subprocess.run(["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True, timeout=30)
        assert read.stdout.rstrip("\n") == text


HELD = """
import tracemalloc
tracemalloc.start()
from vanban import qr
before = tracemalloc.get_traced_memory()[0]
for n in range(20, 400, 7):
    qr.encode("https://example.org/" + "a" * n, mask=1)
print(tracemalloc.get_traced_memory()[0] - before)
"""


def test_memory_held_after_encoding() -> None:
    """What the encoder keeps for the next code (per version: layout, placement, the generator's
    multiples) stays small: a build holds it through its rendering, its peak of memory. With the
    remainder of every byte at every distance kept per block length it held 8.9 MB here, now 4.7."""
    held = subprocess.run([sys.executable, "-c", HELD], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")}).stdout
    assert int(held) < 6_000_000
