"""Spread independent pieces of build work over the machine's cores.

Results never depend on the number of workers (tests compare a serial and a parallel build);
``VANBAN_WORKERS=1`` turns the pool off.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Generic, TypeVar

from . import lean_pickle

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


PROBE_SECONDS = 0.025  # one round's window
_PROBE_ROUNDS = 3
_GO = 32  # the bytes of the window's deadline each probing child reads
_PROBE_ROUND = 0.65  # the cores' worth the spinning processes got together, rounded up from .35 over a whole one


def _spin(loops: int) -> int:
    total = 0
    for i in range(loops):
        total += i * i % 7
    return total


@functools.cache
def concurrent_cores(cores: int) -> int:
    """How many of *cores* compute at the same time, measured once per process.

    A virtual machine may offer two CPUs that share one core's time: there worker processes
    only add their start-up and data copying (a 1,000-document build took 15 % longer). So does a
    busy machine that shares its cores between sessions (Linux's autogroups): two processes of this
    one got no more CPU than one. *cores* processes spin together for a short window; the CPU they
    got together is the answer (:func:`probe_parallel`).
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
    """The cores' worth of CPU this process and *cores* - 1 forked children got together, spinning
    through one window that starts once every child is forked (rounded by :data:`_PROBE_ROUND`; 1 at
    least): 1.0 where they took turns on one core, 2.0 on two free cores, 1.5 when one of two is
    shared with another session (two workers then still did half as much again).

    The CPU each got in the window, not how long a fixed loop took alone and then together: that
    clocked the scheduler's delay in starting a child on a busy machine (a child placed on its
    parent's core waits to be moved), and said 1 on this two-core machine whenever other sessions
    ran, even when the build's own session was given both cores (a cold 1,000-document build then ran
    without its analysis workers and page workers: 11.4 s against 8.8 s, `nice` -20 session, load 3-4).
    """
    go_read, go_write = os.pipe()
    out_read, out_write = os.pipe()
    children = []
    for _ in range(cores - 1):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child only spins
            share = 0.0
            try:
                os.close(go_write)
                os.close(out_read)
                record = b""
                while len(record) < _GO and (part := os.read(go_read, _GO - len(record))):
                    record += part
                deadline = float(record.split(b" ")[0])
                share = busy_share(deadline)
            finally:
                os.write(out_write, b"%.3f " % share)
                os._exit(0)
        children.append(pid)
    os.close(go_read)
    os.close(out_write)
    deadline = time.perf_counter() + PROBE_SECONDS  # a monotonic clock every process reads alike
    os.write(go_write, (b"%.6f " % deadline).ljust(_GO) * len(children))
    shares = [busy_share(deadline)]
    for pid in children:
        os.waitpid(pid, 0)
    with os.fdopen(out_read, "rb") as answers:
        shares += [float(part) for part in answers.read().split()]
    os.close(go_write)
    return max(1, min(cores, int(sum(shares) + _PROBE_ROUND)))


def busy_share(deadline: float) -> float:
    """Spin until *deadline*; the share of the window (from :data:`PROBE_SECONDS` before it) this process ran."""
    cpu = time.process_time()
    while time.perf_counter() < deadline:
        _spin(1_000)
    return (time.process_time() - cpu) / PROBE_SECONDS


def start_method() -> str:
    """fork when this process has one thread (``mkdocs build``): workers start at once with the
    modules already loaded. forkserver otherwise: forking under ``mkdocs serve``'s threads is unsafe."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "forkserver"


_FORKED_ITEMS: list[Sequence[object]] = []  # the items of the parallel_map running, as its forked workers see them


def _item_at(func: Callable[[T], R], index: int) -> bytes:
    """``func(items[index])`` in a forked worker, *items* being those of the :func:`parallel_map` that forked it,
    pickled as :func:`vanban.lean_pickle.sent` pickles it."""
    return lean_pickle.sent(func(_FORKED_ITEMS[-1][index]))  # type: ignore[arg-type]


def parallel_map(func: Callable[[T], R], items: Sequence[T], *, min_items: int, chunksize: int = 1,
                 arrived: Callable[[int, bytes], None] | None = None) -> list[R]:
    """``[func(x) for x in items]``, in worker processes when there are enough items to pay off.

    *func* must be a module-level function (or a ``functools.partial`` of one). Forked workers find the items in their copy of this
    process (only their indexes are sent): the documents had been pickled to workers that already held
    them (at 1,000 documents 7.7 MB, 0.05 s of CPU to pickle and unpickle). The pool forks its workers
    at the first task, while the items are set.
    *arrived*: told ``(index, bytes)`` of each result a forked worker made, as it pickled it
    (:func:`vanban.lean_pickle.sent`), before it is unpickled here, so that the caller may keep those bytes
    instead of pickling the value again (:func:`vanban.analysis.analyse_all` stores them in the build cache);
    never told of a result made in this process, nor by a forkserver's worker.
    """
    if len(items) < min_items:  # before workers(): its measurement costs more than a small map saves
        return [func(item) for item in items]
    processes = min(workers(), len(items))
    if processes <= 1:
        return [func(item) for item in items]
    method = start_method()
    context = multiprocessing.get_context(method)
    if method != "fork":
        with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
            return list(pool.map(func, items, chunksize=chunksize))
    _FORKED_ITEMS.append(items)
    try:
        with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
            sent = pool.map(functools.partial(_item_at, func), range(len(items)), chunksize=chunksize)
            if arrived is None:
                return [pickle.loads(data) for data in sent]  # our own workers' bytes
            results = []
            for index, data in enumerate(sent):
                arrived(index, data)
                results.append(pickle.loads(data))
            return results
    finally:
        _FORKED_ITEMS.pop()


def may_fork() -> bool:
    """Whether a piece of work may go to a forked child now: fork exists, this process has one
    thread (forking under ``mkdocs serve``'s threads is unsafe), more than one CPU, and
    ``VANBAN_WORKERS`` does not say 1. No timing probe: a child that only shares a core costs its fork."""
    return threading.active_count() == 1 and _may_share()


def _may_share() -> bool:
    """More than one CPU, fork exists, and ``VANBAN_WORKERS`` does not say 1."""
    configured = os.environ.get("VANBAN_WORKERS", "")
    if configured.isdigit() and int(configured) <= 1:
        return False
    if not hasattr(os, "fork"):
        return False
    try:
        return len(os.sched_getaffinity(0)) > 1
    except AttributeError:  # pragma: no cover - not Linux
        return (os.cpu_count() or 1) > 1


def fork_child(work: Callable[[], None], *unused: int) -> int:
    """Fork; the child closes the parent's ends of its pipes (*unused*), runs *work* and exits (status 0
    when it returned, 1 when it raised), never returning here. The child's pid, in the parent."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child (coverage does not follow it)
        status = 1
        try:
            for fd in unused:
                os.close(fd)
            work()
            status = 0
        finally:
            os._exit(status)
    return pid


class Helper:
    """A worker forked while this process still has one thread (``mkdocs serve``'s start-up), which
    does later what :class:`Background` would have forked for, once forking is unsafe (the server's
    threads): at 1,000 documents a save's search files (about a second) are made on the other core
    while the rebuild goes on. One call at a time: a picklable ``func`` (a module-level function, or
    a ``functools.partial`` of one) sent through a pipe, its value sent back."""

    def __init__(self) -> None:
        inbox, to_child = os.pipe()
        from_child, outbox = os.pipe()
        pid = fork_child(lambda: _answer_calls(inbox, outbox), to_child, from_child)
        os.close(inbox)
        os.close(outbox)
        self.pid, self._out, self._in = pid, os.fdopen(to_child, "wb"), os.fdopen(from_child, "rb")
        self.busy = False
        self.priming = False  # the call in progress was sent by prime_helper: nobody waits for its value
        self.alive = True

    def send(self, func: Callable[[], object]) -> bool:
        """Start ``func()`` in the helper; False when it cannot (busy, gone, or *func* not picklable)."""
        if self.busy or not self.alive:
            return False
        try:
            data = pickle.dumps(func, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # a closure: made where it was asked for
            return False
        try:
            self._out.write(len(data).to_bytes(8, "big") + data)
            self._out.flush()
        except OSError:
            self.close()
            return False
        self.busy = True
        return True

    def receive(self) -> tuple[bool, object]:
        """(True, value) of the call sent, or (False, None) when it failed (the helper is then closed
        if it is gone)."""
        self.busy = self.priming = False
        try:
            head = self._in.read(8)
            data = self._in.read(int.from_bytes(head, "big")) if len(head) == 8 else b""
            ok, value = pickle.loads(data) if data else (False, None)  # our own child's bytes
        except (OSError, EOFError, pickle.UnpicklingError):
            ok, value = False, None
        if not data:
            self.close()
        return bool(ok), value

    def close(self) -> None:
        """Stop the helper (mkdocs serve ends, or a call was abandoned)."""
        if not self.alive:
            return
        self.alive = self.busy = False
        for pipe in (self._out, self._in):
            with contextlib.suppress(OSError):
                pipe.close()
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)


def _answer_calls(inbox: int, outbox: int) -> None:  # pragma: no cover - runs in the helper
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server; the helper then reads EOF
    with os.fdopen(inbox, "rb") as calls, os.fdopen(outbox, "wb") as answers:
        while len(head := calls.read(8)) == 8:
            try:
                func = pickle.loads(calls.read(int.from_bytes(head, "big")))  # our parent's bytes
                answer = pickle.dumps((True, func()), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:
                answer = pickle.dumps((False, None))
            answers.write(len(answer).to_bytes(8, "big") + answer)
            answers.flush()


_HELPER: list[Helper] = []


def start_helper() -> bool:
    """Fork the :class:`Helper` now, while this process has one thread (once; whether there is one)."""
    if not _HELPER and may_fork():
        _HELPER.append(Helper())
    return bool(_HELPER) and _HELPER[0].alive


def stop_helper() -> None:
    while _HELPER:
        _HELPER.pop().close()


def _idle_helper() -> Helper | None:
    helper = _HELPER[0] if _HELPER and _HELPER[0].alive and _may_share() else None
    if helper is not None and helper.busy and helper.priming:  # its value unwanted: waited for, then free
        helper.receive()
    return helper if helper is not None and helper.alive and not helper.busy else None


def _discarded(func: Callable[[], object]) -> None:
    func()


def prime_helper(func: Callable[[], object]) -> bool:
    """Start ``func()`` in the idle helper for what the helper keeps from it, not for its value (mkdocs
    serve's first build, whose search files were found in the cache: the helper's encoding of them,
    vanban.search.reuse.Kept, is what the first save's files are made from). The next call sent to the
    helper waits for it first. False when there is no idle helper."""
    helper = _idle_helper()
    if helper is None or not helper.send(functools.partial(_discarded, func)):
        return False
    helper.priming = True
    return True


def helper_ready() -> bool:
    """Whether a :class:`Background` started now would be made by the helper (mkdocs serve)."""
    return _idle_helper() is not None


class Background(Generic[R]):
    """``func()`` computed in a forked child while the caller goes on with other work; :meth:`result`
    waits for it. The value comes back pickled through a pipe, so it must be plain data.

    In this process instead (at once) when :func:`may_fork` says no, and again here, in the
    caller, when the child fails (killed, or raised): the value never depends on where it was made.
    """

    def __init__(self, func: Callable[[], R], *, fork: bool = True, fallback: Callable[[], R] | None = None,
                 helper: bool = True) -> None:
        """*fallback*: what this process computes instead if a forked child fails, holding less than
        *func* (the search files from the bodies, not the counted tokens): *func* is let go once forked.
        *helper*: False for work that is only worth a fresh child (a closure; the helper's current call
        never waited for)."""
        self._func: Callable[[], R] | None = func  # dropped with the value: it may hold much (search tokens)
        self._child: tuple[int, int] | None = None  # (pid, read end of its pipe)
        self._value: tuple[R] | None = None
        self.forked = False
        self._helper: Helper | None = None
        self.helper_failed = False  # the helper was asked and failed: computed here instead
        # mkdocs serve: the helper forked at its start makes it, its first build's too, when forking would
        # still be safe: what the helper keeps from one call to the next (the search files' encoding,
        # vanban.search.reuse.Kept) is then there for the first save, which had made the search files
        # from nothing while the rebuild waited for them (1.5 s of that save at 1,000 documents).
        idle = _idle_helper() if fork and helper else None
        if idle is not None and idle.send(func):
            self._helper = idle
            return
        if not (fork and may_fork()):
            self._value, self._func = (func(),), None
            return
        read_end, write_end = os.pipe()

        def send() -> None:  # pragma: no cover - in the child
            value = func()
            with os.fdopen(write_end, "wb") as pipe:  # pickled into the pipe, frame by frame: no second copy
                pickle.dump(value, pipe, protocol=pickle.HIGHEST_PROTOCOL)
        pid = fork_child(send, read_end)
        os.close(write_end)
        self._child = (pid, read_end)
        self.forked = True
        if fallback is not None:
            self._func = fallback

    @classmethod
    def now(cls, func: Callable[[], R]) -> Background[R]:
        """``func()`` computed here, at once."""
        return cls(func, fork=False)

    def result(self) -> R:
        """The value (waiting for the child, once)."""
        if self._helper is not None:
            ok, value = self._helper.receive()
            self._helper = None
            if ok:
                self._value = (value,)  # type: ignore[assignment]
            else:
                self.helper_failed = True
        if self._child is not None:
            pid, read_end = self._child
            self._child = None
            # Unpickled from the pipe as it comes (our own child's bytes): the search files' bytes were
            # read whole, then unpickled, two copies at once (~7 MB at 1,000 documents, at the build's peak).
            with os.fdopen(read_end, "rb") as pipe:
                try:
                    sent: tuple[R] | None = (pickle.load(pipe),)
                except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError):
                    sent = None  # the child failed before or while sending: made here
            _, status = os.waitpid(pid, 0)
            if os.waitstatus_to_exitcode(status) == 0 and sent is not None:
                self._value = sent
        if self._value is None:
            assert self._func is not None
            self._value = (self._func(),)
        self._func = None
        return self._value[0]

    def abandon(self) -> None:
        """Stop the child (the build failed elsewhere)."""
        if self._helper is not None:
            self._helper.close()  # its answer would be read by nobody: no later call could be sent
            self._helper = None
        if self._child is not None:
            stop_child(*self._child)
            self._child = None


def stop_child(pid: int, read_end: int) -> None:
    """Kill a forked child that is no longer wanted, reap it and close the pipe it wrote to."""
    try:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    except OSError:
        pass
    os.close(read_end)
