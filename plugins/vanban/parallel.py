"""Spread independent pieces of build work over the machine's cores.

Results never depend on the number of workers (tests compare a serial and a parallel build);
``VANBAN_WORKERS=1`` turns the pool off.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def workers() -> int:
    """``VANBAN_WORKERS`` if set, else the cores this process may use that really run at once."""
    configured = os.environ.get("VANBAN_WORKERS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return concurrent_cores(cores)


_PROBE_LOOPS = 400_000  # about 25 ms of work on a current core
_PROBE_ROUNDS = 3


def _spin(loops: int) -> int:
    total = 0
    for i in range(loops):
        total += i * i % 7
    return total


@functools.cache
def concurrent_cores(cores: int) -> int:
    """How many of *cores* compute at the same time, measured once per process.

    A virtual machine may offer two CPUs that share one core's time: there worker processes
    only add their start-up and data copying (a 1,000-document build took 15 % longer). The
    same short loop runs alone, then in *cores* processes at once; the ratio is the answer.
    """
    if cores <= 1 or threading.active_count() != 1 or not hasattr(os, "fork"):
        return cores  # forking is unsafe with threads (mkdocs serve): trust the count
    # One short round now and then looks parallel on such a machine (1 in 8 here): a yes must
    # hold three times. A no ends the probe at once, so only real multi-core machines pay more.
    found = cores
    for _ in range(_PROBE_ROUNDS):
        found = min(found, probe_parallel(cores))
        if found == 1:
            break
    return found


def probe_parallel(cores: int) -> int:
    start = time.perf_counter()
    _spin(_PROBE_LOOPS)
    alone = time.perf_counter() - start
    start = time.perf_counter()
    children = []
    for _ in range(cores - 1):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child only spins
            _spin(_PROBE_LOOPS)
            os._exit(0)
        children.append(pid)
    _spin(_PROBE_LOOPS)
    for pid in children:
        os.waitpid(pid, 0)
    together = time.perf_counter() - start
    speedup = cores * alone / together if together > 0 else 1.0
    return max(1, min(cores, int(speedup + 0.25)))


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
