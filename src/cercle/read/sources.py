"""Turn paths (files and folders) into a stream of Article records.

``iter_articles`` is a generator: folders are walked one directory at a time
in sorted order and each file is read only when its turn comes, so a big
folder is never held in memory. Bad input never raises out of the generator:
it yields ``Skipped(path, reason, message)`` with one of these reasons:

  empty          nothing but whitespace (or an HTML page without main text)
  binary         PDF, image, archive, NUL bytes…
  bad_encoding   neither UTF-8 nor a Western code page
  bad_json       malformed JSON; for JSON lines the message names the line
  no_text_field  a JSON article without a "text" string
  too_large      over ``max_bytes`` (a JSON-lines file: one line over it)
  unreadable     permission denied, file vanished mid-run, I/O error
  unsupported    an explicitly named file with an unknown extension
                 (inside folders such files are silently ignored)
  bad_parquet    a .parquet file that is not valid Parquet, or has no "text" column

Parquet files (columns ``text`` and optional ``title``, ``url``, ``date``, ``source``,
``id``, as in a JSON article) are streamed one row group at a time, in batches: memory
is bounded by a row group's size, whatever the file's.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import ReadError
from ..records import Article, Skipped
from .decode import decode_bytes, sniff_binary
from .formats import KNOWN_FIELDS, PARSERS, TEXT_FIELDS, parse_jsonl_line, record_to_article

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STREAMED = (".jsonl", ".ndjson", ".parquet")   # read as they go, never whole
SUFFIXES = frozenset(PARSERS) | set(STREAMED)


def iter_articles(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
                  ) -> Iterator[Article | Skipped]:
    """Articles (or Skipped records) from files and folders, in a stable order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, max_bytes)
        elif path.suffix.lower() in SUFFIXES:
            yield from _read_file(path, max_bytes)
        elif not path.exists():
            yield Skipped(str(path), "unreadable", "no such file or folder")
        else:
            known = ", ".join(sorted(SUFFIXES))
            yield Skipped(str(path), "unsupported",
                          f"unsupported file type {path.suffix or '(no extension)'!r}; "
                          f"cercle reads {known}")


def _walk(root: Path) -> Iterator[Path]:
    """Supported files under ``root``, sorted, hidden files and folders left out."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(dirpath) / name


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | Skipped]:
    suffix = path.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson"):
            yield from _read_jsonl(path, max_bytes)
            return
        if suffix == ".parquet":
            yield from _read_parquet(path, max_bytes)
            return
        data = read_bytes(path, max_bytes)
        if not data.strip():
            raise ReadError("empty file", reason="empty")
        decoded = decode_bytes(data)
        if not decoded.text.strip():
            raise ReadError("the file holds only whitespace", reason="empty")
        items = PARSERS[suffix](decoded.text, path, decoded.flags)
    except ReadError as exc:
        yield Skipped(str(path), exc.reason, str(exc))
        return
    except OSError as exc:  # an I/O error while streaming JSON lines
        yield Skipped(str(path), "unreadable", f"cannot read: {exc.strerror or exc}")
        return
    except Exception as exc:  # a parser bug must not end the whole run
        yield Skipped(str(path), "unreadable", f"unexpected error while reading: {exc!r}")
        return
    for item in items:
        if isinstance(item, Article) and not item.text.strip():
            yield Skipped(item.path, "empty", "the article's text is empty", item.id)
        else:
            yield item


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; ReadError(too_large|unreadable). Separate so tests can fake I/O errors."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"file is {size:,} bytes, over the limit of {max_bytes:,}",
                            reason="too_large")
        with open(path, "rb") as fh:
            return fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise ReadError("file vanished before it could be read", reason="unreadable") from exc
    except PermissionError as exc:
        raise ReadError("permission denied", reason="unreadable") from exc
    except IsADirectoryError as exc:
        raise ReadError("is a folder, not a file", reason="unreadable") from exc
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}", reason="unreadable") from exc


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | Skipped]:
    """Stream a JSON-lines file: one article per line; the size limit applies per line."""
    try:
        fh = open(path, "rb")
    except FileNotFoundError as exc:
        raise ReadError("file vanished before it could be read", reason="unreadable") from exc
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}", reason="unreadable") from exc
    ordinal = 0
    seen_any = False
    with fh:
        what = sniff_binary(fh.read(8192))
        if what:
            raise ReadError(f"not a text file: looks like {what}", reason="binary")
        fh.seek(0)
        for lineno, raw in enumerate(fh, 1):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            seen_any = True
            ordinal += 1
            where = f"{path.stem}-{ordinal}"
            if len(raw) > max_bytes:
                yield Skipped(str(path), "too_large",
                              f"line {lineno} is {len(raw):,} bytes, over the limit of {max_bytes:,}",
                              where)
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield Skipped(str(path), "bad_encoding", f"line {lineno} is not valid UTF-8", where)
                continue
            try:
                art = parse_jsonl_line(line, lineno, ordinal, path)
            except ReadError as exc:
                yield Skipped(str(path), exc.reason, str(exc), where)
                continue
            if not art.text.strip():
                yield Skipped(str(path), "empty", f"line {lineno}: the article's text is empty",
                              art.id)
            else:
                yield art
    if not seen_any:
        yield Skipped(str(path), "empty", "empty file")


PARQUET_BATCH = 256   # rows decoded at a time (within one row group)


def _read_parquet(path: Path, max_bytes: int) -> Iterator[Article | Skipped]:
    """Stream a Parquet file row group by row group; the size limit applies per article."""
    try:
        import pyarrow.parquet as pq
        from pyarrow import ArrowException
    except ImportError as exc:
        raise ReadError("reading Parquet needs pyarrow: pip install pyarrow", reason="unsupported") from exc
    try:
        pf = pq.ParquetFile(path)
    except FileNotFoundError as exc:
        raise ReadError("file vanished before it could be read", reason="unreadable") from exc
    except (ArrowException, OSError) as exc:
        raise ReadError(f"not a readable Parquet file: {exc}", reason="bad_parquet") from exc
    names = set(pf.schema_arrow.names)
    text_col = next((c for c in TEXT_FIELDS if c in names), None)
    if text_col is None:
        raise ReadError(f"no \"text\" column (columns: {', '.join(sorted(names)[:8]) or 'none'})",
                        reason="bad_parquet")
    columns = [c for c in (text_col, *sorted(KNOWN_FIELDS - set(TEXT_FIELDS))) if c in names]
    ordinal = 0
    try:
        for group in range(pf.num_row_groups):
            for batch in pf.iter_batches(batch_size=PARQUET_BATCH, row_groups=[group], columns=columns):
                for row in batch.to_pylist():
                    ordinal += 1
                    where = f"{path.stem}-{ordinal}"
                    text = row.get(text_col)
                    if isinstance(text, str) and len(text) > max_bytes:
                        yield Skipped(str(path), "too_large", f"row {ordinal}: text of {len(text):,} characters, "
                                      f"over the limit of {max_bytes:,}", where)
                        continue
                    row = {k: v for k, v in row.items() if v is not None}
                    try:
                        art = record_to_article(row, str(path), where, [])
                    except ReadError as exc:
                        yield Skipped(str(path), exc.reason, f"row {ordinal}: {exc}", where)
                        continue
                    if not art.text.strip():
                        yield Skipped(str(path), "empty", f"row {ordinal}: the article's text is empty", art.id)
                    else:
                        yield art
    except (ArrowException, OSError) as exc:
        yield Skipped(str(path), "bad_parquet", f"cannot read row {ordinal + 1} on: {exc}")
        return
    if ordinal == 0:
        yield Skipped(str(path), "empty", "no rows")
