"""`cercle clean`: text, JSON, JSON lines, skips on stderr, exit status."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cercle.cli import cli

DIRTY = Path(__file__).resolve().parent.parent / "fixtures" / "dirty"


def run(*args):
    return CliRunner().invoke(cli, ["clean", *map(str, args)])


def test_help_has_an_example():
    result = run("--help")
    assert result.exit_code == 0 and "Example:" in result.output and "cercle clean" in result.output


def test_prints_the_cleaned_text():
    result = run(DIRTY / "combo.md")
    assert result.exit_code == 0
    assert result.stdout.startswith("Le conseil d'administration de Brivane a rejeté")
    assert "Kestrel Partners | Actionnaire de sa holding\n" in result.stdout
    assert "Laisser un commentaire" not in result.stdout


def test_json_for_one_article():
    result = run(DIRTY / "combo.md", "--json")
    d = json.loads(result.stdout)
    assert set(d) == {"id", "path", "lang", "title", "flags", "text", "removed", "blocks"}
    assert d["flags"] == ["ai_assistant_leftover"] and d["id"] == "combo"
    assert all(set(r) == {"start", "end", "text", "reason"} for r in d["removed"])


def test_json_lines_for_a_folder_and_skips_on_stderr(tmp_path):
    (tmp_path / "a.txt").write_text((DIRTY / "web_leftovers.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "b.md").write_text((DIRTY / "structure.md").read_text("utf-8"), "utf-8")
    (tmp_path / "c.json").write_text("{oops", "utf-8")
    result = run(tmp_path, "--json")
    assert result.exit_code == 0
    lines = result.stdout.strip().split("\n")
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]
    assert "skipped" in result.stderr and "bad_json" in result.stderr


def test_nothing_cleaned_exits_1(tmp_path):
    (tmp_path / "e.txt").write_text("", "utf-8")
    result = run(tmp_path / "e.txt")
    assert result.exit_code == 1 and "empty" in result.stderr


def test_non_french_is_noted(tmp_path):
    result = run(DIRTY / "english.txt", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["lang"] == "en"
    assert "not French" in result.stderr
