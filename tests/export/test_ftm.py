"""FollowTheMoney export: every line must load and validate with the followthemoney library."""
from __future__ import annotations

import io
import json

import pytest
from followthemoney import model
from followthemoney.util import make_entity_id

from cercle.export import export

from .fake_store import ENTITIES, POSITIVE_TIES, TIES, FakeStore


def run(store, **options):
    out = io.StringIO()
    counts = export(store, "ftm", out, **options)
    return counts, [json.loads(line) for line in out.getvalue().splitlines()]


def validate_lines(lines):
    """Load each line with followthemoney, re-clean every value and check the schema rules."""
    by_id = {}
    for data in lines:
        proxy = model.get_proxy(data, cleaned=False)     # re-parses and normalises every value
        proxy.schema.validate(data)                       # raises InvalidData on a bad value
        assert proxy.id == data["id"]
        assert set(data["properties"]) <= set(proxy.schema.properties), "unknown property dropped"
        assert proxy.to_dict()["properties"] == data["properties"], "a value did not survive re-cleaning"
        for required in proxy.schema.required:
            assert proxy.get(required), f"{proxy.schema.name} without {required}"
        by_id[proxy.id] = proxy
    for proxy in by_id.values():
        if proxy.schema.edge:
            for prop_name in (proxy.schema.edge_source, proxy.schema.edge_target):
                prop = proxy.schema.get(prop_name)
                (end_id,) = proxy.get(prop)
                assert end_id in by_id, "edge to an entity that is not exported"
                assert by_id[end_id].schema.is_a(prop.range), f"{proxy.schema.name}.{prop_name} range"
    return by_id


def find(lines, store_id):
    fid = make_entity_id("tie", store_id, key_prefix="cercle")
    (line,) = [d for d in lines if d["id"] == fid]
    return line


def test_every_line_is_valid_ftm(store):
    counts, lines = run(store)
    assert counts == {"format": "ftm", "entities": len(ENTITIES), "ties": len(POSITIVE_TIES)}
    proxies = validate_lines(lines)
    assert len(proxies) == len(ENTITIES) + len(POSITIVE_TIES)


def test_entity_schemata_follow_the_ontology(store):
    _, lines = run(store)
    schema_by_name = {d["properties"]["name"][0]: d["schema"] for d in lines if "name" in d["properties"]}
    assert schema_by_name["Hélène Marchand"] == "Person"
    assert schema_by_name["Groupe Vautrin"] == "Company"
    assert schema_by_name["Ministère de l'Économie"] == "PublicBody"
    assert schema_by_name["Forum de Lanvaux"] == "LegalEntity"
    person = [d for d in lines if d["properties"].get("name") == ["Hélène Marchand"]][0]
    assert person["properties"]["alias"] == ["Marchand"]
    assert person["properties"]["weakAlias"] == ["la présidente du directoire"]
    bank = [d for d in lines if d["properties"].get("name") == ["Banque Sarrazin"]][0]
    assert bank["properties"]["keywords"] == ["near_duplicate"]


def test_tie_schemata_roles_and_money(store):
    _, lines = run(store)
    leads = find(lines, "t-leads")
    assert leads["schema"] == "Directorship"
    assert leads["properties"]["role"] == ["PDG"]
    assert leads["properties"]["startDate"] == ["2021"]
    assert leads["properties"]["status"] == ["current"]

    bid = find(lines, "t-bid")
    assert bid["schema"] == "UnknownLink"
    assert bid["properties"]["role"] == ["bid"]
    assert bid["properties"]["status"] == ["rejected"]
    header = bid["properties"]["description"][0]
    assert "proposed (2024-01-05) → rejected (2024-02-20)" in header
    assert "3,2 milliards d'euros | 3 milliards d'euros" in header   # both amounts, side by side

    owns = find(lines, "t-owns")
    assert owns["schema"] == "Ownership" and owns["properties"]["percentage"] == ["12.5"]
    funds = find(lines, "t-funds")
    assert funds["schema"] == "Payment"
    assert funds["properties"]["amount"] == ["300000000"] and funds["properties"]["currency"] == ["EUR"]
    family = find(lines, "t-family")
    assert family["schema"] == "Family" and family["properties"]["relationship"] == ["frère"]


def test_ties_whose_ends_do_not_fit_become_unknown_links(store):
    _, lines = run(store)
    ally = find(lines, "t-ally")        # Associate needs two Persons; the bank is a Company
    assert ally["schema"] == "UnknownLink" and ally["properties"]["role"] == ["ally of"]
    forum = find(lines, "t-leads-forum")  # Directorship needs an Organization; OTHER is a LegalEntity
    assert forum["schema"] == "UnknownLink"
    assert forum["properties"]["role"] == ["leads", "président"]


def test_evidence_urls_publishers_and_quality_flags(store):
    _, lines = run(store)
    props = find(lines, "t-bid")["properties"]
    assert props["sourceUrl"] == ["https://exemple.fr/a1", "https://autre.fr/a2"]
    assert props["publisher"] == ["La Gazette du Rhône", "Le Courrier de l'Ouest"]
    evidence = props["description"][1:]
    assert len(evidence) == 2
    flagged = [d for d in evidence if "déposé une offre" in d][0]
    assert "ai_assistant_leftover" in flagged
    assert "selon Le Courrier" in [d for d in evidence if "rejeté" in d][0]
    # the best evidence (the summary) comes from the article without quality flags
    assert props["summary"] == ["Le conseil de Vautrin a rejeté l'offre de 3 milliards d'euros de Castellane."]


def test_negated_ties_only_on_request(store):
    _, lines = run(store)
    assert all(d["id"] != make_entity_id("tie", "t-denied", key_prefix="cercle") for d in lines)
    _, lines = run(store, include_negated=True)
    denied = find(lines, "t-denied")
    assert denied["schema"] == "UnknownLink" and denied["properties"]["role"] == ["not accuses"]
    validate_lines(lines)


def test_ids_are_deterministic(store):
    _, first = run(store)
    _, second = run(FakeStore(ENTITIES[::-1], TIES))
    assert {d["id"] for d in first} == {d["id"] for d in second}
    assert find(first, "t-bid") == find(second, "t-bid")


def test_the_validation_can_fail(store):
    """The checks above are not empty: a bad date or a missing edge end is refused."""
    _, lines = run(store)
    tie_line = find(lines, "t-leads")
    bad_date = json.loads(json.dumps(tie_line))
    bad_date["properties"]["startDate"] = ["le 3 mars"]
    with pytest.raises(Exception):
        model.get(bad_date["schema"]).validate(bad_date)
    no_end = json.loads(json.dumps(tie_line))
    del no_end["properties"]["director"]
    with pytest.raises(AssertionError):
        validate_lines([d for d in lines if d["id"] != tie_line["id"]] + [no_end])
