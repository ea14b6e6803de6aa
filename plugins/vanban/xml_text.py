"""XML text and attribute escaping, as ``xml.sax.saxutils.escape`` and ``quoteattr`` write them.

Why not saxutils itself: importing it imports ``urllib.request`` (for its input sources), which imports
``http.client``, ``ssl`` and ``email``: about 12 ms of CPU at the start of every build, the part of a warm
or edit build that runs on one core, for two string replacements. ``html.escape`` without quotes replaces
exactly saxutils' three characters; :func:`quoteattr` is saxutils' own rule. tests/test_xml_text.py holds
both to saxutils' output (the reference) on every kind of text they treat apart.
"""

from __future__ import annotations

import html


def escape(data: str) -> str:
    """``&``, ``<`` and ``>`` as entities (``xml.sax.saxutils.escape``)."""
    return html.escape(data, quote=False)


def quoteattr(data: str) -> str:
    """*data* escaped and quoted as an attribute value (``xml.sax.saxutils.quoteattr``): line ends and tabs as
    character references, in double quotes unless it holds one and no single quote."""
    data = escape(data).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in data:
        return f'"{data}"'
    if "'" not in data:
        return f"'{data}'"
    quoted = data.replace('"', "&quot;")
    return f'"{quoted}"'
