"""Writing outputs atomically: a reader never sees a half-written file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd


def write_text_atomic(path: str | Path, content: str) -> None:
    """Write ``content`` to ``path`` via a temporary file in the same folder and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary readable files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def frame_to_csv(df: pd.DataFrame) -> str:
    """A table as UTF-8 CSV text; exact Decimal values print in plain notation (no exponent)."""
    return df.to_csv(index=False, lineterminator="\n")


def write_csv_atomic(df: pd.DataFrame, path: str | Path) -> None:
    write_text_atomic(path, frame_to_csv(df))


def write_parquet_atomic(df: pd.DataFrame, path: str | Path) -> None:
    """Write a table as Parquet via a temporary file and a rename (exact values kept as decimals)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        df.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_table(df: pd.DataFrame, path: str | Path) -> None:
    """A table to ``path``: Parquet for ``.parquet``, UTF-8 CSV otherwise; atomically either way."""
    if Path(path).suffix.lower() == ".parquet":
        write_parquet_atomic(df, path)
    else:
        write_csv_atomic(df, path)
