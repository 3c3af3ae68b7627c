"""A client's planning in a child process of its own, with a time limit, so it can be stopped.

Planning is CPU-bound Python; a thread running it cannot be interrupted, so one runaway
client (a looping template, an endless horizon) would hold a whole agency run and ignore
Ctrl-C. Each client's work therefore runs in a child process that is killed when its time
is up, when the run is interrupted, or when the run itself dies: children are forked from
a small fork server that exits with its parent, and each child watches that its fork server
is still there. Only inputs and bytes cross the process boundary; outputs are written by
the parent, so a killed child never leaves a half-written folder.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.forkserver
import os
import pickle
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.context import ForkContext, ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

from dialogplan.errors import InputError, Problem
from flows.compiled import keep_templates_compiled

__all__ = [
    "TIME_LIMIT",
    "TIME_LIMIT_ENV",
    "ProcessDiedError",
    "Running",
    "TimeLimitError",
    "answer",
    "children_stopped_on_exit",
    "context",
    "in_child",
    "kill",
    "portable",
    "start",
    "stop_children",
    "time_limit",
    "warm_up",
    "watch_parent",
]

#: Seconds one client may take to be planned; a two-year plan takes a second or two.
TIME_LIMIT = 300.0
#: Where scheduled runs (which have no command line) take a different limit from.
TIME_LIMIT_ENV = "DIALOGPLAN_TIME_LIMIT"

T = TypeVar("T")

_LIVE: set[BaseProcess] = set()
_LOCK = threading.RLock()  # a signal handler in the main thread takes it too


class TimeLimitError(RuntimeError):
    """A client's planning took longer than its time limit and was stopped."""


class ProcessDiedError(RuntimeError):
    """A client's planning process ended without an answer (killed, or out of memory)."""


def time_limit(value: float | None = None) -> float:
    """The time limit: ``value`` if given, else ``DIALOGPLAN_TIME_LIMIT``, else the default."""
    if value is not None:
        return value
    text = os.environ.get(TIME_LIMIT_ENV, "")
    try:
        seconds = float(text) if text else TIME_LIMIT
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < float("inf"):
        message = f"{text!r} is not a number of seconds above 0; set it like 600, or unset it"
        raise InputError([Problem(TIME_LIMIT_ENV, "", None, message)])
    return seconds


def context() -> ForkServerContext | SpawnContext:
    """Fork server where there is one: a clean, preloaded parent for every child."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["dialogplan.pipeline", "flows.job"])
        return context
    return multiprocessing.get_context("spawn")


def warm_up() -> None:
    """Start the fork server now, so that its imports overlap with Prefect's start-up.

    A command that plans through Prefect spends about a second importing Prefect and
    starting its flow run, and the fork server as long importing the planner; on two cores
    both can happen at once. The fork server starts with the environment of this moment:
    its children run the planner only, which needs nothing from Prefect's settings.
    """
    if isinstance(context(), ForkServerContext):
        multiprocessing.forkserver.ensure_running()


def watch_parent() -> None:
    """End this child when the process that forked it is gone (the run was killed)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _child(connection: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """Run ``function`` and send back ``(True, result)`` or ``(False, exception)``.

    A child plans, so it loads the templates' compiled code from disk, as every planning
    process does, whatever it was given to run.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the command's handler, when forked
    watch_parent()
    keep_templates_compiled()
    try:
        answer: tuple[bool, Any] = (True, function(*args))
    except Exception as exc:  # noqa: BLE001 - every failure goes back to the parent
        answer = (False, portable(exc))
    connection.send(answer)
    connection.close()


def portable(exc: Exception) -> Exception:
    """The exception itself if it survives the trip to the parent, else its text."""
    try:
        pickle.loads(pickle.dumps(exc))  # noqa: S301 - our own bytes, just made
    except Exception:  # noqa: BLE001 - whatever breaks, the message still goes back
        text = "".join(traceback.format_exception_only(exc)).strip()
        return RuntimeError(text)
    return exc


def start(process: BaseProcess) -> None:
    """Start a planning process, known from now on to :func:`stop_children`."""
    with _LOCK:
        process.start()
        _LIVE.add(process)


def kill(process: BaseProcess) -> None:
    """Kill a planning process and wait for it; it is no longer one of the live children."""
    with contextlib.suppress(ProcessLookupError, ValueError, AttributeError):
        process.kill()
    with contextlib.suppress(ValueError, AssertionError):
        process.join(5)
    with _LOCK:
        _LIVE.discard(process)


def answer(
    receiver: Connection,
    process: BaseProcess,
    timeout: float,
    what: str,
    *,
    limit: float | None = None,
) -> Any:
    """The ``(ok, value)`` a planning process sends back within ``timeout`` seconds.

    Raises :class:`TimeLimitError` when it takes longer, :class:`ProcessDiedError` when the
    process ends without an answer; the caller kills the process then. ``limit`` is the
    whole time limit the message names, when part of it was spent before this call.
    """
    try:
        if not receiver.poll(timeout):
            raise TimeLimitError(
                f"{what} took longer than {timeout if limit is None else limit:g} s and was "
                "stopped; shorten the horizon or "
                f"simplify the team's templates, or allow more time (seconds in {TIME_LIMIT_ENV})"
            )
        return receiver.recv()
    except (EOFError, OSError):  # its end of the pipe closed, or reset
        process.join(5)
        raise ProcessDiedError(
            f"{what} stopped without an answer (exit code {process.exitcode}); "
            "it may have run out of memory"
        ) from None


def in_child(function: Callable[..., T], args: tuple[Any, ...], *, timeout: float, what: str) -> T:
    """``function(*args)`` in a child process, killed after ``timeout`` seconds.

    The function's own exception is raised here again. ``what`` names the work in the
    messages (``"planning plans/a/strategy.yaml"``).
    """
    if multiprocessing.current_process().daemon:
        # A Dask worker is a daemonic process and may not start children: there the
        # worker itself is the unit Dask stops, and the work runs here without a limit.
        return function(*args)
    return Running(function, args).result(timeout, what)


class Running(Generic[T]):
    """``function(*args)`` started in a child process; :meth:`result` collects its answer.

    The child comes from ``from_context`` (default: :func:`context`); a ``fork`` context
    starts it at once from this very process, imports and all, which suits work started
    before anything else has run: a fork while other threads run is not safe.
    """

    def __init__(
        self,
        function: Callable[..., T],
        args: tuple[Any, ...],
        from_context: ForkContext | ForkServerContext | SpawnContext | None = None,
    ) -> None:
        made = from_context or context()
        self._receiver, sender = made.Pipe(duplex=False)
        self._process = made.Process(target=_child, args=(sender, function, args), daemon=True)
        self._began = time.monotonic()
        start(self._process)
        sender.close()

    def result(self, timeout: float, what: str) -> T:
        """The function's result, or its exception raised here; the child is gone after.

        ``timeout`` counts from the child's start. Raises :class:`TimeLimitError` and
        :class:`ProcessDiedError` as :func:`answer` does.
        """
        try:
            left = max(timeout - (time.monotonic() - self._began), 0.0)
            ok, value = answer(self._receiver, self._process, left, what, limit=timeout)
        finally:
            self.stop()
        if ok:
            return value  # type: ignore[no-any-return]
        raise value

    def stop(self) -> None:
        """Kill the child if it still runs (its answer is no longer wanted)."""
        with contextlib.suppress(OSError):
            self._receiver.close()
        kill(self._process)


@contextlib.contextmanager
def children_stopped_on_exit() -> Iterator[None]:
    """Kill every planning process when the block is left by an interruption.

    Prefect turns SIGTERM into an exception in the main thread while a flow runs; the
    threads waiting for planning processes only return once those are gone, and the task
    runner waits for its threads before the exception gets any further.
    """
    try:
        yield
    except BaseException:
        stop_children()
        raise


def stop_children() -> None:
    """Kill every child still working: the run is being interrupted."""
    with _LOCK:
        live = list(_LIVE)
    for process in live:
        with contextlib.suppress(ProcessLookupError, ValueError, AttributeError):
            process.kill()
