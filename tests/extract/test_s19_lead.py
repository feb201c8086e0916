"""(s19-lead) Attributes read by the nineteenth session's lead, on invented sentences."""
from __future__ import annotations

import importlib

from cercle.pipeline import process
from cercle.records import Article

LITOTES = importlib.import_module("tests.extract.cases_s19-lead").LITOTES


def test_a_rivalry_not_erased_is_no_negation(nlp):
    result = process(Article(id="t", text=LITOTES, path="t.txt"), nlp)
    ties = [r for r in result.relations if r.type == "OPPOSES"]
    assert ties and not any(r.negated for r in ties)


def test_a_plain_negation_still_negates(nlp):
    text = "Le groupe Vortelis n'a pas investi dans la société Brenvis, contrairement aux rumeurs."
    result = process(Article(id="t", text=text, path="t.txt"), nlp)
    ties = [r for r in result.relations if r.type in ("INVESTS_IN", "OWNS")]
    assert ties and all(r.negated for r in ties)


def test_a_pair_dropped_for_its_object_does_not_retype_its_subject(nlp):
    """"Son grand rival, Y": opposes.rival_of (subjects PER or GOV) drops the pair of two companies, and
    must not leave the weakly typed company Y typed as a state."""
    text = ("Le constructeur américain Aerolis a remporté la commande indienne. Son grand rival, Skyward, a "
            "dénoncé un appel d'offres biaisé et accuse Aerolis de dumping.")
    result = process(Article(id="t", text=text, path="t.txt"), nlp)
    types = {e.name: e.type for e in result.entities}
    assert types.get("Skyward") == "ORG"


def test_participle_beside_a_name_keeps_its_tie_under_a_negated_clause(nlp):
    """(s20) "X, devenu actionnaire de Y, n'aurait pas été consulté": the main clause's negation is about
    being consulted, not about the stake. The parse the model gives such a sentence with some names (the
    participle an "acl" of the name, the name the main verb's subject), built by hand so the test does not
    hang on the model's mood."""
    from spacy.tokens import Doc
    from cercle.extract.status import is_negated

    words = ["Le", "KIA", ",", "devenu", "actionnaire", "d'", "Orvex", ",", "n'", "aurait", "pas", "été", "consulté", "."]
    heads = [1, 12, 1, 1, 3, 6, 4, 12, 12, 12, 12, 12, 12, 12]
    deps = ["det", "nsubj:pass", "punct", "acl", "xcomp", "case", "nmod", "punct", "advmod", "aux:tense", "advmod",
            "aux:pass", "ROOT", "punct"]
    pos = ["DET", "PROPN", "PUNCT", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "ADV", "AUX", "ADV", "AUX", "VERB", "PUNCT"]
    lemmas = ["le", "KIA", ",", "devenir", "actionnaire", "de", "Orvex", ",", "ne", "avoir", "pas", "être", "consulter", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * 13)
    assert not is_negated(doc[0:14], doc[4])        # the stake stands
    assert is_negated(doc[0:14], doc[12])           # being consulted is what the clause denies


def test_a_conflict_not_ended_goes_on(nlp):
    """(s20) "le bras de fer entre A et B n'est pas terminé": a litotes of ending, the conflict holds."""
    res = process(Article(id="t", text="Le bras de fer entre Kestrel et Marc Dolan n'est pas terminé.", path="t.txt"), nlp)
    ties = [r for r in res.relations if r.type == "OPPOSES"]
    assert ties and not any(r.negated for r in ties)
    res = process(Article(id="t", text="Le groupe Kestrel n'a finalement pas racheté la société Lumio.", path="t.txt"),
                  nlp)
    ties = [r for r in res.relations if r.type == "ACQUIRES"]
    assert ties and all(r.negated for r in ties)   # a plain negation still negates
