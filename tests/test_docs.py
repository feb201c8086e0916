"""Docs stay honest: every tie type and every command is documented."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cercle.cli import cli
from cercle.model import load_model

ROOT = Path(__file__).resolve().parent.parent


def test_every_tie_type_is_in_the_ontology_doc():
    doc = (ROOT / "docs" / "ontology.md").read_text("utf-8")
    for t in load_model().relations.values():
        assert f"`{t.name}`" in doc and t.ftm_schema in doc


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    for name, cmd in cli.commands.items():
        out = runner.invoke(cli, [name, "--help"])
        assert out.exit_code == 0, name
        assert "Example" in out.output, f"cercle {name} --help has no example"


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in cli.commands:
        assert f"cercle {name}" in readme, f"README does not mention cercle {name}"


def test_ontology_file_is_validated():
    import pytest
    import yaml

    from cercle.errors import InvalidModel
    from cercle.model import validate_model

    raw = yaml.safe_load((ROOT / "src/cercle/schema/relations.yaml").read_text("utf-8"))
    assert len(validate_model(raw).relations) == 18
    raw["relations"]["OWNS"]["family"] = "nonsense"
    with pytest.raises(InvalidModel):
        validate_model(raw)
