"""Records of the mention stage: candidate name spans and the per-document entity index."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import compress
from operator import ne
from dataclasses import dataclass, field

from ..records import DocEntity
from .wordpos import at_words


def top(votes: Counter) -> str:
    """``votes.most_common(1)[0][0]``, the first key with the most votes, without the heap and
    list most_common builds: the mention stage asks it for every span, often several times."""
    if len(votes) == 1:
        for key in votes:   # (one key, most spans: it is the max)
            return key
    return max(votes, key=votes.__getitem__)


def cue_top(votes: Counter, spans) -> str:
    """The type with the most votes; but a one-word name the text itself calls an organisation ("le
    fonds Ormeaux", "l'armateur russe Volgatrans") as often as spaCy's NER, alone, calls it a person or
    a place, is the organisation: the NER guesses an invented name's type, a cue in the text says it.
    (Not a full name, "le magnat des médias Rupert Murdoch": a first name is evidence too.)"""
    best = top(votes)
    if best == "ORG" or len(votes) == 1 or votes.get("ORG", 0) != votes[best]:
        return best
    # (a longer name only when a noun introduces it as an organisation: "l'équipementier Aérotechnique
    # du Forez", not "le mandat de PDG de Frédéric X")
    if any(len(s.text.split()) != 1 for s in spans) and not any(s.introduced == "ORG" for s in spans):
        return best
    ner: dict[str, int] = {}
    for s in spans:
        if s.ner:
            ner[s.ner] = ner.get(s.ner, 0) + 1
    if votes["ORG"] > ner.get("ORG", 0) and all(
            votes[t] <= ner.get(t, 0) for t in votes if t != "ORG" and votes[t] == votes["ORG"]):
        return "ORG"
    return best


def capped_votes(cluster) -> Counter:
    """The cluster's votes, spaCy's NER counting at most twice: it repeats its one guess at every
    mention of a name, and past two that is no evidence more, while a cue in the text
    ("les investisseurs de X") is."""
    votes = summed_votes(cluster)
    ner: dict[str, int] = {}
    for s in cluster:
        if s.ner:
            ner[s.ner] = ner.get(s.ner, 0) + 1
    if any(n > 2 for n in ner.values()):
        votes = votes.copy()
        for t, n in ner.items():
            votes[t] -= max(0, n - 2)
    return votes


_UNSET = object()


def per_document(index, key: str, build):
    """A value a reader works out once per document and keeps on the document's index (``build()`` when first
    asked, under the attribute ``key``); an index that takes no new attribute (a test's stand-in) builds it each
    time."""
    got = getattr(index, key, _UNSET)
    if got is not _UNSET:
        return got
    got = build()
    try:
        setattr(index, key, got)
    except AttributeError:
        pass
    return got


def no_votes() -> Counter:
    """An empty Counter, without the two calls Counter() makes to set up what is an empty dict
    (one per candidate span)."""
    return Counter.__new__(Counter)


def summed_votes(spans) -> Counter:
    """The spans' votes added up: what ``Counter().update(s.votes)`` for each span gives (the same
    keys in the same order, the same counts), without update's checks at each call."""
    votes = Counter.__new__(Counter)
    get = votes.get
    for s in spans:
        for k, v in s.votes.items():
            votes[k] = get(k, 0) + v
    return votes


@dataclass
class _Span:
    start: int           # token indices [start, end)
    end: int
    text: str
    votes: Counter = field(default_factory=no_votes)
    fixed_name: str | None = None   # a name built from the text ("ministère de l'Économie")
    joins: str | None = None   # text of the name this span abbreviates ("LML" → "Le Monde Libre")
    ner: str | None = None     # the type spaCy's NER gave the span (one vote of ``votes``), if it found it
    introduced: str | None = None   # the type of the noun right before it that introduces it ("le fonds X")

    @classmethod
    def built(cls, start: int, end: int, text: str, kind: str) -> "_Span":
        """A name the mention passes build from the text ("ministère de l'Économie", "le Fonds pour …"):
        its name is fixed and its type carries a strong vote."""
        sp = cls(start, end, text)
        sp.votes[kind] += 5
        sp.fixed_name = sp.text
        return sp


def replace_inside(spans: list[_Span], doc, i: int, end: int, kind: str) -> _Span | None:
    """Put one built name on the words [i, end) in place of the names found inside them; None (and nothing
    changed) when one of those names runs past these words or is already a built one: leave it as found."""
    inside = [s for s in spans if s.start < end and s.end > i]
    if any(s.start < i or s.end > end or s.fixed_name for s in inside):
        return None
    spans[:] = [s for s in spans if not any(s is o for o in inside)]
    sp = _Span.built(i, end, doc[i:end].text, kind)
    spans.append(sp)
    return sp


# "Chez X, on …", "Du côté de X, …": a sentence opening on these names the company its paragraph is about
PARAGRAPH_CUES = (("chez",), ("pour",), ("du", "côté", "de"), ("du", "côté", "d'"), ("du", "côté", "d’"),
                  ("au", "sein", "de"), ("au", "sein", "d'"), ("au", "sein", "d’"),
                  # (with the article folded in: "Au sein du Parti X", "Du côté des Verts")
                  ("du", "côté", "du"), ("du", "côté", "des"), ("au", "sein", "du"), ("au", "sein", "des"),
                  ("côté",))   # (s23: "Côté X, Paul Y, le directeur général, …", the press's short "du côté de")

_CUE_OPENERS = frozenset(cue[0] for cue in PARAGRAPH_CUES)


# Stressed pronouns that take up a dislocated topic ("La banque, elle, …")
_STRESSED_PRONOUNS = frozenset({"elle", "lui", "eux", "elles"})


# Nouns of a takeover offer ("une OPA sur X", "l'offre publique d'achat sur X")
OFFER_NOUNS = frozenset({"offre", "opa", "ope", "contre-offre", "surenchère"})


def _openings_by_word(para: list[int], sent_of: dict[int, int]) -> tuple[list[int], list[int]]:
    """EntityIndex._openings, word by word: where the paragraph number, and the sentence number, differs from
    the word before's (map, compress: in C, no Python step per word)."""
    numbers = list(map(sent_of.get, range(len(para))))
    return ([0] + list(compress(range(1, len(para)), map(ne, para[1:], para))),
            list(compress(range(1, len(numbers)), map(ne, numbers[1:], numbers))))


def _openings_by_number(para: list[int], numbers: list[int]) -> tuple[list[int], list[int]]:
    """The same from the numbers of every word in order, as coref's _paragraphs and _sent_index count them: from
    0, going up one at a time, so each number after the first starts where bisect finds it (one step per
    paragraph and sentence instead of per word; tests/mentions/test_coref_speed.py compares both ways)."""
    if not para:
        return [0], []
    return ([0] + [bisect_left(para, v) for v in range(para[0] + 1, para[-1] + 1)],
            [bisect_left(numbers, v) for v in range(numbers[0] + 1, numbers[-1] + 1)])


@dataclass
class EntityIndex:
    """Where each entity is mentioned, by token. Built once per document."""
    entities: dict[str, DocEntity] = field(default_factory=dict)    # canonical name → entity
    by_token: dict[int, str] = field(default_factory=dict)          # token index → canonical name
    heads: dict[str, set[int]] = field(default_factory=dict)        # canonical name → head tokens
    kinds: dict[int, str] = field(default_factory=dict)             # token index → mention kind
    topic: str | None = None   # the organisation the article is about (most named, clearly)
    weak: set[str] = field(default_factory=set)   # entities typed by NER alone, no cue in the text
    sent_of: dict[int, int] = field(default_factory=dict)           # token index → sentence number
    subjects: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # sentence → subject entities
    plural: dict[int, list[str]] = field(default_factory=dict)   # token of "les deux hommes" → both actors
    subject_owners: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # sentence → "de X" of its subject
    quoted: set[int] = field(default_factory=set)   # sentences with a quotation mark
    in_quotes: set[int] = field(default_factory=set)   # tokens inside a closed quotation (« … »)
    # tokens of names said as where something happens ("devant le Conseil d'État", "auprès du tribunal de X"):
    # no owner of a possessive after them (coref.py link_anaphora)
    venues: set[int] = field(default_factory=set)
    para_of: list[int] = field(default_factory=list)   # token index → paragraph number (line breaks before it)
    # a first-person possessive in an attributed quotation ("notre", "mon" and its noun) → its owner and the
    # possessive's token, or None when the speaker or their organisation is unknown (quoted_we.py)
    quoted_we: dict[int, tuple[str, int] | None] = field(default_factory=dict)
    # a third-person possessive of a kin noun ("son fils", "sa fille", both tokens) → the person who owns it,
    # or None when none is safe: a kin noun needs a person, not the last company named (coref.py)
    kin_owner: dict[int, tuple[str, int] | None] = field(default_factory=dict)
    # the company whose capital the text spoke of last (set by the extractor sentence by sentence):
    # "X détenait 24 % du capital" names no company, it is this one
    focus: str | None = None
    # tokens of the agents of a participle beside a sentence's subject ("X, contrôlé par le fonds Y, a …"), which
    # subjects lists: not what the next sentence's possessive points back to (coref.py link_anaphora)
    side_agents: set[int] = field(default_factory=set)
    # (s29-coref29) tokens of an agent ("par X") hung on no main verb, in a sentence whose main clause has a named
    # subject ("Relégués l'été dernier par X, les Y n'ont pas …"): a possessive after it is the main subject's
    minor_agents: set[int] = field(default_factory=set)
    # (s29-coref29) tokens of "leur"/"leurs" (a plural owner) and of names said in the plural ("les Y de Z"):
    # "Leur propriétaire" after two subjects is the plural one's
    plural_owners: set[int] = field(default_factory=set)
    plural_names: set[int] = field(default_factory=set)
    plural_subject_sents: set[int] = field(default_factory=set)   # (sentences whose main subject is plural)
    # tokens of the subjects of a side clause (relative, subordinate) in a sentence that has other subjects
    # (coref.py link_anaphora): not what the next sentence's possessive points back to when a main one is there
    side_subjects: set[int] = field(default_factory=set)
    # (s28-party28) sentences whose main clause's subject is an organisation's noun no actor was found for ("Le
    # club a annoncé …"; coref.py link_anaphora): the next sentence's possessive is not their one other name
    unnamed_subject_sents: set[int] = field(default_factory=set)
    # (s38-refs38) their subject nouns' tokens: a possessive after one in its own sentence is that actor's, whom
    # no name was found for (not the previous sentence's subject's: "Le groupe n'entend pas céder sa part …")
    unnamed_subject_toks: set[int] = field(default_factory=set)
    # (s38-refs38) name tokens inside a "qui" relative on a sentence's subject → the comma closing the clause: no
    # owner of a possessive after it ("Le groupe, qui détient 9 % de Y, …, a déclaré son PDG": not Y)
    relative_asides: dict[int, int] = field(default_factory=dict)
    # (s38-refs38) possessive token (and its noun's) in "…, a dénoncé X, son directeur" → the token the sentence
    # opens on: the reported clause's subject owns it (mentions/refs38.py incise_subjects)
    incise_subjects: dict[int, int] = field(default_factory=dict)
    # (s39-desc39) heads of place-qualified descriptors coref linked to no one ("le négociant genevois" among actors
    # the text said nothing of): no slot's fallback gives them the story's company either
    place_refused: set[int] = field(default_factory=set)
    # (s27-coref27) name token of the subject of a "dont"/"que" relative opened right after a name → (that name, its
    # token, the token closing the clause): a possessive after the clause is the head name's (coref.py _relative_heads)
    relative_heads: dict[int, tuple[str, int, int]] = field(default_factory=dict)
    # sentence → the organisation a "Chez X, on …" / "Du côté de X, …" opening it names (coref.py link_anaphora)
    cued_sents: dict[int, tuple[str, int]] = field(default_factory=dict)
    # (token of a sale noun, company, its token) for "la vente de Y", "une OPA sur Y": built on first use by
    # extract/slots/sale.py (an offer with no target of its own is for the last of them)
    sale_targets: list[tuple[int, str, int]] | None = None
    # (s39-poss39) tokens of names cited as a source ("selon X", "d'après X"; mentions/poss39.py): no owner of a
    # possessive, no actor "ce dernier" takes up
    sources: frozenset = frozenset()

    def spread(self, slots: dict) -> dict:
        """Slots with a plural mention ("les deux hommes") standing for each of its actors."""
        if not self.plural:
            return slots
        out = {}
        for key, items in slots.items():
            if not isinstance(items, list) or not any(i in self.plural for _, i in items):
                out[key] = items
                continue
            spread: list = []
            for name, i in items:
                for n in self.plural.get(i, [name]):
                    if (n, i) not in spread:
                        spread.append((n, i))
            out[key] = spread
        return out

    def antecedent(self, i: int, exclude: set[str] = frozenset(), types=("PER", "ORG", "GOV", "LOC"),
                   strict: bool = False, lone: bool = True):
        """The entity a possessive at token i points back to: the nearest name before it in its
        sentence, else the subject of the previous sentence."""
        if i in self.quoted_we:   # "notre"/"mon" in a quotation: see quoted_we.py
            we = self.quoted_we[i]
            return we if we and we[0] not in exclude and self.entities[we[0]].type in types else None
        if i in self.kin_owner:   # "son fils", "sa fille": see coref.py _kin_possessor
            kin = self.kin_owner[i]
            return kin if kin and kin[0] not in exclude and self.entities[kin[0]].type in types else None
        if i in self.incise_subjects:   # (s38-refs38) "Le groupe juge les tarifs de Y « … », a dit X, son PDG"
            j = self.incise_subjects[i]
            name = self.by_token.get(j)
            return (name, j) if name and name not in exclude and self.entities[name].type in types else None
        s = self.sent_of.get(i)
        for j in range(i - 1, -1, -1):
            if self.sent_of.get(j) != s:
                break
            name = self.by_token.get(j)
            if name and name not in exclude and self.kinds.get(j) == "name" and self.entities[name].type in types \
                    and (j not in self.in_quotes or i in self.in_quotes) and j not in self.venues \
                    and not i > self.relative_asides.get(j, i) and j not in self.sources:
                # (a name inside a quotation is not what a possessive after it points at: "« … les
                # actionnaires de Y … », a déclaré son PDG, X" - the speaker's, told before the quotation)
                # (nor a court or a place named as where something happens: "entend la contester devant le
                # Conseil d'État, a fait savoir sa directrice générale")
                if self.past_relative(j, i) is not None:
                    # (s27-coref27) "X, dont Y est membre : son président": X, not the relative clause's subject
                    head, h = self.past_relative(j, i)
                    if head not in exclude and self.entities[head].type in types:
                        return (head, h)
                    return None
                return (name, j)
        own = self.own_subject(i, exclude, types)
        if own is not None:
            return own or None
        if s and s > 1 and not self.subjects.get(s - 1) and not self.subject_owners.get(s - 1):
            # "« C'est injuste. Nous ferons appel », a affirmé son PDG": quoted sentences that name no
            # actor at all (a quote cut in sentences) are stepped over to the last one that does (up to three)
            named, back = self.sent_of_named(), s - 1
            while back > 0 and back not in named and back in self.quoted and s - 1 - back < 3:
                back -= 1
            if back < s - 1 and back in named:
                s = back + 1
        cued = self.cued_sents.get(s - 1) if s else None
        if cued is None and s and s - 2 in self.cued_sents and s - 1 not in self.sent_of_named():
            cued = self.cued_sents[s - 2]   # ("… on dément « avec fermeté ». Son président": a piece cut off)
        if cued is not None and cued[0] not in exclude and self.entities[cued[0]].type in types:
            # "Chez X, contrôlée par le fonds Y, qui en détient 71 %, on dément. Son président, Z, assure …": the
            # company the sentence was about (its main clause has no actor for subject)
            return cued
        subjects = [(j, name) for j, name in (self.subjects.get(s - 1, []) if s else [])
                    if name not in exclude and self.entities[name].type in types]
        if len({name for _, name in subjects}) > 1 and self.side_subjects:
            # (s21-coref21) "Faute de crédits — une discrimination que dénonce X —, le parti a dû… . Son trésorier":
            # the main clause's subject, over the subject of a relative or subordinate clause
            main = [(j, name) for j, name in subjects if j not in self.side_subjects]
            if main:
                subjects = main
        if len({name for _, name in subjects}) > 1 and any(j in self.side_agents for j, _ in subjects):
            # (s39-poss39) "Le club, contrôlé par le fonds Y, verse …. Son président": the subject, not the agent of
            # the participle set beside it
            main = [(j, name) for j, name in subjects if j not in self.side_agents]
            if main:
                subjects = main
        if subjects and all(j in self.side_agents for j, _ in subjects):
            # "Le producteur, contrôlé à 61 % par le fonds Y, s'est constitué partie civile. Sa directrice…": the
            # subject is no name the index knows; the participle's agent is not it
            return None
        if len({name for _, name in subjects}) > 1:
            # (s29-coref29) an agent the parse hung on no main verb, beside the main clause's subject, is not the
            # owner; a plural possessive ("leur") is the plural subject's ("les Y"), when one is plural
            kept = [(j, name) for j, name in subjects if j not in self.minor_agents]
            if kept:
                subjects = kept
            if i in self.plural_owners:
                kept = [(j, name) for j, name in subjects if j in self.plural_names]
                if kept:
                    subjects = kept
        if i in self.plural_owners and s and s - 1 in self.plural_subject_sents:
            # (s29-coref29) "Relégués par X, les Y n'ont pas … . Leur propriétaire": the plural main subject's, a
            # name of it or no one (not the singular X)
            subjects = [(j, name) for j, name in subjects if j in self.plural_names] or sorted(
                (j, n) for j, n in self.by_token.items() if j in self.plural_names and self.sent_of.get(j) == s - 1
                and n not in exclude and self.entities[n].type in types)[:1]
            if not subjects:
                return None
        if strict and len({name for _, name in subjects}) > 1:
            # (strict: "B peut compter sur un allié : le fonds X … . Son fondateur": two subjects of the
            # owner's kind before, equally good; no owner rather than the wrong one)
            return None
        if subjects:
            j, name = subjects[0]
            return (name, j)
        for j, name in self.subject_owners.get(s - 1, []) if s else []:
            # "La participation du groupe X dans Y est passée à…. Son PDG…": whose thing the subject is
            if name not in exclude and self.entities[name].type in types:
                return (name, j)
        if lone and s and not self.subjects.get(s - 1) and s - 1 not in self.unnamed_subject_sents:
            # the previous sentence has no parsed subject ("Kelvio recrute." read as a noun phrase):
            # its first name, if it has only one
            names = {(n, j) for j, n in self.by_token.items() if self.sent_of.get(j) == s - 1
                     and self.kinds.get(j) == "name" and n not in exclude and self.entities[n].type in types
                     and j not in self.sources}   # (s39-poss39: "Selon X, une plainte …. Son concurrent": not X)
            if names and all(j in self.side_agents for _, j in names):
                return None   # (only the agent of a participle beside an unnamed subject: not it)
            if len({n for n, _ in names}) == 1:
                return min(names, key=lambda x: x[1])
        return None

    def own_subject(self, i: int, exclude, types) -> tuple[str, int] | bool | None:
        """(s38-refs38) A possessive whose sentence names no actor before it but opens on a subject noun: that
        subject's actor when it was resolved ("Le groupe n'entend pas céder sa participation dans Y, son
        partenaire": the group's, not the previous sentence's subject); False when the noun was left unresolved
        or its actor is not of the kind wanted (no owner rather than the previous sentence's); None otherwise."""
        s = self.sent_of.get(i)
        if any(j < i and self.sent_of.get(j) == s for j in self.unnamed_subject_toks):
            return False
        mine = {(j, name) for j, name in self.subjects.get(s, []) if j < i and j not in self.side_subjects
                and j not in self.side_agents and j not in self.minor_agents and self.kinds.get(j) == "descriptor"}
        if len({name for _, name in mine}) != 1:
            return None
        j, name = min(mine)
        return (name, j) if name not in exclude and self.entities[name].type in types else False

    def past_relative(self, j: int, i: int) -> tuple[str, int] | None:
        """(s27-coref27) The name (and its token) a "dont"/"que" relative clause hangs on, when the name at j is
        that clause's subject and token i (a possessive) comes after the clause: "X, dont Y détient 30 %, a
        annoncé le départ de son directeur" (X)."""
        rel = self.relative_heads.get(j)
        return (rel[0], rel[1]) if rel is not None and i > rel[2] else None

    def main_person(self) -> str | None:
        """The person the article speaks of most (by name, title or pronoun), more than of any other person."""
        runs: dict[str, int] = {}
        by_token, entities = self.by_token, self.entities
        for j, n in by_token.items():
            if by_token.get(j - 1) != n and entities[n].type == "PER":
                runs[n] = runs.get(n, 0) + 1
        counts = sorted(((c, n) for n, c in runs.items()), reverse=True)
        if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]) or counts[0][0] < 2:
            return None
        return counts[0][1]

    def dislocated_topic(self, i: int, types, tv) -> tuple[str, int] | bool | None:
        """"La banque, elle, accompagne la famille … : X, son directeur général": a sentence opening on a
        noun phrase taken up by a stressed pronoun ("NP, elle, …", "NP, lui, …") is about that noun phrase,
        and a possessive after it is its, not the nearest name's. (name, token) when the noun phrase is an
        actor of one of ``types``; False when it is not (no owner is then safe); None when the sentence
        opens with no such dislocation (tv: the document's tokens)."""
        s = self.sent_of.get(i)
        if s is None:
            return None
        start = i
        while start > 0 and self.sent_of.get(start - 1) == s:
            start -= 1
        # the first comma of the sentence, within its first six words, then "elle|lui|eux|elles" and a comma
        comma = next((k for k in range(start + 1, min(start + 7, i)) if tv[k].text == ","), None)
        if comma is None or comma + 3 > i or tv[comma + 1].lower_ not in _STRESSED_PRONOUNS \
                or tv[comma + 2].text != ",":
            return None
        for k in range(comma - 1, start - 1, -1):
            name = self.by_token.get(k)
            if name:
                return (name, k) if self.entities[name].type in types else False
        return False

    def cued_company(self, i: int, tv) -> str | None:
        """The organisation a "Chez X, on …", "Du côté de X, …", "Pour X, …", "Au sein de X, …" opening a
        sentence of token i's paragraph (its own or one of the three before) names as what the paragraph
        is about; none when another organisation has been a sentence's subject since."""
        para = self.para_of
        if not para or i >= len(para):
            return None
        para_starts, openings = self._openings()
        start = para_starts[bisect_right(para_starts, i) - 1]   # (the first word of i's paragraph)
        here, cued = self.sent_of.get(i, 0), None
        # the paragraph's first word, then each word opening a sentence after it, before i
        for j in ([start] if start < i else []) + openings[bisect_right(openings, start):bisect_left(openings, i)]:
            if cued and any(n != cued and self.entities[n].type == "ORG" and k < i
                            for k, n in self.subjects.get(self.sent_of.get(j), [])):
                cued = None   # ("Chez X, on refuse. Y, lui, maintient son offre. Le PDG…": another spoke since)
            if here - self.sent_of.get(j, 0) > 3:
                continue
            got = self.cue_at(j, tv, i)
            if got is not None:
                name, k = got
                if any(tv[m].text == "," for m in range(k + 1, min(k + 6, i))) \
                        and not any(n != name and m < i for m, n in self.subjects.get(self.sent_of.get(j), [])):
                    # (not "Chez X, Y a passé dix ans": a sentence with an actor of its own as subject)
                    cued = name
        return cued

    def cue_at(self, j: int, tv, end: int) -> tuple[str, int] | None:
        """(name, token) of the organisation a "Chez X", "Du côté de X", "Pour X", "Au sein de X" starting at
        token j names (the name before token ``end``), or None."""
        if tv[j].lower_ not in _CUE_OPENERS:
            return None   # (most sentences open on no cue's first word: one set lookup)
        for cue in PARAGRAPH_CUES:
            k = j + len(cue)
            if k < end and all(tv[j + n].lower_ == w for n, w in enumerate(cue)):
                # (past the noun that introduces the name, and its article: "Au sein du groupe X", "Du côté
                # de la banque X"; an article alone is no cue's: "Chez les X" is a family)
                if k + 2 < end and tv[k].pos_ == "DET" and k not in self.by_token \
                        and self.kinds.get(k + 1) == "introducer":
                    k += 1
                if k + 1 < end and self.kinds.get(k) == "introducer":
                    k += 1
                name = self.by_token.get(k)
                if name and self.kinds.get(k) == "name" and self.entities[name].type == "ORG":
                    return name, k
                return None
        return None

    def _openings(self) -> tuple[list[int], list[int]]:
        """The first words of the paragraphs, and the words whose sentence number differs from the word
        before's, in order: found once per document (cued_company would walk the paragraph at every call)."""
        para, sent_of = self.para_of, self.sent_of
        got = self.__dict__.get("_opening_words")
        if got is None or got[0] is not para or got[1] is not sent_of:
            if len(sent_of) == len(para):
                got = (para, sent_of) + _openings_by_number(para, list(sent_of.values()))
            else:
                got = (para, sent_of) + _openings_by_word(para, sent_of)
            self.__dict__["_opening_words"] = got
        return got[2], got[3]

    def offer_target(self, tv) -> str | None:
        """The company the article's takeover offer is made for: the first organisation named right
        after "sur" following an offer noun ("une OPA hostile sur les Cartonneries X", "un projet d'offre
        publique d'achat sur Y"); None when the article makes no such offer."""
        if getattr(self, "_offer_target_key", None) == len(self.by_token):
            return self._offer_target
        self._offer_target_key, self._offer_target = len(self.by_token), None
        for i, t in [(k, tv[k]) for k in (at_words(tv[0].doc, OFFER_NOUNS) if len(tv) else ())]:   # (the test below)
            if t.lower_ not in OFFER_NOUNS:
                continue
            for j in range(i + 1, min(i + 8, len(tv))):
                if self.sent_of.get(j) != self.sent_of.get(i) or tv[j].is_punct:
                    break
                if tv[j].lower_ != "sur":
                    continue
                # (past a determiner and a trade noun: "sur le papetier X", "sur le groupe Y")
                k = j + 1
                while k < min(j + 5, len(tv)) and self.kinds.get(k) != "name" \
                        and tv[k].pos_ in ("DET", "NOUN", "ADJ"):
                    k += 1
                name = self.by_token.get(k)
                if name and self.kinds.get(k) == "name" and self.entities[name].type == "ORG":
                    self._offer_target = name
                    return name
                break
        return None

    def sent_of_named(self) -> set[int]:
        """The sentences that name or describe some actor."""
        key = (len(self.by_token), len(self.sent_of))
        if getattr(self, "_named_sents_key", None) != key:
            self._named_sents = {self.sent_of.get(j) for j in self.by_token}
            self._named_sents_key = key
        return self._named_sents

    def entity_at(self, i: int) -> str | None:
        return self.by_token.get(i)

    def type_of(self, name: str) -> str | None:
        # None for a name the index does not hold: readers pass placeholders (slots.words.FUNDED, "the
        # company the article's rounds are of") through the same slot lists as names, and one such
        # lookup once failed a whole article ("Le contrat … a été signé entre A et B").
        e = self.entities.get(name)
        return e.type if e is not None else None
