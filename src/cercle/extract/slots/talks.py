"""(s19-gapB) Cooperation under discussion: "A et B discutent d'une coentreprise", "A travaille avec B à un
rapprochement", "A et B réfléchissent à une alliance". The cooperation noun is an oblique of a verb of talk
or work, so the light-verb reading (object of "nouer", "signer") misses it; the verb's subjects are the
parties (slot "talks"), and the verb's "avec" phrase is one more.

Gated on the noun's lemma and its head's lemma before any walk."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found

# nouns of cooperation a talk can be about (not "accord": "discuter d'un accord" is too often a trade deal
# between states, or a wage deal)
_COOP_NOUNS = frozenset({"coentreprise", "co-entreprise", "joint-venture", "partenariat", "alliance",
                         "rapprochement", "coopération", "collaboration"})
# verbs whose oblique says what two parties talk about or work towards
_TALK_VERBS = frozenset({"discuter", "parler", "négocier", "réfléchir", "travailler", "plancher", "échanger",
                         "converser", "dialoguer"})


def talk_parties(t, index: EntityIndex, out: Found) -> None:
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _COOP_NOUNS or t.dep_ not in ("obl", "obl:arg", "obl:mod"):
        return
    gov = t.head
    if gov.pos_ != "VERB" or lemma_of(gov) not in _TALK_VERBS or case_of(t) not in ("de", "du", "d'", "d’", "à", "au", "sur"):
        return
    parties = list(_subject_of(gov, index))
    parties += [x for c in gov.children if c.dep_ in ("obl", "obl:arg", "obl:mod") and case_of(c) == "avec"
                for x in entities_at(c, index)]
    if len({n for n, _ in parties}) >= 2:
        out.put("talks", parties)
