"""(s19-gapC2) More stands taken against someone that the generic readers miss, each gated on its cue word:

- a foe seen in one: "X voit dans Y un rival (direct)" (slot "seen_foe");
- a foe's noun tagged as a participle: "X fut le principal opposant de Y" (slot "foe_of");
- a war waged between two: "la guerre que se livrent A et B", "A et B se livrent une bataille" (slot
  "waged_between");
- a blame whose object names its maker: "X dénonce une machination orchestrée par Y" (slot "blamed_maker");
- overruling one: "X a soutenu la mesure contre l'avis de Y" (slots "overruler", "overruled");
- pressure put on one: "X fait pression sur Y", "X exerce des pressions sur Y" (slot "pressed");
- a money claim in court: "X réclame 5 M€ à Y devant le tribunal" (slot "claimed_from");
- a ruling won against one: "X a obtenu une sentence arbitrale contre Y" (slot "ruled_against");
- a fine's imposer named by its participle: "une amende infligée par X" (slot "fine_imposer"), the fined one
  by "valoir": "… a valu à Y une amende" (slot "fined");
- an act of one taken to court: "X a attaqué / contesté / déféré la décision de Y devant le Conseil d'État" (slot
  "challenged": the act's author, or a name; the verb's object is then no target of words, "obj" goes);
- a feud named in a phrase of the clause: "X a quitté Y après un violent désaccord avec Z", "X entretient
  avec Z une rivalité tenace", "X, en froid avec Z" (slot "feud_subj": the clause's subject);
- one put under sanctions by an agent: "X, placé sous sanctions par Y", "la liste des personnes sanctionnées par
  Y" on which X figures (slots "sanctioned_by", "sanctioned_one");
- a formal notice: "Y a mis en demeure X" (slot "noticed");
- rivals met in a market are no feud: "X se heurte à des concurrents, à commencer par Y" (clears the verb's
  parties and the nearest-names fallback).

Every reader tests its trigger's lemma or word first (one frozenset look-up per token) and walks only the
trigger's own children, its head's, or its object's."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...mentions.lexicon import fold
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import acts_on
from .coref24 import decision_author

_PHRASE_DEPS = ("obl", "obl:mod", "obl:arg", "nmod", "iobj")

# "X voit dans Y un rival": nouns of a foe one sees in someone
_FOE_NOUNS = frozenset({"rival", "rivale", "adversaire", "ennemi", "ennemie", "opposant", "opposante", "menace",
                        "obstacle", "danger"})
# "le principal opposant de Y" with "opposant" tagged a participle
_FOE_PARTICIPLES = frozenset({"opposant", "opposante", "opposants", "opposantes"})
# "la guerre que se livrent A et B": a fight two wage on each other
_WAR_NOUNS = frozenset({"rivalité", "querelle", "guerre", "bataille", "combat", "lutte", "duel", "bras de fer", "guérilla", "concurrence"})
_WAGE = frozenset({"livrer"})
_BLAME = frozenset({"accuser", "critiquer", "dénoncer", "fustiger", "étriller", "épingler", "stigmatiser", "railler",
                    "brocarder", "vilipender", "tancer", "éreinter", "dénigrer", "condamner", "déplorer"})
# participles whose "par Y" undergoes what the noun names, not makes it ("l'agression subie par Y")
_UNDERGO = frozenset({"subir", "endurer", "vivre", "connaître", "essuyer", "encourir", "recevoir", "viser",
                      "toucher", "frapper", "cibler"})
# schemes whose "de" is their maker: "dénonce la tentative d'intimidation de Y"
_SCHEMES = frozenset({"tentative", "tentatives", "manœuvre", "manœuvres", "manoeuvre", "manoeuvres", "campagne",
                      "cabale", "machination", "complot", "mainmise", "ingérence", "ingérences", "chantage",
                      "pressions", "acharnement", "harcèlement", "intimidation", "intimidations", "manipulation",
                      "manipulations", "offensive", "dérive", "dérives"})
_OVERRULE_NOUNS = frozenset({"avis", "volonté", "gré"})
_PRESSURE_NOUNS = frozenset({"pression", "pressions"})
_PRESSURE_VERBS = frozenset({"faire", "exercer", "mettre", "accentuer", "accroître", "maintenir", "renforcer"})
_CLAIM = frozenset({"réclamer", "exiger", "demander"})
_MONEY_WORDS = frozenset({"euro", "euros", "dollar", "dollars", "€", "$", "livre", "livres", "franc", "francs",
                          "million", "millions", "milliard", "milliards", "dommages", "dommages-intérêts",
                          "indemnité", "indemnités", "réparation", "remboursement"})
_COURT = frozenset({"tribunal", "tribunaux", "justice", "cour", "juge", "juges", "prud'hommes", "prud’hommes",
                    "arbitrage", "arbitral", "arbitrale", "judiciaire", "contentieux"})
_RULINGS = frozenset({"sentence", "sentences", "jugement", "jugements", "arrêt", "décision", "condamnation",
                      "injonction", "ordonnance"})
_WIN = frozenset({"obtenir", "arracher", "remporter", "gagner"})
_FINES = frozenset({"amende", "amendes", "pénalité", "pénalités"})
_IMPOSE = frozenset({"infliger", "prononcer", "imposer", "décider", "requérir"})
_RIVAL_NOUNS = frozenset({"concurrent", "concurrents", "concurrente", "concurrentes", "rival", "rivaux", "rivale",
                          "rivales", "compétiteur", "compétiteurs", "acteur", "acteurs", "géant", "géants"})

# "X a attaqué la décision de Y devant le tribunal": verbs of a challenge, and the acts challenged
_CHALLENGE = frozenset({"attaquer", "contester", "déférer"})
_ACT_NOUNS = frozenset({"décision", "décisions", "attribution", "choix", "arrêté", "arrêtés", "délibération",
                        "délibérations", "refus", "autorisation", "décret", "résiliation", "sanction", "sanctions",
                        "nomination", "règlement", "mesure", "avis", "vote"})
# courts and arbitration bodies named by several words
_HIGH_COURTS = ("conseil d'état", "conseil d’état", "conseil constitutionnel", "cour de cassation",
                "chambre de commerce internationale", "cirdi", "règlement des différends")

# feud nouns whose "avec" party is against the clause's subject when the noun sits in a phrase or is the object
# of a verb of having ("après un désaccord avec Y", "entretient avec Y une rivalité")
_FEUD_NOUNS = frozenset({"désaccord", "désaccords", "brouille", "dispute", "conflit", "différend", "querelle",
                         "rivalité", "divergence", "divergences", "clash", "altercation", "froid", "bras de fer",
                         "contentieux", "litige", "friction", "frictions", "bisbille", "mésentente"})
_FEUD_CASES = frozenset({"après", "suite", "à", "sur", "en", "dans", "pour"})
_HAVE_FEUD = frozenset({"entretenir", "nourrir", "avoir", "vivre", "connaître"})
_SANCTIONED = frozenset({"sanctionné", "sanctionnés", "sanctionnée", "sanctionnées", "sanctionner"})

_GATE = frozenset({"voir", "heurter", "mettre", "entretenir"}) | _CHALLENGE | _FEUD_NOUNS | _SANCTIONED | {"sanction", "sanctions"} | _FOE_PARTICIPLES | _WAGE | _BLAME | _OVERRULE_NOUNS | _PRESSURE_NOUNS \
    | _CLAIM | _RULINGS | _FINES


@acts_on(lambda w: w.lemma in _GATE or w.lower in _GATE)
def stand_parties(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    lemma = lemma_of(t)
    low = t.lower_
    if lemma not in _GATE and low not in _GATE:
        return
    if low in _FOE_PARTICIPLES:
        _foe_of(t, index, out)
    elif low in _FEUD_NOUNS and t.pos_ in ("NOUN", "ADJ", "PROPN"):
        _feud_in_clause(t, index, out)
    elif low in _SANCTIONED or low in ("sanction", "sanctions"):
        _sanctioned_by(t, index, out)
    elif low in _OVERRULE_NOUNS:
        _overruled(t, index, out)
    elif low in _PRESSURE_NOUNS:
        _pressed(t, index, out)
    elif low in _RULINGS:
        _ruled_against(t, index, out)
    elif low in _FINES:
        _fine_imposer(t, index, out)
    elif verbal:
        if lemma == "voir":
            _seen_foe(t, index, out)
        elif lemma in _WAGE:
            _waged(t, index, out)
        elif lemma in _BLAME:
            if lemma == "condamner":
                _had_sentenced(t, index, out)
            _blamed_maker(t, index, out)
        elif lemma in _CLAIM:
            _claimed_from(t, index, out)
        elif lemma == "heurter":
            _rivals_met(t, index, out)
        elif lemma in _CHALLENGE:
            _challenged(t, index, out)
        elif lemma == "mettre":
            _noticed(t, index, out)
        elif lemma == "entretenir":
            _no_talk_in_feud(t, index, out)


def _seen_foe(t, index: EntityIndex, out: Found) -> None:
    """"X voit dans Y un rival direct", "X voit en Y une menace": the "dans"/"en" name, with a foe noun as the
    verb's object or hung on that name."""
    for c in t.children:
        if c.dep_ not in _PHRASE_DEPS or case_of(c) not in ("dans", "en"):
            continue
        nouns = [k for k in (*t.children, *c.children) if k.dep_ in ("obj", "appos", "xcomp")
                 and k.lemma_.lower() in _FOE_NOUNS]
        if nouns:
            out.put("seen_foe", entities_at(c, index))


def _foe_of(t, index: EntityIndex, out: Found) -> None:
    """"X fut le principal opposant de Y": "opposant" tagged a participle after a determiner (or a determiner
    and an adjective) is the noun; its "de" names the one opposed."""
    if t.pos_ not in ("VERB", "ADJ"):
        return
    doc = t.doc
    j = t.i - 1
    if j >= 0 and doc[j].pos_ == "ADJ":
        j -= 1
    if j < 0 or doc[j].pos_ != "DET":
        return
    got = [x for c in t.children if c.dep_ in ("nmod", "obl", "obl:mod", "obl:arg")
           and case_of(c) in ("de", "d'", "du", "des") for x in entities_at(c, index)]
    if got:
        out.put("foe_of", got)
        # (the copula's subject, or the name the title is set beside: "Y, le principal opposant de Z")
        # (the parser may hang the subject on the adjective before: "X fut le principal opposant")
        out.put("foe", [x for h in (t, *(a for a in t.children if a.dep_ == "amod" and a.i < t.i))
                        for c in h.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
                or (entities_at(t.head, index) if t.dep_ == "appos" else []))


def _waged(t, index: EntityIndex, out: Found) -> None:
    """"la guerre que se livrent A et B", "A et B se livrent une bataille sans merci": reflexive "se livrer"
    with a fight noun as its object (or its relative's antecedent)."""
    if not any(c.lower_ in ("se", "s'", "s’") for c in t.children):
        return
    fight = [c for c in t.children if c.dep_ == "obj" and c.lemma_.lower() in _WAR_NOUNS]
    if not fight and t.dep_ == "acl:relcl" and t.head.lemma_.lower() in _WAR_NOUNS:
        fight = [t.head]
    if not fight:
        return
    got = [x for c in t.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    if len({n for n, _ in got}) >= 2:
        # (s34-rivals34) "A et B se livrent une guerre des prix", "… une bataille commerciale": a fight over a
        # market is competition (competes.war_waged), not a feud (words: data/rivals34.yaml market_war_words)
        out.put("waged_market" if _market_war(fight[0]) else "waged_between", got)


def _market_war(f) -> bool:
    """The fight noun ``f`` is told of a market: a complement or an adjective of the market family ("guerre des
    prix", "bataille commerciale", "duel tarifaire", "guerre des forfaits"), or "concurrence" itself."""
    from .rivals34 import MARKET_WAR_WORDS
    return f.lemma_.lower() == "concurrence" or any(
        c.dep_ in ("nmod", "amod") and (c.lower_ in MARKET_WAR_WORDS or c.lemma_.lower() in MARKET_WAR_WORDS)
        for c in f.children)


def _blamed_maker(t, index: EntityIndex, out: Found) -> None:
    """"X dénonce une machination orchestrée par Y", "… une campagne de dénigrement menée par Y", "… la
    tentative d'intimidation de Y": the blamed scheme's maker (not one who underwent it: "l'agression subie
    par Y"; named makers only: "érigé par la direction de sa cible" points through a possessive, unsafely)."""
    for o in t.children:
        if o.dep_ != "obj" or o.pos_ != "NOUN" or index.entity_at(o.i) is not None:
            continue
        # (the participle or the "de" may hang on the scheme's own noun: "une campagne de dénigrement menée par Y")
        heads = [o, *(k for k in o.children if k.dep_ == "nmod" and k.pos_ == "NOUN" and index.entity_at(k.i) is None)]
        got = [x for h in heads for p in h.children if p.dep_ == "acl" and p.pos_ == "VERB" and lemma_of(p) not in _UNDERGO
               for k in p.children if k.dep_ == "obl:agent" for x in entities_at(k, index)]
        if o.lower_ in _SCHEMES:
            got += [x for h in heads for k in h.children if k.dep_ == "nmod" and case_of(k) in ("de", "d'", "du", "des")
                    for x in entities_at(k, index)]
        out.put("blamed_maker", [x for x in got if index.kinds.get(x[1]) in ("name", "introducer")])


def _overruled(t, index: EntityIndex, out: Found) -> None:
    """"X a soutenu la mesure contre l'avis de Y", "… contre la volonté de Y": X went against Y."""
    if t.dep_ not in ("obl", "obl:mod", "obl:arg") or case_of(t) != "contre" or t.head.pos_ not in ("VERB", "AUX"):
        return
    who = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in ("de", "d'", "du", "des")
           for x in entities_at(c, index)]
    if who:
        out.put("overruler", _subject_of(t.head, index))
        out.put("overruled", who)


def _pressed(t, index: EntityIndex, out: Found) -> None:
    """"X fait pression sur Y", "X exerce de fortes pressions sur Y", "X met la pression sur Y"."""
    verb = t.head
    if t.dep_ != "obj" or verb.pos_ != "VERB" or lemma_of(verb) not in _PRESSURE_VERBS:
        return
    _verb_subject_and_phrase(t, index, out, "sur", "presser", "pressed")


def _verb_subject_and_phrase(t, index: EntityIndex, out: Found, prep: str, subject_slot: str, object_slot: str) -> None:
    """The object noun t of a light verb: the verb's subject, and the names of a phrase with ``prep`` hung on the
    noun or on the verb ("pressions sur Y", "un jugement contre Y")."""
    verb = t.head
    phrases = [c for c in (*t.children, *verb.children) if c.dep_ in _PHRASE_DEPS and case_of(c) == prep]
    got = [x for c in phrases for x in entities_at(c, index)]
    if got:
        out.put(subject_slot, _subject_of(verb, index))
        out.put(object_slot, got)


def _claimed_from(t, index: EntityIndex, out: Found) -> None:
    """"X réclame 573 M€ à Y devant le tribunal de commerce", "… en justice", "… devant un tribunal arbitral":
    a money claim in court is a lawsuit (without a court word it may be a bill)."""
    objs = [c for c in t.children if c.dep_ == "obj"]
    if not any(w.lower_ in _MONEY_WORDS or w.like_num for o in objs for w in o.subtree):
        return
    if not any(_names_court(c) for c in t.children if c.dep_ in _PHRASE_DEPS):
        return
    phrases = [c for c in t.children if c.dep_ in _PHRASE_DEPS and case_of(c) in ("à", "au", "aux")]
    phrases += [k for o in objs for k in o.children if k.dep_ == "nmod" and case_of(k) in ("à", "au", "aux")]
    out.put("claimed_from", [x for c in phrases for x in entities_at(c, index)])


def _ruled_against(t, index: EntityIndex, out: Found) -> None:
    """"X a obtenu une sentence arbitrale contre Y", "X a arraché un jugement contre Y": X had sued Y (the
    court that pronounces the ruling is no plaintiff: only a ruling won)."""
    if t.dep_ != "obj" or lemma_of(t.head) not in _WIN:
        return
    _verb_subject_and_phrase(t, index, out, "contre", "ruler_winner", "ruled_against")


def _fine_imposer(t, index: EntityIndex, out: Found) -> None:
    """"une amende infligée par X", "… a valu à Y une amende de 3 M€ infligée par X", "Y a écopé d'une amende de
    la part de X", "Y s'est vu infliger une amende par X": the fine's imposer, and the one fined."""
    # (the participle may hang on the amount: "une amende de 3 millions d'euros infligée par X")
    parts = [p for h in (t, *(k for k in t.children if k.dep_ == "nmod")) for p in h.children
             if p.dep_ == "acl" and lemma_of(p) in _IMPOSE]
    imposer = [x for p in parts for k in p.children if k.dep_ == "obl:agent" for x in entities_at(k, index)]
    verb = t.head
    # "de la part de X" on the fine or on its verb
    imposer += [x for h in (t, verb) for k in h.children if k.lower_ == "part" and case_of(k) == "de"
                for c in k.children if c.dep_ == "nmod" and case_of(c) in ("de", "d'", "du", "des")
                for x in entities_at(c, index)]
    seen_verb = None
    if t.dep_ == "obj" and lemma_of(verb) in _IMPOSE and verb.dep_ == "xcomp" and lemma_of(verb.head) == "voir":
        seen_verb = verb.head   # ("Y s'est vu infliger une amende par X")
        imposer += [x for k in (*verb.children, *t.children) if k.dep_ == "obl:agent" or (
            k.dep_ in ("nmod", "obl", "obl:mod") and case_of(k) == "par") for x in entities_at(k, index)]
    if not imposer:
        return
    out.put("fine_imposer", imposer)
    fined = [x for p in parts for k in p.children
             if k.dep_ in _PHRASE_DEPS and case_of(k) in ("à", "au", "aux") for x in entities_at(k, index)]
    if t.dep_ == "obj" and lemma_of(verb) == "valoir":
        fined += [x for c in verb.children if c.dep_ in _PHRASE_DEPS and case_of(c) in ("à", "au", "aux")
                  for x in entities_at(c, index)]
    elif t.dep_ in ("obl", "obl:arg", "obl:mod") and lemma_of(verb) == "écoper":
        fined += _subject_of(verb, index)   # ("Y a écopé d'une amende …")
    elif seen_verb is not None:
        fined += _subject_of(seen_verb, index)
    out.put("fined_by_imposer", [x for x in fined if x not in imposer])


def _had_sentenced(t, index: EntityIndex, out: Found) -> None:
    """"X a fait condamner Y (pour diffamation)": X took Y to court and won (a lawsuit, not words)."""
    if t.dep_ == "xcomp" and lemma_of(t.head) == "faire":
        maker = t.head
    elif any(c.dep_ in ("dep", "aux", "aux:caus") and c.lemma_.lower() == "faire" and c.i < t.i for c in t.children):
        maker = t   # ("X a fait condamner Y" with "fait" hung on the infinitive)
    else:
        return
    got = [x for c in t.children if c.dep_ == "obj" for x in entities_at(c, index)]
    if got:
        out.put("sentencer", _subject_of(maker, index))
        out.put("had_sentenced", got)
        out.pop("obj", None)   # (accuses.verb reads "obj": the sentence is the court's, the suit X's)


def _rivals_met(t, index: EntityIndex, out: Found) -> None:
    """"X se heurte à des concurrents de poids, à commencer par Y": rivals met in a market, no feud (the
    "à" phrase is the rival noun; the names listed after it are not parties of "heurter")."""
    if any(c.dep_ in _PHRASE_DEPS and case_of(c) == "à" and c.lower_ in _RIVAL_NOUNS
           and index.entity_at(c.i) is None for c in t.children):
        for slot in ("obj", "pass", "prep:à", "prep:contre", "prep:avec"):
            out.pop(slot, None)
        out["_no_linear"] = []


def _challenged(t, index: EntityIndex, out: Found) -> None:
    """"X a attaqué le refus de Y devant le Conseil d'État", "X a déféré la délibération de Y devant le tribunal
    administratif": a court named among the verb's phrases makes the challenge a lawsuit against the act's
    author (or against the name the verb takes)."""
    # (the court's phrase may hang on the object: "déféré la délibération de Y devant le tribunal")
    phrases = [c for h in (t, *(o for o in t.children if o.dep_ == "obj")) for c in h.children
               if c.dep_ in _PHRASE_DEPS and case_of(c) in ("devant", "en", "auprès")]
    if not phrases:
        return
    if not any(_names_court(c) for c in phrases):
        return
    got = []
    for o in t.children:
        if o.dep_ != "obj":
            continue
        if o.lower_ in _ACT_NOUNS and index.entity_at(o.i) is None:
            owned = [x for k in o.children if k.dep_ in ("nmod", "obl:agent") and case_of(k) in ("de", "du", "des", "par")
                     for x in entities_at(k, index) if index.kinds.get(x[1]) in ("name", "introducer")]
            if not owned and not any(k.dep_ in ("nmod", "obl:agent") and case_of(k) in ("de", "du", "des", "d'", "d’", "par")
                                     for k in o.children):
                owned = decision_author(t, o, index)   # (s24-coref24) "la décision" taken up: its author told before
            got += owned
        else:
            got += entities_at(o, index)
    if got:
        out.put("challenged", got)
        out.pop("obj", None)   # (a lawsuit, not words against: accuses.verb, opposes.contest read "obj")


def names_court(c, words=_COURT, high=_HIGH_COURTS) -> bool:
    """Whether the phrase ``c`` names a court or an arbitration body ("devant le tribunal de commerce", "devant
    le Conseil d'État", "devant la Chambre de commerce internationale"): one of ``words``, or one of the
    ``high`` courts' names in its text (extract/appeals.py passes its own, narrower sets)."""
    span = c.doc[c.left_edge.i:c.right_edge.i + 1]
    if any(w.lower_ in words for w in span):
        return True
    # ((s29-fights29) accents and apostrophes folded: the press writes capitals unaccented, "le Conseil d'Etat")
    low = " " + fold(span.text) + " "
    return any(" " + fold(h) + " " in low for h in high)


_names_court = names_court


def _feud_in_clause(t, index: EntityIndex, out: Found) -> None:
    """"X a quitté le groupe après un violent désaccord avec Z", "X entretient avec Z une rivalité tenace", "X, en
    froid avec Z": the clause's subject is at odds with the "avec" party (only when the noun has no owner of its
    own: "le désaccord de A avec Z" is read by opposes.noun). The "avec" phrase must follow the noun closely
    (the parser often hangs it on the verb or on the name)."""
    if any(k.dep_ in ("nmod", "det") and (case_of(k) in ("de", "d'", "du", "des") or "Yes" in k.morph.get("Poss"))
           for k in t.children):
        return
    node = t
    if t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.head.i == t.i - 1:
        node = t.head   # ("après un violent désaccord" with the adjective tagged the noun)
    gov = node.head
    against: list = []
    if t.dep_ == "appos" and t.head.pos_ == "PROPN" and case_of(t.head) == "avec" and lemma_of(t.head.head) in _HAVE_FEUD:
        gov = t.head.head   # ("X entretient avec Z une rivalité" with the noun set beside Z)
        against = entities_at(t.head, index)
    elif node.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and case_of(node) in _FEUD_CASES:
        pass
    elif node.dep_ == "obj" and lemma_of(gov) in _HAVE_FEUD:
        pass
    elif case_of(node) == "en" and any(c.dep_ == "cop" for c in node.children):
        gov = node   # (s37-reads37) "X est en froid avec Z": the state is the predicate, its subject the party
    else:
        return
    while gov.pos_ == "NOUN" and gov.dep_ in ("obl", "obl:mod", "nmod") and gov.head.i != gov.i:
        gov = gov.head   # ("… a claqué la porte en 2021, après une brouille avec Z")
    if not against:
        end = t.right_edge.i
        # (each child once, in text order: a set of tokens iterates in an order their hashes draw)
        kids = sorted({c.i: c for c in (*t.children, *node.children, *gov.children)}.items())
        phrases = [c for _, c in kids if c.dep_ in _PHRASE_DEPS and case_of(c) == "avec"
                   and c.i > t.i and c.left_edge.i <= end + 2]
        against = [x for c in phrases for x in entities_at(c, index)]
    if not against:
        return
    if gov.pos_ in ("VERB", "AUX", "ADJ") or gov is node and case_of(node) == "en":
        who = _subject_of(gov, index)
    elif index.entity_at(gov.i) is not None:
        who = entities_at(gov, index)   # ("X, en froid avec Z depuis la réforme, …": the name it is set beside)
    else:
        who = []
    who = [x for x in who if x not in against]
    if who:
        out.put("feud_subj", who)
        out.put("feud_with", against)


def _sanctioned_by(t, index: EntityIndex, out: Found) -> None:
    """"X, placé sous sanctions par Y", "X figure sur la liste des personnes sanctionnées par Y": Y sanctions X."""
    if t.lower_ in ("sanction", "sanctions"):
        gov = t.head
        if case_of(t) != "sous" or gov.pos_ not in ("VERB", "ADJ"):
            return
        by = [x for c in (*gov.children, *t.children) if c.dep_ in ("obl:agent", "nmod", "obl:mod") and case_of(c) == "par"
              for x in entities_at(c, index)]
        if not by:
            return
        one = entities_at(gov.head, index) if gov.dep_ in ("acl", "amod", "appos") else []
        one = one or [x for c in gov.children if c.dep_ in ("nsubj", "nsubj:pass", "obj") for x in entities_at(c, index)]
        out.put("sanctioned_by", by)
        out.put("sanctioned_one", [x for x in one if x not in by])
        return
    # "la liste des personnes sanctionnées par Y" on which X figures / is put
    by = [x for c in t.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
    if not by or t.dep_ not in ("acl", "amod"):
        return
    noun = t.head
    lst = noun.head if noun.dep_ == "nmod" and noun.head.lemma_.lower() in ("liste", "listes") else None
    if lst is None or lst.dep_ not in ("obl", "obl:arg", "obl:mod") or case_of(lst) != "sur":
        return
    verb = lst.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    one = [x for c in verb.children if c.dep_ in ("nsubj", "obj", "nsubj:pass") for x in entities_at(c, index)]
    out.put("sanctioned_by", by)
    out.put("sanctioned_one", [x for x in one if x not in by])


def _noticed(t, index: EntityIndex, out: Found) -> None:
    """"Y a mis en demeure X (de …)", "X a été mis en demeure par Y": a formal notice, a sanction's first step."""
    if not any(c.lower_ == "demeure" and case_of(c) == "en" for c in t.children):
        return
    if t.dep_ in ("acl", "xcomp") and t.head.pos_ == "NOUN":
        return   # ("le refus du régulateur de mettre Y en demeure": not the clause's subject's notice)
    # (the object may hang on "demeure")
    out.put("noticed", [x for h in (t, *(c for c in t.children if c.lower_ == "demeure")) for c in h.children
                        if c.dep_ in ("obj", "nsubj:pass") or (  # (s29-interview29) "mis en demeure Y sur …":
                            # the name right after "demeure" hung on it with no preposition of its own
                            h is not t and c.dep_ == "nmod" and c.i == h.i + 1
                            and not any(g.dep_ == "case" for g in c.children))
                        for x in entities_at(c, index) if index.kinds.get(x[1]) in ("name", "introducer")])


def _no_talk_in_feud(t, index: EntityIndex, out: Found) -> None:
    """"X entretient avec Z une rivalité tenace": a feud kept up, no talk (the "avec" party is no one met)."""
    if any(c.lemma_.lower() in _FEUD_NOUNS for c in t.children if c.dep_ == "obj") or any(
            k.dep_ == "appos" and k.lemma_.lower() in _FEUD_NOUNS
            for c in t.children if c.dep_ in _PHRASE_DEPS and case_of(c) == "avec" for k in c.children):
        out.pop("prep:avec", None)
        out["_no_linear"] = []
