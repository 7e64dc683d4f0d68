"""Output files (``-o``): a regular file is replaced atomically (a reader never sees half of it, an interrupted
run leaves the old one); a symlink is written through to its target; a device or a pipe (``/dev/null``, a FIFO)
is written to directly, never replaced."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from wirewatch.cli.exit_codes import CannotWrite


def _target(path: Path) -> Path:
    """Where writing ``path`` lands: a symlink's final target (created if missing), else ``path``."""
    return path.resolve() if path.is_symlink() else path


def is_special(path: Path) -> bool:
    """True for an existing device, pipe or socket (anything but a regular file or a directory)."""
    return path.exists() and not path.is_file() and not path.is_dir()


@contextmanager
def staged_path(path: Path) -> Iterator[Path]:
    """A path to write instead of ``path``; on success it replaces the target of ``path`` atomically (keeping
    the mode of the file it replaces), on failure it is removed and the old file stays. A special file is
    yielded as itself."""
    target = _target(path)
    if is_special(target):
        yield target
        return
    staged = target.with_name(f".{target.name}.{os.getpid()}.part")
    if not staged.parent.is_dir():
        raise CannotWrite(f"cannot write {path}: no folder {staged.parent}")
    try:
        yield staged
        if target.exists():
            shutil.copymode(target, staged)
        staged.replace(target)
    finally:
        staged.unlink(missing_ok=True)


@contextmanager
def output_text(path: Path) -> Iterator[TextIO]:
    """``path`` opened for writing text (UTF-8), replaced atomically when it is a regular file; a file that
    cannot be opened is :class:`~wirewatch.cli.exit_codes.CannotWrite` (exit code 4)."""
    with staged_path(path) as staged:
        try:
            stream = staged.open("w", encoding="utf-8", newline="")
        except OSError as error:
            raise CannotWrite(f"cannot write {path}: {error.strerror or error}") from None
        with stream:
            yield stream


def write_text(path: Path, payload: str) -> None:
    with output_text(path) as stream:
        stream.write(payload)
