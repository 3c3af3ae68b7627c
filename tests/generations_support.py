"""Reading an output folder the way its readers do: the names they know, through the links."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from flows.generations import CURRENT, GENERATIONS


def published(folder: Path) -> dict[str, bytes]:
    """Every file a reader finds by its usual name (``calendar.ics``, ``channels/…``)."""
    files: dict[str, bytes] = {}
    if not folder.is_dir():
        return files
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or entry.name == CURRENT:
            continue
        if entry.is_file():
            files[entry.name] = entry.read_bytes()
        elif entry.is_dir():
            for root, _, names in os.walk(entry, followlinks=True):
                for name in names:
                    path = Path(root) / name
                    files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files


def generations(folder: Path) -> list[str]:
    """The complete generations kept in an output folder (not the ones being written)."""
    store = folder / GENERATIONS
    if not store.is_dir():
        return []
    return sorted(p.name for p in store.iterdir() if not p.name.startswith("."))


def leftovers(folder: Path) -> list[str]:
    """What an interrupted run would leave: temporary generations and links."""
    store = folder / GENERATIONS
    found = [p.name for p in folder.glob(".*.tmp")]
    if store.is_dir():
        found += [p.name for p in store.iterdir() if p.name.startswith(".")]
    return sorted(found)


def at_once(work: Callable[[Any], object], inputs: Sequence[Any]) -> list[BaseException]:
    """Run ``work`` on every input at the same time, one thread each; what they raised."""
    with ThreadPoolExecutor(max_workers=len(inputs)) as pool:
        futures = [pool.submit(work, item) for item in inputs]
    return [error for future in futures if (error := future.exception()) is not None]
