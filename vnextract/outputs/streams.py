"""stdout as the CLI writes it: a stream that goes quiet when its reader leaves.

Kept apart from `export` (which imports the pydantic models) so that every
command, `--help` included, wraps its stdout without loading them.
"""

from __future__ import annotations

import os
from typing import Any


class ReaderSafeOutput:
    """A stream (stdout) that stops writing, quietly, once its reader has gone.

    `vnextract run | head -2`: `head` exits and the next write fails with EPIPE.
    The run's exports matter more than the lines nobody reads: the run goes on,
    and the stream's file descriptor is pointed at `os.devnull`, as the Python
    docs advise (`signal` module, "Note on SIGPIPE"), so neither this stream nor
    the interpreter's final flush fails again. `reader_gone` tells the caller.
    Text and binary streams alike.
    """

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.reader_gone = False

    def write(self, data: Any) -> int:
        if not self.reader_gone:
            try:
                return int(self.stream.write(data))
            except BrokenPipeError:
                self._gone()
        return len(data)

    def flush(self) -> None:
        if not self.reader_gone:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._gone()

    def _gone(self) -> None:
        self.reader_gone = True
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, self.stream.fileno())
        finally:
            os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        # isatty, encoding, fileno...: what a writer or rich's Console asks of a stream
        return getattr(self.stream, name)
