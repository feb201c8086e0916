"""Every format from a real Store built from hand-made DocumentResults (team-written French)."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from cercle.cli import cli
from cercle.export import export
from cercle.records import Amount, CleanArticle, DocEntity, DocumentResult, Relation, Sentence

from .test_ftm import validate_lines

Store = pytest.importorskip("cercle.store").Store

ACTORS = {"Holding Castellane": "ORG", "Groupe Vautrin": "ORG", "Hélène Marchand": "PER",
          "Banque Sarrazin": "ORG", "Paul Marchand": "PER", "Ministère de l'Économie": "GOV"}


def document(id, sentences, ties, url, source, date, flags=()):
    """An article made of ``sentences``; ``ties`` = (type, subject, object, sentence index, extras)."""
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append(Sentence(pos, pos + len(s), s))
        pos += len(s) + 1
    relations = []
    for type_, subj, obj, idx, extra in ties:
        sent = spans[idx]
        relations.append(Relation(type_, subj, obj, sent.text, sent.start, sent.end, rule="test",
                                  confidence=0.8, **extra))
    names = {n for _, s, o, _, _ in ties for n in (s, o)}
    entities = [DocEntity(n, ACTORS[n]) for n in sorted(names)]
    article = CleanArticle(id=id, text=text, path=f"{id}.txt", title=f"Article {id}", url=url,
                           date=date, source=source, flags=list(flags))
    return DocumentResult(article, spans, entities, [], relations)


DOCS = [
    document("a1", ["Holding Castellane a déposé une offre de 3,2 milliards d'euros pour racheter Groupe Vautrin.",
                    "Hélène Marchand, PDG de Groupe Vautrin, a reçu l'offre lundi."],
             [("BIDS_FOR", "Holding Castellane", "Groupe Vautrin", 0,
               {"amount": Amount("3,2 milliards d'euros", 3.2e9, "EUR"), "status": "proposed"}),
              ("LEADS", "Hélène Marchand", "Groupe Vautrin", 1, {"role": "PDG"})],
             "https://gazette.example/offre", "La Gazette du Rhône", "2024-01-05"),
    document("a2", ["Le conseil de Groupe Vautrin a rejeté l'offre de Holding Castellane.",
                    "Banque Sarrazin détient 12,5 % de Holding Castellane, selon un proche du dossier."],
             [("BIDS_FOR", "Holding Castellane", "Groupe Vautrin", 0, {"status": "rejected"}),
              ("OWNS", "Banque Sarrazin", "Holding Castellane", 1,
               {"share": 12.5, "attribution": "selon un proche du dossier"})],
             "https://courrier.example/rejet", "Le Courrier de l'Ouest", "2024-02-20",
             flags=["ai_assistant_leftover"]),
    document("a3", ["Ministère de l'Économie a versé 300 millions d'euros à Groupe Vautrin.",
                    "Paul Marchand, frère d'Hélène Marchand, n'a jamais dirigé Banque Sarrazin."],
             [("FUNDS", "Ministère de l'Économie", "Groupe Vautrin", 0,
               {"amount": Amount("300 millions d'euros", 3e8, "EUR")}),
              ("FAMILY", "Paul Marchand", "Hélène Marchand", 1, {"role": "frère"}),
              ("LEADS", "Paul Marchand", "Banque Sarrazin", 1, {"negated": True})],
             "https://echo.example/bercy", "L'Écho des Flandres", "2024-03-01"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "cercle.db"
    store = Store(str(path))
    for doc in DOCS:
        assert store.add_document(doc)
    store.close()
    return str(path)


@pytest.fixture
def store(db):
    s = Store(db)
    yield s
    s.close()


def counts(store):
    entities = list(store.iter_entities())
    ties = list(store.iter_ties())
    return entities, [t for t in ties if not t["negated"]], ties


def test_the_store_holds_what_the_articles_say(store):
    entities, positive, ties = counts(store)
    assert {e["name"] for e in entities} >= set(ACTORS)
    assert len(ties) == 6 and len(positive) == 5           # the bid stated twice is one tie
    bid = next(t for t in ties if t["type"] == "BIDS_FOR")
    assert len(bid["evidence"]) == 2


def test_ftm_from_a_real_store(store):
    entities, positive, _ = counts(store)
    out = io.StringIO()
    export(store, "ftm", out)
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    proxies = validate_lines(lines)
    assert len(proxies) == len(entities) + len(positive)
    bid = next(d for d in lines if d["properties"].get("role") == ["bid"])
    assert bid["properties"]["sourceUrl"] == ["https://gazette.example/offre", "https://courrier.example/rejet"]
    assert any("ai_assistant_leftover" in d for d in bid["properties"]["description"])
    owns = next(d for d in lines if d["schema"] == "Ownership")
    assert owns["properties"]["percentage"] == ["12.5"]


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_graphs_from_a_real_store(store, fmt):
    entities, positive, _ = counts(store)
    out = io.StringIO()
    export(store, fmt, out)
    reader = nx.read_gexf if fmt == "gexf" else nx.read_graphml
    graph = reader(io.BytesIO(out.getvalue().encode("utf-8")))
    assert graph.number_of_nodes() == len(entities) and graph.number_of_edges() == len(positive)
    bid = next(d for _, _, d in graph.edges(data=True) if d["tie_type"] == "BIDS_FOR")
    assert bid["sources"] == 2 and bid["evidence_count"] == 2 and bid["family"] == "capital"
    assert bid["flags"] == "ai_assistant_leftover"
    assert bid["first_seen"] == "2024-01-05" and bid["last_seen"] == "2024-02-20"


def test_csv_jsonl_and_neo4j_from_a_real_store(store, tmp_path):
    entities, positive, ties = counts(store)
    out = io.StringIO()
    export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == len(positive)
    owns = next(r for r in rows if r["type"] == "OWNS")
    assert (owns["subject"], owns["object"], owns["subject_type"]) == ("Banque Sarrazin", "Holding Castellane", "ORG")
    assert owns["evidence_attribution"] == "selon un proche du dossier"
    assert owns["evidence_url"] == "https://courrier.example/rejet"

    out = io.StringIO()
    export(store, "jsonl", out, include_negated=True)
    objects = [json.loads(x) for x in out.getvalue().splitlines()]
    assert sum(o["kind"] == "tie" for o in objects) == len(ties)
    assert any(o.get("negated") for o in objects)

    export(store, "neo4j", str(tmp_path / "neo"))
    with open(tmp_path / "neo" / "nodes.csv", encoding="utf-8") as f:
        node_ids = {r["id:ID"] for r in csv.DictReader(f)}
    with open(tmp_path / "neo" / "relationships.csv", encoding="utf-8") as f:
        rels = list(csv.DictReader(f))
    assert len(node_ids) == len(entities) and len(rels) == len(positive)
    assert all(r[":START_ID"] in node_ids and r[":END_ID"] in node_ids for r in rels)


def test_cli_on_a_real_store(db, tmp_path):
    runner = CliRunner()
    for fmt in ("ftm", "gexf", "graphml", "csv", "jsonl"):
        out = tmp_path / f"carte.{fmt}"
        result = runner.invoke(cli, ["export", "--format", fmt, "--db", db, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    result = runner.invoke(cli, ["export", "-f", "neo4j", "--db", db, "-o", str(tmp_path / "neo")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["export", "-f", "jsonl", "--db", db, "--min-sources", "2"])
    ties = [json.loads(x) for x in result.stdout.splitlines() if '"kind": "tie"' in x]
    assert [t["type"] for t in ties] == ["BIDS_FOR"]


def test_followthemoney_cli_accepts_the_file(db, tmp_path):
    """`ftm validate` (followthemoney's own tool) re-cleans every value: nothing may change."""
    path = tmp_path / "carte.ftm.json"
    CliRunner().invoke(cli, ["export", "-f", "ftm", "--db", db, "-o", str(path)])
    from followthemoney.cli.cli import cli as ftm_cli

    checked = tmp_path / "checked.ftm.json"
    result = CliRunner().invoke(ftm_cli, ["validate", "-i", str(path), "-o", str(checked)])
    assert result.exit_code == 0, result.output
    ours = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    theirs = [json.loads(x) for x in checked.read_text(encoding="utf-8").splitlines()]
    assert len(ours) > 5
    assert [(d["id"], d["schema"], d["properties"]) for d in theirs] == \
           [(d["id"], d["schema"], d["properties"]) for d in ours]


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("ceci n'est pas une base SQLite\n" * 50, encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", "-f", "csv", "--db", str(bogus)])
    assert result.exit_code == 1
    assert "cannot open the store" in result.output and "Traceback" not in result.output
    assert bogus.read_text(encoding="utf-8").startswith("ceci n'est pas")   # untouched
