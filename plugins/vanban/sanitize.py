"""What a published body may hold: one allowlist, applied by a real HTML sanitizer.

Bodies are untrusted: they arrive by pull request from many hands and are published under
the State's name. Regular expressions cannot sanitize HTML (tags split over lines, ``>``
inside quoted attributes, entities and tabs inside ``javascript:``, handlers on any tag), so
the rendered HTML goes through ``nh3``, the Python binding of Ammonia, a maintained
allowlist sanitizer built on the html5ever parser that browsers' own parsing rules describe.
Everything not listed here is removed: script, styles, frames, forms, media, SVG and MathML,
event handlers, and URL schemes other than http, https, mailto and tel. Images must come
from the portal itself (a relative address): nothing a body holds makes a reader's browser
contact another host.

:func:`clean` is the sanitizer; :func:`fragment_problems` reads one piece of raw HTML the way
the allowlist does, so ``vanban check`` can say what will be removed and on which line.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

# Text, headings, lists, tables, quotes, links and the portal's own images: what directive
# documents hold. No style, no class or id an editor chooses (only the ones the renderer writes).
TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
    "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
})
_HEADINGS = {f"h{n}": {"id"} for n in range(1, 7)}
ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title", "class"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "table": {"tabindex"},  # "0" only: a table wider than a phone scrolls, and keys must reach it
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "style", "scope"},
    "col": {"span"},
    "colgroup": {"span"},
    "ol": {"start", "type"},
    "li": {"value"},
    "code": {"class"},
    "details": {"open"},
    **_HEADINGS,
    "*": set(),  # Ammonia would otherwise allow lang and title on every tag
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "poster", "background", "cite", "data",
                            "xlink:href", "srcset", "ping", "longdesc", "codebase", "manifest", "lowsrc", "dynsrc"})

# What the renderer itself writes in attributes the allowlist keeps: table alignment, fenced
# code languages, the class of a citation link.
_STYLE = re.compile(r"\s*text-align\s*:\s*(?:left|right|center)\s*;?\s*", re.IGNORECASE)
# A fence's info word becomes one class (markdown-it cuts it at white space): harmless, but one only.
_CLASSES = {"a": re.compile(r"vb-cite"), "code": re.compile(r"language-\S+")}
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_STRIP = "".join(chr(c) for c in range(0x21))  # C0 controls and space, as a browser trims a URL
_TAB_NEWLINE = str.maketrans("", "", "\t\n\r")
CITATION_CLASS = "vb-cite"


def normalise_url(url: str) -> str:
    """*url* as a browser's URL parser sees it: trimmed, tabs and newlines dropped, ``\\`` as ``/``."""
    return url.strip(_STRIP).translate(_TAB_NEWLINE).replace("\\", "/")


def url_scheme(url: str) -> str:
    """The lower-case scheme of *url* (``""`` for a relative address)."""
    m = _SCHEME.match(normalise_url(url))
    return m.group(1).lower() if m else ""


def is_local(url: str) -> bool:
    """An address on the portal itself: no scheme and no host (``//host`` and ``/\\host`` are hosts)."""
    text = normalise_url(url)
    return not text.startswith("//") and not _SCHEME.match(text)


def is_outside(url: str) -> bool:
    """An address on another host over the web (``https://…``, ``//host/…``): as a link, it is harmless."""
    return not is_local(url) and url_scheme(url) in ("", "http", "https")


def allowed_url(url: str) -> bool:
    """A link target the allowlist keeps: relative, or http, https, mailto, tel."""
    scheme = url_scheme(url)
    return not scheme or scheme in URL_SCHEMES


def _attribute(tag: str, name: str, value: str) -> str | None:
    """Value-level rules nh3's allowlists cannot say: local images, alignment, known classes.
    An image from another host keeps its address here only to become a link (:func:`clean`)."""
    if name == "src":
        return value if allowed_url(value) and (is_local(value) or is_outside(value)) else None
    if name == "style":
        return value if _STYLE.fullmatch(value) else None
    if name == "class":
        pattern = _CLASSES.get(tag)
        return value if pattern is not None and pattern.fullmatch(value) else None
    if name == "tabindex":
        return value if value == "0" else None  # in the reading order, never first or hidden
    return value


# nh3 serializes every tag alike (lower-case names, double-quoted and escaped values), so its
# own output can be read back by a pattern; raw input never is.
_IMG = re.compile(r'<img((?: [a-z-]+="[^"]*")*) ?/?>')
_ATTR = re.compile(r' ([a-z-]+)="([^"]*)"')


def _outside_image_as_link(m: re.Match[str]) -> str:
    """An ``<img>`` from another host as a link to it, with its alt text: shown on a click, never
    fetched on load (the same as a Markdown image, see ``body``)."""
    attrs = dict(_ATTR.findall(m.group(1)))
    src = attrs.get("src", "")
    if not src or is_local(html.unescape(src)):
        return m.group(0)
    label = attrs.get("alt", "").strip() or attrs.get("title", "").strip() or src
    return f'<a href="{src}">{label}</a>'


def clean(fragment: str) -> str:
    """*fragment* with everything outside the allowlist removed (script and style with their text);
    an image from another host becomes a link to it."""
    return _IMG.sub(_outside_image_as_link, _clean(fragment))


def _clean(fragment: str) -> str:
    return nh3.clean(fragment, tags=set(TAGS), attributes=ATTRIBUTES, attribute_filter=_attribute,
                     url_schemes=set(URL_SCHEMES), link_rel=None, strip_comments=True,
                     clean_content_tags={"script", "style", "template", "noscript", "xmp", "iframe",
                                         "noembed", "noframes", "plaintext", "title", "textarea", "select",
                                         "object", "svg", "math"})


def _kept_as_is(fragment: str) -> str:
    """*fragment* through the same parser and serializer with nothing removed: what :func:`clean`
    gives when the allowlist changes nothing (the serializer alone rewrites ``<br/>``, quotes…)."""
    decoded = html.unescape(fragment).translate(_TAB_NEWLINE)
    tags = {m.lower() for m in re.findall(r"</?\s*([^\s/>]+)", decoded)} | set(TAGS)
    schemes = {s.lower() for s in _SCHEME.findall(decoded)} | set(URL_SCHEMES)
    return nh3.clean(fragment, tags=tags, clean_content_tags=set(), attributes={},
                     generic_attribute_prefixes=set(fragment.lower()) | set(decoded.lower()),
                     url_schemes=schemes, link_rel=None, strip_comments=True)


def changes(fragment: str) -> bool:
    """Whether :func:`clean` removes anything from *fragment* (beyond re-serializing it)."""
    return clean(fragment) != _kept_as_is(fragment)


FIX = ("xóa đoạn mã này: nội dung chỉ gồm chữ, bảng, danh sách, liên kết và ảnh đính kèm của chính văn bản "
       "(bản dựng đã loại nó khỏi trang)")
FIX_IMAGE = ("tải ảnh về, đặt vào thư mục đính kèm cạnh văn bản và dẫn bằng đường dẫn tương đối "
             "(trên trang, ảnh đã được thay bằng liên kết)")


@dataclass(frozen=True)
class UnsafeContent:
    line: int  # 1-based line in the body
    what: str  # Vietnamese: what is removed
    fix: str = FIX


def url_problem(tag: str, attr: str, value: str) -> str | None:
    """Why the allowlist drops a URL attribute, or None when it keeps it."""
    scheme = url_scheme(value)
    if scheme == "data" and attr == "src":
        return "ảnh nhúng dạng data: (ảnh phải là tệp đính kèm của văn bản)"
    if scheme and scheme not in URL_SCHEMES:
        return f"liên kết dùng giao thức “{scheme}:” ({_short(value)})"
    if attr == "src" and not is_local(value):
        return f"ảnh lấy từ máy chủ khác ({_short(value)}): trang không được tải gì từ bên ngoài"
    return None


def _short(value: str) -> str:
    text = " ".join(value.split())
    return text if len(text) <= 60 else text[:57] + "…"


class _Reader(HTMLParser):
    """Reads raw HTML the way the allowlist judges it, noting each removal at its line."""

    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.first_line = first_line
        self.found: list[UnsafeContent] = []

    def _note(self, what: str, fix: str = FIX) -> None:
        self.found.append(UnsafeContent(self.first_line + self.getpos()[0] - 1, what, fix))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag not in TAGS:
            self._note(f"thẻ <{tag}>")
            return
        allowed = ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            name = name.lower()
            text = value or ""
            if name.startswith("on"):
                self._note(f"thuộc tính sự kiện {name}= trên thẻ <{tag}>")
            elif name not in allowed:
                self._note(f"thuộc tính {name}= trên thẻ <{tag}>")
            elif name in URL_ATTRIBUTES and (why := url_problem(tag, name, text)):
                self._note(why, FIX_IMAGE if name == "src" else FIX)
            elif name in ("style", "class", "tabindex") and _attribute(tag, name, text) is None:
                self._note(f"thuộc tính {name}=“{_short(text)}” trên thẻ <{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_decl(self, decl: str) -> None:
        self._note(f"khai báo <!{_short(decl)}>")

    def handle_pi(self, data: str) -> None:
        self._note(f"chỉ thị <?{_short(data)}>")

    def unknown_decl(self, data: str) -> None:
        self._note(f"khai báo <![{_short(data)}]>")


def fragment_problems(fragment: str, first_line: int) -> list[UnsafeContent]:
    """What the allowlist removes from one piece of raw HTML starting at body line *first_line*."""
    reader = _Reader(first_line)
    try:
        reader.feed(fragment)
        reader.close()
    except (AssertionError, ValueError):  # html.parser on malformed declarations
        reader.found.append(UnsafeContent(first_line, "mã HTML không đọc được"))
    return reader.found
