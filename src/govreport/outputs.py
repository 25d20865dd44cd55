"""Writing outputs atomically: a reader never sees a half-written file or a mixed set of files.

A single CSV goes through a temporary file in the same folder and a rename. A set of tables
(``tables``, ``corpus``) is written into a temporary folder beside the target and renamed into
place as a whole, so the previous set stays intact until the new one is complete. Temporary
files and folders carry the writing process's id in their name; one whose process is gone (a
killed run) is removed by the next run that writes beside it.

Every environment problem (missing or unwritable location, a path of the wrong kind, disk
full) becomes a one-line GovReportError, and an output path that is or holds an input file is
refused before anything is read.
"""
from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govreport.errors import GovReportError

if TYPE_CHECKING:  # frames are written here; a store's run, which writes Arrow, never imports pandas
    import pandas as pd

TMP_TAG = ".govreport-tmp"  # marks every temporary file and folder the package makes
_TMP_NAME = re.compile(r"^\..*\.govreport-tmp-(\d+)-")


# --- paths: inputs are sacred, outputs of the right kind ----------------------------------------


def check_output_file(output: str | Path, inputs: Iterable[str | Path]) -> Path:
    """The output CSV path, refused (one line) when it is an input, a folder, or cannot be made."""
    out = Path(output)
    if out.is_dir():
        raise GovReportError(out, "output is a folder; give a file name (e.g. quantities.csv)")
    _refuse_inputs(out, inputs)
    _check_parent(out)
    return out


def check_output_dir(output: str | Path, inputs: Iterable[str | Path]) -> Path:
    """The output folder, refused when it is or holds an input, is a file, or cannot be made."""
    out = Path(output)
    _refuse_inputs(out, inputs)
    if out.exists() and not out.is_dir():
        raise GovReportError(out, "output exists and is not a folder; give a folder name")
    _check_parent(out)
    return out


def _refuse_inputs(out: Path, inputs: Iterable[str | Path]) -> None:
    """Refuse an output path that is an input file, a folder holding one, or inside an input folder."""
    target = _resolved(out)
    for given in inputs:
        src = _resolved(Path(given))
        if src == target:
            raise GovReportError(out, "output path is the input; refusing to overwrite it")
        if target in src.parents:
            raise GovReportError(out, f"output folder holds the input {given}; refusing to replace it")
        if Path(given).is_dir() and src in target.parents:
            raise GovReportError(out, f"output is inside the input folder {given}; choose a folder outside it")


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _check_parent(out: Path) -> None:
    """The nearest existing folder above ``out`` must be a writable folder."""
    parent = out.absolute().parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise GovReportError(out, f"cannot write: {parent} is not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise GovReportError(out, f"cannot write: folder {parent} is not writable")


def _os_error(path: Path, exc: OSError) -> GovReportError:
    """An OSError while writing, as one line (disk full and read-only file systems named)."""
    reason = {errno.ENOSPC: "disk full", errno.EDQUOT: "disk quota exceeded",
              errno.EROFS: "read-only file system", errno.EACCES: "permission denied",
              errno.EPERM: "permission denied"}.get(exc.errno or 0, exc.strerror or str(exc))
    return GovReportError(path, f"cannot write: {reason}")


def _makedirs(folder: Path, shown: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise GovReportError(shown, f"cannot write: {folder} is not a folder") from None
    except OSError as exc:
        raise _os_error(shown, exc) from None


# --- stale temporaries --------------------------------------------------------------------------


def clean_stale(folder: Path) -> None:
    """Remove temporaries left in ``folder`` by a run that was killed (its process is gone)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        m = _TMP_NAME.match(entry.name)
        if not m or _alive(int(m.group(1))):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
        except OSError:
            pass


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a name this process made earlier and did not remove: stale by definition
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _tmp_prefix(name: str) -> str:
    return f".{name}{TMP_TAG}-{os.getpid()}-"


# --- single files -------------------------------------------------------------------------------


def _write_atomic(path: str | Path, write: Callable[[str], None], clean: bool = True, suffix: str = ".tmp") -> None:
    """Write ``path`` via ``write(temporary path)`` in the same folder and a rename: a reader never
    sees a half-written file, and every environment problem is one line. ``clean=False`` skips
    looking for a killed run's temporaries beside it: a writer of thousands of files in one
    folder (corpus mode) cleans once per run instead of listing the folder at every file."""
    path = Path(path)
    _makedirs(path.parent, path)
    if clean:
        clean_stale(path.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=_tmp_prefix(path.name), suffix=suffix, dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise _os_error(path, exc) from None
    try:
        write(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary readable files
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, IsADirectoryError) or path.is_dir():
            raise GovReportError(path, "output is a folder; give a file name") from None
        raise _os_error(path, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_via_atomic(path: str | Path, write: Callable[[str], None], suffix: str = ".tmp") -> None:
    """Write ``path`` by a writer that takes a temporary path (a tool that writes files itself, such as
    papermill); ``suffix`` keeps the extension such a tool checks. A failed or killed writer leaves
    ``path`` as it was."""
    _write_atomic(path, write, suffix=suffix)


def write_text_atomic(path: str | Path, content: str, clean: bool = True) -> None:
    """Write ``content`` to ``path`` atomically (UTF-8, line endings as given)."""
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(content)

    _write_atomic(path, write, clean=clean)


def frame_to_csv(df: pd.DataFrame) -> str:
    """A table as UTF-8 CSV text; exact Decimal values print in plain notation (no exponent)."""
    return df.to_csv(index=False, lineterminator="\n")


def write_csv_atomic(df: pd.DataFrame, path: str | Path) -> None:
    write_text_atomic(path, frame_to_csv(df))


# --- sets of files --------------------------------------------------------------------------------


def write_set_atomic(out: str | Path, files: dict[str, str], owned: Iterable[str] = ()) -> None:
    """Write ``{file name: text}`` as the folder ``out``, replacing its previous content as a whole.

    The files go into a temporary folder beside ``out``; other files already in ``out`` (not
    ones this set writes, nor ``owned`` ones it may leave out) are carried over by hard link or
    copy; a name may hold a subfolder (``texts/a.txt``); then the old folder is moved
    aside, the new one renamed into place and the old one removed. A failure or an interruption
    at any point leaves the previous folder as it was and no temporary behind.
    """
    out = Path(out)
    parent = out.absolute().parent
    _makedirs(parent, out)
    clean_stale(parent)
    if out.exists() and not out.is_dir():
        raise GovReportError(out, "output exists and is not a folder; give a folder name")
    try:
        staging = Path(tempfile.mkdtemp(prefix=_tmp_prefix(out.name), dir=parent))
    except OSError as exc:
        raise _os_error(out, exc) from None
    old: Path | None = None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)  # mkdtemp makes 0700; outputs are ordinary folders
        tops = {Path(name).parts[0] for name in files} | set(owned)
        for name, content in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            with open(staging / name, "w", encoding="utf-8", newline="") as f:
                f.write(content)
        if out.is_dir():
            for entry in out.iterdir():
                if entry.name not in tops:
                    _carry_over(entry, staging / entry.name)
            old = Path(tempfile.mkdtemp(prefix=_tmp_prefix(out.name + ".old"), dir=parent))
        with _signals_held():  # the swap is two renames; an interruption waits for both
            if old is not None:
                os.replace(out, old / out.name)
            os.replace(staging, out)
    except OSError as exc:
        raise _os_error(out, exc) from None
    finally:
        if old is not None and not out.exists() and (old / out.name).exists():
            os.replace(old / out.name, out)  # the swap failed half-way: put the previous set back
        shutil.rmtree(staging, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM (delivered on exit from the block) where the platform allows."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _carry_over(src: Path, dst: Path) -> None:
    """Bring a file the new set does not write into the new folder (hard link, else copy)."""
    if src.is_symlink():
        os.symlink(os.readlink(src), dst)
    elif src.is_dir():
        shutil.copytree(src, dst, symlinks=True, copy_function=_link_or_copy)
    else:
        _link_or_copy(src, dst)


def _link_or_copy(src: str | Path, dst: str | Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def write_tables_atomic(tables: dict[str, pd.DataFrame], out: str | Path,
                        texts: dict[str, str] | None = None, owned: Iterable[str] = ()) -> None:
    """Every table as ``<name>.csv`` in the folder ``out`` (plus ``texts``: file name → text,
    e.g. the text a Word or PDF report's offsets refer to), as one atomic set."""
    files = {f"{name}.csv": frame_to_csv(table) for name, table in tables.items()}
    write_set_atomic(out, {**files, **(texts or {})}, owned)


def write_parquet_atomic(df: pd.DataFrame, path: str | Path) -> None:
    """Write a table as Parquet atomically."""
    _write_atomic(path, lambda tmp: df.to_parquet(tmp, index=False))


def write_arrow_atomic(table: Any, path: str | Path, clean: bool = True) -> None:
    """Write a ``pyarrow.Table`` as Parquet atomically (no pandas conversion on the way)."""
    import pyarrow.parquet as pq

    _write_atomic(path, lambda tmp: pq.write_table(table, tmp), clean=clean)


def write_table(df: pd.DataFrame, path: str | Path) -> None:
    """A table to ``path``: Parquet for ``.parquet``, UTF-8 CSV otherwise; atomically either way."""
    if Path(path).suffix.lower() == ".parquet":
        write_parquet_atomic(df, path)
    else:
        write_csv_atomic(df, path)
