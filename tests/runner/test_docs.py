"""docs/ingest.md stays honest: every option, every skip reason the code can emit, every exit code."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

from cercle.cli.ingest_cmd import ingest_command

ROOT = Path(__file__).resolve().parents[2]
ingest_module = importlib.import_module("cercle.runner.ingest")  # the module, not the function
DOC = (ROOT / "docs" / "ingest.md").read_text("utf-8")


def test_every_ingest_option_is_documented():
    for param in ingest_command.params:
        for opt in param.opts:
            assert f"`{opt}" in DOC or param.name == "paths", opt


def test_every_skip_reason_in_the_code_is_documented():
    reasons = set()
    for path in (ROOT / "src" / "cercle").rglob("*.py"):
        code = path.read_text("utf-8")
        reasons |= set(re.findall(r'reason="([a-z_]+)"', code))
        reasons |= set(re.findall(r'Skipped\([^()]*?,\s*"([a-z_]+)",', code, re.S))
        reasons |= set(re.findall(r'yield Skipped\(str\(path\), "([a-z_]+)"', code))
    assert {"empty", "binary", "bad_json", "not_french", "worker_crashed"} <= reasons
    missing = sorted(r for r in reasons if f"`{r}`" not in DOC)
    assert missing == []


def test_exit_codes_are_documented():
    for name in ("EXIT_OK", "EXIT_ERROR", "EXIT_USAGE", "EXIT_SKIPPED", "EXIT_INTERRUPTED"):
        code = getattr(ingest_module, name)
        assert re.search(rf"^\| {code} \|", DOC, re.M), name
