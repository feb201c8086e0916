"""Cooperation and conflict constructions the generic readers miss: the parties of a pact or a meeting
named by a participle's phrase ("l'accord conclu entre A et B"), a meeting that gathers people ("un
dîner a réuni A et B"), a support one relies on ("X peut compter sur le soutien de Y"), a body that
gathers members ("le consortium X réunit A, B et C"). Word lists: data/bonds.yaml."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..arguments import MEMBERS, PERSON_TITLES, _subject_of, case_of, entities_at, extend_list, lemma_of
from .biz import _words as biz_words, borrowed_from, branch_of_named_parent, contract_sides, loan_parties, money_to_topic, \
    sponsor_partner
from .biz import _BRANCH_NOUNS
from .found import Found
from .gate import Readers, acts_on
from .readers import de_through_noun
from .words import TIME_WORDS

_PHRASE_DEPS = ("obl", "obl:mod", "obl:arg", "nmod")


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = load_yaml(resources.files("cercle.extract").joinpath("data/bonds.yaml").read_text("utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def _loan_verbs() -> frozenset[str]:
    return biz_words()["loan_grant_verbs"]


_NOUN_GATE = ("made_nouns", "move_nouns", "meeting_nouns", "close_plurals", "undergone_nouns", "state_nouns",
              "fine_nouns", "label_nouns", "wing_members", "political_titles", "blame_nouns", "ranks_nouns",
              "sanction_nouns", "probe_nouns", "group_heads", "complaint_nouns", "between_nouns")
_VERB_GATE = ("mandate_verbs", "ban_verbs", "grouping_verbs", "backing_verbs", "meeting_verbs", "envoy_meeting_verbs",
              "talking_verbs", "late_meeting_verbs", "together_meeting_verbs")
_MAY_FIRE: dict[tuple, bool] = {}   # (pos, lemma, lower, verbal) → whether bond_parties can fill anything
_MEAL_PARTICIPLES = frozenset({"déjeuné", "dîné"})   # ("A et B ont déjeuné ensemble": often tagged a noun)


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset[str], frozenset[str]]:
    w = words()
    nouns = frozenset({"soutien", "appui", "ralliement", "visite", "porte", "liste"} | _MEAL_PARTICIPLES).union(
        PERSON_TITLES, *(w[k] for k in _NOUN_GATE))
    return nouns, frozenset({"saisir", "opposer", "figurer"}).union(*(w[k] for k in _VERB_GATE))


def _may_fire(t, verbal: bool) -> bool:
    """Whether one of bond_parties' constructions can start at ``t``: each of them first asks for the
    trigger word in one of its lists (a superset of the tests below, reckoned once per word)."""
    key = (t.pos_, t.lemma_, t.lower_, verbal)
    may = _MAY_FIRE.get(key)
    if may is None:
        w = words()
        lemma, low, pos = lemma_of(t), t.lower_, t.pos_
        nouns, verbs = _gate_words()
        may = _MAY_FIRE[key] = bool(
            pos == "NOUN" and (lemma in nouns or low in nouns)
            or pos in ("NOUN", "VERB", "ADJ") and low in w["elected_titles"]
            or pos == "ADJ" and low in w["close_adjectives"]
            or verbal and lemma in verbs)
    return may


@acts_on(lambda w: w.pos == "NOUN" and (w.lem in biz_words()["loan_nouns"] or w.lower in biz_words()["loan_nouns"]))
def _borrowed_from(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    borrowed_from(t, index, out)


@acts_on(lambda w: w.pos == "NOUN" and w.lower in biz_words()["sponsor_partner_nouns"])
def _sponsor_partner(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    sponsor_partner(t, index, out)


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _BRANCH_NOUNS)
def _branch_of_named_parent(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    branch_of_named_parent(t, index, out)


# (speed37) biz.py readers bond_parties calls on every trigger, as runs of gated readers (gate.py), in their order
# and at their place: each acts on a few trigger words (its @acts_on), and most triggers are none of them.
_MONEY_CHECKS = Readers(
    contract_sides,   # "le club a signé un contrat avec Y": Y pays
    money_to_topic,   # "X a financé l'achat de navires de Y": Y is paid
    _borrowed_from,   # "Y bénéficie d'une avance de 3 M€ de X": X lends to Y
)
_PARTNER_CHECKS = Readers(
    _sponsor_partner,   # "X, partenaire historique du club Y": X pays Y
    _branch_of_named_parent,   # "X Technologies, la branche du groupe": X owns it
)


def bond_parties(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if verbal and t.dep_ == "acl" and lemma_of(t) in _loan_verbs():
        loan_parties(t, index, out)   # "Y s'appuie sur un prêt … accordé par X" (slots/biz.py)
    if t.pos_ == "NOUN" and t.lower_ in words()["consortium_nouns"]:
        _consortium_members(t, index, out)   # "le groupement formé par A et B": A and B are partners
    _relied_adviser(t, index, out, verbal)   # "X s'appuie sur le cabinet Y": Y works for X
    if t.pos_ == "NOUN" and t.lemma_.lower() == "commissaire" and out.wants("auditor"):
        _auditor(t, index, out)   # "le commissaire aux comptes de Y, le cabinet X": X works for Y
    _MONEY_CHECKS(t, index, out, verbal)   # contract_sides, money_to_topic, borrowed_from (slots/biz.py)
    if t.pos_ == "NOUN" and (t.dep_ == "obj" or t.head.lower_ == "sein"):
        _joint_with(t, index, out)   # "X mène un programme commun avec Y", "X crée avec Y une coentreprise"
    if t.pos_ == "NOUN" and out.get("poss") and t.lemma_.lower() in ("fournisseur", "sous-traitant", "client"):
        _no_court_seat(t, index, out)   # "devant le tribunal de Lyon son ancien fournisseur Y": Lyon buys nothing
    _PARTNER_CHECKS(t, index, out, verbal)   # sponsor_partner, branch_of_named_parent (slots/biz.py)
    if t.lower_ in _AMONG_WORDS and t.i + 2 < len(t.doc) and tokens_of(t.doc)[t.i + 1].lower_ == "parmi":
        _among_the_close(t, index, out)   # "proche parmi les proches de Y", "fidèle parmi les fidèles de Y"
    if not _may_fire(t, verbal):
        return
    w = words()
    lemma = lemma_of(t)
    if t.pos_ == "NOUN":
        if lemma in w["made_nouns"] or t.lower_ in w["made_nouns"]:
            _participle_phrases(t, index, out, w)
            if "subj" not in out and "osubj" in out:
                _misparsed_object(t, index, out, w)
            if len({n for n, _ in out.get("prep:entre", ())}) < 2:
                _between_line(t, index, out, w)
        if lemma in w["move_nouns"] and ("prep:contre" not in out or "move_agent" not in out):
            _move_made(t, index, out, w)
        if lemma in ("soutien", "appui", "ralliement"):
            _relied_support(t, index, out, w)
            if lemma != "ralliement" and "target" not in out and "prep:à" not in out:
                _support_to_clitic(t, index, out, w)
            if "subj" not in out:
                _support_on_date(t, index, out)
        if lemma in w["meeting_nouns"] or t.lower_ in w["meeting_nouns"]:
            _gathering(t, index, out, w)
        if t.lower_ in w["close_plurals"]:
            _close_pair(t, index, out)
        if (lemma in w["between_nouns"] or t.lower_ in w["between_nouns"]) and "between_fronted" not in out:
            _fronted_between(t, index, out, w)
        if lemma in w["undergone_nouns"] or t.lower_ in w["undergone_nouns"]:
            _undergone(t, index, out)
        if (lemma in w["state_nouns"] or t.lower_ in w["state_nouns"]) and case_of(t) == "en":
            _state_pair(t, index, out)
        if lemma == "visite":
            _visit(t, index, out)
        if lemma in w["fine_nouns"] and "fined" not in out:
            _fined_noun_phrase(t, index, out, w)
        if lemma in w["label_nouns"] and case_of(t) == "sous":
            _label(t, index, out)
        if lemma == "porte" and t.dep_ == "obj" and lemma_of(t.head) in w["slamming_verbs"]:
            out.put("slammed_from", [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "de"
                                     for x in entities_at(c, index)])
    if t.pos_ == "NOUN" and lemma in w["wing_members"] and "prep:de" not in out:
        _wing_of(t, index, out, w)
    if t.lower_ in w["wing_members"] or verbal and lemma == "figurer":
        _wing_figure(t, index, out, w)
    if t.pos_ == "NOUN" and (t.lower_ in w["political_titles"] or lemma in w["political_titles"]):
        _bracketed_label(t, index, out)
    if t.lower_ in w["elected_titles"] and t.pos_ in ("NOUN", "VERB", "ADJ"):
        _elected_label(t, index, out)
        if t.pos_ == "VERB" and "elected_one" not in out:
            _elected_before_comma(t, index, out)
    if t.pos_ == "ADJ" and t.lower_ in w["close_adjectives"] and "subj" not in out:
        _reputed(t, index, out, w)
    if t.pos_ == "NOUN" and (lemma in w["blame_nouns"] or t.lower_ in w["blame_nouns"]) and t.dep_ == "obj":
        _blame_shifted(t, index, out, w)
    if t.pos_ == "NOUN" and t.lower_ in w["ranks_nouns"]:
        _ranks(t, index, out, w)
    if t.pos_ == "NOUN" and lemma in w["sanction_nouns"]:
        _aimed(t, index, out, w)
    if t.pos_ == "NOUN" and lemma == "liste" and "gov_obj" not in out:
        _listed_late(t, index, out, w)
    if t.pos_ == "NOUN" and lemma == "liste" and not out.get("gov_obj"):
        _listed_misparsed(t, index, out, w)
    if t.pos_ == "NOUN" and lemma == "liste" and not out.get("gov_obj"):
        _listed_being(t, index, out, w)
    if t.pos_ == "NOUN" and lemma == "liste":
        _quoted_blacklist(t, index, out, w)
    if t.pos_ == "NOUN" and lemma in w["probe_nouns"]:
        _probe(t, index, out, w)
    if t.pos_ == "NOUN" and lemma in w["complaint_nouns"] and not out.get("prep:contre"):
        _complaint_behind(t, index, out, w)
    if t.pos_ == "NOUN" and "prep:de_members" not in out and (t.lower_ in PERSON_TITLES or lemma in w["group_heads"]):
        _members_party(t, index, out)
    if verbal and lemma in w["mandate_verbs"] and (lemma not in w["choice_verbs"] or _a_mandate(t, w)):
        # "Y a mandaté la banque d'affaires X", "le cabinet X a été mandaté par Y": the adviser hired (a
        # name introduced by an adviser's noun; "mandater la société X pour reconstruire le port" is a contract)
        out.put("mandated", [x for c in t.children if c.dep_ in ("obj", "nsubj:pass")
                             and (lemma_of(c) in w["adviser_nouns"] or c.lower_ in w["adviser_nouns"])
                             for x in entities_at(c, index)])
        if "mandated" not in out and lemma in ("mandater", "missionner"):
            _mandated_for_mission(t, index, out, w)
        if "mandated" in out:
            # "la directrice générale de Y, X, a mandaté …": the client is the organisation the title is of
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            # ("Côté défense, la directrice de Y, …": the title hung on the fronted phrase as a conjunct)
            subj += [k for c in subj if c.lower_ == "côté" for k in c.children if k.dep_ in ("conj", "appos", "nmod")]
            out.put("mandator", [x for c in subj if c.lower_ in PERSON_TITLES
                                 for k in c.children if k.dep_ == "nmod" and case_of(k) == "de"
                                 for x in entities_at(k, index) if index.type_of(x[0]) in ("ORG", "GOV", "LOC")][:1])
    if verbal and lemma in w["ban_verbs"]:
        _banned(t, index, out, w)
    if verbal and lemma in w["grouping_verbs"]:
        _grouped(t, index, out, w)
    if verbal and lemma in w["backing_verbs"]:
        _funding_backer(t, index, out, w)
    if verbal and lemma == "saisir":
        _seized(t, index, out, w)
    if verbal and lemma == "opposer":
        _set_against(t, index, out, w)
    if verbal and lemma in w["meeting_verbs"]:
        _met_pair(t, index, out)
    if verbal and lemma in w["late_meeting_verbs"] and "obj" not in out and "pass" not in out:
        _met_late(t, index, out)
    if verbal and lemma in w["together_meeting_verbs"] or t.pos_ == "NOUN" and t.lower_ in _MEAL_PARTICIPLES:
        _met_together(t, index, out)
    if verbal and lemma in w["envoy_meeting_verbs"] and "obj" not in out:
        _envoys_met(t, index, out, w)
    if verbal and lemma in w["talking_verbs"] and "prep:avec" not in out:
        _with_on_medium(t, index, out)


def _a_mandate(t, w) -> bool:
    """"Y a choisi la banque d'affaires X pour piloter l'opération": a choice is a mandate when a purpose
    ("pour", "afin de" and a verb) says what the firm does for its client (not lending, nor supplying)."""
    # (read on the line: the parser hangs the purpose anywhere, and may tag "conseiller" a noun)
    tv = tokens_of(t.doc)
    end = min(t.sent.end, t.i + 14)
    for k in range(t.i + 1, end):
        if tv[k].lower_ not in ("pour", "afin"):
            continue
        j = k + 1
        while j < end and tv[j].lower_ in _PURPOSE_SKIP:
            j += 1
        if j >= end:
            return False
        v = tv[j]
        return (v.pos_ == "VERB" or v.lower_.endswith(("er", "ir", "re"))) \
            and lemma_of(v) not in w["choice_not_purposes"] and v.lower_ not in w["choice_not_purposes"]
    return False


_PURPOSE_SKIP = frozenset({"de", "d'", "d’", "le", "la", "les", "l'", "l’", "lui", "leur", "se", "s'", "s’", "y", "en",
                           "mieux", "ensuite"})


def _consortium_members(t, index: EntityIndex, out: Found) -> None:
    """"Le groupement formé par A et B", "un consortium emmené par A avec B", "composé de A, B et C": the
    members named by the group's participle are partners; "A et B ont remporté, au sein d'un groupement (en
    groupement), le marché": the plural subject of the verb the group phrase hangs on (slot
    "consortium_members")."""
    if not out.wants("consortium_members"):
        return
    w = words()
    members: list[tuple[str, int]] = []
    for p in t.children:
        if p.dep_ != "acl" or lemma_of(p) not in w["consortium_participles"]:
            continue
        for k in p.children:
            if k.dep_ in ("obl:agent", "obl", "obl:arg", "obl:mod", "obj") and case_of(k) in ("par", "de", "avec", None):
                members += [x for x in entities_at(k, index) if index.type_of(x[0]) in ("ORG", "GOV", "PER")
                            and x not in members]
    if members and len({n for n, _ in members}) < 2:
        members = extend_list(t.doc, index, members)
    if members and len({n for n, _ in members}) < 2:
        # (the parser hangs "avec B" or the rest of the list, "de B et de C", on the group's noun)
        members += [x for k in ("prep:avec", "prep:de") for x in out.get(k, ()) if x[1] > members[0][1]
                    and index.type_of(x[0]) in ("ORG", "GOV", "PER")]
    if len({n for n, _ in members}) < 2:
        members = _members_as_line(t, index) or members
    head = t.head
    if len({n for n, _ in members}) < 2 and (case_of(t) == "en" or head.lower_ == "sein" and case_of(t) == "de"):
        verb = head.head if head.lower_ == "sein" else head
        while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.dep_ not in ("nsubj", "obj"):
            verb = verb.head   # ("au sein d'un groupement, le contrat …" hung on the object after it)
        if verb.pos_ == "VERB":
            members = [x for x in _subject_of(verb, index) if index.type_of(x[0]) in ("ORG", "GOV")]
    if len({n for n, _ in members}) >= 2:
        out.put("consortium_members", members)


def _mandated_for_mission(t, index: EntityIndex, out: Found, w) -> None:
    """"Y a mandaté X pour étudier des solutions", "X a été mandaté par Y pour trouver un repreneur": a name
    hired for an adviser's mission (study, examine, find a buyer, negotiate…), or with no mission said ("Y a
    mandaté X."), works for its client, even with no adviser's noun before it (slot "mandated")."""
    tv = tokens_of(t.doc)
    end = min(t.sent.end - 1, t.i + 12)
    # ("pour étudier" read as a line: the parser may hang it on the name; no "pour" at all before the
    # clause ends, "Y a mandaté X.", is a bare mandate, an adviser's)
    clause_end = next((j for j in range(t.i + 1, t.sent.end) if tv[j].text in (".", ";", ":", ",")), t.sent.end)
    bare = not any(tv[j].lower_ in ("pour", "afin", "de", "d'", "sur") for j in range(t.i + 1, clause_end))
    if not bare and not any(tv[j].lower_ == "pour" and tv[j + 1].pos_ == "VERB"
                            and lemma_of(tv[j + 1]) in w["adviser_missions"] for j in range(t.i + 1, end)):
        return
    # (the parser may take the name after the verb for a second subject, or hang it as a part of a name:
    # "la cible a mandaté X Partners pour …", "Y a mandaté X & Associés")
    objects = [c for c in t.children if c.dep_ in ("obj", "nsubj:pass")
               or c.dep_ in ("nsubj", "flat:name") and c.i > t.i]
    out.put("mandated", [x for c in objects if index.entity_at(c.i) is not None
                         and index.kinds.get(c.i) in ("name", "introducer")
                         for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "PER")])


def _is_adviser(noun, w) -> bool:
    low, lemma = noun.lower_, noun.lemma_.lower()
    return low in w["adviser_nouns"] or lemma in w["adviser_nouns"] or low in w["adviser_plurals"]


def _relied_adviser(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X s'appuie sur le cabinet Y", "X a fait appel à la banque d'affaires Y", "X recourt aux avocats du
    cabinet Y": the firm relied on works for X (slots "adviser", "advised"; the "sur" phrase is emptied: no
    alliance). "Conseillé (épaulé) par la banque Y, X prépare …": a fronted participle's agent advises the
    name after its comma."""
    if not out.wants("adviser", "advised"):
        return
    w = words()
    low = t.lower_
    if low in w["advised_participles"] and t.i == t.sent.start:
        _fronted_adviser(t, index, out, w)
        return
    if not verbal or lemma_of(t) not in w["adviser_relying_verbs"]:
        return
    if lemma_of(t) == "faire" and not any(c.dep_ == "obj" and c.lower_ == "appel" for c in t.children):
        return
    firms = []
    for c in t.children:
        if c.dep_.startswith("obl") and case_of(c) in ("sur", "à", "au", "aux", "de", "des") and _is_adviser(c, w):
            got = entities_at(c, index)
            if not got:   # "aux avocats du cabinet Y"
                got = [x for k in c.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des")
                       and _is_adviser(k, w) for x in entities_at(k, index)]
            firms += [x for x in got if index.type_of(x[0]) in ("ORG", "PER")]
    clients = _client_of(t, index) or _subject_of(t, index)
    clients = [x for x in clients if x[0] not in {n for n, _ in firms}]
    if firms and clients:
        out.put("adviser", firms)
        out.put("advised", clients[:1])
        out.pop("prep:sur", None)
        out["_no_linear"] = []


def _client_of(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"Le PDG de Y, qui s'appuie sur les banquiers de X": a head relies on advisers for the company his
    title names (the verb's subject, or the noun its relative clause hangs on)."""
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    if subj and subj[0].lower_ == "qui" and t.dep_.startswith("acl"):
        subj = [t.head]
    for c in subj:
        if c.lower_ in PERSON_TITLES or c.lemma_.lower() in PERSON_TITLES:
            return [x for k in c.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des") and k.i < c.i + 4
                    for x in entities_at(k, index) if index.type_of(x[0]) == "ORG"][:1]
    return []


def _fronted_adviser(t, index: EntityIndex, out: Found, w) -> None:
    """"Conseillé par la banque d'affaires Y, X …": the agent named after "par" (read as a line) advises the
    first name after the comma that closes it."""
    tv = tokens_of(t.doc)
    end = t.sent.end
    if t.i + 1 >= end or tv[t.i + 1].lower_ != "par":
        return
    start = _name_ahead(tv, index, t.i + 2, end)
    if start is None:
        return
    firm = index.entity_at(start)
    if not _is_adviser(tv[start], w) and not any(_is_adviser(tv[k], w) for k in range(t.i + 2, start)):
        return   # (an adviser's noun introduces the agent: "par la banque Y", "par le cabinet Y")
    k = start
    while k < end and (index.entity_at(k) == firm or tv[k].text != ","):
        if index.entity_at(k) not in (None, firm):
            return
        k += 1
    client = _name_ahead(tv, index, k + 1, end) if k < end else None
    if client is None or k + 1 >= end or client - k > 4:
        return
    name = index.entity_at(client)
    if name != firm and index.type_of(name) in ("ORG", "GOV", "PER") and index.type_of(firm) in ("ORG", "PER"):
        out.put("adviser", [(firm, start)])
        out.put("advised", [(name, client)])


def _joint_with(t, index: EntityIndex, out: Found) -> None:
    """"X mène un programme de recherche commun avec Y", "X crée avec Y une coentreprise": the "avec Y" hung on
    the noun, on its "de" complement or on the verb names the other side of a joint undertaking, the verb's
    subject the first (slot "joint_with"; for a partnership noun, its "prep:avec" slot)."""
    w = words()
    lemma = t.lemma_.lower()
    partnership = lemma in w["partnership_nouns"] or t.lower_ in w["partnership_nouns"]
    if partnership and out.get("prep:avec"):
        return
    if not partnership:
        if lemma not in w["common_nouns"] or not out.wants("joint_with"):
            return
        heads = [t] + [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "de"]
        if not any(c.dep_ == "amod" and c.lower_ in w["common_adjectives"] for h in heads for c in h.children):
            return
    verb = t.head.head if t.head.lower_ == "sein" else t.head   # ("travaille avec Y au sein d'un laboratoire commun")
    if verb.pos_ != "VERB":
        return
    holders = [t, verb] + [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "de"]
    others = [x for h in holders for c in h.children if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod")
              and case_of(c) == "avec" for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV", "PER")]
    if not others:
        return
    if partnership:
        out.put("prep:avec", others)
        if "subj" not in out:
            out.put("subj", _subject_of(verb, index))
    else:
        out.put("joint_with", others)
        out.put("joint_by", _subject_of(verb, index))


_COURTS = frozenset({"tribunal", "cour", "juridiction", "prud'hommes", "prud’hommes"})


def _no_court_seat(t, index: EntityIndex, out: Found) -> None:
    """A possessive's antecedent that is the seat of a court ("a assigné devant le tribunal de commerce de
    Lyon son ancien fournisseur Y") is no customer nor supplier: the "poss" slot drops it."""
    tv = tokens_of(t.doc)

    def seat(i: int) -> bool:
        h = tv[i]
        for _ in range(3):
            if h.head.i == h.i:
                return False
            h = h.head
            if h.lemma_.lower() in _COURTS:
                return True
        return False

    out.keep("poss", lambda x: x[1] < 0 or not seat(x[1]))


_LINE_SKIPS = frozenset({"par", "de", "d'", "d’", "du", "des"})
_OWN = frozenset({"son", "sa", "ses", "leur", "leurs"})


def _auditor(t, index: EntityIndex, out: Found) -> None:
    """"le commissaire aux comptes (historique) de Y, le cabinet X", "ses commissaires aux comptes, le cabinet X":
    read as a line (the parser scatters the title and its apposition): X, named right after the title's comma,
    audits Y, named by the title's "de" phrase, else by a possessive (its antecedent), else the article's
    company (slots "auditor", "audited")."""
    tv = tokens_of(t.doc)
    end = t.sent.end
    if t.i + 2 >= end or tv[t.i + 1].lower_ != "aux" or tv[t.i + 2].lower_ != "comptes":
        return
    j = t.i + 3
    while j < end and tv[j].pos_ == "ADJ":
        j += 1   # "historique"
    audited = None
    if j < end and tv[j].lower_ in _LINE_SKIPS:
        k = j + 1
        while k < min(end, j + 4) and index.entity_at(k) is None and tv[k].pos_ in ("DET", "ADJ", "NOUN"):
            k += 1
        if k < end and index.entity_at(k) is not None:
            audited = (index.entity_at(k), k)
            while k < end and index.entity_at(k) == audited[0]:
                k += 1
        j = k
    if j >= end or tv[j].text != ",":
        return
    at = _name_ahead(tv, index, j + 1, end)
    if at is None or at - j > 4:
        return
    firm = index.entity_at(at)
    if audited is None:
        # "ses commissaires aux comptes", "… du groupe": the possessive's antecedent, the article's company, or
        # the company the sentences before spoke of
        owner = next((k for k in range(t.i - 1, max(t.sent.start, t.i - 3) - 1, -1) if tv[k].lower_ in _OWN), t.i)
        got = index.antecedent(owner, exclude={firm}, types=("ORG",)) if owner != t.i else None
        audited = got or ((index.topic, -1) if index.topic else index.antecedent(owner, exclude={firm}, types=("ORG",)))
    if audited is not None and audited[0] != firm and index.type_of(firm) in ("ORG", "PER"):
        out.put("auditor", [(firm, at)])
        out.put("audited", [audited])


def _name_ahead(tv, index: EntityIndex, j: int, end: int) -> int | None:
    """The first token of the name that starts within five words of prepositions, determiners, adjectives
    and lowercase nouns from ``j`` ("par le constructeur X", "avec le français X")."""
    n = 0
    while j < end and index.entity_at(j) is None and n < 5 and (
            tv[j].lower_ in _LINE_SKIPS or tv[j].pos_ in ("DET", "ADJ") or tv[j].is_lower and tv[j].is_alpha):
        j, n = j + 1, n + 1
    if j < end and index.entity_at(j) is not None and index.kinds.get(j) in ("name", "introducer"):
        return j
    return None


def _members_as_line(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"au groupement formé par le constructeur A et le cabinet B", "un consortium emmené par l'américain A
    avec le français B": the members read as a line after the participle (the parser often hangs them on
    other words)."""
    from ..lists import read_name_list
    tv = tokens_of(t.doc)
    end = t.sent.end
    j = t.i + 1
    if j >= end or lemma_of(tv[j]) not in words()["consortium_participles"]:
        return []
    start = _name_ahead(tv, index, j + 1, end)
    if start is None:
        return []
    got = read_name_list(t.doc, index, start, end, types=("ORG", "PER", "GOV"))
    if not got:
        return []
    name, k = got[-1]
    while k < end and index.entity_at(k) == name:
        k += 1
    if k < end and tv[k].lower_ == "avec":
        other = _name_ahead(tv, index, k + 1, end)
        if other is not None and index.type_of(index.entity_at(other)) in ("ORG", "PER", "GOV"):
            got.append((index.entity_at(other), other))
    return got


def _participle_phrases(t, index: EntityIndex, out: Found, w) -> None:
    """"l'accord conclu en 2023 entre A et B", "le pacte signé avec Y": the phrases of a participle hung
    on the noun (or on its own "de" complement, "l'accord de licence conclu entre …") are the noun's."""
    holders = [t] + [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i > t.i
                     and index.entity_at(c.i) is None]
    for h in holders:
        for p in h.children:
            if p.dep_ != "acl" or p.pos_ != "VERB" or "Part" not in p.morph.get("VerbForm") \
                    or lemma_of(p) not in w["making_participles"]:
                continue
            for k in p.children:
                if k.dep_ not in _PHRASE_DEPS:
                    continue
                case = case_of(k)
                if case == "entre" and "prep:entre" not in out:
                    out.put("prep:entre", entities_at(k, index))
                elif case == "avec" and "prep:avec" not in out:
                    out.put("prep:avec", entities_at(k, index))


def _relied_support(t, index: EntityIndex, out: Found, w) -> None:
    """"X peut compter sur le soutien de Y", "X bénéficie de l'appui de Y": X is supported (slot "target")."""
    if "target" in out:
        return
    node = t
    if t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ == "NOUN":
        node = t.head   # ((s29-people29) "X a obtenu l'investiture de Z et le soutien de Y": the list's first object)
    if node.dep_ not in ("obj", "obl", "obl:arg", "obl:mod"):
        return
    verb = node.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in w["relying_verbs"]:
        return
    if any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "plus") for c in verb.children):
        return
    from .gapa2 import receiver_of
    who = [x for x in receiver_of(verb, index) if x[1] < t.i]   # (s19-gapA2: the person after a title subject)
    if who:
        out.put("target", who)


def _support_to_clitic(t, index: EntityIndex, out: Found, w) -> None:
    """"Elle s'est entretenue avec X pour lui exprimer son soutien", "X peut compter sur Y, qui lui a apporté son
    soutien": the one a "lui" stands for is supported (slot "target"): the nearest person named before it in
    the sentence who is not the one giving the support."""
    verb = t.head
    if t.dep_ != "obj" or verb.pos_ != "VERB" or lemma_of(verb) not in w["support_giving_verbs"]:
        return
    clitic = next((c for c in verb.children if c.lower_ in ("lui", "leur") and c.i < verb.i), None)
    if clitic is None or any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "plus") for c in verb.children):
        return
    giver = {n for n, _ in _subject_of(verb, index)}
    if not giver:
        return
    for j in range(clitic.i - 1, t.sent.start - 1, -1):
        name = index.entity_at(j)
        if name and name not in giver and index.kinds.get(j) == "name" and index.type_of(name) == "PER":
            out.put("target", [(name, j)])
            return
    # none in its sentence: the one coreference gave the clitic ("Mme X peut compter sur des renforts. Y lui a
    # apporté son soutien": the previous sentence's subject)
    name = index.entity_at(clitic.i)
    if name and name not in giver and index.type_of(name) == "PER":
        out.put("target", [(name, clitic.i)])


def _gathering(t, index: EntityIndex, out: Found, w) -> None:
    """"Un dîner a réuni A et B", "la rencontre a rassemblé A, B et C": the people gathered met."""
    verb = t.head
    if not t.dep_.startswith("nsubj") or verb.pos_ != "VERB" or lemma_of(verb) not in w["gathering_verbs"]:
        return
    met = extend_list(t.doc, index, [x for c in verb.children if c.dep_ == "obj" for x in entities_at(c, index)])
    if lemma_of(verb) == "mettre" and not any(c.lower_ == "face" for c in verb.children):
        return   # ("la rencontre a mis face à face A et B")
    if len({n for n, _ in met}) < 2:
        # "un dîner a réuni A, la présidente de X, et B": the second name after the first one's apposition
        first = next((c for c in verb.children if c.dep_ == "obj" and index.entity_at(c.i) is not None), None)
        if first is not None:
            met = _two_names(tokens_of(t.doc), index, first.i, t.sent.end) or met
    if len({n for n, _ in met}) >= 2:
        out.put("gathered", met)


def _grouped(t, index: EntityIndex, out: Found, w) -> None:
    """"Le consortium X réunit A, B et C", "la coalition rassemble A et B": A, B and C are its members
    (slots "grouping_body" and "grouped_members"); the body does not own them."""
    subj = [c for c in t.children if c.dep_ in ("nsubj",)]
    if not subj:
        return
    s = subj[0]
    if s.pos_ == "PRON" and s.lemma_.lower() in ("qui", "lequel", "laquelle") and t.dep_.startswith("acl"):
        s = t.head   # "le consortium X, qui réunit A et B"
    noun = s
    # the body's noun: the subject itself ("le groupement"), or the noun introducing its name
    # ("le consortium X" with the name as subject and the noun before it)
    if s.lemma_.lower() not in w["grouping_nouns"]:
        j = s.left_edge.i
        noun = next((s.doc[k] for k in range(j, s.i + 1) if s.doc[k].lemma_.lower() in w["grouping_nouns"]), None)
        if noun is None:
            return
    # (the one name of the body: the parser may hang the members listed after it on its noun as conjuncts)
    body = entities_at(s, index)[:1]
    doc = s.doc
    if noun is s and s is t.head and s.i >= 3 and doc[s.i - 1].pos_ == "DET" and doc[s.i - 2].text == "," \
            and index.kinds.get(s.i - 3) == "name" and index.type_of(index.entity_at(s.i - 3)) in ("ORG", "GOV"):
        # (s19-gapA2) "Y, la fédération qui regroupe A, B et C": the name the noun is apposed to (the parser
        # hangs the members on the noun as conjuncts); only through the relative ("Outre Y, le groupement
        # réunit A": no apposition)
        body = [(index.entity_at(s.i - 3), s.i - 3)]
    if not body and noun is s and any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "ce", "cette", "cet")
                                      for c in s.children):
        body = _grouping_named_before(s, index, w)   # "le groupement réunit A et B"
    if not body:
        return
    # (a name first in the list is sometimes parsed as a complement of the verb: "réunit A, B et C")
    # (or an oblique with no preposition: "qui réunit A, B et C" with A as obl:arg and B, C hung elsewhere;
    # the names listed after the first one are read as a line)
    members = [x for c in t.children if c.i > t.i and (
        c.dep_ == "obj" or (c.dep_ in ("xcomp", "obl:arg", "obl") and c.pos_ == "PROPN" and case_of(c) is None))
        for x in entities_at(c, index) if x[0] not in {n for n, _ in body}]
    if members:
        members += _listed_after(tokens_of(t.doc), index, members[-1], t.sent.end)
        members = [x for x in extend_list(t.doc, index, members) if x[0] not in {n for n, _ in body}]
    if not members:
        return
    out.put("grouping_body", body[:1])
    out.put("grouped_members", members)
    for k in ("subj", "obj", "investors"):
        out.pop(k, None)
    out["_no_linear"] = []


def _misparsed_object(t, index: EntityIndex, out: Found, w) -> None:
    """"A et B négocient depuis l'été un accord": the pact parsed as an oblique with no preposition of its
    own (the time phrase before it taken for its case) is the verb's object: the verb's subject made it
    (slot "subj")."""
    if t.dep_ in ("obl:arg", "obl", "obl:mod") and lemma_of(t.head) in w["making_participles"] \
            and case_of(t) in (None, "depuis") and not any(c.dep_ == "case" and c.i == t.i - 1 for c in t.children):
        out.put("subj", out["osubj"])


def _fronted_between(t, index: EntityIndex, out: Found, w) -> None:
    """"Entre A et B, la rivalité est ancienne", "Entre les deux hommes, la rupture est consommée", "Entre
    ces deux-là, la guerre est ouverte": a sentence opening on an "entre" phrase, then a comma, names the
    parties of the rivalry that is its main clause's subject (slot "between_fronted"). "Les deux …" with no
    name and no pair the mentions resolved stands for the last two persons named (_last_named)."""
    if not out.wants("between_fronted"):
        return
    tv, s = tokens_of(t.doc), index.sent_of.get(t.i)
    if t.lower_ == "bras" and not (t.i + 2 < len(tv) and tv[t.i + 1].lower_ == "de" and tv[t.i + 2].lower_ == "fer"):
        return   # ((s29-fights29) only "le bras de fer")
    j = t.i - 1
    while j > 0 and tv[j].pos_ in ("DET", "ADJ", "NUM"):
        j -= 1
    if tv[j].text != ",":
        return   # (the trigger opens the clause after the phrase: ", la rivalité …")
    start = t.i
    while start > 0 and index.sent_of.get(start - 1) == s:
        start -= 1
    k = start
    while k < t.i and k - start < 3 and (tv[k].lower_ in w["between_openers"] or tv[k].text.isspace()):
        k += 1
    if tv[k].lower_ != "entre" or tv[k].pos_ != "ADP":
        return
    phrase = tv[k].head
    if not k < phrase.i < t.i:
        return
    names = extend_list(t.doc, index, entities_at(phrase, index))
    named = {n for name, i in names for n in index.plural.get(i, [name])}
    if len(named) >= 2:
        out.put("between_fronted", names)
    elif not names and len(index.plural.get(phrase.i, ())) == 2:   # (fronted_pair: "les deux", "ces deux-là")
        out.put("between_fronted", [(index.plural[phrase.i][0], phrase.i)])


def fronted_pair(sent, index: EntityIndex) -> None:
    """"Entre les deux, la rupture est consommée", "Entre ces deux-là, …", "Entre les deux anciens camarades,
    …": a sentence opening on "entre" and "les deux …" naming no one stands for the last two persons named
    (recorded in ``index.plural`` on the phrase's head, as the mentions do for "les deux hommes"; read by
    _fronted_between). Called for every sentence before its parties are counted: a test of its first words."""
    tv, k = tokens_of(sent.doc), sent.start
    w = words()
    while k < sent.end - 1 and k - sent.start < 3 and (tv[k].lower_ in w["between_openers"] or tv[k].text.isspace()):
        k += 1
    if tv[k].lower_ != "entre" or tv[k].pos_ != "ADP":
        return
    phrase = tv[k].head
    if not k < phrase.i < min(k + 6, sent.end) or phrase.i in index.plural \
            or any(j in index.by_token for j in range(k, phrase.i + 1)) \
            or "deux" not in {tv[j].lower_ for j in range(k + 1, phrase.i + 1)} \
            or not (phrase.lower_ in w["pair_person_nouns"] or phrase.pos_ == "PRON"):
        return
    pair = _last_named(index, sent.start, "PER", 2)
    if pair:
        index.plural[phrase.i] = [pair[1][0], pair[0][0]]   # (in the order they were named)


# The mentions that name a person for "les deux": a name, or a description the mentions resolved ("son
# président", "la présidente du parti": "X accuse son président de …. Entre les deux hommes, …").
_NAMING_KINDS = ("name", "descriptor")


def _last_named(index: EntityIndex, before: int, kind: str, n: int) -> list[tuple[str, int]]:
    """The last ``n`` actors of type ``kind`` named before token ``before`` (within the four sentences before
    it), nearest first; [] when fewer are named."""
    s = index.sent_of.get(before, 0)
    found: list[tuple[str, int]] = []
    for j in range(before - 1, -1, -1):
        if index.sent_of.get(j, s) < s - 4:
            break
        name = index.by_token.get(j)
        if name and index.kinds.get(j) in _NAMING_KINDS and index.type_of(name) == kind \
                and all(name != f for f, _ in found):
            found.append((name, j))
            if len(found) == n:
                return found
    return []


def _close_pair(t, index: EntityIndex, out: Found) -> None:
    """"A et B sont des proches (de longue date)", "les deux hommes sont alliés": the plural subject of a
    copula holds both sides (slot "close_pair"); not "A et B sont des proches de C" (C is the ally)."""
    if any(c.dep_ == "nmod" and case_of(c) == "de" and entities_at(c, index) for c in t.children):
        return
    if any(c.dep_ == "cop" for c in t.children):
        pair = [x for c in t.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    elif case_of(t) == "comme" and t.head.pos_ == "VERB":
        # "X présente les deux hommes comme des proches", "… décrit A et B comme des alliés"
        pair = [x for c in t.head.children if c.dep_ == "obj" for x in entities_at(c, index)]
    elif case_of(t) == "comme" and t.head.pos_ in ("NOUN", "PROPN") and t.head.dep_ == "obj":
        pair = entities_at(t.head, index)   # (the "comme" phrase hung on the object)
    else:
        return
    if len({n for n, _ in pair}) >= 2 or any(i in index.plural for _, i in pair):
        out.put("close_pair", pair)


_BREAKS = {";", ":", "(", ")", "«", "»", '"', "?", "!", "—", "–"}
_REACH = 15   # words from the noun to a misattached "entre"


def _between_line(t, index: EntityIndex, out: Found, w) -> None:
    """"lors d'un dîner dans un restaurant de Paris, entre A, la présidente de X, et B", "l'accord conclu
    entre A et l'américain B": the parser hangs "entre" or its second name elsewhere; read as a line the
    first "entre" after the noun (no verb nor other such noun between) and the two names it joins."""
    tv = tokens_of(t.doc)
    end = t.sent.end
    k = t.i + 1
    while k < min(end, t.i + _REACH) and tv[k].lower_ != "entre":
        x = tv[k]
        if x.text in _BREAKS or x.pos_ in ("VERB", "AUX") and not (x.dep_ == "acl" and x.head.i in (t.i, t.i + 2)) \
                or (x.pos_ == "NOUN" and (x.lemma_.lower() in w["made_nouns"])):
            return
        if x.pos_ == "NOUN" and case_of(x) is None and x.lower_ not in TIME_WORDS \
                and not (x.dep_ == "obj" and x.head.dep_ == "acl" and x.head.head.i in (t.i, t.i + 2)):
            return   # ("évoquer lors d'un déjeuner ses désaccords entre A et B": a bare noun has its own "entre")
        k += 1
    if k >= min(end, t.i + _REACH):
        return
    pair = _two_names(tv, index, k + 1, end)
    if pair:
        out["prep:entre"] = pair


def _name_from(tv, index: EntityIndex, j: int, end: int, skip: int):
    """The name starting within ``skip`` words of determiners, adjectives or plain nouns from ``j``:
    (name, first token, token after it)."""
    n = 0
    while j < end and index.entity_at(j) is None and n <= skip:
        x = tv[j]
        if x.is_punct or x.pos_ in ("VERB", "AUX", "CCONJ", "ADP"):
            return None
        j, n = j + 1, n + 1
    if j >= end or index.entity_at(j) is None or index.kinds.get(j) not in ("name", "introducer", "descriptor"):
        return None
    name = index.entity_at(j)
    first = j
    while j < end and index.entity_at(j) == name:
        j += 1
    return name, first, j


def _two_names(tv, index: EntityIndex, j: int, end: int) -> list[tuple[str, int]]:
    """"A et B", "A, la présidente de X, et B", "A et l'américain B" read from token ``j``."""
    a = _name_from(tv, index, j, end, 1)
    if a is None:
        return []
    name_a, at_a, j = a
    if j < end and tv[j].text == ",":
        # an apposition after the first name, up to its closing comma
        close = next((m for m in range(j + 1, min(end, j + 10)) if tv[m].text == ","), None)
        if close is None or any(tv[m].pos_ in ("VERB", "AUX") or tv[m].text in _BREAKS for m in range(j + 1, close)):
            return []
        j = close + 1
    if j >= end or tv[j].lower_ != "et":
        return []
    b = _name_from(tv, index, j + 1, end, 3)
    if b is None or b[0] == name_a:
        return []
    return [(name_a, at_a), (b[0], b[1])]


def _reflexive(v) -> bool:
    return any(c.lower_ in ("se", "s'", "s’") and c.pos_ == "PRON" for c in v.children)


def _undergone(t, index: EntityIndex, out: Found) -> None:
    """"Y fait l'objet d'une plainte de X", "Y est visé par les critiques de X": Y undergoes the complaint
    or the blame (slot "undergoer")."""
    verb = t.head
    if t.dep_ not in ("obl:arg", "obl", "nmod", "obl:mod") or case_of(t) != "de":
        return
    if verb.pos_ == "NOUN" and verb.lemma_.lower() == "objet" and verb.dep_ == "obj":
        verb = verb.head
    elif not (verb.pos_ == "VERB" and any(c.dep_ == "obj" and c.lemma_.lower() == "objet" for c in verb.children)):
        return
    if lemma_of(verb) != "faire":
        return
    who = [x for x in _subject_of(verb, index) if x[1] < t.i]
    if who:
        out.put("undergoer", who)


# (s19-gapC) words of a regulator that may be seized against someone like a court
_REGULATOR_WORDS = frozenset({"autorité", "régulateur", "gendarme", "commission", "médiateur", "défenseur", "cnil",
                              "arcom", "amf", "arcep", "cre"})


def _seized(t, index: EntityIndex, out: Found, w) -> None:
    """"X a saisi la justice contre Y", "X a saisi le tribunal d'un recours contre Y": a court seized
    against Y (slot "seized_against"); not "saisir les avoirs de Y" (a sanction, another rule's)."""
    court = [c for c in t.children if c.dep_ == "obj" and c.lemma_.lower() in w["court_nouns"]]
    if not court:
        # (s19-gapC) "X a saisi l'Autorité de la concurrence contre Y", "… la Commission européenne contre Y":
        # a regulator or a public body seized (a public body named, or a regulator's own word)
        court = [c for c in t.children if c.dep_ == "obj" and (
            c.lemma_.lower() in _REGULATOR_WORDS
            or any(index.type_of(x[0]) == "GOV" for x in entities_at(c, index)))]
    if not court:
        return
    phrases = [c for c in t.children if case_of(c) == "contre"]
    # ("saisir le tribunal d'un référé contre Y": the action's "contre" under the "de" phrase beside the court)
    actions = [c for c in t.children if c.dep_ in _PHRASE_DEPS and case_of(c) == "de" and c.i > court[0].i]
    for top in court[:1] + actions:
        for c in top.subtree:
            if case_of(c) == "contre" and c.dep_ in _PHRASE_DEPS and c not in phrases:
                phrases.append(c)
    out.put("seized_against", [x for c in phrases for x in entities_at(c, index)])
    if "seized_against" in out:
        out.put("plaintiff", acting_for(t, index))


def acting_for(verb, index: EntityIndex) -> list[tuple[str, int]]:
    """"Sa présidente, X, a saisi le tribunal …", "le PDG de Y, X, a déposé plainte": a head named by the
    title of a company acts for it, the legal act is the company's (the subject's title with its "de Y" or
    its possessive's company)."""
    head = verb
    while head.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in head.children):
        head = head.head   # ("X accuse Y … et a saisi le tribunal": the subject of the first verb)
    for c in head.children:
        if not c.dep_.startswith("nsubj") or c.lower_ not in PERSON_TITLES:
            continue
        got = [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de" for x in entities_at(k, index)
               if index.type_of(x[0]) == "ORG"]
        poss = [k for k in c.children if k.dep_ == "det" and k.lower_ in ("son", "sa", "leur")]
        if not got and poss:
            ante = index.antecedent(poss[0].i, types=("ORG",))
            got = [ante] if ante else []
        return got[:1]
    return []


def _set_against(t, index: EntityIndex, out: Found, w) -> None:
    """"le différend qui oppose A à B", "le conflit opposant A à B": a conflict noun's verb sets its
    object against its "à" party (slot "opposed_pair")."""
    subj = [c for c in t.children if c.dep_.startswith("nsubj")]
    noun = None
    if subj and subj[0].pos_ == "NOUN":
        noun = subj[0]
    elif subj and subj[0].pos_ == "PRON" and t.dep_.startswith("acl") and t.head.pos_ == "NOUN":
        noun = t.head   # "le différend qui oppose A à B"
    elif not subj and t.dep_ == "acl" and t.head.pos_ == "NOUN":
        noun = t.head   # "le conflit opposant A à B"
    if noun is None or noun.lemma_.lower() not in w["conflict_nouns"] or index.entity_at(noun.i) is not None:
        return
    a = [x for c in t.children if c.dep_ == "obj" for x in entities_at(c, index)]
    b = [x for c in t.children if c.dep_ in _PHRASE_DEPS + ("iobj",) and case_of(c) == "à" for x in entities_at(c, index)]
    if a and b:
        out.put("opposed_pair", a[:1] + b[:1])


def _state_pair(t, index: EntityIndex, out: Found) -> None:
    """"A et B sont en désaccord (sur Z)", "A et B sont en concurrence": a plural subject in a state of
    conflict with no "avec"/"contre" party named (slot "state_pair")."""
    if any(case_of(c) in ("avec", "contre", "à") and c.dep_ in _PHRASE_DEPS for c in t.children):
        return
    if any(c.dep_ == "cop" for c in t.children):
        subj = [x for c in t.children if c.dep_.startswith("nsubj") for x in entities_at(c, index)]
    elif t.head.pos_ in ("VERB", "AUX") and lemma_of(t.head) in ("entrer", "rester", "demeurer", "être", "se trouver") \
            and t.dep_ in _PHRASE_DEPS:
        if any(case_of(c) in ("avec", "contre") for c in t.head.children):
            return
        subj = _subject_of(t.head, index)
    else:
        return
    if _several(subj, index):
        out.put("state_pair", subj)


def _visit(t, index: EntityIndex, out: Found) -> None:
    """"X a rendu visite à Y": Y is visited (slot "visited")."""
    verb = t.head
    if t.dep_ != "obj" or lemma_of(verb) != "rendre":
        return
    # (the first "à" phrase: "rendre visite à Y à Lyon" - the second is where)
    first = next((c for c in verb.children if c.dep_ in ("obl:arg", "obl", "iobj", "obl:mod") and c.i > t.i
                  and case_of(c) == "à"), None)
    if first is not None:
        out.put("visited", entities_at(first, index))


_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre", "semaine", "mois", "année", "an", "veille", "lendemain", "fin", "début"}


def _envoys_met(t, index: EntityIndex, out: Found, w) -> None:
    """"X a reçu des émissaires de Y", "X a convoqué l'ambassadeur de Y", "… le chef de la délégation de Y": the
    envoys one receives or summons stand for the body that sends them (slot "envoys_of"). The envoy noun is
    looked for right after the verb (the parser often hangs it on a time word: "a convoqué mercredi le …")."""
    doc, sent = t.doc, t.sent
    if any(c.dep_ in ("nsubj:pass", "aux:pass") for c in t.children):
        return
    for j in range(t.i + 1, min(sent.end, t.i + 7)):
        tok = doc[j]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":", "«", "(") or index.entity_at(j) is not None:
            return
        if tok.pos_ == "NOUN" and (lemma_of(tok) in w["envoy_nouns"] or lemma_of(tok) in ("chef", "cheffe")):
            break
        if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in TIME_WORDS and tok.lower_ not in _MONTHS:
            return   # ("a reçu une lettre des représentants de Y", "le soutien des délégués de Y": no meeting)
    else:
        return
    # ("a reçu l'ambassadeur de Y en France, X": the envoy is named, one meets X, not Y)
    for j in range(tok.i + 1, min(sent.end - 1, tok.i + 10)):
        if doc[j].text == ",":
            named = index.entity_at(j + 1)
            if named is not None and index.type_of(named) == "PER":
                return
            break
    node, envoy = tok, lemma_of(tok) in w["envoy_nouns"]
    for _ in range(3):
        nxt = next((c for c in node.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i > node.i), None)
        if nxt is None:
            return
        if index.entity_at(nxt.i) is not None:
            if envoy and index.kinds.get(nxt.i) == "name":
                out.put("envoys_of", [(index.entity_at(nxt.i), nxt.i)])
            return
        if lemma_of(nxt) not in w["envoy_nouns"]:
            return
        node, envoy = nxt, True


def _met_pair(t, index: EntityIndex, out: Found) -> None:
    """"A et B se sont rencontrés (à Genève)", "A et B se sont entretenus": the plural subject of a
    reflexive verb of meeting (slot "met_pair")."""
    if not _reflexive(t) or any(c.dep_ == "obj" and index.entity_at(c.i) is not None for c in t.children):
        return
    if lemma_of(t) in ("voir", "revoir") and (any(c.dep_ in ("xcomp", "ccomp", "obj", "acl", "advcl") for c in t.children)
                                               or t.dep_ in ("xcomp", "ccomp")):
        return   # ("A et B se sont vu infliger une amende", "se voient contraints de …": no meeting)
    subj = _subject_of(t, index)
    if _several(subj, index):
        out.put("met_pair", subj)


# Words that may stand between a verb of meeting and the person met: a time, a place, a manner
# ("a reçu mardi dans un restaurant du 7e arrondissement Y", "avait discrètement rencontré, début mars, Y").
_ADVERBIAL_POS = ("ADV", "ADP", "DET", "NOUN", "ADJ", "NUM", "PROPN")


def _met_late(t, index: EntityIndex, out: Found) -> None:
    """"X a reçu dans un restaurant du 11e arrondissement Y", "X avait rencontré, début mars, Y": an active
    verb of meeting with no object of its own met the first person named after it, past a time or a place
    (slot "met_late"); nothing past a clause's end or a verb."""
    if not out.wants("met_late") or any(c.dep_ in ("obj", "nsubj:pass", "aux:pass") and c.lower_ not in TIME_WORDS
                                         for c in t.children):
        return
    tv = tokens_of(t.doc)
    s = index.sent_of.get(t.i)
    for k in range(t.i + 1, min(t.i + 14, len(tv))):
        if index.sent_of.get(k) != s:
            return
        name = index.entity_at(k)
        if name is not None and index.kinds.get(k) == "name":
            if tv[k - 1].pos_ == "ADP" or index.entity_at(k - 1) == name:
                continue   # a name in a phrase of place or time ("du 7e arrondissement de Paris")
            if index.type_of(name) == "PER":
                out.put("met_late", [(name, k)])
            return   # (the first name after the verb, of any kind)
        if tv[k].pos_ not in _ADVERBIAL_POS and tv[k].text != ",":
            return


def _met_together(t, index: EntityIndex, out: Found) -> None:
    """"A et B ont dîné ensemble (mardi)", "les deux hommes se sont vus ensemble": a plural subject that met
    together (slot "met_together")."""
    if not out.wants("met_together"):
        return
    tv = tokens_of(t.doc)
    if not any(tv[k].lower_ == "ensemble" for k in range(t.i + 1, min(t.i + 3, len(tv)))):
        return
    subj = _subject_of(t, index)
    if _several(subj, index):
        out.put("met_together", subj)


def _funding_backer(t, index: EntityIndex, out: Found, w) -> None:
    """"Y est soutenu par X, qui a apporté 500 M€": a backer who brings money funds (slot "funding_backer");
    it is then no ally (the agent is taken from the support rules)."""
    for a in t.children:
        if a.dep_ != "obl:agent":
            continue
        for rel in a.subtree:
            if rel.dep_ != "acl:relcl" or lemma_of(rel) not in w["money_verbs"]:
                continue
            if any(k.dep_ == "obj" and (k.pos_ == "NUM" or any(n.pos_ == "NUM" for n in k.children)
                                        or k.lower_ in w["money_words"]) for k in rel.children):
                out.put("funding_backer", entities_at(a, index))
                out.pop("agent", None)
                return


def _fined_noun_phrase(t, index: EntityIndex, out: Found, w) -> None:
    """"X a infligé une amende de 2 milliards d'euros à Y" with "à Y" hung on the fine: Y is fined."""
    gov = t.head
    if t.dep_ != "obj" or gov.pos_ != "VERB" or lemma_of(gov) not in w["fine_verbs"]:
        return
    out.put("fined", [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "à" and c.i > t.i
                      for x in entities_at(c, index)])


def _with_on_medium(t, index: EntityIndex, out: Found) -> None:
    """"X s'est entretenu au téléphone avec Y", "X a dîné en marge du sommet avec Y": the "avec" phrase
    hung on the verb's own phrase (a medium, an occasion) is the verb's."""
    for c in t.children:
        if c.dep_ in ("obl:arg", "obl", "obl:mod") and c.pos_ == "NOUN" and index.entity_at(c.i) is None:
            got = [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "avec" for x in entities_at(k, index)]
            if got:
                out.put("prep:avec", got)
                return


def _label(t, index: EntityIndex, out: Found) -> None:
    """"X a été élu sous l'étiquette Y", "X se présente sous la bannière de Y": X runs for Y (slots
    "label_holder", "label_body")."""
    verb = t.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    body = entities_at(t, index) + [x for c in t.children if (c.dep_ == "nmod" and case_of(c) == "de") or (
        c.dep_ in ("nmod", "appos", "flat:name") and c.i == t.i + 1 and case_of(c) is None)   # "l'étiquette Y"
                                   for x in entities_at(c, index)]
    holder = [x for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") for x in entities_at(c, index)] \
        or _subject_of(verb, index)
    if not holder and verb.dep_ == "acl" and verb.head.i < verb.i:
        # "X, élu sous l'étiquette Y, a …": the name the participle describes
        holder = [x for x in entities_at(verb.head, index) if index.type_of(x[0]) == "PER"][:1]
    names = {n for n, _ in holder}
    body = [b for b in body if b[0] not in names]
    if holder and body:
        out.put("label_holder", holder)
        out.put("label_body", body)


def _members_party(t, index: EntityIndex, out: Found) -> None:
    """"le chef de file des députés de Y", "la présidente du groupe des sénateurs de Y": the "de" after a
    noun of members (one or two nouns down the title's "de" chain) names their party (slot
    "prep:de_members"); it is no department of Y the title holder works in."""
    level = [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i > t.i]
    for _ in range(2):
        nxt = []
        for c in level:
            if c.lemma_.lower() in MEMBERS and "Plur" in c.morph.get("Number"):
                party = [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de"
                         for x in entities_at(k, index) if index.type_of(x[0]) in ("ORG", "GOV")]
                if party:
                    out.put("prep:de_members", party[:1])
                    names = {n for n, _ in party}
                    for key in ("prep:de2", "prep:de"):
                        if key in out:
                            out[key] = [x for x in out[key] if x[0] not in names]
                            if not out[key]:
                                del out[key]
                    return
            nxt += [k for k in c.children if k.dep_ == "nmod" and case_of(k) == "de"]
        level = nxt


def _move_made(t, index: EntityIndex, out: Found, w) -> None:
    """"la motion de censure déposée par X contre Y", "la pétition lancée par X contre Y": the participle's
    "contre" phrase is the move's target, its agent the one who moves (slots "prep:contre", "move_agent")."""
    holders = [t] + [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i > t.i
                     and index.entity_at(c.i) is None]
    for h in holders:
        for p in h.children:
            if p.dep_ != "acl" or p.pos_ != "VERB" or "Part" not in p.morph.get("VerbForm") \
                    or lemma_of(p) not in w["moving_participles"]:
                continue
            against = [x for k in p.children if k.dep_ in _PHRASE_DEPS and case_of(k) == "contre"
                       for x in entities_at(k, index)]
            agents = [x for k in p.children if k.dep_ == "obl:agent" for x in entities_at(k, index)]
            if not against:
                # "une plainte déposée (en mars) par X contre Y, Z": the parser hangs "contre Y" on the agent
                # or "par X" on the date; the names listed after a title are its own
                # (not in a clause coordinated to the participle: "une campagne orchestrée par un concurrent
                # et annonce une plainte contre Y", the second verb misread as the participle's conjunct)
                other = {k.i for c in p.children if c.dep_ == "conj" and c.pos_ == "VERB" for k in c.subtree}
                against = [x for k in p.subtree if k.i > p.i and k.i not in other and case_of(k) == "contre"
                           for x in (entities_at(k, index) or _named_after_comma(k, index))]
            if not against and agents and out.get("prep:contre"):
                # (s18-gapA) "la guerre lancée par X contre Y" with "contre Y" hung on the noun itself
                against = list(out["prep:contre"])
            if against and not agents:
                agents = [x for k in p.subtree if p.i < k.i < against[0][1] and case_of(k) == "par"
                          for x in entities_at(k, index)][:1]
            if not against:
                continue
            out.put("prep:contre", against)
            out.put("move_agent", agents)
            return


def _named_after_comma(k, index: EntityIndex) -> list[tuple[str, int]]:
    """"contre son ancien directeur, Paul Verdier": the name the parser hangs on the title as a conjunct."""
    return [x for c in k.children if c.dep_ in ("conj", "appos") and c.i > 0 and k.doc[c.i - 1].text == ","
            and index.kinds.get(c.i) == "name" for x in entities_at(c, index)][:1]


def _listed_after(tv, index: EntityIndex, item: tuple[str, int], end: int) -> list[tuple[str, int]]:
    """Names listed after ``item`` as a line: ", B, C et (la banque) D" (a determiner or a type noun
    before each name), stopping at anything else."""
    name, j = item
    while j < end and index.entity_at(j) == name:
        j += 1
    got = []
    while j < end and tv[j].lower_ in (",", "et"):
        last = tv[j].lower_ == "et"
        nxt = _name_from(tv, index, j + 1, end, 2)
        if nxt is None or nxt[0] in {n for n, _ in got} or nxt[0] == name:
            break
        got.append((nxt[0], nxt[1]))
        j = nxt[2]
        if last:
            break
    return got


def _several(items, index: EntityIndex) -> bool:
    """Two actors or more: two names, or a plural mention standing for several ("les deux groupes")."""
    return len({n for n, _ in items}) >= 2 or any(i in index.plural for _, i in items)


def _grouping_named_before(noun, index: EntityIndex, w) -> list[tuple[str, int]]:
    """"Le consortium X … Le groupement réunit A et B": the one body the text introduced before with a
    grouping noun ("le consortium X"), when there is only one."""
    tv = tokens_of(noun.doc)
    found = {}
    for k in range(noun.i - 1, -1, -1):
        if index.kinds.get(k) == "introducer" and tv[k].lemma_.lower() in w["grouping_nouns"]:
            name = index.entity_at(k)
            if name is not None and index.type_of(name) in ("ORG", "GOV"):
                found.setdefault(name, k)
    return [(n, k) for n, k in found.items()] if len(found) == 1 else []


def _reputed(t, index: EntityIndex, out: Found, w) -> None:
    """"X, réputé proche de Y", "Réputée proche de Y, X a …", "X, considéré comme proche de Y": the
    closeness adjective hangs on the word of reputation; the one described is the noun that word qualifies
    (acl/amod) or the subject of the clause it is fronted to (advcl). Slot "subj" (ally.adj)."""
    rep = t.head
    if rep is t or t.dep_ not in ("amod", "xcomp", "obl:arg", "obl", "acl", "conj") \
            or (rep.lower_ not in w["reputing_words"] and lemma_of(rep) not in w["reputing_words"]):
        return
    if rep.dep_ in ("acl", "amod", "appos") and rep.head.pos_ in ("PROPN", "NOUN", "PRON"):
        who = entities_at(rep.head, index)
    elif rep.dep_ in ("advcl", "dep") and rep.i < rep.head.i and rep.head.pos_ in ("VERB", "AUX"):
        who = _subject_of(rep.head, index)
    elif rep.dep_ == "ROOT" or rep.pos_ in ("VERB", "AUX") and rep.dep_ not in ("acl", "amod"):
        who = [x for x in _subject_of(rep, index) if x[1] < rep.i] + \
            [x for c in rep.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
    else:
        return
    who = [x for x in who if index.type_of(x[0]) == "PER"]
    if not who:
        return
    if "prep:de" not in out:
        # "réputé proche de Y" with "de Y" hung on the word of reputation
        ally = [x for c in rep.children if c.dep_ in ("nmod", "obl:arg", "obl") and c.i > t.i and case_of(c) == "de"
                for x in entities_at(c, index)]
        if not ally:
            return
        out.put("prep:de", ally)
    out.put("subj", [x for x in who[:1] if x not in out.get("prep:de", ())])


def _probe_body(x, index: EntityIndex, w) -> bool:
    name = x[0].lower().replace("’", "'")
    first = name.split()[0] if name.split() else ""
    return first in w["probe_bodies"] or index.doc[x[1]].lower_ in w["probe_bodies"]


def _probe(t, index: EntityIndex, out: Found, w) -> None:
    """A judicial investigation and its two sides (rule sues.probe): who opened it (a prosecutor's office
    or a judge: the subject of "ouvrir/lancer une enquête", the agent of "ouverte par", the "de" of "une
    enquête du parquet de X") and whom it targets ("visant Y" hung on the noun or its complements, "contre
    Y", the subject of "Y est visé par une enquête")."""
    if lemma_of(t) == "information" and not any(c.lower_ == "judiciaire" for c in t.children):
        return
    by: list = []
    gov = t.head
    if t.dep_ == "obj" and gov.pos_ == "VERB" and lemma_of(gov) in w["probe_verbs"]:
        by += _subject_of(gov, index)
    for c in t.children:
        if c.dep_ == "nmod" and case_of(c) == "de":
            by += entities_at(c, index)
        if c.dep_ == "acl" and c.pos_ == "VERB" and lemma_of(c) in w["probe_verbs"]:
            by += [x for k in c.children if k.dep_ in ("obl:agent", "obl") and case_of(k) == "par"
                   for x in entities_at(k, index)]
    by = [x for x in by if _probe_body(x, out.doc, w)]
    if not by:
        return
    target: list = []
    holders = [t] + [c for c in t.children if c.dep_ == "nmod"]
    if t.dep_ == "obj" and lemma_of(gov) in w["probe_verbs"]:
        # "ouvrir une enquête pour délit d'initié visant Y": the parser hangs the charge on the verb and
        # "visant Y" on the charge
        holders += [c for c in gov.children if c.dep_ in ("obl", "obl:mod") and c.i > t.i and case_of(c) == "pour"]
    # ("une enquête pour « favoritisme » et « corruption » visant Y": "visant" hung on the last charge)
    holders += [k for h in holders[1:] for k in h.children if k.dep_ == "conj"]
    for h in holders:
        for c in h.children:
            if c.dep_ == "acl" and c.pos_ == "VERB" and lemma_of(c) in w["probe_targeting"] \
                    and "Part" in c.morph.get("VerbForm"):
                target += [x for k in c.children if k.dep_ == "obj" for x in entities_at(k, index)]
                if not any(k.dep_ == "obj" for k in c.children) and index.kinds.get(c.i + 1) == "name":
                    # ("une enquête visant Y" with Y hung on the verb that opens it: the name right after)
                    target.append((index.entity_at(c.i + 1), c.i + 1))
            if h is t and c.dep_ == "nmod" and case_of(c) == "contre":
                target += entities_at(c, index)
    if t.dep_ == "obj" and lemma_of(gov) in w["probe_verbs"]:
        # "a ouvert une enquête pour abus de biens sociaux, visant Y": the participle after a comma hung on
        # the verb that opens the probe
        target += [x for c in gov.children if c.dep_ == "advcl" and c.i > t.i and c.pos_ == "VERB"
                   and lemma_of(c) in w["probe_targeting"] and "Part" in c.morph.get("VerbForm")
                   for k in c.children if k.dep_ == "obj" for x in entities_at(k, index)]
        # "ouvrir une information judiciaire contre Y" with "contre Y" hung on the verb
        target += [x for c in gov.children if c.dep_ in _PHRASE_DEPS and c.i > t.i and case_of(c) == "contre"
                   for x in entities_at(c, index)]
    if t.dep_ in ("obl:agent",) and lemma_of(gov) in w["probe_targeting"]:
        target += [x for c in gov.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
    target += _probe_undergone(t, index, out, w)
    target = [x for x in target if x not in by]
    if target:
        out.put("probe_by", by)
        out.put("probe_target", target)


def complaint_of_probe(sent) -> bool:
    """A sentence telling the complaint behind an investigation ("L'enquête a été déclenchée par une plainte
    de X"): it names one party, the other is the probe's target told before (see _complaint_behind)."""
    w = words()
    complaint, probe = w["complaint_nouns"], w["probe_nouns"]
    return any(t.lemma_.lower() in complaint for t in sent) and any(t.lemma_.lower() in probe for t in sent)


def _complaint_behind(t, index: EntityIndex, out: Found, w) -> None:
    """"La procédure fait suite à une plainte de X", "A l'origine de l'enquête, une plainte déposée par X": the
    complaint that started an investigation told just before is against the one it targets (slot
    "complaint_target": the target of the nearest investigation within the four sentences before)."""
    sent = t.sent
    # ("fait suite à une plainte": the parser may hang the complaint on "fait", beside "suite")
    # ("L'enquête a été déclenchée par une plainte de X": a verb of starting whose agent is the complaint)
    behind = any(k.lower_ == "suite" and k.i + 1 < t.i and k.nbor(1).lower_ in ("à", "aux") for k in sent) or any(
        k.lemma_.lower() == "origine" and k.i < t.i for k in sent) or (
        t.dep_ == "obl:agent" and lemma_of(t.head) in ("déclencher", "provoquer", "motiver", "susciter"))
    if not behind or not any(k.lemma_.lower() in w["probe_nouns"] or k.lemma_.lower() in ("procédure", "affaire")
                             for k in sent if k.i < t.i):
        return
    doc, s = t.doc, index.sent_of.get(t.i)
    # ("L'enquête a été déclenchée par une plainte de X": the definite probe is the article's one, however far)
    reach = 10_000 if any(k.lemma_.lower() in w["probe_nouns"] and k.i < t.i and any(
        d.dep_ == "det" and d.lower_ in ("l'", "l’", "la", "le", "cette", "cet", "ce") for d in k.children)
        for k in sent) else 4
    for j in range(sent.start - 1, -1, -1):
        if s is None or index.sent_of.get(j, s) < s - reach:
            return
        if doc[j].pos_ == "NOUN" and lemma_of(doc[j]) in w["probe_nouns"]:
            probe = Found(doc[j], index)
            _probe(doc[j], index, probe, w)
            if probe.get("probe_target"):
                out.put("complaint_target", probe["probe_target"])
                return


def _probe_undergone(t, index: EntityIndex, out: Found, w) -> list:
    """(bpol) Who undergoes an investigation: "Y fait l'objet d'une enquête du parquet", "une enquête du
    parquet vise Y", "une enquête sur Y" (a name right there, not "sur la mort de Y"), "Y a été mis en examen
    (placé en garde à vue …) dans le cadre d'une information judiciaire ouverte par le parquet"."""
    got: list = []
    if "undergoer" not in out:
        _undergone(t, index, out)
    got += out.get("undergoer", [])
    gov = t.head
    if t.dep_ == "nsubj" and gov.pos_ == "VERB" and lemma_of(gov) in w["probe_targeting"]:
        got += [x for c in gov.children if c.dep_ == "obj" for x in entities_at(c, index)]
    got += [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "sur" and index.kinds.get(c.i) == "name"
            for x in entities_at(c, index)]
    # climb "dans le cadre de" / "dans" to the verb of the charge
    node = t
    for _ in range(2):
        if node.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and node.head.pos_ == "NOUN" \
                and (lemma_of(node.head) in ("cadre", "volet") or (node is t and case_of(t) == "dans")):
            # ("mise en examen pour corruption dans une enquête …": hung on the ground of the charge)
            node = node.head
            continue
        break
    verb = node.head
    if node is not t or case_of(t) == "dans":
        if node.dep_ in ("obl", "obl:mod", "obl:arg") and verb.pos_ == "VERB" and verb.i < t.i \
                and _charged(verb, w):
            got += [x for c in verb.children if c.dep_ in ("nsubj:pass", "nsubj") for x in entities_at(c, index)]
    return got


def _charged(verb, w) -> bool:
    """"mis en examen", "placé en garde à vue", "inculpé", "interpellé": a verb of the charge itself."""
    lem = lemma_of(verb)
    if lem in w["charge_verbs"]:
        return True
    if lem in ("mettre", "placer"):
        return any(c.lower_ in ("examen", "cause", "garde", "détention") for c in verb.subtree if c.i > verb.i
                   and c.i - verb.i <= 4)
    return False


def _aimed(t, index: EntityIndex, out: Found, w) -> None:
    """"des sanctions visant Y", "des mesures restrictives ciblant Y et son chef, Z": the participle's object
    is the one sanctioned (slot "aimed"; "mesures" only when qualified: "mesures similaires / restrictives");
    not "des mesures visant à soutenir Y" (an infinitive, no direct object)."""
    if lemma_of(t) in ("mesure", "mesures", "restrictions") and not any(
            c.lower_ in w["sanction_qualifiers"] or lemma_of(c) in w["sanction_qualifiers"]
            for c in t.children if c.dep_ in ("amod", "nmod")):
        return
    for p in t.children:
        if p.dep_ != "acl" or p.pos_ != "VERB" or lemma_of(p) not in w["aiming_participles"] \
                or "Part" not in p.morph.get("VerbForm") or p.i < t.i:
            continue
        if any(c.dep_ == "advmod" and c.lower_ in ("pas", "plus", "jamais") for c in p.children):
            continue
        objs = [c for c in p.children if c.dep_ == "obj"]
        got = [x for c in objs for x in entities_at(c, index)]
        # "visant la milice, son chef et le négociant" with the names after a comma hung on the object
        got += [x for c in objs for k in c.children if k.dep_ in ("appos", "conj") for x in entities_at(k, index)]
        out.put("aimed", got)
    if "aimed" not in out and lemma_of(t) in ("mesure", "mesures", "restrictions"):
        # "des mesures similaires contre Y" (the noun qualified as above): the "contre" phrase on the noun, or
        # on the verb it is the object of
        # ("des mesures de rétorsion contre Y": on the qualifying phrase)
        holders = [t] + ([t.head] if t.dep_ == "obj" and t.head.pos_ == "VERB" else []) \
            + [c for c in t.children if c.dep_ == "nmod" and lemma_of(c) in w["sanction_qualifiers"]]
        out.put("aimed", [x for h in holders for c in h.children if c.i > t.i and c.dep_ in _PHRASE_DEPS
                          and case_of(c) == "contre" for x in entities_at(c, index)])
        gov = t.head.head
        if "aimed" in out and "subj" not in out and t.dep_ == "nmod" and case_of(t) == "de" \
                and t.head.dep_ == "obl:mod" and gov.pos_ == "VERB" and not any(c.dep_ == "obj" for c in gov.children):
            # "X a annoncé dans la foulée des mesures similaires contre Y": the object hung on the time phrase
            out.put("subj", _subject_of(gov, index))


def _listed_late(t, index: EntityIndex, out: Found, w) -> None:
    """"X a placé (lundi) sur sa liste noire la société Y": the object after the list, hung on it as an
    apposition, is the one listed (slot "gov_obj" of opposes.blacklist)."""
    gov = t.head
    if t.dep_ not in ("obl", "obl:arg", "obl:mod") or gov.pos_ != "VERB" or lemma_of(gov) not in w["blacklist_verbs"] \
            or case_of(t) not in ("sur", "à"):
        return
    got = []
    for c in t.children:
        if c.dep_ in ("appos", "conj") and c.i > t.i and any(k.dep_ == "det" for k in c.children) or \
                c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > t.i:
            got += entities_at(c, index)
            got += [x for k in c.children if k.dep_ in ("appos", "conj") for x in entities_at(k, index)]
    out.put("gov_obj", got)


_PLACE_CASES = {"à", "en", "au", "aux", "dans", "depuis"}


def _listed_being(t, index: EntityIndex, out: Found, w) -> None:
    """"X figure sur la liste noire de Y", "Parmi les entités inscrites sur la liste noire de Y figurent A et
    B": the subject of a verb of being on the list is the one listed (slot "gov_obj")."""
    if case_of(t) not in ("sur", "à") or t.dep_ not in ("obl", "obl:arg", "obl:mod"):
        return
    gov = t.head
    tv = tokens_of(t.doc)
    verb = None
    if gov.pos_ == "VERB" and lemma_of(gov) in w["blacklist_verbs"] and gov.i < t.i \
            and any(tv[j].lower_ == "parmi" for j in range(t.sent.start, gov.i)):
        verb = next((tv[j] for j in range(t.i + 1, t.sent.end) if tv[j].pos_ == "VERB"), None)
    if verb is not None and lemma_of(verb) in w["listed_being_verbs"]:
        # "parmi les entités inscrites sur la liste … figurent A, B et C": the names after the verb, as a line
        # (however the parser hung the fronted "parmi" phrase)
        got = []
        for j in range(verb.i + 1, t.sent.end):
            if tv[j].text in (";", ":", "(") or tv[j].pos_ in ("VERB", "AUX") and "Part" not in tv[j].morph.get("VerbForm"):
                break   # (a participle describing a name listed reads on: "A, basé à …, et B")
            name = index.entity_at(j)
            if name is None or index.kinds.get(j) != "name" or tv[j - 1].lower_ in _PLACE_CASES \
                    or (index.entity_at(j - 1) == name and index.kinds.get(j - 1) == "name"):
                continue
            got.append((name, j))
        out.put("gov_obj", got)
        return
    if gov.pos_ != "VERB" or lemma_of(gov) not in w["listed_being_verbs"]:
        return
    subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubj:pass")]
    got = [x for c in subj for x in entities_at(c, index)]
    got += [x for c in subj for k in c.children if k.dep_ in ("conj", "appos") for x in entities_at(k, index)]
    out.put("gov_obj", got)


def _listed_misparsed(t, index: EntityIndex, out: Found, w) -> None:
    """(bpol) "X a ajouté A et B à sa liste noire", "Trois sociétés – A, établie à …, B, et C – ont été ajoutées
    par X à sa liste noire": the parser hangs "à sa liste" on the name before it; the verb's object (or
    passive subject) phrase names the ones listed (all its names but places after "à", "en"), its subject
    or agent the one who lists."""
    if t.dep_ != "nmod" or case_of(t) not in ("à", "sur") or index.entity_at(t.head.i) is None:
        return
    gov = t.head
    for _ in range(3):
        if gov.pos_ == "VERB" or gov.head.i == gov.i:
            break
        gov = gov.head
    if gov.pos_ != "VERB" or lemma_of(gov) not in w["blacklist_verbs"] or gov.i > t.i:
        return
    doc = t.doc
    listed: list = []
    for c in gov.children:
        if c.dep_ not in ("obj", "nsubj:pass"):
            continue
        span = [k for k in c.subtree] + [k for x in gov.children if x.dep_ == "conj" and x.i < t.i and c.dep_ == "obj"
                                         for k in x.subtree]
        for k in sorted(span, key=lambda k: k.i):
            name = index.entity_at(k.i)
            if name is None or index.kinds.get(k.i) != "name" or (index.entity_at(k.i - 1) == name
                                                                  and index.kinds.get(k.i - 1) == "name"):
                # (a name's later words; not its first after its introducer: "la société X")
                continue
            if k.i > 0 and (doc[k.i - 1].lower_ in _PLACE_CASES or case_of(k) in _PLACE_CASES):
                continue
            listed.append((name, k.i))
    lister = [x for c in gov.children if c.dep_ == "obl:agent" for x in entities_at(c, index)] or _subject_of(gov, index)
    names = {n for n, _ in lister}
    listed = [x for x in listed if x[0] not in names]
    if listed and lister:
        out.put("gov_obj", listed)
        if "subj" not in out:
            out.put("subj", lister[:1])
        if out.get("poss"):
            out["poss"] = lister[:1]   # ("sa liste noire": the list of the one who lists, not of a name listed)


def _blame_shifted(t, index: EntityIndex, out: Found, w) -> None:
    """"X rejette la faute sur Y", "X fait porter la responsabilité de l'échec à Y", "X réserve ses coups les
    plus durs à Y": who the blame is put on ("sur Y" / "à Y" on the verb or hung on the noun; slot "blamed")
    by the verb's subject (slot "blamer"). "sur" only with faute/responsabilité/tort (not "ses coups sur")."""
    verb = t.head
    vlemma = "réserver" if verb.lower_.startswith("réserv") else lemma_of(verb)   # ("réserve": a noun's lemma)
    if verb.pos_ != "VERB" or vlemma not in w["blame_verbs"]:
        return
    if vlemma == "porter" and verb.head.pos_ == "VERB" and lemma_of(verb.head) == "faire":
        subj_verb = verb.head
    elif vlemma == "porter" and any(lemma_of(c) == "faire" and c.i < verb.i for c in verb.children):
        subj_verb = verb   # ("fait porter" with "fait" hung on "porter" as an auxiliary)
    elif vlemma == "faire" and any(lemma_of(c) == "porter" and c.i < t.i for c in verb.children):
        subj_verb = verb   # ("fait porter la faute à Y" with the noun hung on "faire")
    elif vlemma in ("porter", "faire"):
        return   # ("porter la responsabilité de la filiale à Y": raised to, no blame; only "faire porter")
    else:
        subj_verb = verb
    shifting = lemma_of(t) in ("faute", "responsabilité", "tort", "culpabilité") or t.lower_ in (
        "fautes", "responsabilités", "torts")
    if not shifting and vlemma not in ("réserver", "adresser", "décocher"):
        return
    cases = ("sur", "à") if shifting else ("à",)
    # the phrase on the verb, on the noun or on the noun's adjective ("ses coups les plus durs à Y")
    holders = [verb, t] + [c for c in t.children if c.dep_ == "amod"]
    phrases = [c for h in holders for c in h.children
               if c.dep_ in _PHRASE_DEPS + ("acl",) and c.i > t.i and case_of(c) in cases]
    blamed = [x for c in phrases for x in entities_at(c, index)]
    blamed += [x for c in phrases for k in c.children if k.dep_ == "appos" for x in entities_at(k, index)]
    if not blamed and phrases:
        # "sur son ancien associé, Y" with the name hung on the noun after the phrase
        end = max(c.right_edge.i for c in phrases)
        blamed = [x for k in t.children if k.dep_ == "appos" and k.i > end and t.doc[k.i - 1].text == ","
                  for x in entities_at(k, index)]
    if not blamed:
        return
    blamer = _subject_of(subj_verb, index)
    blamed = [x for x in blamed if x[0] not in {n for n, _ in blamer}]
    if blamer and blamed:
        out.put("blamer", blamer)
        out.put("blamed", blamed)


def _ranks(t, index: EntityIndex, out: Found, w) -> None:
    """"X a rejoint les rangs de Y", "X siège dans les rangs de Y", "X a quitté les rangs de Y": the "de"
    name is the body, the verb's subject its (former) member (slots "ranks_member"/"ranks_body", or
    "ranks_left_member"/"ranks_left_body" for leaving)."""
    verb = t.head
    if verb.pos_ != "VERB" or t.dep_ not in ("obj",) + _PHRASE_DEPS:
        return
    vl = lemma_of(verb)
    if vl in w["ranks_joining"]:
        prefix = "ranks"
    elif vl in w["ranks_leaving"]:
        prefix = "ranks_left"
    else:
        return
    body = [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" for x in entities_at(c, index)]
    member = [x for x in _subject_of(verb, index) if x not in body]
    if body and member:
        out.put(prefix + "_member", member)
        out.put(prefix + "_body", body[:1])


def _banned(t, index: EntityIndex, out: Found, w) -> None:
    """"X a interdit de territoire Y", "X a interdit Y de séjour": the object is banned by the subject
    (slot "banned"); "de territoire" hung on the verb or on the object. Not "interdire la vente de Y"."""
    objs = [c for c in t.children if c.dep_ == "obj"]
    ban = [c for c in list(t.children) + [k for o in objs for k in o.children]
           if c.lower_ in w["ban_nouns"] and case_of(c) == "de"]
    if not ban or not objs:
        return
    got = [x for c in objs for x in entities_at(c, index)]
    got += [x for c in objs for k in c.children if k.dep_ == "appos" for x in entities_at(k, index)]
    out.put("banned", got)


def _quoted_blacklist(t, index: EntityIndex, out: Found, w) -> None:
    """"X a inscrit Y et sa filiale Z sur sa liste des « entités non fiables »": a blacklist named with
    quotes (which hide it from the rule's multi-word lemmas) or in words of its own ("sur la liste des
    personnes et entités visées par des sanctions"); the verb's subject lists its objects
    (slots "black_lister" / "black_listed"; rule opposes.blacklist_quoted)."""
    gov = t.head
    if gov.dep_ in ("advcl", "acl") and gov.head.pos_ == "VERB" and gov.head.i < gov.i \
            and lemma_of(gov.head) in w["blacklist_verbs"] and lemma_of(gov) not in w["blacklist_verbs"]:
        gov = gov.head   # ("a inscrit A et sa filiale B, spécialisée dans …, sur sa liste": hung on the participle)
    if t.dep_ not in ("obl", "obl:arg", "obl:mod") or gov.pos_ != "VERB" or lemma_of(gov) not in w["blacklist_verbs"] \
            or case_of(t) not in ("sur", "à"):
        return
    tv = tokens_of(t.doc)
    # (with no quotes, the list's own words name it all the same: "sur la liste des personnes et entités
    # visées par des sanctions" - no multi-word lemma can hold every wording of it)
    quoted = any(k.text in ("«", '"') for k in tv[t.i + 1:min(t.i + 4, t.sent.end)])
    after = [tv[j] for j in range(t.i + 1, min(t.i + (7 if quoted else 10), t.sent.end))]
    if not any(k.lower_ in w["blacklist_words"] for k in after):
        return
    objs = [c for c in gov.children if c.dep_ == "obj"]
    listed = [x for c in objs for x in entities_at(c, index)]
    listed += [x for c in objs for k in c.children if k.dep_ in ("conj", "appos")
               for x in (entities_at(k, index) + [y for m in k.children if m.dep_ in ("appos", "nmod")
                                                   and case_of(m) is None
                                                   for y in entities_at(m, index)])]
    # "a inscrit A et sa filiale B sur sa liste …" parsed with A as an xcomp and B as the object: the names
    # between the verb and the list, read as a line (not a place after "à", "en")
    doc = t.doc
    for j in range(gov.i + 1, t.left_edge.i):
        name = index.entity_at(j)
        if name is None or index.kinds.get(j) != "name" or (index.entity_at(j - 1) == name
                                                             and index.kinds.get(j - 1) == "name") \
                or tv[j - 1].lower_ in _PLACE_CASES or any(x[0] == name for x in listed):
            continue
        listed.append((name, j))
    who = _subject_of(gov, index)
    names = {n for n, _ in who}
    listed = [x for x in listed if x not in who and x[0] not in names]
    if who and listed:
        out.put("black_lister", who)
        out.put("black_listed", listed)


def bracketed_org(index: EntityIndex, tv, k: int) -> tuple[str, int] | None:
    """The organisation named alone in brackets opening at token k ("(" Y ")"): (Y, the position of ")"), or
    None (a politician's party "X (Y)", a title's "le président (Y) de …": slots/ally23.py)."""
    if k + 2 >= len(tv) or tv[k].text != "(":
        return None
    label = index.entity_at(k + 1)
    if label is None or index.kinds.get(k + 1) != "name" or index.type_of(label) != "ORG":
        return None
    j = k + 1
    while j < len(tv) and index.entity_at(j) == label:
        j += 1
    return (label, j) if j < len(tv) and tv[j].text == ")" else None


def _bracketed_label(t, index: EntityIndex, out: Found) -> None:
    """"La Première ministre, X (Y), …", "le député X (Y)": an organisation in brackets right after the name
    of a politician is the party (slots "bracket_holder", "bracket_label")."""
    tv = tokens_of(t.doc)
    names = [c for c in t.children if c.dep_ == "appos" and c.i > t.i]
    if t.dep_ == "appos" and t.head.i < t.i:
        names.append(t.head)
    for c in names:
        who = index.entity_at(c.i)
        if who is None or index.kinds.get(c.i) != "name" or index.type_of(who) != "PER":
            continue
        k = c.i
        while k < len(tv) and index.entity_at(k) == who:
            k += 1
        got = bracketed_org(index, tv, k)
        if got is not None:
            out.put("bracket_holder", [(who, c.i)])
            out.put("bracket_label", [(got[0], k + 1)])
            return


def _wing_of(t, index: EntityIndex, out: Found, w) -> None:
    """"X, figure de l'aile sociale du parti Y", "un pilier du courant réformateur de Y": the party whose
    wing or current is named (slot "prep:de")."""
    out.put("prep:de", de_through_noun(t, index, w["party_wings"]))


# Mentions that may name the party of a wing: its name only ("du parti" is often resolved to the party
# named last, which in an article about two parties' alliance is as often the other one).
_PARTY_KINDS = ("name", "introducer")


def _wing_figure(t, index: EntityIndex, out: Found, w) -> None:
    """"X, député du Rhône et figure de l'aile droite de Y", "Figure de l'aile gauche du parti, la députée
    Z a dénoncé …": one who is a figure (pillar, member) of a party's wing or current is a member of the
    party (slots "wing_member", "wing_party"); read as a line, "figure" being often tagged as the verb
    "figurer". The member: the nearest person named before in the sentence, or, for a sentence opening on
    the phrase, the first named after it."""
    if not out.wants("wing_member"):
        return
    tv, n = tokens_of(t.doc), len(t.doc)
    k = t.i + 1
    if k >= n or tv[k].lower_ not in ("de", "du", "d'", "d’"):
        return
    wing = next((j for j in range(k, min(k + 4, n)) if tv[j].lower_ in w["party_wings"]), None)
    if wing is None:
        return
    m = wing + 1
    while m < n and (tv[m].pos_ == "ADJ" or tv[m].lower_ in ("droite", "gauche")):
        m += 1
    if m >= n or tv[m].lower_ not in ("de", "du", "des", "d'", "d’"):
        return
    m += 1
    while m < n and tv[m].pos_ == "DET":
        m += 1
    party = index.entity_at(m) if m < n else None
    if party is None or index.kinds.get(m) not in _PARTY_KINDS or not _may_be_party(party, index):
        return
    member = _described_person(t, index, m)
    if member:
        out.put("wing_member", [member])
        out.put("wing_party", [(party, m)])


def _described_person(t, index: EntityIndex, end: int) -> tuple[str, int] | None:
    """The person a description set beside a name describes ("X, député et figure de …", "Figure de …, la
    députée X a …"): the nearest person named before ``t`` in its sentence or, for a sentence opening on
    the description, the first named after its last word ``end``."""
    tv, n = tokens_of(t.doc), len(t.doc)
    s = index.sent_of.get(t.i)
    first = t.i
    while first > 0 and index.sent_of.get(first - 1) == s and tv[first - 1].text.isspace():
        first -= 1
    fronted = index.sent_of.get(first - 1) != s if first > 0 else True
    span = range(end + 1, min(end + 16, n)) if fronted else range(t.i - 1, max(t.i - 25, -1), -1)
    for q in span:
        if index.sent_of.get(q) != s:
            return None
        name = index.entity_at(q)
        if name is not None and index.kinds.get(q) == "name" and index.type_of(name) == "PER":
            return (name, q)
    return None


# "proche parmi les proches de Y", "fidèle parmi les fidèles de Y": the closest of Y's allies
_AMONG_WORDS = frozenset({"proche", "fidèle", "intime"})


def _among_the_close(t, index: EntityIndex, out: Found) -> None:
    """"Proche parmi les proches du premier ministre Y, X …", "X, fidèle parmi les fidèles de Y": X is Y's
    ally (slots "among_ally", "among_of"); read as a line (the "de Y" hangs on the plural)."""
    if not out.wants("among_ally"):
        return
    tv, n = tokens_of(t.doc), len(t.doc)
    k = t.i + 2
    if tv[k].lower_ != "les" or k + 2 >= n or not tv[k + 1].lower_.startswith(t.lower_) \
            or tv[k + 2].lower_ not in ("de", "du", "d'", "d’"):
        return
    # the person: named, or a title the mentions resolved ("du premier ministre", "de la présidente")
    j = k + 3
    while j < n and (tv[j].pos_ in ("DET", "ADJ") or tv[j].lower_ in PERSON_TITLES) and index.entity_at(j) is None:
        j += 1
    of = index.entity_at(j) if j < n else None
    if of is None or index.kinds.get(j) not in ("name", "descriptor", "introducer") or index.type_of(of) != "PER":
        return
    while j + 1 < n and index.entity_at(j + 1) == of:
        j += 1
    ally = _described_person(t, index, j)
    if ally and ally[0] != of:
        out.put("among_ally", [ally])
        out.put("among_of", [(of, j)])


def _elected_before_comma(t, index: EntityIndex, out: Found) -> None:
    """"…, a dénoncé X, élue du groupe Y, qui …": the participle tagged a verb describes the person named
    right before its comma, however the parser hung it (slot "elected_one")."""
    tv = tokens_of(t.doc)
    k = t.i - 2
    if k < t.sent.start or tv[t.i - 1].text != "," or index.kinds.get(k) != "name":
        return
    name = index.entity_at(k)
    if index.type_of(name) == "PER" and not any(c.dep_ in ("aux", "aux:pass", "aux:tense") for c in t.children):
        out.put("elected_one", [(name, k)])


def _elected_label(t, index: EntityIndex, out: Found) -> None:
    """"le député Y X", "X, élue Y", "X, sénateur (Y) de l'Isère": the organisation named right after an
    elected title is the label one was elected under (slot "elected_label"; for the participle, the one
    elected is the name it describes: "elected_one")."""
    tv = tokens_of(t.doc)
    j = t.i + 1
    bracket = j < len(tv) and tv[j].text == "("
    if bracket:
        j += 1
    if j >= len(tv) or index.kinds.get(j) != "name":
        return
    name = index.entity_at(j)
    if name is None or index.type_of(name) not in ("ORG", "OTHER"):
        return
    if bracket:
        k = j
        while k < len(tv) and index.entity_at(k) == name:
            k += 1
        if k >= len(tv) or tv[k].text != ")":
            return
    out.put("elected_label", [(name, j)])
    if t.pos_ in ("VERB", "ADJ") and t.dep_ in ("acl", "appos", "amod") and t.head.i < t.i:
        out.put("elected_one", [x for x in entities_at(t.head, index) if index.type_of(x[0]) == "PER"][:1])


def _may_be_party(name: str, index: EntityIndex) -> bool:
    """An organisation or a public body; or a name of several words the NER took for a place ("Cap
    Nation") with no place word in it (not "la région Bretagne", not a country of one word)."""
    from ...mentions.lexicon import fold
    kind = index.entities[name].type
    folded = fold(name).replace("'", " ").replace("-", " ").split()
    return kind in ("ORG", "GOV") or kind == "LOC" and len(folded) > 1 \
        and not any(x in words()["place_name_words"] for x in folded)


def party_names(index: EntityIndex, doc=None) -> set[str]:
    """Organisations the text calls a party or a parliamentary group: an alias headed by a party word
    ("Élan commun, le parti présidentiel" gives the alias "le parti"), or a party word introducing the name
    ("le parti Y", "la formation Y"); read from the index, no new pass over the text."""
    from ...mentions.lexicon import fold
    w = words()["party_descriptors"]
    out = set()
    tv = tokens_of(doc) if doc is not None else None   # (tv[i]: no DocView.__getitem__ call per name)
    if doc is not None:
        for i, kind in index.kinds.items():
            if kind == "introducer" and fold(tv[i].text) in w and index.by_token.get(i):
                out.add(index.by_token[i])
        # (s26-people26) "le parti Les Patriotes": a party's own name opening on "Les" loses the article to
        # the name, which the party word no longer introduces; the word two before the name says it
        for i, name in index.by_token.items():
            if i >= 2 and tv[i - 1].lower_ == "les" and fold(tv[i - 2].text) in w \
                    and index.by_token.get(i - 1) is None and index.kinds.get(i) == "name" \
                    and index.entities.get(name) is not None and index.entities[name].type == "ORG":
                out.add(name)
    if doc is not None:
        # (pol4) "les députés de Y", "les militants de Y": plural members of a party named after them
        members, places = words()["party_member_nouns"], words()["place_name_words"]
        for i, name in index.by_token.items():
            # (speed37: the word tests first, the cheapest and the most often false; the tests are pure, and a
            # name already in ``out`` only spares the rest, so their order changes nothing)
            if i < 2 or tv[i - 1].lower_ not in ("de", "d'", "d’") or tv[i - 2].lower_ not in members \
                    or index.by_token.get(i - 1) == name or name in out:
                continue
            e = index.entities.get(name)
            folded = fold(name).replace("'", " ").split()
            if e is not None and (e.type == "ORG" or (e.type == "GOV" and len(folded) > 1)) \
                    and not any(x in places for x in folded):
                out.add(name)
    if doc is not None:
        # "une motion de censure, que Y ne votera pas": an organisation that votes (a motion, a bill) in
        # a chamber is a party or a parliamentary group (not a fund voting a resolution at a meeting)
        votes, vote_objects = words()["party_votes"], words()["party_vote_objects"]   # (speed37: once, not per token)
        for t in tv:
            if t.pos_ == "VERB" and t.lemma_.lower() in votes \
                    and any(x.lemma_.lower() in vote_objects for x in t.sent):
                for c in t.children:
                    name = index.by_token.get(c.i) if c.dep_ == "nsubj" else None
                    if name and index.kinds.get(c.i) == "name" and _may_be_party(name, index):
                        out.add(name)
    for name, e in index.entities.items():
        if e.type not in ("ORG", "GOV"):
            continue
        for a in e.aliases:
            toks = fold(a).replace("'", " ").split()
            if toks and toks[0] in ("le", "la", "l", "les", "son", "sa", "leur", "ce", "cette"):
                toks = toks[1:]
            if toks and (toks[0] in w or " ".join(toks[:2]) in w):
                out.add(name)
                break
    return out



def _support_on_date(t, index: EntityIndex, out: Found) -> None:
    """(pol4) "X a apporté mercredi son soutien à Y": the parser hangs the noun on the date word after the
    verb; the verb's subject gives the support."""
    from ...mentions.lexicon import lexicon
    d = t.head
    if t.dep_ == "nmod" and d.i < t.i and d.lower_ in lexicon()["date_words"] and d.head.pos_ == "VERB" \
            and d.dep_ in ("obl:mod", "obl", "obj") and lemma_of(d.head) in words()["support_giving_verbs"]:
        out.put("subj", _subject_of(d.head, index))
