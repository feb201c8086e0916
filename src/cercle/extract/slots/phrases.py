"""Phrases of nominalisations and of rounds, sales, successions, wherever the parser hung them."""
from __future__ import annotations

from ...nlp.docview import tokens_of

from ...mentions.demonyms import country_named
from ...mentions.entities import EntityIndex
from ...mentions.index import OFFER_NOUNS
from ...mentions.lexicon import lexicon
from ..arguments import (GIVEN_NOUNS, RECEIVE_VERBS, STAKES, DEMAND_VERBS, extend_list, FUNDING_NOUNS, OBJECT_CONTROL, ORGANS, PERSON_TITLES, RAISE_VERBS,
                         _subject_of, case_of, entities_at, lemma_of)
from ..lists import investors_after, recipients_after, share_holders, via_chain
from .biz import _stake_target, _words as biz_words, sum_parties, tender_parties
from .found import Found
from .gate import acts_on
from .interview32 import public_organ   # (s32-interview32) "notre conseil régional": no company board
from .readers import capital_phrase, counterpart_heads_a_country, heads_a_country
from .words import (APPOINT_VERBS, BOARD_DIRECTOR_KINDS, FUNDED, GRANT_VERBS, GRANTED_NOUNS, STAKE_TAKING_VERBS, AMOUNT_WORDS, ARRIVAL_NOUNS, AWARD_VERBS, BOARD_JOIN_VERBS, BOARD_SEATS, COMMITTEES, COUNTERPARTS, ENTRUST_VERBS,
                    NOT_BOARD_COMMITTEES, PLAIN_SUCCESSION_VERBS, POSTS, REFUSAL_VERBS, ROUND_WORDS, SEAT_WORDS,
                    SUCCESSION_VERBS, ANNOUNCE_VERBS, PUBLIC_TITLES, BOARD_ENTRY_NOUNS, TALK_NOUNS, TALK_VERBS, PURCHASE_NOUNS, TIME_WORDS)

# Verbs that put someone in a post ("nommé à la tête de Y", "porté à la présidence de Y", "reconduit à la
# direction de Y").
_POSTED_VERBS = frozenset(APPOINT_VERBS | {"porter", "propulser", "reconduire", "placer", "maintenir", "confirmer",
                                           "réélire", "bombarder", "parachuter", "rappeler"})


def adverb_phrases(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"auprès de X", "face à X" parsed as adverbs; a round "auprès de X" wherever "auprès" hangs."""
    tv = tokens_of(t.doc)   # the token list: tv[i] skips DocView.__getitem__
    put = out.put
    # "auprès de X", "face à X" parsed as an adverb with its own complement
    for c in t.children:
        if c.lower_ in ("auprès", "face", "vis-à-vis", "autour") and c.dep_ in ("advmod", "obl", "obl:mod", "dep"):
            for cc in c.children:
                if case_of(cc) in ("de", "à", None) and cc.dep_ in ("obl:arg", "nmod", "obl", "obl:mod"):
                    put(f"prep:{c.lower_}", entities_at(cc, index))
            if f"prep:{c.lower_}" not in out:
                # misparsed: the first name after "auprès de", within a few words
                for j in range(c.i + 1, min(c.i + 10, len(t.doc))):
                    if tv[j].text in (".", ";", ":") :
                        break
                    if index.entity_at(j) and index.kinds.get(j) == "name":
                        put(f"prep:{c.lower_}", [(index.entity_at(j), j)])
                        break
    # a round "auprès de X" wherever the parser hung "auprès"
    if (t.lemma_.lower() in FUNDING_NOUNS or t.lemma_.lower() in RAISE_VERBS) and "prep:auprès" not in out:
        for j in range(t.i + 1, t.sent.end):
            if tv[j].lower_ == "auprès":
                for k in range(j + 1, min(j + 10, t.sent.end)):
                    if index.entity_at(k) and index.kinds.get(k) in ("name", "introducer"):
                        put("prep:auprès", [(index.entity_at(k), k)])
                        break
                break


_OFFER_NOUNS = {"offre", "opa", "ope", "contre-offre", "surenchère", "proposition"}
# the words of a stake between "visant" and the company: "visant la totalité du capital de Y", "100 % des actions de Y"


def _offer_aimed_at(t, index: EntityIndex) -> list:
    """"une offre publique d'achat visant Y", "un projet d'OPA visant la totalité du capital de Y": the company
    an offer aims at (slot "aimed_at"); "visant" hangs on the offer noun or on its "d'achat"."""
    heads = [t] + [c for c in t.children if c.dep_ == "nmod" and c.lemma_.lower() in ("achat", "échange", "rachat")]
    for h in heads[1:]:
        # "une offre publique d'achat sur Y" with "sur Y" hung on "achat"
        got = [x for c in h.children if c.dep_ == "nmod" and case_of(c) == "sur" for x in entities_at(c, index)]
        if got:
            return got
    for h in heads:
        for v in h.children:
            if v.dep_ != "acl" or v.lemma_.lower() != "viser" or v.i < t.i:
                continue
            for o in v.children:
                if o.dep_ != "obj":
                    continue
                return _stake_target(o, index, depth=3)   # down the stake's "de" chain
    return []


_FOUNDING_VERBS = frozenset({"fonder", "cofonder", "co-fonder", "créer"})


def _cofounder_after_aside(t, index: EntityIndex, agents, tv) -> list[tuple[str, int]]:
    """"Fondée par A, docteure en chimie passée par le CEA, et B, …", "cofondée par A, qui la préside, et B":
    the second founder, coordinated after the first one's aside (which the parser takes the "et B" into)."""
    last = max(i for _, i in agents)
    name = index.entity_at(last)
    k = last
    while k + 1 < t.sent.end and index.entity_at(k + 1) == name:
        k += 1
    k += 1
    if k >= t.sent.end or tv[k].text != ",":
        return []
    for e in range(k + 1, min(k + 25, t.sent.end - 2)):
        other = index.entity_at(e)
        if other is not None and index.kinds.get(e) == "name" and index.type_of(other) == "PER":
            return []   # (another person in the aside: not a list of founders)
        if tv[e].lower_ == "et" and tv[e - 1].text == ",":
            j = e + 2 if tv[e + 1].lower_ == "par" else e + 1
            who = index.entity_at(j)
            if who is not None and index.kinds.get(j) == "name" and index.type_of(who) == "PER" \
                    and who not in {n for n, _ in agents}:
                return [(who, j)]
            return []
    return []


# "Le conseil accueille X", "le conseil a coopté X", "le conseil sera élargi à X": the board takes a member in
_BOARD_TAKING_VERBS = frozenset({"accueillir", "coopter", "élargir", "intégrer"})


def _board_takes_in(t, index: EntityIndex, out: Found) -> None:
    """The newcomer and the company of a board that, as the verb's subject, takes someone in: the one its
    phrase names, else (a bare "le conseil") the article's main organisation (_bare_board)."""
    boards = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i]
    if len(boards) != 1 or boards[0].lemma_.lower() not in ("conseil", "directoire", "board"):
        return
    owners = _bare_board(boards[0], index)
    passive = boards[0].dep_ == "nsubj:pass"
    newcomers = [x for c in t.children
                 # (the object the parser may take for a phrase with no preposition: "accueille également X")
                 # ("a coopté X" with X taken for a second subject, after the verb)
                 if (not passive and (c.dep_ == "obj" or c.dep_.startswith("obl") and case_of(c) is None
                                      or c.dep_ == "nsubj" and c.i > t.i))
                 or (passive and c.dep_.startswith("obl") and case_of(c) == "à")
                 for x in entities_at(c, index) if index.type_of(x[0]) in ("PER", "ORG")]
    if owners and newcomers:
        out.put("board_newcomer", newcomers)
        out.put("board_subject", owners)


def _held_since_bought(t, index: EntityIndex, out: Found) -> None:
    """"Le club, dont X détient 60 % des parts depuis son rachat en 2021", "X contrôle Y depuis son acquisition":
    a company held since it was bought was bought by its holder (slot "bought_since": what the holding verb
    holds)."""
    if not any(k.lower_ in ("rachat", "acquisition", "reprise") and k.pos_ == "NOUN" and case_of(k) == "depuis"
               and any(d.dep_ == "det" and d.lower_ in ("son", "sa", "leur") for d in k.children) for k in t.subtree):
        return
    for key in ("obj", "pass", "prep:de"):
        if key in out:
            out.put("bought_since", out[key][:1])
            return
    if t.dep_ == "acl:relcl" and any(c.lower_ == "dont" for c in t.children):
        # ("le club, dont X détient 60 % des parts": "dont" stands for the noun the clause hangs on)
        out.put("bought_since", [x for x in entities_at(t.head, index) if index.type_of(x[0]) == "ORG"][:1])


_BUYING_PARTICIPLES = frozenset(("racheter", "acquérir", "reprendre", "absorber"))
_WHEN_WORDS = frozenset(("an", "année", "mois", "été", "hiver", "printemps", "automne", "dernier", "passé"))


def _dated_deal(t) -> bool:
    """Whether a participle carries a date or a price ("rachetée en 2015", "racheté 450 M€", "acquise l'an
    dernier"): a purchase told as a past fact, not a verb of taking back ("une marque reprise du catalogue")."""
    for c in t.children:
        if c.dep_.startswith("obl") or c.dep_ in ("obj", "advmod"):
            if any(k.like_num or k.lower_ in _WHEN_WORDS or k.text in ("€", "M€", "Md€") for k in c.subtree):
                return True
    return False


def _holder_of_bought(noun, index: EntityIndex, bought: str) -> list:
    """"X conserve la laiterie A et la fromagerie Y, acquise en 2021": the subject of a verb of holding whose
    object (or a conjunct of it) is the company bought (data/biz.yaml holders_of_bought)."""
    top = noun
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    verb = top.head
    if top.dep_ != "obj" or verb.pos_ != "VERB" or lemma_of(verb) not in biz_words()["holders_of_bought"]:
        return []
    return [x for x in _subject_of(verb, index) if x[0] != bought and index.type_of(x[0]) in ("PER", "ORG", "GOV")][:1]


def _subject_before(t, j: int) -> bool:
    """Whether token j is the subject (or the name in it) of the sentence right before t's: a possessive's owner
    told across sentences is sure only so ("Le groupe X a publié ses comptes. Sa filiale Y, …"; by its name:
    "Le groupe poursuit ses emplettes. Sa filiale Y" may stand for any company a descriptor was taken for)."""
    if j < 0 or t.sent.start == 0:
        return False
    tok = t.doc[j]
    prev = t.doc[t.sent.start - 1].sent
    return prev.start <= j < prev.end and (tok.dep_.startswith("nsubj") or tok.head.dep_.startswith("nsubj"))


def _bought_unnamed(t, index: EntityIndex, out: Found) -> None:
    """"Sa filiale Y, à Pessac, rachetée en 2015 pour 22 M€", "la fromagerie Y, acquise en 2021", "Y, la marque
    de rillettes rachetée en 2014": a company the text says was bought, naming no buyer (no "par" phrase), was
    bought by the owner its possessive points at, else by the article's company (slots "bought_unnamed",
    "buyer_unnamed")."""
    if t.dep_ not in ("acl", "advcl") or "Part" not in t.morph.get("VerbForm") or not _dated_deal(t):
        return
    if any(c.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "aux", "aux:pass") or case_of(c) == "par" for c in t.children):
        return
    if t.dep_ == "advcl":
        # "X détient Y, rachetée il y a deux ans": the parser hangs the participle on the verb of holding
        verb = t.head
        objs = [c for c in verb.children if c.dep_ == "obj" and c.i < t.i]
        if t.i < 1 or t.doc[t.i - 1].text != "," or not objs or lemma_of(verb) not in biz_words()["holders_of_bought"] \
                or objs[-1].right_edge.i != t.i - 2:
            return
        bought = [x for x in entities_at(objs[-1], index) if index.type_of(x[0]) == "ORG"][:1]
        holder = [x for x in _subject_of(verb, index) if bought and x[0] != bought[0][0]
                  and index.type_of(x[0]) in ("PER", "ORG", "GOV")][:1]
        if bought and holder:
            out.put("bought_unnamed", bought)
            out.put("buyer_unnamed", holder)
        return
    noun = t.head
    bought = [x for x in entities_at(noun, index) if index.type_of(x[0]) == "ORG"][:1]
    if not bought and noun.dep_ in ("appos", "nmod") and noun.head.pos_ in ("PROPN", "NOUN"):
        # ("Y, la marque de rillettes de la mer rachetée en 2014": the participle hangs on the description's last noun)
        top = noun
        while top.dep_ == "nmod" and top.head.pos_ == "NOUN" and not entities_at(top, index):
            top = top.head
        if top.dep_ == "appos":
            bought = [x for x in entities_at(top.head, index) if index.type_of(x[0]) == "ORG"][:1]
    if not bought:
        return
    holder = _holder_of_bought(noun, index, bought[0][0])
    if holder:
        out.put("bought_unnamed", bought)
        out.put("buyer_unnamed", holder)
        return
    poss = [d for d in noun.children if d.dep_ == "det" and "Yes" in d.morph.get("Poss")]
    got = index.antecedent(poss[0].i, exclude={bought[0][0]}, types=("PER", "ORG", "GOV")) if poss else None
    if got and got[1] >= t.sent.start:
        buyer = [got]
    else:
        # (a possessive owned across sentences, "Le groupe poursuit ses emplettes. Sa filiale Y, rachetée…",
        # is the article's company as often as the last name before: the article's company)
        company = index.topic
        buyer = [(company, -1)] if company and company != bought[0][0] and index.type_of(company) == "ORG" \
            else [got] if got and _subject_before(t, got[1]) and index.kinds.get(got[1]) == "name" else []
    if buyer:
        out.put("bought_unnamed", bought)
        out.put("buyer_unnamed", buyer)


_CHARTER_VERBS = frozenset(("affréter", "louer", "noliser"))
_BILL_VERBS = frozenset(("régler", "payer", "acquitter", "honorer"))
_BILL_NOUNS = frozenset(("facture", "factures", "frais", "salaires", "loyer", "loyers", "prestations", "services", "honoraires"))
_MONEY_ADVERBS = frozenset(("financièrement",))


def _money_verbs(t, t_lemma, index: EntityIndex, out: Found) -> None:
    """"X affrétait les pétroliers de Y", "X réglait les factures du transitaire Y": the owner of what is chartered,
    the one whose bills are paid, is paid (slot "paid_owner"); "qui avaient soutenu financièrement le club": backing
    with money is funding (slot "backed_with_money", the verb's object)."""
    if t_lemma in _CHARTER_VERBS or t_lemma in _BILL_VERBS:
        for c in t.children:
            if c.dep_ == "obj" and c.pos_ == "NOUN" and index.entity_at(c.i) is None and (
                    t_lemma in _CHARTER_VERBS or c.lower_ in _BILL_NOUNS):
                out.put("paid_owner", [x for k in c.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des")
                                       for x in entities_at(k, index) if index.type_of(x[0]) in ("ORG", "PER", "LOC")][:1])
    elif any(c.dep_ == "advmod" and c.lower_ in _MONEY_ADVERBS for c in t.children):
        out.put("backed_with_money", [x for c in t.children if c.dep_ == "obj" for x in entities_at(c, index)][:1])


def _target_as_line(t, index: EntityIndex, tv) -> list:
    """"une offre publique d'achat (OPA) hostile sur son concurrent lyonnais Y" with the "sur" phrase hung far
    off: the first "sur" after the offer's words, before any verb, and the name after its description."""
    for j in range(t.i + 1, min(t.i + 10, t.sent.end - 1)):
        if tv[j].pos_ in ("VERB", "AUX"):
            return []
        if tv[j].lower_ == "sur":
            k = j + 1
            while k < min(j + 4, t.sent.end) and index.entity_at(k) is None and tv[k].is_lower and tv[k].pos_ in ("DET", "ADJ", "NOUN"):
                k += 1
            name = index.entity_at(k) if k < t.sent.end else None
            if name is not None and index.kinds.get(k) in ("name", "introducer") and index.type_of(name) == "ORG":
                return [(name, k)]
            return []
    return []


def _name_after_description(c, index: EntityIndex, tv) -> list:
    """"son concurrent lyonnais Y": the name right after a lower-case description (two words at most)."""
    k = c.i + 1
    while k < min(c.i + 3, c.sent.end) and index.entity_at(k) is None and tv[k].is_lower and tv[k].pos_ in ("ADJ", "NOUN"):
        k += 1
    name = index.entity_at(k) if k < c.sent.end else None
    return [(name, k)] if name is not None and index.kinds.get(k) == "name" and index.type_of(name) == "ORG" else []


def _dative_clitic(verb, index: EntityIndex) -> list:
    """"La Région nous a accordé 25 M€", "la Ville lui verse 1,2 M€": the dative clitic before the verb (one the
    parser takes for a second subject too) stands for who receives; its company's type may still be a place's."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("nous", "lui", "leur")]
    return [x for c in verb.children if c.pos_ == "PRON" and c.lower_ in ("nous", "lui", "leur") and c.i < verb.i
            and (c.dep_ in ("iobj", "expl:comp") or (c.dep_ == "nsubj" and subjects))
            for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "PER", "LOC")][:1]


# (s32-deals32) the verbs of an offer's purpose ("une offre … pour racheter Z"): its object, not the addressee, is the target
_PURPOSE_TAKE = frozenset(("racheter", "reprendre", "acquérir", "acheter", "emparer", "absorber", "contrôler",
                           "prendre", "avaler", "offrir", "partager", "récupérer", "rafler"))
_OFFER_GIVING = frozenset(("faire", "adresser", "soumettre", "présenter", "transmettre", "remettre", "envoyer"))


def _offered_to(t, index: EntityIndex, out: Found) -> None:
    """"X ne nous a fait aucune offre", "X lui a adressé une offre", "X a fait une offre à la société Y": the one
    an offer is made to (the light verb's dative clitic or "à" phrase, or the noun's "à" phrase) is its target
    (slot "offered_to"); a clitic the parser takes for a second subject too."""
    verb = t.head
    if verb.i == t.i or verb.pos_ != "VERB" or lemma_of(verb) not in _OFFER_GIVING:
        return
    if any(c.dep_ in ("acl", "advcl") and lemma_of(c) in _PURPOSE_TAKE and any(m.lower_ == "pour" for m in c.children)
           for h in (t, verb) for c in h.children):
        return   # (s32-deals32) "X a remis à Y une offre pour racheter Z": Y is the seller addressed, Z the target
    got = _dative_clitic(verb, index)
    for c in verb.children:
        if c.dep_ in ("obl", "obl:arg", "iobj") and case_of(c) in ("à", "au", "aux"):
            got += entities_at(c, index)
    got += [x for c in t.children if c.dep_ == "nmod" and case_of(c) in ("à", "au", "aux") for x in entities_at(c, index)]
    got = [x for x in got if index.type_of(x[0]) in ("ORG", "LOC")]   # (a company's type may still be a place's)
    if got:
        out.put("offered_to", got[:1])


_RIVAL_PLURALS = frozenset(("concurrent", "concurrents", "concurrente", "concurrentes", "rivaux", "rivales", "compétiteurs"))
# the words that open the names of some of a plural: "des concurrents puissants, à commencer par Y"
_FIRST_OF = (("à", "commencer", "par"), ("au", "premier", "rang", "desquels"), ("au", "premier", "rang", "desquelles"),
             ("notamment",), ("dont",), ("parmi", "lesquels"), ("tels", "que"),
             ("comme",), ("en", "particulier"))


def _rivals_listed(t, index: EntityIndex, out: Found, tv) -> None:
    """"X devra affronter des concurrents puissants, à commencer par Y", "X fait face à de nombreux rivaux,
    notamment Y": the names a plural of rivals lists after a comma (slot "rivals_listed") are rivals of the subject of
    the verb the plural hangs on (slot "rivals_faced"), read as a line."""
    j = t.i + 1
    while j < t.sent.end and (tv[j].pos_ == "ADJ" or tv[j].pos_ == "ADV" and tv[j].lower_ in ("mieux", "plus", "très", "bien")
                              or tv[j].pos_ == "VERB" and tv[j - 1].pos_ == "ADV" and "Part" in tv[j].morph.get("VerbForm")):
        j += 1   # ("des rivaux mieux dotés, …")
    if j >= t.sent.end or tv[j].text != ",":
        return
    j += 1
    for cue in _FIRST_OF:
        if tuple(tv[k].lower_ for k in range(j, min(j + len(cue), t.sent.end))) == cue:
            j += len(cue)
            break
    else:
        return
    while j < t.sent.end and index.entity_at(j) is None and tv[j].pos_ in ("DET", "NOUN", "ADJ") and tv[j].is_lower:
        j += 1
    name = index.entity_at(j) if j < t.sent.end else None
    if name is None or index.kinds.get(j) not in ("name", "introducer") or index.type_of(name) != "ORG":
        return
    verb = t.head
    while verb.pos_ != "VERB" and verb.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and verb.head.i != verb.i:
        verb = verb.head   # ("faire face à des concurrents": the phrase's verb)
    if verb.pos_ != "VERB" and t.i - 2 >= t.sent.start and tv[t.i - 2].pos_ == "VERB" and tv[t.i - 1].pos_ == "DET":
        verb = tv[t.i - 2]   # ("X affronte des rivaux" with the plural hung elsewhere: the verb right before)
    if verb.pos_ != "VERB":
        return
    faced = [x for x in _subject_of(verb, index) if index.type_of(x[0]) == "ORG" and x[0] != name]
    if faced:
        # (its own slot, not "head": two names in "head" are rivals of each other, competes.rivals)
        out.put("rivals_listed", [(name, j)])
        out.put("rivals_faced", faced[:1])


def later_phrases(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Successions, arrivals, refusals, demands, amounts, rounds, contracts, complaints and misattached phrases."""
    tv = tokens_of(t.doc)   # the token list: tv[i] skips DocView.__getitem__
    put = out.put
    t_lem, t_lemma = t.lemma_.lower(), lemma_of(t)   # (asked some thirty times below: once)
    sum_parties(t, index, out)   # "X a consenti un prêt de 40 M€ à Y" (biz.py)
    if verbal and t_lemma in ("détenir", "posséder", "contrôler") and out.wants("bought_since"):
        _held_since_bought(t, index, out)   # "dont X détient 60 % des parts depuis son rachat en 2021"
    if verbal and t_lemma in _BUYING_PARTICIPLES and out.wants("bought_unnamed"):
        _bought_unnamed(t, index, out)   # "Sa filiale Y, rachetée en 2015 pour 22 M€": by the possessive's owner
    if verbal and t_lemma == "offrir" and "obj" in out and out.wants("self_bought") and any(
            c.lower_ in ("se", "s'", "s’") for c in t.children):
        # "En 2018, il s'offre (via la holding B) le quotidien Y": a company one treats oneself to is bought, by
        # the subject and by the vehicle it goes through (slots "self_bought", "via")
        put("self_bought", [x for x in out["obj"] if index.type_of(x[0]) == "ORG"][:1])
        put("via", [x for c in t.children if c.dep_.startswith("obl") and case_of(c) == "via"
                    for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"][:1])
    if verbal and out.wants("paid_owner", "backed_with_money"):
        _money_verbs(t, t_lemma, index, out)   # "X affrétait les navires de Y", "qui ont soutenu financièrement Y"
    if not verbal and t_lem in _OFFER_NOUNS and "prep:sur" not in out and out.wants("prep:sur"):
        # "une OPA hostile sur son concurrent Y": the parser hangs the "sur" phrase on the adjective
        # (a target named after its description, "sur son concurrent lyonnais Y", the name hung on the adjective)
        sur = [c for k in [t] + [k for k in t.children if k.dep_ in ("amod", "appos") and k.pos_ in ("ADJ", "PROPN")]
               for c in k.children if c.dep_.startswith(("obl", "nmod")) and case_of(c) == "sur"]
        put("prep:sur", [x for c in sur for x in (entities_at(c, index) or _name_after_description(c, index, tv))][:1])
        if "prep:sur" not in out:
            put("prep:sur", _target_as_line(t, index, tv))
        if "prep:sur" in out and "subj" not in out and t.dep_ == "appos" and t.head.lower_ in TIME_WORDS \
                and t.head.head.pos_ == "VERB":
            # "X a lancé mercredi une offre …": the offer taken for the day's apposition; the verb's subject bids
            put("subj", _subject_of(t.head.head, index))
    if not verbal and t_lem in _OFFER_NOUNS and "subj" not in out and t.dep_ == "obj" and t.head.pos_ == "VERB":
        # "le fonds X, qui détient 8 % du capital, pourrait déposer une contre-offre" (verbs.py)
        from .verbs import subject_before_relative
        put("subj", subject_before_relative(t.head, index))
    if t_lem in ("offre", "offrir", "proposition") and t.dep_ in ("obj", "obl:arg", "obl") and out.wants("offered_to"):
        _offered_to(t, index, out)   # "X ne nous a fait aucune offre", "X a adressé une offre à Y"
    if not verbal and (t.lower_ in _RIVAL_PLURALS or t_lem in _RIVAL_PLURALS) and "head" not in out and out.wants("rivals_listed"):
        _rivals_listed(t, index, out, tv)   # "X devra affronter des concurrents, à commencer par Y"
    if verbal and "agent" in out and t_lemma in _FOUNDING_VERBS:
        put("agent", _cofounder_after_aside(t, index, out["agent"], tv))
    if verbal and t_lemma in _BOARD_TAKING_VERBS and out.wants("board_newcomer"):
        _board_takes_in(t, index, out)
    if not verbal and t_lem in ("représentant", "représentante") and out.wants("represented_board"):
        # "Son représentant au conseil, X": X sits on the board the phrase names (a bare "au conseil", the
        # article's main organisation's), whoever X represents there
        for c in t.children:
            # (the parser may make the phrase an argument: "la représentante au conseil de surveillance")
            if c.dep_ in ("nmod", "obl:arg", "obl", "obl:mod") and case_of(c) in ("à", "au") \
                    and c.lemma_.lower() in ("conseil", "directoire"):
                put("represented_board", _bare_board(c, index))
    tender_parties(t, index, out)   # "X a remporté l'appel d'offres lancé par Y" (biz.py)
    if t.pos_ == "NOUN" and "prep:envers" not in out and t.i + 2 < len(tv) and tv[t.i + 1].lower_ == "envers" \
            and tv[t.i + 1].pos_ != "ADP":
        # "son hostilité envers Y" with "envers" tagged as a noun (the phrase then hangs nowhere): the
        # first name right after it, read as a line
        for j in range(t.i + 2, min(t.i + 6, t.sent.end)):
            if tv[j].is_punct or tv[j].pos_ in ("VERB", "AUX"):
                break
            if index.entity_at(j) is not None and index.kinds.get(j) in ("name", "introducer", "descriptor"):
                put("prep:envers", [(index.entity_at(j), j)])
                break
    if t.pos_ == "NOUN" and t_lem in ("gérant", "gérante") and t.dep_ == "xcomp" \
            and t.head.lemma_.lower() == "associer" and t.head.dep_ in ("acl", "appos") and t.i == t.head.i + 1:
        # "X, associé gérant de Y" read as the participle "associé" and its complement: a managing partner
        put("partner_head", entities_at(t.head.head, index)[:1])
    if verbal and t.lower_ in ("associé", "associée") and t.dep_ in ("acl", "appos") and t.i > 0 \
            and tv[t.i - 1].text == "," and out.wants("partner_of", "associate_of") \
            and not any(c.dep_.startswith("aux") for c in t.children):
        # "X, associé d'Atlas Capital, …" read as the participle "associer" and its "de" phrase: a partner
        # of the firm (not "associé à Y", a partnership); "X, associé (de longue date) de M. Y": a
        # person's business associate (PARTNERS_WITH)
        of = [x for c in t.children if c.dep_.startswith("obl") and case_of(c) in ("de", "chez")
              for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"]
        people = [x for c in t.children if c.dep_.startswith("obl") and case_of(c) == "de"
                  for k in [c, *(k for k in c.children if k.dep_ == "nmod" and case_of(k) == "de")]
                  for x in entities_at(k, index) if index.type_of(x[0]) == "PER"]
        who = [x for x in entities_at(t.head, index) if index.type_of(x[0]) == "PER"][:1]
        if of and who:
            put("partner_head", who)
            put("partner_of", of)
        elif people and who and people[0][0] != who[0][0]:
            put("partner_head", who)
            put("associate_of", people[:1])
    if t.pos_ == "NOUN" and t_lem in _OFFER_NOUNS:
        aimed = _offer_aimed_at(t, index)
        if aimed:
            put("aimed_at", aimed)
        if "subj" not in out and "prep:de" not in out:
            # "X a déposé un projet d'offre sur Y", "X annonce le dépôt d'un projet d'OPA sur Y": the offer
            # under the nouns of its filing, the maker the subject of the verb they are the object of
            w, hops = t, 0
            while w.dep_ == "nmod" and case_of(w) == "de" and w.head.lemma_.lower() in _OFFER_FILING and hops < 2:
                w, hops = w.head, hops + 1
            if hops and w.dep_ == "obj" and w.head.pos_ == "VERB" and (
                    lemma_of(w.head) in ANNOUNCE_VERBS or lemma_of(w.head) in _OFFER_MAKING):
                put("subj", _subject_of(w.head, index))
    # "Y a obtenu un prêt de 8 M€ accordé par X": the one who receives the thing granted
    if verbal and t.dep_ == "acl" and t_lemma in GRANT_VERBS and t.head.pos_ == "NOUN" \
            and t.head.lemma_.lower() in GRANTED_NOUNS and t.head.dep_ in ("obj", "obl:arg", "obl") \
            and t.head.head.pos_ == "VERB" and (lemma_of(t.head.head) in RECEIVE_VERBS
                                                 or lemma_of(t.head.head) in ("recevoir", "bénéficier")
                                                 or lemma_of(t.head.head) in _BORROW_VERBS
                                                 and not any(c.dep_.startswith("obl") and case_of(c) == "à"
                                                             for c in t.children)):
        put("grant_to", _subject_of(t.head.head, index))
    # "X prend 18 % de Y", "a pris 18 % du capital de Y": a stake taken in Y
    if verbal and t_lemma in STAKE_TAKING_VERBS:
        for c in t.children:
            if c.dep_ == "obj" and c.text == "%":
                got = [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de" for x in entities_at(k, index)]
                put("stake_of", [x for x in got if index.type_of(x[0]) == "ORG"])
    # "X croise le fer avec Y": the one it crosses swords with
    if verbal and t_lemma == "croiser" and out.wants("crossed_with") \
            and any(c.dep_ == "obj" and c.lower_ == "fer" for c in t.children):
        put("crossed_with", [x for c in t.children if c.dep_.startswith("obl") and case_of(c) == "avec"
                             for x in entities_at(c, index)])
    # "X a versé 600 000 euros d'avance à Y", "X a accordé 2 millions d'euros à Y": a sum given to Y, the
    # "à Y" hung on the sum or on the verb
    if verbal and t_lemma in _PAY_VERBS and out.wants("paid_to"):
        for c in t.children:
            if c.dep_ == "obj" and c.lower_ in AMOUNT_WORDS:
                for k in [k for k in c.subtree if k.head.i == c.i or k.head.lower_ in AMOUNT_WORDS
                          and k.head.head.i == c.i] + [k for k in t.children if k.i > c.i]:
                    if (k.dep_ in ("nmod", "obl:arg", "obl") or k.dep_ == "obl:mod" and k.head.i == t.i) \
                            and case_of(k) == "à":
                        # (s28-funds28: "X a prêté 900 M€ à Y", the "à Y" parsed as the verb's modifier)
                        put("paid_to", [x for x in entities_at(k, index) if index.type_of(x[0]) in ("ORG", "PER")])
                if "paid_to" not in out:
                    put("paid_to", _dative_clitic(t, index))   # "La Région nous a accordé 25 M€ d'aides"
    if t.pos_ == "NOUN" and t_lem == "conseil" and t.dep_ == "obj" and lemma_of(t.head) in BOARD_JOIN_VERBS:
        put("board_joiner", [x for x in _subject_of(t.head, index) if index.type_of(x[0]) in ("PER", "ORG")])
        v = t.head
        if "board_joiner" not in out and v.dep_ == "acl" and v.head.dep_ == "ROOT" and v.lower_.endswith("t") \
                and v.i > 0 and tv[v.i - 1].text == "," and lemma_of(v) in ("rejoindre", "réintégrer"):
            # "X, associé de Z, rejoint le conseil de Y": the present tense taken for a participle hung on X
            put("board_joiner", [x for x in entities_at(v.head, index) if index.type_of(x[0]) == "PER"])
        put("organ_topic", _board_owners(t, index))
    # "l'arrivée à la tête de Y de X", "sa nomination à la présidence de Y": X takes the post
    if t.pos_ == "NOUN" and t.dep_ in ("nmod", "obl") and case_of(t) in ("à", "au") \
            and t.head.lemma_.lower() in ARRIVAL_NOUNS:
        arrival = t.head
        put("arrival", [x for c in arrival.children if c.i != t.i and (
            (c.dep_ == "nmod" and case_of(c) == "de") or c.dep_ == "appos") for x in entities_at(c, index)])
        if "arrival" not in out:   # "de X" hung after the post's own complement
            end = max(x.i for x in t.subtree) + 1
            while end < len(tv) and tv[end].text in (")", ","):
                end += 1
            if end + 1 < len(tv) and tv[end].lower_ in ("de", "d'", "du") and index.kinds.get(end + 1) == "name":
                put("arrival", [(index.entity_at(end + 1), end + 1)])
        if not any(index.type_of(n) == "PER" for n, _ in out.get("arrival", ())):
            # "l'arrivée à la tête de Y (A, B…) de X", "… de Y de X": the parser hangs "de X" on Y, or
            # anywhere past a bracket; read the words: the post, its "de Y", a bracket, then "de X"
            j = t.i + 1
            if j + 1 < len(tv) and tv[j].lower_ in ("de", "d'", "d’", "du") and index.kinds.get(j + 1) == "name":
                y = index.entity_at(j + 1)
                j += 1
                while j < len(tv) and index.entity_at(j) == y:
                    j += 1
                if j < len(tv) and tv[j].text == "(":
                    k = j
                    while k < min(j + 30, t.sent.end) and tv[k].text != ")":
                        k += 1
                    j = k + 1 if k < t.sent.end and tv[k].text == ")" else len(tv)
                if j + 1 < t.sent.end and tv[j].lower_ in ("de", "d'", "d’") and index.kinds.get(j + 1) == "name" \
                        and index.type_of(index.entity_at(j + 1)) == "PER" and index.type_of(y) != "PER":
                    put("arrival", [(index.entity_at(j + 1), j + 1)])
    # "X a été nommée à la tête de Y", "Y a porté X à la présidence": the one appointed to the post (the
    # passive's subject, the active's object)
    if t.pos_ == "NOUN" and t.dep_ in ("obl", "obl:mod", "obl:arg") and case_of(t) in ("à", "au") \
            and t.head.pos_ == "VERB" and lemma_of(t.head) in _POSTED_VERBS and "arrival" not in out \
            and out.wants("arrival"):
        verb = t.head
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        put("arrival", [x for c in verb.children if c.dep_ in ("obj", "nsubj:pass") or passive and c.dep_ == "nsubj"
                        for x in entities_at(c, index) if index.type_of(x[0]) == "PER"])
    # "Y a reçu en 1994 un don (…) de la part de X" with "de la part de X" hung on the verb: X gave it
    if t.pos_ == "NOUN" and t_lem in GIVEN_NOUNS and "prep:de" not in out:
        verb, hops = t.head, 0
        while verb.pos_ not in ("VERB", "AUX") and verb.i != verb.head.i and hops < 2:
            verb, hops = verb.head, hops + 1
        if verb.pos_ == "VERB" and verb.lemma_.lower() in RECEIVE_VERBS | {"recevoir"} and verb.i < t.i:
            givers = [x for c in verb.children if c.i > t.i and c.lemma_.lower() == "part" and case_of(c) == "de"
                      and any(k.dep_ == "det" and k.lower_ == "la" for k in c.children)
                      for cc in c.children if cc.dep_ == "nmod" and case_of(cc) == "de" for x in entities_at(cc, index)]
            if givers:
                put("prep:de", givers)
                if "target" not in out:
                    put("target", _subject_of(verb, index))
    # "la présidence de Y a été confiée à X", "Y a confié sa direction à X": X takes the post
    # ("la présidence reviendra à X", "la direction générale échoit à X": the same; with no "de Y", the
    # article's main organisation's post - not "la direction de la communication", a department)
    if t.pos_ == "NOUN" and t_lem in ("présidence", "direction") and (
            (t.dep_ in ("obj", "nsubj:pass") and lemma_of(t.head) in ENTRUST_VERBS)
            or (t.dep_ == "nsubj" and lemma_of(t.head) in ("revenir", "échoir", "incomber"))):
        # ("est confiée par intérim à X" with "à X" hung on "intérim": the one the post goes to all the same)
        near = [k for c in t.head.children if c.dep_.startswith("obl") and c.lower_ == "intérim"
                for k in c.children if k.dep_ == "nmod" and case_of(k) == "à"]
        # ("confier la présidence du directoire à X": the parser often hangs "à X" on the post or its complement)
        in_post = [k for k in t.subtree if k.i > t.i and k.dep_ == "nmod" and case_of(k) == "à"] \
            if t.dep_ == "obj" else []
        given = [x for c in list(t.head.children) + near + in_post if c.i != t.i and (
            c.dep_ == "iobj" or (c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and case_of(c) == "à"))
            for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
        if not given and in_post:
            # "confier la direction de Y à sa fille, X": the name in apposition after the relative
            given = [x for c in t.children if c.dep_ == "appos" and c.i > in_post[0].i
                     for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
        put("arrival", given)
        if given and index.topic and out.wants("given_topic") and not any(
                c.dep_ in ("nmod", "appos", "acl") and not (c.lower_ in _TOP_POST_WORDS and case_of(c) is None)
                for c in t.children) \
                and not any(c.dep_ in ("nsubj", "obj") and entities_at(c, index) for c in t.head.children
                            if c.i != t.i and lemma_of(t.head) in ENTRUST_VERBS) \
                and all(c.lower_ in _TOP_POST_WORDS for c in t.children if c.dep_ == "amod"):
            put("given_topic", [(index.topic, -1)])
    # "A a remplacé B à la présidence de Y", "A succède à B à la tête de Y": B held the post
    if t.pos_ == "NOUN" and t.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and case_of(t) in ("à", "au") \
            and lemma_of(t.head) in SUCCESSION_VERBS:
        verb = t.head
        if any(c.dep_ == "aux:pass" for c in verb.children):
            # "B a été remplacé par A à la tête de Y": the passive subject held the post, the agent takes it
            put("predecessor", [x for c in verb.children if c.dep_ == "nsubj:pass"
                                for x in entities_at(c, index) if index.type_of(x[0]) == "PER"])
            put("arrival", [x for c in verb.children if c.dep_ == "obl:agent"
                            for x in entities_at(c, index) if index.type_of(x[0]) == "PER"])
        # (the object is sometimes labelled a second subject, after the verb)
        put("predecessor", [x for c in verb.children
                            if c.dep_ == "obj" or (c.dep_ == "nsubj" and c.i > verb.i)
                            or (c.dep_ in ("obl", "obl:arg", "iobj") and c.i != t.i and case_of(c) in ("à", None))
                            for x in entities_at(c, index) if index.type_of(x[0]) == "PER"])
    # "X est favori pour succéder à B": with no post named, B heads the article's main organisation
    # ("succéder à B comme ministre", "au poste de …": the post says what B held)
    if verbal and t_lemma in PLAIN_SUCCESSION_VERBS and index.topic and not any(
            c.lemma_.lower() in POSTS or case_of(c) in ("comme", "en") or c.lower_ in PERSON_TITLES
            for c in t.children if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod", "advcl", "xcomp")
            and not (case_of(c) == "à" and index.entity_at(c.i) is not None)):
        before = [x for c in t.children if c.dep_ in ("obl:arg", "iobj", "obl") and case_of(c) in ("à", None)
                  and c.pos_ == "PROPN" for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
        if before:
            put("predecessor", before)
            # "représenté au conseil par X, qui succède à B": the seat taken is on the board, B held a seat
            # (not "le conseil a désigné X pour succéder à B": the board appoints, the post is the company's)
            sent = t.sent
            # (before the verb or on it: "B, qui reste … entre au conseil" after it is B's own story)
            on_board = any(k.lemma_.lower() in ORGANS and k.i > sent.start and (k.i < t.i or k.head.i == t.i)
                           and k.doc[k.i - 1].lower_ in ("au", "à", "aux") for k in sent)
            put("seat_topic" if on_board else "post_topic", [(index.topic, -1)])
    # "X a été coopté au conseil d'administration de Y", "X entre au directoire de Y": a seat on Y's board
    # (a board of no one named, "au conseil de surveillance", is the article's main organisation's)
    # ("Au sein du conseil d'administration, X est vice-président": a title in the board too)
    if out.wants("organ_of", "seat_holder") and (verbal or t.lower_ in BOARD_SEATS):   # (fills only these)
        for c in board_phrases(t):
            if verbal or c.i < t.i:
                put("organ_of", _board_owners(c, index))
                if not verbal:   # the seat's holder: the copula's subject ("X est vice-président")
                    put("seat_holder", [x for k in t.children if k.dep_ in ("nsubj", "nsubj:pass")
                                        for x in entities_at(k, index)])
    if verbal and "organ_of" not in out and t_lemma == "faire" and out.wants("organ_of"):
        put("organ_of", _entry_board(t, index, out))
    # "X est (entré) en négociations exclusives pour le rachat de Y / en vue du rachat de Y": the one
    # negotiating means to buy (not "pour son rachat par X", read by the noun itself)
    if t.pos_ == "NOUN" and t_lem in PURCHASE_NOUNS and t.dep_ in ("nmod", "obl", "obl:mod", "obl:arg") \
            and not any(k.lower_ == "par" for k in t.subtree) \
            and not any(k.dep_ == "det" and k.lower_ in ("son", "sa", "ses", "leur", "leurs") for k in t.subtree):
        # (not "pour le rachat de sa filiale": a seller's talks)
        h = t
        if t.head.lemma_.lower() == "vue" and case_of(t.head) == "en":   # "en vue du rachat"
            h = t.head
        elif case_of(t) not in ("pour", "sur"):
            h = None
        talks = h.head if h is not None and h.dep_ in ("nmod", "obl", "obl:mod", "obl:arg") else None
        if talks is not None and talks.lemma_.lower() in TALK_NOUNS | {"négociation"}:
            if any(c.dep_ == "cop" for c in talks.children):   # "X est en négociations"
                who = [x for c in talks.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
            elif talks.head.pos_ in ("VERB", "AUX") and talks.dep_ in ("obl", "obl:arg", "obl:mod", "obj") \
                    and lemma_of(talks.head) in TALK_VERBS:
                who = _subject_of(talks.head, index)   # "X est entré en négociations", "X a ouvert des discussions"
            else:
                who = []
            put("negotiator", who)
        elif talks is not None and talks.pos_ in ("VERB", "AUX") and lemma_of(talks) in TALK_VERBS \
                and any(c.lemma_.lower() in TALK_NOUNS | {"négociation"} for c in talks.children):
            # ("X est entré en négociations en vue du rachat de Y": the phrase hung on the verb)
            put("negotiator", _subject_of(talks, index))
    # "Y a annoncé l'entrée à son conseil d'administration de X", "l'arrivée de X au directoire de Y": a seat
    # on Y's board ("son": the announcing verb's subject; no company named: the article's main one)
    if t.pos_ == "NOUN" and t_lem in BOARD_ENTRY_NOUNS:
        # (the board's phrase is sometimes hung on the verb: "a annoncé l'entrée de X à son conseil")
        beside = [c for c in t.head.children if c.i > t.i] if t.dep_ == "obj" and t.head.pos_ == "VERB" else []
        for c in list(t.children) + beside:
            if not (c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and case_of(c) in ("à", "au", "dans")
                    and (c.lemma_.lower() == "directoire"
                         or (c.lemma_.lower() == "conseil"
                             and any(k.lower_ in ("administration", "surveillance") for k in c.subtree)))):
                continue
            owners = [x for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "LOC")] or [
                x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de"
                for x in entities_at(k, index) if index.type_of(x[0]) in ("ORG", "LOC")]
            if not owners and any(k.dep_ == "det" and k.lower_ in ("son", "sa", "leur") for k in c.children) \
                    and t.head.pos_ in ("VERB", "AUX"):
                owners = [x for x in _subject_of(t.head, index) if index.type_of(x[0]) != "PER"]
            owners = owners or _board_owners(c, index)
            entrants = [x for k in t.children if k.dep_ == "nmod" and case_of(k) == "de"
                        for x in entities_at(k, index) if index.type_of(x[0]) == "PER"]
            if not entrants:   # "… à son conseil d'administration de X": the person hung on the board's words
                entrants = [x for k in c.subtree if k.dep_ == "nmod" and case_of(k) == "de"
                            and k.head.lower_ in ("administration", "surveillance")
                            for x in entities_at(k, index) if index.type_of(x[0]) == "PER"]
            put("entrant", entrants)
            put("entry_board", [o for o in owners if all(o[0] != e for e, _ in entrants)])
    # "Y, par la voix de X, a refusé…": X speaks for the clause's subject
    if t.pos_ == "NOUN" and t_lem in ("voix", "bouche", "intermédiaire") and case_of(t) == "par":
        if t.head.pos_ in ("VERB", "AUX"):
            put("voice_of", _subject_of(t.head, index))
        j = t.i - 3   # "Y, par la voix de X": the name right before the comma, however it was parsed
        if "voice_of" not in out and j >= 1 and t.doc[j].text == "," and index.kinds.get(j - 1) == "name":
            put("voice_of", [(index.entity_at(j - 1), j - 1)])
        if "prep:de" not in out and any(k.dep_ == "nmod" and case_of(k) == "de" and (k.lower_ in PERSON_TITLES or k.lower_ in ("avocat", "avocate", "avocats", "conseil", "représentant", "représentante"))
                                        and not entities_at(k, index) for k in t.children):
            # "par la voix de son avocat, Me X, …": the name put beside the title the parser hangs on the noun
            put("prep:de", [x for k in t.children if k.dep_ == "appos" and k.i > t.i
                            for x in entities_at(k, index) if index.type_of(x[0]) == "PER"][:1])
    # "X part en guerre contre Y" (the parser often reads "part" as a noun): the fixed phrase, read in order
    if t.pos_ == "NOUN" and t_lem in ("guerre", "croisade") and t.i >= 3 and tv[t.i - 1].lower_ == "en" \
            and tv[t.i - 2].lower_ in ("part", "partent", "parti", "partie", "partis", "entre", "entrent", "est", "sont"):
        j = t.i - 3
        if tv[j].lower_ in ("est", "sont"):   # "X est parti en guerre": the auxiliary before the participle
            j -= 1
        if index.kinds.get(j) == "name" and "subj" not in out:
            put("subj", [(index.entity_at(j), j)])
        k = t.i + 1
        if k + 1 < len(tv) and tv[k].lower_ == "contre" and "prep:contre" not in out:
            k += 1
            while k < len(tv) and tv[k].pos_ == "DET":
                k += 1
            if index.kinds.get(k) == "name":
                put("prep:contre", extend_list(t.doc, index, [(index.entity_at(k), k)]))
    # "une offre présentée en association par A et B", "A et B, en partenariat, …": the agents act together
    if t.pos_ == "NOUN" and t_lem in ("association", "partenariat", "collaboration", "coopération") \
            and case_of(t) == "en":
        out["_no_linear"] = []   # "…, en collaboration avec X": X works with the clause's subject, not the nearest name
    if t.pos_ == "NOUN" and t_lem in ("association", "partenariat", "consortium", "tandem") \
            and case_of(t) == "en" and t.head.pos_ in ("VERB", "AUX"):
        agents = [x for c in t.head.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
        if len(agents) == 1:
            agents = extend_list(t.doc, index, agents)
        if len(agents) >= 2:
            put("together", agents)
    # "Parmi ses clients, X travaille avec A, B et C", "X compte parmi ses clients A et B": the
    # customers are the verb's object or "avec" phrase, the supplier its subject
    if t.pos_ == "NOUN" and t_lem == "client" and case_of(t) == "parmi" and t.head.pos_ in ("VERB", "AUX"):
        gov = t.head
        customers = [x for c in gov.children if c.i != t.i and (c.dep_ == "obj" or case_of(c) == "avec")
                     for x in entities_at(c, index)]
        if customers:
            put("customers", extend_list(t.doc, index, customers))
            put("supplier", _subject_of(gov, index))
    # "les relations entre A et B sont tendues", "des rapports exécrables entre A et B"
    if t.pos_ == "ADJ" and out.wants("rel_entre", "rel_owner", "rel_avec"):   # (fills only these)
        nouns = [c for c in t.children if c.dep_ == "nsubj"] if any(c.dep_ == "cop" for c in t.children) else \
            ([t.head] if t.dep_ == "amod" else [])
        for noun in nouns:
            if noun.lemma_.lower() in ("relation", "relations", "rapport", "rapports", "lien", "liens"):
                for c in noun.children:
                    if case_of(c) == "entre":
                        put("rel_entre", entities_at(c, index))
                    elif case_of(c) == "avec":
                        # "les relations étroites de X avec Y"; "X entretient des relations étroites avec Y",
                        # "X vante ses relations … avec Y": else the clause's subject has them
                        owner = [x for k in noun.children if k.dep_ == "nmod" and case_of(k) == "de"
                                 for x in entities_at(k, index)]
                        gov = noun.head
                        while gov.pos_ == "NOUN" and gov.dep_ in ("obj", "obl", "obl:arg", "nmod") and gov.head.i != gov.i:
                            gov = gov.head
                        if not owner and gov.pos_ in ("VERB", "AUX") and noun.dep_ in ("obj", "obl", "obl:arg", "obl:mod"):
                            owner = _subject_of(gov, index)
                        if owner:
                            put("rel_owner", owner)
                            put("rel_avec", entities_at(c, index))
    # "X exclut toute négociation avec Y", "X refuse le dialogue avec Y"
    if t.pos_ == "NOUN" and t.dep_ in ("obj", "nsubj:pass") and lemma_of(t.head) in REFUSAL_VERBS:
        put("refuser", _subject_of(t.head, index))
    # "X réclame la démission de Y", "X a appelé Y à démissionner": who asks for someone's departure
    gov = t.head
    if t.pos_ == "NOUN" and t.dep_ in ("obj", "obl", "obl:arg", "nmod") and lemma_of(gov) in DEMAND_VERBS:
        put("demander", _subject_of(gov, index))
    elif verbal and t.dep_ in ("xcomp", "advcl") and lemma_of(gov) in OBJECT_CONTROL \
            and lemma_of(gov) not in _NOT_ASKING and not any(c.dep_ == "aux:tense" for c in t.children):
        # (s25-fights25) blaming or seeing someone leave is not asking him to: "Y lui reproche d'avoir retiré
        # ses marques", "X l'accuse de quitter le navire"; nor is a deed done ("d'avoir retiré")
        put("demander", _subject_of(gov, index))
    # "le président turc X", "la Première ministre suédoise X": the country is named by its adjective
    if not verbal and heads_a_country(t):
        for c in t.children:
            if c.dep_ == "amod" and c.pos_ == "ADJ":
                country = country_named(c.lower_, index)
                if country:
                    put("prep:country", [(country, c.i)])
    # "X, placé sous sanctions américaines depuis 2022", "X est sous embargo européen": the country (or the
    # Union) the adjective names sanctions the one put under them
    if not verbal and t_lem in ("sanction", "sanctions", "embargo") and case_of(t) == "sous":
        who = [(country_named(c.lower_, index), c.i) for c in t.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
        who = [x for x in who if x[0]]
        gov = t.head
        if who and gov.pos_ in ("VERB", "AUX", "ADJ"):
            under = []
            if gov.dep_ == "acl":
                under = entities_at(gov.head, index)
                if not under and gov.head.pos_ == "PRON" and gov.head.dep_ in ("appos", "nmod", "dep"):
                    under = entities_at(gov.head.head, index)   # "X, lui-même placé sous sanctions …"
            if not under:
                under = [x for c in gov.children if c.dep_ in ("nsubj", "nsubj:pass", "obj") for x in entities_at(c, index)]
            if under:
                put("sanctioner", who[:1])
                put("sanctioned", under[:1])
    # "le chef de l'Etat chilien, X", "le chef du gouvernement chilien": the country, not "l'Etat chilien"
    if not verbal and t.lower_ in ("chef", "cheffe"):
        for c in t.children:
            if c.dep_ == "nmod" and case_of(c) == "de" and c.lower_ in ("etat", "état", "gouvernement"):
                for a in c.children:
                    country = country_named(a.lower_, index) if a.dep_ == "amod" and a.pos_ == "ADJ" else None
                    if country:
                        put("prep:country", [(country, a.i)])
                        body = index.entity_at(c.i)
                        if body is not None and "prep:de" in out:
                            out["prep:de"] = [x for x in out["prep:de"] if x[0] != body]
                            if not out["prep:de"]:
                                del out["prep:de"]
    # "le président X a reçu son homologue chilien, Y": the counterpart of a head of state heads the
    # country its adjective names (a minister's counterpart is a minister: no country)
    # (named after it: "A, son homologue chilien et B" lists A as the other head, not as the counterpart)
    if not verbal and t.lower_ in COUNTERPARTS and any(i > t.i for _, i in out.get("head", [])) \
            and counterpart_heads_a_country(t):
        for c in t.children:
            if c.dep_ == "amod" and c.pos_ == "ADJ":
                country = country_named(c.lower_, index)
                if country:
                    put("prep:country", [(country, c.i)])
    # "le rachat pour 3 milliards de dollars de Y": the "de Y" the parser hung on the amount
    if t.pos_ == "NOUN" and "prep:de" not in out:
        near = list(t.children) + ([c for c in t.head.children if c.i > t.i] if t.head.pos_ == "VERB" else [])
        for c in near:
            if c.dep_ in ("nmod", "obl:mod", "obl") and c.lemma_.lower() in AMOUNT_WORDS and case_of(c) in ("pour", "de"):
                for cc in c.subtree:
                    if cc.i != c.i and case_of(cc) == "de" and cc.lemma_.lower() not in AMOUNT_WORDS:
                        put("prep:de", entities_at(cc, index))
    # investor lists and shareholder lists the parser breaks, read as a line (lists.py)
    if t_lem in FUNDING_NOUNS or t_lemma in RAISE_VERBS or t_lem in ROUND_WORDS:
        put("investors", investors_after(t, index))
        if not verbal and not index.topic:
            put("funded", [(FUNDED, -1)])   # a round of no company named: the one the article's rounds are of
        # "Y vaut 4 Md€ grâce à une enveloppe de …", "Y se développe via une levée de …": the round
        # is Y's when it is the means of what Y does
        if not verbal and t.dep_ in ("obl", "obl:mod") and t.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "case" and c.lower_ in ("grâce", "via", "après") for c in t.children):
            put("raiser", _subject_of(t.head, index) or [
                x for c in t.head.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)])
    # (unwanted, the list only decides whether the "via" holder below joins it, in the same unwanted slot)
    # (or a participle opening the sentence: "Détenue à 60 % par A et à 40 % par B, la société Y …")
    if verbal and out.wants("share_holders") and (any(c.dep_ == "aux:pass" for c in t.children) or t.dep_ == "acl"
                                                  or t.dep_ == "advcl" and "Part" in t.morph.get("VerbForm")):
        put("share_holders", share_holders(t, index))
    # "détenu à 6 % par A via la banque publique B", "X détient 20 % de Y via sa holding B": B holds
    # the stake, A (or the subject) holds B
    # ("qui contrôle 27 % … au travers de sa holding": the verb "contrôle" tagged as a noun)
    vehicle = (None, -1)
    if verbal and (t_lemma in ("détenir", "posséder", "contrôler") or t.lower_ in ("contrôle", "contrôlent")):
        chain = via_chain(t, index)
        if chain is not None:
            owner, vehicle = chain
            owners = [owner] if owner else out.get("subj", [])[:1] or _vehicle_possessor(t, vehicle, index)
            # (s21-prec21) "L'ancien PDG contrôlait Y via sa holding B": what is controlled through the
            # vehicle is not its owner (the possessive points at the subject, named nowhere here)
            held = {o for o, _ in out.get("obj", ())}
            # (a name between the verb and the vehicle is its object, however the parser hung it; not the
            # agent of a passive: "contrôlé par X via B")
            if vehicle[1] > t.i and not any(tv[j].lower_ == "par" for j in range(t.i + 1, vehicle[1])):
                held |= {n for n in (index.entity_at(j) for j in range(t.i + 1, vehicle[1])) if n and n != vehicle[0]}
                # ((s33-names33) "nous contrôlons 50 % du capital via notre holding B": a capital of no company
                # named is the article's company's; it is held, not the holder)
                if index.topic and any(tv[j].lemma_.lower() in ("capital", "actionnariat")
                                       and not (j + 2 < len(tv) and tv[j + 1].lower_ in ("de", "d'", "d’", "du")
                                                and index.entity_at(j + 2 if tv[j + 1].lower_ != "du" else j + 1))
                                       for j in range(t.i + 1, vehicle[1])):
                    held.add(index.topic)
            unnamed_owner = bool(owners) and all(x[0] in held for x in owners)
            owners = [x for x in owners if x[0] not in held]
            if out.get("obj"):   # ("au travers de sa holding B" with B parsed as the verb's object: B holds, it is not held)
                out["obj"] = [x for x in out["obj"] if x[0] != vehicle[0]]
                if not out["obj"]:
                    del out["obj"]
            if owners and owners[0][0] != vehicle[0]:
                put("via_owner", owners)
                put("via_vehicle", [vehicle])
            elif not owners and (unnamed_owner or any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PRON") for c in t.children)):
                # "Les salariés détiennent 6 % de Y au travers du fonds B", "…, qui contrôle 27 % au travers
                # de la holding B": no actor named holds B, B holds the stake
                put("via_vehicle", [vehicle])
                if owner and "share_holders" in out:
                    put("share_holders", [vehicle])
    if verbal and t_lemma in AWARD_VERBS and "prep:à" not in out:
        put("award_to", recipients_after(t, index))
    # "X, administrateur indépendant depuis 2019", "nommée administratrice indépendante": a director of no
    # company named sits on the board of the article's main organisation (not a court's "administrateur
    # judiciaire", nor one of an estate: a kind of director the lexicon lists)
    if not verbal and t.pos_ == "NOUN" and index.topic and out.wants("board_topic") \
            and t.lower_ in ("administrateur", "administratrice", "administrateurs", "administratrices") \
            and not any(k.startswith("prep:") or k == "poss" for k in out) \
            and any(c.dep_ == "amod" and c.lower_ in BOARD_DIRECTOR_KINDS for c in t.children) \
            and not any(x.lower_ in ("jusqu'ici", "jusque-là", "ancien", "ancienne", "anciens", "ex", "alors", "ici", "là")
                        for x in tv[max(t.sent.start, t.i - 4):t.i]):
        # (not "X, jusqu'ici administrateur indépendant, devient président": the seat gives way to a post)
        put("board_topic", [(index.topic, -1)])
    # "X a commandé 2 000 batteries à Y": the supplier hung on the goods ordered (a company: "commander un
    # rapport à un expert" pays no one named here)
    if verbal and "prep:à" not in out and t_lemma == "commander" and out.wants("prep:à"):
        for c in t.children:
            if c.dep_ == "obj" and not entities_at(c, index):
                put("prep:à", [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "à"
                               for x in entities_at(k, index) if index.type_of(x[0]) == "ORG"])
    # "X détient 24 % du capital": a stake in no named company is one in the article's company
    # (else the company whose capital the text spoke of last: index.focus)
    company = index.topic or index.focus
    if verbal and company and not out.get("obj") and out.wants("capital_topic"):   # (fills only this)
        for c in t.children:
            # (the vehicle hung on the stake, "6 % du capital au travers du fonds B", is no company held)
            if c.dep_ == "obj" and not [x for x in entities_at(c, index) if x[0] != vehicle[0]] and any(
                    (x.lemma_.lower() in ("capital", "actionnariat") or (x.lower_ in ("parts", "actions", "titres")
                                                                        and x.i > c.i and c.text == "%"))
                    and not any(
                        case_of(k) == "de" for k in x.children) for x in c.subtree):
                owner = _spoken_owner(c, index, company, t)
                if owner:
                    put("capital_topic", [(owner, -1)])
    # "X, jusque-là premier actionnaire avec 18 % du capital": a shareholder of no company named
    # ("sa prise de participation à hauteur de 17 %": a stake with its share, in no company named)
    if not verbal and company and t_lem in ("actionnaire", "participation") and not any(
            k.startswith("prep:") and k != "prep:à" for k in out) and any(
            (x.lemma_.lower() in ("capital", "actionnariat") and not any(case_of(k) == "de" for k in x.children))
            or (t_lem == "participation" and x.text == "%")
            for x in t.subtree if x.i != t.i):
        put("capital_topic", [(company, -1)])
    elif not verbal and company and t_lem == "actionnaire" and not any(
            k.startswith("prep:") and k != "prep:à" for k in out) and _capital_follows(t):
        # "Le fonds X, premier actionnaire avec 14 % du capital, …" with the share hung on the name
        put("capital_topic", [(company, -1)])
    elif not verbal and company and t_lem == "actionnaire" and t.dep_ in ("xcomp", "obj") \
            and lemma_of(t.head) in _STAYING_VERBS and not any(k.startswith("prep:") and k != "prep:à" for k in out) \
            and (any(c.lower_ in _LEADING_HOLDER_WORDS for c in t.children)
                 or any(x.lemma_.lower() == "capital" and not any(case_of(k) == "de" for k in x.children)
                        for x in t.head.subtree)):
        # "X reste le premier actionnaire financier, avec 17 % du capital", "X demeure l'actionnaire de
        # référence": the holder of the article's company (the share hung on the verb)
        put("capital_topic", [(company, -1)])
    # "sa prise de participation", "sa montée de participation": the possessive of the taking is the holder's
    if t.pos_ == "NOUN" and t_lem == "participation" and t.dep_ == "nmod" and case_of(t) == "de" \
            and t.head.lemma_.lower() in ("prise", "montée", "hausse", "renforcement") and "poss" not in out \
            and any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in t.head.children):
        ante = index.antecedent(t.head.i, types=("PER", "ORG", "GOV"))
        if ante:
            put("poss", [ante])
    # "2 % restent entre les mains de X", "le capital de Y est entre les mains de X": X holds the stake
    if t.pos_ == "NOUN" and t_lem == "main" and case_of(t) == "entre" and t.head.pos_ in ("VERB", "AUX", "NOUN"):
        gov = t.head
        stakes = [c for c in gov.children if c.dep_ in ("nsubj", "nsubj:pass")
                  and (c.lemma_.lower() in ("capital", "actionnariat", "reste", "%", "pourcent") or c.lemma_.lower() in STAKES)]
        if stakes:
            named = [x for c in stakes for k in c.subtree if k.dep_ == "nmod" and case_of(k) == "de"
                     for x in entities_at(k, index) if index.type_of(x[0]) == "ORG"]
            put("stake_in", named or ([(company, -1)] if company else []))
    # "Y a accepté la promesse d'achat de X", "Y a accepté l'offre de X": an agreed deal, Y is bought
    if t.pos_ == "NOUN" and t.dep_ == "obj" and lemma_of(t.head) == "accepter" \
            and not any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais") for c in t.head.children):
        put("accepter", _subject_of(t.head, index))
    # "X, entité regroupant les activités de transport du groupe Y": Y's activities put in X, which Y holds
    if verbal and t_lemma in ("regrouper", "rassembler", "réunir", "porter", "abriter") and t.dep_ == "acl" \
            and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in ("entité", "structure", "société", "filiale",
                                                                     "holding", "branche", "pôle", "division"):
        described = entities_at(t.head, index)
        if not described and t.head.dep_ in ("appos", "nmod") and index.kinds.get(t.head.head.i) == "name":
            described = [(index.entity_at(t.head.head.i), t.head.head.i)]
        for c in t.children:
            if c.dep_ == "obj" and c.lemma_.lower() in ("activité", "activités", "actif", "actifs", "branche",
                                                         "pôle", "participation", "participations"):
                owners = [x for k in c.subtree if k.dep_ == "nmod" and case_of(k) == "de" and k.i != c.i
                          for x in entities_at(k, index) if index.type_of(x[0]) in ("ORG", "PER", "GOV")]
                if owners and described:
                    put("activities_of", owners[:1])
                    put("grouped_in", described[:1])
    # "la maison-mère de la chaîne payante X et de Y" with "de X" hung elsewhere: the phrase right after the
    # noun; "la société holding de P": the "de P" hung on "holding" parsed as an adjective
    if t.pos_ == "NOUN" and "prep:de" not in out and (
            (t.lower_ == "mère" and t.i >= 2 and tv[t.i - 1].text == "-" and tv[t.i - 2].lower_ == "maison")
            or t.lower_ == "maison-mère"):
        j = t.i + 1
        if j + 1 < t.sent.end and tv[j].lower_ in ("de", "du", "d'", "d’", "des"):
            k = j + 1
            while k < min(j + 6, t.sent.end) and index.entity_at(k) is None and (
                    tv[k].pos_ in ("DET", "ADJ") or (tv[k].pos_ == "NOUN" and tv[k].is_lower)):
                k += 1
            if k < t.sent.end and index.kinds.get(k) == "introducer":   # "la chaîne payante X": on to the name
                k = next((n for n in range(k + 1, min(k + 5, t.sent.end)) if index.kinds.get(n) == "name"
                          and index.entity_at(n) == index.entity_at(k)), k)
            if k < t.sent.end and index.kinds.get(k) == "name" and index.type_of(index.entity_at(k)) == "ORG":
                put("prep:de", [(index.entity_at(k), k)])
    if t.pos_ == "NOUN" and t_lem in ("société", "structure") and "prep:de" not in out \
            and t.i + 1 < len(tv) and tv[t.i + 1].lower_ == "holding":
        put("prep:de", [x for c in tv[t.i + 1].children if c.dep_ in ("nmod", "obl", "obl:arg") and case_of(c) == "de"
                        for x in entities_at(c, index)])
    # "le géant X (propriétaire de A, B et C) désormais majoritaire chez Y": after a bracket describing a name,
    # the adjective describes that name, and "chez Y" right after it is its complement (the parser hangs both
    # on the bracket's last name)
    if t.pos_ == "ADJ" and t.lower_ in ("majoritaire", "minoritaire") and t.i >= 3:
        j = t.i - 1
        while j > t.sent.start and tv[j].pos_ == "ADV":
            j -= 1
        if tv[j].text == ")":
            opener = next((k for k in range(j - 1, max(j - 20, t.sent.start), -1) if tv[k].text == "("), None)
            if opener is not None and index.kinds.get(opener - 1) == "name":
                out["head"] = [(index.entity_at(opener - 1), opener - 1)]
                nxt = t.i + 1
                if nxt + 1 < t.sent.end and tv[nxt].lower_ in ("chez", "dans") and "prep:" + tv[nxt].lower_ not in out:
                    k = nxt + 1
                    while k < min(nxt + 4, t.sent.end) and index.entity_at(k) is None and tv[k].pos_ == "DET":
                        k += 1
                    if index.kinds.get(k) == "name":
                        put("prep:" + tv[nxt].lower_, [(index.entity_at(k), k)])
    # "multiplié les participations dans des fleurons, en allant du suisse A à B ou à C": the range gives examples
    if t.pos_ == "NOUN" and t_lem in ("participation", "part") and "Plur" in t.morph.get("Number"):
        put("examples", _range_examples(t, index))
    # "Y est une filiale à 100 % du groupe familial appartenant à P": the group is P's, P holds Y
    if t.pos_ == "NOUN" and t_lem in ("filiale", "division", "branche") and "prep:de" not in out:
        for c in t.children:
            groups = [c] + [k for k in c.children if k.dep_ == "nmod"] if c.dep_ == "nmod" else []
            for g in groups:
                if case_of(g) != "de" or entities_at(g, index):
                    continue
                for acl in g.children:
                    if acl.dep_ == "acl" and lemma_of(acl) == "appartenir":
                        put("prep:de", [x for k in acl.children if case_of(k) == "à" for x in entities_at(k, index)])
    # "une nouvelle montée de X au capital", "l'entrée de X au capital de Y", however parsed
    if "prep:capital" not in out and out.wants("capital_holder", "capital_of"):   # (fills only these)
        holders, companies = capital_phrase(t, index)
        if companies:
            put("capital_holder", holders)
            put("capital_of", companies)
    if verbal and t_lemma == "entrer" and "prep:capital" not in out and "capital_of" not in out \
            and out.wants("capital_of") and _enters_with_share(t, index):
        from .readers import stake_told_before   # ((s32-deals32) the stake the sentence told before, if any)
        told = stake_told_before(tokens_of(t.doc), index, t.sent.start, t.i)
        put("capital_of", [told] if told else [(index.topic or index.focus, -1)])
    # "X a été ajouté à la liste noire de Y", "Y a placé X sur sa liste noire": who the verb acts on (not when
    # the noun's own participle names its maker: "… après les plaintes déposées par X, …")
    if t.pos_ == "NOUN" and t.dep_ in ("obl", "obl:arg", "obl:mod", "obl:agent") and t.head.pos_ == "VERB" \
            and out.wants("gov_obj") and "acl_agent" not in out:   # (fills only this)
        passive = any(c.dep_ == "aux:pass" for c in t.head.children)
        for c in t.head.children:
            if c.dep_ in ("obj", "nsubj:pass") or (passive and c.dep_ == "nsubj"):
                put("gov_obj", entities_at(c, index))
    # "le président et cofondateur du fonds": the complement hung elsewhere, right after the titles
    if t.pos_ == "NOUN" and t.lower_ in PERSON_TITLES and not any(k.startswith("prep:") for k in out):
        doc, j = t.doc, t.i + 1
        while j < min(t.i + 5, len(doc)) and (doc[j].lower_ in PERSON_TITLES or doc[j].lower_ == "et"
                                                or doc[j].pos_ == "ADJ"):
            j += 1
        # "chef d'état-major de l'armée de l'air": the tokenizer splits the compound title in three
        if j + 4 < len(doc) and [x.lower_ for x in doc[j:j + 4]] in (["d'", "état", "-", "major"],
                                                                    ["d’", "état", "-", "major"]):
            j += 4
            if doc[j].lower_ in ("adjoint", "adjointe"):
                j = len(doc)   # (a deputy works for the body, does not head it)
        elif j + 2 < len(doc) and doc[j].lower_ in ("d'", "d’") and doc[j + 1].lower_ == "état-major":
            j += 2   # (kept whole by the tokenizer, nlp/pipeline.py)
            if doc[j].lower_ in ("adjoint", "adjointe"):
                j = len(doc)   # (a deputy works for the body, does not head it)
        # ("administrateur référent et ancien dirigeant de Y": a title of another time between, whose
        # complement it is alone; a founder's title is timeless)
        other_time = t_lem not in ("fondateur", "fondatrice", "cofondateur", "cofondatrice") and any(
            x.lower_ in ("ancien", "ancienne", "futur", "future") for x in doc[t.i + 1:j]) and not any(
            k.dep_ == "amod" and k.lower_ in ("ancien", "ancienne", "futur", "future") for k in t.children)
        if j + 1 < len(doc) and doc[j].lower_ in ("de", "du", "d'", "d’") and not doc[j - 1].is_punct \
                and not other_time:
            k = j + 1
            while k < min(j + 3, len(doc)) and doc[k].pos_ == "DET":
                k += 1
            if k < len(doc) and index.entity_at(k) is not None and index.kinds.get(k) != "pronoun":
                put("prep:de", [(index.entity_at(k), k)])
    # "la participation de X dans Y": the parser often hangs "dans Y" on X
    if t.pos_ == "NOUN":
        for c in t.children:
            if case_of(c) == "de":
                for cc in c.children:
                    p = case_of(cc)
                    if p and p != "de" and cc.dep_ in ("nmod", "obl", "obl:mod") and f"prep:{p}" not in out:
                        put(f"prep:{p}", entities_at(cc, index))
    # "non au rachat de Y par X": the parser hangs "par X" on the verb; right after the noun's
    # phrase, on an active verb, it is the noun's agent
    if t.pos_ == "NOUN" and "prep:par" not in out and t.head.pos_ == "VERB" and t.head.i != t.i \
            and not any(c.dep_ in ("aux:pass", "nsubj:pass") for c in t.head.children):
        agents = [c for c in t.head.children if c.i > t.i and case_of(c) == "par"]
        if agents:   # (the subtree walk only when there is a "par" phrase at all)
            end = max(x.i for x in t.subtree) + 1
            for c in agents:
                if min(x.i for x in c.subtree) == end:
                    put("prep:par", entities_at(c, index))
    # "a déposé plainte jeudi contre Y" with "contre Y" hung far away: right after the noun, a day between
    if t.pos_ == "NOUN" and "prep:contre" not in out:
        j = t.i + 1
        while j < min(t.i + 4, len(tv)) and (tv[j].lower_ in TIME_WORDS or tv[j].pos_ == "ADV"):
            j += 1
        if j + 1 < len(tv) and tv[j].lower_ == "contre":
            k = j + 1
            while k < min(j + 4, len(tv)) and tv[k].pos_ in ("DET", "ADJ"):
                k += 1
            if k < len(tv) and index.entity_at(k) is not None and index.kinds.get(k) in ("name", "introducer"):
                put("prep:contre", [(index.entity_at(k), k)])
    # "ses entretiens avec son homologue" with "avec …" hung on another word: right after the noun
    # ("la montée des tensions entre A et B" with "entre …" hung on "montée": the pair right after the noun)
    if t.pos_ == "NOUN" and t.i + 2 < len(tv) and tv[t.i + 1].lower_ in ("avec", "entre") \
            and f"prep:{tv[t.i + 1].lower_}" not in out:
        marked = tv[t.i + 1].head
        if marked.i > t.i + 1 and marked.head.i != t.i:
            put(f"prep:{tv[t.i + 1].lower_}", entities_at(marked, index))
    # "X a porté plainte contre Y", "X a signé un accord avec Y": the light verb carries the phrases
    light = t.head if (t.dep_ == "nmod" and t.head.dep_ == "obj" and t.head.pos_ == "NOUN") else t
    if not verbal and light.dep_ == "obj" and light.head.pos_ == "VERB":
        # ("a effectué une partie de sa carrière chez Y": through one noun of measure)
        kids = list(light.head.children)
        # "a déposé plainte jeudi contre Y": the phrase often hangs on the time word
        # (a time word, not a name: "…, Thomas Brévan, ancien de Deliveroo" is no phrase of the verb)
        # (after the noun only: "Membre fondateur de Z, son entreprise a porté plainte contre Y" fronts a
        # description of the subject, whose "de Z" is no phrase of the verb)
        # ((s39-clause39) not a noun set off by a comma, the parser's misreading of an apposition: "prend la
        # présidence du directoire de Y, propriété du groupe Z" — Z's "de" phrase is Y's apposition's)
        kids += [g for c in kids if c.dep_ == "obl:mod" and case_of(c) is None and index.entity_at(c.i) is None
                 and c.i > light.i and (c.lower_ in TIME_WORDS or tv[c.left_edge.i - 1].text != ",")
                 for g in c.children]
        for c in kids:
            p = case_of(c)
            if p and c.dep_ in ("obl", "obl:arg", "obl:mod", "xcomp", "nmod") and f"prep:{p}" not in out:
                put(f"prep:{p}", entities_at(c, index))
    # "Orbalia, dont X est actionnaire": "dont" stands for the noun the clause hangs on
    # (a clause opening on "dont" that the parser hangs as a parataxis is one too)
    clause = t if t.dep_.startswith("acl") or (t.dep_ == "parataxis" and t.left_edge.lower_ == "dont") else (
        t.head if t.head.dep_.startswith("acl") else None)
    # ("Y, dont la société X détient 15 %": with a share as the verb's object, "dont" is the share's, hung
    # by the parser on the subject: X holds a stake in Y, Y is not X's)
    share_of = clause is not None and any(k.dep_ == "obj" and (k.text == "%" or k.lemma_.lower() in STAKES
                                                               or k.lemma_.lower() in _SHARE_WORDS)
                                          for k in clause.children) \
        and any(c.lower_ == "dont" for k in clause.children if k.dep_ == "nsubj" for c in k.children)
    if share_of:
        if t.i == clause.i:
            put("prep:de", entities_at(clause.head, index))
    elif clause is not None and any(c.lower_ == "dont" for c in list(t.children) + list(clause.children)) \
            and not (t.pos_ == "NOUN" and index.kinds.get(t.i) == "introducer" and t.i > 0 and (
                tv[t.i - 1].lower_ == "dont" or tv[t.i - 2].lower_ == "dont")) \
            and not _partitive_dont(clause):
        # ("Y, dont le fonds X possède 30 %": a noun introducing its own name is no "de Y" of the clause)
        put("prep:de", entities_at(clause.head, index))
    # "X, directeur de la technologie": the head of a department of no company named works for the
    # article's main organisation
    # "président du comité d'audit de Y", "membre du comité des nominations": a board committee's seat is
    # one on Y's board (with no owner named, the article's main organisation's), not Y's leadership
    # (not a committee that is a named body of its own, "le Comité olympique", nor a management or works
    # committee: "comité exécutif", "comité d'entreprise")
    # (the committees, the department and the bare title below fill only the slots wanted here, and
    # decide nothing else: unwanted, they are not looked for)
    bare_wanted = out.wants("topic", "announcer")
    committee = [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "de"
                 and c.lemma_.lower() in COMMITTEES and index.entity_at(c.i) is None
                 and not any(k.lower_ in NOT_BOARD_COMMITTEES for k in c.children)] \
        if not verbal and (bare_wanted or out.wants("committee_of", "committee_seat")) else []
    for c in committee:
        owners = [x for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"] or [
            x for k in c.subtree if k.i != c.i and case_of(k) == "de" for x in entities_at(k, index)
            if index.type_of(x[0]) == "ORG"]
        if not owners and index.topic and not any(case_of(k) == "de" and k.pos_ == "PROPN" for k in c.subtree):
            owners = [(index.topic, -1)]
        put("committee_of", owners)
        if t.dep_ in ("obl", "obl:mod", "obl:arg") and case_of(t) == "comme" and lemma_of(t.head) in SUCCESSION_VERBS:
            # "A remplacera B comme président du comité": A takes the seat B held
            put("committee_seat", [x for x in _subject_of(t.head, index) if index.type_of(x[0]) == "PER"]
                + [x for k in t.head.children if k.dep_ == "obj"
                   for x in entities_at(k, index) if index.type_of(x[0]) == "PER"])
    # (a department counts only for a title with no complement: not looked for past one)
    bare = True
    for k in out:   # (a loop: a generator per trigger cost more than the test)
        if k.startswith("prep:") or k == "poss":
            bare = False
            break
    department = not verbal and t.pos_ == "NOUN" and bare and (bare_wanted or out.wants("dept_topic")) \
        and _heads_a_department(t, index)
    if department and index.topic and bare:
        put("dept_topic", [(index.topic, -1)])
    # "son directeur des investissements, X": the head of a department whose company a possessive names
    # works for it, does not lead it
    if not verbal and t.pos_ == "NOUN" and "poss" in out and out.wants("poss_dept") \
            and t_lem in ("directeur", "directrice", "responsable", "chef", "cheffe") \
            and not any(k.startswith("prep:") for k in out) and _heads_a_department(t, index):
        out["poss_dept"] = out.pop("poss")
    # a title with no complement at all ("le directeur général X"): the article's main organisation
    # ("le président du conseil de surveillance, X": a board of no one named is the organisation's too;
    # "le PDG en poste depuis trois ans": a time or a state is no complement)
    if not verbal and bare_wanted and not department and not committee and bare and not _bracket_then_de(t, tv) \
            and not any(c.dep_ == "nmod" and not (c.lemma_.lower() in ORGANS and not entities_at(c, index)
                                                  # ((s32-interview32) not "notre conseil régional": a public body's)
                                                  and not public_organ(c))
                        and not (index.entity_at(c.i) is not None and index.entity_at(c.i) == index.entity_at(t.i))
                        and not _circumstance(c, index)
                        # ("tour de table", "levée de fonds": the round's own words)
                        and not (c.lemma_.lower() in ("table", "fonds") and t_lem in FUNDING_NOUNS)
                        for c in t.children):
        # (in a paragraph a "Chez X, on …" opens, X's: "Chez X, on encaisse. Le directeur général, Y, dénonce…")
        company = index.cued_company(t.i, tv) or home_company(t, index)
        if company:
            put("topic", [(company, -1)])
        # "Y a annoncé que X avait démissionné de ses fonctions de directeur général", "Y a annoncé la
        # nomination de X au poste de PDG": a company announcing a post with no organisation named, its own
        w, hops = t.head, 0
        named_with = any(c.dep_ in ("appos", "flat:name") or (c.dep_ == "nmod" and case_of(c) is None)
                         for c in t.children if index.entity_at(c.i) is not None) \
            or (t.dep_ in ("appos", "nmod") and index.entity_at(t.head.i) is not None)
        if named_with and t.dep_ == "nmod" and case_of(t) == "de" and t.head.lemma_.lower() in ARRIVAL_NOUNS \
                and t.head.dep_ == "obj" and any(c.lower_ in ("nouveau", "nouvelle") for c in t.children):
            named_with = False   # "Y annonce l'arrivée d'un nouveau directeur financier, X": the post taken
        while w.pos_ not in ("VERB", "AUX") and w.head.i != w.i and hops < 4:
            w, hops = w.head, hops + 1
        if w.pos_ in ("VERB", "AUX") and w.dep_ in ("ccomp", "xcomp") and lemma_of(w.head) in ANNOUNCE_VERBS:
            w = w.head
        if w.pos_ in ("VERB", "AUX") and lemma_of(w) in ANNOUNCE_VERBS and not named_with \
                and t_lem not in PUBLIC_TITLES and t.lower_ not in PUBLIC_TITLES:
            # (not "le président X" named in the news: a title the announcer's own post only when it is
            # the post given up or taken)
            put("announcer", [x for x in _subject_of(w, index) if x[1] >= 0 and index.kinds.get(x[1]) == "name"
                              and index.type_of(x[0]) == "ORG"])


def _spoken_owner(c, index, company: str, verb=None) -> str | None:
    """"qui détient 35 % de notre capital" in an interview's answer, "de votre capital" in its question
    (and "notre conseil", _board_owners), "Votre actionnaire principal, le fonds X, qui détient 40 % du
    capital": the capital is that of the one speaking or spoken to (mentions/quoted_we.py; None when
    unknown), not the article's most named company."""
    for x in c.subtree:
        if x.dep_ == "det" and x.i in index.quoted_we and x.head.lemma_.lower() in ("capital", "actionnariat"):
            we = index.quoted_we[x.i]
            return we[0] if we else None
    if verb is not None and verb.dep_ == "acl:relcl":
        # (the holder, apposed to "votre / notre actionnaire", or that noun itself)
        held = verb.head
        tv = tokens_of(verb.doc)
        k = held.left_edge.i - 1   # ("Votre actionnaire principal, le fonds X, qui …" parsed as two clauses)
        while k > 0 and (tv[k].text == "," or tv[k].pos_ == "ADJ"):
            k -= 1
        for noun in (held, held.head if held.dep_ == "appos" else None, tv[k] if k < held.i else None):
            if noun is not None and noun.lemma_.lower() == "actionnaire":
                for x in noun.children:
                    if x.dep_ == "det" and x.i in index.quoted_we:
                        we = index.quoted_we[x.i]
                        return we[0] if we else None
    return company


def _range_examples(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"… en allant du suisse A à B ou à C", "… de A à B": the companies a range after a plural noun names."""
    tv = tokens_of(t.doc)
    end = t.sent.end
    start = next((j for j in range(t.i + 1, min(t.i + 16, end - 2)) if tv[j].lower_ == "en"
                  and lemma_of(tv[j + 1]) == "aller" and "Part" in tv[j + 1].morph.get("VerbForm")), None)
    if start is None:
        return []
    found: list[tuple[str, int]] = []
    j, want = start + 2, ("de", "du", "des", "d'", "d’")
    while j < end:
        if tv[j].lower_ in ("ou", "et") and found:
            j += 1
            continue
        if tv[j].lower_ not in want:
            break
        k = j + 1
        while k < min(j + 4, end) and index.entity_at(k) is None and (
                tv[k].pos_ == "DET" or (tv[k].pos_ in ("ADJ", "NOUN") and tv[k].is_lower)):
            k += 1
        name = index.entity_at(k) if k < end else None
        if name is None or index.kinds.get(k) not in ("name", "introducer") or index.type_of(name) != "ORG":
            break
        found.append((name, k))
        while k < end and index.entity_at(k) == name:
            k += 1
        j, want = k, ("à", "au", "aux")
    return found if len(found) >= 2 else []


def _partitive_dont(clause) -> bool:
    """(s20-prec) "Plusieurs cadres quittent le groupe, dont X, l'ancien directeur de la stratégie": "dont"
    before a bare name with no verb nor copula is "among them" (the cadres), not "de" the noun before it; a
    title set beside that name is no post in that noun's organisation."""
    return clause.pos_ == "PROPN" and not any(c.dep_ in ("cop", "aux", "aux:tense", "aux:pass", "nsubj")
                                              for c in clause.children)


def _heads_a_department(t, index: EntityIndex) -> bool:
    """"directeur de la technologie", "responsable des ventes": the title's complement is a department of
    no company named (read as a line too: "cofondatrice et directrice de la technologie" hangs the
    phrase on the first title)."""
    tv = tokens_of(t.doc)
    depts = lexicon()["departments"]
    # "directeur général de la sécurité civile", "de la santé publique": a state administration, not a
    # department of the company the article is about
    public = lexicon()["public_service_adjectives"]

    def state_service(i: int) -> bool:
        return i + 1 < len(tv) and tv[i + 1].lower_ in public

    if any(c.dep_ == "nmod" and case_of(c) == "de" and c.lemma_.lower() in depts and not entities_at(c, index)
           and not state_service(c.i) for c in t.children):
        return True
    j = t.i + 1
    if j < len(tv) and tv[j].lower_ in ("de", "du", "des", "d'", "d’"):
        j += 1
        while j < len(tv) and tv[j].pos_ == "DET":
            j += 1
        if j < len(tv) and tv[j].pos_ == "NOUN" and tv[j].lemma_.lower() in depts and index.entity_at(j) is None \
                and not (j + 1 < len(tv) and tv[j + 1].lower_ in ("de", "du", "des", "d'", "d’")) \
                and not state_service(j):
            return True
    return False


# Words of a share held, beside the stake nouns: "Y, dont X détient la majorité".
_SHARE_WORDS = {"majorité", "totalité", "intégralité", "moitié", "tiers", "quart", "contrôle"}


def _capital_follows(t) -> bool:
    """A "N % du capital" of no company named right after the noun, before the next comma, however the
    parser hung it ("premier actionnaire avec 14 % du capital,")."""
    tv = tokens_of(t.doc)
    for j in range(t.i + 1, min(t.i + 9, t.sent.end)):
        x = tv[j]
        if x.is_punct and x.text != "%" or x.pos_ in ("VERB", "AUX"):
            return False
        if x.lemma_.lower() in ("capital", "actionnariat"):
            return not (j + 1 < len(tv) and tv[j + 1].lower_ in ("de", "du", "des", "d'", "d’"))
        if x.lower_ in ("titres", "actions", "parts") and j >= 2 and tv[j - 1].lower_ == "des" \
                and tv[j - 2].text == "%":
            # ("premier actionnaire avec 14 % des titres,": the shares of no company named)
            return not (j + 1 < len(tv) and tv[j + 1].lower_ in ("de", "du", "des", "d'", "d’"))
    return False


def _circumstance(c, index: EntityIndex) -> bool:
    """"en poste", "en place", "depuis trois ans", "à l'époque": a phrase on a title that names no body."""
    return case_of(c) in ("en", "depuis", "pendant", "jusqu'à") and not entities_at(c, index)


def board_phrases(tok, organs=ORGANS):
    """The board nouns of the phrases hung on ``tok`` that say where a seat is: "au conseil de Y", "au sein du
    conseil de Y", "dans le directoire de Y", in order."""
    for c in tok.children:
        if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and case_of(c) in ("à", "au", "dans"):
            if c.lemma_.lower() == "sein":   # "au sein du conseil de Y"
                c = next((k for k in c.children if k.dep_ == "nmod" and k.lemma_.lower() in organs), c)
            if c.lemma_.lower() in organs:
                yield c


def _board_owners(c, index: EntityIndex) -> list:
    """The organisation whose board ``c`` ("conseil", "directoire") is: a company named in its phrase, else
    the article's main organisation when the words say it is a company's board ("d'administration",
    "de surveillance", "directoire")."""
    owners = [x for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"]
    board = any(k.lower_ in ("administration", "surveillance") for k in c.subtree) \
        or c.lemma_.lower() in ("directoire", "board")
    if not owners and board and index.topic and not any(case_of(k) == "de" and k.pos_ == "PROPN" for k in c.subtree):
        spoken = next((d for d in c.children if d.dep_ == "det" and d.i in index.quoted_we), None)
        if spoken is not None:
            # "siège à notre conseil de surveillance" in an interview's answer: the speaker's company's
            we = index.quoted_we[spoken.i]
            return [(we[0], -1)] if we and index.type_of(we[0]) == "ORG" else []
        owners = [(home_company(c, index), -1)]
    return owners


def _enters_with_share(t, index: EntityIndex) -> bool:
    """"le fonds X, entré en 2016 à hauteur de 19 %", "X est entré en 2021 avec 15 %": entering with a
    share, where no place is named, is entering the capital of the company the text speaks of."""
    if not (index.topic or index.focus) or any(
            c.dep_.startswith("obl") and case_of(c) in ("à", "au", "dans", "chez", "en") and c.pos_ != "NUM"
            for c in t.children):
        return False   # ("entré chez Y en 2016", "entré en bourse", "entré au conseil")
    tv = tokens_of(t.doc)
    for k in range(t.i + 1, min(t.i + 9, t.sent.end)):
        if (tv[k].text in (",", ";", ":") and k > t.i + 1 and tv[k - 1].text != "%") \
                or tv[k].lower_ in ("chez", "dans", "au", "aux", "sur"):
            return False   # (a place named on the line, "entré en 2019 chez Y avec 15 %")
        if tv[k].text == "%" and k >= 3 and tv[k - 1].pos_ == "NUM" and (
                tv[k - 2].lower_ == "avec" or (tv[k - 2].lower_ in ("de", "d'", "d’") and tv[k - 3].lower_ == "hauteur")):
            return True
    return False


_BOARD_TITLES = frozenset({"administrateur", "administratrice", "administrateurs", "administratrices",
                           "censeur", "censeure"})


def _entry_board(t, index: EntityIndex, out: Found) -> list:
    """"X fait son entrée, par ailleurs, au conseil de surveillance de Y": the board read as a line
    after "son entrée" (asides and adverbs skipped); "X y fait son entrée comme administratrice": the
    company "y" stands for, when a board title follows "comme"/"en tant que". [(name, i)] or []."""
    entry = next((c for c in t.children if c.dep_ == "obj" and c.lemma_.lower() == "entrée"
                  and any(k.dep_ == "det" and "Yes" in k.morph.get("Poss") for k in c.children)), None)
    if entry is None:
        return []
    tv = tokens_of(t.doc)
    end = min(t.sent.end, entry.i + 12)
    for k in range(entry.i + 1, end):
        w = tv[k]
        if w.text in (";", ":", "(") or (w.pos_ == "VERB" and w.i > entry.i + 1):
            break
        if w.lower_ in ("au", "aux", "à", "dans") and k + 1 < end:
            j = k + 1
            while j < end and tv[j].pos_ == "DET":
                j += 1
            if j < end and tv[j].lemma_.lower() in ORGANS and tv[j].lemma_.lower() != "capital":
                return _board_owners(t.doc[j], index)
            if j < end and tv[j].lemma_.lower() in ("capital", "actionnariat"):
                return []   # "fait son entrée au capital": a stake, not a seat
        if w.lower_ in ("comme", "qu'", "que", "qu’") and any(
                tv[j].lower_ in _BOARD_TITLES for j in range(k + 1, min(k + 3, end))):
            return [x for x in out.get("prep:à", []) if index.type_of(x[0]) == "ORG"]
    return []


_SEAT_ADVERBS = {"également", "aussi", "déjà", "toujours", "encore", "désormais", "notamment", "par", "ailleurs"}


def seat_subject(t, index: EntityIndex) -> tuple[str, int] | None:
    """"X siège (également) au conseil …" with "siège" tagged as a noun: the person named right before
    it (a name or a resolved pronoun), or None — "le siège de Y" has a determiner there."""
    if t.lower_ not in SEAT_WORDS or t.pos_ not in ("NOUN", "ADJ") or t.lower_ == "sièges":   # ("sièges" is no verb)
        return None
    tv = tokens_of(t.doc)
    j = t.i - 1
    while j >= t.sent.start and tv[j].lower_ in _SEAT_ADVERBS:
        j -= 1
    if j < t.sent.start or tv[j].lower_ in ("le", "la", "les", "l'", "l’", "son", "sa", "ses", "leur", "un", "du", "au"):
        return None
    if tv[j].lower_ in ("qui", "lequel", "laquelle") and j - 2 >= t.sent.start and tv[j - 1].text == ",":
        j -= 2   # "X, qui (lequel) siège au conseil de surveillance": the name the relative hangs on
        if index.kinds.get(j) == "name" and index.type_of(index.entity_at(j)) != "PER":
            j = _titled_person_before(tv, j, t.sent.start, index)   # (s19-gapA2) "X, le patron de Y, qui siège …"
    if tv[j].text == ",":
        # "Le président de Y, X, siège …" (the name before the comma) or "X, président de Y, siège …"
        # (the first person the sentence names)
        people = [k for k in range(t.sent.start, j) if index.kinds.get(k) == "name"
                  and index.type_of(index.entity_at(k)) == "PER"]
        if not people:
            return None
        j = people[-1] if index.kinds.get(j - 1) == "name" and people[-1] == j - 1 \
            and not _after_de(tv, j - 1, index) else people[0]
    name = index.entity_at(j)
    if name is None and tv[j].lower_ in ("il", "elle"):
        got = index.antecedent(j, types=("PER",))   # (a pronoun the parser hung on "siège" as its determiner)
        return got
    if name is None or index.kinds.get(j) not in ("name", "pronoun") or index.type_of(name) != "PER":
        return None
    return (name, j)


def _after_de(tv, j: int, index: EntityIndex) -> bool:
    """(s38-misses38) Whether the name ending at token j is a "de" complement ("X, fils de W, siège …": W is the
    apposition's kin, not the one who sits; "Le président de Y, X, siège …": X is the apposed subject)."""
    name = index.entity_at(j)
    while j - 1 >= 0 and index.entity_at(j - 1) == name and index.kinds.get(j - 1) == "name":
        j -= 1
    return j - 1 >= 0 and tv[j - 1].lower_ in ("de", "d'", "d’", "du", "des")


def _titled_person_before(tv, j: int, start: int, index: EntityIndex) -> int:
    """(s19-gapA2) "X, le patron de Y, qui siège au conseil de Z": the relative hangs on the apposed title's
    person, not on its "de" name Y; the person named right before ", (le) TITLE" (else j unchanged)."""
    for k in range(j - 1, max(start, j - 8) - 1, -1):
        if tv[k].text != "," or k + 1 >= j:
            continue
        title = tv[k + 2] if tv[k + 1].pos_ == "DET" else tv[k + 1]
        if title.lower_ in PERSON_TITLES and k - 1 >= start and index.kinds.get(k - 1) == "name" \
                and index.type_of(index.entity_at(k - 1)) == "PER":
            return k - 1
        return j
    return j


def seat_where(t, index: EntityIndex):
    """"…au conseil d'administration, où siège déjà X": the inverted subject after "où siège" and the
    board "où" stands for (the board word right before its comma). (who, organ token) or None."""
    if t.lower_ != "siège" or t.pos_ != "NOUN":
        return None
    tv = tokens_of(t.doc)
    j = t.i - 1
    if j < t.sent.start + 2 or tv[j].lower_ != "où" or tv[j - 1].text != ",":
        return None
    k = t.i + 1
    while k < t.sent.end and tv[k].lower_ in _SEAT_ADVERBS:
        k += 1
    who = index.entity_at(k) if k < t.sent.end else None
    if who is None or index.kinds.get(k) != "name" or index.type_of(who) != "PER":
        return None
    for b in range(j - 2, max(j - 8, t.sent.start - 1), -1):
        if tv[b].lemma_.lower() in ORGANS:
            return (who, k), t.doc[b]
        if tv[b].text in (",", ";", ":"):
            break
    return None


def seat_organ(t):
    """The board right after "siège au / à la / dans le": "X siège au conseil d'administration de Y"
    (past an adverb, "lui-même", or a time phrase: "X siège depuis 2019 au conseil de Y")."""
    tv = tokens_of(t.doc)
    k = t.i + 1
    while k < t.sent.end:
        if tv[k].lower_ in _SEAT_ADVERBS or tv[k].lower_.endswith("-même") or tv[k].lower_.endswith("-mêmes"):
            k += 1
        elif tv[k].lower_ == "depuis":   # "depuis 2019", "depuis mars", "depuis dix ans", "depuis l'an dernier"
            j = k + 1
            while j < min(k + 5, t.sent.end) and tv[j].lower_ not in ("au", "aux", "à", "dans") and (
                    tv[j].like_num or tv[j].is_lower and tv[j].pos_ in ("NOUN", "ADJ", "DET", "NUM")):
                j += 1
            if j == k + 1:
                break
            k = j
        else:
            break
    if k >= t.sent.end or tv[k].lower_ not in ("au", "aux", "à", "dans"):
        return None
    k += 1
    while k < t.sent.end and tv[k].pos_ == "DET":
        k += 1
    return tv[k] if k < t.sent.end and tv[k].lemma_.lower() in ORGANS else None


def asked_in_vain(verb) -> bool:
    """"X a réclamé en vain / sans succès un siège": nothing got."""
    return any(k.lower_ == "vain" or (k.lower_ == "succès" and k.i and k.doc[k.i - 1].lower_ == "sans")
               for k in verb.subtree)


def seat_taker(t, index: EntityIndex, organ) -> tuple[list, list]:
    """"X obtient deux sièges au conseil", "X disposera d'un siège au conseil de surveillance", "X se
    contente d'un siège au conseil": the seat noun is the object of a verb of getting or keeping, whose
    subject sits on the board (the board's company: named in its phrase, else the article's main
    organisation, also for a bare "au conseil" — not "conseil municipal", "conseil des ministres")."""
    from .words import SEAT_ASKING_VERBS, SEAT_TAKING_VERBS
    if t.dep_ not in ("obj", "obl:arg", "obl", "obl:mod") or t.head.pos_ not in ("VERB", "AUX") \
            or lemma_of(t.head) not in SEAT_TAKING_VERBS or organ is None:
        return [], []
    if lemma_of(t.head) in SEAT_ASKING_VERBS and asked_in_vain(t.head):
        return [], []   # (s21-corpB) "X a réclamé en vain un siège au conseil": no seat
    owners = _board_owners(organ, index)
    if not owners and index.topic and organ.lemma_.lower() in ("conseil", "directoire", "board") \
            and not any(c.dep_ in ("amod", "nmod", "appos") for c in organ.children):
        owners = [(index.topic, -1)]
    takers = [x for x in _subject_of(t.head, index) if index.type_of(x[0]) in ("PER", "ORG")]
    # "…, qui sera occupé par son associée X", "…, dont l'un reviendra à X": the person who sits there;
    # one seat so given is the person's alone, of several the organisation keeps the others
    sitter = _seat_sitter(organ, index)
    if sitter is not None:
        takers = ([] if t.lower_ == "siège" else [x for x in takers if index.type_of(x[0]) != "PER"]) + [sitter]
    return takers, owners


_SITTER_WORDS = frozenset({"occupé", "occupée", "occupés", "occupées", "reviendra", "reviendront", "revient",
                           "reviennent", "confié", "confiée", "attribué", "attribuée"})


def _seat_sitter(organ, index: EntityIndex) -> tuple[str, int] | None:
    """The person a seat goes to, after the board's phrase: "… qui sera occupé par X", "dont l'un
    reviendra à X"."""
    tv = tokens_of(organ.doc)
    end = organ.sent.end
    for k in range(organ.i + 1, min(organ.i + 14, end)):
        if tv[k].lower_ in (";", ".") or index.entity_at(k) is not None:
            return None
        if tv[k].lower_ in _SITTER_WORDS and k + 1 < end and tv[k + 1].lower_ in ("par", "à", "a"):
            for j in range(k + 2, min(k + 8, end)):
                name = index.entity_at(j)
                if name is not None:
                    return (name, j) if index.type_of(name) == "PER" else None
            return None
    return None


def fronted_title(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"La présidente du directoire, X, a démissionné": a title opening the sentence, the parser having
    hung the main clause on it (its verb an apposition of the title), describes the name after its comma."""
    if t.pos_ != "NOUN":
        return []
    tv = tokens_of(t.doc)
    start = t.sent.start
    if t.i == start or any(tv[j].pos_ != "DET" for j in range(start, t.i)):
        return []
    clause = [c for c in t.children if c.i > t.i and c.pos_ in ("VERB", "AUX")
              and any(k.dep_.startswith("nsubj") for k in c.children)]
    if not clause:
        return []
    end = max([t.i] + [x.i for c in t.children if c.dep_ not in ("parataxis", "punct", "conj", "cc")
                       and c not in clause for x in c.subtree]) + 1
    if end >= t.sent.end or tv[end].text != ",":
        return []
    j = end + 1
    if j < t.sent.end and index.kinds.get(j) == "name" and tv[j].dep_.startswith("nsubj") \
            and any(tv[j].head.i == c.i for c in clause) and index.type_of(index.entity_at(j)) == "PER":
        return [(index.entity_at(j), j)]
    return []


# Verbs of the borrower with the loan as object: "Y s'appuie sur / a contracté un prêt accordé par X".
_BORROW_VERBS = frozenset({"appuyer", "contracter", "souscrire", "sécuriser"})

# Verbs of a sum given: "X a versé / accordé / octroyé 2 millions d'euros à Y".
_PAY_VERBS = frozenset({"verser", "accorder", "octroyer", "allouer", "consentir", "avancer", "prêter", "donner"})

# Nouns an offer hangs under as it is filed: "le dépôt d'un projet d'offre sur Y".
_OFFER_FILING = frozenset({"projet", "dépôt", "lancement"})
_OFFER_MAKING = frozenset({"déposer", "lancer", "présenter", "formuler", "préparer", "officialiser", "confirmer"})

_POST_NOUNS = frozenset({"tête", "présidence", "direction", "commande", "commandes", "barre", "rênes"})


# Verbs by which a company's board judges an offer made for it ("le conseil a rejeté l'offre", "a jugé
# l'offre inamicale", "a qualifié l'offre d'opportuniste")
_OFFER_JUDGING = frozenset({"rejeter", "repousser", "refuser", "juger", "qualifier", "examiner", "étudier",
                            "recommander", "estimer", "dénoncer", "accueillir"})


def _board_judges_offer(sent) -> bool:
    """Whether a board judges a takeover offer in the sentence ("Le conseil a jugé l'offre inamicale";
    not "Le président, X, refuse l'offre", where X may be the bidder's as well)."""
    for x in sent:
        if x.lower_ in OFFER_NOUNS and x.dep_ in ("obj", "nsubj:pass") and lemma_of(x.head) in _OFFER_JUDGING:
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in ("conseil", "directoire", "board")
                   for c in x.head.children):
                return True
    return False


def home_company(t, index: EntityIndex) -> str | None:
    """The organisation a board or a title that names none belongs to: the article's main organisation;
    but where a board judges an offer (in t's sentence, or for a title in the sentence right after one
    whose subject is a bare board: "Le conseil a jugé l'offre inamicale. Son président, X, …") the offer's
    target: a bidder does not judge its own offer, and the article's main organisation is often the bidder."""
    target = index.offer_target(tokens_of(t.doc))
    if target and target != index.topic:
        if _board_judges_offer(t.sent):
            return target
        start = t.sent.start
        if start > 0 and t.lower_ in PERSON_TITLES and _board_judges_offer(tokens_of(t.doc)[start - 1].sent):
            return target
    return index.topic


def _bare_board(c, index: EntityIndex, skip=None) -> list:
    """The company of a board phrase "conseil (d'administration | de surveillance)", "directoire" that
    names none: the article's main organisation (a bare "conseil" too, not "conseil municipal",
    "conseil des ministres", "conseil scientifique")."""
    if c.lemma_.lower() not in ("conseil", "directoire", "board"):
        return []
    named = [x for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"]
    if named:   # "le conseil de surveillance du groupe": the company the board's phrase points at
        return named
    if any(case_of(k) == "de" and k.pos_ == "PROPN" for k in c.subtree):
        return []
    other = [k for k in c.children if k.dep_ in ("amod", "nmod", "appos", "acl")
             and k.lower_ not in ("administration", "surveillance") and k is not skip]
    if entities_at(c, index):
        return []
    poss = next((d for d in c.children if d.dep_ == "det" and d.i in index.quoted_we), None)
    if poss is not None:
        # (s29-interview29) "Votre conseil, présidé par X", "notre conseil d'administration": the board of the
        # one spoken to or speaking (mentions/quoted_we.py), not the article's main organisation; no one if unknown
        owner = index.quoted_we[poss.i]
        return [(owner[0], -1)] if owner and owner[0] and not other else []
    company = home_company(c, index)
    return [(company, -1)] if company and not other else []


# The adjectives of the company's own top post ("la direction générale", "la présidence non exécutive"),
# not of a department's ("la direction financière")
_TOP_POST_WORDS = frozenset({"générale", "général", "exécutive", "exécutif"})


def board_post(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X prend la présidence du conseil", "X garde la présidence du conseil de surveillance", "X préside
    (toujours) le conseil de surveillance": leading a board of no company named is leading the
    article's main organisation."""
    if "prep:de" in out or "prep:de_organ" in out or "obj" in out:
        return
    if not verbal and t.pos_ == "NOUN" and t.lemma_.lower() in _POST_NOUNS and out.wants("board_post"):
        for c in t.children:
            if c.dep_ == "nmod" and case_of(c) == "de" and c.lemma_.lower() in ORGANS:
                out.put("board_post", _bare_board(c, index))
    elif verbal and lemma_of(t) in ("présider", "diriger", "piloter") and out.wants("board_post"):
        for c in t.children:
            if c.dep_ == "obj" and c.lemma_.lower() in ORGANS:
                out.put("board_post", _bare_board(c, index))
        board = t.head
        if t.dep_ == "acl" and board.lemma_.lower() in ("conseil", "directoire", "board") \
                and any(c.dep_ == "obl:agent" for c in t.children) and "board_post" not in out:
            # "le conseil d'administration, présidé par X, …": X leads the company of the board; with no
            # company named on the board, the one of a "chez Y" phrase of its clause, else the article's
            chez = [x for c in board.head.children if c.dep_.startswith("obl") and case_of(c) == "chez"
                    for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"] \
                if board.dep_.startswith("nsubj") else []
            owners = _bare_board(board, index, skip=t)
            if chez and owners and owners[0][1] == -1 or chez and not owners and not entities_at(board, index):
                owners = chez
            out.put("board_post", owners)


def other_than(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"X n'est autre que l'ancien directeur général de Y", "X, qui n'est autre que le fondateur de Y":
    the title after "n'être autre que" describes the copula's subject."""
    a = t.head
    if t.pos_ != "NOUN" or a.lower_ != "autre" or a.i >= t.i or not any(c.dep_ == "cop" for c in a.children):
        return []
    tv = tokens_of(t.doc)
    if not any(tv[k].lower_ == "que" or tv[k].lower_ in ("qu'", "qu’") for k in range(a.i + 1, t.i)) \
            or not any(tv[k].lower_ in ("n'", "n’", "ne") for k in range(max(a.i - 3, t.sent.start), a.i)):
        return []
    return _subject_of(a, index)


def means_possessive(t, index: EntityIndex, out: Found) -> None:
    """"X détient 30 % de Y via sa holding B", "par l'intermédiaire de sa société B", "au travers de sa
    holding, B": the possessive of the means is the verb's subject, not the company last named."""
    if "poss" not in out or t.pos_ != "NOUN" or t.i < 2:
        return
    tv = tokens_of(t.doc)
    j = t.i - 1
    if not (tv[j].pos_ == "DET" and "Yes" in tv[j].morph.get("Poss")):
        return
    j -= 1
    if not (tv[j].lower_ == "via" or (tv[j].lower_ in ("de", "d'", "d’") and j > 0
                                      and tv[j - 1].lower_ in ("intermédiaire", "biais", "travers"))):
        return
    w, hops = t.head, 0
    while w.pos_ not in ("VERB", "AUX") and w.head.i != w.i and hops < 4:
        w, hops = w.head, hops + 1
    # ("La famille X contrôle 40 % de Y via sa holding": the verb tagged a noun at the root, with its subject)
    if w.pos_ in ("VERB", "AUX") or (w.head.i == w.i and any(c.dep_ == "nsubj" for c in w.children)):
        who = [x for x in _subject_of(w, index) if x[0] not in {n for n, _ in index_names(t, index)}]
        if who:
            out["poss"] = who[:1]


def _vehicle_possessor(t, vehicle, index: EntityIndex) -> list:
    """"…, qui contrôle 27 % au travers de sa holding, B": whoever "sa" points back to holds the
    vehicle, when the verb's subject is a pronoun no name stands for. [(name, i)] or []."""
    tv = tokens_of(t.doc)
    if t.i >= 3 and tv[t.i - 1].lower_ == "qui" and tv[t.i - 2].text == ",":
        # "Celle-ci, qui contrôle …" with the relative hung elsewhere: the mention before its comma
        # (a pronoun coreference already resolved)
        name = index.entity_at(t.i - 3)
        if name is not None and name != vehicle[0] and index.type_of(name) in ("PER", "ORG", "GOV"):
            return [(name, t.i - 3)]
    for j in range(vehicle[1] - 1, max(vehicle[1] - 6, t.i), -1):
        if tv[j].lower_ in ("via", "travers", "intermédiaire", "biais"):
            return []
        if tv[j].pos_ == "DET" and "Yes" in tv[j].morph.get("Poss"):
            ante = index.antecedent(j, exclude={vehicle[0]}, types=("PER", "ORG", "GOV"))
            return [ante] if ante else []
    return []


def index_names(t, index: EntityIndex) -> list:
    """The entity the noun itself introduces ("sa holding B": B), as a list."""
    name = index.entity_at(t.i)
    return [(name, t.i)] if name else []


_REMAINDER = frozenset({"reste", "solde", "restant", "complément"})
_REMAINING = frozenset({"restant", "restants", "restante", "restantes"})   # ("les 5 % restants")


@acts_on(lambda w: w.verbal and w.lemma in ("appartenir", "détenir", "contrôler", "posséder"))
def remainder_of(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y est détenue à 80 % par A, le reste (du capital) appartenant à B", "le reste du capital
    appartient à B", "le solde est détenu par B": B holds the rest of a company's capital - the one
    whose shares the sentence spoke of before (the subject of "détenue à N %"), the one named after
    "du capital de", else the article's main organisation when the sentence names no other."""
    if not verbal or lemma_of(t) not in ("appartenir", "détenir", "contrôler", "posséder") \
            or not out.wants("remainder_of"):
        return
    tv = tokens_of(t.doc)
    sent = t.sent
    at = next((k for k in range(t.i - 1, max(sent.start, t.i - 6) - 1, -1) if k > sent.start and (
        (tv[k].lower_ in _REMAINDER and tv[k - 1].lower_ in ("le", "la", "l'", "l’"))
        or (tv[k].lower_ in _REMAINING and tv[k - 1].text == "%"))), None)
    if at is None:
        return
    if lemma_of(t) != "appartenir" and not any(c.dep_ == "aux:pass" for c in t.children):
        return   # ("le reste détient …": no stake of the rest)
    if tv[at + 1].lower_ in ("du", "de", "des", "d'", "d’"):   # "le reste du capital", not "de l'équipe"
        k = at + 2
        while k < t.i and tv[k].pos_ == "DET":
            k += 1
        if k >= t.i or tv[k].lower_ not in ("capital", "parts", "actions", "titres", "droits", "actionnariat") and not (
                tv[at].lower_ in _REMAINING and index.entity_at(k) is not None and index.type_of(index.entity_at(k)) == "ORG"):   # ("les 5 % restants de Y")
            return
    # "le reste du capital de Y"
    for k in range(at + 1, t.i):
        name = index.entity_at(k)
        if name is not None and index.type_of(name) == "ORG":
            out.put("remainder_of", [(name, k)])
            return
    # "Y est détenue à 80 % par A, le reste …": the company held, before
    for k in range(at - 1, sent.start - 1, -1):
        w = tv[k]
        if w.pos_ == "VERB" and lemma_of(w) in ("détenir", "contrôler", "posséder") \
                and any(c.dep_ == "aux:pass" for c in w.children):
            held = [x for c in w.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)
                    if index.type_of(x[0]) == "ORG"]
            if held:
                out.put("remainder_of", held[:1])
            return
    # (the article's company: only for a share of a capital, "le reste du capital", "N %" in the sentence,
    # and no organisation named but the holder)
    holders = {n for n, _ in out.get("prep:à", []) + out.get("agent", [])}
    shares = any(tv[k].lower_ in ("capital", "%", "parts", "actions", "titres", "actionnariat")
                 for k in range(sent.start, sent.end))
    if index.topic and shares and not any(
            (index.type_of(index.entity_at(k)) in ("ORG", "GOV") or index.entity_at(k) in index.weak)
            and index.entity_at(k) not in (index.topic, *holders)
            for k in range(sent.start, sent.end) if index.entity_at(k) is not None):
        out.put("remainder_of", [(index.topic, -1)])


@acts_on(lambda w: w.verbal and w.lemma in ("fournir", "approvisionner") or not w.verbal and w.pos == "NOUN" and w.lem in ("client", "cliente"))
def supply_phrases(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X se fournit (en composants) auprès de Y", "s'approvisionne auprès de Y": the supplier after
    "auprès de" of the reflexive verb; "client de longue date de Y": the supplier after a phrase of time."""
    tv = tokens_of(t.doc)
    if verbal and lemma_of(t) in ("fournir", "approvisionner") and out.wants("bought_from") \
            and any(c.lower_ in ("se", "s'", "s’", "me", "nous") and c.pos_ == "PRON" for c in t.children):
        end = t.sent.end
        for j in range(t.i + 1, min(t.i + 12, end - 2)):
            if tv[j].text in (",", ";", ".") :
                break
            if tv[j].lower_ == "auprès" and tv[j + 1].lower_ in ("de", "du", "des", "d'", "d’"):
                k = j + 2
                while k < min(j + 7, end) and index.entity_at(k) is None and (
                        tv[k].pos_ == "DET" or (tv[k].is_lower and tv[k].pos_ in ("ADJ", "NOUN"))):
                    k += 1
                name = index.entity_at(k) if k < end else None
                if name is not None and index.kinds.get(k) in ("name", "introducer"):
                    out.put("bought_from", [(name, k)])
                break
    if not verbal and t.pos_ == "NOUN" and t.lemma_.lower() in ("client", "cliente") and "prep:de" not in out \
            and out.wants("customer_of"):
        for c in t.children:
            # "client de longue date de Y", "client depuis toujours de Y": "de Y" hung on the phrase of time
            if c.dep_ == "nmod" and c.lower_ == "date" and c.i <= t.i + 3:
                got = [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de" for x in entities_at(k, index)]
                if not got:
                    j = max(x.i for x in c.subtree) + 1
                    if j + 1 < t.sent.end and tv[j].lower_ in ("de", "du", "des", "d'", "d’"):
                        got = entities_at(tv[j + 1], index) if tv[j + 1].pos_ in ("PROPN", "NOUN") else []
                out.put("customer_of", got)


_UNIT_WORDS = frozenset({"service", "services", "direction", "département", "division", "branche", "pôle", "équipe",
                         "équipes", "laboratoire", "laboratoires", "filiale", "bureau", "bureaux", "rédaction"})
_SPAN_NOUNS = frozenset({"an", "ans", "année", "années", "mois", "décennie", "décennies", "semaine", "semaines"})


@acts_on(lambda w: w.verbal and w.lemma == "passer")
def career_phrases(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a passé quinze ans chez Y / au sein de Y": the years spent name the employer; "X, une ingénieure
    passée par Y": the participle describes the person the noun is in apposition to."""
    if not verbal or lemma_of(t) != "passer":
        return
    tv = tokens_of(t.doc)
    if out.wants("prep:chez") and "prep:chez" not in out:
        for c in t.children:
            # ((s32-heads32) "une partie de sa carrière", "l'essentiel de sa vie professionnelle": heads32.yaml)
            if c.dep_ == "obj" and (c.lower_ in _SPAN_NOUNS or _career_span(c)):
                for k in c.children:
                    if k.dep_ == "nmod" and (case_of(k) == "chez" or (
                            k.lower_ == "sein" and any(x.lower_ == "au" for x in k.children))):
                        got = entities_at(k, index) if k.lower_ != "sein" else [
                            x for kk in k.children if kk.dep_ == "nmod" for x in entities_at(kk, index)]
                        out.put("prep:chez", [x for x in got if index.type_of(x[0]) == "ORG"])
    # "X est passé par le service R&D de Y", "par la division cybersécurité de Y": a unit of Y
    if "prep:par" not in out and "agent" not in out and out.wants("prep:par"):
        for c in t.children:
            if c.dep_ in ("obl:agent", "obl", "obl:mod") and case_of(c) == "par" and c.lemma_.lower() in _UNIT_WORDS \
                    and not entities_at(c, index):
                out.put("prep:par", [x for k in c.subtree if k.i != c.i and k.dep_ == "nmod" and case_of(k) == "de"
                                     for x in entities_at(k, index) if index.type_of(x[0]) == "ORG"][:1])
    if t.dep_ == "acl" and "subj" not in out and out.wants("appos_subject"):
        head = t.head
        if head.pos_ == "NOUN" and index.entity_at(head.i) is None:
            j = head.i - 1
            while j > t.sent.start and tv[j].pos_ in ("DET", "ADJ"):
                j -= 1
            if tv[j].text == "," and j > t.sent.start and index.kinds.get(j - 1) == "name" \
                    and index.type_of(index.entity_at(j - 1)) == "PER":
                out.put("appos_subject", [(index.entity_at(j - 1), j - 1)])


# Verbs whose attribute the parser makes an xcomp ("X reste / demeure / devient le premier actionnaire").
_STAYING_VERBS = frozenset({"rester", "demeurer", "devenir", "redevenir"})
# Words saying a shareholder leads the others, whose company is the article's when none is named.
_LEADING_HOLDER_WORDS = frozenset({"premier", "première", "principal", "principale", "majoritaire", "référence"})


@acts_on(lambda w: w.verbal and w.lemma in ("recruter", "embaucher", "débaucher"))
def hirer(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a recruté X", "X a été débauché par Y": the hirer, named - a description or a pronoun ("la
    start-up a recruté X") only when it stands for the article's main organisation."""
    if not verbal or lemma_of(t) not in ("recruter", "embaucher", "débaucher") or not out.wants("hirer"):
        return
    got = [x for x in out.get("subj", []) + out.get("agent", [])
           if x[1] < 0 or index.kinds.get(x[1]) == "name" or x[0] == index.topic]
    out.put("hirer", got)


# A past participle opening the sentence describes the main clause's subject: "Fondée en 2020 par A,
# ingénieure passée par Y, et B, la société emploie…", "Dirigé depuis 2019 par X, fils du fondateur,
# Z est contrôlé…". The parser rarely sees it (the participle is read as a name or a subject), so the
# sentence is read as a line: the agents after "par", appositions to them, then the subject.
_FRONTED_PARTICIPLES = {"dirigé": "LEADS", "présidé": "LEADS", "fondé": "FOUNDED", "cofondé": "FOUNDED",
                        "créé": "FOUNDED", "lancé": "FOUNDED", "détenu": "OWNS", "contrôlé": "OWNS",
                        "possédé": "OWNS"}
# A relative clause on the agent says what else the agent does to the main subject, its clitic standing for
# it: "Fondée par X, qui la dirige toujours et en détient 40 %, Y …" (X leads and owns Y).
_RELATIVE_CLITICS = frozenset({"la", "le", "l'", "l’"})
_RELATIVE_LEAD_VERBS = frozenset({"diriger", "présider", "piloter", "dirige", "préside", "pilote"})
_RELATIVE_OWN_VERBS = frozenset({"détenir", "posséder", "contrôler", "détient", "possède", "contrôle"})
_RELATIVE_LEAD_TITLES = frozenset({"président", "présidente", "pdg", "directeur", "directrice", "dirigeant",
                                   "dirigeante", "patron", "patronne"})
_FRONTED_AGENT_TYPES = {"LEADS": ("PER",), "FOUNDED": ("PER", "ORG"), "OWNS": ("PER", "ORG", "GOV")}
_DE_WORDS = frozenset({"de", "du", "des", "d'", "d’"})
_OPENING_DETS = frozenset({"le", "la", "l'", "l’", "les", "cette", "ce", "cet"})


def _fronted_kind(tok) -> str | None:
    w = tok.lower_
    if w.endswith("s"):
        w = w[:-1]
    if w.endswith("e") and w[:-1] in _FRONTED_PARTICIPLES:
        w = w[:-1]
    return _FRONTED_PARTICIPLES.get(w)


def _segments(tv, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the comma-separated pieces of tv[start:end]."""
    out, s = [], start
    for j in range(start, end):
        if tv[j].text == ",":
            out.append((s, j))
            s = j + 1
    out.append((s, end))
    return [(a, b) for a, b in out if a < b]


def _segment_subject(tv, a: int, b: int, index: EntityIndex, first: int) -> str | None:
    """The organisation opening a piece ("Bréval", "l'entreprise familiale X", "la société"): a name at
    its start, or after an article and at most three words with no "de" (not "ancienne ingénieure du Y")."""
    j = a
    if tv[j].lower_ in _OPENING_DETS:
        j += 1
        while j < min(a + 5, b) and index.entity_at(j) is None and tv[j].is_lower and tv[j].lower_ not in _DE_WORDS \
                and tv[j].pos_ not in ("VERB", "AUX", "ADP"):
            j += 1   # ((s33-descr33) not past the verb: "la firme investira dans la start-up X" is not X)
    name = index.entity_at(j) if j < b else None
    if name is None or index.kinds.get(j) not in ("name", "introducer", "descriptor"):
        return None
    if index.kinds.get(j) == "descriptor" and any(index.entity_at(k) == name for k in range(first, a)):
        # "…, ancien de la banque Y, l'entreprise compte …": the description is the company the
        # sentence is about, not the employer named in an apposition; the article's company then
        name = index.topic
        if name is None or any(index.entity_at(k) == name for k in range(first, a)):
            return None
    return name if index.type_of(name) in ("ORG", "GOV") else None


def _segment_agent(tv, a: int, b: int, index: EntityIndex) -> tuple[str, int] | None:
    """The named party of an agent piece: "par A", "et B", "et par l'entrepreneur B"."""
    for j in range(a, min(a + 5, b)):
        name = index.entity_at(j)
        if name is not None and index.kinds.get(j) in ("name", "introducer"):
            # (s21-prec21) "par deux anciens chercheurs de Y, A et B": the body Y is where the agents come from,
            # the "de" complement of a common noun, not the agent ("par la conseillère d'Etat X": a person)
            if j - 2 >= a and tv[j - 1].lower_ in ("de", "du", "des", "d'", "d’") and tv[j - 2].pos_ == "NOUN" \
                    and tv[j - 2].text.islower() and index.type_of(name) != "PER":
                return None
            return name, j
    return None


def _later_agents(tv, a: int, b: int, index: EntityIndex) -> list[tuple[str, int]]:
    """The named party after every "par" of a piece of shares ("à 20 % par B et à 10 % par C")."""
    return [x for x in (_segment_agent(tv, j + 1, b, index) for j in range(a, b) if tv[j].lower_ == "par") if x]


def fronted_participle_ties(doc, index: EntityIndex) -> list[tuple[str, str, str, object]]:
    """(type, agent, organisation, sentence) for "Fondée en 2020 par A et B, la société …"."""
    tv = tokens_of(doc)
    out = []
    for sent in doc.sents:
        first = sent.start
        while first < sent.end and tv[first].is_punct:
            first += 1
        if first >= sent.end - 4 or not tv[first].text[:1].isupper():
            continue
        rtype = _fronted_kind(tv[first])
        if rtype is None:
            continue
        segs = _segments(tv, first, sent.end)
        par = next((j for j in range(first + 1, min(first + 8, segs[0][1])) if tv[j].lower_ == "par"), None)
        if par is None or len(segs) < 2:
            continue
        agents = [x for x in [_segment_agent(tv, par + 1, segs[0][1], index)] if x]
        agents += _later_agents(tv, par + 1, segs[0][1], index)   # "à 60 % par A et à 40 % par B"
        subject = None
        relatives = []   # (agent, piece) of "qui la dirige" pieces after an agent
        for a, b in segs[1:]:
            if tv[a].lower_ == "qui" and agents:
                relatives.append((agents[-1], (a, b)))
                continue
            if tv[a].lower_ in ("à", "a") and any(tv[j].text == "%" for j in range(a, min(a + 4, b))):
                agents += _later_agents(tv, a, b, index)   # "…, à 20 % par B et à 10 % par C, la société Y"
                continue
            if tv[a].lower_ in ("et", "ou"):
                k = a + 1 + (tv[a + 1].lower_ == "par" if a + 1 < b else 0)
                got = _segment_agent(tv, k, b, index)
                if got:
                    agents.append(got)
                continue
            subject = _segment_subject(tv, a, b, index, first)
            if subject is not None:
                break
        if subject is None:
            continue
        for name, at in agents:
            # (the broken parse may type the agent by the subject's noun: "par X, l'entreprise Y" read as
            # an apposition to X; the NER's label of the name then says it is a person)
            kind = "PER" if tv[at].ent_type_ == "PER" and index.kinds.get(at) == "name" else index.type_of(name)
            if name != subject and kind in _FRONTED_AGENT_TYPES[rtype]:
                out.append((rtype, name, subject, sent))
        for (name, at), (a, b) in relatives:
            kind = "PER" if tv[at].ent_type_ == "PER" and index.kinds.get(at) == "name" else index.type_of(name)
            for rt in _relative_kinds(tv, a, b):
                if name != subject and kind in _FRONTED_AGENT_TYPES[rt]:
                    out.append((rt, name, subject, sent))
    return out


def _relative_kinds(tv, a: int, b: int) -> list[str]:
    """What "qui la dirige (toujours)", "qui en détient 40 %", "qui en est la présidente" say the agent is to
    the clitic's company: LEADS and/or OWNS."""
    out = []
    own_clitic = False
    for j in range(a + 1, b):
        w, lem = tv[j].lower_, tv[j].lemma_.lower()
        prev = tv[j - 1].lower_
        if w == "en":
            own_clitic = True
        if (w in _RELATIVE_LEAD_VERBS or lem in _RELATIVE_LEAD_VERBS) and prev in _RELATIVE_CLITICS:
            out.append("LEADS")
        elif (w in _RELATIVE_OWN_VERBS or lem in _RELATIVE_OWN_VERBS) and (prev in _RELATIVE_CLITICS or own_clitic):
            out.append("OWNS")
        elif w in _RELATIVE_LEAD_TITLES and prev in ("le", "la", "l'", "l’") and own_clitic \
                and any(tv[k].lemma_ == "être" for k in range(a + 1, j)):
            out.append("LEADS")   # "qui en est toujours la présidente"
    return list(dict.fromkeys(out))


# (s25-fights25) object-control verbs that ask nothing of their object: blame, suspicion, perception
_NOT_ASKING = frozenset({"accuser", "soupçonner", "suspecter", "reprocher", "voir", "entendre", "regarder"})


def _bracket_then_de(t, tv) -> bool:
    """(s32-heads32) "X, président (LFI) de la commission des finances": a bracketed aside between a title and its
    "de" phrase; the parser hangs the phrase on the name, the title is not bare (no article's organisation)."""
    k = t.i + 1
    while k < len(tv) and tv[k].pos_ == "ADJ":
        k += 1
    if k >= len(tv) or tv[k].text != "(":
        return False
    for j in range(k + 1, min(k + 8, len(tv) - 1)):
        if tv[j].text == ")":
            return tv[j + 1].lower_ in ("de", "du", "des", "d'", "d’")
    return False


_CAREER_WORDS = frozenset({"carrière", "carrières", "parcours", "vie"})


def _career_span(c) -> bool:
    """(s32-heads32) "toute sa carrière", "une partie de sa carrière", "l'essentiel de sa vie professionnelle": a
    part of a career spent (data/heads32.yaml career_span_nouns), not "une partie de l'été"."""
    from ..heads32 import words as heads32_words
    if c.lower_ not in heads32_words()["career_span_nouns"]:
        return False
    if c.lower_ in ("carrière", "carrières", "parcours"):
        return True
    return any(k.dep_ == "nmod" and k.lower_ in _CAREER_WORDS and (k.lower_ != "vie" or any(
        a.dep_ == "amod" and a.lower_.startswith("professionnel") for a in k.children)) for k in c.children)
