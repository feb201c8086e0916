"""(s23-recall23) Coverage gaps of French where both parties are named in the sentence:

- an order or a purchase of goods placed with a supplier: "X a officialisé auprès de Y la commande de 26 avions",
  "X a passé commande de 160 appareils auprès de Y", "X financera l'achat de 16 rames auprès de Y" (the buyer is
  the subject of the verb the order noun is the object of), "Y a annoncé la commande de 160 appareils par X",
  "Y a décroché une commande de 40 rames de la compagnie X" (the supplier is the subject of a verb of winning or
  telling, the buyer after "par" or after the goods' "de"). Slots "order_payer", "order_supplier" (rule
  funds.order_placed); a company bought ("l'achat de Y auprès de Z") or a stake ("l'achat de 10 % de Y") is no
  order of goods.
- sanctions told by a relative clause: "le Trésor a levé les sanctions qui frappaient depuis 2018 Y", "l'UE a adopté
  un paquet de sanctions, qui interdit toute transaction avec Y et Z": the ones the clause names are sanctioned
  (slot "clause_aimed" of opposes.sanctions_clause; slots/bonds.py "aimed" reads only a participle, "des
  sanctions visant Y").
- a title taken after another: "X, ancien ministre de l'Énergie devenu président de Y", "X, l'ancien banquier de Z
  devenu patron de Y", "X, ancien secrétaire d'État devenu conseiller et actionnaire de Y": the parser hangs
  "devenu" on the first title, so the second finds no person; the person is the name before the comma that opens
  the description (slot "head", read as a line).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ..arguments import _subject_of, entities_at, extend_list, lemma_of
from .found import Found
from .gate import Readers, acts_on

ORDER_NOUNS = frozenset({"commande", "commandes", "achat", "achats", "précommande", "précommandes"})
# verbs whose subject places (or pays for) the order named by their object
_PLACING_VERBS = frozenset({"passer", "officialiser", "confirmer", "signer", "finaliser", "financer", "effectuer",
                            "notifier", "valider", "formaliser", "conclure", "annoncer", "lancer", "payer",
                            "engager", "approuver", "autoriser"})
# verbs whose subject is the supplier of an order named by their object, the buyer after "par" / "de"
_WINNING_VERBS = frozenset({"décrocher", "remporter", "obtenir", "recevoir", "enregistrer", "engranger", "annoncer",
                            "rafler", "empocher", "signer"})
# words of a stake or a company's capital: "l'achat de 10 % de Y", "l'achat des actions de Y"
_STAKE_WORDS = frozenset({"%", "participation", "participations", "action", "actions", "titre", "titres", "part",
                          "parts", "capital", "contrôle", "totalité", "majorité", "filiale", "société", "entreprise",
                          "groupe", "activité", "activités", "branche", "pôle", "division", "usine", "site"})
_OF = frozenset({"de", "d'", "d’", "du", "des"})
_STOP = frozenset({";", ".", ":", "?", "!", "qui", "que", "qu'", "qu’", "dont", "où", "mais"})


def _name_after(t, index: EntityIndex, k: int, reach: int = 6) -> tuple[str, int] | None:
    """The first name within a few words after token ``k`` (past determiners, nouns and adjectives of its
    description: "auprès du constructeur ferroviaire Y")."""
    tv = tokens_of(t.doc)
    for j in range(k + 1, min(k + 1 + reach, t.sent.end)):
        name = index.entity_at(j)
        if name is not None and index.kinds.get(j) == "name":
            return name, j
        if tv[j].pos_ not in ("DET", "NOUN", "ADJ", "ADP") and tv[j].lower_ not in _OF:
            return None
    return None


def _goods_are_plain(t, index: EntityIndex, end: int) -> bool:
    """Whether what is ordered (the words after the order noun, up to ``end``) is goods: no company named
    right after "de" ("l'achat de Y") and no stake ("l'achat de 10 % de Y", "l'achat des actions de Y")."""
    tv = tokens_of(t.doc)
    if t.i + 1 < len(tv) and tv[t.i + 1].lower_ in _OF:
        j = t.i + 2 + (tv[t.i + 2].pos_ == "DET" if t.i + 2 < len(tv) else 0)
        if j < len(tv) and tv[j].pos_ != "NUM" and any(index.entity_at(k) is not None
                                                       for k in range(j, min(j + 2, len(tv)))):
            return False   # "l'achat de Y", "l'achat du groupe Y"
    for j in range(t.i + 1, min(end, t.sent.end)):
        if tv[j].lower_ in ("auprès", "par", "à", "au", "aux"):
            break   # (the goods stop at the supplier's or the buyer's phrase)
        if tv[j].lower_ in _STAKE_WORDS:
            return False
    return True


def _span_end(t) -> int:
    """Where the order's phrase stops: the first clause word or strong punctuation after it (at most 14 words)."""
    tv = tokens_of(t.doc)
    end = min(t.i + 15, t.sent.end)
    for j in range(t.i + 1, end):
        if tv[j].lower_ in _STOP or (tv[j].pos_ in ("VERB", "AUX") and tv[j].dep_ not in ("amod", "acl")):
            return j
    return end


@acts_on(lambda w: w.pos == "NOUN" and w.lower in ORDER_NOUNS)
def order_parties(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "order_payer", "order_supplier": who places an order of goods and who it is placed with."""
    if t.pos_ != "NOUN" or t.lower_ not in ORDER_NOUNS or not out.wants("order_payer", "order_supplier"):
        return
    tv = tokens_of(t.doc)
    if t.i > 0 and tv[t.i - 1].lower_ in ("aux", "au"):
        return   # "aux commandes de Y": at the helm
    verb = t.head if t.dep_ in ("obj", "nsubj:pass") and t.head.pos_ == "VERB" and t.head.i < t.i else None
    end = _span_end(t)
    if not _goods_are_plain(t, index, end):
        return
    supplier = payer = None
    # "auprès de Y": after the order noun in its phrase, or between the verb and the noun
    start = verb.i + 1 if verb is not None else t.i + 1
    for k in range(start, end - 1):
        if tv[k].lower_ == "auprès" and tv[k + 1].lower_ in _OF:
            supplier = _name_after(t, index, k)
            break
    # "par X" after the goods: the buyer
    for k in range(t.i + 1, end - 1):
        if tv[k].lower_ == "par":
            payer = _name_after(t, index, k, 4)
            break
    if supplier is not None:
        if payer is None and verb is not None and lemma_of(verb) in _PLACING_VERBS:
            payer = next(iter(_subject_of(verb, index)), None)
    elif verb is not None and lemma_of(verb) in _WINNING_VERBS:
        if payer is None and t.lower_.startswith("commande"):
            # "Y a décroché une commande de 40 rames de la compagnie X": a name after the goods' "de"
            for k in range(t.i + 3, end - 1):
                if tv[k].lower_ in _OF and tv[k - 1].pos_ in ("NOUN", "ADJ", "PROPN") and index.entity_at(k - 1) is None:
                    payer = _name_after(t, index, k, 4)
                    if payer is not None:
                        break
        if payer is not None:
            supplier = next(iter(_subject_of(verb, index)), None)
    if supplier is None or payer is None or supplier[0] == payer[0]:
        return
    out.put("order_payer", [payer])
    out.put("order_supplier", [supplier])


SANCTION_NOUNS = frozenset({"sanction", "sanctions", "embargo", "embargos"})
_AIMING_VERBS = frozenset({"viser", "cibler", "frapper", "toucher", "concerner"})
_BANNING_VERBS = frozenset({"interdire", "prohiber", "bannir", "proscrire"})
_DEALINGS = frozenset({"transaction", "transactions", "commerce", "échange", "échanges", "relation", "relations",
                       "opération", "opérations", "affaire", "affaires", "contact", "contacts"})
_NEGATIONS = frozenset({"pas", "plus", "jamais", "ne", "n'", "n’"})


def _aimed_by_clause(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"les sanctions qui frappaient Y": the object of a relative clause of aiming on the sanctions."""
    got: list[tuple[str, int]] = []
    for p in t.children:
        if p.dep_ != "acl:relcl" or p.i < t.i or lemma_of(p) not in _AIMING_VERBS \
                or any(c.lower_ in _NEGATIONS for c in p.children if c.dep_ == "advmod"):
            continue
        for c in p.children:
            if c.dep_ == "obj":
                got += entities_at(c, index)
                got += [x for k in c.children if k.dep_ in ("appos", "conj") for x in entities_at(k, index)]
        if not got and not any(c.dep_ == "obj" for c in p.children):
            got += _name_past_time(p, index)
    return got


_MONTHS = frozenset({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                     "novembre", "décembre"})
_TIME_WORDS = frozenset({"depuis", "dès", "en", "le", "l'", "l’", "début", "fin", "mi", "mi-", "cette", "l'an",
                         "année", "années", "mois", "semaines", "ans", "dernier", "dernière", "passé", "passée"}) | _MONTHS


def _name_past_time(verb, index: EntityIndex) -> list[tuple[str, int]]:
    """"qui frappaient depuis avril 2018 Y": the parser hangs the name after a time phrase on the date or the
    noun before; the first name right after the verb's time phrase (read as a line) is its object."""
    tv = tokens_of(verb.doc)
    j, skipped = verb.i + 1, 0
    while j < verb.sent.end and (tv[j].lower_ in _TIME_WORDS or tv[j].pos_ == "NUM") and index.entity_at(j) is None:
        j, skipped = j + 1, skipped + 1
    if skipped and j < verb.sent.end and index.entity_at(j) is not None and index.kinds.get(j) == "name":
        return extend_list(verb.doc, index, [(index.entity_at(j), j)])
    return []


def _banned_dealings(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"un paquet de sanctions, qui interdit toute transaction avec Y et Z": the names after "avec" of the
    dealings a relative clause right after the sanctions bans (read as a line: the parser hangs the clause
    anywhere)."""
    tv = tokens_of(t.doc)
    k = t.i + 1 + (t.i + 1 < t.sent.end and tv[t.i + 1].text == ",")
    if k + 4 >= t.sent.end or tv[k].lower_ != "qui" or lemma_of(tv[k + 1]) not in _BANNING_VERBS:
        return []
    for j in range(k + 2, min(k + 6, t.sent.end - 1)):
        if tv[j].lower_ in _DEALINGS and tv[j + 1].lower_ == "avec":
            first = None
            for m in range(j + 2, min(j + 7, t.sent.end)):
                if index.entity_at(m) is not None and index.kinds.get(m) == "name":
                    first = (index.entity_at(m), m)
                    break
                if tv[m].pos_ not in ("DET", "NOUN", "ADJ"):
                    break
            return extend_list(t.doc, index, [first]) if first else []
    return []


@acts_on(lambda w: w.pos == "NOUN" and w.lower in SANCTION_NOUNS)
def sanctions_relative(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "clause_aimed": who a relative clause on the sanctions noun names as sanctioned."""
    if t.pos_ != "NOUN" or t.lower_ not in SANCTION_NOUNS or out.get("aimed") or not out.wants("clause_aimed"):
        return
    got = _aimed_by_clause(t, index) or _banned_dealings(t, index)
    if got:
        out.put("clause_aimed", got)


_DESC_STOP = frozenset({";", ":", "(", ")", "«", "»", "qui", "que", "dont", "et"})


def _person_before_description(v, index: EntityIndex) -> tuple[str, int] | None:
    """The person named right before the comma that opens the description ``v`` is in ("X, ancien … devenu"):
    at most 14 words back, no verb nor clause word between."""
    tv = tokens_of(v.doc)
    k = v.i - 1
    while k > v.sent.start and v.i - k <= 14:
        w = tv[k]
        if w.text == ",":
            name = index.entity_at(k - 1)
            if name is not None and index.kinds.get(k - 1) == "name" and index.type_of(name) == "PER":
                return name, k - 1
            return None
        if w.pos_ in ("VERB", "AUX") or w.lower_ in _DESC_STOP or index.kinds.get(k) == "name" \
                and index.type_of(index.entity_at(k)) == "PER":
            return None
        k -= 1
    return None


@acts_on(lambda w: not w.verbal and w.pos == "NOUN" and w.dep in ("xcomp", "conj"))
def title_after_become(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "head": the person of a title taken after another ("X, ancien ministre devenu président de Y")."""
    if verbal or t.pos_ != "NOUN" or t.dep_ not in ("xcomp", "conj") or not out.wants("head"):
        return
    first = t.head if t.dep_ == "conj" else t
    verb = first.head
    if first.dep_ != "xcomp" or verb.pos_ != "VERB" or lemma_of(verb) != "devenir" or verb.i > t.i \
            or verb.dep_ not in ("amod", "acl", "appos", "conj") or "Part" not in verb.morph.get("VerbForm") \
            or any(c.dep_.startswith("aux") for c in verb.children):
        return
    if any(index.type_of(x[0]) == "PER" for x in out.get("head", ())):
        return
    who = _person_before_description(verb, index)
    if who is not None:
        out["head"] = [who]


# The readers of this module, in core.slots' order, each called only on the words it declares.
RECALL23_READERS = Readers(order_parties, sanctions_relative, title_after_become)
