"""Last checks on the slots of one trigger: a name in one slot is not also in another."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...mentions.lexicon import lexicon
from ..arguments import PERSON_TITLES, SELL_VERBS, STAKES, case_of, lemma_of
from .biz import (backer_by_pronoun, bid_by_title, bought_by_topic, delivered_to_topic, into_fold, part_apposition,
                  offer_stake, perfect_infinitive_subject, weighed_stake)
from .biz import _words as _biz_words
from .found import Found
from .gate import Readers, acts_on
from .words import CONTEST_VERBS, OUSTER_NOUNS, POSTS


_BRANCH_LEMMAS = frozenset({"filiale", "branche", "division"})
# What one launches that is no company: an offer, a procedure, a campaign.
_LAUNCHED_ACTS = frozenset({"offre", "opa", "ope", "contre-offre", "procédure", "appel", "campagne", "offensive",
                            "raid", "enquête", "plainte", "recours", "emprunt", "augmentation", "levée",
                            "opération", "bataille", "guerre", "ultimatum", "consultation", "audit"})
# Nouns that introduce a body's own name ("le groupe X", "la holding Y").
_NAMED_BODY_NOUNS = frozenset({"holding", "société", "groupe", "fonds", "véhicule", "structure"})
# Deals, and the verbs by which someone steers one on a company's behalf.
_DEAL_NOUNS = frozenset({"rachat", "acquisition", "reprise", "absorption", "fusion", "cession", "prise"})
_STEER_VERBS = frozenset({"conduire", "piloter", "mener", "superviser", "orchestrer", "négocier", "préparer",
                          "accompagner", "coordonner", "diriger", "gérer", "boucler", "ficeler"})


# (s25-deals25) the share of a stake a verb sells: "l'intégralité de sa participation"
_PORTIONS = frozenset({"intégralité", "totalité", "partie", "moitié", "reste", "solde", "tiers", "quart", "essentiel"})


@acts_on(lambda w: w.pos in ("NOUN", "PROPN") and w.lem in _biz_words()["backer_nouns"])
def _backer_by_pronoun(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    backer_by_pronoun(t, index, out)


@acts_on(lambda w: w.pos == "NOUN" and w.lem in _biz_words()["fold_nouns"])
def _into_fold(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    into_fold(t, index, out)


@acts_on(lambda w: w.pos == "NOUN" and (w.lem in _biz_words()["offer_nouns"] or w.lower in _biz_words()["offer_nouns"]))
def _bid_by_title(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    bid_by_title(t, index, out)


# (speed37) The biz.py checks tidy runs first, in this order, as a run of gated readers (gate.py): each acts on a few
# trigger words (its @acts_on, beside it), and calling all nine on every trigger, each to return at its first test,
# cost more than what they do.
_BIZ_CHECKS = Readers(
    part_apposition,   # "X a racheté Y, la filiale de Z": Z is not bought
    _backer_by_pronoun,   # "elle sera le sponsor de Y": no person through a pronoun alone
    perfect_infinitive_subject,   # "… au négociant X d'avoir acheté …": X bought
    bought_by_topic,   # "Y, rachetée en 2019": the article's company bought it
    _into_fold,   # "Y passe dans le giron de X": X takes Y over
    weighed_stake,   # "X, qui pèse 4,1 % du capital": X holds a stake
    offer_stake,   # "X détient 9 % du capital de sa cible": a stake in the bid's target
    _bid_by_title,   # "le patron de X a déposé une offre": X bids
    delivered_to_topic,   # "les batteries seront livrées par X"
)


def tidy(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Move or drop parties that an earlier reader put in the wrong slot."""
    put = out.put
    _BIZ_CHECKS(t, index, out, verbal)   # part_apposition … delivered_to_topic (biz.py), each on its own words
    # "elle a conduit l'absorption de Y", "il a piloté le rachat de Y": a person who steers a deal does it
    # for a company; the person is not the buyer (nor is anyone, unless another reader names the company)
    if t.pos_ == "NOUN" and t.lemma_.lower() in _DEAL_NOUNS and t.dep_ == "obj" and lemma_of(t.head) in _STEER_VERBS:
        people = [x for x in out.get("subj", []) if index.type_of(x[0]) == "PER"]
        for x in people:
            out["subj"].remove(x)
        if people and not out["subj"]:
            del out["subj"]
    # "C'est elle qui a piloté le rachat de la marque Y": a deal steered is no company led (Y is bought)
    if verbal and lemma_of(t) in _STEER_VERBS and "obj" in out and any(
            c.dep_ == "obj" and c.lemma_.lower() in _DEAL_NOUNS for c in t.children):
        del out["obj"]
    # "sa filiale de Dubaï", "leur filiale de distribution de Lyon": with a possessive, the "de" phrase of a
    # subsidiary is where or what it is, its owner is the possessor
    if t.pos_ == "NOUN" and t.lemma_.lower() in _BRANCH_LEMMAS and "prep:de" in out and any(
            c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in t.children):
        del out["prep:de"]
    # "Le groupe X, propriétaire du quotidien A, de la radio B et de la chaîne C": the "de" phrases after the
    # comma closing the noun's own name are the apposition's list (the parser may hang them on the noun)
    if t.pos_ == "NOUN" and "prep:de" in out and t.lemma_.lower() in _NAMED_BODY_NOUNS:
        own = index.entity_at(t.i + 1)
        if own is not None and index.kinds.get(t.i + 1) == "name":
            k = t.i + 1
            while k < len(t.doc) and index.entity_at(k) == own:
                k += 1
            if k < len(t.doc) and t.doc[k].text == ",":
                out.keep("prep:de", lambda x: x[1] < k)
    # "X a lancé vendredi une offre publique d'achat (OPA) sur son concurrent Y": what is launched is the
    # offer (or a procedure, a campaign); a name after it is no company launched, however it is parsed
    if verbal and lemma_of(t) == "lancer" and "obj" in out:
        cut = next((k for k in range(t.i + 1, min(t.i + 12, t.sent.end)) if t.doc[k].lemma_.lower() in _LAUNCHED_ACTS
                    or t.doc[k].lower_ in _LAUNCHED_ACTS), None)
        if cut is not None:
            out.keep("obj", lambda x: x[1] < cut)
    # "X brigue la présidence de Y", "A et B se disputent le poste de PDG de Y": a post sought, not held
    if t.pos_ == "NOUN" and (t.lower_ in PERSON_TITLES or t.lemma_.lower() in POSTS):
        post = t.head if t.dep_ == "nmod" and t.head.lemma_.lower() in POSTS else t
        # ("se disputent l'héritage de leur mentor, de la présidence du groupe": through a noun or two)
        hops = 0
        while post.dep_ in ("nmod", "conj") and post.head.pos_ == "NOUN" and hops < 2:
            post, hops = post.head, hops + 1
        # ("réclamer le départ du PDG de Y, X": an ouster demanded, the post is held)
        if post.dep_ in ("obj", "obl", "obl:arg") and lemma_of(post.head) in CONTEST_VERBS \
                and post.lemma_.lower() not in OUSTER_NOUNS:
            out.clear()
            out["_no_linear"] = []
            return
    # a name after the title and a "de" is its complement, not the name it describes
    if "head" in out and t.pos_ == "NOUN":
        for name, j in list(out["head"]):
            between = t.doc[t.i + 1:j]
            # … unless a person's name closes the phrase: "le patron de Technova Paul Verdier"
            # ("le ministre de Y de l'époque X", "le patron de Y d'alors X": a time tail on the body)
            k = j - _time_tail(t.doc, j)
            closes = (index.type_of(name) == "PER" and k > 0 and index.entity_at(k - 1) not in (None, name))
            if (j > t.i and any(x.lower_ in ("de", "du", "des", "d'") for x in between)
                    and not any(x.is_punct or x.dep_ == "cop" or x.lemma_ == "être" for x in between) and not closes):
                out["head"].remove((name, j))
                put("prep:de", [(name, j)])
    # "céder sa participation à Y": Y buys the stake, it is not what the stake is in
    # (s25-deals25) "céder l'intégralité (la moitié, une partie) de sa participation à Y": the same, through
    # the portion noun the verb's object is
    sold = t if t.dep_ == "obj" else t.head if t.dep_ == "nmod" and t.head.dep_ == "obj" \
        and t.head.lemma_.lower() in _PORTIONS and t.lemma_.lower() in STAKES else None
    if t.lemma_.lower() in STAKES and sold is not None and lemma_of(sold.head) in SELL_VERBS:
        buyer = out.pop("prep:à", None)
        if not buyer:
            # "vendre sa participation dans Y à son principal concurrent, Z": the name apposed to the "à" noun
            for c in list(t.children) + [k for k in sold.head.children if k.i > t.i]:
                if case_of(c) != "à" or c.dep_ not in ("nmod", "obl", "obl:arg", "obl:mod", "iobj"):
                    continue
                end = c.right_edge.i
                doc = t.doc
                if end + 2 < len(doc) and doc[end + 1].text == "," and index.kinds.get(end + 2) == "name" \
                        and index.type_of(index.entity_at(end + 2)) in ("ORG", "PER"):
                    name = index.entity_at(end + 2)
                    k = end + 2
                    while k < len(doc) and index.entity_at(k) == name:
                        k += 1
                    if k >= t.sent.end or doc[k].is_punct:
                        buyer = [(name, end + 2)]
                        if "head" in out:
                            out["head"] = [h for h in out["head"] if h[0] != name]
                            if not out["head"]:
                                del out["head"]
                        break
        if buyer:
            out["buyer"] = buyer
        out["_no_linear"] = []   # nor may the nearest name stand in for it
    # "Y, né de la fusion entre A et B": a past merger that made Y, not a partnership between A and B
    if t.lemma_.lower() in ("fusion", "rapprochement", "mariage") and lemma_of(t.head) in ("naître", "issu", "né", "résulter"):
        out.pop("prep:entre", None)
        out["_no_linear"] = []
    if out.pop("_unit_bought", None) is not None and "prep:de" in out:
        # "X a racheté la division Nuvia de Y": Y sells a unit, X does not buy Y
        out.setdefault("unit_of", out.pop("prep:de"))
    if out.pop("_stake_bought", None) is not None:
        if "stake_in" not in out and "prep:dans" in out:   # ("dans Y" hung on the verb)
            out["stake_in"] = out.pop("prep:dans")
        out.pop("obj", None)
        out.pop("prep:de", None)   # (the seller, not what is bought)
    if "deputy_of" in out:
        # "le directeur général adjoint de Y": a deputy works for Y, does not lead it
        if not out["deputy_of"]:
            # (or the possessive's owner: "X, son directeur général adjoint" (s24-coref24b))
            out["deputy_of"] = out.get("prep:de") or out.get("prep:de2") or out.get("poss") or []
        for k in ("prep:de", "prep:de2", "prep:de_organ"):
            out.pop(k, None)
    # a round's investors are not the company raising it ("réunissant 178 M€ avec A et B": the
    # parser makes A the verb's subject)
    if "investors" in out:
        backers = {n for n, _ in out["investors"]}
        near = out.get("prep:auprès")
        if near and near[0] == out["investors"][0]:
            # "auprès de A, aux côtés de B et C": the list read past the parse adds to the "auprès" names
            out["prep:auprès"] = near + [x for x in out["investors"] if x[0] not in {n for n, _ in near}]
        for k in ("subj", "raiser"):
            if k in out:
                out[k] = [x for x in out[k] if x[0] not in backers]
                if not out[k]:
                    del out[k]
    for name, _ in out.pop("_holder", []):
        for k in [k for k in out if k.startswith("prep:")]:
            out[k] = [x for x in out[k] if x[0] != name]
            if not out[k]:
                del out[k]
    if out.pop("_apposed", None):
        # a title taken for a verb's object that is a name's apposition (titles.py _name_before_comma): the
        # verb's subject and complements are not its parties (what its own phrase holds, or what a reader
        # found for it outside the verb's clause, is)
        lo, hi = t.left_edge.i, t.right_edge.i
        vlo, vhi = t.head.left_edge.i, t.head.right_edge.i
        for k in [k for k in out if k == "subj" or k.startswith("prep:")]:
            out[k] = [x for x in out[k] if lo <= x[1] <= hi or not vlo <= x[1] <= vhi]
            if not out[k]:
                del out[k]
    # a name in one slot is not also the one the title describes ("PDG du groupe Havas")
    if "head" in out:
        others = {n for k, items in out.items() if k.startswith("prep:") or k == "poss" for n, _ in items}
        out["head"] = [h for h in out["head"] if h[0] not in others]
        if not out["head"]:
            del out["head"]


def _time_tail(doc, j: int) -> int:
    """Length of a time phrase ("de l'époque", "d'alors") ending right before token j, else 0."""
    last = None   # (the word before j, read once for all the tails rather than once per tail)
    for words in _split_tails(lexicon().get("title_time_tails", [])):
        n = len(words)
        # (the last word first: it rules out nearly every place before the words are sliced)
        if j - n > 0 and n and last is None:
            last = doc[j - 1].lower_.replace("’", "'")
        if j - n > 0 and (not n or last == words[-1]) \
                and [x.lower_.replace("’", "'") for x in doc[j - n:j]] == words:
            return n
    return 0


_TAILS: list = [None, []]   # the lexicon's time tails, and their words


def _split_tails(tails) -> list[list[str]]:
    if _TAILS[0] is not tails:
        _TAILS[:] = [tails, [tail.replace("’", "'").split() for tail in tails]]
    return _TAILS[1]
