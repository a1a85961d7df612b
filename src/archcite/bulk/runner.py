"""Mapping a function over chunks of records on several cores, in order, with a cache.

The parent process keeps the records and the cache; only the keys not seen before travel
to the worker processes, and the values come back in input order.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .normaliser import CACHE_MAX_CHARS, DEFAULT_CACHE_SIZE

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["ChunkRunner", "chunks", "cpu_count"]


def cpu_count() -> int:
    """The cores this process may run on (all of them, unless it is pinned)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


_Key = TypeVar("_Key")
_Value = TypeVar("_Value")
_Meta = TypeVar("_Meta")

_worker: Callable[[Any], Any] | None = None

# Chunks sent to the workers and not yet taken back, for each worker. Values are taken
# back in order, and chunks differ in work (the first ones are all new records, one may
# hold a page of prose): with a few queued behind each worker's chunk, a worker that is
# done early goes on to the next while this process waits for the oldest. (Two gave a
# million short records 2-6% more wall time on two cores than four; eight, no less.)
_IN_FLIGHT = 4


def _start_worker(
    factory: Callable[..., Callable[[Any], Any]],
    args: tuple[Any, ...],
    runner: int,
    kill_on_exit: bool,
) -> None:
    global _worker
    # Ctrl-C is the parent's to handle: it stops feeding chunks and cleans up; a worker
    # dying of it mid-chunk would only add a second traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(runner, kill_on_exit)
    _worker = factory(*args)


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_WATCH_SECONDS = 0.5


def _die_with_parent(runner: int, kill_on_exit: bool) -> None:
    """End this worker when the process that started it ends, even by ``kill -9``.

    A pool's workers otherwise wait on their task queue for minutes after the parent is
    gone. On Linux the kernel sends SIGKILL the moment it goes (``PR_SET_PDEATHSIG``,
    only when the pool was started from the main thread: the signal follows the thread
    that forked); everywhere, a thread checks every half second that the parent is
    still the one this worker started with.
    """
    import ctypes  # in the worker only: importing archcite loads neither
    import multiprocessing

    parent = os.getppid()
    # With fork and spawn the parent is the runner; a forkserver is a parent that ends
    # with the runner. Reparented before this ran means the runner is already gone.
    if multiprocessing.get_start_method() != "forkserver" and parent != runner:
        os._exit(1)
    if kill_on_exit and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)  # the C library this process runs on
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no libc to load: the thread below suffices
            pass
        if os.getppid() != parent:  # it ended before the kernel was told to watch
            os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="parent-watch", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


def _run_in_worker(keys: Any) -> Any:
    assert _worker is not None, "worker not started"
    return _worker(keys)


class _Slot:
    """Where the value for one key will be, once its chunk comes back."""

    __slots__ = ("value",)

    def __init__(self) -> None:
        self.value: Any = None


class ChunkRunner(Generic[_Key, _Value]):
    """Maps ``factory(*args)`` over chunks of keys, remembering values, on ``jobs`` cores.

    Each chunk's keys not already known (the last ``cache_size`` of them, strings and
    bytes up to 2,000 long) go in one list to the function, in a worker process when
    ``jobs > 1``; a key in a chunk still in flight is not sent twice. Chunks come back
    in order, and only a few are in flight at once, so memory stays flat.

    >>> import operator
    >>> with ChunkRunner(operator.methodcaller, ("copy",), jobs=2) as run:
    ...     [values for meta, values in run.map([("a", ["x", "y"]), ("b", ["y"])])]
    [['x', 'y'], ['y']]
    """

    def __init__(
        self,
        factory: Callable[..., Callable[[list[_Key]], list[_Value]]],
        args: tuple[Any, ...],
        jobs: int = 1,
        cache_size: int = DEFAULT_CACHE_SIZE,
    ) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, got {jobs}")
        self.jobs = jobs
        self.cache_size = cache_size
        self._factory = factory
        self._args = args
        self._local: Callable[[list[_Key]], list[_Value]] | None = None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ChunkRunner[_Key, _Value]:
        if self.jobs == 1:
            self._local = self._factory(*self._args)
        else:
            from concurrent.futures import ProcessPoolExecutor

            main_thread = threading.current_thread() is threading.main_thread()
            self._pool = ProcessPoolExecutor(
                self.jobs,
                initializer=_start_worker,
                initargs=(self._factory, self._args, os.getpid(), main_thread),
            )
            _widen_pipes(self._pool)
            # Start the workers now, before the caller starts threads of its own (a
            # progress bar's monitor): forking a process with other threads is unsafe.
            for started in [self._pool.submit(int) for _ in range(self.jobs)]:
                started.result()
        return self

    def __exit__(self, exc_type: object, *exc_info: object) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if exc_type is not None:
            # Interrupted or failed: nothing the workers are doing is wanted now. Waiting
            # for their chunks takes seconds, and a second interrupt then (Ctrl-C pressed
            # twice, or `timeout`, which signals the process and its whole group) would
            # leave the pool half shut down and the interpreter waiting for its workers
            # at exit, for ever. So they are stopped first, and the pool shut down with
            # Ctrl-C held off until it is.
            with _no_interrupts():
                _stop_workers(pool)
                pool.shutdown(wait=True, cancel_futures=True)
            return
        pool.shutdown(wait=True, cancel_futures=True)

    def map(
        self, chunks: Iterable[tuple[_Meta, Sequence[_Key]]]
    ) -> Iterator[tuple[_Meta, list[_Value]]]:
        """Each chunk's ``meta`` and the value for each of its keys, in order."""
        if self._local is None and self._pool is None:
            raise RuntimeError("ChunkRunner.map() outside its with block")
        cache: OrderedDict[Any, _Slot] = OrderedDict()
        waiting: deque[tuple[_Meta, list[_Slot], list[_Slot], Future[list[_Value]] | None]]
        waiting = deque()
        submitted = 0
        for meta, keys in chunks:
            slots, todo, todo_slots = self._look_up(cache, keys)
            future = None
            if todo and self._local is not None:
                for slot, value in zip(todo_slots, self._local(todo), strict=True):
                    slot.value = value
            elif todo and self._pool is not None:
                future = self._pool.submit(_run_in_worker, todo)
                submitted += 1
            waiting.append((meta, slots, todo_slots, future))
            # Wait once enough work is queued to keep every worker busy; chunks all
            # found in the cache cost nothing to hold, but a few hundred would.
            while waiting and (
                submitted >= _IN_FLIGHT * self.jobs or len(waiting) >= 64 or waiting[0][3] is None
            ):
                submitted -= waiting[0][3] is not None
                yield self._resolve(waiting.popleft())
        while waiting:
            yield self._resolve(waiting.popleft())

    def _look_up(
        self, cache: OrderedDict[Any, _Slot], keys: Sequence[_Key]
    ) -> tuple[list[_Slot], list[_Key], list[_Slot]]:
        """The slot of every key, and the keys (with their new slots) to compute."""
        size = self.cache_size
        slots: list[_Slot] = []
        todo: list[_Key] = []
        todo_slots: list[_Slot] = []
        # Called for every record: the methods are looked up once per chunk.
        get, seen, add = cache.get, cache.move_to_end, slots.append
        for key in keys:
            cacheable = size > 0 and isinstance(key, (str, bytes)) and len(key) <= CACHE_MAX_CHARS
            slot = get(key) if cacheable else None
            if slot is None:
                slot = _Slot()
                todo.append(key)
                todo_slots.append(slot)
                if cacheable:
                    cache[key] = slot
                    if len(cache) > size:
                        cache.popitem(last=False)
            else:
                seen(key)
            add(slot)
        return slots, todo, todo_slots

    @staticmethod
    def _resolve(
        entry: tuple[_Meta, list[_Slot], list[_Slot], Future[list[_Value]] | None],
    ) -> tuple[_Meta, list[_Value]]:
        meta, slots, todo_slots, future = entry
        if future is not None:
            for slot, value in zip(todo_slots, future.result(), strict=True):
                slot.value = value
        return meta, [slot.value for slot in slots]


# What a pipe between the processes holds (Linux lets any process ask for up to 1 MB).
# A chunk's values run to 100-600 kB, and a pipe of 64 kB, the default, held each worker
# up while this process read them, a few milliseconds a chunk; a chunk of keys waits
# there too until a worker takes it.
_PIPE_BYTES = 1 << 20


def _widen_pipes(pool: ProcessPoolExecutor) -> None:
    """Give the pipes of ``pool``'s task and result queues room for a chunk, where the
    system allows it (Linux); elsewhere, or if refused, they stay as they are."""
    setter = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if setter is None:
        return
    for name in ("_call_queue", "_result_queue"):  # the pool's own, as it names them
        reader = getattr(getattr(pool, name, None), "_reader", None)
        if reader is not None:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                fcntl.fcntl(reader.fileno(), setter, _PIPE_BYTES)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Send each of ``pool``'s worker processes SIGTERM (which they do not ignore)."""
    processes = getattr(pool, "_processes", None) or {}  # the pool's own record of them
    for process in list(processes.values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.terminate()


@contextlib.contextmanager
def _no_interrupts() -> Iterator[None]:
    """Ctrl-C held off for the block, where this is the main thread (elsewhere the
    interrupt goes to the main thread anyway); one that came meanwhile is acted on after."""
    previous = signal.getsignal(signal.SIGINT)
    # Only the main thread may set a handler, and one set outside Python (None) could
    # not be put back: then the block runs as it is.
    if previous is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[int] = []
    signal.signal(signal.SIGINT, lambda number, frame: came.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if came and callable(previous):
        previous(signal.SIGINT, None)  # Python's own handler: KeyboardInterrupt
    elif came and previous == signal.SIG_DFL:
        signal.raise_signal(signal.SIGINT)


def chunks(items: Iterable[_Key], size: int) -> Iterator[list[_Key]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
