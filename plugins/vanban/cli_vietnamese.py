"""The ``vanban`` command's own words from argparse in Vietnamese: help headings and errors.

argparse writes "usage:", "options:", "show this help message and exit" and its error lines in
English through gettext, which has no Vietnamese catalogue to load; a clerk reading ``vanban new
-h`` met English around the Vietnamese help. The parser below words them itself (every parser
of the command, sub-commands included, is one of these), and translates argparse's error
messages by their fixed English wording, falling back to the original when one is unknown.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

HEADINGS = {"positional arguments:": "Tham số:", "options:": "Tùy chọn:", "optional arguments:": "Tùy chọn:"}

ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"^the following arguments are required: (.*)$", r"thiếu \1"),
    (r"^unrecognized arguments: (.*)$", r"không hiểu \1"),
    (r"^argument (.*?): invalid choice: (.*?) \(choose from (.*)\)$", r"\1: giá trị \2 không hợp lệ (chọn một trong: \3)"),
    (r"^argument (.*?): expected one argument$", r"\1: cần ghi một giá trị sau \1"),
    (r"^argument (.*?): expected at least one argument$", r"\1: cần ít nhất một giá trị"),
    (r"^argument (.*?): invalid (\w+) value: (.*)$", r"\1: giá trị \3 không hợp lệ"),
    (r"^argument (.*?): not allowed with argument (.*)$", r"\1: không dùng cùng \2"),
    (r"^one of the arguments (.*) is required$", r"cần một trong các tham số \1"),
    (r"^ambiguous option: (.*?) could match (.*)$", r"tùy chọn \1 chưa rõ: có thể là \2"),
))


def vietnamese_error(message: str) -> str:
    """argparse's error *message* in Vietnamese (unchanged when its wording is not known)."""
    for pattern, replacement in ERRORS:
        if pattern.match(message):
            return pattern.sub(replacement, message)
    return message


class VietnameseHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class VietnameseRawFormatter(VietnameseHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Keeps the line breaks of a description and of examples in the epilog."""


class VietnameseParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are Vietnamese; sub-parsers are of the same class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", VietnameseHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help="in hướng dẫn này rồi thoát")

    def format_help(self) -> str:
        lines = super().format_help().split("\n")
        return "\n".join(HEADINGS.get(line, line) for line in lines)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: lỗi: {vietnamese_error(message)}\n")
