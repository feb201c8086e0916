"""The ingest report (``cercle ingest --report report.json``), written as the run goes.

Skipped inputs are appended one by one to a temporary file and the summary is added
at the end, so a run over millions of inputs does not keep them in memory; the file
is renamed into place at the end, so a report is either complete or absent.

Shape (see docs/ingest.md)::

    {"skipped": [{"path", "id", "reason", "message"}, ...],
     "run_id", "db", "engine", "workers", "paths", "started", "finished", "seconds",
     "counts": {"read", "stored", "already_present", "skipped", "entities", "ties"},
     "skipped_by_reason": {"empty": 2, ...},
     "store": {"articles", "entities", "ties", "evidence", "skipped"},
     "exit_code": 0 | 3}
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..records import Skipped


class ReportWriter:
    """Streams skipped inputs to ``path`` (JSON); ``finish(summary)`` closes the object."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.tmp = self.path.with_name(self.path.name + ".part")
        self._f = open(self.tmp, "w", encoding="utf-8")
        self._f.write('{"skipped": [')
        self._n = 0

    def add(self, skipped: Skipped) -> None:
        row = {"path": skipped.path, "id": skipped.id, "reason": skipped.reason,
               "message": skipped.message}
        self._f.write(("," if self._n else "") + "\n  " + json.dumps(row, ensure_ascii=False))
        self._n += 1

    def finish(self, summary: dict[str, Any]) -> None:
        self._f.write("\n]")
        for key, value in summary.items():
            if key != "skipped":
                self._f.write(f",\n{json.dumps(key)}: " + json.dumps(value, ensure_ascii=False,
                                                                      default=str))
        self._f.write("\n}\n")
        self._f.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        """Drop the partial file (the run failed before its summary)."""
        if not self._f.closed:
            self._f.close()
        self.tmp.unlink(missing_ok=True)
