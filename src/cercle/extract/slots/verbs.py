"""Verb triggers: objects hung on other words, subjects inherited, participles."""
from __future__ import annotations

from ..clause39 import compared_share, stake_names_own_company, stake_phrase_after   # (s39-clause39)
from ...mentions.entities import EntityIndex
from ..arguments import CONDUCT, FUNDING_NOUNS, PERSON_TITLES, RAISE_VERBS, STAKES, _subject_of, case_of, entities_at, extend_list, lemma_of
from ..implied import _name_before_bracket
from .biz import (speaks_of_a_round, amount_recipient, backs_the_round, support_to_topic, likewise_subjects, loan_of_round, object_after_time, offer_filed,
                  relative_stake_object, stray_relative_subject, transfer_parties)
from .biz import _words as biz_words
from .found import Found
from .gate import Readers, acts_on
from .prec23 import in_prep_phrase as _in_prep_phrase   # (s32-court32)
from .readers import name_before_bracket
from .words import AMOUNT_WORDS, BUY_VERBS, HEIRS, PRICE_SUBJECTS, FINITE_AS_PARTICIPLE as _FINITE_AS_PARTICIPLE, FOUNDING_VERBS, FUNDED, SELLER_INTENT_VERBS, TIME_PLACE_WORDS, TIME_WORDS, YOUNG_COMPANY_NOUNS
from ...mentions.typing_cues import org_nouns
from ...nlp.docview import tokens_of


_KEPT_STAKES = frozenset(STAKES | {"capital", "pourcent"})   # (what a stake kept is counted in, by lemma)
_HOLD_VERBS = frozenset({"détenir", "posséder", "avoir", "contrôler"})   # (a stake "que X détenait dans Y")

def _round_just_named(noun) -> bool:
    """"L'opération est menée par X" right after a sentence about a round ("Y a bouclé une série A de
    …", "une levée de fonds"): the operation is that round."""
    if noun.lemma_.lower() != "opération" or not any(c.dep_ == "det" and c.lower_ in ("l'", "l’", "cette", "la")
                                                     for c in noun.children):
        return False
    doc, start = noun.doc, noun.sent.start
    if start == 0:
        return False
    return speaks_of_a_round(doc[start - 1].sent)


def _drop_fronted_relative_clitic(t, out: Found) -> None:
    """"Fondée par X, qui la dirige toujours, Y …": the clitic of a relative clause on the agent of a
    sentence-opening participle stands for the main subject, which the mention finder does not see (it takes
    a name before); that tie is read as a line (phrases.fronted_participle_ties), not from the clitic."""
    rel = t.head if t.dep_ == "conj" else t
    if rel.dep_ != "acl:relcl" or rel.head.dep_ != "obl:agent":
        return
    part = rel.head.head
    first = t.sent.start
    while first < t.sent.end and t.doc[first].is_punct:
        first += 1
    if part.i != first or "Part" not in part.morph.get("VerbForm"):
        return
    clitics = {c.i for c in t.children if c.dep_ == "obj" and c.lower_ in ("la", "le", "l'", "l’") and c.i < t.i}
    if clitics and "obj" in out:
        out["obj"] = [x for x in out["obj"] if x[1] not in clitics]
        if not out["obj"]:
            del out["obj"]


def _seller_intends(t) -> bool:
    """"le conseil envisagerait de céder Y à Z", "X veut vendre Y à Z": a sale only its seller thinks of is
    no purchase, nor any bid of the one it might go to (Z has offered nothing)."""
    tok, hops = t, 0
    while hops < 2 and tok.dep_ in ("xcomp", "ccomp") and tok.head.i != tok.i:
        tok, hops = tok.head, hops + 1
        if lemma_of(tok) in SELLER_INTENT_VERBS:
            return True
    return False


@acts_on(lambda w: w.pos == "NOUN" and (w.lem in biz_words()["offer_nouns"] or w.lower in biz_words()["offer_nouns"]))
def _offer_filed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    offer_filed(t, index, out)


@acts_on(lambda w: w.pos == "NOUN" and (w.lem in biz_words()["loan_nouns"] or w.lower in biz_words()["loan_nouns"]))
def _loan_of_round(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    loan_of_round(t, index, out)


# (speed37) The biz.py readers verb_objects runs first, in this order, as a run of gated readers (gate.py): each acts
# on a few trigger words (its @acts_on), and calling the four on every trigger cost more than what they do.
_OBJECT_CHECKS = Readers(
    object_after_time,   # "X a racheté en octobre Y"
    _offer_filed,   # "X a déposé auprès de l'AMF une offre sur Y"
    _loan_of_round,   # "L'opération est complétée par un prêt de 10 M€ de X"
    amount_recipient,   # "X a fourni pour 43 M$ de moteurs à Y"
)


def verb_objects(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Objects and phrases of a verb that the parser hung on its object or a time word."""
    put = out.put
    if verbal and t.dep_ in ("acl:relcl", "conj"):
        _drop_fronted_relative_clitic(t, out)
    _OBJECT_CHECKS(t, index, out, verbal)   # object_after_time … amount_recipient (biz.py), each on its own words
    # "X devra affronter des concurrents, à commencer par Y": fighting rivals in a market is no feud; the names
    # the plural lists are read by the noun (phrases._rivals_listed), none as a line by the verb
    rivals = [c for c in t.children if c.dep_ == "obj" and c.lower_ in ("concurrents", "concurrentes", "rivaux")] if verbal else []
    if rivals:
        out["_no_linear"] = []
        if "obj" in out and all(i > rivals[0].i for _, i in out["obj"]):
            del out["obj"]
    # "dénoncer la gestion de X", "condamner les agissements de X": what X does stands for X
    if verbal:
        for c in t.children:
            if c.dep_ == "obj" and c.lemma_.lower() in CONDUCT and not entities_at(c, index):
                for cc in c.children:
                    if cc.dep_ == "nmod" and case_of(cc) == "de":
                        put("obj", entities_at(cc, index))
    # "rompre ses liens avec Y", "signer un accord avec Y": the "avec"/"contre" phrase hung on the object
    if verbal:
        for c in t.children:
            if c.dep_ == "obj" and c.pos_ == "NOUN" and not entities_at(c, index):
                for cc in c.children:
                    p = case_of(cc)
                    if cc.dep_ == "nmod" and p in ("avec", "contre") and f"prep:{p}" not in out:
                        put(f"prep:{p}", entities_at(cc, index))
    # "les 16 % du capital de Y qu'il détient", "la participation dans Y que X possède": the relative
    # pronoun object stands for the noun the clause hangs on
    if verbal and t.dep_ == "acl:relcl" and "obj" not in out and any(
            c.dep_ in ("obj", "mark") and c.lower_ in ("que", "qu'", "qu’") for c in t.children):
        put("obj", entities_at(t.head, index))
    # "le groupe X, groupe auquel appartenait la holding Y": "auquel" stands for the noun the clause hangs on
    # (or the name that noun is apposed to), and the inverted subject is often parsed as a complement
    if verbal and lemma_of(t) == "appartenir" and "belongs" not in out and any(
            c.lower_ in ("auquel", "auxquels", "auxquelles") for c in t.children):
        owners = [x for x in entities_at(t.head, index) if x[1] < t.i]   # (not a name after the verb: a misparse)
        if not owners and t.head.dep_ == "appos":
            owners = [x for x in entities_at(t.head.head, index) if x[1] < t.i]
        if owners:
            if "prep:à" not in out:   # (the pronoun may have been read already: arguments.entities_at)
                put("prep:à", owners[:1])
            owned = [x for c in t.children if c.dep_ in ("nsubj", "xcomp", "obj") and c.i > t.i
                     for x in entities_at(c, index)]
            if not owned:   # the name right after "la holding électronique", however it was parsed
                k = t.i + 1
                while k < min(t.i + 8, t.sent.end) and index.entity_at(k) is None:
                    k += 1
                if k < t.sent.end and index.kinds.get(k) in ("name", "introducer"):
                    owned = [(index.entity_at(k), k)]
            put("belongs", owned[:1])
    # "racheter A, le quotidien de …, puis l'année suivante B": a second object after "puis" and a time
    # phrase, closing the sentence (the parser hangs it on the main verb)
    if verbal and "obj" in out and lemma_of(t) in BUY_VERBS:
        tv = tokens_of(t.doc)
        end = t.sent.end
        last = max(i for _, i in out["obj"])
        for j in range(last + 1, end):
            if tv[j].lower_ != "puis":
                if tv[j].text in (";", ":") or (tv[j].pos_ == "VERB" and tv[j].dep_ in ("conj", "parataxis")):
                    break
                continue
            k = j + 1
            while k < min(j + 6, end) and index.entity_at(k) is None and (
                    tv[k].pos_ in ("DET", "ADJ", "NUM") or tv[k].lower_ in ("en", "dès", "début", "fin")
                    or (tv[k].pos_ == "NOUN" and tv[k].is_lower)):
                k += 1
            name = index.entity_at(k) if k < end else None
            if name is None or index.kinds.get(k) != "name" or index.type_of(name) != "ORG":
                break
            n = k
            while n < end and index.entity_at(n) == name:
                n += 1
            if n >= end or tv[n].is_punct:
                put("obj", [(name, k)])
            break
    # "a rencontré vendredi le ministre X": the parser hangs the object on the day
    if verbal and "obj" not in out:
        for c in t.children:
            if c.dep_ in ("obl:mod", "obl") and c.lower_ in TIME_WORDS and c.i > t.i:
                put("obj", [x for k in c.children if k.dep_ == "nmod" and case_of(k) is None
                            for x in entities_at(k, index)])
    # "a rencontré, début mars, X" / "a accusé, lundi, la société X de …": after a time phrase set off by
    # commas the parser takes what closes the clause for a modifier or a conjunct of the verb, or an
    # apposition of the date; with no preposition (and no "et", "puis") it is the object
    if verbal and "obj" not in out:
        tv = tokens_of(t.doc)
        for c in _after_time_phrase(t, tv):
            found = entities_at(c, index)
            if found:
                put("obj", found[:1])
                break


def verb_parties(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """The subject of a verb (inherited through control, coordination, relative clauses) and the name a participle describes."""
    put = out.put
    # "X est entré chez Y en 1997, absorbé par Z": a detached past participle describes the last
    # name before its comma, and inherits no subject
    detached = (verbal and t.dep_ == "advcl" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense")
                and t.i > 0 and t.doc[t.i - 1].text == ","
                and not any(c.dep_.startswith(("aux", "nsubj")) for c in t.children))
    if verbal:
        if not detached:
            on_subject = False
            for c in t.children:   # (a loop: no generator per verb)
                if c.dep_ == "nsubj" and c.lower_ == "on":
                    on_subject = True
                    break
            if on_subject:
                out["_no_linear"] = []   # "on retrouve X": nobody in particular does it
            else:
                put("subj", _cleft_focus(t, index) or _subject_of(t, index))
                if "subj" not in out:
                    put("subj", stray_relative_subject(t, index))   # "le fonds X, qui détient 6 % de Y" (biz.py)
                if "subj" not in out:
                    put("subj", _relative_on_other_noun(t, index))
                if "subj" not in out:
                    put("subj", subject_before_relative(t, index))
                likewise_subjects(t, index, out)   # "A remet au pot, tout comme B" (biz.py)
                relative_stake_object(t, index, out, verbal)   # "Y, dans laquelle X a pris 15 %" (biz.py)
                transfer_parties(t, index, out, verbal)   # "X a transmis à A 40 % de sa holding Y" (biz.py)
                backs_the_round(t, index, out, verbal)   # "A et B accompagnent l'opération" (biz.py)
                support_to_topic(t, index, out, verbal)   # "X renouvelle son soutien" to the club (biz.py)
                _causative(t, index, out)
        # "un tour de table mené par X": the company raising is the subject of the verb that
        # governs the round ("Y a bouclé un tour de table mené par X"), else the article's topic
        # ("un tour de table, annoncé jeudi et mené par X": the second of two participles too)
        participle = t.head if t.dep_ == "conj" and t.head.dep_.startswith(("acl", "advcl")) else t
        round_ = participle.head if participle.dep_.startswith("acl") else None
        if participle.dep_ == "advcl" and participle.i >= 2 and t.doc[participle.i - 1].text == ",":
            # "…participé à un tour de table, mené par X": detached, it describes the noun before its comma
            round_ = t.doc[participle.i - 2]
            while round_.dep_ == "nmod" and round_.head.i < round_.i and round_.lemma_.lower() not in FUNDING_NOUNS:
                round_ = round_.head
        if round_ is None and verbal:
            # "Le tour de table (de Y) a été mené par X": the round is the passive subject
            round_ = next((c for c in t.children if c.dep_ == "nsubj:pass"
                           and (c.lemma_.lower() in FUNDING_NOUNS or _round_just_named(c))), None)
            if round_ is not None:
                own = [x for c in round_.children if c.dep_ == "nmod" and case_of(c) == "de"
                       for x in entities_at(c, index)]
                if not own and round_.lemma_.lower() == "opération":
                    # the company that raised the round the sentence before
                    prev = t.doc[round_.sent.start - 1].sent
                    own = [x for v in prev if lemma_of(v) in RAISE_VERBS and v.pos_ == "VERB"
                           for x in _subject_of(v, index)][:1]
                put("raiser", own or [(index.topic or FUNDED, -1)])
                round_ = None
        if round_ is not None and round_.lemma_.lower() in FUNDING_NOUNS:
            gov = round_.head
            # ("X, passant d'un tour de 30 M€ à un autre de 580 M€ mené par Y": X went from one round to the next)
            raiser = _subject_of(gov, index) if gov.pos_ in ("VERB", "AUX") and (round_.dep_ == "obj" or (
                lemma_of(gov) == "passer" and round_.dep_ in ("obl", "obl:arg"))) else []
            put("raiser", raiser or ([(index.topic or FUNDED, -1)]))
        elif verbal and "Past" in t.morph.get("Tense") and any(c.dep_ == "obl:agent" for c in t.children):
            # "des obligations qui seraient, selon Z, souscrites par X": the parser hangs the participle on
            # the source; read back to the round's noun, through auxiliaries and an aside only
            tv = tokens_of(t.doc)
            for j in range(t.i - 1, max(t.i - 14, t.sent.start - 1), -1):
                if tv[j].pos_ == "VERB" or tv[j].text in (";", ":"):
                    break
                if tv[j].pos_ == "NOUN" and tv[j].lemma_.lower() in FUNDING_NOUNS and tv[j].lemma_.lower() != "table":
                    put("raiser", [(index.topic or FUNDED, -1)])
                    break
        if verbal and lemma_of(t) == "participer":
            # "X a participé à un tour de table (de Y)": the company raising is the round's "de",
            # else the article's topic
            for c in t.children:
                if c.dep_.startswith("obl") and case_of(c) in ("à", "au") and (
                        c.lemma_.lower() in FUNDING_NOUNS or _round_just_named(c)):
                    own = [x for cc in c.children if cc.dep_ == "nmod" and case_of(cc) == "de"
                           for x in entities_at(cc, index)]
                    put("raiser", own or [(index.topic or FUNDED, -1)])
        if verbal and lemma_of(t) in ("remettre", "mettre") and index.topic and any(
                c.dep_.startswith("obl") and c.lower_ == "pot" and case_of(c) in ("à", "au") for c in t.children):
            # "A et B remettent au pot" (in an article about a company's round): they invest in it again
            if speaks_of_a_round(tokens_of(t.doc)[max(0, t.sent.start - 60):t.i]):
                put("raiser", [(index.topic, -1)])
                put("subj", _name_right_before(t, index))
        if t.dep_ == "acl" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense"):
            # "X (ex-Kelvio) passé par Y": right after a bracket, the participle describes the name before it
            before = name_before_bracket(t, index)
            noun = t.head.head if t.head.dep_ == "amod" and t.head.pos_ == "ADJ" else t.head
            described = [before] if before else entities_at(noun, index)   # "Y, racheté par X"
            if not before and noun.dep_ == "appos" and noun.pos_ == "NOUN" and index.entity_at(noun.i) is None \
                    and index.entity_at(noun.head.i) is not None and noun.head.i < noun.i:
                # ((s20-prec) "Y, la holding de la famille Z présidée par X", "Y, filiale du fonds Z présidée par
                # X": the apposed noun the participle agrees with stands for Y, not for its "de" complement)
                described = entities_at(noun.head, index) or described
            if not described and noun.dep_ == "appos" and noun.pos_ == "NOUN":
                # "Y, un laboratoire (lyonnais) dirigé par X": the apposed noun stands for the name it describes
                # (a participle hung on the noun's adjective describes the noun)
                described = entities_at(noun.head, index)
            if not described and noun.pos_ == "NOUN" and noun.dep_ != "appos" and noun.left_edge.i >= 2 \
                    and t.doc[noun.left_edge.i - 1].text == "," and index.kinds.get(noun.left_edge.i - 2) == "name" \
                    and not any(c.dep_ == "case" for c in noun.children) \
                    and not any(c.dep_.startswith("aux") for c in t.children):   # (not "…, le solde étant détenu par X")
                # "Y, une société détenue par X, a signé": the parser makes the apposed noun the verb's subject
                # or a bare complement, and leaves Y aside; the noun stands for the name right before its comma
                j = noun.left_edge.i - 2
                described = [(index.entity_at(j), j)] if index.entity_at(j) is not None else []
                # ((s32-court32) "Défendue par le cabinet Z, l'entreprise cofondée par X …": a name closing a phrase
                # of a preposition (a fronted participle's agent) is no apposition's host)
                if _in_prep_phrase(t.doc[j]):
                    described = []
            # (not the participle's own agent, reached back through a transparent noun: "une entreprise menée par X")
            described = [d for d in described if not t.i < d[1] <= t.right_edge.i]
            # "menée par A et par B" with B parsed as a second head noun: a "par" phrase is an agent
            tv = tokens_of(t.doc)
            agents = [d for d in described if d[1] > t.i and case_of(tv[d[1]]) == "par"]
            if agents:
                described = [d for d in described if d not in agents]
                put("agent", agents)
            if not described and t.head.pos_ == "NOUN" and any(c.dep_ == "cop" for c in t.head.children):
                # "Y est une société rachetée par X": the copula's subject is what the participle describes
                described = [x for c in t.head.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
            if described and not agents and t.head.dep_ == "ROOT" and t.i >= 1 and tv[t.i - 1].text == "," \
                    and lemma_of(t) in _FINITE_AS_PARTICIPLE and t.lower_.endswith("t") \
                    and any(c.dep_ in ("obj", "xcomp") and index.kinds.get(c.i) == "name" for c in t.children):
                # "X, directrice financière de Y, rejoint Z": a present tense taken for a participle
                # hung on the subject (a participle takes no object): X does it
                put("subj", described)
            else:
                put("pass", described)
        elif verbal and t.i == t.sent.start and "Part" in t.morph.get("VerbForm") \
                and "Past" in t.morph.get("Tense") and ((main := _clause_after_opening(t)) is not None
                                                        or _subject_after_opening(t, index)):
            # "Fondée en 2020 par A et B, l'entreprise Y emploie …": a participle opening the sentence
            # describes the main clause's subject, and has none of its own
            out.pop("subj", None)
            # ((s39-clause39) a subject before the main verb only: "Fondé par A, Y possède le club Z" with Z, its
            # object, misparsed as a second subject is not what A founded)
            described = [x for c in main.children if c.dep_ in ("nsubj", "nsubj:pass")
                         and (c.i < main.i or main.pos_ not in ("VERB", "AUX"))
                         for x in entities_at(c, index)] if main is not None else []
            if not described and (after := _subject_after_opening(t, index)):
                # the main verb mis-tagged or its subject hung on the opening phrase: read as a line
                described, main = [after], None
                if "agent" in out:   # ("par A et B, Y revendique …": Y parsed as a third agent)
                    out["agent"] = [a for a in out["agent"] if a[1] < after[1]]
            # (a descriptor subject, "l'entreprise", is not an actor the opening phrase itself names:
            # "Fondée par A, deux anciens de Google, l'entreprise …" is not Google)
            # (up to the subject phrase's first word: "la" of "la société" is the descriptor itself)
            first = min((c.left_edge.i for c in main.children if c.dep_ in ("nsubj", "nsubj:pass")), default=t.i) \
                if main is not None else described[0][1]
            own = {index.entity_at(k) for k in range(t.i, min(first, *(x for _, x in described)))
                   if index.entity_at(k)} if described else set()
            put("pass", [x for x in described if index.kinds.get(x[1]) == "name" or x[0] not in own])
        elif detached:
            for j in range(t.i - 2, max(t.i - 6, -1), -1):
                if index.entity_at(j) is not None and index.kinds.get(j) == "name":
                    put("pass", [(index.entity_at(j), j)])
                    break
    if verbal and t.i > t.sent.start and lemma_of(t) in FOUNDING_VERBS:
        founded_by_participle(t, index, out)


_OWNED_VEHICLES = frozenset({"holding", "holdings", "véhicule", "filiale", "filiales"})


_CE = ("c'", "c’", "ce")
_CLEFT_BE = ("est", "était", "sont", "étaient", "fut", "sera")


def _cleft_focus(t, index: EntityIndex) -> list:
    """"C'est X, 44 ans, sa fille aînée, qui dirige le groupe", "c'est désormais le fonds X qui détient …": in
    a cleft the "qui" clause is the focus's, whatever the parser hung it on (an apposition, a description set
    off after the name, the name itself); read as a line back from "qui" to "c'est", no other verb between."""
    q = next((c.i for c in t.children if c.dep_ == "nsubj" and c.lower_ == "qui" and c.i < t.i), None)
    if q is None:
        return []
    tv = tokens_of(t.doc)
    start = max(t.sent.start, q - 16)
    for j in range(q - 1, start, -1):
        w = tv[j]
        if w.pos_ == "VERB":
            return []
        if w.lower_ in _CLEFT_BE and tv[j - 1].lower_ in _CE:
            k = j + 1
            while k < q and index.entity_at(k) is None and k < j + 5 and (
                    tv[k].pos_ in ("ADV", "DET") or tv[k].is_lower and tv[k].pos_ in ("NOUN", "ADJ")):
                k += 1
            name = index.entity_at(k) if k < q else None
            if name is None or index.kinds.get(k) not in ("name", "introducer"):
                return []
            return [(name, k)]
    return []


def subject_before_relative(t, index: EntityIndex) -> list:
    """"…, et le fonds X, qui détient 8 % du capital, pourrait déposer une contre-offre": a finite verb with no
    subject right after a relative clause set off by commas; the name before ", qui" is its subject (the parser
    hangs that name elsewhere, a conjunct of the clause before)."""
    v = t
    while v.dep_ == "xcomp" and v.head.i != v.i:
        v = v.head
    if "Fin" not in v.morph.get("VerbForm") or any(c.dep_.startswith("nsubj") for c in v.children):
        return []
    tv = tokens_of(t.doc)
    j = v.i - 1
    while j > v.sent.start and (tv[j].pos_ in ("ADV", "AUX") or tv[j].lower_ in ("ne", "n'", "n’")):
        j -= 1
    if j <= v.sent.start or tv[j].text != ",":
        return []
    for q in range(j - 1, max(v.sent.start, j - 25), -1):
        if tv[q].text in (";", ":", "«", "»") or (tv[q].pos_ == "VERB" and tv[q].dep_ in ("ROOT", "conj") and q != v.i):
            return []
        if tv[q].lower_ == "qui" and tv[q].dep_ == "nsubj":
            if q - 2 < v.sent.start or tv[q - 1].text != ",":
                return []
            name = index.entity_at(q - 2)
            if name is None or index.kinds.get(q - 2) not in ("name", "introducer"):
                return []
            return [(name, q - 2)]
    return []


def _relative_on_other_noun(t, index: EntityIndex) -> list:
    """"le contrat conclu avec l'opérateur X, qui versera 1,8 M€ à Y": a relative clause the parser hung
    on an earlier noun that names no actor; "qui" right after "X," stands for X."""
    if t.dep_ != "acl:relcl" or entities_at(t.head, index) or t.i < 3:
        return []
    tv = tokens_of(t.doc)
    q = next((c.i for c in t.children if c.dep_ == "nsubj" and c.lower_ == "qui" and c.i < t.i), None)
    if q is None or q - 2 < t.sent.start or tv[q - 1].text != "," or q - 2 <= t.head.i:
        return []
    name = index.entity_at(q - 2)
    if name is None or index.kinds.get(q - 2) not in ("name", "introducer"):
        return []
    # (not the owner of a vehicle: "la Financière B, holding de la famille X, qui contrôle 31 %": the
    # relative is the holding's; "fils de X, qui avait fondé Y", "le directeur de X, qui …" are X's)
    k = q - 2
    while k > t.sent.start and (index.entity_at(k - 1) == name or (
            tv[k - 1].is_lower and tv[k - 1].pos_ in ("DET", "NOUN", "ADJ"))):
        k -= 1
    if k - 2 > t.sent.start and tv[k - 1].lower_ in ("de", "du", "des", "d'", "d’") and (
            tv[k - 2].lower_ in _OWNED_VEHICLES
            or (tv[k - 2].lower_ in PERSON_TITLES and index.type_of(name) != "PER")):
        return []   # ("X, ancien président de la biotech Y, qui siégera …": X's or Y's, no telling)
    return [(name, q - 2)]


def _clause_after_opening(t):
    """The main clause after a participle phrase opening the sentence, or None: its head (the
    parser hangs the participle on it) or, the participle taken for the root, the verb after its comma."""
    if any(c.dep_.startswith(("aux", "nsubj")) for c in t.children):
        return None   # "Racheté par X, c'est …" has no such reading; "Fondée par X a …" is no opening
    if t.head.i != t.i and t.dep_ in ("advcl", "obl:mod", "obl", "acl", "dep") and t.head.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
        return t.head
    if t.dep_ == "ROOT":
        # (or its object: a past participle takes none - "Fondée en 2020 par A, la fintech compte …" with
        # "compte" parsed as the object of "Fondée")
        return next((c for c in t.children if c.dep_ in ("advcl", "conj", "parataxis", "obj", "ccomp")
                     and c.pos_ in ("VERB", "AUX")
                     and c.i > t.i and "," in (t.doc[c.left_edge.i - 1].text, c.left_edge.text)), None)
    return None


def _finite_after(tok) -> bool:
    """A finite verb, or a present tense the tagger took for an adjective ("Y revendique 300
    clients": an adjective has a gender, the mis-tagged verb has none)."""
    if tok.pos_ in ("VERB", "AUX"):
        return "Fin" in tok.morph.get("VerbForm") or bool(tok.morph.get("Mood"))
    return tok.pos_ == "ADJ" and not tok.morph.get("Gender") and tok.is_lower


def _subject_after_opening(t, index: EntityIndex):
    """"Fondée en 2020 par A et B, deux anciens de C, Y revendique …" with a broken parse: the first
    mention right after a comma that its own finite verb follows (an aside, "deux anciens de C,", is
    followed by a comma; "un ingénieur passé par C" by a participle). (name, index) or None."""
    tv = tokens_of(t.doc)
    end = t.sent.end
    for c in range(t.i + 1, end - 2):
        if tv[c].text != ",":
            continue
        k = c + 1
        while k < min(c + 5, end) and index.entity_at(k) is None and tv[k].pos_ in ("DET", "ADJ"):
            k += 1
        name = index.entity_at(k) if k < end else None
        if name is None:
            continue
        n = k
        while n < end and index.entity_at(n) == name:
            n += 1
        while n < end and tv[n].pos_ == "ADV":   # "Y aujourd'hui emploie", "Y, elle, …"
            n += 1
        if n < end and _finite_after(tv[n]):
            return (name, k)
    return None


def _passive_sale(t) -> bool:
    """biz4: a verb of sale in the passive voice ("sera cédé", "a été vendue"), not a participle alone."""
    if t.dep_ == "acl" and "Part" in t.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in t.children):
        return t.head.pos_ in ("PROPN", "NOUN")   # "Y, cédé en 2020 au groupe Z"
    return any(c.dep_ == "aux:pass" for c in t.children) and any(c.dep_ == "nsubj:pass" for c in t.children)


def _agents_of(t, index: EntityIndex) -> list:
    """biz4: the "par X" of a passive verb."""
    return [x for c in t.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]


def deal_parties(t, index: EntityIndex, out: Found) -> None:
    """Sales and tenders, whose parties the generic readers miss: what is sold and to whom, a
    tender's winner and the rivals it beat, the bidder a public buyer picks."""
    lemma = lemma_of(t)
    put = out.put
    tv = tokens_of(t.doc)
    # "X a cédé Y à Z", "pour lui céder la totalité de Y": a company sold and its buyer (a stake sold
    # is read by tidy as "buyer"; here only whole companies, not "sa participation", "20 %")
    if lemma in ("céder", "vendre", "revendre"):
        sold = [x for c in t.children if c.dep_ == "obj" and c.lemma_.lower() not in STAKES
                and c.text != "%" and c.pos_ != "NUM" and not any(k.pos_ == "NUM" for k in c.children)
                for x in entities_at(c, index)]
        passive = not sold and _passive_sale(t)
        if passive:
            # biz4: "Y sera cédé à Z", "Y a été vendu au groupe Z": the passive subject is what is sold
            sold = [x for c in ([t.head] if t.dep_ == "acl" else [c for c in t.children if c.dep_ == "nsubj:pass"])
                    if c.lemma_.lower() not in STAKES
                    for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"]
        # ("cède à Z, son partenaire, 15 % de Y": the share parsed as a conjunct of the apposition)
        shares = [k for c in t.children if c.dep_ == "obj" for k in c.children if k.dep_ == "conj" and k.text == "%"]
        if shares:
            inside = {k.i for sh in shares for k in sh.subtree}
            sold = [x for x in sold if x[1] not in inside]
        buyers = [x for c in t.children if c.dep_ in ("iobj", "obl:arg", "obl", "obl:mod") and
                  (c.dep_ == "iobj" or case_of(c) == "à") for x in entities_at(c, index)]
        kept = []   # "la totalité de Y (A, B…)": the bracket lists what Y holds; Y is what is sold
        for name, i in sold:
            j = i - 1
            while j > t.i and tv[j].text not in ("(", ")"):
                j -= 1
            if tv[j].text == "(":
                name, i = _name_before_bracket(tv[j], index), j - 1
            if name is not None and all(name != k for k, _ in kept):
                kept.append((name, i))
        kept = [k for k in kept if all(k[0] != b for b, _ in buyers)]   # ("au fonds X" misparsed as a second object)
        if kept and buyers:
            put("sold", kept)
            if not _seller_intends(t):
                put("sold_to", buyers)
            # "X … pour lui céder Y", "X a cédé Y à Z": the seller held Y (still does, while the sale is
            # to come; "held" once it is done)
            sellers = [x for x in (_agents_of(t, index) if passive else _subject_of(t, index))
                       if all(x[0] != k for k, _ in kept + buyers)]
            done = "Fin" in t.morph.get("VerbForm") or ("Part" in t.morph.get("VerbForm") and any(
                c.dep_ == "aux:tense" for c in t.children))
            put("sold_by_done" if done else "sold_by", sellers)
        # "X a cédé 20 % du capital (de Y) à Z": X held a stake in Y, Z holds it now (Y: the company named in the
        # stake, else the article's main organisation or the one whose capital was spoken of last)
        stake = [c for c in t.children if c.dep_ == "obj" and (c.text == "%" or c.lemma_.lower() in ("capital", "pourcent"))]
        if not stake:
            # ("X cède à Z, un éditeur breton, 80 % de Y": the share, after an apposition, taken for a phrase
            # or for the apposition's conjunct)
            stake = [c for c in t.children if c.dep_ in ("obl:mod", "obl") and c.text == "%"
                     and not any(k.dep_ == "case" for k in c.children)] + shares
        own_shares = False
        if not stake:
            # (s21-corpB) "X a vendu ses actions du groupe Y", "X a vendu pour un million d'euros de titres de Y":
            # shares of a company named after them (never the article's company: "X a vendu des actions")
            stake = [c for c in t.children if c.dep_ == "obj" and c.lower_ in _SHARE_NOUNS] or [
                k for c in t.children if c.dep_ in ("obl", "obl:mod", "obl:arg") and case_of(c) == "pour"
                for k in c.children if k.dep_ == "nmod" and k.lower_ in _SHARE_NOUNS]
            own_shares = bool(stake)
        if stake and any(c.dep_ == "nsubj" and c.lemma_.lower() in PRICE_SUBJECTS for c in t.children):
            stake = []   # "Le titre a cédé 7,4 % à la Bourse": a share price falling, nothing sold
        if stake and compared_share(stake[0]):
            stake = []   # (s39-clause39) "X vend ses pneus 30 % moins cher que Y": a gap in price, no stake
        if stake:
            after = stake_phrase_after(stake[0])   # (s39-clause39)
            named = [x for k in [*stake[0].subtree, *([after] if after is not None else [])]
                     if k.dep_ == "nmod" and case_of(k) in ("de", "dans") or k is after
                     for x in entities_at(k, index) if index.type_of(x[0]) == "ORG" and not _given_to(tv, x[1])]
            if not named:
                # ("les 25 % que nous détenions dans Y": the company a relative clause on the stake names)
                named = [x for r in stake[0].children if r.dep_ == "acl:relcl" and lemma_of(r) in _HOLD_VERBS
                         for k in r.children if k.dep_.startswith("obl") and case_of(k) in ("dans", "de")
                         for x in entities_at(k, index) if index.type_of(x[0]) == "ORG"]
            # (not when the stake names a thing of its own the reader could not resolve: "12,5 % du club")
            described = any(k.dep_ == "nmod" and k.pos_ == "NOUN" and case_of(k) == "de"
                            and k.lemma_.lower() not in _STAKE_OF_WORDS for k in stake[0].children) \
                or stake_names_own_company(stake[0])   # ((s39-clause39) "ses 68 % dans Y", Y no actor read)
            company = named[:1] or ([(index.topic or index.focus, -1)] if (index.topic or index.focus)
                                    and not described and not own_shares else [])
            if company and not named and any(b == company[0][0] for b, _ in buyers):
                company = []   # ("Z cède ses 18 % à Y": the article's main firm is the buyer, not the stake)
            if company:
                put("stake_in", company)
                put("stake_seller", [x for x in _subject_of(t, index) if x[0] != company[0][0]])
                # (more than half: the buyer takes control, an acquisition — ONTOLOGY)
                put("majority_buyer" if _share(stake[0]) > 50 else "stake_buyer",
                    [x for x in buyers if x[0] != company[0][0]])
    # "Sa proposition a été préférée à celle de Y (et à celle présentée par Z)", "le jury a préféré
    # l'offre de X à celle de Y": the winner of a tender and the rivals it beat
    elif lemma == "préférer":
        for c in t.children:
            if c.dep_ in ("nsubj:pass", "obj") and c.pos_ == "NOUN":
                winner = [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de"
                          for x in entities_at(k, index)]
                if not winner and any(k.dep_ == "det" and "Yes" in k.morph.get("Poss") for k in c.children):
                    ante = index.antecedent(c.i, types=("ORG", "PER", "GOV"))
                    winner = [ante] if ante else []
                put("winner", winner)
            elif case_of(c) == "à" and c.dep_ in ("obl:arg", "obl", "iobj") and c.i > t.i:
                # every name from "à celle de…" to the end of the sentence (the parser scatters the rivals)
                names = {}
                for k in range(c.left_edge.i, t.sent.end):
                    if tv[k].text in (";", ".") or (tv[k].pos_ in ("VERB", "AUX") and tv[k].dep_ in ("conj", "parataxis")):
                        break
                    name = index.entity_at(k)
                    if name is not None and index.kinds.get(k) == "name" and name not in names:
                        names[name] = k
                put("losers", list(names.items()))
    # "X a racheté Y à Z", "… pour 240 millions d'euros au groupe Z": Z sold Y, so Z held it
    # (the "à" phrase on the verb, or hung by the parser on the amount; a person or a company only)
    elif lemma in BUY_VERBS:
        near = [c for c in t.children if c.dep_ in ("obl", "obl:mod", "obl:arg", "iobj")]
        near += [k for c in t.children if c.dep_ in ("obj", "obl", "obl:mod") for k in c.children
                 if k.dep_ == "nmod" and k.lemma_.lower() in AMOUNT_WORDS]
        amounts = [k for k in near if k.lemma_.lower() in AMOUNT_WORDS]
        near += [k for c in amounts for k in c.children if k.dep_ == "nmod"]
        # ("aux héritiers de son fondateur, X": the heirs sell, X is dead or gone — no seller named)
        # (s19-gapB2) "X a racheté Y auprès du fonds Z": the parse hangs the name on "auprès", an adverb
        # of the verb, under "de"
        # (not on a participle that the parse also gives an object: "Y, acquis auprès de Z, l'allemand W en
        # 2021" lists another purchase, W was not Z's)
        if not (t.dep_ == "acl" and any(c.dep_ == "obj" for c in t.children)):
            near += [k for c in t.children if c.lower_ == "auprès" for k in c.children if case_of(k) == "de"]
        sellers = [x for c in near if (case_of(c) == "à" or c.head.lower_ == "auprès")
                   and c.lemma_.lower() not in AMOUNT_WORDS
                   and c.lemma_.lower() not in HEIRS and c.lower_ not in HEIRS
                   and c.pos_ in ("NOUN", "PROPN") for x in entities_at(c, index)
                   if index.type_of(x[0]) in ("ORG", "PER")]
        put("seller", sellers)
    # "X conserve 41,2 % du capital (de Y)", "X garde 20 % de Y": a stake kept is held (in the company the
    # stake names, else the article's); never "X conserve la présidence de Y"
    elif lemma in ("conserver", "garder"):
        stake = [c for c in t.children if c.dep_ == "obj" and (c.text == "%" or c.lemma_.lower() in _KEPT_STAKES)]
        if stake:
            named = [x for k in stake[0].subtree if k.dep_ == "nmod" and case_of(k) in ("de", "dans")
                     for x in entities_at(k, index) if index.type_of(x[0]) == "ORG"]
            company = named[:1] or ([(index.topic, -1)] if index.topic else [])
            put("kept_in", [x for x in company if all(x[0] != s for s, _ in _subject_of(t, index))])
    # "La Ville a choisi l'offre de A et B": a public buyer picks a bidder, who gets the contract
    elif lemma in ("choisir", "retenir", "sélectionner"):
        for c in t.children:
            if c.dep_ == "obj" and c.lemma_.lower() in ("offre", "offrir", "proposition", "candidature"):
                put("chosen", [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de"
                               for x in entities_at(k, index)])


def _share(stake) -> float:
    """The percentage of a stake noun ("80 %"), 0 if none is written."""
    for n in stake.children:
        if n.dep_ == "nummod":
            try:
                return float(n.text.replace(",", "."))
            except ValueError:
                return 0.0
    return 0.0


def _causative(t, index: EntityIndex, out: Found) -> None:
    """"X a fait payer à Y 14 millions d'euros à Z", "X fait financer le projet par Y": after a causative
    "faire" the subject makes someone else do it; the doer is the "par" phrase, or the first "à" phrase
    when another party follows (slot "subj"), not the one who has it done."""
    doc = t.doc
    if "subj" not in out:
        return   # (tested below too: first, as it spares the generator)
    caus = any(c.lemma_.lower() == "faire" and c.i == t.i - 1 and c.dep_ in ("dep", "aux", "aux:caus", "aux:tense")
               for c in t.children) \
        or (t.dep_ == "xcomp" and t.head.lemma_.lower() == "faire" and t.head.i == t.i - 1)
    if not caus or "subj" not in out:
        return
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > t.i for c in t.children):
        return   # ("fait venir X": the parser's own subject after the verb)
    doers = [x for c in t.children if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and case_of(c) == "par")
             for x in entities_at(c, index)]
    dative = [c for c in t.children if c.dep_.startswith("obl") and case_of(c) in ("à", "au", "aux") and c.i > t.i]
    others = [c for c in t.children if c.dep_ == "obj" and c.i > t.i] + dative[1:]
    if not doers and dative and others:
        doers = entities_at(dative[0], index)
        if "prep:à" in out:
            out["prep:à"] = [x for x in out["prep:à"] if x not in doers]
            if not out["prep:à"]:
                del out["prep:à"]
    if doers:
        out["subj"] = doers   # (with no one named to do it, the one who has it done stands: "fait verser N à Y")
        # "… à Z, une société dirigée par W": a noun after a comma behind the last party is Z's apposition
        # (the parser takes it for a second object)
        last = max((c.right_edge.i for c in dative[1:]), default=-1)
        late = [c for c in others if c.dep_ == "obj" and last >= 0 and c.left_edge.i > last
                and doc[c.left_edge.i - 1].text == ","]
        if late and "obj" in out:
            out["obj"] = [x for x in out["obj"] if not any(c.left_edge.i <= x[1] <= c.right_edge.i for c in late)]
            if not out["obj"]:
                del out["obj"]


_TIME_HEADS = TIME_WORDS | {"début", "fin", "mi", "courant", "janvier", "février", "mars", "avril", "mai", "juin",
                            "juillet", "août", "septembre", "octobre", "novembre", "décembre", "semaine", "mois"}


def _time_phrase_between(t, c) -> bool:
    """Between the verb and its child c, only a time phrase set off by commas ("a rencontré, début mars, X")."""
    tv = tokens_of(t.doc)
    between = tv[t.i + 1:c.i]
    return any((x.lower_ in _TIME_HEADS or x.like_num) and x.dep_ in ("obl:mod", "obl", "nmod") for x in between) and all(
        x.is_punct or x.is_digit or x.pos_ in ("ADV", "DET", "NUM", "ADJ", "ADP") or x.lower_ in _TIME_HEADS
        for x in between)



def _after_time_phrase(t, tv):
    """The word right after ", <time phrase>," that follows the verb t, when the parser hung it on the verb
    or on the time phrase (no preposition or conjunction of its own)."""
    for c in t.children:
        if c.dep_ != "obl:mod" or tv[t.i + 1].text != "," or not (
                c.i == t.i + 2 or c.i == t.i + 3 and tv[t.i + 2].pos_ in ("DET", "ADP")):
            continue   # ("a racheté, fin 2021, …", "a reçu, le 3 mai, …", "a rencontré, en mars, …")
        if c.lower_ not in _TIME_HEADS and not c.like_num:
            continue
        comma = next((k for k in range(c.i + 1, min(c.i + 5, t.sent.end)) if tv[k].text == ","), None)
        if comma is None or comma + 1 >= t.sent.end or not _time_phrase_between(t, tv[comma + 1]):
            continue
        k = comma + 1
        if tv[k].pos_ == "DET":
            k += 1
        w = tv[k]
        if w.head.i in (t.i, c.i, comma) and w.dep_ in ("obl:mod", "conj", "appos", "nmod", "obj", "fixed") \
                and case_of(w) is None and not any(x.dep_ == "cc" for x in w.children):
            yield w


# Words between a subject and its verb that the line reading of "remettre au pot" steps over ("X remet également
# au pot", "X, lui aussi, remet au pot").
_STEP_OVER = frozenset({"également", "aussi", "lui", "elle", "eux", "elles", "encore", "donc", "ainsi", "de", "son",
                        "sa", "leur", "côté", "quant", "à", "lui-même", "elle-même", "y"})


def _brought_by_de(tv, index: EntityIndex, end: int, start: int) -> bool:
    """The name ending at token ``end`` is the complement of a noun before it ("patron de l'enseigne Y")."""
    name = index.entity_at(end)
    k = end
    while k > start and index.entity_at(k - 1) == name:
        k -= 1
    k -= 1
    while k > start and (tv[k].pos_ == "DET" or tv[k].is_lower and tv[k].pos_ in ("NOUN", "ADJ")):
        k -= 1   # ("de l'enseigne de jardinage Y": past the descriptor of Y)
        if tv[k].lower_ in ("de", "d'", "d’", "du", "des"):
            return True
    return tv[k].lower_ in ("de", "d'", "d’", "du", "des")


def _name_right_before(verb, index: EntityIndex) -> list[tuple[str, int]]:
    """"…, tandis que Séraphin Invest, présent depuis l'amorçage, remet au pot", "Son actionnaire historique, le
    family office X, remet également au pot": the parser loses the subject of this fixed phrase in a second clause
    or behind an apposition; read as a line, it is the name right before the verb, past adverbs and one
    apposition set off by commas."""
    tv = tokens_of(verb.doc)
    start = verb.sent.start
    j = verb.i - 1
    while j > start and tv[j].lower_ in _STEP_OVER:
        j -= 1
    if j > start and tv[j].text == ",":
        # back over an apposition to its opening comma (a name closing it is the subject itself, unless a "de"
        # brings it: "X, ancien patron de l'enseigne Y, remet au pot")
        if index.entity_at(j - 1) is None or _brought_by_de(tv, index, j - 1, start):
            k = j - 1
            while k > start and k > j - 10 and tv[k].text != "," and tv[k].pos_ not in ("VERB", "AUX"):
                k -= 1
            if tv[k].text != ",":
                return []
            j = k
        j -= 1
    name = index.entity_at(j) if j >= start else None
    if name is None or index.kinds.get(j) not in ("name", "introducer") or index.type_of(name) not in ("ORG", "PER"):
        return []
    return [(name, j)]


_DEFINITE = {"le", "la", "l'", "l’", "les"}


def founded_by_participle(t, index: EntityIndex, out: Found) -> None:
    """"Y, une société de conseil créée en 2021 par X", "La jeune pousse fondée en 2020 par A et B
    annonce …": a participle of founding without auxiliary, its founders named with "par", describes
    the company phrase right before it (the parser often breaks it: "pousse" taken for a verb, the
    agent hung on the main verb). That company is the name the phrase is apposed to, the one the
    descriptor stands for, else - a definite descriptor opening the sentence - the article's company."""
    if "Part" not in t.morph.get("VerbForm") or any(c.dep_.startswith(("aux", "nsubj")) for c in t.children):
        return   # "X a fondé Y", "Y avait été fondée par X": the verb's own subject
    tv = tokens_of(t.doc)
    if tv[t.i - 1].pos_ == "AUX" or tv[t.i - 1].lower_ in ("a", "ont", "avait", "été"):
        return
    founders = out.get("agent") or _founders_after(t, index, tv)
    if not founders or any(index.type_of(n) != "PER" for n, _ in founders):
        return
    company = _founded_company(t, index, tv)
    if company is None:
        return
    out.pop("subj", None)   # (a participle has no subject of its own)
    out["pass"] = [company]
    if "agent" not in out:
        out.put("agent", founders)


def _founders_after(t, index: EntityIndex, tv) -> list:
    """The persons of "par X (et Y)" after a founding participle, past a time or place phrase ("en 2020",
    "il y a dix ans", "à Lyon") and a title or kin word ("par la radiologue X", "par son père, X")."""
    end = t.sent.end
    k = t.i + 1
    while k < min(end, t.i + 7) and tv[k].lower_ != "par" and (
            tv[k].lower_ in TIME_PLACE_WORDS or tv[k].like_num or index.entity_at(k) is not None
            and index.type_of(index.entity_at(k)) in ("LOC", "GOV")):
        k += 1
    if k >= end or tv[k].lower_ != "par":
        return []
    k += 1
    stop = min(end, k + 5)
    while k < stop and index.entity_at(k) is None and (tv[k].pos_ in ("DET", "ADJ", "NOUN") or tv[k].text == ","):
        k += 1
    name = index.entity_at(k) if k < end else None
    if name is None or index.kinds.get(k) != "name" or index.type_of(name) != "PER":
        return []
    return extend_list(t.doc, index, [(name, k)])


def _founded_company(t, index: EntityIndex, tv):
    """The company a founding participle describes, read back from it: (name, index) or None."""
    start = t.sent.start
    j = t.i - 1
    if tv[j].text == ",":
        # "Laiteries Y, fondées par X": the name right before the comma
        if _org_name_at(j - 1, index):
            return (index.entity_at(j - 1), j - 1)
        j -= 1
    # the descriptor noun: back over its adjectives and complements ("une petite société de conseil
    # parisienne", "la start-up de drones cargo"), no verb nor punctuation between
    nouns = org_nouns()
    k, head = j, None
    while k >= max(start, t.i - 9):
        w = tv[k]
        low = w.lower_
        if low in nouns or low in YOUNG_COMPANY_NOUNS or w.lemma_.lower() in nouns:
            head = k
            break
        if w.pos_ not in ("ADJ", "NOUN", "ADP", "DET", "PROPN", "ADV") or w.text in (",", ";", ":") \
                or index.entity_at(k) is not None:
            return None
        k -= 1
    if head is None:
        return None
    if index.entity_at(head) is not None:   # "la PME" the mention finder tied to its company
        name = index.entity_at(head)
        return (name, head) if index.type_of(name) == "ORG" else None
    s = head - 1
    while s >= start and tv[s].pos_ == "ADJ":   # "une jeune pousse", "une petite structure"
        s -= 1
    if s < start or tv[s].pos_ != "DET":
        return None
    if s >= start + 2 and tv[s - 1].text == "," and _org_name_at(s - 2, index) and not _in_prep_phrase(tv[s - 2]):
        return (index.entity_at(s - 2), s - 2)   # "Y, une société de conseil créée par X"
    opens = s == start or all(not x.is_alpha for x in tv[start:s])
    if opens and tv[s].lower_ in _DEFINITE and index.topic and index.type_of(index.topic) == "ORG" \
            and head not in index.place_refused:   # ((s39-desc39) "Le négociant genevois, fondé par X": coref
        return (index.topic, -1)   # found no one of that place) "La jeune pousse fondée en 2020 par A et B annonce …"
    return None


def _org_name_at(k: int, index: EntityIndex) -> bool:
    name = index.entity_at(k)
    return name is not None and index.kinds.get(k) == "name" and index.type_of(name) == "ORG"


# What a stake is "of" that is no other thing: "20 % du capital", "de ses titres"
# (s21-corpB) shares sold, named by their noun ("ses actions de Y", "des titres de Y"; plural "titres", "parts":
# "le titre de Y" is its newspaper, "sa part de Y" a share of something else)
_SHARE_NOUNS = frozenset({"action", "actions", "titres", "parts"})
_STAKE_OF_WORDS = frozenset({"capital", "titre", "action", "part", "droit", "participation", "actionnariat", "société",
                             "entreprise", "groupe"})


def _given_to(tv, i: int) -> bool:
    """A name after "à"/"au" (through adjectives): "cède 51 % de ses droits au brésilien Y" — Y, hung
    on the stake by the parser, is the buyer, not the company the stake is in."""
    j = i - 1
    # (s21-prec21) the nationality the parser tags a noun ("au brésilien Y") and a common noun ("au groupe
    # Y") lie inside the "à" phrase as well
    while j >= 0 and i - j <= 3 and (tv[j].pos_ in ("ADJ", "DET") or tv[j].pos_ == "NOUN" and tv[j].text.islower()):
        j -= 1
    return i >= 0 and j >= 0 and tv[j].lower_ in ("à", "au", "aux")
