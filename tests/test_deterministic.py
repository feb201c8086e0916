"""`cercle extract` run twice on the same file prints the same thing, whatever the hash seed.

Python draws a new string hash seed per process, so a set of strings iterates in another order from one
run to the next: wherever such an order reaches the output (the order of ties, entities, aliases, which of
two rules names a tie), two runs differ. This runs the extraction in two processes with different
PYTHONHASHSEED values on a few invented texts and compares their output byte for byte.

(On the code before s33-order33, "l'offre de A et B, deux filiales de C, et de D" gave C's two OWNS ties in
an order the seed drew: the rules of "filiales" and of its lemma "filiale" were looked up through a set; and
"A et B ont fait appel de la sanction" gave the two SUES ties in the order of a set of names.)
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cercle

TEXTS = {
    # several subsidiaries of one owner, then a second owner after a comma (the order once swapped)
    "filiales-offre": (
        "Le conseil municipal de Lyon a retenu mardi l'offre de Norvalis et Terravent, deux filiales de "
        "Groupe Castelmont, et de Sodilec, a-t-on appris auprès de la mairie."),
    "filiales-cite": (
        "\"La commission a choisi l'offre de Brimex et Calorys, deux filiales de Vendrel, et de Ostrane\", "
        "a indiqué la préfecture."),
    "filiales-cede": (
        "Le groupe Maréval a cédé Orvane et Stelmo, deux filiales de Lentrix, et de Quintalis au fonds "
        "Arbelle Partners."),
    # two appellants of one sanction (their SUES ties once came out in an order the seed drew)
    "appel": (
        "La commission des sanctions de l'Autorité des marchés financiers a infligé mardi une amende de "
        "2 millions d'euros à Brimex et à Calorys. Brimex et Calorys ont fait appel de la sanction."),
    # a paragraph of several ties per sentence: posts, holdings, a purchase, a partnership
    "paragraphe": (
        "PARIS, 3 février 2025 (AFP) - Le groupe Maréval a racheté le fabricant de capteurs Ondelis pour "
        "45 millions d'euros, a annoncé lundi son PDG, Pierre Duvallon.\n\n"
        "Claire Santerre, directrice générale de Lentrix, et Hugo Berlant, associé du fonds Arbelle "
        "Partners, siègent au conseil d'administration de Maréval, qui détient 30 % de Lentrix et 12 % de "
        "Quintalis. Maréval et Lentrix ont noué un partenariat avec la société Vectora, filiale de "
        "Quintalis, et Arbelle Partners, actionnaire de Maréval et de Vectora, financera l'opération."),
}


def _run(paths: list[str], seed: str) -> subprocess.Popen:
    env = dict(os.environ)
    src = str(Path(cercle.__file__).resolve().parent.parent)   # (the code under test, wherever it is)
    env["PYTHONPATH"] = os.pathsep.join([src, env.get("PYTHONPATH", "")])
    env["PYTHONHASHSEED"] = seed
    return subprocess.Popen([sys.executable, "-m", "cercle", "extract", *paths], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_extract_output_does_not_depend_on_the_hash_seed(tmp_path):
    paths = []
    for name, text in TEXTS.items():
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps({"id": name, "lang": "fr", "text": text}, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    # (seeds 1 and 2 put "filiale" and "filiales", and the two appellants, in opposite orders: on the code
    # before, both swaps showed with them)
    procs = [_run(paths, seed) for seed in ("1", "2")]   # (both at once: one model load of wait)
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outs):
        assert p.returncode == 0, err.decode()
    first, second = (out.decode() for out, _ in outs)
    docs = [json.loads(line) for line in first.splitlines()]
    assert [d["id"] for d in docs] == list(TEXTS)
    owns = [(r["subject"], r["object"]) for r in docs[1]["relations"] if r["type"] == "OWNS"]
    assert len(owns) >= 2, docs[1]["relations"]   # (the ties whose order once swapped are there to compare)
    sues = [r for r in docs[3]["relations"] if r["type"] == "SUES"]
    assert len(sues) >= 2, docs[3]["relations"]
    assert first == second
