"""Spread independent pieces of build work over the machine's cores.

Results never depend on the number of workers (tests compare a serial and a parallel build);
``VANBAN_WORKERS=1`` turns the pool off.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def workers() -> int:
    """``VANBAN_WORKERS`` if set, else the cores this process may use."""
    configured = os.environ.get("VANBAN_WORKERS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def start_method() -> str:
    """fork when this process has one thread (``mkdocs build``): workers start at once with the
    modules already loaded. forkserver otherwise: forking under ``mkdocs serve``'s threads is unsafe."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "forkserver"


def parallel_map(func: Callable[[T], R], items: Sequence[T], *, min_items: int, chunksize: int = 1) -> list[R]:
    """``[func(x) for x in items]``, in worker processes when there are enough items to pay off.

    *func* must be a module-level function.
    """
    processes = min(workers(), len(items))
    if processes <= 1 or len(items) < min_items:
        return [func(item) for item in items]
    context = multiprocessing.get_context(start_method())
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        return list(pool.map(func, items, chunksize=chunksize))
