"""Jinja filters the templates use: Vietnamese dates and sizes, kept out of the templates."""

from __future__ import annotations

from typing import Any

from .attachments import human_size
from .dates import PartialDate
from .glossary import NO_DATE


def vn_date(value: PartialDate | None, missing: str = NO_DATE) -> str:
    return value.vietnamese() if value else missing


def register(env: Any) -> None:
    env.filters["vn_date"] = vn_date
    env.filters["vn_size"] = human_size
