"""Doc + EntityIndex → typed ties with evidence, from the rules in data/rules.yaml.

For every token that is a trigger of some rule (lemma and part of speech),
the parties are looked up in the rule's dependency slots (slots/), checked
against the entity types the rule allows, and turned into a Relation whose
evidence is the sentence, with character offsets into the cleaned text.
Attributes (amount, share, date, status, attribution, negation) are read from
the same sentence near the trigger (attributes.py).
"""
from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from importlib import resources
from itertools import combinations
from operator import attrgetter

from .deals25 import named_consortia
from .pacts30 import electoral_pacts
from .gov30 import government_members, more_party_names, politicians_join_parties, titled_ministers
from .money30 import public_heads_pay   # (s30-money30)
from .types27 import cofounders_not_partners, persons_breaking_with_bodies
from ..yamldata import load_yaml

from ..model import load_model
from ..records import CleanArticle, Relation
from ..mentions.demonyms import countries_by_adjective, countries_by_seat, country_named, region_names
from ..mentions.lexicon import fold, lexicon
from .dont_owners import dont_owners
from .predecessor27 import possessive_predecessors   # (s27-people27)
from .implied import (subsidiaries_by_name, bodies_named_after_leaders, bracketed_families, equal_owners, former_employers, hyphen_pairs, implied_sanctioner,
                      kin_of_previous_subject, holders_in_topic_capital, co_investors, roles_at_employers,
                      ministers_for_ministries, parenthesised_holdings, parenthesised_rounds, posts_at_topic,
                      purchases_by_topic, backers_of_topic_round, roles_at_topic, bidder_toeholds, bid_lenders, holdings_in_target)
from .learned import learned_pairs
from .linear import linear_pairs
from .slots.party28 import mend_entering_verb
from .lists import complete_lists
from .succession import predecessors_posts, successors_posts
from .gapping import gapped_ties
from .relatives import relative_holders, stake_clitics
from .relative_posts import relative_posts
from .parties import frame_members
from .holdings import own_holdings
from .sanctions import sanctions_told
from .appeals import appeals_against_sanctioner
from .sentenced28 import organ_sanctions_to_body, sentenced_by_told_court
from .legal31 import legal31_ties
from .heads32 import heads32_ties   # (s32-heads32)
from .tables import holder_rows, role_columns, table_pairs, _entities_in
from .tables_names24 import authority_rows
from .tables25 import fined_rows
from .tables29 import appealed_rows, suit_rows   # (s29-fights29)
from .tables29b import award_rows, deal_rows, grouped_cells, header_role_rows, round_rows, succession_rows   # (s29-tables29)
from .tables30 import context_rows, row_amount   # (s30-tables30)
from .tables31 import pair_rows   # (s31-tables31)
from .tables37 import cabinet_misread, cabinet_rows   # (s37-tables37)
from .precision import leads_unnamed_state, party_cues
from .precision34 import precision34_checks
from .conv35 import conventions35   # (s35-conv35)
from .precision35 import precision35_checks
from .precision36 import precision36_checks   # (s36-precision36)
from .precision37 import precision37_checks   # (s37-precision37)
from .types38 import types38_checks   # (s38-types38)
from .misses38 import misses38_ties, nouns_never_verbs   # (s38-misses38)
from .slots.interview25 import interview_we_met_in
from .slots.interview30 import post_handed_in
from .slots.sale import offer_for_sale
from .slots.stake28 import en_before_holding   # (s28-stake28)
from .slots.stakes30 import stake_told   # (s30-stakes30)
from .slots.protag29 import fine_without_author   # (s29-protag29)
from .slots.reada35 import prefix_branch_in   # (s35-reada35)
from .slots.phrases import fronted_participle_ties
from .arguments import (PERSON_TITLES, RAISE_VERBS, _subject_of, case_of, entities_at, lemma_of, memo_entities,   # (at the top: a relative import
                        verb_tagged_noun)                                                       # costs microseconds on every call)
from .slots import slots
from .slots.words import FUNDED, SEAT_WORDS, TALK_NOUNS
from .slots.speech import names_a_deal_before
from .slots.biz import _round_in_view
from .slots.feuds import turns_down_an_offer
from .slots.bonds import complaint_of_probe, fronted_pair, party_names, words as bond_words
from .slots.fights24 import backs_an_action
from .slots.accuse28 import clitic_blame_in   # (s28-accuse28)
from ..nlp.docview import _below, lower_words_of, rehang, tokens_of
from ..mentions.wordpos import WordTest, tokens_at

LINEAR_FALLBACK = True
LINEAR_PENALTY = 0.25

POS_OF = {"VERB": {"VERB", "AUX"}, "NOUN": {"NOUN", "PROPN"}, "ADJ": {"ADJ"}}
# (s32-stance32) the words of a political pact: with a person on either side it is closeness (ALLY_OF), not a
# business partnership ("X a fait alliance avec Y", "X exclut toute alliance avec le parti Z")
_PACT_WORDS = frozenset({"alliance", "alliances", "allier", "coalition", "pacte", "rapprochement", "union",
                         "entente", "ralliement"})


def _political_pact(s: str, o: str, stype: str, otype: str, index, doc) -> bool:
    """Two persons, or a person and a party: a pact between them is political closeness (a person's pact with a
    company, "X a conclu un pacte avec le groupe Y", stays a partnership)."""
    if stype == otype == "PER":
        return True
    from .parties import is_party
    return is_party(o if stype == "PER" else s, index, doc)


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    pos: str
    words: tuple[str, ...]          # the trigger, possibly several words ("bras de fer")
    subject: tuple[str, ...]
    object: tuple[str, ...]
    pairs: tuple[str, ...]
    subj_types: frozenset[str]
    obj_types: frozenset[str]
    confidence: float
    status: str | None
    role: str | None
    linear: bool = True
    unless_next: frozenset[str] = frozenset()   # "directeur financier" is not a leader
    strict_types: bool = False   # no weakly typed entity stands in for another type ("député du Nord")
    unless_prev: frozenset[str] = frozenset()   # "société de conseil": the word before the trigger
    unless_head: frozenset[str] = frozenset()   # "X critique la direction de Y": the verb the trigger is the object of
    unless_of: frozenset[str] = frozenset()   # "une procédure de sanction": the noun the trigger is the "de" complement of
    only_prev: frozenset[str] = frozenset()   # "premier secrétaire": the word that must come before the trigger
    only_head: frozenset[str] = frozenset()   # "X a obtenu la condamnation de Y": the verb the trigger must be the object of

    def __eq__(self, other):
        # as the generated comparison (every field, in order), but rules that differ by id, nearly all
        # the rules a trigger lookup compares, are told apart without building two tuples of fields
        if other.__class__ is not self.__class__:
            return NotImplemented
        if self is other:
            return True
        if self.id != other.id:
            return False
        return self._values == other._values

    @cached_property
    def _values(self) -> tuple:
        """Every field, in order (the generated comparison's tuple), built once per rule: the rules of a
        new word are compared with those already kept (_candidate_rules), and copies share their id."""
        return tuple(getattr(self, f.name) for f in fields(self))

    @cached_property
    def slot_names(self) -> frozenset[str]:
        """Every slot the rule reads: its subject, object and pairs lists (linear_pairs reads only the
        parties found in the same subject and object lists; "_no_linear" is no party slot)."""
        return frozenset((*self.subject, *self.object, *self.pairs))

    @cached_property   # (asked for every trigger token; a rule never changes)
    def needs_de(self) -> bool:
        """One side is only ever read from a "de" phrase ("la holding de X")."""
        return any(side and all(s in _DE_SLOTS or s in _POSS_SLOTS for s in side) for side in (self.subject, self.object))


@lru_cache(maxsize=1)
def rules_spec() -> dict:
    """data/rules.yaml as written (parsed once: load_rules and the readers that look up rules read this)."""
    return load_yaml(resources.files("cercle.extract").joinpath("data/rules.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def load_rules() -> dict[tuple[str, str], list[Rule]]:
    """Rules indexed by (first trigger word, coarse POS). Validated against the ontology."""
    raw = rules_spec()
    model = load_model()
    default_conf = raw.get("defaults", {}).get("confidence", 0.7)
    table: dict[tuple[str, str], list[Rule]] = {}
    for spec in raw["rules"]:
        if spec["type"] not in model.relations:
            raise ValueError(f"rules.yaml: rule {spec['id']} has unknown type {spec['type']}")
        if spec["pos"] not in POS_OF:
            raise ValueError(f"rules.yaml: rule {spec['id']} has unknown pos {spec['pos']}")
        for lemma in spec["lemmas"]:
            words = tuple(str(lemma).lower().replace("’", "'").split())
            rule = Rule(spec["id"], spec["type"], spec["pos"], words,
                        tuple(spec.get("subject", [])), tuple(spec.get("object", [])),
                        tuple(spec.get("pairs", [])),
                        frozenset(spec.get("subj_types", ["PER", "ORG", "GOV", "OTHER"])),
                        frozenset(spec.get("obj_types", ["PER", "ORG", "GOV", "OTHER"])),
                        float(spec.get("confidence", default_conf)), spec.get("status"), spec.get("role"),
                        bool(spec.get("linear", True)), frozenset(spec.get("unless_next", [])),
                        bool(spec.get("strict_types", False)), frozenset(spec.get("unless_prev", [])),
                        frozenset(spec.get("unless_head", [])), frozenset(spec.get("unless_of", [])),
                        frozenset(spec.get("only_prev", [])), frozenset(spec.get("only_head", [])))
            table.setdefault((words[0], spec["pos"]), []).append(rule)
    return table


_DE_SLOTS = {"prep:de", "prep:de2", "prep:de_organ", "prep:de_members"}
_DE_WORDS = {"de", "d'", "d’", "du", "des"}
# slots that stand in for a "de" phrase when the trigger has a possessive ("sa vente à X": slots/biz.py)
_POSS_SLOTS = {"sold_poss"}


def _possessed(tok, rules) -> bool:
    """"sa vente", "son rachat": the possessive a rule may read instead of the "de" phrase."""
    return tok.i > 0 and "Yes" in tok.doc[tok.i - 1].morph.get("Poss") \
        and any(not _POSS_SLOTS.isdisjoint(r.slot_names) for r in rules)


def _faces_competitors(tok) -> bool:
    """(s19-gapB2) "X se heurte à des concurrents de poids, à commencer par Y": the verb's phrase is a
    competitor noun; competes.competition_faced reads the names it introduces."""
    return any(c.lemma_.lower() == "concurrent" and c.dep_ in ("obl:arg", "obl", "obj", "obl:mod")
               for c in tok.children)


def _de_follows(tok, reach: int = 8) -> bool:
    """A "de" within a few words after the trigger, or a "dont" before it in its sentence ("Y, dont il a
    pris le contrôle": "dont" stands for "de Y")."""
    doc = tok.doc
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    return any(tv[j].lower_ in _DE_WORDS for j in range(tok.i + 1, min(tok.i + reach, len(doc)))) or \
        any(tv[j].lower_ == "dont" for j in range(tok.sent.start, tok.i))


_FIRST_OF_TWO_POSTS = frozenset({"président", "présidente"})


def _trigger_rules(tok, table) -> list[Rule]:
    tv = tokens_of(tok.doc)   # the token list: tv[i] skips DocView.__getitem__
    low = tok.text.lower().replace("’", "'")
    if tok.i > 0 and tv[tok.i - 1].text == "-" and not (tok.i > 1 and tv[tok.i - 2].lower_ in _FIRST_OF_TWO_POSTS):
        return []   # "maison-mère": the second half of a compound is not a trigger of its own (but
        # "présidente-directrice générale de Y" is read on its second post)
    # "l'offre" is sometimes tagged as the verb "offrir": after a determiner it is a noun
    after_det = tok.i > 0 and tv[tok.i - 1].pos_ == "DET" \
        or tok.pos_ == "VERB" and low in nouns_never_verbs()   # (s38-misses38: "X, sponsor maillot du club Y")
    as_verb = verb_tagged_noun(tok)   # "X contrôle Y" with "contrôle" tagged NOUN: the verb's rules
    if low in SEAT_WORDS and tok.pos_ in ("NOUN", "ADJ"):   # (the verb "siège" tagged a noun or an adjective)
        return list(table.get(("siéger", "VERB"), []))   # (the slots read it as a line: slots/phrases.py)
    # the rules the word may start, before the words after it are read: they depend only on the word,
    # its lemma, its tag and the two facts above, so they are looked up once per such key
    memo = _CANDIDATES[1] if _CANDIDATES[0] is table else _new_candidates(table)
    key = (tok.text, tok.lemma_, tok.lower_, tok.pos_, after_det, as_verb)
    got = memo.get(key)
    if got is None:
        candidates = _candidate_rules(tok, table, low, after_det, as_verb)
        # (rules of one word and no word or head they are unless: every one is kept, whatever is around)
        got = memo[key] = (candidates, not any(r.words[1:] or r.unless_next or r.unless_prev or r.unless_head or r.unless_of or r.only_prev or r.only_head
                                               for r in candidates))
    candidates, plain = got
    if plain:
        return list(candidates)
    found = []
    for rule in candidates:
        rest = rule.words[1:]
        if rest:
            following = [t.text.lower().replace("’", "'") for t in tv[tok.i + 1: tok.i + 1 + len(rest)]]
            if following != list(rest):
                continue
        if rule.unless_next:
            at = tok.i + len(rule.words)
            if at + 1 < len(tok.doc) and tv[at].lower_ in _GENERAL:
                at += 1   # "directrice générale déléguée", "directeur général adjoint": a deputy
            after = tv[at] if at < len(tok.doc) else None
            if after is not None and (after.lower_ in rule.unless_next or _phrase_next(tv, at, rule.unless_next)):
                continue
        if rule.unless_prev and tok.i > 0 and tv[tok.i - 1].lower_ in rule.unless_prev:
            continue
        if rule.only_prev and (tok.i == 0 or tv[tok.i - 1].lower_ not in rule.only_prev):
            continue
        if rule.unless_head and tok.dep_ == "obj" and tok.head.lemma_.lower() in rule.unless_head:
            continue
        if rule.only_head and (tok.dep_ != "obj" or lemma_of(tok.head) not in rule.only_head):
            continue
        if rule.unless_of and tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in rule.unless_of:
            continue
        found.append(rule)   # (no repeats: the candidates have none, and equal rules pass or fail alike)
    return found


_GENERAL = frozenset({"général", "générale", "general", "generale"})


_PHRASES: dict[frozenset, tuple] = {}   # unless_next → its entries of several words, split (once per rule set)


def _phrase_next(tv, at: int, unless) -> bool:
    """An entry of several words of ``unless_next`` starting at token ``at`` ("tête de liste": a list's
    head, not the party's; "direction des ressources humaines")."""
    phrases = _PHRASES.get(unless)
    if phrases is None:
        phrases = _PHRASES[unless] = tuple(p.split() for p in unless if " " in p)
    for words in phrases:
        if tv[at].lower_ == words[0] and [t.lower_ for t in tv[at:at + len(words)]] == words:
            return True
    return False
_CANDIDATES: list = [None, {}]   # (the rules table, {word key: (the rules it may start, in lookup order; whether all are plain)})


def _new_candidates(table) -> dict:
    _CANDIDATES[:] = [table, {}]
    return _CANDIDATES[1]


def _candidate_rules(tok, table, low: str, after_det: bool, as_verb: bool) -> list[Rule]:
    """The rules of the word's keys, in the order _trigger_rules has always tried them, each equal rule
    once (the first: the one _trigger_rules kept; equal rules have the same words, so the words after
    the trigger keep or drop them alike)."""
    lemma = lemma_of(tok)
    out = []
    for pos, tags in POS_OF.items():
        if tok.pos_ not in tags and not (pos == "NOUN" and after_det and tok.pos_ == "VERB"):
            if not (as_verb and pos == "VERB"):
                continue
        # "ex-membre du directoire": the title after the prefix (status.py reads "former" from it)
        # (a tuple, the word before its lemma, not a set: a set of strings iterates in an order the hash
        # seed draws, and so did the rules of "filiales" and "filiale" — the order in which ties were
        # found, and which of two equally sure rules named a tie, changed from one run to the next)
        keys = (low, lemma, low[3:]) if pos == "NOUN" and low.startswith("ex-") else (low, lemma)
        if as_verb:
            if pos != "VERB":
                continue
            # (s14-pol: "Il a déjeuné mardi avec Y", the participle tagged as a noun with "mardi" for its object)
            keys = {low + "r"} if low.endswith("e") else {low[:-3] + "er"} if low.endswith("ent") \
                else {low[:-1] + "er"} if low.endswith("é") else keys
        for key in keys:
            for rule in table.get((key, pos), []):
                if rule not in out:
                    out.append(rule)
    return out


def _collect(sl: dict, names: tuple[str, ...]) -> tuple[str | None, list[tuple[str, int]]]:
    """Parties from the first slot of the list that has any, with that slot's name."""
    for name in names:
        if sl.get(name):
            return name, sl[name]
    return None, []


def _all_slots_of(tok, n_words: int, index) -> dict:
    """Slots of a (possibly multi-word) trigger: the words after the first may carry arguments."""
    tv = tokens_of(tok.doc)   # the token list: tv[i] skips DocView.__getitem__
    need = _NEED[0]   # (set by extract_relations for the trigger being read; None: every slot)
    last = _FIRST_WORD
    if last[0] is tok and last[1] is need:
        sl = last[2]   # (the word read again for a rule of another length: slots() would give the same)
    else:
        sl = slots(tok, index, need)
        last[:] = [tok, need, sl]
    if n_words < 2:
        return sl
    sl = copy(sl)   # (the first word's slots stay as slots() gave them, for a rule of one word)
    for key, vals in sl.items():
        if isinstance(vals, list):
            sl[key] = list(vals)
    for k in range(1, n_words):
        if tok.i + k < len(tok.doc):
            for key, vals in slots(tv[tok.i + k], index, need).items():
                if key.startswith("prep:"):
                    sl.setdefault(key, []).extend(v for v in vals if v not in sl.get(key, []))
    return sl


# The slot names the rules of the trigger being read use: the readers skip the constructions that fill
# only other slots. (A module value rather than an argument: _all_slots_of keeps its signature.)
_NEED: list = [None]
# (the token, its need and its slots, last read by _all_slots_of: a word whose rules have several lengths,
# "offre" and "offre publique d'achat", is read once; nothing changes a slot dict once slots() returns it)
_FIRST_WORD: list = [None, None, None]
_NEEDS: dict = {}   # ids of a trigger's rules → (the rules, kept alive so that no other object takes their ids; their slots)


def _need_of(rules) -> frozenset:
    if len(rules) == 1:
        return rules[0].slot_names
    key = tuple(map(id, rules))
    got = _NEEDS.get(key)
    if got is None:
        got = _NEEDS[key] = (tuple(rules), frozenset().union(*(r.slot_names for r in rules)))
    return got[1]


def _fills_any(sl: dict, need: frozenset) -> bool:
    """Whether a slot the token's rules read has parties. complete_lists only lengthens the lists it is
    given (it adds no slot), so when every slot the rules read is empty its mates would reach no rule."""
    for name in need:   # (a loop: any() over a generator cost a generator and a closure cell per token)
        if sl.get(name):
            return True
    return False


@lru_cache(maxsize=1)
def _first_words() -> frozenset:
    """The first words of every rule's trigger (built once, like the rules table)."""
    return frozenset(w for w, _ in load_rules())


_MAY_TRIGGER: dict = {}   # first words → {(lower, lemma, pos): whether such a token may be a trigger}


def _may_trigger(tok, first_words) -> bool:
    """Whether the token may be the first word of a trigger: a cheap test on its word, lemma and tag
    (_trigger_rules then decides); it reads nothing else of the token."""
    return not (tok.lower_ not in first_words and tok.lemma_.lower() not in first_words
                and not (tok.pos_ == "VERB" and lemma_of(tok) in first_words)
                and not (tok.pos_ == "NOUN" and tok.lower_ + "r" in first_words)
                and tok.lower_ not in SEAT_WORDS
                and not (tok.lower_.startswith("ex-") and tok.lower_[3:] in first_words))


def _noun_after_de(tv) -> None:
    """"un projet d'offre sur Y", "le dépôt d'un projet d'offre": a word tagged a verb yet hung as a noun
    complement ("nmod") after the "de" of a noun is a noun ("offre", not "offrir"): every reader then
    reads it as one, as after a determiner (the view's tag and lemma are mended in place). And a subject
    the parser took for a passive one on a verb in an active compound tense is its subject."""
    for t in tv:
        if t.dep_ not in _MENDED_DEPS and t.lower_ not in _EMPHATIC:
            continue   # (none of the cases below: most words, told in one test)
        k = t.i
        if k > 1 and t.pos_ == "VERB" and t.dep_ == "nmod" and tv[k - 2].pos_ == "NOUN" \
                and tv[k - 1].lower_.replace("’", "'") in ("de", "d'") and t.head.i == k - 2 \
                and not t.morph.get("VerbForm") == ["Part"]:
            t.pos_ = "NOUN"
            t.lemma_ = t.lower_
        elif t.dep_ == "acl" and t.lemma_ == "viser" and t.head.lemma_ in _FILING_NOUNS:
            offer = next((c for c in t.head.children if c.dep_ == "nmod" and t.head.i < c.i < t.i
                          and c.lower_ in _OFFER_WORDS), None)
            if offer is not None:   # "un projet d'offre publique d'achat visant Y": the offer aims at Y
                rehang(t, offer, t.dep_)
        elif t.dep_ == "nsubj:pass" and t.head.pos_ == "VERB" and (_active_compound(t.head) or _etre_verb(t.head)):
            # "X a lui-même déposé plainte", "Y est passée dans le giron de X": a passive subject of an active
            # verb (a compound with "avoir", or a verb of motion or state conjugated with "être")
            t.dep_ = "nsubj"
        elif t.lower_ in _EMPHATIC and t.dep_ in ("nsubj", "aux:pass", "nsubj:pass") and any(
                c.dep_.startswith("nsubj") and c.i < t.i and c is not t for c in t.head.children):
            t.dep_ = "advmod"   # "X a elle-même racheté Y": the emphatic pronoun is no second subject
        elif t.lower_ in _EMPHATIC and t.head.pos_ == "VERB" and (
                t.dep_ == "det" or t.dep_ == "aux:pass" and t.head.dep_ == "acl"):
            # (s23-recall23) "Y, elle-même contrôlée à 60 % par X": the parser makes the emphatic pronoun the
            # participle's determiner (or auxiliary), which then reads as a noun and loses its agent
            t.dep_ = "advmod"
            t.pos_ = "PRON"


_ASIDE_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})


def _emphatic_asides(tv, index) -> None:
    """(s23-recall23) "X, elle, hérite d'un ministère", "X, elle, a racheté Y": a stressed pronoun between commas
    after a name repeats the name, the verb after it is the name's. The parser may hang the verb on the pronoun
    or the name (a relative clause, a conjunct) or make the name an oblique of the verb: the name is hung on the
    verb as its subject (the view's heads are mended in place)."""
    for p in tokens_at(tv, _ASIDE_PRONOUNS):   # (only those pronouns: mentions/wordpos.py)
        k = p.i
        if p.lower_ not in _ASIDE_PRONOUNS or k < 3 or k + 3 >= len(tv) or tv[k - 1].text != "," \
                or tv[k + 1].text != ",":
            continue
        name = index.entity_at(k - 2)
        if name is None or index.kinds.get(k - 2) != "name" or index.type_of(name) not in ("PER", "ORG", "GOV"):
            continue
        j = k - 2
        while j > p.sent.start and index.entity_at(j - 1) == name:
            j -= 1
        span = range(j, k - 1)
        top = next((tv[i] for i in span if tv[i].head.i not in span or tv[i].head is tv[i]), None)
        verb = tv[k + 2]
        if verb.lemma_ in ("faire", "laisser"):
            continue   # ("X, lui, fait entrer Y au conseil": the causative's subject is not the one who enters)
        if verb.pos_ == "AUX" and verb.head.pos_ == "VERB" and verb.head.i > verb.i:
            verb = verb.head
        if top is None or verb.pos_ != "VERB" or verb.sent.start != p.sent.start \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        if top.head is verb and top.dep_.startswith("nsubj"):
            continue
        up, hops = verb, 0   # (the verb under the name or the pronoun: it becomes the root first, no loop)
        while up.head is not up and hops < 50:
            up, hops = up.head, hops + 1
            if up is top or up is p:
                rehang(verb, verb, "ROOT")
                break
        if _below(top, verb) or top.head is top or top.dep_ in ("obl:mod", "obl", "nmod", "dep", "conj"):
            if _below(verb, top):
                continue
            rehang(top, verb, "nsubj")
            if p.head is not verb:
                rehang(p, verb, "dep")


_FILING_NOUNS = frozenset({"projet", "dépôt", "lancement"})
_OFFER_WORDS = frozenset({"offre", "opa", "ope", "contre-offre"})
_EMPHATIC = frozenset({"lui-même", "elle-même", "eux-mêmes", "elles-mêmes"})
_MENDED_DEPS = frozenset({"nmod", "acl", "nsubj:pass"})   # the links of the words _noun_after_de may mend


# Adverbs and adverbial phrases that may stand between "avoir" and its participle ("X a de son côté
# mandaté Y", "X a pour sa part démissionné"), as words.
_ADVERBIAL_PHRASES = (("de", "son", "côté"), ("de", "leur", "côté"), ("pour", "sa", "part"), ("pour", "leur", "part"),
                      ("par", "ailleurs"), ("de", "nouveau"), ("à", "nouveau"), ("à", "son", "tour"),
                      ("à", "leur", "tour"), ("en", "outre"), ("entre-temps",), ("«",))
_AVOIR_FORMS = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "avoir", "ayant",
                          "avons", "avez", "avions", "aviez"})
_FIRST_GROUP_PARTICIPLE = ("é", "ée", "és", "ées")


def _avoir_before(t, tv):
    """The "avoir" right before ``t``, past adverbs and adverbial phrases; None if none."""
    j, start = t.i - 1, t.sent.start
    while j >= start:
        w = tv[j]
        if w.lower_ in _AVOIR_FORMS and w.pos_ in ("AUX", "VERB"):
            return w
        if w.pos_ == "ADV" and w.lower_ not in ("y", "en"):
            j -= 1
            continue
        for phrase in _ADVERBIAL_PHRASES:
            n = len(phrase)
            if j - n + 1 >= start and tuple(tv[k].lower_ for k in range(j - n + 1, j + 1)) == phrase:
                j -= n
                break
        else:
            return None
    return None


def _infinitive(participle: str) -> str:
    """A first-group participle's infinitive: "mandatées" → "mandater", "créée" → "créer"."""
    for end in ("ées", "ée", "és", "é"):
        if participle.endswith(end):
            return participle[:-len(end)] + "er"
    return participle


# The repairs below whose first test reads a word's ending walk only the words of the document with that ending
# (mentions/wordpos.py: a word's answer is remembered across documents), not every token; their own test is kept.
_PARTICIPLE_ENDINGS = WordTest(lambda w, key: w.endswith(_FIRST_GROUP_PARTICIPLE))
_E_ENDINGS = WordTest(lambda w, key: w.endswith("e"))


def _ending_in(tv, ending: WordTest) -> list:
    """The tokens of the list whose ``lower_`` passes ``ending``, in token order."""
    return tokens_at(tv, ending.among(lower_words_of(tv[0].doc))) if len(tv) else []


def _participles_after_avoir(tv) -> None:
    """"X a de son côté mandaté Y", "X a déjà gelé les avoirs de Y", "X a mandaté Y": a first-group
    participle after "avoir" (and adverbs) the tagger took for an adjective or a noun is the verb of a
    compound tense: mended in the view to a verb that heads its clause, "avoir" its auxiliary, the
    clause's subject its subject and the noun phrase right after it its object."""
    for t in _ending_in(tv, _PARTICIPLE_ENDINGS):
        if t.pos_ not in ("ADJ", "NOUN") or not t.lower_.endswith(_FIRST_GROUP_PARTICIPLE) or t.i == 0:
            continue
        if any(c.dep_ in ("det", "case") for c in t.children):
            continue
        aux = _avoir_before(t, tv)
        if aux is None:
            continue
        t.pos_, t.lemma_ = "VERB", _infinitive(t.lower_)
        if aux.head is t:
            continue   # (the tree is right, only the tag was not)
        up = aux.head
        if aux.i < up.i < t.i:
            # "X a pour sa part déjeuné avec Y" parsed with the adverbial's noun heading the clause: the
            # participle takes its place, with its subject and the complements after the participle
            rehang(t, t if up.head is up else up.head, "ROOT" if up.head is up else up.dep_)
            for c in list(up.children):
                if c is not t and (c.i < aux.i or c.i > t.i):
                    rehang(c, t, c.dep_)
            rehang(up, t, "obl:mod")
        elif up is aux:   # "avoir" heads the sentence: the participle does
            rehang(t, t, "ROOT")
            for c in list(aux.children):
                if c is not t and not t.i < c.i:
                    rehang(c, t, c.dep_)
        elif up.i < aux.i and up.pos_ in ("PROPN", "NOUN", "PRON") and aux.dep_ not in ("aux", "aux:tense"):
            # "Kerbras a pour sa part mandaté …" parsed with the name heading the sentence
            rehang(t, t if up.head is up else up.head, "ROOT" if up.head is up else up.dep_)
            rehang(up, t, "nsubj")
        else:
            rehang(t, up, aux.dep_)
            for c in list(aux.children):
                if c is not t and c.dep_.startswith("nsubj"):
                    rehang(c, t, c.dep_)
        rehang(aux, t, "aux:tense")
        # the object: the first noun or name after the participle, when hung before it
        k = t.i + 1
        while k < t.sent.end and tv[k].pos_ in ("DET", "ADJ"):
            k += 1
        if k < t.sent.end and tv[k].pos_ in ("NOUN", "PROPN") and tv[k].head.i < t.i:
            rehang(tv[k], t, "obj")


def _verbs_tagged_nouns(tv, index, table) -> None:
    """"X, qui contrôle déjà Y et Z, …", "X, qui finance Y", "L'Autorité sanctionne Y et Z": a present-tense
    verb the tagger took for a noun ("contrôle", "finance", "sanctionne"), with its subject before it ("qui",
    or a noun it heads the sentence with), and whose object name the parser hung elsewhere or as a bare
    complement: mended in the view to the verb, the name right after it (past adverbs and a date: "qui
    contrôle depuis 2011 Y") its object. Only for the verbs of the rules, and only when nothing (no
    article, no preposition) makes the word a noun. After "qui", the parser may also hang "qui" elsewhere
    and the noun as the main clause's subject ("X, qui contrôle Y, a annoncé…", "le comparateur qui
    concurrence Y"): "qui" is then made its subject and the clause the relative of the word before "qui"."""
    for t in _ending_in(tv, _E_ENDINGS):
        if t.pos_ != "NOUN" or t.i == 0 or t.lemma_.lower() != t.lower_ or not t.lower_.endswith("e"):
            continue
        before = tv[t.i - 1]
        after_qui = before.lower_ == "qui" and before.pos_ == "PRON" and t.i >= 2
        if not (after_qui or t.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)):
            continue
        verb = t.lower_ + "r"
        if (verb, "VERB") not in table or any(c.dep_ in ("det", "case") and c is not before for c in t.children):
            continue
        k = _after_adverbials(tv, t.i + 1, t.sent.end)
        if k >= t.sent.end or index.kinds.get(k) != "name" or index.entity_at(k) is None:
            continue
        # (a preposition of its own makes the name no object; not the date's skipped above: "en 2020 Y")
        if tv[k].head is t and (tv[k].dep_ == "obj" or any(c.dep_ == "case" and not t.i < c.i < k
                                                            for c in tv[k].children)):
            continue
        t.pos_, t.lemma_ = "VERB", verb
        rehang(tv[k], t, "obj")
        if after_qui:
            _hang_relative(tv, before, t)


def _after_adverbials(tv, k: int, end: int) -> int:
    """The first word from k on past adverbs and dates ("déjà", "depuis 2011", "en 2019")."""
    while k < end:
        if tv[k].pos_ == "ADV":
            k += 1
        elif tv[k].lower_ in ("depuis", "en", "dès") and k + 1 < end and tv[k + 1].pos_ == "NUM":
            k += 2
        else:
            break
    return k


def _hang_relative(tv, qui, verb) -> None:
    """"qui" the subject of the relative's verb, and the verb the relative clause of the noun or name
    right before "qui" (past a comma; a name's first word), when the parser made them something else."""
    if qui.head is not verb or qui.dep_ != "nsubj":
        rehang(qui, verb, "nsubj")
    if verb.dep_ == "acl:relcl" or qui.i < 1:
        return
    ante = tv[qui.i - 1] if tv[qui.i - 1].text != "," or qui.i < 2 else tv[qui.i - 2]
    while ante.dep_ == "flat:name" and ante.head is not ante and ante.head.i < ante.i:
        ante = ante.head
    if ante.pos_ in ("NOUN", "PROPN") and ante is not verb and not _below(ante, verb):
        rehang(verb, ante, "acl:relcl")


# Words of a time phrase that may stand between a participle and its agent ("racheté depuis par X",
# "rachetée un an plus tôt par X", "cédée en 2019 par X")
_TIME_WORDS = frozenset({"depuis", "en", "an", "ans", "mois", "semaine", "semaines", "jour", "jours", "année",
                         "années", "plus", "tôt", "tard", "auparavant", "avant", "après", "début", "fin", "mi"})


def _agents_after_time(tv, index) -> None:
    """"Y, l'opérateur racheté depuis par X", "Y, rachetée un an plus tôt par X et Z": a past participle's
    "par X" after a time phrase, which the parser hangs on the phrase's adverb as a plain complement: mended
    in the view to the participle's agent (the time word's preposition its adverb)."""
    # (only the words two to six places before a "par", in token order: any other word meets no "par" below)
    near = sorted({j for p in tokens_at(tv, ("par",)) for j in range(max(p.i - 6, 0), p.i - 1)})
    for j in near:
        t = tv[j]
        if t.pos_ != "VERB" or "Part" not in t.morph.get("VerbForm") or "Pres" in t.morph.get("Tense"):
            continue
        k = t.i + 1
        # (s24-recall24: a month too, "une plainte contre Y déposée en novembre 2016 par X")
        while k < t.sent.end and k < t.i + 6 and (tv[k].pos_ in ("ADV", "NUM", "DET") or tv[k].lower_ in _TIME_WORDS
                                                  or tv[k].lower_ in _MONTH_WORDS):
            k += 1
        if k == t.i + 1 or k + 1 >= t.sent.end or tv[k].lower_ != "par":
            continue
        name = tv[k].head
        if name.i <= k or name.i > k + 2 or (name.dep_ == "obl:agent" and name.head is t) or _below(t, name) \
                or not entities_at(name, index):
            continue
        for c in list(name.children):
            if c.dep_ == "case" and c.i < k:
                rehang(c, t, "advmod")   # ("depuis par X": "depuis" is the participle's)
        rehang(name, t, "obl:agent")


_MONTH_WORDS = frozenset({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                          "octobre", "novembre", "décembre"})


def _objects_after_date(tv, index) -> None:
    """(s23-recall23) "X a racheté le 22 octobre Y", "X a sanctionné le 22 octobre Y et Z", "X a assigné en mars 2021
    Y": a bare name right after a date put between a verb and its object, which the parser hangs on the month
    (or its year) as a plain complement: mended in the view to the verb's object, when the verb has none."""
    for m in tokens_at(tv, _MONTH_WORDS):   # (only the months: mentions/wordpos.py)
        if m.lower_ not in _MONTH_WORDS:
            continue
        k = m.i + 1
        if k < m.sent.end and tv[k].pos_ == "NUM":
            k += 1   # (a year)
        if k >= m.sent.end or index.kinds.get(k) != "name" or index.entity_at(k) is None:
            continue
        end = k
        while end + 1 < m.sent.end and index.entity_at(end + 1) == index.entity_at(k):
            end += 1
        span = range(k, end + 1)   # (the name's own top word: "Quellec Transports" may hang on its last word)
        name = next((tv[i] for i in span if tv[i].head.i not in span or tv[i].head is tv[i]), tv[k])
        if any(c.dep_ == "case" for c in name.children):
            continue
        if name.head.pos_ == "VERB" and name.dep_ in ("obl:arg", "obl:mod") and 0 < m.i - name.head.i <= 5 \
                and not any(c.dep_ == "obj" for c in name.head.children):
            rehang(name, name.head, "obj")   # ("X a assigné en mars 2021 Y": the name taken for an oblique)
            continue
        if name.head.i not in range(m.i - 3, k) or name.dep_ not in ("nmod", "appos", "flat:name", "dep", "obj"):
            continue
        top = m   # the date phrase's top word ("le 22 octobre": "22" or "octobre"), hung on the verb
        while top.head is not top and top.head.i >= m.i - 3 and top.head.i < k and top.head.pos_ != "VERB":
            top = top.head
        verb = top.head
        if verb.pos_ != "VERB" or verb.i > m.i or m.i - verb.i > 5 or top.dep_ not in ("obl:mod", "obl", "nmod", "obj") \
                or any(c.dep_ == "obj" and c is not top for c in verb.children):
            continue
        if top.dep_ == "obj":
            top.dep_ = "obl:mod"   # ("a racheté le 22 octobre Y": the date was taken for the object)
        rehang(name, verb, "obj")


_DATE_DETS = frozenset({"le", "la", "l'", "les", "un", "une", "des"})


def _nouns_after_date(tv) -> None:
    """(s24-recall24) "X a infligé lundi 4 mars une amende de N à Y", "X a annoncé jeudi 12 mai le rachat de Y",
    "A et B ont présenté lundi 4 mars 2024 la liste commune": a determined noun right after a dated day (day
    number, month, year) put between a verb and its object, which the parser hangs on the date (or makes an
    oblique of the verb, the day number its object): mended in the view to the verb's object. Only when no
    preposition opens the noun and the verb has no other object."""
    for m in tokens_at(tv, _MONTH_WORDS):   # (only the months)
        if m.lower_ not in _MONTH_WORDS or m.i < 2 or tv[m.i - 1].pos_ != "NUM":
            continue
        k = m.i + 1
        if k < m.sent.end and tv[k].pos_ == "NUM":
            k += 1   # (a year)
        if k + 1 >= m.sent.end or tv[k].lower_ not in _DATE_DETS:
            continue
        noun = tv[k].head
        if noun.pos_ != "NOUN" or noun.i <= k or noun.i > k + 3 or any(c.dep_ == "case" for c in noun.children):
            continue
        start = m.i - 1   # the date phrase: "lundi 4 mars", "le 4 mars"
        if start > 0 and (tv[start - 1].lower_ in ("le", "du") or tv[start - 1].pos_ == "NOUN"):
            start -= 1
        verb = tv[start - 1] if start > 0 else None
        if verb is None or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm"):
            continue   # (the date stands right after the participle: "X a signé le 4 mars un accord")
        date = range(start, k)
        if not (noun.head.i in date or (noun.head is verb and noun.dep_ in ("obl:mod", "obl", "obj"))):
            continue
        others = [c for c in verb.children if c.dep_ == "obj" and c.i not in date and c is not noun]
        if others or _below(verb, noun):
            continue
        for c in verb.children:
            if c.dep_ == "obj" and c.i in date:
                c.dep_ = "obl:mod"   # (the day number was taken for the object)
        rehang(noun, verb, "obj")


# (s24-recall24) nouns of a company described by its owner: "…, la filiale (électrique) de Y", "…, le groupe de X"
_OWNED_NOUNS = frozenset({"filiale", "groupe", "holding", "chaîne", "société", "maison", "banque", "branche", "pôle",
                          "entreprise", "firme"})


_CLAUSE_OPENERS = frozenset({"qui", "dont", "lui-même", "elle-même", "eux-mêmes", "elles-mêmes", "lui", "elle"})


def _appositions_after_pp_names(tv, index) -> None:
    """(s24-recall24) "vendu à LVMH, le groupe de X, pour …", "investir dans Y, la filiale électrique de Z",
    "Éditorialiste sur Y, la chaîne d'information de Z": a description apposed to a name that a preposition opens,
    which the parser hangs on the verb, on the sum or on the phrase before (obl:mod, conj, nmod): mended in the
    view to an apposition of the name. Only a determined noun of a company with its own "de" complement, right
    after the name's comma ("dans A, la société B et C" lists names: no "de" after "société")."""
    for n in tokens_at(tv, _OWNED_NOUNS):   # (only those nouns)
        if n.pos_ != "NOUN" or n.lower_ not in _OWNED_NOUNS or n.dep_ not in ("obl:mod", "obl", "conj", "nmod") \
                or n.i < 4 or tv[n.i - 1].pos_ != "DET" or tv[n.i - 2].text != ",":
            continue
        if not any(c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'", "d’") and c.i > n.i
                   for c in n.children):
            continue
        if n.i + 1 < n.sent.end and index.kinds.get(n.i + 1) == "name":
            continue   # ("la société Drummon": a name of its own, a list item)
        j = n.i + 1
        while j < n.sent.end - 1 and tv[j].text != ",":
            j += 1
        if any(c.dep_ in ("acl", "acl:relcl") for c in n.children) or (tv[j].text == "," and (
                tv[j + 1].pos_ in ("VERB", "AUX") or tv[j + 1].lower_ in _CLAUSE_OPENERS)):
            continue   # ("…, la chaîne de Z, lui-même contrôlé par W": the clause may be Z's; left as parsed)
        k = n.i - 3   # the name's last word, before the comma
        name = index.entity_at(k) if index.kinds.get(k) == "name" else None
        if name is None:
            continue
        start = k
        while start - 1 >= n.sent.start and index.entity_at(start - 1) == name:
            start -= 1
        span = range(start, k + 1)
        top = next((tv[i] for i in span if tv[i].head.i not in span or tv[i].head is tv[i]), tv[start])
        if not any(c.dep_ == "case" for c in top.children) or n.head is top or _below(top, n):
            continue   # (only a name a preposition opens: a subject's apposition is parsed as such)
        rehang(n, top, "appos")


def _emphatic_before_noun(tv) -> None:
    """(s24-deals24) "Y, lui-même filiale de X, a …", "Y, elle-même actionnaire de Z": the parser may take the
    emphatic pronoun for a word of its own and hang the noun after it on Y as a plain complement; the noun
    (no preposition before it) describes Y: mended in the view to Y's apposition, the pronoun an adverb."""
    for p in tv:
        k = p.i
        if p.lower_ not in _EMPHATIC or k < 2 or k + 1 >= len(tv) or tv[k - 1].text != ",":
            continue
        noun, name = tv[k + 1], tv[k - 2]
        if noun.pos_ != "NOUN" or noun.dep_ not in ("nmod", "dep") or any(c.dep_ == "case" for c in noun.children):
            continue
        while name.dep_ == "flat:name" and name.head.i < name.i:
            name = name.head
        if name.dep_ == "nmod" and name.head.i == name.i - 1 and name.head.pos_ == "NOUN":
            name = name.head   # ("le groupe Y, lui-même filiale de X": the kind noun the name is glued to)
        if noun.head.i > k or _below(name, noun):
            continue   # (hung on the pronoun, on the name or on a word before them: "sur C8, chaîne du groupe Y, lui-même …")
        rehang(noun, name, "appos")
        if p.head.i != noun.i:
            rehang(p, noun, "advmod")


def _subject_after_source(tv) -> None:
    """(s24-deals24) "Selon le journal, le géant chinois X réclamerait Y": the parser hangs the subject, after
    the comma that closes the fronted source, on the source's noun (as its apposition); the verb, with no
    subject of its own, gets it back in the view."""
    for src in tokens_at(tv, ("selon",)):   # (only "selon")
        if src.lower_ != "selon" or src.dep_ != "case":
            continue
        noun = src.head
        verb = noun.head
        if noun.dep_ != "obl:mod" or verb.pos_ != "VERB" or verb.i < noun.i \
                or any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in verb.children):
            continue
        for c in noun.children:
            if c.dep_ == "appos" and c.i < verb.i and c.pos_ == "NOUN" and tv[c.left_edge.i - 1].text == "," \
                    and any(d.dep_ == "det" for d in c.children):
                rehang(c, verb, "nsubj:pass" if any(d.dep_ == "aux:pass" for d in verb.children) else "nsubj")
                # (the name the parser hung on the source between the apposition and the verb is the subject's)
                for d in [d for d in noun.children if d.dep_ == "nmod" and c.i < d.i < verb.i and d.pos_ == "PROPN"
                          and not any(k.dep_ == "case" for k in d.children)]:
                    rehang(d, c, "nmod")
                break


def _phare_adjective(tv) -> None:
    """"sa marque phare, Y", "son émission phare": the invariable adjective "phare" after a noun, which the
    tagger takes for a name or a noun heading the phrase: mended to the noun's adjective (the noun takes
    its place in the parse)."""
    for t in tv:
        if t.lower_ != "phare" or t.pos_ == "ADJ" or t.i == 0:
            continue
        noun = tv[t.i - 1]
        if noun.pos_ != "NOUN" or noun.head is not t:
            continue
        if t.head is t:
            rehang(noun, noun, "ROOT")
        else:
            rehang(noun, t.head, t.dep_)
        for c in list(t.children):
            rehang(c, noun, c.dep_)
        t.pos_ = "ADJ"
        rehang(t, noun, "amod")


def _age_appositions(tv, index, table) -> None:
    """(s18-gapA) "X, 52 ans, dirige Y", "X, 45 ans, accuse Y de …": the age set off after a name makes the
    parser take the name for the root and hang the verb on it (tagged a proper noun, its object taken for a
    subject or a complement): mended in the view to the verb with the name for subject and the name right
    after it for object. Only for the verbs of the rules, written in lower case."""
    for t in tv:
        i = t.i
        if t.lower_ != "ans" or i < 4 or i + 2 >= len(tv) or not tv[i - 1].like_num or tv[i - 2].text != "," \
                or tv[i + 1].text != "," or index.kinds.get(i - 3) != "name":
            continue
        verb, who = tv[i + 2], tv[i - 3]
        while who.dep_ == "flat:name" and who.head is not who:
            who = who.head
        if verb.sent.start != t.sent.start or not verb.text.islower() or verb.pos_ not in ("VERB", "PROPN") \
                or (lemma_of(verb), "VERB") not in table or any(c.dep_ == "nsubj" and c is not tv[i + 3] for c in verb.children) \
                or who.head is not who and who.head is not verb:
            continue
        rehang(verb, verb, "ROOT")
        verb.pos_ = "VERB"
        rehang(who, verb, "nsubj")
        obj = tv[i + 3]
        if index.kinds.get(obj.i) == "name" and not any(c.dep_ == "case" for c in obj.children) \
                and obj.dep_ in ("nsubj", "nmod", "flat:name", "appos", "obj"):
            rehang(obj, verb, "obj")


def _interim_titles(tv) -> None:
    """"X, président par intérim de Y": the parser hangs "de Y" on "intérim"; it is the title's
    complement (an acting head leads all the same)."""
    for t in tv:
        if t.lower_ != "intérim" or t.head is t or t.head.pos_ != "NOUN" \
                or not any(c.dep_ == "case" and c.lower_ == "par" for c in t.children):
            continue
        for c in list(t.children):
            if c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in _DE_WORDS for k in c.children):
                rehang(c, t.head, "nmod")


# Verbs whose compound tenses take "être" in the active voice ("Y est passée dans le giron de X", "X est entré
# au capital de Y"): the parser reads them as passives
_ETRE_VERBS = frozenset({"passer", "entrer", "rentrer", "tomber", "retomber", "revenir", "arriver", "partir",
                         "venir", "retourner", "devenir", "redevenir", "rester", "demeurer", "sortir", "repasser"})


def _etre_verb(verb) -> bool:
    """An active compound tense with "être" of a verb of _ETRE_VERBS (no agent: "passé par X" may be a passive)."""
    return lemma_of(verb) in _ETRE_VERBS and not any(c.dep_ == "obl:agent" for c in verb.children)


def _active_compound(verb) -> bool:
    """A compound tense with "avoir" and no passive "être" ("a (lui-même) déposé", not "a été nommé")."""
    kids = verb.children
    return any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in kids) and \
        not any(c.dep_ == "aux:pass" and c.lemma_ == "être" for c in kids)


def extract_relations(doc, clean: CleanArticle | None, index) -> list[Relation]:
    from .slots.court29 import prosecuted_in   # (s29-court29) "Y, poursuivi comme personne morale": one party named
    from .slots.people31 import mend_person_nouns   # (s31-people31)
    from .slots.court30 import court_sentence_in   # (s30-court30) "Y a été condamné à N de prison": one party named
    from .slots.politics32 import party_adjective_in   # (s32-names32) "la députée insoumise X": the party named elsewhere
    from .slots.stance33 import stressed_stance_in   # (s33-stance33) "X est réputé proche de lui": one party named
    from .attributes_hook import SentenceAttributes, annotate

    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    table = load_rules()
    if tv is not doc:
        _noun_after_de(tv)
        _participles_after_avoir(tv)
        _verbs_tagged_nouns(tv, index, table)
        mend_person_nouns(tv)   # (s31-people31) "présidente et fondatrice de Y" with a verb for a noun
        words = lower_words_of(doc)   # (the repairs of one word walk the document only where it is)
        if "intérim" in words:
            _interim_titles(tv)
        _agents_after_time(tv, index)
        if "entre" in words or "entrent" in words:
            mend_entering_verb(tv, index)   # (s28-party28) "X entre au capital de Y" read as "entre" the preposition
        if "phare" in words:
            _phare_adjective(tv)
        if "ans" in words:
            _age_appositions(tv, index, table)
        if not _ASIDE_PRONOUNS.isdisjoint(words):
            _emphatic_asides(tv, index)
        if not _MONTH_WORDS.isdisjoint(words):
            _objects_after_date(tv, index)
            _nouns_after_date(tv)
        if not _OWNED_NOUNS.isdisjoint(words):
            _appositions_after_pp_names(tv, index)
        if "selon" in words:
            _subject_after_source(tv)   # (s24-deals24)
        if not _EMPHATIC.isdisjoint(words):
            _emphatic_before_noun(tv)   # (s24-deals24)
    model = load_model()
    relations: list[Relation] = []
    seen: dict[tuple, Relation] = {}
    implied: dict[str, list[str]] = {}   # weakly typed entity → types the rules that used it imply
    ref_date = clean.date if clean is not None else None
    extra: list[Relation] = []   # ties implied by another: who refuses a purchase opposes the buyer
    fired: set[int] = set()
    counters: list = []   # counter-offers of no target named ("X a déposé une contre-offre")
    deferred: list = []   # round ties whose company is the one the article's rounds are of (FUNDED)
    by_topic: list = []   # ties whose organisation is the article's main one, not named in the sentence
    slot_cache: dict[tuple[int, int], dict] = {}   # trigger tokens that gave a tie ("offre de rachat": no second tie for "rachat")
    table_spans = [(b.start, b.end) for b in (clean.blocks if clean is not None else [])
                   if b.kind in ("table_row", "table_header")]
    first_words = _first_words()
    may_trigger = _MAY_TRIGGER.setdefault(first_words, {})
    if len(may_trigger) > 200_000:
        may_trigger.clear()   # (a bound on a long run's vocabulary)
    by_token = index.by_token
    focus_at = -10   # sentence number where index.focus was last named (it fades after a few sentences)
    index.focus = None
    n_sent = 0
    memo_entities(index)   # (until the sentences are read: only index.focus changes meanwhile)
    for sent in doc.sents:
        found = None
        if not sent.text.isspace():
            n_sent += 1   # (blank lines between paragraphs are no sentences)
        if n_sent - focus_at > _FOCUS_REACH:
            index.focus = None
        if table_spans and any(s <= sent.start_char < e for s, e in table_spans):
            continue   # table rows are read cell by cell below
        n_before = len(relations)
        # a tie needs two parties: skip sentences naming fewer than two (one, if the article
        # has a main organisation a title can point at)
        fronted_pair(sent, index)   # "Entre les deux, la rivalité …": the last two persons named (slots/bonds.py)
        parties = set(map(by_token.get, range(sent.start, sent.end)))   # (in C; names are strings, None is none)
        parties.discard(None)
        if index.plural and len(parties) < 2:   # "les deux hommes" stands for two actors
            parties |= {n for i in range(sent.start, sent.end) for n in index.plural.get(i, ())}
        if len(parties) == 1:   # "la Première ministre suédoise X": the adjective names a party
            parties |= {c for c in (country_named(t.lower_, index) for t in sent if t.pos_ == "ADJ") if c}
        # one party is enough if the article has a main organisation or the sentence a possessive
        # ("Son PDG, X, …": it points at a party named before)
        if len(parties) < 2 and not (parties and (index.topic or index.focus or any(t.lower_ in _POSSESSIVES for t in sent)
                                                  or names_a_deal_before(sent) or _kin_of_role(sent)
                                                  or turns_down_an_offer(sent) or complaint_of_probe(sent)
                                                  or backs_an_action(sent) or clitic_blame_in(sent)
                                                  or offer_for_sale(sent, index)
                                                  or en_before_holding(sent) or fine_without_author(sent)
                                                  or prosecuted_in(sent, index) or court_sentence_in(sent)
                                                  or party_adjective_in(sent, index)
                                                  or stressed_stance_in(sent)
                                                  or prefix_branch_in(sent, parties, index))) \
                and not interview_we_met_in(sent, index) \
                and not (len(parties) == 1 and post_handed_in(sent, index)):   # (s30-interview30) "Vous avez confié …"
            if _update_focus(sent, index, ()):
                focus_at = n_sent
            continue
        for tok in sent:
            # (the test reads only the word, its lemma and its tag: answered once per such triple)
            word = (tok.lower_, tok.lemma_, tok.pos_)
            maybe = may_trigger.get(word)
            if maybe is None:
                maybe = may_trigger[word] = _may_trigger(tok, first_words)
            if not maybe:
                continue
            if index.kinds.get(tok.i) == "name":   # "Atlas Capital" is a name, not a stake
                continue
            rules = _trigger_rules(tok, table)
            if not rules:
                continue
            for r in rules:   # (a loop, not all() over a generator: one generator less per trigger)
                if not r.needs_de:
                    break
            else:
                if not _de_follows(tok) and not _possessed(tok, rules):
                    continue   # "le groupe Technova a …": no "de X" for "la holding de X" to read
            _NEED[0] = _need_of(rules)   # (every rule of the token: its slots are read once for all of them)
            for rule in rules:
                if rule.type == "FUNDS" and tok.lower_ == "commandes" and tok.i > 0 and tv[tok.i - 1].lower_ == "aux":
                    continue   # "X, aux commandes de Y": at its helm, no order placed
                key = (tok.i, len(rule.words))   # several rules share a trigger: its slots once
                sl = slot_cache.get(key)
                if sl is None:
                    sl = index.spread(_all_slots_of(tok, len(rule.words), index))
                    if _fills_any(sl, _NEED[0]):   # (else no list mate would reach a slot a rule reads)
                        sl = complete_lists(tok, index, sl)
                    slot_cache[key] = sl
                pairs: list[tuple[tuple[str, int], tuple[str, int]]] = []
                for slot in rule.pairs if rule.pairs and not _owned_rivals(tok) else ():   # (most rules have no pairs)
                    parties = sl.get(slot, [])
                    if len(parties) >= 2:
                        pairs += list(combinations(parties, 2))
                linear = False
                if not pairs:
                    (sslot, subs), (oslot, objs) = _collect(sl, rule.subject), _collect(sl, rule.object)
                    if sslot == "head" and rule.id == "partners.noun" and not tok.lower_.startswith("partenaire"):
                        # (s25-deals25) "Z, l'alliance formée avec Y", "Z, la fusion avec Y": the name the pact's
                        # noun is apposed to is the pact itself, no party ("X, partenaire de Y" is one)
                        sslot, subs = _collect(sl, tuple(x for x in rule.subject if x != "head"))
                    if sslot is not None and sslot == oslot:
                        subs = objs = []   # "l'offre d'A et B": one list is not two sides of a tie
                    # ("…, deux filiales de B, et de C": a comma inside the objects breaks the parallel)
                    def _tight(items):
                        at = sorted(i for _, i in items)
                        return at[0] >= 0 and not any(t.text == "," for t in tv[at[0]:at[-1]])
                    if len(subs) == len(objs) >= 2 and "Plur" in tok.morph.get("Number") \
                            and _tight(subs) and _tight(objs):
                        pairs = list(zip(subs, objs))   # "A et B, les patrons de X et de Y": respectively
                    else:
                        pairs = [(s, o) for s in subs for o in objs]
                if not pairs and rule.type == "BIDS_FOR" and _counter_offer(tok):
                    if subs and not objs:
                        counters += [(tok, rule, sb, sbi, sent) for sb, sbi in subs]   # its target: _counter_targets
                    elif objs and not subs and oslot == "target" and "prep:de" not in sl:
                        # "X étudierait une contre-offre": the subject of a verb of weighing an offer
                        # ("target") is the counter-bidder unless it is the company bid for (_counter_targets)
                        counters += [(tok, rule, ob, obi, sent) for ob, obi in objs]
                if not pairs and LINEAR_FALLBACK and rule.linear and tok.head.i not in fired \
                        and "_no_linear" not in sl:
                    pairs = linear_pairs(tok, rule, sent, index, subs, objs)
                    linear = bool(pairs)
                for (s, si), (o, oi) in pairs:
                    if s == o:
                        continue
                    if o == FUNDED:
                        if s in index.entities:
                            deferred.append((tok, rule, s, si, sent))
                        continue
                    # a country or region ("vise l'Asie") is a place or a state, whatever the NER said
                    s_place, o_place = _is_country(s), _is_country(o)
                    stype, otype = index.type_of(s), index.type_of(o)
                    stype = "GOV" if stype == "LOC" or s_place else stype
                    otype = "GOV" if otype == "LOC" or o_place else otype
                    conf = rule.confidence
                    s_implied = o_implied = None
                    if stype not in rule.subj_types:
                        if s not in index.weak or s_place or \
                                "PER" in (stype, *rule.subj_types) and len(rule.subj_types) == 1:
                            continue
                        conf -= 0.1
                        s_implied = sorted(rule.subj_types)[0]
                    if otype not in rule.obj_types:
                        if o not in index.weak or o_place or rule.strict_types:
                            continue
                        conf -= 0.1
                        o_implied = "ORG" if "ORG" in rule.obj_types else sorted(rule.obj_types)[0]
                    # (recorded once both sides pass: a pair dropped for its object must not retype its
                    # subject — "son grand rival, Y" made a weak company a state through opposes.rival_of)
                    if s_implied:
                        implied.setdefault(s, []).append(s_implied)
                    if o_implied:
                        implied.setdefault(o, []).append(o_implied)
                    if rule.id in _AGREEMENT_RULES and (stype == "PER") != (otype == "PER"):
                        continue   # "Mme X a scellé un accord avec le parti Y": her party's agreement, not hers
                    if stype == "ORG" and rule.type in _POST_TYPES and _fronted_person_title(tok, sent):
                        continue   # "Administratrice de Y, présidente de Z, elle …": a person's post, no firm's
                    if rule.type == "BOARD_MEMBER" and _chaired(tok):
                        continue   # "X préside le conseil de surveillance de Y": the chair LEADS (ONTOLOGY)
                    if otype == "GOV" and rule.id in _LEFT_RULES and _bare_place(o) \
                            and (o not in index.weak or _after_article(sent.doc, oi, o, index)):
                        continue   # "sans jamais quitter la Gironde", "venu de Bretagne": a place, no employer
                    if si == -1 or oi == -1:
                        pass
                    elif index.kinds.get(si) in ("pronoun", "descriptor"):
                        conf -= 0.15
                    if index.kinds.get(oi) in ("pronoun", "descriptor"):
                        if rule.id == "founded.with" and o != index.topic:
                            continue   # ("qui a cofondé l'entreprise avec Z": only the article's company, surely)
                        conf -= 0.15
                    if linear:
                        conf -= LINEAR_PENALTY
                    if oi == -1 or si == -1:
                        conf -= 0.25   # a party taken from the article's topic, not the sentence
                    if rule.id == "opposes.verb" and _faces_competitors(tok):
                        continue   # "X se heurte à des concurrents, à commencer par Y": a market rival (s19-gapB2)
                    rtype, rstatus = rule.type, rule.status
                    if rtype == "OPPOSES" and rule.id == "opposes.reciprocal" and stype == otype == "ORG" \
                            and _on_a_market(tok):
                        rtype = "COMPETES_WITH"   # "A et B s'affrontent sur le marché des batteries"
                    elif rtype == "OPPOSES" and rule.id in ("opposes.noun", "opposes.reciprocal_noun") \
                            and stype == otype == "ORG" and _market_fight(tok):
                        rtype = "COMPETES_WITH"   # "la guerre des prix entre A et B", "la bataille commerciale"
                    if rtype == "PARTNERS_WITH" and "PER" in (stype, otype) and tok.lemma_.lower() in _PACT_WORDS \
                            and _political_pact(s, o, stype, otype, index, sent.doc):
                        rtype = "ALLY_OF"   # (s32-stance32) "Je ne ferai pas alliance avec Y": persons ally, not partner
                    refuser = _refused_by(tok) if rtype == "ACQUIRES" else None
                    if rtype == "ACQUIRES" and _intended(tok):
                        rtype, rstatus = "BIDS_FOR", "proposed"   # "son intention de racheter Y"
                    elif rtype == "OWNS" and rule.id == "owns.stake" and _stake_wanted(tok):
                        rtype, rstatus = "BIDS_FOR", "proposed"   # (s24-deals24) "X réclame une participation dans Y"
                    elif rtype == "ACQUIRES" and _minority_stake(tok):
                        rtype = "OWNS"   # "X rachète 18 % de Y": a minority stake is a holding (ONTOLOGY)
                    elif rtype == "ALLY_OF" and rule.id == "ally.verb" and _counsel_defends(tok, s, index, tv):
                        rtype = "WORKS_FOR"   # "Me X, qui défend Y": a lawyer works for his client (ONTOLOGY)
                    elif rtype == "OWNS" and rule.id in _ENTRY_RULES and _joins_now(tok):
                        rtype = "INVESTS_IN"   # "A et B entrent au capital" (a round told now): investors
                    elif refuser is not None:
                        rtype, rstatus = "BIDS_FOR", "rejected"   # "X a dit non au rachat de Y par Z"
                        for who, wi in _subject_of(refuser, index):
                            # "le ministre de l'Économie a dit non": the person, not the ministry
                            if who not in (s, o):
                                extra.append(Relation(
                                    type="OPPOSES", subject=who.strip(), object=s.strip(), evidence=sent.text,
                                    start=sent.start_char, end=sent.end_char, confidence=conf - 0.1,
                                    rule="opposes.refused_purchase"))
                    rel = Relation(type=rtype, subject=s.strip(), object=o.strip(), evidence=sent.text,
                                   start=sent.start_char, end=sent.end_char, role=rule.role,
                                   status=rstatus, confidence=conf,
                                   rule=rule.id + (".linear" if linear else ""))
                    if found is None:
                        found = SentenceAttributes(sent, ref_date)
                    annotate(rel, found, tok, si, oi)
                    if rel.type == "ACQUIRES" and rel.status == "rejected":
                        # biz4: "X a renoncé à racheter Y", "le rachat de Y par X a échoué": a purchase
                        # not made is an offer, rejected (ONTOLOGY: BIDS_FOR)
                        rel.type = "BIDS_FOR"
                    key = rel.key()
                    if model.is_symmetric(rel.type):
                        key = (rel.type, *sorted((rel.subject, rel.object)))
                    key = (*key, rel.negated, rel.status)   # a bid proposed, then rejected: both kept
                    if key in seen:
                        if rel.confidence > seen[key].confidence:
                            relations[relations.index(seen[key])] = rel
                            seen[key] = rel
                        continue
                    seen[key] = rel
                    relations.append(rel)
                    if oi == -1 and si != -1:
                        by_topic.append(rel)
                    fired.add(tok.i)
        if _update_focus(sent, index, relations[n_before:]):
            focus_at = n_sent
    index.focus = None
    memo_entities(None)
    _NEED[0] = None
    _FIRST_WORD[:] = [None, None, None]
    relations = _named_over_topic(relations, by_topic)
    for rel in extra:
        if (rel.type, rel.subject, rel.object) not in {(r.type, r.subject, r.object) for r in relations}:
            relations.append(rel)
    relations += _funded_rounds(deferred, relations, index, ref_date, doc)
    relations += _counter_targets(counters, relations, index, ref_date)
    relations += _table_relations(doc, clean, index, table, ref_date, relations)
    relations += _fronted_participles(doc, index, relations)
    relations += parenthesised_holdings(doc, index, relations)
    relations += subsidiaries_by_name(doc, index, relations)
    relations += parenthesised_rounds(doc, index, relations)
    relations += hyphen_pairs(doc, index, relations)
    relations += equal_owners(doc, index, relations)
    relations += holders_in_topic_capital(doc, index, relations)
    relations += bidder_toeholds(doc, index, relations)   # "le groupe détient 9 % de sa cible" (implied.py)
    relations += bid_lenders(doc, index, relations)   # "l'offre est financée par un prêt accordé par X" (implied.py)
    relations += holdings_in_target(doc, index, relations)   # "la famille contrôle 31 % via la holding Z" (implied.py)
    relations += co_investors(doc, index, relations)
    relations += roles_at_employers(doc, index, relations)
    relations += implied_sanctioner(doc, index, relations)
    relations += sanctions_told(doc, index, relations)   # (sanctions.py: "visé par des sanctions européennes")
    relations = organ_sanctions_to_body(doc, index, relations)   # (s28-fights28: "la Commission des sanctions de X": X)
    relations += sentenced_by_told_court(doc, index, relations)   # (s28-fights28, sentenced28.py: "Z, également condamné")
    relations += appeals_against_sanctioner(doc, index, relations)   # (s26-fights26b, appeals.py: "Y envisage un recours")
    relations = legal31_ties(doc, index, relations)   # (s31-legal31: "Défendu par Me X, le prévenu …", civil parties)
    relations = heads32_ties(doc, index, relations)   # (s32-heads32: "la CGT de X", "ancien de Y", "pris le contrôle du parti")
    relations += bracketed_families(doc, index, relations)
    relations += kin_of_previous_subject(doc, index, relations)
    relations += former_employers(doc, index, relations)
    relations += predecessors_posts(doc, index, relations)   # (succession.py: "Elle succède à X")
    relations += successors_posts(doc, index, relations)   # (succession.py: "Il sera remplacé par Y")
    relations += possessive_predecessors(doc, index, relations)   # (s27-people27, predecessor27.py: "Son prédécesseur, Z")
    relations = gapped_ties(doc, index, relations)   # (gapping.py: "A est conseillé par B, C par D")
    relations += dont_owners(doc, index, relations)   # (s20-coref3, dont_owners.py: "X, dont le groupe Y …")
    relations = relative_holders(doc, index, relations)   # (relatives.py: "Y, qu'elle contrôle, …")
    relations = relative_posts(doc, index, relations)   # (relative_posts.py: "Y, que X dirige", "qu'elle a créée")
    relations = stake_clitics(doc, index, relations)   # (relatives.py: "le fonds X en possède 21 %")
    relations += frame_members(doc, index, relations)   # (parties.py: "Au sein de Y, le député X …")
    relations = own_holdings(doc, index, relations)   # (holdings.py: "X, actionnaire de Y via sa holding Z")
    relations += bodies_named_after_leaders(doc, index, relations)
    relations += posts_at_topic(doc, index, relations) + purchases_by_topic(doc, index, relations)
    relations += backers_of_topic_round(doc, index, relations) + roles_at_topic(doc, index, relations)
    relations = ministers_for_ministries(relations, index)
    relations = _memberships(relations, index, doc)
    relations = _no_family_employers(relations)
    relations += _joint_owners(relations)
    relations = named_consortia(doc, index, relations)   # (s25-deals25, deals25.py: "Y, un consortium formé par A et B")
    relations = cofounders_not_partners(relations)   # (s27-types27, types27.py: "A et B ont fondé l'alliance Y")
    relations = persons_breaking_with_bodies(relations, index)   # (s27-types27, types27.py: "X a rompu avec Y")
    relations = politicians_join_parties(relations, index, doc)   # (s30-gov30: "le député X a rejoint Y")
    relations = titled_ministers(government_members(relations, index, doc), index, doc)   # (s30-gov30, gov30.py: ministers of a named government)
    relations = electoral_pacts(relations, index)   # (s30-politics30, pacts30.py: "un accord électoral avec Y": allies)
    relations = conventions35(doc, index, relations)   # (s35-conv35, conv35.py: the session's settled conventions)
    relations = public_heads_pay(relations, index)   # (s30-money30, money30.py: "la présidente de la région X a versé")
    relations += learned_pairs(doc, index, relations, ref_date, table_spans)   # (learned.py: what the rules left)
    _mark_types(index, relations, implied)
    relations = precision34_checks(doc, index, relations)   # (s34-precision34: fronted places, party labels, titles' bodies)
    relations = precision35_checks(doc, index, relations)   # (s35-precision35: places, former names, gapped holders, targets)
    relations = precision36_checks(doc, index, relations)   # (s36-precision36: sentences, lenders, stakes, offers, units, consortia)
    relations = precision37_checks(doc, index, relations)   # (s37-precision37: sources, offers' targets, staff, models)
    relations = types38_checks(doc, index, relations)   # (s38-types38: accepted offers, departments' directors, heads elsewhere)
    from .regional38 import regional38_checks   # (s38-fp38: a regional or country head is staff, not the head)
    relations = regional38_checks(relations)
    from .contenders38 import contenders38_checks   # (s38-fp38: suppliers still competing for an order are not paid)
    relations = contenders38_checks(relations)
    from .parent_not_holder38 import parent_not_holder38_checks   # (s38-fp38: "…, filiale du fonds Z": Z holds X, not Y)
    relations = parent_not_holder38_checks(relations)
    from .superlative_scope38 import superlative_scope38_checks   # (s38-fp38: "le plus riche de Russie": no party)
    relations = superlative_scope38_checks(index, relations)
    from .clause39 import clause39_checks   # (s39-clause39: owned houses relied on, projects' financing shared)
    relations = clause39_checks(relations)
    relations = misses38_ties(doc, index, relations)   # (s38-misses38: left for a new post, accepted offers, equal owners)
    from .politics38 import politics38_ties   # (s38-party38: pacts between parties or politicians are ALLY_OF)
    relations = politics38_ties(doc, index, relations)
    # ((s37-tables37) "X, directrice du cabinet du ministre de Z": X serves the minister, heads no ministry)
    from .groupde37 import company_for_person   # (s37-groupde37) "le groupe de X": X's company, not X
    from .groupof38 import groups_of_people   # (s38-groupof38) "chez Y. Le groupe de X": Y, which X owns
    relations = [r for r in _drop_weaker(relations) if not leads_unnamed_state(r) and not cabinet_misread(r, index)]
    owned, before = groups_of_people(doc, index, relations)
    from .groupof38 import never_offered   # (s38-groupof38) "…, qui convoitait Y, n'a jamais formulé d'offre"
    return never_offered(company_for_person(relations + owned, index, before))


_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}


def _named_over_topic(relations: list[Relation], by_topic: list[Relation]) -> list[Relation]:
    """A control tie whose organisation was taken from the article's main one is dropped when
    - the same sentence ties the same person, by the same type, to an organisation it names ("A et B,
      président du conseil de surveillance et du directoire, sont restés à la tête du club": the club, not
      the buyer the article is about);
    - the person leads another organisation the text names ("la directrice générale de Y, X, …" then
      "« … », a indiqué la dirigeante": Y's, not the main company's; a board member may sit elsewhere).
    (Dropping it whenever the sentence names another organisation lost three true ties on the corpus.)"""
    if not by_topic:
        return relations
    drop = set()
    topic_ids = {id(r) for r in by_topic}
    # (a post held before is no rival: "X, ancien dirigeant de Z, prend la présidence du conseil")
    named = [o for o in relations if id(o) not in topic_ids and not o.negated and o.status != "former"]
    leaders = {(o.subject, o.object) for o in named if o.type == "LEADS"}
    for r in by_topic:
        if r.type not in ("LEADS", "BOARD_MEMBER", "WORKS_FOR"):
            continue
        if any(o.type == r.type and o.subject == r.subject and o.start == r.start and o.object != r.object
               for o in named) \
                or r.type == "LEADS" and any(s == r.subject and obj != r.object for s, obj in leaders):
            drop.add(id(r))
    return [r for r in relations if id(r) not in drop]


# Sentences after which the company whose capital was last spoken of is no longer the one meant.
_FOCUS_REACH = 4
_CAPITAL_TIES = ("OWNS", "ACQUIRES", "INVESTS_IN", "BIDS_FOR")


def _update_focus(sent, index, new_relations) -> bool:
    """The company a stake in no named company is in: the last one whose capital the text named ("dans le
    capital du groupe Y") or that a capital tie of the sentence was about. True when the sentence named one."""
    named = None
    for rel in new_relations:
        if rel.type in _CAPITAL_TIES and not rel.negated and index.entities.get(rel.object) is not None \
                and index.type_of(rel.object) == "ORG":
            named = rel.object
    lemmas = _capital_lemmas(sent.doc)
    for tok in sent if lemmas else ():
        if tok.lemma_ in lemmas:
            for c in tok.children:
                if c.dep_ == "nmod" and case_of(c) == "de":
                    got = [n for n, _ in entities_at(c, index) if index.type_of(n) == "ORG"]
                    if got:
                        named = got[0]
    if named is None and "%" in lower_words_of(sent.doc):
        # (s30-stakes30) "X envisage de céder les 10 % qu'il détient dans Y": a share told in a named company,
        # whether or not a tie was read of it
        named = stake_told(sent, index)
    if named:
        index.focus = named
    return named is not None


_CAPITAL_LEMMAS: list = [None, frozenset()]   # (the Doc, its lemmas that lower to "capital" or "actionnariat")


def _capital_lemmas(doc) -> frozenset:
    """The lemmas of the document that lower to "capital" or "actionnariat" (as written: _update_focus
    then compares each token's lemma with these few, and skips the sentences of a document that has none)."""
    if _CAPITAL_LEMMAS[0] is not doc:
        lemmas = set(map(attrgetter("lemma_"), tokens_of(doc)))
        _CAPITAL_LEMMAS[:] = [doc, frozenset(x for x in lemmas if x.lower() in ("capital", "actionnariat"))]
    return _CAPITAL_LEMMAS[1]


_MARKET_WORDS = frozenset({"marché", "marchés", "secteur", "segment", "créneau", "terrain"})


def _on_a_market(tok) -> bool:
    """A reciprocal fight set on a market ("s'affrontent sur le marché de Y"): companies competing."""
    return any(c.dep_.startswith("obl") and case_of(c) in ("sur", "dans") and c.lower_ in _MARKET_WORDS
               for c in tok.children)


def _market_fight(tok) -> bool:
    """A fight between companies set on a market ("la guerre des prix entre A et B", "la bataille commerciale",
    "la bataille pour le marché européen"): competition (word lists: data/bonds.yaml)."""
    w = bond_words()
    if tok.lemma_.lower() not in w["market_fight_nouns"]:
        return False
    words = w["market_fight_words"]
    if any(c.dep_ in ("nmod", "amod") and (c.lemma_.lower() in words or c.lower_ in words) for c in tok.children):
        return True
    # (s27-types27) "la rivalité entre A et B dans l'hémophilie, un marché où …": the market named a few words on,
    # often hung on the verb by the parser (a cheap look at the next words only)
    end = min(tok.i + 16, tok.sent.end)
    return any(tok.doc[k].lower_ in ("marché", "marchés") and tok.doc[k - 1].lower_ in ("un", "le", "ce", "du", "des")
               for k in range(tok.i + 2, end))


def _funded_rounds(deferred, relations: list[Relation], index, ref_date, doc) -> list[Relation]:
    """Rounds of no company named, in an article with no main organisation ("un tour de table … auprès de
    A and B", "des obligations souscrites par A"): the company they are of is the one, and only one, that
    the article's other funding ties are about."""
    from .attributes_hook import SentenceAttributes, annotate

    if not deferred:
        return []
    funded = {r.object for r in relations if r.type == "INVESTS_IN" and not r.negated}
    if not funded:
        # no other funding tie: the one company the article says raised money ("Y lève 45 M€.
        # Le tour de table a été mené par X")
        funded = {n for t in tokens_of(doc) if t.pos_ == "VERB" and lemma_of(t) in RAISE_VERBS
                  for n, _ in _subject_of(t, index) if index.type_of(n) == "ORG"}
    if len(funded) != 1:
        return []
    company = next(iter(funded))
    if index.entities.get(company) is None or index.type_of(company) != "ORG":
        return []
    have = {(r.type, r.subject, r.object) for r in relations}
    out = []
    for tok, rule, s, si, sent in deferred:
        if s == company or ("INVESTS_IN", s, company) in have or index.type_of(s) not in rule.subj_types:
            continue
        have.add(("INVESTS_IN", s, company))
        conf = rule.confidence - 0.3 - (0.15 if index.kinds.get(si) in ("pronoun", "descriptor") else 0)
        rel = Relation(type="INVESTS_IN", subject=s.strip(), object=company.strip(), evidence=sent.text,
                       start=sent.start_char, end=sent.end_char, role=rule.role, status=rule.status,
                       confidence=conf, rule=rule.id + ".funded")
        annotate(rel, SentenceAttributes(sent, ref_date), tok, si, -1)
        out.append(rel)
    return out


_COUNTER_WORDS = frozenset({"contre-offre", "contre-opa", "surenchère"})
_RIVAL_ADJS = frozenset({"concurrent", "concurrente", "rival", "rivale", "alternatif", "alternative"})


def _counter_offer(tok) -> bool:
    """"une contre-offre", "une surenchère", "une offre concurrente / rivale": a bid on a company already
    bid for."""
    return tok.lower_ in _COUNTER_WORDS or tok.lemma_.lower() in ("offre", "opa", "proposition") and any(
        c.dep_ == "amod" and c.lower_ in _RIVAL_ADJS for c in tok.children)


def _counter_targets(counters, relations: list[Relation], index, ref_date) -> list[Relation]:
    """"X a lancé une offre sur Y. Z a déposé une contre-offre": a counter-offer of no target named is on
    the one company the article's other bids are for (none when there are several)."""
    from .attributes_hook import SentenceAttributes, annotate

    if not counters:
        return []
    targets = {r.object for r in relations if r.type == "BIDS_FOR" and not r.negated}
    if len(targets) != 1:
        return []
    target = next(iter(targets))
    if index.entities.get(target) is None or index.type_of(target) != "ORG":
        return []
    have = {(r.type, r.subject, r.object) for r in relations}
    out = []
    for tok, rule, s, si, sent in counters:
        if s == target or ("BIDS_FOR", s, target) in have or index.type_of(s) not in ("ORG",):
            continue
        have.add(("BIDS_FOR", s, target))
        rel = Relation(type="BIDS_FOR", subject=s.strip(), object=target.strip(), evidence=sent.text,
                       start=sent.start_char, end=sent.end_char, role=rule.role, status=rule.status,
                       confidence=rule.confidence - 0.2, rule=rule.id + ".counter")
        annotate(rel, SentenceAttributes(sent, ref_date), tok, si, -1)
        out.append(rel)
    return out


def _joint_owners(relations: list[Relation]) -> list[Relation]:
    """"Safran produit le moteur avec son partenaire X au sein de leur société commune Y": a joint company
    found with one parent only has the parent's partner of the same sentence as its other parent."""
    out = []
    have = {(r.type, r.subject, r.object) for r in relations}
    for rel in relations:
        if rel.rule != "owns.joint" or rel.negated:
            continue
        owners = {r.subject for r in relations if r.rule == "owns.joint" and r.object == rel.object
                  and r.start == rel.start}
        if len(owners) != 1:
            continue
        for p in relations:
            if p.type != "PARTNERS_WITH" or p.start != rel.start or p.negated or rel.subject not in (p.subject, p.object):
                continue
            other = p.object if p.subject == rel.subject else p.subject
            if other != rel.object and ("OWNS", other, rel.object) not in have:
                have.add(("OWNS", other, rel.object))
                out.append(Relation(type="OWNS", subject=other, object=rel.object, evidence=rel.evidence,
                                    start=rel.start, end=rel.end, confidence=rel.confidence - 0.1,
                                    rule="owns.joint.partner"))
    return out


def _kin_of_role(sent) -> bool:
    """"X, neveu du fondateur": a kinship noun may point at a relative named in an earlier sentence
    (slots/feuds.py)."""
    w = bond_words()
    return any(t.lower_ in w["family_nouns"] and t.i + 2 < sent.end and t.doc[t.i + 1].lower_ in ("du", "de")
               for t in sent)


def _no_family_employers(relations: list[Relation]) -> list[Relation]:
    """"Son représentant au conseil, X" (the family's): a family is no employer; its representative
    sits for it, works for nobody (data/bonds.yaml kin_groups). (Its adviser or lawyer serves it.)"""
    groups = set(bond_words()["kin_groups"])
    return [r for r in relations if not (r.type == "WORKS_FOR" and fold(r.object).split(" ", 1)[0] in groups
                                         and fold(r.role or "").startswith("represent"))]


_SPEAKER_ROLES = ("porte parole",)   # (a treasurer: the golds disagree, kept as before)
_COUNSEL_ROLES = frozenset({"avocat", "avocate", "avocats", "conseil", "conseiller", "conseillere", "me", "maitre"})


def _memberships(relations: list[Relation], index=None, doc=None) -> list[Relation]:
    """"X a quitté le Parti socialiste": one leaves a party or a union as a member, not as an employee.
    (pol3) "la vice-présidente du parti Y": an office below the head of a party the text calls one is
    membership; "le président du groupe Y au Sénat" leads the group, is a member of the party Y."""
    words = lexicon()["membership_name_words"]
    parties = party_names(index, doc) | more_party_names(index, doc) if index is not None else set()   # (s30-gov30)
    titles = bond_words()["party_member_titles"]
    elected = {fold(w) for w in bond_words()["elected_titles"]}
    for rel in relations:
        if rel.type == "WORKS_FOR" and fold(rel.role or "").split(" ", 1)[0] in _COUNSEL_ROLES:
            continue   # "Me X, l'avocat du syndicat": counsel serves a union or a party, is no member of it
        if rel.type == "WORKS_FOR" and fold(rel.role or "").replace("-", " ").startswith(_SPEAKER_ROLES):
            continue   # (s27-types27) "X, porte-parole du parti Y": a spokesperson speaks for it
            # (ONTOLOGY: a spokesperson works for the body; read pools' gold in three passages)
        if rel.type == "WORKS_FOR" and (fold(rel.object).split(" ", 1)[0] in words or (
                (_joins_or_leaves(rel) or rel.rule.startswith(_PASSED_RULES)) and _introduced_as_body(rel))):
            rel.type, rel.rule = "MEMBER_OF", rel.rule + ".membership"
        elif rel.type == "WORKS_FOR" and _joins_or_leaves(rel) and fold(rel.object).split(" ", 1)[0] == "gouvernement":
            # (s26-people26) "X a démissionné du gouvernement (de Z)": a minister leaves a government as one of
            # its members (ONTOLOGY convention: governments → MEMBER_OF); an adviser to it still works for it
            rel.type, rel.rule = "MEMBER_OF", rel.rule + ".government"
        elif rel.type == "WORKS_FOR" and rel.object in parties and (
                _joins_or_leaves(rel) or rel.rule.startswith(_PASSED_RULES) or _role_below_head(rel.role) in titles):
            rel.type, rel.rule = "MEMBER_OF", rel.rule + ".party"
        elif rel.type == "WORKS_FOR" and _joins_or_leaves(rel) and index is not None \
                and index.entities.get(rel.object) is not None and index.type_of(rel.object) == "ORG" \
                and _elected_in(fold(rel.evidence), elected):
            # "X, député de la Somme, qui a quitté l'UGE": an elected member joins or leaves a party
            rel.type, rel.rule = "MEMBER_OF", rel.rule + ".elected"
        elif rel.type == "WORKS_FOR" and fold(rel.role or "").startswith(("vice-president", "vice president")) \
                and index is not None \
                and index.entities.get(rel.object) is not None and index.type_of(rel.object) == "GOV":
            # "X, le vice-président de la Métropole chargé des mobilités": an elected body's vice-president
            # is one of its elected members, not its employee
            rel.type, rel.rule = "MEMBER_OF", rel.rule + ".elected"
        elif rel.type == "LEADS" and rel.rule.startswith("leads.title") and _group_of_chamber(rel) \
                and rel.object in parties:
            # (s20-prec2) only when the text calls Y a party ("son parti, Y"): a group with a name of its own
            # ("le président du groupe Y à l'Assemblée", Y no party) is led by its president
            rel.type, rel.rule = "MEMBER_OF", rel.rule + ".group"
        elif rel.type == "BOARD_MEMBER" and (rel.object in parties or fold(rel.object).split(" ", 1)[0] in words or (
                # (s28-politics28) "membre du bureau exécutif de Y": an executive or political bureau is a party's
                # or a movement's organ, whatever the body's name (a company has a board, a comité exécutif)
                index is not None and index.entities.get(rel.object) is not None
                and index.type_of(rel.object) == "ORG" and _PARTY_BUREAU.search(fold(rel.evidence)))) \
                and "bureau" in fold(rel.evidence).split():
            # "X siège au bureau national du parti Y": a party's or a union's bureau is its members' office, no
            # company board (a cooperative's "conseil" is a board)
            rel.type, rel.rule = "MEMBER_OF", rel.rule + ".party"
    return party_cues(relations, doc.text if doc is not None else None)


_PARTY_BUREAU = re.compile(r"\bbureau (?:executif|politique|national)\b")


def _elected_in(ev: str, elected: set[str]) -> bool:
    """A sitting elected title in the (folded) sentence; not a former one ("ancienne élue de Lyon") nor a
    job taken ("a rejoint Y comme directrice")."""
    words = ev.split()
    if "comme" in words or "en tant que" in ev or "en qualite de" in ev:
        return False
    return any(w in elected and not (i and words[i - 1] in ("ancien", "ancienne", "ex", "anciens", "anciennes"))
               for i, w in enumerate(words))


def _group_of_chamber(rel: Relation) -> bool:
    """"le président du groupe Y à l'Assemblée / au Sénat": Y names the party the group is of."""
    ev, obj = fold(rel.evidence), fold(rel.object)
    if not obj or obj not in ev:
        return False
    at = ev.find(obj)
    before = ev[:at].split()[-1:]
    after = ev[at + len(obj):].split()[:3]
    return before == ["groupe"] and bool(set(after) & bond_words()["chambers"])


# Rules of leaving or coming from a body (not of a post in it: "salarié de l'association Y" works there).
_LEAVING_RULES = ("works_for.left", "works_for.came_from", "works_for.former", "works_for.departure")


# (s19-gapA2) "X, passé par le parti Y", "X est entré au parti Y": a career step through a party is membership
# (only for a body the text calls a party: an elected person "passé par" a bank worked there)
_PASSED_RULES = ("works_for.joined",)


def _role_below_head(role: str | None) -> str:
    """(s19-gapA2) The folded role without "ex-" / "ancien": "ex-vice-président du parti Y" is a former
    office below the head, membership as "vice-président" is."""
    r = fold(role or "")
    for p in ("ex-", "ex ", "ancien ", "ancienne "):
        if r.startswith(p):
            return r[len(p):].lstrip()
    return r


def _joins_or_leaves(rel: Relation) -> bool:
    """A tie of joining ("a rejoint", "a intégré": works_for.verb also reads "travailler pour"), leaving or
    coming from a body."""
    if rel.rule.startswith(_LEAVING_RULES):
        return True
    ev = fold(rel.evidence)
    return rel.rule.startswith("works_for.verb") and any(stem in ev for stem in bond_words()["joining_stems"])


def _introduced_as_body(rel: Relation) -> bool:
    """"X a rejoint le groupe parlementaire Y", "la formation Y", "le groupe Y à l'Assemblée": the name
    is introduced in the evidence as a party, a parliamentary group or a union (data/bonds.yaml)."""
    w = bond_words()
    ev, obj = fold(rel.evidence), fold(rel.object)
    if not obj or obj not in ev:
        return False
    at = ev.find(obj)
    before = ev[:at].split()[-2:]
    if before[-1:] and before[-1] in w["membership_introducers"] or " ".join(before) in w["membership_introducers"]:
        return True
    # "le groupe Y à l'Assemblée / au Sénat": a group of a chamber
    after = ev[at + len(obj):].split()[:3]
    return before[-1:] == ["groupe"] and bool(set(after) & w["chambers"])

def _table_relations(doc, clean, index, table, ref_date, found_before) -> list[Relation]:
    from .attributes_hook import SentenceAttributes, annotate

    out: list[Relation] = []
    seen = set()
    for block, tok, rule, (s, si), (o, oi) in table_pairs(doc, clean, index,
                                                          lambda t: _trigger_rules(t, table), found_before):
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is None or (rule.type, s, o) in seen:
            continue
        if _not_a_person_for(rule, index, s, o):
            continue   # (s23-names23) "| Avior | Commande de 100 avions par Z |": a company leads nothing
        seen.add((rule.type, s, o))
        rtype, rstatus = rule.type, rule.status
        if rtype == "ACQUIRES" and tok.lower_ in ("offre", "offres") and not (
                tok.i > 0 and doc[tok.i - 1].lower_ in ("s'", "s’", "se")):
            # (s28-party28) "| A | Y | 230 M€ | offre en cours |": an offer in a row (the noun, which the tagger may take
            # for "offrir" without its reflexive "s'offrir Y"), a bid not yet a purchase (ONTOLOGY)
            rtype, rstatus = "BIDS_FOR", "proposed"
            if (rtype, s, o) in seen:
                continue
            seen.add((rtype, s, o))
        rel = Relation(type=rtype, subject=s.strip(), object=o.strip(), evidence=span.text,
                       start=span.start_char, end=span.end_char, role=rule.role, status=rstatus,
                       confidence=rule.confidence - (0.2 if -1 in (si, oi) else 0.05), rule=rule.id + ".table")
        annotate(rel, SentenceAttributes(span, ref_date), tok, si, oi)
        out.append(rel)
    def row_tie(block, rtype, subject, obj, **attrs) -> None:
        """A tie a whole table row states (its evidence is the row), once per (type, subject, object)."""
        if (rtype, subject, obj) in seen:
            return
        seen.add((rtype, subject, obj))
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is not None:
            out.append(Relation(type=rtype, subject=subject, object=obj, evidence=span.text, start=span.start_char,
                                end=span.end_char, confidence=0.6, **attrs))

    for block, rtype, subject, obj, role, share in role_columns(doc, clean, index):
        row_tie(block, rtype, subject, obj, role=role, share=share, rule=rtype.lower() + ".column.table")
    for block, rtype, holder, company, share, status in holder_rows(doc, clean, index):
        row_tie(block, rtype, holder, company, role="actionnaire" if rtype == "OWNS" else None, share=share,
                status=status, rule={"OWNS": "owns", "FUNDS": "funds"}.get(rtype, "invests") + ".holder.table")
    for block, rtype, subject, obj, role in authority_rows(doc, clean, index, _entities_in):
        row_tie(block, rtype, subject, obj, role=role, rule=rtype.lower() + ".authority.table")   # (s24-names24)
    fined_list = list(fined_rows(doc, clean, index, _entities_in, found_before))
    for block, authority, fined in fined_list:
        row_tie(block, "OPPOSES", authority, fined, role="sanctions", rule="opposes.fined_row.table")   # (s25-tables25)
    # (s29-fights29) "| Demandeur | Défendeur |": a lawsuit in each row; "| Recours |" of a table of the fined
    for block, plaintiff, defendant in suit_rows(doc, clean, index, _entities_in):
        row_tie(block, "SUES", plaintiff, defendant, rule="sues.suit_row.table")
    for block, party, authority, negated, status in appealed_rows(doc, index, fined_list):
        row_tie(block, "SUES", party, authority, role="recours", negated=bool(negated), status=status,
                rule="sues.appealed_row.table")
    # (s29-tables29) columns whose headers name the sides of the row's statement: buyer and target, investor and
    # company, winner of a contract or grant (the payer a column or the text before the table names)
    for block, rtype, buyer, target, status in deal_rows(doc, clean, index, _entities_in):
        if not any(k[1:] == (buyer, target) and k[0] in ("ACQUIRES", "BIDS_FOR") for k in seen):
            row_tie(block, rtype, buyer, target, status=status, rule=rtype.lower() + ".deal_row.table",
                    amount=row_amount(doc, block))
    for block, investor, company in round_rows(doc, clean, index, _entities_in):
        row_tie(block, "INVESTS_IN", investor, company, rule="invests_in.round_row.table", amount=row_amount(doc, block))
    for block, payer, payee in award_rows(doc, clean, index, _entities_in):
        row_tie(block, "FUNDS", payer, payee, rule="funds.award_row.table", amount=row_amount(doc, block))
    for block, rtype, subject, obj in header_role_rows(doc, clean, index, _entities_in):
        row_tie(block, rtype, subject, obj, rule=rtype.lower() + ".header_role.table")
    for block, a, b in grouped_cells(doc, clean, index, _entities_in):
        row_tie(block, "PARTNERS_WITH", a, b, rule="partners.grouped_cell.table")
    for block, person, body, status in succession_rows(doc, clean, index, _entities_in):
        row_tie(block, "LEADS", person, body, status=status, rule="leads.succession_row.table")
    # (s30-tables30) rows naming one party, the heading or the sentence before the table the other
    for block, rtype, subject, obj, attrs in context_rows(doc, clean, index, _entities_in):
        if any(k[1:] == (subject, obj) for k in seen) or "share" in attrs and any(
                k[0] == rtype and k[1] == subject for k in seen):
            continue   # (a holder another reader gave a stake keeps that one)
        row_tie(block, rtype, subject, obj, rule=rtype.lower() + ".context_row.table", amount=row_amount(doc, block),
                **{k: v for k, v in attrs.items() if v is not None})
    # (s31-tables31) two party columns whose header roles pair into a tie ("| Candidat | … | Principal prêteur |")
    for block, rtype, subject, obj, attrs, money in pair_rows(doc, clean, index, _entities_in):
        row_tie(block, rtype, subject, obj, rule=rtype.lower() + ".pair_row.table",
                amount=row_amount(doc, block) if money else None, **{k: v for k, v in attrs.items() if v is not None})
    # (s37-tables37) "| X | Directeur du cabinet du ministre de Z |": X serves the minister the text names, and
    # does not head the ministry
    out = [r for r in out if not cabinet_misread(r, index)]
    for block, person, minister in cabinet_rows(doc, clean, index, _entities_in, found_before):
        row_tie(block, "WORKS_FOR", person, minister, role="cabinet", rule="works_for.cabinet_row.table")
    return out


def _fronted_participles(doc, index, found_before) -> list[Relation]:
    """"Fondée en 2020 par A, …, et B, la société …" read as a line (slots/phrases.py)."""
    have = {(r.type, r.subject, r.object) for r in found_before}
    out: list[Relation] = []
    for rtype, agent, org, sent in fronted_participle_ties(doc, index):
        if (rtype, agent, org) in have:
            continue
        have.add((rtype, agent, org))
        out.append(Relation(type=rtype, subject=agent, object=org, evidence=sent.text, start=sent.start_char,
                            end=sent.end_char, confidence=0.6, rule="fronted_participle." + rtype.lower()))
    return out


# Words by which a purchase is only wanted or tried, not done: an offer (ONTOLOGY: BIDS_FOR).
_INTENT = {"intention", "volonté", "projet", "vouloir", "souhaiter", "envisager", "tenter", "proposer",
           "chercher", "viser", "essayer", "ambition", "désir", "offre", "prêt", "candidat", "espérer",
           "négociation", "négociations", "discussion", "discussions", "pourparlers", "envie", "velléité",
           "tentative", "tentatives",
           # (s31-owners31) "n'a pas vocation à racheter Y", "son objectif de racheter Y", "X compte racheter Y"
           "vocation", "objectif", "dessein", "visées", "ambitionner", "rêver", "songer", "compter", "prévoir",
           # (s39-misses39) "X étudierait le rachat de Y", "X examine une acquisition de Y": weighed, not done
           "étudier", "examiner"}


# (s24-deals24) verbs of claiming a stake one does not hold ("X réclame une participation dans Y")
_CLAIM_STAKE = frozenset({"réclamer", "demander", "exiger", "revendiquer", "convoiter", "briguer", "lorgner",
                          "guigner", "vouloir", "souhaiter", "viser", "espérer", "chercher"})
_TAKE_STAKE = frozenset({"prendre", "acquérir", "racheter", "obtenir", "décrocher"})


def _stake_wanted(tok) -> bool:
    """(s24-deals24) "X réclame une participation dans Y", "X veut prendre une participation dans Y", "X cherche à
    obtenir une part de Y": a stake claimed or sought is not held, it is sought (ONTOLOGY: BIDS_FOR, proposed)."""
    if tok.dep_ != "obj" or tok.head.pos_ != "VERB":
        return False
    verb = tok.head
    if lemma_of(verb) in _CLAIM_STAKE or verb.lemma_.lower() in _CLAIM_STAKE:
        return True
    return (lemma_of(verb) in _TAKE_STAKE or verb.lemma_.lower() in _TAKE_STAKE) and verb.dep_ == "xcomp" \
        and (lemma_of(verb.head) in _INTENT or verb.head.lemma_.lower() in _INTENT or verb.head.lower_ in _INTENT)


def _minority_stake(tok) -> bool:
    """A buying verb whose object is a share under half: "X a racheté 18 % de Y", "acquiert 5 % du capital";
    a buying noun whose "de" complement is one: "l'acquisition de 30 % de Y", "le rachat de 18 % du capital"."""
    if tok.pos_ == "VERB":
        dep = "obj"
    elif tok.pos_ == "NOUN":
        dep = "nmod"
    else:
        return False
    tv = tokens_of(tok.doc)
    for c in tok.children:
        if c.dep_ == dep and c.text == "%":
            for n in c.children:
                if n.dep_ == "nummod":
                    try:
                        return float(n.text.replace(",", ".")) < 50
                    except ValueError:
                        return False
        # (s27-deals27) a decimal share is parsed as the head of its phrase, the "%" hung elsewhere: "la
        # cession de 49,99 % de sa filiale Y à X" (the number the noun's nmod)
        if c.dep_ == dep and c.pos_ == "NUM" and c.i + 1 < len(tv) and tv[c.i + 1].text == "%":
            try:
                return float(c.text.replace(",", ".")) < 50
            except ValueError:
                return False
    return False


_COUNSEL_TITLES = frozenset({"me", "maître", "mes", "maîtres"})


def _counsel_defends(tok, who: str, index, tv) -> bool:
    """(s18-gapA) "Me X, qui défend Y", "a réagi Me X, qui défend Y": a lawyer (named after the title "Me"
    in the sentence) who defends someone acts for that client; (s22-prec22b) also the passive's agent after
    the verb: "Y, défendue par Me X"."""
    return lemma_of(tok) == "défendre" and any(
        tv[k - 1].lower_ in _COUNSEL_TITLES and index.entity_at(k) == who for k in range(tok.sent.start + 1, tok.i)) \
        or lemma_of(tok) == "défendre" and tok.i + 3 < tok.sent.end and tv[tok.i + 1].lower_ == "par" \
        and tv[tok.i + 2].lower_ in _COUNSEL_TITLES and index.entity_at(tok.i + 3) == who \
        or lemma_of(tok) == "défendre" and tok.i + 2 < tok.sent.end and tv[tok.i + 1].lower_ == "par" \
        and _in_court(tok, tv) and any(index.entity_at(k) == who for k in range(tok.i + 2, min(tok.i + 6, tok.sent.end)))


# (s26-fights26) words of a trial: "Au procès, Y, défendu par X, a dénoncé …", "Y, défendu par son avocat X": the
# one who defends Y there is his counsel (read26 ho-734: ALLY_OF read for a lawyer)
# (s26-people26 found the same construction: its words of a trial are joined here)
_COURT_WORDS = frozenset({"procès", "audience", "audiences", "tribunal", "avocat", "avocate", "avocats", "plaidoirie",
                          "prétoire", "barreau", "assises", "prud'hommes", "correctionnelle", "prévenu", "prévenue",
                          "prévenus", "barre", "réquisitoire"})


def _in_court(tok, tv) -> bool:
    return any(tv[k].lower_ in _COURT_WORDS for k in range(tok.sent.start, tok.sent.end))


_POST_TYPES = frozenset({"BOARD_MEMBER", "LEADS", "WORKS_FOR"})
# Agreements read from their noun: signed between organisations (or between people), a person and an
# organisation being the organisation's leader and a partner of it (gold: 3 of 177 partnerships).
_AGREEMENT_RULES = frozenset({"partners.noun", "partners.cosigned"})


def _fronted_person_title(tok, sent) -> bool:
    """A person's title opening the sentence with no determiner ("Administratrice de Y depuis 2015, …",
    "Ancien directeur de Y, …"): it describes the person the clause is about, never an organisation."""
    first = sent.start
    while first < tok.i and tok.doc[first].lower_ in ("ancien", "ancienne", "ex", "ex-", "nouveau", "nouvelle"):
        first += 1
    return tok.i == first and tok.pos_ == "NOUN" and tok.lower_ in PERSON_TITLES


_CHAIR_VERBS = frozenset({"présider", "coprésider"})
_CHAIR_NOUNS = frozenset({"président", "présidente", "présidence", "coprésident", "coprésidente", "coprésidence"})


def _chaired(tok) -> bool:
    """A board its subject chairs ("X préside le conseil de surveillance", "la présidence du conseil
    d'administration", "président du conseil de surveillance"): the chair leads, a gold convention."""
    head = tok.head
    if tok.dep_ == "obj" and head.i != tok.i:
        return lemma_of(head) in _CHAIR_VERBS or head.lower_ in ("préside", "présidait", "présidera")
    return tok.dep_ == "nmod" and head.i != tok.i and head.lower_ in _CHAIR_NOUNS


# Rules of a person leaving or coming from somewhere: the place named may be a town or a region, no employer.
_LEFT_RULES = ("works_for.left", "works_for.came_from")


def _after_article(doc, i: int, name: str, index) -> bool:
    """A name the NER alone called a place, after an article ("quitter la Bretagne", "la Gironde"): a region,
    a department or a country, which take one; a company ("quitter Maritima") takes none."""
    if i < 0:
        return False
    tv = tokens_of(doc)
    while i > 0 and index.entity_at(i - 1) == name:
        i -= 1
    return i > 0 and tv[i - 1].lower_ in ("la", "le", "l'", "l’", "les")


@lru_cache(maxsize=256)
def _bare_place(name: str) -> bool:
    """A public name with no word of an institution ("la Gironde", "la Bretagne", "Lyon"), against "le
    ministère de X", "la Région X", "Matignon", "Bercy": a territory, which employs no one."""
    lex = lexicon()
    low = fold(name.strip())
    words = set(low.split())
    if any(fold(seat) == low for seat in lex["ministry_seats"]):
        return False
    return not any((fold(w) in low) if " " in w else (fold(w) in words) for w in lex["gov_name_words"])


# Rules reading an entry into a company's capital ("X entre au capital", "X fait son entrée au capital").
_ENTRY_RULES = ("owns.capital_entry", "owns.capital_verb")


def _joins_now(tok) -> bool:
    """An entry into a round's capital told in the present with no share ("A et B entrent également au capital",
    "X fait son entrée au capital"): investors joining a round (gold convention: INVESTS_IN); one told in the
    past or with its share ("X, entré au capital en 2019", "fait son entrée à hauteur de 9 %") is a holding."""
    if tok.pos_ == "NOUN" and not (tok.dep_ == "obj" and tok.head.lemma_.lower() in ("faire", "effectuer")):
        return False   # ("l'arrivée de X au capital agace": the entry, no verb of its own)
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.pos_ not in ("VERB", "AUX") or not _finite_present(verb):
        return False
    if any(t.text == "%" or t.lower_ == "cent" for t in verb.subtree):
        return False
    return _round_in_view(tok)   # (a round spoken of here or just before: no round, a holding)


_NOT_PRESENT_ENDINGS = ("ait", "aient", "era", "eront", "erait", "eraient", "ra", "ront")


def _finite_present(verb) -> bool:
    """A verb told in the present with its own subject ("X entre", "qui fait"), no auxiliary: the tagger's
    morphology is not trusted alone ("fait" is read as a participle), the subject and the ending decide."""
    if any(c.dep_ in ("aux", "aux:tense", "aux:pass") and c.pos_ == "AUX" for c in verb.children):
        return False   # (a name's word hung as an auxiliary by a bad parse is none)
    if verb.lower_ in ("fait", "font"):
        return any(c.dep_ == "nsubj" for c in verb.children)   # "X fait son entrée" ("fait" read as a participle)
    if verb.morph.get("Tense") in (["Imp"], ["Fut"]) or verb.morph.get("Mood") == ["Cnd"] or \
            verb.lower_.endswith(_NOT_PRESENT_ENDINGS):
        return False
    subj = verb if verb.dep_ != "conj" else verb.head
    return any(c.dep_ in ("nsubj", "nsubj:pass") for c in subj.children)


# Verbs by which a buyer sounds out a target: "X a sondé la famille pour reprendre Y" is a bid.
_APPROACH = {"sonder", "approcher", "contacter", "démarcher", "courtiser", "solliciter", "mandater"}


_RELATIVE_WORDS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"})


def _clause_after_colon(tok, head) -> bool:
    """A verb the parser hung as a relative clause on a noun before a colon, with no relative word of its own
    ("ses ambitions vers Z : Y a racheté W"): the clause after the colon stands alone."""
    if tok.dep_ != "acl:relcl" or tok.i < head.i:
        return False
    if any(c.lower_ in _RELATIVE_WORDS for c in tok.children):
        return False
    doc = tok.doc
    return any(doc[k].text == ":" for k in range(head.i + 1, tok.left_edge.i + 1))


def _intended(tok) -> bool:
    if tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() in _APPROACH and any(
            c.dep_ == "mark" and c.lower_ == "pour" for c in tok.children):
        return True   # "X a sondé la famille pour reprendre Y": a purchase sought, not made
    if tok.dep_ == "acl" and tok.head.lemma_.lower() == "vue" and case_of(tok.head) == "en" and tok.pos_ == "VERB":
        # "X a levé des fonds en vue de racheter Y" is sought; "un accord en vue d'absorber Y" agreed
        return not any(c.dep_ == "obj" and c.lemma_.lower() in ("accord", "protocole", "contrat")
                       for c in tok.head.head.children)
    if tok.dep_ == "xcomp" and any(c.dep_ == "obj" and c.lemma_.lower() in _INTENT and c.i < tok.i
                                   for c in tok.head.children):
        return True   # "Z dénonce une tentative de X de racheter Y", the infinitive hung on the verb
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "pour" for c in tok.children) and any(
            c.dep_ == "obj" and c.i < tok.i and (c.lower_ in _TALKS_FOR or c.lemma_.lower() in _TALKS_FOR)
            for c in tok.head.children):
        return True   # (s39-misses39) "X a engagé des discussions (avec Z) pour racheter Y": talks, not a purchase
    head, hops = tok.head, 0
    while hops < 2 and head.i != tok.i:
        if _clause_after_colon(tok, head):
            break   # (s25-deals25) "X a tourné ses ambitions vers Z : Y a racheté W": a new clause, a done deal
        # (lemma_of: the lemmatiser leaves "cherche" as it is: "X cherche à s'emparer de Y" is sought)
        if lemma_of(head) in _INTENT or head.lower_ in _INTENT:
            return True
        tok, head, hops = head, head.head, hops + 1
    return False


# (s39-misses39) Objects of a verb whose purpose clause ("pour racheter Y") is then only sought: talks and offers
# ("a engagé des discussions pour racheter Y", "a fait une offre pour reprendre Y"); not "un accord", "un prêt".
_TALKS_FOR = frozenset(TALK_NOUNS | {"offre", "offres", "proposition", "contact", "contacts", "tentative"})


# Verbs by which someone refuses a purchase: it stays a bid, rejected (ONTOLOGY: BIDS_FOR).
_REFUSE = {"refuser", "rejeter", "bloquer", "opposer", "interdire", "repousser", "écarter", "torpiller",
           "empêcher", "retoquer"}


_AGAINST_ADJ = {"hostile", "opposé", "défavorable"}


def _refused_by(tok):
    """The verb by which a purchase noun is refused ("dire non au rachat", "bloquer le rachat"), if any."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("obj", "obl", "obl:arg", "obl:mod", "nsubj:pass"):
        return None
    verb = tok.head
    if tok.dep_ == "nsubj:pass" and not any(c.dep_ == "aux:pass" for c in verb.children):
        return None   # ("le rachat de Y a été bloqué par Z": refused, as "Z a bloqué le rachat")
    if verb.pos_ == "ADJ" and verb.lemma_.lower() in _AGAINST_ADJ and case_of(tok) in ("à", "au") \
            and not any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "plus") for c in verb.children):
        return verb   # "X s'est dit hostile à toute prise de contrôle de Y par Z": an offer X refuses
    if verb.pos_ != "VERB" or any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais") for c in verb.children):
        return None
    if verb.lemma_.lower() in _REFUSE:
        return verb
    if verb.lemma_.lower() == "dire" and any(c.lower_ in ("non", "niet") for c in verb.children):
        return verb
    return None


# When a pair has a precise control tie, the vaguer one is the same fact seen less well.
_WEAKER = {"WORKS_FOR": ("LEADS", "BOARD_MEMBER", "FOUNDED"), "MEMBER_OF": ("LEADS", "BOARD_MEMBER", "WORKS_FOR"),
           "INVESTS_IN": ("ACQUIRES",), "OWNS": ("ACQUIRES", "FOUNDED")}


# "X préside le conseil de surveillance de Y", "présidé par X", "la présidence du conseil": chairing a
# board is leading the company (ONTOLOGY, as the corpus gold reads "président du conseil de surveillance")
_CHAIRS_BOARD = re.compile(r"\bprésid\w*\s+(?:\w+\s+)?(?:du|le|au)\s+conseil|\bconseil\b[^.;]{0,60}\bprésidée?s?\s+par\b",
                           re.IGNORECASE)


def _drop_weaker(relations: list[Relation]) -> list[Relation]:
    have = {(r.type, r.subject, r.object) for r in relations if not r.negated}
    leads_at = {(r.subject, r.object, r.start) for r in relations if r.type == "LEADS" and not r.negated}
    owns_at = {(r.subject, r.object, r.start) for r in relations if r.type == "OWNS" and not r.negated}
    out = []
    for r in relations:
        if r.type == "BOARD_MEMBER" and (r.subject, r.object, r.start) in leads_at \
                and _CHAIRS_BOARD.search(r.evidence):
            continue   # the board's chair: LEADS, and no seat besides from the same sentence
        if r.type == "MEMBER_OF" and ("OWNS", r.object, r.subject) in have:
            continue   # "Kelvio appartient à Technova": owned, not a member
        if r.rule.startswith("partners.cosigned") and ({(r.subject, r.object, r.start), (r.object, r.subject, r.start)} & owns_at):
            continue   # "Via sa holding B, X a signé un accord": the owner and its vehicle are one party
        stronger = _WEAKER.get(r.type, ())
        if r.rule.startswith("works_for.department"):
            # "cofondateur et directeur de la technologie": a founder who heads a department is staff too
            stronger = tuple(t for t in stronger if t != "FOUNDED")
        if any((t, r.subject, r.object) in have for t in stronger) and (
                r.rule.endswith(".linear") or r.type in ("WORKS_FOR", "MEMBER_OF")):
            continue
        out.append(r)
    return out


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    # (and the seats of power the press names for a state: "Bruxelles vise la raffinerie", "Pékin dénonce")
    return frozenset(n for names in countries_by_adjective().values() for n in names) | region_names() \
        | frozenset(countries_by_seat())


def _is_country(name: str) -> bool:
    """A country's, a region's or a capital's name is a place or a state, never retyped as a company by
    the rule that uses it ("Kelvio vise l'Asie", "vise le Japon", "Bruxelles vise la raffinerie X")."""
    return fold(name.strip()) in _country_keys()


def _not_a_person_for(rule, index, s: str, o: str) -> bool:
    """(s23-names23) A table row's tie whose rule takes only a person on one side ("commande" of
    leads.head_of, "révoquer" of opposes.ousted) while the row names an organisation or a state there: the
    row's words mean something else (an order of goods, a licence revoked). A sentence's reader checks the
    types of both sides; a row's must too."""
    from ..mentions.typing_cues import first_names
    from ..mentions.coref import _first_names as gendered_first_names

    def no_person(name: str) -> bool:
        # (a person the NER mistyped keeps a first name: "| Aurore X | Députée au Parlement européen |")
        ent = index.entities.get(name)
        first = name.split()[0]
        return ent is not None and ent.type in ("ORG", "GOV", "LOC") and first not in first_names() \
            and first.split("-")[0].lower() not in gendered_first_names()
    if rule.subj_types == _PERSON_ONLY and no_person(s) or rule.obj_types == _PERSON_ONLY and no_person(o):
        return True
    # ("| X | Économie et Finances | reconduit |": a minister reappointed, no board seat; a board rule, which
    # takes only a company on its object side, takes no public body the text itself typed so. Not a member's
    # rule: "| X | Députée au Parlement européen |" is a seat in a public body)
    ent_o = index.entities.get(o)
    return rule.type == "BOARD_MEMBER" and rule.obj_types == _COMPANY_ONLY and ent_o is not None \
        and ent_o.type == "GOV" and o not in index.weak


_PERSON_ONLY = frozenset({"PER"})
_COMPANY_ONLY = frozenset({"ORG"})


def _mark_types(index, relations, implied) -> None:
    """Retype from the ties: a weakly typed name used as an organisation by its ties is one; places
    that take part in a tie act as public bodies (ONTOLOGY: 'states that sign, sanction, buy')."""
    for name, types in implied.items():
        if name in index.entities:
            # (the most implied type; on a tie, the one implied first: max over a set chose by the set's
            # order, which the hash seed draws — a name used once as a company and once as a state got either)
            index.entities[name].type = max(dict.fromkeys(types), key=types.count)
    for rel in relations:
        for name in (rel.subject, rel.object):
            ent = index.entities.get(name) or index.entities.get(name + " ")
            if ent is not None and ent.type == "LOC":
                ent.type = "GOV"


_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes"})


def _owned_rivals(tok) -> bool:
    """(s29-interview29) "Ses concurrents, A et B, …", "Vos concurrents, A ou B, …": a possessive names whose rivals
    the listed ones are (the owner's, read by the rule's subject and object); they are not said to be each other's."""
    # (plural only: "Y à son principal concurrent, Z" pairs the owner with its one rival)
    return tok.lower_.endswith(("s", "x")) and any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in tok.children)
