"""`cercle export`: options, outputs, errors (the store is the fake one, patched in)."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cercle.cli import cli
from cercle.cli import export_cmd

from .fake_store import ENTITIES, POSITIVE_TIES, FakeStore


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.setattr(export_cmd, "open_store", lambda db: FakeStore())
    return CliRunner()


def test_help_has_an_example():
    result = CliRunner().invoke(cli, ["export", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "cercle export --format" in result.output
    for fmt in ("ftm", "gexf", "graphml", "neo4j", "csv", "jsonl"):
        assert fmt in result.output


def test_missing_store_is_a_clear_error(tmp_path):
    db = tmp_path / "absent.db"
    result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--db", str(db)])
    assert result.exit_code == 1
    assert "no cercle store" in result.output and "cercle ingest" in result.output
    assert not db.exists()                       # the check must not create an empty store


def test_line_format_defaults_to_stdout(runner):
    result = runner.invoke(cli, ["export", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == len(ENTITIES) + len(POSITIVE_TIES)
    assert f"{len(ENTITIES)} entities and {len(POSITIVE_TIES)} ties" in result.stderr


def test_output_file_and_filters(runner, tmp_path):
    out = tmp_path / "liens.csv"
    result = runner.invoke(cli, ["export", "-f", "csv", "-o", str(out), "--family", "capital",
                                 "--family", "conflict", "--min-sources", "2"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted(r["id"] for r in rows) == ["t-bid", "t-funds", "t-sues"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".cercle-export-")]  # temp file renamed


def test_graph_format_defaults_to_a_file(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["export", "--format", "gexf"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "cercle.gexf").read_text(encoding="utf-8").startswith("<?xml")
    result = runner.invoke(cli, ["export", "--format", "graphml", "-o", "-"])
    assert "<graphml" in result.stdout


def test_neo4j_needs_a_directory(runner, tmp_path):
    result = runner.invoke(cli, ["export", "--format", "neo4j"])
    assert result.exit_code == 2 and "-o DIR" in result.output
    result = runner.invoke(cli, ["export", "--format", "neo4j", "-o", str(tmp_path / "neo")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "neo" / "import.cypher").exists()
    assert "neo4j-admin database import full" in result.stderr


def test_bad_output_paths(runner, tmp_path):
    result = runner.invoke(cli, ["export", "-f", "csv", "-o", str(tmp_path)])
    assert result.exit_code == 2 and "is a directory" in result.output
    result = runner.invoke(cli, ["export", "-f", "csv", "-o", str(tmp_path / "absent" / "x.csv")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_bad_options(runner):
    assert runner.invoke(cli, ["export", "--format", "xlsx"]).exit_code == 2
    assert runner.invoke(cli, ["export", "-f", "csv", "--family", "finance"]).exit_code == 2
    assert runner.invoke(cli, ["export", "-f", "csv", "--min-sources", "0"]).exit_code == 2


def test_a_failed_export_leaves_no_file(monkeypatch, tmp_path):
    class Broken(FakeStore):
        def iter_ties(self):
            yield from super().iter_ties()
            raise RuntimeError("disk gone")

    monkeypatch.setattr(export_cmd, "open_store", lambda db: Broken())
    out = tmp_path / "carte.jsonl"
    result = CliRunner().invoke(cli, ["export", "-f", "jsonl", "-o", str(out)])
    assert result.exit_code != 0
    assert list(tmp_path.iterdir()) == []


SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from export.fake_store import FakeStore, ent
from cercle.cli import cli, export_cmd
big = [ent(f"e{{i}}", f"Société numéro {{i}}", "ORG", ["un alias assez long pour remplir le tuyau"]) for i in range(20000)]
export_cmd.open_store = lambda db: FakeStore(big, [])
cli(["export", "--format", "jsonl"], prog_name="cercle")
"""


def test_broken_pipe_is_quiet():
    tests_dir = str(Path(__file__).resolve().parent.parent)
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT.format(tests=tests_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()                      # like `| head -1`
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert json.loads(first)["kind"] == "entity"
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert proc.returncode == 1
