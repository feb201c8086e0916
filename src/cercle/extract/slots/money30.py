"""(s30-money30) Money frames whose payer the sentence leaves implicit, read as mechanisms:

- a public body's aid named by its adjective: "les aides régionales accordées à Y", "une subvention municipale
  versée au club Y", "Y a bénéficié d'aides départementales": the payer is the text's one body of that kind (the
  one region, department, city or metropolis the article names), the payee the "à" phrase of the aid or of its
  participle (slots "public_payer", "aid_to" of funds.public_aid; blind28 ho-844).
- a contract awarded with no awarder said: "le marché de collecte, d'un montant de N, attribué en 2023 à Y", "la
  concession a été confiée à Y", "le contrat qui a été attribué à Y": the payer is the one public body named in the
  sentence, or else in the sentence before (slots "award_payer", "award_to" of funds.award_unsaid, read on the verb; blind29 ho-868).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_AID_NOUNS = frozenset({"aide", "aides", "subvention", "subventions", "dotation", "dotations", "financement",
                        "financements"})
# the adjective of a public body → the words a body of that kind is named with
_BODY_ADJ = {
    "régional": ("région",), "régionale": ("région",), "régionaux": ("région",), "régionales": ("région",),
    "départemental": ("département",), "départementale": ("département",), "départementaux": ("département",),
    "départementales": ("département",),
    "municipal": ("ville", "mairie", "commune"), "municipale": ("ville", "mairie", "commune"),
    "municipaux": ("ville", "mairie", "commune"), "municipales": ("ville", "mairie", "commune"),
    "métropolitain": ("métropole",), "métropolitaine": ("métropole",), "métropolitains": ("métropole",),
    "métropolitaines": ("métropole",),
}
# participles that hand the aid over ("accordées à Y", "versée au club")
_GRANT = frozenset({"accorder", "verser", "octroyer", "allouer", "attribuer", "consentir", "destiner", "promettre"})
_CONTRACT_NOUNS = frozenset({"marché", "marchés", "contrat", "contrats", "concession", "concessions", "délégation",
                             "lot", "lots"})
_AWARD = frozenset({"attribuer", "confier", "adjuger", "octroyer", "accorder"})
_TO = ("à", "au", "aux")


def _in_table(t) -> bool:
    """A table row (cells kept apart by "|"): the table readers say who pays whom there."""
    text = t.doc.text
    lo, hi = text.rfind("\n", 0, t.idx) + 1, text.find("\n", t.idx)
    return "|" in text[lo:hi if hi >= 0 else len(text)]


def _to_parties(verb, index: EntityIndex) -> list:
    """The "à Y" phrase of a participle or verb: Y (a company or person)."""
    return [x for k in verb.children if k.dep_.startswith(("obl", "iobj")) and case_of(k) in _TO
            for x in entities_at(k, index) if index.type_of(x[0]) in ("ORG", "PER")]


def _has_agent(verb) -> bool:
    return any(k.dep_ == "obl:agent" or (k.dep_.startswith("obl") and case_of(k) == "par") for k in verb.children)


def _one_body(index: EntityIndex, words, before: int) -> tuple[str, int] | None:
    """The text's one public body named with one of ``words`` ("la région X", "la Métropole de Y"), at its
    mention nearest before token ``before`` (or its first one)."""
    names = {n for n, e in index.entities.items() if e.type == "GOV"
             and any(w in n.lower().replace("-", " ").split() for w in words)}
    if len(names) != 1:
        return None
    name = next(iter(names))
    toks = sorted(j for j, n in index.by_token.items() if n == name)
    if not toks:
        return None
    prior = [j for j in toks if j < before]
    return name, (prior[-1] if prior else toks[0])


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _AID_NOUNS)
def public_aid(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"les aides régionales accordées à Y": the one region of the text pays Y."""
    if t.pos_ != "NOUN" or t.lower_ not in _AID_NOUNS or _in_table(t):
        return
    words = next((_BODY_ADJ[k.lower_] for k in t.children if k.dep_ == "amod" and k.lower_ in _BODY_ADJ), None)
    if words is None:
        return
    payees = [x for p in t.children if p.dep_ == "acl" and p.pos_ == "VERB" and lemma_of(p) in _GRANT
              and not _has_agent(p) for x in _to_parties(p, index)]
    payees += [x for k in t.children if k.dep_ == "nmod" and case_of(k) in _TO for x in entities_at(k, index)
               if index.type_of(x[0]) in ("ORG", "PER")]
    if not payees:
        return
    body = _one_body(index, words, t.i)
    if body is None or any(x[0] == body[0] for x in payees):
        return
    out.put("public_payer", [body])
    out.put("aid_to", payees)


# bodies that judge or watch rather than buy ("la Cour des comptes", "le tribunal administratif", "l'Autorité de la
# concurrence"): never the awarder a sentence leaves unsaid
_NOT_BUYERS = frozenset({"cour", "tribunal", "parquet", "autorité", "pnf", "cnil", "arcep"})


def _govs_in(index: EntityIndex, doc, lo: int, hi: int, skip) -> set:
    """The public bodies named between tokens lo and hi, but a judge or watchdog and one cited as a source
    ("selon la Région")."""
    return {n for j, n in index.by_token.items() if lo <= j < hi and n not in skip and index.type_of(n) == "GOV"
            and n.lower().replace("'", " ").split()[0] not in _NOT_BUYERS
            and not (j > 0 and doc[j - 1].lower_ in ("selon", "d'après", "d’après"))}


def _sentence_payer(t, index: EntityIndex, skip) -> tuple[str, int] | None:
    """The one public body named in the trigger's sentence, or else in the sentence before."""
    sent = t.sent
    doc = t.doc
    spans = [(sent.start, sent.end)]
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        spans.append((prev.start, prev.end))
    for lo, hi in spans:
        govs = _govs_in(index, doc, lo, hi, skip)
        if len(govs) > 1:
            return None
        if govs:
            name = next(iter(govs))
            j = min(j for j, n in index.by_token.items() if lo <= j < hi and n == name)
            return name, j
    return None


@acts_on(lambda w: w.verbal and w.lemma in _AWARD)
def award_unsaid(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"le marché …, attribué en 2023 à Y", "la concession a été confiée à Y": no awarder said; the sentence's
    (or the sentence before's) one public body pays Y. Read on the verb (the contract noun itself is a table
    cell's word the table readers match rules on)."""
    if not verbal or lemma_of(t) not in _AWARD or _in_table(t):
        return
    if t.dep_ == "acl":
        verbs = [t] if t.head.lower_ in _CONTRACT_NOUNS else []
    elif t.dep_ == "acl:relcl":
        # (the relative: "le marché qui a été attribué à Y", passive with "qui" its subject)
        verbs = [t] if t.head.lower_ in _CONTRACT_NOUNS and any(k.dep_ == "nsubj:pass" for k in t.children) else []
    else:
        verbs = [t] if any(k.dep_ == "nsubj:pass" and k.lower_ in _CONTRACT_NOUNS for k in t.children) else []
    if not verbs:
        return
    for v in verbs:
        if _has_agent(v) or any(k.dep_ in ("nsubj", "obj") for k in v.children):
            continue
        payees = _to_parties(v, index)
        if not payees:
            continue
        body = _sentence_payer(t, index, {x[0] for x in payees})
        if body is None:
            continue
        out.put("award_payer", [body])
        out.put("award_to", payees)
        return


MONEY30_READERS = Readers(
    public_aid,   # "les aides régionales accordées à Y": the text's one region pays Y
    award_unsaid,   # "le marché attribué en 2023 à Y": the sentence's one public body pays Y
)
