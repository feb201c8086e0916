"""`cercle extract` (ties as JSON lines, no store) and `cercle eval` (score against gold files)."""
from __future__ import annotations

import json

import click

from .common import echo_json, floor_option, json_option, learned_pairs_option, quiet_broken_pipe


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one object per document per line; json: one indented array.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop ties whose confidence is below this. The confidence is calibrated: 0.8 keeps ties that "
                   "were right about 4 times in 5 on unseen real press (docs/confidence.md).")
@learned_pairs_option
@floor_option
def extract(paths, fmt, min_confidence):
    """Extract entities and ties from articles, without a store.

    Prints one JSON object per input document (see docs/ontology.md):
    {"id", "path", "lang", "flags", "entities": [...], "relations": [...]}.
    Skipped inputs go to stderr with their reason.

    \b
    Example:
        cercle extract ../shared/corpus/dev-0001.json
        cercle extract articles/ --min-confidence 0.8 > surer-ties.jsonl
        cercle extract articles/ --learned-pairs 0.8 > more-ties.jsonl
    """
    from ..nlp import get_nlp
    from ..pipeline import process_many
    from ..read import iter_articles
    from ..records import Skipped, confident

    nlp = get_nlp()
    out = []
    for res in process_many(iter_articles(paths), nlp):
        if isinstance(res, Skipped):
            click.echo(f"skipped {res.path}: {res.reason}: {res.message}", err=True)
            continue
        d = res.to_dict()
        d["relations"] = confident(d["relations"], min_confidence)
        if fmt == "jsonl":
            try:
                click.echo(json.dumps(d, ensure_ascii=False))
            except BrokenPipeError:
                quiet_broken_pipe()
        else:
            out.append(d)
    if fmt == "json":
        echo_json(out)


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@json_option
@click.option("--errors", is_flag=True, help="Also list every false and missed tie, per document.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Score only the ties at or above this confidence (what `cercle extract --min-confidence` keeps).")
@learned_pairs_option
@floor_option
def eval_cmd(gold_dir, as_json, errors, min_confidence):
    """Score extraction against gold files (ONTOLOGY.md scoring).

    Strict and family-relaxed precision/recall/F1 over ties (micro, all
    documents), the same per type, and entity precision/recall over (name, type).

    \b
    Example:
        cercle eval ../shared/corpus
        cercle eval ../shared/corpus --json > scores.json
        cercle eval ../shared/corpus --min-confidence 0.6
        cercle eval ../shared/corpus --learned-pairs 0.9
    """
    from rich.console import Console
    from rich.table import Table

    from ..evaluate import evaluate_dir

    result = evaluate_dir(gold_dir, min_confidence=min_confidence)
    if as_json:
        if not errors:
            result = {k: v for k, v in result.items() if k != "per_document"}
        echo_json(result)
        return
    console = Console()
    for f in result["failed"]:
        Console(stderr=True).print(f"[red]not scored[/] {f['id']}: {f['message']} (counted as no ties)",
                                   markup=True, highlight=False)
    at = f", ties of confidence ≥ {min_confidence:g}" if min_confidence > 0 else ""
    at += f", floor {result['floor']:g}" if result.get("floor") else ", no floor"
    summary = Table(title=f"cercle eval — {result['documents']} documents{at}")
    for col in ("score", "P", "R", "F1", "tp", "fp", "fn"):
        summary.add_column(col, justify="right" if col != "score" else "left")
    for name in ("strict", "relaxed", "entities"):
        s = result[name]
        summary.add_row(name, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                        str(s["tp"]), str(s["fp"]), str(s["fn"]))
    console.print(summary)
    per = Table(title="strict, per type")
    for col in ("type", "P", "R", "F1", "tp", "fp", "fn"):
        per.add_column(col, justify="right" if col != "type" else "left")
    for t, s in result["by_type"].items():
        per.add_row(t, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                    str(s["tp"]), str(s["fp"]), str(s["fn"]))
    console.print(per)
    if errors:
        for d in result["per_document"]:
            for r in d["false_ties"]:
                console.print(f"[red]FP[/] {d['id']} {r['type']}({r['subject']} → {r['object']}) "
                              f"[{r.get('rule')}] {r['evidence'][:160]!r}", markup=True, highlight=False)
            for r in d["missed_ties"]:
                console.print(f"[yellow]FN[/] {d['id']} {r['type']}({r['subject']} → {r['object']}) "
                              f"{r.get('evidence', '')[:160]!r}", markup=True, highlight=False)


def register(cli) -> None:
    cli.add_command(extract)
    cli.add_command(eval_cmd)
