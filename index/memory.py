"""Returning freed heap memory to the system."""

from __future__ import annotations

import ctypes
from contextlib import suppress


def release_freed_memory() -> None:
    """Give the heap's free pages back to the system after a large transient allocation.

    glibc keeps freed memory in its arenas, so RSS would stay at its peak (after an index
    version is let go, after the tokenizer's JSON is parsed); ``malloc_trim`` returns it.
    Elsewhere (no glibc) this does nothing.
    """
    with suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
