"""The prompt templates' compiled code, kept on disk between runs.

Compiling the shipped templates takes longer than planning a quarter, and every command and
every planning process would pay it again. Jinja's own file cache keeps the code in a
folder of the user's temporary directory that only that user can read; a file is used only
for the template source and the Jinja and Python versions it was compiled from. A cache
that cannot be read or written never fails a plan: the template is compiled as before.
"""

from __future__ import annotations

import contextlib
from functools import cache

from jinja2 import FileSystemBytecodeCache
from jinja2.bccache import Bucket

from dialogplan.prompt_templates import COMPILED_AS, keep_compiled

#: What a cache file can go wrong with: the folder, a half-written or foreign file.
_UNREADABLE = (OSError, ValueError, EOFError, TypeError)


class _Kept(FileSystemBytecodeCache):
    """Jinja's file cache, skipped wherever the disk says no."""

    def load_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(*_UNREADABLE):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(*_UNREADABLE):
            super().dump_bytecode(bucket)


@cache
def keep_templates_compiled() -> None:
    """From now on, this process loads compiled templates from disk and keeps new ones there.

    Without a safe temporary folder (Jinja refuses one others could write to) nothing is
    kept, and templates compile as before.
    """
    with contextlib.suppress(RuntimeError, OSError):
        keep_compiled(_Kept(pattern=f"dialogplan-{COMPILED_AS}-%s.cache"))


__all__ = ["keep_templates_compiled"]
