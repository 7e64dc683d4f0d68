"""An extractor that runs in a process of its own, so that storing never competes with extracting for the GIL.

The ingest job overlaps its two stages in two threads (:mod:`wirewatch.run.extraction_worker`). That hides the time
a store waits on its engine, but not its driver's Python work: psycopg's statements hold the GIL, so on
PostgreSQL they took turns with spaCy's (ingest about 12% slower than extraction alone). An
:class:`ExtractorProcess` is an extractor like any other (``extract(items)`` → records in input order) whose
pipeline lives in a child process: the ingest thread that drives it only moves JSON through pipes, and the store
keeps the parent's interpreter to itself. Transactions, and what a killed run leaves behind, do not change: the
child never touches the store.

The child is a fresh interpreter (no copy of the parent's threads or connections, and unlike multiprocessing's
``spawn``, no re-run of the caller's main module), started on first use and kept for later calls, so models load
once; it is told what to build by a picklable factory, since a loaded pipeline does not travel between processes.
It ignores Ctrl-C, which reaches the whole process group: the parent decides, and closing its pipes ends the
child. Articles go out and records come back as JSON (pydantic's ``model_dump_json`` and
``model_validate_json``: a fraction of a millisecond each). If the parent dies, the child's input ends with the
pipe, and so does the child.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from types import TracebackType

from wirewatch.ingest.article_input import InputError
from wirewatch.records import Article, ArticleRecord
from wirewatch.run.extraction_worker import ArticleExtractor

# The first byte of each message. Parent → child: an article, an input error, the end of a call's items.
# Child → parent: a record, the failure of a call, the end of a call's records.
_ARTICLE, _INPUT_ERROR, _RECORD, _FAILURE, _CALL_END = b"A", b"I", b"R", b"F", b"."
_CHILD_COMMAND = "from wirewatch.run.extraction_process import child_main; child_main()"
_LIVENESS_CHECK_S = 1.0  # how often a parent waiting for a record checks that the child is still there


class ExtractionProcessError(RuntimeError):
    """The extraction process failed: its extractor raised, or the process died."""


class EchoWarning:
    """A picklable warning sink for an extractor in a child: each message to stderr, after ``prefix``."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix

    def __call__(self, message: str) -> None:
        print(f"{self.prefix}{message}", file=sys.stderr, flush=True)


class ExtractorProcess:
    """The extractor ``factory()`` builds, run in a child process; one :meth:`extract` call at a time.

    ``factory`` must be picklable: a class or a ``functools.partial`` of one, e.g.
    ``ExtractorProcess(partial(Extractor, settings))``. Use as a context manager (or call :meth:`close`).
    """

    def __init__(self, factory: Callable[[], ArticleExtractor]) -> None:
        self.factory = factory
        self._process: subprocess.Popen[bytes] | None = None
        self._to_child: Connection | None = None
        self._from_child: Connection | None = None
        self._open_calls = 0  # calls whose end the child has not yet confirmed (abandoned or failed)
        self._busy = threading.Lock()

    def __enter__(self) -> ExtractorProcess:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        """One record per item, in input order. The items are read by a thread of this process and sent as they
        come, so ``items`` may be a stream that blocks."""
        if not self._busy.acquire(blocking=False):
            raise RuntimeError("ExtractorProcess.extract: one call at a time")
        try:
            to_child, from_child = self._started()
            self._skip_open_calls(from_child)
            self._open_calls += 1
            sender = _Sender(items, to_child)
            sender.start()
            while (message := self._receive(from_child))[:1] != _CALL_END:
                if message[:1] == _FAILURE:
                    raise ExtractionProcessError(f"the extractor failed: {message[1:].decode('utf-8')}")
                yield ArticleRecord.model_validate_json(message[1:])
            self._open_calls -= 1
            if sender.error is not None:
                raise sender.error
        finally:
            self._busy.release()

    def close(self) -> None:
        """End the child (its input closes; it exits once its current call is done, or is stopped)."""
        if self._process is None:
            return
        for end in (self._to_child, self._from_child):
            if end is not None:
                end.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.terminate()
            self._process.wait()
        self._process = self._to_child = self._from_child = None

    # -- the parent's side ---------------------------------------------------------------------------------
    def _started(self) -> tuple[Connection, Connection]:
        """The pipes to and from a running child, started now when there is none (or it died)."""
        if self._process is not None and self._process.poll() is not None:
            self.close()
        if self._process is None or self._to_child is None or self._from_child is None:
            # a fresh interpreter rather than multiprocessing's spawn, which re-runs the caller's main module
            # (any script without an ``if __name__ == "__main__"`` guard would start over in the child)
            process = subprocess.Popen([sys.executable, "-c", _CHILD_COMMAND], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE)
            assert process.stdin is not None and process.stdout is not None
            to_child, from_child = Connection(os.dup(process.stdin.fileno())), Connection(
                os.dup(process.stdout.fileno()))
            process.stdin.close()
            process.stdout.close()
            self._process, self._to_child, self._from_child, self._open_calls = process, to_child, from_child, 0
            to_child.send_bytes(pickle.dumps((sys.path, self.factory)))
        return self._to_child, self._from_child

    def _skip_open_calls(self, from_child: Connection) -> None:
        """Read past what is left of earlier calls that were abandoned or failed before their end."""
        while self._open_calls:
            if self._receive(from_child)[:1] == _CALL_END:
                self._open_calls -= 1

    def _receive(self, from_child: Connection) -> bytes:
        while not from_child.poll(_LIVENESS_CHECK_S):
            if self._process is None or self._process.poll() is not None:
                raise self._died()
        try:
            return from_child.recv_bytes()
        except EOFError:
            raise self._died() from None

    def _died(self) -> ExtractionProcessError:
        code = None
        if self._process is not None:
            try:
                code = self._process.wait(timeout=5)  # its pipe has just closed: it is ending
            except subprocess.TimeoutExpired:
                code = None
        return ExtractionProcessError(f"the extraction process died (exit code {code})")


class _Sender(threading.Thread):
    """Sends a call's items to the child, then the end of the call; an error reading or encoding ``items`` ends
    the call early and is kept in ``error`` for the caller, who raises it once the child has answered."""

    def __init__(self, items: Iterable[Article | InputError], to_child: Connection) -> None:
        super().__init__(name="wirewatch-send", daemon=True)
        self.items = items
        self.to_child = to_child
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            try:
                for item in self.items:
                    self.to_child.send_bytes(_message(item))
            except (BrokenPipeError, ConnectionResetError):  # the child is gone: the caller's read says so
                return
            except Exception as error:  # raised in the caller
                self.error = error
            self.to_child.send_bytes(_CALL_END)
        except (BrokenPipeError, ConnectionResetError, OSError):  # gone, or closed meanwhile
            return


def _message(item: Article | InputError) -> bytes:
    if isinstance(item, InputError):
        return _INPUT_ERROR + json.dumps(dataclasses.asdict(item)).encode("utf-8")
    return _ARTICLE + item.model_dump_json().encode("utf-8")


# -- the child -------------------------------------------------------------------------------------------------
_EOF = object()  # the parent closed its end


def child_main() -> None:
    """The child's entry point: its stdin and stdout are the pipes from and to the parent; the first message
    holds the parent's import path and the extractor factory. Anything printed goes to stderr."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from_parent, to_parent = Connection(os.dup(0)), Connection(os.dup(1))
    os.dup2(2, 1)  # print() in a library must not write into the pipe
    path, factory = pickle.loads(from_parent.recv_bytes())
    sys.path[:] = path
    _serve(factory, from_parent, to_parent)


def _serve(factory: Callable[[], ArticleExtractor], from_parent: Connection, to_parent: Connection) -> None:
    """Serve calls until the parent goes: each call's items in, its records out, then the end of the call."""
    inbox: queue.Queue[object] = queue.Queue()
    # A reader thread empties the pipe from the parent as fast as it fills, so that the parent never blocks
    # sending an item while this process blocks sending it a record.
    threading.Thread(target=_read_messages, args=(from_parent, inbox), name="wirewatch-inbox", daemon=True).start()
    extractor: ArticleExtractor | None = None
    ended = False
    while not ended:
        if (first := inbox.get()) is _EOF:
            return
        call = _CallItems(first, inbox)
        try:
            extractor = extractor or factory()
            for record in extractor.extract(call):
                to_parent.send_bytes(_RECORD + record.model_dump_json().encode("utf-8"))
        except (BrokenPipeError, ConnectionResetError):  # the parent is gone: nobody to tell
            return
        except Exception as error:  # the parent raises it as ExtractionProcessError
            traceback.print_exc(file=sys.stderr)
            detail = "".join(traceback.format_exception_only(type(error), error)).strip()
            if not _send_quietly(to_parent, _FAILURE + detail.encode("utf-8")):
                return
        ended = call.drain()
        if not _send_quietly(to_parent, _CALL_END):
            return


class _CallItems:
    """The items of one call, read from the inbox up to the call's end (or the parent's)."""

    def __init__(self, first: object, inbox: queue.Queue[object]) -> None:
        self._next: object | None = first
        self._inbox = inbox
        self.finished = self.eof = False

    def __iter__(self) -> Iterator[Article | InputError]:
        while not self.finished:
            message = self._next if self._next is not None else self._inbox.get()
            self._next = None
            if message is _EOF or message == _CALL_END:
                self.finished, self.eof = True, message is _EOF
                return
            assert isinstance(message, bytes)
            yield _item(message)

    def drain(self) -> bool:
        """Read the call's remaining items (an extractor that failed or stopped early left them); True when the
        parent has gone."""
        for _ in self:
            pass
        return self.eof


def _item(message: bytes) -> Article | InputError:
    if message[:1] == _INPUT_ERROR:
        return InputError(**json.loads(message[1:]))
    return Article.model_validate_json(message[1:])


def _read_messages(from_parent: Connection, inbox: queue.Queue[object]) -> None:
    while True:
        try:
            inbox.put(from_parent.recv_bytes())
        except (EOFError, OSError):  # the parent is gone, or closed its end
            inbox.put(_EOF)
            return


def _send_quietly(to_parent: Connection, message: bytes) -> bool:
    """Send ``message``; False when the parent is gone."""
    try:
        to_parent.send_bytes(message)
    except (BrokenPipeError, ConnectionResetError):
        return False
    return True
