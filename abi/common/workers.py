"""Worker process pools that Ctrl-C stops at once.

A ``with ProcessPoolExecutor()`` block waits, on leaving with an exception,
for every queued task to finish: Ctrl-C during ``report`` took 18 to 31 s
(issue 15).  ``pool`` cancels the queue and terminates the workers instead, so
the parent's one-line message and exit status 130 follow within a second;
what the command writes is replaced atomically at its end, so nothing
partial is left behind.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from types import FrameType


def quiet_worker() -> None:
    """Initializer of worker processes: Ctrl-C is the parent's to handle (one message, exit 130, no traceback).

    A handler that does nothing, not SIG_IGN: an ignored signal stays ignored across exec, so the cpp a
    worker runs would outlive Ctrl-C; a handler is reset to the default there.
    """
    signal.signal(signal.SIGINT, _parent_handles_it)


def _parent_handles_it(signum: int, frame: FrameType | None) -> None:
    pass


@contextmanager
def pool(jobs: int, *, fork: bool = False) -> Iterator[ProcessPoolExecutor]:
    """A process pool of ``jobs`` workers (forked ones with ``fork``: they inherit the parent's loaded data).

    On normal exit the pool is shut down as usual; on any exception
    (KeyboardInterrupt included) the queued tasks are dropped and the
    workers terminated before the exception goes on.
    """
    context = multiprocessing.get_context("fork") if fork else None
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=quiet_worker)
    try:
        yield executor
    except BaseException:
        terminate(executor)
        raise
    executor.shutdown(wait=True)


def terminate(executor: ProcessPoolExecutor) -> None:
    """Drop the queue and end the workers now."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    results = getattr(executor, "_result_queue", None)  # shutdown() forgets them
    manager = getattr(executor, "_executor_manager_thread", None)
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=1)
    # A worker killed while sending its result leaves half a message in the result pipe, and the executor's
    # thread would wait for the rest forever (and the interpreter for that thread at exit).  With every worker
    # gone, closing our copy of the pipe's write end makes that wait end of file: a broken pool, which ends.
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()
    # Let that thread finish before the interpreter's exit handler wakes it: waking one that is closing its
    # pipes races with it ("Bad file descriptor" on stderr).
    if manager is not None and manager.is_alive():
        manager.join(timeout=1)
