"""(s28-politics28) Ties between people and political bodies.

- "X entretient de bonnes relations avec Y", "Y, avec qui X entretenait des relations glaciales": keeping up
  relations with someone is no meeting. On a verb of keeping (entretenir, cultiver, garder, conserver, nouer)
  whose object is a relations noun (relations, rapports, liens), the "avec" party is dropped from the verb's
  slots (meets.verb read it as a meeting); the relations' adjective says the tie: a friendly one (bon,
  excellent, étroit …) makes the subject and the "avec" party allies, a hostile one (tendu, glacial …)
  opponents (slots "kept_owner", "kept_friend" / "kept_foe"; rules ally.kept_relations, opposes.kept_relations).
  The parser hangs "avec Y" on the verb, not on the noun, so ally.close_ties (an adjective trigger reading the
  noun's own "avec") does not see it.
- "Élu président du conseil départemental de Y en 2015, il …", "Membre du bureau exécutif de Y, elle …": a title
  opening the sentence (after a participle of election or appointment at most), closed by a comma, describes the
  subject pronoun right after the comma (slot "head"); with a name there the nearest-names reading finds it.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import PERSON_TITLES, _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_KEEPING_VERBS = frozenset({"entretenir", "cultiver", "garder", "conserver", "nouer", "tisser"})
_RELATION_NOUNS = frozenset({"relation", "relations", "rapport", "rapports", "lien", "liens"})
_FRIENDLY = frozenset({"bon", "bonne", "bons", "bonnes", "excellent", "excellente", "excellents", "excellentes",
                       "étroit", "étroite", "étroits", "étroites", "privilégié", "privilégiée", "privilégiés",
                       "privilégiées", "cordial", "cordiale", "cordiaux", "cordiales", "amical", "amicale",
                       "amicaux", "amicales", "fraternel", "fraternelle", "fraternels", "fraternelles",
                       "chaleureux", "chaleureuse", "chaleureuses", "solide", "solides"})
_HOSTILE = frozenset({"tendu", "tendue", "tendus", "tendues", "exécrable", "exécrables", "glacial", "glaciale",
                      "glaciales", "glaciaux", "conflictuel", "conflictuelle", "conflictuels", "conflictuelles",
                      "houleux", "houleuse", "houleuses", "orageux", "orageuse", "orageuses", "détestable",
                      "détestables", "mauvais", "mauvaise", "mauvaises", "difficile", "difficiles"})


def _relative_antecedent(pron, index: EntityIndex) -> list[tuple[str, int]]:
    """", avec qui …": the name right before the comma that opens the relative (the parser may hang the clause
    on the main verb, away from its antecedent)."""
    doc = pron.doc
    if pron.pos_ != "PRON" or pron.lower_ not in ("qui", "lequel", "laquelle", "lesquels", "lesquelles") \
            or pron.i < 3 or doc[pron.i - 1].lower_ != "avec" or doc[pron.i - 2].text != ",":
        return []
    name = index.entity_at(pron.i - 3)
    return [(name, pron.i - 3)] if name is not None and index.kinds.get(pron.i - 3) == "name" else []


@acts_on(lambda w: w.verbal and (w.lemma in _KEEPING_VERBS or w.lem in _KEEPING_VERBS))
def kept_relations(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X entretient de bonnes relations avec Y": no meeting; allies (or opponents) by the adjective."""
    if not verbal or (lemma_of(t) not in _KEEPING_VERBS and t.lemma_.lower() not in _KEEPING_VERBS):
        return
    nouns = [c for c in t.children if c.dep_ in ("obj", "obl:arg") and c.pos_ == "NOUN"
             and c.lemma_.lower() in _RELATION_NOUNS and case_of(c) in (None, "de", "des", "d'", "d’")]
    if not nouns:
        return
    noun = nouns[0]
    # the other party: an "avec" phrase on the verb or on the noun
    others = [x for c in list(t.children) + list(noun.children) if case_of(c) == "avec"
              for x in entities_at(c, index) or _relative_antecedent(c, index)]
    out.pop("prep:avec", None)   # (keeping up relations is no meeting)
    out["_no_linear"] = []
    if not others:
        return
    adjectives = {a.lower_ for a in noun.children if a.dep_ == "amod"}
    slot = "kept_friend" if adjectives & _FRIENDLY else "kept_foe" if adjectives & _HOSTILE else None
    if slot is None or any(c.dep_ == "advmod" and c.lower_ in ("ne", "n'", "plus", "jamais") for c in t.children):
        return
    owner = [x for x in _subject_of(t, index) if x[0] not in {n for n, _ in others}]
    if owner:
        out.put("kept_owner", owner[:1])
        out.put(slot, others)


_FRONT_PARTICIPLES = frozenset({"élu", "élue", "réélu", "réélue", "nommé", "nommée", "devenu", "devenue",
                                "désigné", "désignée", "ancien", "ancienne", "jeune", "actuel", "actuelle"})
_FRONT_TITLES = frozenset(PERSON_TITLES) | {"membre", "vice-président", "vice-présidente", "secrétaire",
                                           "trésorier", "trésorière", "porte-parole", "conseiller", "conseillère",
                                           "cofondateur", "cofondatrice", "fondateur", "fondatrice"}


@acts_on(lambda w: not w.verbal and w.pos == "NOUN" and w.lower in _FRONT_TITLES)
def fronted_title_pronoun(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Élu président de Y en 2015, il …": the subject pronoun after the fronted title's comma (slot "head")."""
    if verbal or t.pos_ != "NOUN" or t.lower_ not in _FRONT_TITLES or out.get("head"):
        return
    doc, start = t.doc, t.sent.start
    if any(doc[j].pos_ != "DET" and doc[j].lower_ not in _FRONT_PARTICIPLES for j in range(start, t.i)):
        return
    end = min(t.sent.end, t.i + 16)
    comma = next((j for j in range(t.i + 1, end) if doc[j].text in (",", ";", ":", "(", "«")), None)
    if comma is None or doc[comma].text != "," or comma + 1 >= t.sent.end:
        return
    if any(doc[j].pos_ in ("VERB", "AUX", "PRON", "SCONJ") for j in range(t.i + 1, comma)):
        return   # (a clause of its own before the comma: no bare title)
    p = doc[comma + 1]
    if p.lower_ not in ("il", "elle") or p.dep_ not in ("nsubj", "nsubj:pass") or index.kinds.get(p.i) != "pronoun":
        return
    name = index.entity_at(p.i)
    if name is not None and index.type_of(name) == "PER":
        out.put("head", [(name, p.i)])


POLITICS28_READERS = Readers(kept_relations, fronted_title_pronoun)
