"""(s26-relq26) Which noun a relative clause or a verb hangs on, after an apposed description.

"X, l'animateur vedette de Y, qui accuse Z", "X, la filiale immobilière de Y, que dirige Z": an apposition
closed by its comma is a parenthesis about X; the relative after it tells about X, not about the name in the
description's "de" complement (Y), on which the parser often hangs it. (read26: two passages, with "qui" and
with "que"; s25 interview25b found the same for "A, le patron de Y, que j'ai reçu".)

"S, contrôlée par N, la société personnelle de Z, détenait 50 % de W", "S, propriétaire de N, la marque créée
par son père, a racheté W": the last description of a chain of appositions describes the name right before its
comma (N, a complement inside an earlier apposition or participle); the parser takes it for the verb's subject
(or a conjunct of it) and the entity index rightly resolves it to N — the verb's subject is the name the chain
opens on, S (read26: two passages).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _FIRM_ACTS as _HOLDING_ACTS, lemma_of
from .found import Found
from .gate import Readers, acts_on

# what a firm does rather than its staff (arguments._FIRM_ACTS, and supplying)
_FIRM_ACTS = _HOLDING_ACTS | {"fournir", "approvisionner", "livrer", "exporter", "importer", "distribuer"}
_DE = frozenset({"de", "d'", "d’", "du", "des"})
_DESCRIPTION_REACH = 12   # words of the description between its two commas


def apposed_name(doc, comma: int, index: EntityIndex, loose: bool = False) -> tuple[str, int, int] | None:
    """The name a description set off by commas describes, for the comma at ``comma`` that closes it:
    "X, la filiale immobilière de Y," → (X, X's last token, the index of the comma that opens the
    description). The description is a determiner or a noun, then nouns, adjectives, names and "de" only
    (no verb: "X, filiale de Y présidée par Z, qui" is another reading, arguments._agent_relative_antecedent).
    None when the words before the comma are no such description."""
    start = doc[comma].sent.start
    k = comma - 1
    while k > start and comma - k <= _DESCRIPTION_REACH and doc[k].text != ",":
        w = doc[k]
        if loose and w.pos_ == "VERB" and "Part" in w.morph.get("VerbForm") and "Past" in w.morph.get("Tense"):
            k -= 1   # ("la marque créée par son père": a past participle, loose only)
            continue
        if w.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ") or w.is_punct and w.text not in ("-", "'", "’"):
            return None
        if w.pos_ == "ADP" and w.lower_ not in _DE and not (loose and w.lower_ in ("par", "à", "en")):
            return None
        k -= 1
    if k <= start or doc[k].text != "," or k + 1 >= comma:
        return None
    first = doc[k + 1]
    if not (first.pos_ == "DET" or first.pos_ == "NOUN" and first.is_lower) or index.kinds.get(k + 1) == "name":
        return None   # ("A, B, qui": a list of names, not a description)
    if not loose and not any(doc[j].lower_ in _DE for j in range(k + 2, comma)):
        return None   # (only a description with a complement puts another name before the relative)
    last = index.entity_at(comma - 1)
    if last is not None and index.kinds.get(comma - 1) == "name":
        j = comma - 1
        while j - 1 > k and index.entity_at(j - 1) == last:
            j -= 1
        while j - 1 > k and doc[j - 1].pos_ in ("DET", "ADJ", "NOUN") and doc[j - 1].is_lower:
            j -= 1   # ("de l'armateur normand Y")
        if doc[j - 1].lower_ not in _DE and not (loose and doc[j - 1].lower_ in ("par", "à", "en")):
            return None   # ("Au sein de Z, le député du Gard X, qui": the description ends on its own name)
    name = index.entity_at(k - 1)
    if name is None or index.kinds.get(k - 1) != "name":
        return None
    return name, k - 1, k


def _inside(x, lo: int, hi: int) -> bool:
    return isinstance(x[1], int) and lo < x[1] < hi


@acts_on(lambda w: w.verbal)
def apposed_relative_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "subj": "X, l'animateur vedette de Y, qui accuse Z" — X, not Y, when the subject found is a name
    inside the description closed by the comma before "qui"."""
    if not verbal or "subj" not in out:
        return
    qui = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ == "qui" and c.i < t.i), None)
    if qui is None or qui.i < 3 or t.doc[qui.i - 1].text != ",":
        return
    got = apposed_name(t.doc, qui.i - 1, index)
    if got is None:
        return
    name, at, opens = got
    subj = out["subj"]
    if not all(_inside(x, opens, qui.i) for x in subj) or any(x[0] == name for x in subj):
        return
    if any(index.type_of(x[0]) == "PER" for x in subj):
        return   # ("X, l'épouse de Y, qui a fondé Z", "X, fils de Y, qui …": kin and persons' complements may be meant)
    if index.type_of(name) == "PER" and lemma_of(t) in _FIRM_ACTS:
        return   # ("X, le directeur technique de Y, qui se fournissait auprès de Z": what a firm does is Y's)
    out["subj"] = [(name, at)]


_CLITICS = frozenset({"ne", "n'", "n’", "en", "y", "l'", "l’", "le", "la", "les", "lui", "leur", "se", "s'", "s’"})
_PREPOSITIONS = frozenset({"de", "d'", "d’", "du", "des", "par", "via"})


def _sentence_opener(doc, sent_start: int, index: EntityIndex) -> tuple[str, int, int] | None:
    """(name, its first token, its last token) of a name the sentence opens on, closed by a comma."""
    name = index.entity_at(sent_start)
    if name is None or index.kinds.get(sent_start) != "name":
        return None
    end = sent_start
    while end + 1 < len(doc) and index.entity_at(end + 1) == name:
        end += 1
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return None
    return name, sent_start, end


@acts_on(lambda w: w.verbal)
def chain_opener_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "subj": the name a chain of appositions opens on, when the subject found is the last description
    of the chain, apposed to a name inside an earlier apposition's complement ("S, contrôlée par N, la société
    de Z, détenait …": S, not N)."""
    if not verbal or "subj" not in out:
        return
    doc = t.doc
    start = t.sent.start
    if index.kinds.get(start) != "name":
        return
    k = t.i - 1   # the comma that closes the last description, before the verb (its auxiliaries, clitics)
    while k > start and (doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in _CLITICS) and doc[k].text != ",":
        k -= 1
    if k <= start or doc[k].text != ",":
        return
    got = apposed_name(doc, k, index, loose=True)
    if got is None:
        return
    inner, inner_at, opens = got
    inner_first = inner_at
    while inner_first - 1 > start and index.entity_at(inner_first - 1) == inner:
        inner_first -= 1
    if doc[inner_first - 1].lower_ not in _PREPOSITIONS:
        return   # (the description's name is a complement inside an earlier phrase, not the chain's head)
    opener = _sentence_opener(doc, start, index)
    if opener is None or opener[0] == inner or opener[2] + 1 >= inner_first:
        return
    if any(doc[j].pos_ == "AUX" or "Fin" in doc[j].morph.get("VerbForm") for j in range(opener[2] + 1, opens)):
        return   # (a finite verb between: another clause)
    wrong = [x for x in out["subj"] if x[0] == inner and isinstance(x[1], int) and opens < x[1] < k]
    if not wrong:
        return
    rest = [x for x in out["subj"] if x not in wrong]
    out["subj"] = rest if any(x[0] == opener[0] for x in rest) else [(opener[0], opener[1])] + rest


# nouns of a company that owns.holding_of reads with their "de" ("Y, la holding de X")
_OWNED_VEHICLES = frozenset({"holding", "société", "groupe", "fonds", "véhicule", "structure", "conglomérat", "empire"})
# words that take a "de" complement of their own: after one of them, a "de" is theirs ("une structure propriétaire
# des réseaux A et B": A and B are owned by it, they do not own it)
_OWN_COMPLEMENT = frozenset({"propriétaire", "copropriétaire", "actionnaire", "détenteur", "détentrice", "gestionnaire",
                             "exploitant", "exploitante", "opérateur", "opératrice", "filiale", "éditeur", "éditrice",
                             "spécialiste", "leader", "numéro", "concurrent", "concurrente", "partenaire", "fournisseur",
                             "client", "cliente", "créancier", "créancière", "maison"})


@acts_on(lambda w: not w.verbal and (w.lower in _OWNED_VEHICLES or w.lemma in _OWNED_VEHICLES))
def de_of_inner_word(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "prep:de" of a company noun: a name whose "de" comes after a word with a "de" complement of its own
    ("une structure propriétaire des réseaux A et B") is that word's complement, not the noun's owner."""
    if verbal or "prep:de" not in out or (t.lower_ not in _OWNED_VEHICLES and t.lemma_.lower() not in _OWNED_VEHICLES):
        return
    doc = t.doc

    def theirs(x) -> bool:
        if not (isinstance(x[1], int) and t.i < x[1] <= t.i + 24):
            return False
        return any(doc[j].lower_ in _OWN_COMPLEMENT for j in range(t.i + 1, x[1])) \
            and not any(doc[j].text in (",", ";") or doc[j].pos_ == "AUX" or "Fin" in doc[j].morph.get("VerbForm")
                        for j in range(t.i + 1, x[1]))
    if any(theirs(x) for x in out["prep:de"]):
        out.keep("prep:de", lambda x: not theirs(x))


RELQ26_READERS = Readers(apposed_relative_subject, chain_opener_subject, de_of_inner_word)
