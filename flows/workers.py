"""Planning processes kept for a whole agency run: every core busy, no Prefect inside them.

A ``plan-all`` run keeps one Prefect task per client, running in a thread of the flow's
process; the CPU-bound planning goes to one of a few long-lived worker processes, so both
cores work and no worker pays Prefect's start-up or talks to its server. A worker stays
warm across clients (templates compiled, holiday tables loaded). The guarantees of
:mod:`flows.isolation` hold for each client: its planning is stopped at its time limit, a
worker that must be killed is replaced, an exception comes back as the client's own, and
every worker is killed when the run is interrupted or dies. Only inputs and bytes cross
the process boundary; the task writes the outputs.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Self, TypeVar

from dialogplan.errors import InputError, Problem
from flows import isolation
from flows.compiled import keep_templates_compiled

__all__ = ["WORKERS_ENV", "Workers", "current", "installed", "worker_count"]

#: How many planning processes a run keeps; 0 plans every client in a fresh process.
WORKERS_ENV = "DIALOGPLAN_WORKERS"

T = TypeVar("T")

_INSTALLED: list[Workers] = []


def worker_count(concurrency: int) -> int:
    """Planning processes for a run: ``DIALOGPLAN_WORKERS``, else one per core.

    Never more than ``concurrency`` by default: more could never be busy.
    """
    text = os.environ.get(WORKERS_ENV, "")
    if not text:
        return max(1, min(concurrency, len(os.sched_getaffinity(0))))
    if text.isdigit():
        return int(text)
    message = f"{text!r} is not a number of processes; set it like 2 (0: one per client)"
    raise InputError([Problem(WORKERS_ENV, "", None, message)])


def _serve(connection: Connection) -> None:
    """A worker's loop: run each ``(function, args)`` sent, answer like an isolated child."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the run decides when to stop
    isolation.watch_parent()
    keep_templates_compiled()
    while True:
        try:
            job = connection.recv()
        except EOFError:
            return
        function, args = job
        try:
            answer: tuple[bool, Any] = (True, function(*args))
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the task
            answer = (False, isolation.portable(exc))
        try:
            connection.send(answer)
        except Exception as exc:  # noqa: BLE001 - an answer that cannot travel, said in words
            connection.send((False, RuntimeError(f"the answer could not be sent back: {exc}")))


class _Worker:
    """One planning process and the end of its pipe the run talks through."""

    def __init__(self) -> None:
        # Spawned, not forked from the fork server: a worker lives for the whole run, so
        # its start-up is paid once, and no fork server stays resident beside it.
        context = multiprocessing.get_context("spawn")
        self.connection, theirs = context.Pipe()
        self.process: BaseProcess = context.Process(target=_serve, args=(theirs,), daemon=True)
        isolation.start(self.process)
        theirs.close()

    def stop(self) -> None:
        """Kill the process: its client ran out of time, or the run is over."""
        self.connection.close()
        isolation.kill(self.process)


class Workers:
    """Up to ``size`` planning processes, each working for one client at a time."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._idle: list[_Worker] = []
        self._free = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _idle_worker(self) -> _Worker | None:
        """A worker waiting for work; one that died meanwhile (out of memory) is dropped."""
        while True:
            with self._lock:
                worker = self._idle.pop() if self._idle else None
                if worker is None or worker.process.is_alive():
                    return worker
                self._all.discard(worker)
            worker.stop()

    def _new_worker(self) -> _Worker:
        worker = _Worker()
        with self._lock:
            self._all.add(worker)
        return worker

    @contextlib.contextmanager
    def _worker(self) -> Iterator[_Worker]:
        """A worker to oneself; one that does not come back in good order is replaced."""
        self._free.acquire()
        try:
            worker = self._idle_worker() or self._new_worker()
            healthy = False
            try:
                yield worker
                healthy = True
            finally:
                with self._lock:
                    if healthy:
                        self._idle.append(worker)
                    else:
                        self._all.discard(worker)
                if not healthy:
                    worker.stop()
        finally:
            self._free.release()

    def run(
        self, function: Callable[..., T], args: tuple[Any, ...], *, timeout: float, what: str
    ) -> T:
        """``function(*args)`` in a worker, as :func:`flows.isolation.in_child` runs it.

        The time limit starts when a worker takes the work, not while it waits for one.
        """
        if self.size == 0:
            return isolation.in_child(function, args, timeout=timeout, what=what)
        with self._worker() as worker:
            worker.connection.send((function, args))
            ok, value = isolation.answer(worker.connection, worker.process, timeout, what)
        if ok:
            return value  # type: ignore[no-any-return]
        raise value

    def close(self) -> None:
        """Stop every worker; the run is over."""
        with self._lock:
            workers, self._all, self._idle = list(self._all), set(), []
        for worker in workers:
            worker.stop()


@contextlib.contextmanager
def installed(workers: Workers) -> Iterator[Workers]:
    """Make ``workers`` the ones tasks in this process plan with, and close them after."""
    _INSTALLED.append(workers)
    try:
        with workers:
            yield workers
    finally:
        _INSTALLED.remove(workers)


def current() -> Workers | None:
    """The workers of the run in this process, or None in a process or Dask worker.

    Tasks that a process or Dask runner moved elsewhere plan in a child of their own.
    """
    return _INSTALLED[-1] if _INSTALLED else None
