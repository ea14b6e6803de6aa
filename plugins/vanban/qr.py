"""A small QR Code encoder that makes, for an ASCII text, the very symbol segno makes, about 15x faster.

Kept by hand because it still pays (issue 17.5: keep a replacement only above 5 % of a cold build).
Every document page carries a QR code of its URL. Re-measured with the build cache in place (December
2026, 1,000-document synthetic corpus, ``scripts/synth.py`` seed 0): drawing the 1,000 page URLs took
1.02-1.15 s of CPU with segno (fixed mask) and 0.07 s with this module (three in-process runs each);
whole-process cold builds with segno against this module, in turn (five pairs, empty cache each
time), took a median 1.16x the user CPU (0.88-1.29x on a shared, noisy machine), the sites
byte-identical: about 12 % of a cold build. The build cache keeps a page's HTML, QR code included,
so a warm build pays for the changed pages only; but a cold build (a first build, a CI job without
a restored cache, any change to vanban's code) draws every code again, and the cost is per page, so
a 5,000-document cold build pays the same share. segno remains the reference: the tests
compare every module and the SVG with it, and it draws what this module does not (non-ASCII). This module reproduces ``segno.make(text, error=…, micro=False,
mask=…)`` (segno 1.6) module for module, and its ``svg_inline`` output byte for byte, for ASCII text:

* one segment in the mode segno picks (numeric if all digits, else alphanumeric if it can, else byte),
  the smallest version that holds it, and segno's error level boost (Q or H when the data still fits
  the same version);
* segno's bit stream, including its one quirk: after the terminator it always adds 1 to 8 zero bits
  (a whole zero codeword when the stream already ends on a byte boundary) before the pad codewords
  — decoders stop at the terminator, so the symbol is valid, but it is segno's symbol only this way;
* a mask chosen by the caller (scoring the eight masks is what made segno slow, and every mask is
  valid).

Speed comes from doing per version, once, what does not depend on the text: the module each bit
of the final message lands in (with the mask folded in), the function patterns, format and version
information; from a table of the generator's multiples for Reed–Solomon division; and from tables that
turn module placement and SVG run-length coding into a few calls that run in C (``operator.itemgetter``,
``str.split``, ``str.join``).

Text that is not ASCII raises :class:`Unsupported`: segno then tries ISO 8859-1, Shift JIS (with
Kanji mode) and UTF-8, which page URLs never need; callers fall back to segno for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from typing import Final

from .xml_text import escape, quoteattr

__all__ = ["LEVELS", "Symbol", "Unsupported", "encode", "svg_inline"]

LEVELS: Final = "LMQH"
"""Error correction levels, weakest first (ISO/IEC 18004:2015 §5.3.8, Table 1 order)."""

MODES: Final = ("numeric", "alphanumeric", "byte")
_MODE_INDICATOR: Final = (0b0001, 0b0010, 0b0100)  # §7.4.2, Table 2
# Bits of the character count indicator for versions 1–9, 10–26, 27–40 (§7.4.3, Table 3).
_COUNT_BITS: Final = ((10, 12, 14), (9, 11, 13), (8, 16, 16))
_ALPHANUMERIC: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"  # §7.4.5, Table 5
_IS_ALPHANUMERIC: Final = re.compile(r"[0-9A-Z $%*+\-./:]+").fullmatch
FORMAT_LEVEL_BITS: Final = {"L": 0b01, "M": 0b00, "Q": 0b11, "H": 0b10}  # §7.9.1, Table 12

# Error correction codewords per block and number of blocks, by level (L, M, Q, H) and version
# (§7.5.1, Table 9; index 0 unused). Blocks of one symbol differ by at most one data codeword.
_EC_PER_BLOCK: Final = (
    (0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
     28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
     26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    (0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
     28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
     30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
)
_BLOCKS: Final = (
    (0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
     8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    (0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
     17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    (0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
     23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    (0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
     25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
)

# Data mask conditions on row i and column j: a module where it holds is inverted (§7.8.2, Table 10).
_MASKS: Final[tuple[Callable[[int, int], bool], ...]] = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: i * j % 2 + i * j % 3 == 0,
    lambda i, j: (i * j % 2 + i * j % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + i * j % 3) % 2 == 0,
)

BORDER: Final = 4  # quiet zone, in modules (§6.3.8)


class Unsupported(ValueError):
    """Text this encoder does not reproduce segno for (not ASCII)."""


@dataclass(frozen=True)
class Symbol:
    """A QR Code symbol: *modules* holds its rows top to bottom, ``1`` dark, rows joined by ``|``."""

    version: int
    error: str
    mode: str
    mask: int
    modules: str

    @property
    def size(self) -> int:
        return self.version * 4 + 17

    @property
    def rows(self) -> list[str]:
        return self.modules.split("|")


# --- Galois field GF(2^8) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1 (§7.5.2) -------------

def _gf_tables() -> tuple[list[int], list[int]]:
    exp, log = [0] * 512, [0] * 256
    value = 1
    for power in range(255):
        exp[power] = value
        log[value] = power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    for power in range(255, 512):
        exp[power] = exp[power - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


def _gf_mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


@cache
def _generator(degree: int) -> tuple[int, ...]:
    """Coefficients of (x - 2^0)…(x - 2^(degree-1)) below the leading 1, highest first (Annex A)."""
    coefficients = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            coefficients[j] = _gf_mul(coefficients[j], root)
            if j + 1 < degree:
                coefficients[j] ^= coefficients[j + 1]
        root = _gf_mul(root, 2)
    return tuple(coefficients)


class _Remainders:
    """Reed–Solomon remainders by the division's shift register, one step a byte (§7.5.2).

    ``times[b]`` is *b* times the generator (one byte per codeword, as an integer), so a step is a
    shift, a lookup and an XOR. Tables of every byte's remainder at every distance from the block's
    end (one ``reduce(xor, …)`` a block) were 3 ms faster per 1,315 codes and held 2.0 MB (36,500
    integers) through a build's rendering, its peak of memory.
    """

    def __init__(self, degree: int) -> None:
        generator = _generator(degree)
        self._top = 8 * (degree - 1)
        self._mask = (1 << 8 * degree) - 1
        self._times = [int.from_bytes(bytes(_gf_mul(c, b) for c in generator), "big") for b in range(256)]

    def of(self, block: bytes) -> int:
        """The EC codewords of *block*, as one integer (one byte per codeword)."""
        remainder, times, top, mask = 0, self._times, self._top, self._mask
        for byte in block:
            remainder = (remainder << 8 & mask) ^ times[remainder >> top ^ byte]
        return remainder


@cache
def _remainders(degree: int) -> _Remainders:
    return _Remainders(degree)


# --- Symbol layout, per version (§6.3, §7.7, §7.9, §7.10) -----------------------------------------

def alignment_centres(version: int) -> list[int]:
    """Row/column centres of the alignment patterns (Annex E, Table E.1), computed."""
    if version == 1:
        return []
    count = version // 7 + 2
    step = (version * 8 + count * 3 + 5) // (count * 4 - 4) * 2
    size = version * 4 + 17
    return [6, *sorted(size - 7 - i * step for i in range(count - 1))]


def _bch(data: int, bits: int, generator: int) -> int:
    """*data* followed by its BCH remainder of *bits* bits (Annex C and D)."""
    remainder = data
    for _ in range(bits):
        remainder = remainder << 1 ^ (remainder >> (bits - 1)) * generator
    return data << bits | remainder


def format_bits(error: str, mask: int) -> int:
    """The 15 format information bits, masked with 101010000010010 (§7.9.1)."""
    return _bch(FORMAT_LEVEL_BITS[error] << 3 | mask, 10, 0b10100110111) ^ 0b101010000010010


def version_bits(version: int) -> int:
    """The 18 version information bits (§7.10)."""
    return _bch(version, 12, 0b1111100100101)


@cache
def _layout(version: int) -> tuple[list[list[int]], list[tuple[int, int]]]:
    """Function modules (0/1; format areas 0 for now; -1 where data goes) and the data placement order.

    The order is §7.7.3's: two-module-wide columns from the right, alternately upwards and downwards,
    right module first, skipping function modules and the vertical timing pattern's column.
    """
    size = version * 4 + 17
    grid = [[-1] * size for _ in range(size)]
    for k in range(size):  # timing patterns (§6.3.5)
        grid[6][k] = grid[k][6] = 1 - k % 2
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):  # finders and separators (§6.3.3, 6.3.4)
        for i in range(-1, 8):
            for j in range(-1, 8):
                if 0 <= top + i < size and 0 <= left + j < size:
                    ring = max(abs(i - 3), abs(j - 3))
                    grid[top + i][left + j] = int(ring != 2 and ring != 4)
    centres = alignment_centres(version)
    corners = {(centres[0], centres[-1]), (centres[-1], centres[0]), (centres[0], centres[0])} if centres else set()
    for ci in centres:  # alignment patterns (§6.3.6)
        for cj in centres:
            if (ci, cj) in corners:
                continue
            for i in range(-2, 3):
                for j in range(-2, 3):
                    grid[ci + i][cj + j] = int(max(abs(i), abs(j)) != 1)
    for k in (0, 1, 2, 3, 4, 5, 7, 8):  # format information areas, filled per level and mask
        grid[8][k] = grid[k][8] = 0
    for k in range(8):
        grid[8][size - 1 - k] = grid[size - 1 - k][8] = 0
    grid[size - 8][8] = 1  # the dark module
    if version >= 7:
        bits = version_bits(version)
        for k in range(18):
            bit = bits >> k & 1
            grid[size - 11 + k % 3][k // 3] = grid[k // 3][size - 11 + k % 3] = bit
    order = []
    for right in range(size - 1, 0, -2):
        if right <= 6:
            right -= 1
        upwards = (right + 1) & 2 == 0
        for vertical in range(size):
            i = size - 1 - vertical if upwards else vertical
            for j in (right, right - 1):
                if grid[i][j] == -1:
                    order.append((i, j))
    return grid, order


@dataclass(frozen=True)
class _Spec:
    """Everything about one version, level and mask that does not depend on the text."""

    version: int
    error: str
    data_codewords: int
    ec_per_block: int
    blocks: tuple[tuple[int, int], ...]  # (start, length) of each data block
    raw_bits: int  # modules for the final message, remainder bits included (§7.6)
    place: Callable[[str], tuple[str, ...]]  # final message bits, inverted bits, "01|" -> modules (rows joined by "|")


class _Moves(dict[str, str]):
    """SVG path commands for a run of dark modules, from the text between two runs (cached).

    A token is the light modules (``0``) and row ends (``|``) before a run of dark modules
    (``1``), so that the relative move segno writes depends on the token alone.
    """

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __missing__(self, token: str) -> str:
        rows = token.count("|")
        light = token.count("0")
        dark = len(token) - rows - light
        move = f"m{light - rows * self.size} {rows}h{dark}"
        if len(self) < 200_000:
            self[token] = move
        return move


@cache
def _moves(size: int) -> _Moves:
    return _Moves(size)


def _tokens(modules: str) -> list[str]:
    """*modules* cut after each run of dark modules (``str.replace`` and ``split`` beat a regex 2:1)."""
    tokens = modules.replace("10", "1,0").replace("1|", "1,|").split(",")
    if not tokens[-1].endswith("1"):
        tokens.pop()  # light modules after the last dark one draw nothing
    return tokens


@cache
def symbol_spec(version: int, error: str, mask: int) -> _Spec:
    """Blocks, and the source of every module: a message bit, its inverse (masked) or a constant."""
    level = LEVELS.index(error)
    ec_per_block = _EC_PER_BLOCK[level][version]
    block_count = _BLOCKS[level][version]
    grid, order = _layout(version)
    size = version * 4 + 17
    raw_bits = len(order)
    total = raw_bits // 8
    data_codewords = total - ec_per_block * block_count
    short_count = block_count - total % block_count
    short_length = total // block_count - ec_per_block
    blocks, start = [], 0
    for b in range(block_count):
        length = short_length + (b >= short_count)
        blocks.append((start, length))
        start += length
    # The final message interleaves the blocks' data, then their EC codewords (§7.6); the text is
    # encoded block after block, so map each interleaved codeword to its place in that order.
    interleaved = [s + k for k in range(short_length + 1) for s, n in blocks if k < n]
    interleaved += [data_codewords + b * ec_per_block + k for k in range(ec_per_block) for b in range(block_count)]
    grid = [row[:] for row in grid]
    bits = format_bits(error, mask)  # §7.9.1, Figure 25
    for k in range(8):
        grid[k + (k >= 6)][8] = grid[8][size - 1 - k] = bits >> k & 1
        grid[8][k + (k >= 6)] = grid[size - 1 - k][8] = bits >> (14 - k) & 1
    grid[size - 8][8] = 1
    source = [[0] * size for _ in range(size)]
    zero, one, bar = 2 * raw_bits, 2 * raw_bits + 1, 2 * raw_bits + 2
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            source[i][j] = one if value == 1 else zero
    inverted = _MASKS[mask]
    for k, (i, j) in enumerate(order):
        bit = k if k >= 8 * total else 8 * interleaved[k // 8] + k % 8
        source[i][j] = bit + raw_bits if inverted(i, j) else bit
    indices = [index for row in source for index in (*row, bar)][:-1]
    return _Spec(version, error, data_codewords, ec_per_block, tuple(blocks), raw_bits, itemgetter(*indices))


# --- Data encoding (§7.4) -------------------------------------------------------------------------

def _segment(data: bytes) -> tuple[int, int, int]:
    """Mode index, bit count and bits of *data* as segno's ``find_mode`` picks the mode."""
    if data.isdigit():
        digits = data.decode()
        value = bits = 0
        for k in range(0, len(digits), 3):
            group = digits[k:k + 3]
            width = 3 * len(group) + 1
            value, bits = value << width | int(group), bits + width
        return 0, bits, value
    text = data.decode()
    if _IS_ALPHANUMERIC(text):
        index = _ALPHANUMERIC.index
        value = bits = 0
        for k in range(0, len(text) - 1, 2):
            value, bits = value << 11 | index(text[k]) * 45 + index(text[k + 1]), bits + 11
        if len(text) % 2:
            value, bits = value << 6 | index(text[-1]), bits + 6
        return 1, bits, value
    return 2, 8 * len(data), int.from_bytes(data, "big")


def data_capacity(version: int, error: str) -> int:
    """Data bits of a version at a level."""
    _, order = _layout(version)
    level = LEVELS.index(error)
    return (len(order) // 8 - _EC_PER_BLOCK[level][version] * _BLOCKS[level][version]) * 8


@lru_cache(maxsize=4096)
def _fit(mode: int, count: int, bits: int, error: str) -> tuple[int, str, int]:
    """Smallest version, boosted level and count indicator width, as segno chooses them."""
    for version in range(1, 41):
        count_bits = _COUNT_BITS[mode][(version > 9) + (version > 26)]
        needed = 4 + count_bits + bits
        if data_capacity(version, error) >= needed:
            for better in LEVELS[LEVELS.index(error) + 1:]:  # segno's boost_error
                if data_capacity(version, better) < needed:
                    break
                error = better
            return version, error, count_bits
    raise ValueError(f"data too large for a QR Code at level {error}: {count} characters")


@lru_cache(maxsize=64)
def _pad(count: int) -> int:
    """*count* pad codewords 11101100, 00010001, … as one integer (§7.4.10)."""
    return int.from_bytes((b"\xec\x11" * (count // 2 + 1))[:count], "big")


def encode(text: str, *, mask: int, error: str = "M") -> Symbol:
    """The QR Code that ``segno.make(text, error=error, micro=False, mask=mask)`` makes.

    Raises :class:`Unsupported` for non-ASCII text and :class:`ValueError` when it does not fit.
    """
    if not text.isascii():
        raise Unsupported("only ASCII text is encoded here")
    if error not in FORMAT_LEVEL_BITS or not 0 <= mask < 8:
        raise ValueError(f"bad error level {error!r} or mask {mask!r}")
    data = text.encode("ascii")
    mode, bits, value = _segment(data)
    version, error, count_bits = _fit(mode, len(data), bits, error)
    spec = symbol_spec(version, error, mask)
    capacity = 8 * spec.data_codewords
    # Mode indicator, character count, data (§7.4.2–7.4.5); terminator of up to four 0 bits (§7.4.9);
    # then, as segno does, 1–8 zero bits to the next byte boundary, then pad codewords (§7.4.10).
    stream = (_MODE_INDICATOR[mode] << count_bits | len(data)) << bits | value
    length = 4 + count_bits + bits
    stream <<= capacity - length  # terminator, zeros and pad codewords, all in one shift
    length += min(capacity - length, 4)
    pads = (capacity - length - (8 - length % 8)) // 8
    if pads > 0:  # (-1 when the data fill the symbol: segno drops its extra zero byte)
        stream |= _pad(pads)
    codewords = stream.to_bytes(spec.data_codewords, "big")
    message = stream
    remainder = _remainders(spec.ec_per_block).of
    shift = 8 * spec.ec_per_block
    for start, size in spec.blocks:  # Reed–Solomon EC codewords per block (§7.5.2)
        message = message << shift | remainder(codewords[start:start + size])
    message <<= spec.raw_bits % 8  # remainder bits (§7.6)
    message_bits = format(message, f"0{spec.raw_bits}b")
    inverted = format(message ^ ((1 << spec.raw_bits) - 1), f"0{spec.raw_bits}b")
    modules = "".join(spec.place(message_bits + inverted + "01|"))
    return Symbol(version, error, MODES[mode], mask, modules)


def svg_inline(symbol: Symbol, *, title: str | None = None, svgclass: str | None = "segno") -> str:
    """What segno's ``svg_inline(scale=1, border=4, title=…, svgclass=…, lineclass=None, omitsize=True)``
    returns: one path of horizontal strokes, each run of dark modules relative to the previous one."""
    tokens = _tokens(symbol.modules)
    first = tokens[0]  # the top left finder pattern: "M4 4.5h7"
    rows, light = first.count("|"), first.count("0")
    path = f"M{BORDER + light - rows * symbol.size} {BORDER + rows}.5h{len(first) - light - rows}"
    path += "".join(map(_moves(symbol.size).__getitem__, tokens[1:]))
    width = symbol.size + 2 * BORDER
    svg = f'<svg viewBox="0 0 {width} {width}"'
    if svgclass:
        svg += f" class={quoteattr(svgclass)}"
    svg += ">"
    if title is not None:
        svg += f"<title>{escape(title)}</title>"
    return svg + f'<path stroke="#000" d="{path}"/></svg>'
