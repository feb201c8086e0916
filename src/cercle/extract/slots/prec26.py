"""(s26-prec26) Parties that earlier readers put in a slot against a plain rule of French.

- "Qui, de A ou de B, mettra la main sur Y ?": an interrogative pronoun the NER took for a name asks who the
  party is; it is none.
- "nos concurrents du Golfe, A ou B, …", "ses rivaux d'Asie, A et B": a possessive already says whose rivals
  they are; the "de" phrase right after the noun, set off by a comma from the names apposed to it, says where
  they come from, not a rival.
- "X a signé un contrat de fourniture avec Y, qui lui achètera une partie de sa production": the relative
  clause on Y says who pays whom (Y buys from X, read by the buying verb's own rule); the contract's
  subject-pays-the-other reading would give the opposite tie.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import lemma_of
from .found import Found
from .gate import Readers, acts_on

# interrogative (and relative) pronouns: never a name, whatever their capital
_QUESTION_WORDS = frozenset({"qui", "que", "quoi", "lequel", "laquelle", "lesquels", "lesquelles", "quel", "quelle",
                             "quels", "quelles"})


def _pronoun_names(view) -> frozenset[int]:
    """Positions of the words whose text is an interrogative pronoun (found once per document)."""
    got = view.word_positions()
    return frozenset(i for w in _QUESTION_WORDS for i in got.get(w, ()))


@acts_on(lambda w: True)
def question_pronoun_no_party(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Qui, de A ou de B, mettra la main sur Y ?": "Qui" is no party (a name the NER made of a pronoun)."""
    tv = t.doc
    # (it acts on every trigger: the pronouns' places are found once per document, and the slots are looked
    # at only when one stands in the text)
    where = tv.derived("prec26_question_words", _pronoun_names)
    if not where:
        return
    out.drop_at(where, lambda name, i: name.lower() in _QUESTION_WORDS)


_RIVAL_NOUNS = frozenset({"concurrent", "concurrente", "concurrents", "concurrentes", "rival", "rivale",
                          "rivaux", "rivales"})
_POSSESSIVES = frozenset({"nos", "notre", "ses", "son", "sa", "leurs", "leur", "mes", "mon", "ma", "vos", "votre"})
_DE = frozenset({"du", "de", "d'", "d’", "des"})


@acts_on(lambda w: w.lower in _RIVAL_NOUNS)
def rivals_origin_not_rival(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"nos concurrents du Golfe, A ou B": with a possessive before the noun, the name right after its "de",
    followed by a comma and a name apposed to the noun, is where the rivals come from; A and B are the rivals."""
    if t.pos_ != "NOUN" or t.lower_ not in _RIVAL_NOUNS:
        return
    items = out.get("prep:de")
    if not items:
        return
    tv = t.doc
    if not any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in t.children):
        return
    first, at = items[0]
    if not isinstance(at, int) or at != t.i + 2 or tv[t.i + 1].lower_ not in _DE:
        return
    end = at
    while end + 1 < len(tv) and index.entity_at(end + 1) == first:
        end += 1
    if end + 2 >= len(tv) or tv[end + 1].text != ",":
        return
    # (the names apposed after the comma: the parser lists them in the "de" phrase or makes them the noun's
    # head; they stay where they are)
    after = index.entity_at(end + 2)
    if after is None or after == first or index.kinds.get(end + 2) != "name":
        return
    for slot in ("prep:de", "head", "subj"):
        if slot in out:
            out.keep(slot, lambda x: x[1] != at)


_BUYING = frozenset({"acheter", "racheter", "payer", "verser", "louer", "commander"})
_TO_SIGNER = frozenset({"lui", "leur", "nous", "vous"})


@acts_on(lambda w: w.lower in ("contrat", "contrats"))
def contract_buyer_in_relative(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a signé un contrat de fourniture avec Y, qui lui achètera …": Y pays X, as the buying verb's rule
    reads; the contract's own sides (the signer paying the other) are emptied."""
    if t.pos_ != "NOUN":
        return
    others = out.get("prep:avec")
    if not others:
        return
    tv = t.doc
    at = others[0][1]
    if not isinstance(at, int) or at < 0:
        return
    # the relative clause right after the other's name (a comma, "qui", a pronoun for the signer, the verb)
    k = at
    while k + 1 < len(tv) and index.entity_at(k + 1) == others[0][0]:
        k += 1
    if k + 4 >= len(tv) or tv[k + 1].text != "," or tv[k + 2].lower_ != "qui":
        return
    j = k + 3
    if tv[j].lower_ not in _TO_SIGNER:
        return
    verb = tv[j + 1]
    if verb.pos_ == "AUX" and j + 2 < len(tv):
        verb = tv[j + 2]
    if lemma_of(verb) not in _BUYING and verb.lemma_.lower() not in _BUYING:
        return
    for slot in ("subj", "prep:avec", "payer", "payee", "head", "poss", "prep:de", "target"):
        out.pop(slot, None)
    out["_no_linear"] = []


PREC26_READERS = Readers(
    question_pronoun_no_party,   # "Qui, de A ou de B, mettra la main sur Y ?": not "Qui"
    rivals_origin_not_rival,   # "nos concurrents du Golfe, A ou B": A, B, not the Golfe
    contract_buyer_in_relative,   # "un contrat avec Y, qui lui achètera …": the buying verb's tie only
)
