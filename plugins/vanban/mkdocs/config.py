"""The options of the ``vanban`` plugin in mkdocs.yml, typed (MkDocs checks them before ``on_config``)."""

from __future__ import annotations

import datetime

from mkdocs.config import base
from mkdocs.config import config_options as c

from ..cache import DEFAULT_DIR


class VanbanConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the ``vanban`` plugin in mkdocs.yml."""

    page_size = c.Type(int, default=50)
    home_size = c.Type(int, default=10)
    max_attachment_mb = c.Type(int, default=50)
    portal = c.Type(dict, default={})
    site_file = c.Type(str, default="")  # sites/<ward>.yml: this portal's share of a shared corpus
    # Theo dõi triển khai (vanban.tracking): on or off, the units followed, their successors, the reporting calendar.
    tracking = c.Type(bool, default=True)
    units = c.Type(list, default=[])
    units_ignore = c.Type(list, default=[])
    successors = c.Type(list, default=[])
    reporting = c.Type(dict, default={})
    as_of = c.Type((str, datetime.date), default="")  # YAML reads an unquoted 2025-03-01 as a date
    # The on-disk build cache (vanban.cache: analyses and page HTML), relative to mkdocs.yml; "" turns it
    # off. VANBAN_CACHE_DIR overrides. On by default: at 1,000 documents a build with nothing changed, or
    # after one edit, takes about 0.6x the CPU of a cold one (figures in README), within the cold build's memory.
    cache_dir = c.Type(str, default=DEFAULT_DIR)
