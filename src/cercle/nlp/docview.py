"""A read-only view of a parsed Doc whose token attributes are read once.

Why: spaCy builds a new ``Token`` object on every ``doc[i]``, ``tok.head`` and
step of ``tok.children``, and looks every string attribute (``text``,
``pos_``, ``dep_``, ``lemma_``…) up in the StringStore on each access. The
mention and tie rules walk the parse tens of thousands of times per article,
so that bookkeeping cost more than the rules themselves.

``DocView(doc)`` reads the attributes the rules use in bulk (``Doc.to_array``)
into plain Python objects with spaCy's names and meaning: ``doc[i]``,
``doc[a:b]``, ``doc.sents``, ``doc.ents``, ``doc.char_span``; ``tok.i``,
``text``, ``lower_``, ``lemma_``, ``pos_``, ``dep_``, ``idx``, ``whitespace_``,
``is_sent_start``, ``is_punct``, ``is_space``, ``like_num``, ``is_lower``, ``is_alpha``, ``head``,
``children``, ``lefts``, ``rights``, ``subtree``, ``ancestors``, ``sent``,
``nbor()``, ``morph.get()``; ``span.start``, ``end``, ``start_char``,
``end_char``, ``text``, ``label_``. Any other attribute is read from the spaCy object
(tokens and spans it returns are wrapped too), so rules may use the whole
spaCy API; only the common ones are fast. Nothing after the parse writes to
the Doc, so the view never goes stale.
"""
from __future__ import annotations

from itertools import compress
from operator import itemgetter
from types import GeneratorType
from typing import TYPE_CHECKING

from .deals32 import company_kind_apposition, words as _deals32_words   # (s32-deals32)
from .agreement import apposition_of_nearer_name, list_continued_in_relative, participle_on_agreeing_noun   # (s20-prec)
from .heads import below as _below
from .basics33 import apposed_titles as _basics33_titles, bracketed_share_list, inverted_relative, object_after_date, \
    time_openers as _basics33_openers, title_after_name   # (s33-basics33)
from .carry35 import opening_participles, starters as _carry35_starters   # (s35-carry35)
from .readb35 import fronted_clause_root   # (s35-readb35)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# spaCy is imported when a view is built, not with this module: commands that never parse
# (query, export, serve) must not pay its import time.
# (the word's own attributes - text, lower case, flags - are read once per vocabulary word: _LEXEMES)
_COLUMNS = ("ORTH", "LEMMA", "POS", "DEP", "HEAD", "IDX", "SPACY", "SENT_START", "MORPH")
UNSET = object()   # a memo slot of TokenView not filled yet


class MorphView:
    """``Token.morph`` as a dict of field → values; ``get`` behaves as MorphAnalysis.get."""

    __slots__ = ("_fields", "_text")

    def __init__(self, text: str):
        self._text = "" if text == "_" else text
        self._fields: dict[str, list[str]] = {}
        for feat in text.split("|") if text not in ("", "_") else ():   # "_": no features
            field, _, values = feat.partition("=")
            self._fields[field] = values.split(",")

    def get(self, field: str, default=None) -> list[str]:
        values = self._fields.get(field)
        if values is None:
            return [] if default is None else default
        return list(values)

    def __str__(self) -> str:
        return self._text


_SPACY_TYPES: tuple = ()   # (Span, Token), imported on the first fallback (an import statement costs microseconds)


def _wrap(view: "DocView", value):
    """A spaCy Token or Span of the viewed Doc as its view; other values unchanged."""
    global _SPACY_TYPES
    if not _SPACY_TYPES:
        from spacy.tokens import Span, Token

        _SPACY_TYPES = (Span, Token)
    Span, Token = _SPACY_TYPES
    if isinstance(value, Token) and value.doc is view.doc:
        return view.tokens[value.i]
    if isinstance(value, Span) and value.doc is view.doc:
        return SpanView(view, value.start, value.end, value.label_)
    if isinstance(value, GeneratorType):
        return (_wrap(view, v) for v in value)
    return value


class TokenView:
    __slots__ = ("doc", "i", "text", "lower_", "lemma_", "pos_", "dep_", "idx", "whitespace_",
                 "is_sent_start", "is_punct", "is_space", "like_num", "is_lower", "is_alpha", "head", "children", "morph",
                 "sent", "case", "__weakref__")   # (case: arguments.case_of's answer, kept once asked; UNSET before)

    # (no __getattr__: a class defining it makes Python look every attribute up the slow way, even
    # the slots above; the attributes not cached here are properties asking spaCy, see _delegate)

    def __len__(self) -> int:
        return len(self.text)

    @property
    def vocab(self):
        return self.doc.doc.vocab   # (the Doc's: no spaCy Token built to reach it)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    def __eq__(self, other) -> bool:
        return isinstance(other, TokenView) and other.doc is self.doc and other.i == self.i

    def __hash__(self) -> int:
        return hash((self.doc, self.i))

    def nbor(self, i: int = 1) -> "TokenView":
        if not 0 <= self.i + i < len(self.doc.tokens):
            raise IndexError(f"token {self.i} has no neighbour at offset {i}")
        return self.doc.tokens[self.i + i]

    @property
    def lefts(self):
        return (c for c in self.children if c.i < self.i)

    @property
    def rights(self):
        return (c for c in self.children if c.i > self.i)

    @property
    def subtree(self):
        # spaCy's order (left subtrees, the word, right subtrees), walked with a stack: nested
        # generators cost a frame per level for every word yielded
        todo = [self]   # words to expand, and (word,) to yield
        while todo:
            t = todo.pop()
            if t.__class__ is tuple:
                yield t[0]
                continue
            kids = t.children
            if not kids:
                yield t
                continue
            i = t.i
            for c in reversed(kids):   # pushed last first: popped in token order
                if c.i > i:
                    todo.append(c)
            todo.append((t,))
            for c in reversed(kids):
                if c.i < i:
                    todo.append(c)

    @property
    def ancestors(self):
        tok, n = self, 0
        while tok.head is not tok and n < len(self.doc.tokens):
            tok = tok.head
            yield tok
            n += 1


class SpanView:
    __slots__ = ("doc", "start", "end", "label_")

    def __init__(self, doc: "DocView", start: int, end: int, label: str = ""):
        self.doc, self.start, self.end, self.label_ = doc, start, end, label

    @property
    def start_char(self) -> int:
        toks = self.doc.tokens
        return toks[self.start].idx if self.start < len(toks) else len(self.doc.text)

    @property
    def end_char(self) -> int:
        if self.start == self.end:
            return self.start_char
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        if self.start >= self.end:
            return ""
        first, last = self.doc.tokens[self.start], self.doc.tokens[self.end - 1]
        return self.doc.text[first.idx:last.idx + len(last.text)]

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    def __iter__(self):
        return iter(self.doc.tokens[self.start:self.end])

    def __reversed__(self):
        return reversed(self.doc.tokens[self.start:self.end])

    def __getitem__(self, i):
        if isinstance(i, slice):
            from spacy.util import normalize_slice

            start, end = normalize_slice(len(self), i.start, i.stop, i.step)
            return SpanView(self.doc, start + self.start, end + self.start)
        j = self.end + i if i < 0 else self.start + i
        if not self.start <= j < self.end:
            raise IndexError(f"index {i} out of span of length {len(self)}")
        return self.doc.tokens[j]

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


_FIRST_GROUP_PARTICIPLE = ("é", "ée", "és", "ées")


# Time words the parser takes for the head of the object after them ("a lancé vendredi une offre …",
# "a annoncé mardi la nomination de …": the object hung on the day as its apposition).
_TIME_NOUNS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
                         "aujourd'hui"})


def rehang(child, head, dep: str) -> None:
    """Hang a token on another head, under another relation (children kept in token order); on itself, it
    becomes a root. The parse repairs of this view use it, and those of the extractor (relations.py).
    A move that would hang a word under its own dependent is not made: the tree would get a loop, and every
    walk of it (``subtree``) would run until memory ran out — a repair read as "the participle agrees with
    that noun" once met a noun that was the participle's own subject ("trois marchés … attribués par …")."""
    if head is not child and _below(head, child):
        return
    old = child.head
    if old is not child:
        old.children = [x for x in old.children if x is not child]
    child.head, child.dep_ = head, dep
    if head is not child:
        head.children = sorted(list(head.children) + [child], key=lambda x: x.i)


_LAWYER_NOUNS = frozenset({"avocat", "avocate", "avocats", "avocates", "conseil", "défenseur", "défenseure"})


def _after_name_comma(t, toks, hyphen_only: bool = False) -> bool:
    """The noun right after "Name ," or after "Name , noun-" (a hyphenated title; only that one for a
    conjunct, which after a bare comma may be a list's)."""
    before = toks[t.i - 1]
    if before.text == ",":
        return not hyphen_only
    return before.text in ("-", "‐") and not before.whitespace_ and t.i > 3 and toks[t.i - 2].pos_ == "NOUN" \
        and not toks[t.i - 2].whitespace_ and toks[t.i - 3].text == ","


def _rehang_lawyer(me, toks) -> None:
    """"X conteste toute irrégularité par la voix de son avocate, Me Y": the lawyer's name after a comma is
    the apposition of the lawyer noun right before the comma (the parse hangs it on a noun further back;
    not "L'avocate de l'entreprise, Me Y", where the noun before the comma is the client)."""
    k = me.i - 2
    while k > 0 and toks[k].pos_ == "ADJ":
        k -= 1
    noun = toks[k]
    if noun.pos_ == "NOUN" and noun.lower_ in _LAWYER_NOUNS and me.head is not noun and not _below(noun, me):
        rehang(me, noun, "appos")


# Predicates whose "de" complement a fronted "dont" fills when the clause's subject is a name ("Y, dont le groupe
# X est le premier actionnaire": X holds Y; the parse hangs "dont" on the subject, "le groupe", as its
# complement). (s19-gapB2)
DONT_PREDICATES = frozenset({"actionnaire", "propriétaire", "copropriétaire", "détenteur", "détentrice",
                              "maison-mère", "actionnariat"})


# (s29-people29) titles a "dont" clause may end on: "Y, dont X est la présidente", "Y, dont il est administrateur"
# ("dont" is the title's complement, as it is an owner's; a person's pronoun may be the subject)
DONT_TITLES = frozenset({"président", "présidente", "directeur", "directrice", "administrateur", "administratrice",
                         "pdg", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "patron", "patronne",
                         "dirigeant", "dirigeante", "gérant", "gérante", "vice-président", "vice-présidente"})
_PERSON_PRONOUNS = frozenset({"il", "elle"})


def _dont_of_predicate(t) -> None:
    """"Y, dont le groupe X est le premier actionnaire": "dont" is the complement of the copula's predicate,
    not of its subject, when the predicate is an owner's title with no "de" of its own and the subject is (or
    names) a proper name (not "dont le frère est propriétaire d'un hôtel"). The predicate is then the relative
    clause of Y (the parse may call it Y's apposition), and a noun ("dont X est actionnaire": tagged an
    adjective)."""
    if t.head.lower_ in DONT_PREDICATES and any(c.dep_ == "cop" for c in t.head.children):
        _owner_clause(t.head, t)
        return
    if t.head.lower_ in DONT_TITLES and t.head.i > t.i and any(c.dep_ == "cop" for c in t.head.children) \
            and _titled_subject(t.head, t):
        # ((s29-people29) "Y, dont il est administrateur": the title is the clause's, "dont" its complement)
        if t.head.pos_ in ("ADJ", "VERB"):
            t.head.pos_ = "NOUN"
        _owner_clause(t.head, t)
        return
    if t.head.dep_ != "nsubj" or t.head.i < t.i:
        return
    subj = t.head
    pred = subj.head
    if pred.lower_ in DONT_TITLES and pred.i > subj.i and any(c.dep_ == "cop" for c in pred.children) \
            and _titled_subject(pred, t) and not _below(pred, t):
        # ((s29-people29) "Y, dont X est la présidente": the parse hangs "dont" on the subject)
        rehang(t, pred, "nmod")
        _owner_clause(pred, t)
        return
    if pred.pos_ != "NOUN" or pred.lemma_.lower() not in DONT_PREDICATES or not any(
            c.dep_ == "cop" for c in pred.children) or any(
            c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in ("de", "du", "des", "d'") for k in c.children)
            for c in pred.children):
        return
    if subj.pos_ != "PROPN" and not subj.ent_type_ and not any(
            (c.pos_ == "PROPN" or c.ent_type_) and c.i == subj.i + 1 for c in subj.children):
        return
    rehang(t, pred, "nmod")
    _owner_clause(pred, t)


def _titled_subject(pred, dont) -> bool:
    """The copula's subject in "dont X est le président": a proper name or a person's pronoun right after
    "dont", with no "de" complement on the title (not "dont le frère est président du club")."""
    if any(c.dep_ == "nmod" and c.i > pred.i and any(k.dep_ == "case" and k.lower_ in ("de", "du", "des", "d'")
                                                      for k in c.children) for c in pred.children):
        return False
    subj = [c for c in pred.children if c.dep_ in ("nsubj", "expl:subj") and dont.i < c.i < pred.i]
    if not subj and dont.head is not pred and dont.head.dep_ == "nsubj" and dont.head.head is pred:
        subj = [dont.head]
    return len(subj) == 1 and (subj[0].pos_ == "PROPN" or subj[0].lower_ in _PERSON_PRONOUNS)


def _owner_clause(pred, dont) -> None:
    """The owner's title a "dont" clause ends on hangs as that clause on the noun before "dont"."""
    if pred.pos_ == "ADJ":
        pred.pos_ = "NOUN"
    toks = pred.doc.tokens
    ante = toks[dont.i - 2] if dont.i > 1 and toks[dont.i - 1].text == "," else None
    while ante is not None and ante.dep_ == "flat:name" and ante.head.i < ante.i:
        ante = ante.head
    if ante is not None and ante.pos_ == "PROPN" and pred.head is not ante and not _below(ante, pred):
        # ("À la différence de Y, dont X est le premier actionnaire, …": the clause is the name's, not the
        # noun the parse hangs it on)
        rehang(pred, ante, "acl:relcl")
    elif pred.dep_ in ("appos", "nmod") and pred.head.i < dont.i and not _below(pred.head, pred):
        pred.dep_ = "acl:relcl"


# Prepositions whose phrase, after a named object, is the verb's ("a racheté la société Y au groupe Z pour N
# euros"): a company's name takes none of them. (s19-gapB2)
_VERB_PHRASE_CASES = frozenset({"à", "au", "aux", "pour", "auprès", "contre", "avec"})


_SPEAKER_PRONOUNS = frozenset({"nous", "je", "j'", "j’", "on", "vous"})


def _label_before_colon(t, toks) -> bool:
    """(s29-headline29) A line that opens on a label and a colon, "X : « Nous resterons au capital de Y »",
    "X (Y) : « … »", "Nucléaire : Y attribue …": the parser may make the label the subject of the verb after
    the colon (then two subjects: the label and "nous"). A speaker's name or a headline's topic word before
    the colon is no argument of what follows it: it is unhung from that verb (a dislocated phrase on it). Only
    at a line's start (the document's or after a line break) and when the verb after the colon has a pronoun
    subject of its own. Returns whether the mend was made."""
    i = t.i
    if i > 0 and "\n" not in toks[i - 1].text:
        return False
    head = t.head
    colon = next((k for k in range(i + 1, min(head.i, i + 12)) if toks[k].text == ":"), None)
    if colon is None or any("\n" in toks[k].text for k in range(i, head.i)):
        return False
    if any(toks[k].pos_ in ("VERB", "AUX") for k in range(i + 1, colon)):
        return False   # ("X a déclaré : « … »": a verb before the colon, its subject is its own)
    # (only when the verb after the colon has a first-person subject of its own, "nous", "je", "on": the two subjects
    # then fight for the verb's ties; a noun subject there leaves the parse as it was, which other readings of
    # an interview's headline rely on)
    if not any(c is not t and c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in _SPEAKER_PRONOUNS and c.i > colon
               for c in head.children):
        return False
    t.dep_ = "dislocated"
    return True


def _kind_noun_under_name(t) -> None:
    """"X a racheté en 2022 la société Y au groupe Z": after a time phrase the parse may make the kind noun
    the subject of the name right after it, and the name the verb's object or adverbial. The noun heads the
    phrase again (the name its complement), and the phrases after the name that only a verb takes are the
    verb's."""
    name = t.head
    verb = name.head
    if verb.pos_ != "VERB" or name.dep_ not in ("obj", "obl:mod", "obl", "obl:arg") or verb.i > t.i \
            or not any(c.dep_ == "det" for c in t.children) or _below(verb, name):
        return
    rehang(t, verb, "obj" if not any(c.dep_ == "obj" and c is not name for c in verb.children) else name.dep_)
    later = [c for c in name.children if c.i > name.i and c.dep_ in ("nmod", "obl:mod", "obl", "obl:arg")
             and any(k.dep_ == "case" and k.lower_ in _VERB_PHRASE_CASES for k in c.children)]
    rehang(name, t, "nmod")
    for c in later:
        rehang(c, verb, "obl:arg" if c.dep_ == "nmod" else c.dep_)


def _named_object_phrases(t) -> None:
    """"X a vendu la société Y au groupe Z pour N euros": a named object takes no "à" or "pour" phrase of its
    own; the parse hangs on it what is the verb's (who it is sold to, the price). (s19-gapB2)"""
    kids = t.children
    if not any(c.pos_ == "PROPN" and c.dep_ in ("flat:name", "nmod", "appos") and c.i == t.i + 1 for c in kids):
        return
    for c in [c for c in kids if c.dep_ == "nmod" and c.i > t.i + 1]:
        if any(k.dep_ == "case" and k.lower_ in _VERB_PHRASE_CASES for k in c.children):
            rehang(c, t.head, "obl:arg" if c.doc.tokens[c.i - 1].lower_ != "pour" and not any(
                k.lower_ == "pour" for k in c.children) else "obl:mod")


def _rehang_object(t) -> None:
    """"X a lancé vendredi une offre": the noun phrase apposed to a time word after a verb is the verb's
    object when the verb has none (the parse hangs it on the day)."""
    verb = t.head
    if t.i < verb.i or any(c.dep_ == "obj" for c in verb.children):
        return
    for c in t.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > t.i and any(d.dep_ == "det" for d in c.children):
            rehang(c, verb, "obj")
            return


# Periods a time phrase after a verb names ("a sanctionné la semaine dernière X", "a obtenu, l'an dernier, le
# soutien de Y"): the parse hangs the object after them on the verb as a second adverbial or a conjunct.
_PERIOD_NOUNS = frozenset({"semaine", "mois", "année", "an", "trimestre", "semestre", "week-end", "matin", "soir",
                           "été", "hiver", "printemps", "automne", "veille"})


def _object_after_period(t, toks) -> None:
    """"X a sanctionné la semaine dernière Y", "X a obtenu, la semaine dernière, le soutien de Y": the noun
    phrase right after a time phrase that follows a verb with no object is that verb's object."""
    verb = t.head
    if t.i < verb.i or not any(c.dep_ == "det" for c in t.children) \
            or any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children):
        return
    end = max(k.i for k in t.subtree) + 1
    while end < len(toks) and toks[end].text == ",":
        end += 1
    if end >= len(toks):
        return
    nxt = toks[end]
    # (the phrase's first word: a name, or a determiner of a noun, hung on the verb with no preposition)
    c = nxt if nxt.head is verb else (nxt.head if nxt.dep_ == "det" and nxt.head.head is verb else None)
    if c is None or c.dep_ not in ("obl:mod", "obl", "conj", "appos") or c.pos_ not in ("PROPN", "NOUN") \
            or any(k.dep_ in ("case", "mark", "cop", "nsubj") for k in c.children):
        return
    rehang(c, verb, "obj")


# Titles whose "de" complements the parse may let a person's name after them hang on ("Le président du conseil
# de surveillance de Y, X, …": X apposed to Y).
_CHAIN_TITLES = frozenset({"président", "présidente", "directeur", "directrice", "patron", "patronne", "pdg",
                           "dirigeant", "dirigeante", "fondateur", "fondatrice", "secrétaire", "administrateur",
                           "administratrice", "gérant", "gérante", "vice-président", "vice-présidente"})


def _rehang_titled_name(t) -> None:
    """"Le président du conseil de surveillance de Y, X, a témoigné": the person's name after the comma is the
    apposition of the title that opens the chain of "de" complements it closes (the parse hangs it on the
    last complement, Y). Only a name the tagger takes for a person's."""
    h, hops = t.head, 0
    while h.dep_ == "nmod" and hops < 4 and h.head.i < h.i:
        h, hops = h.head, hops + 1
        if h.lower_ in _CHAIN_TITLES and h.pos_ == "NOUN":
            # (one phrase: no comma or bracket between the title and the name's own comma)
            toks = t.doc.tokens
            if t.ent_type_ == "PER" and not _below(h, t) and not any(
                    toks[k].is_punct for k in range(h.i + 1, t.i - 1)):
                rehang(t, h, "appos")
            return


# (s29-people29) the second title of "X, président de Y et administrateur de Z": the titles a name's apposition
# pairs ("membre" of "membre du conseil de surveillance de Z" too)
_PAIRED_TITLES = _CHAIN_TITLES | frozenset({"membre", "cofondateur", "cofondatrice", "associé", "associée",
                                            "conseiller", "conseillère"})
_OF_WORDS = frozenset({"de", "d'", "d’", "du", "des"})


def _second_title_of_pair(t, toks) -> None:
    """(s29-people29) "X, président de Y et administrateur de Z", "…, explique X, directrice de Y et membre du
    conseil de Z": the second title, after "et" and the first title's named complement, is the first title's
    conjunct (the parse hangs it on a word of Y's name, and may hang "de Z" on the first title, which then
    reads X as Z's head); "de Z" after the second title is the second title's. Only a first title set off
    after a comma (a name's apposition), with no punctuation or verb between the two titles."""
    k = t.i - 1
    if k < 4 or toks[k].lower_ not in ("et", "&"):
        return
    first, j = None, k - 1
    while j > max(0, t.i - 10):
        w = toks[j]
        if w.is_punct and w.text not in ("-", "'", "’") or w.pos_ in ("VERB", "AUX"):
            return
        if w.pos_ == "NOUN" and w.lower_ in _CHAIN_TITLES:
            first = w
            break
        j -= 1
    if first is None or toks[first.i + 1].lower_ not in _OF_WORDS and not (
            toks[first.i + 1].pos_ == "ADJ" and first.i + 2 < t.i and toks[first.i + 2].lower_ in _OF_WORDS):
        return
    # a name between the first title's "de" and "et" (the complement the second title is hung on)
    if not any(toks[m].pos_ == "PROPN" for m in range(first.i + 2, k)):
        return
    b = first.i - 1
    if toks[b].pos_ == "DET":
        b -= 1
    if b < 1 or toks[b].text != ",":
        return
    if t.head is first or _below(first, t):
        return
    rehang(t, first, "conj")
    for w in toks[first.i:k]:   # (the first title or a word of its complement's name)
        for c in list(w.children):
            if c.dep_ in ("nmod", "obl", "obl:mod") and c.i > t.i \
                    and any(x.dep_ == "case" and x.lower_ in _OF_WORDS for x in c.children):
                rehang(c, t, "nmod")


_UNTIL_NOW = frozenset({"ici", "alors", "présent"})


def _until_now_title(until, toks) -> None:
    """"X, jusqu'ici directeur financier de Y, prendra la tête de Z": the title after "jusqu'ici" (or
    "jusqu'alors") set after a name and its comma is the name's apposition (the parse makes it a phrase of time
    on the verb, hangs the title on "ici" or its complement on the time phrase, and makes the name an
    adverbial: then the name is the verb's subject)."""
    k = until.i
    if k < 2 or k + 2 >= len(toks) or toks[k - 1].text != "," or toks[k + 1].lower_ not in _UNTIL_NOW:
        return
    adv, title, name = toks[k + 1], toks[k + 2], toks[k - 2]
    while name.dep_ == "flat:name" and name.head.i < name.i:
        name = name.head
    if title.pos_ != "NOUN" or name.pos_ != "PROPN" or _below(name, title):
        return
    # (the title's complements the parse hung elsewhere: "des opérations" on "ici" or as the time phrase itself)
    comps = [c for c in (until.head, *until.head.children, *adv.children)
             if c is not title and title.i < c.i <= title.i + 3 and c.dep_ in ("nmod", "obl:mod", "obl") and c.pos_ == "NOUN"]
    if any(c is name or _below(name, c) for c in comps):
        return
    rehang(title, name, "appos")
    for w in (adv, until):
        if w.head is not title and not _below(title, w):
            rehang(w, title, "advmod")
    until.dep_ = "advmod"   # (no preposition of the title's: "jusqu'ici" is an adverb of time)
    for c in comps:
        if c.head is not title and not _below(title, c):
            rehang(c, title, "nmod")
    verb = name.head
    if name.dep_ in ("obl:mod", "obl") and verb.pos_ == "VERB" and verb.i > name.i \
            and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        name.dep_ = "nsubj"


def _rehang_age_subject(ans) -> None:
    """"À 41 ans, X a pris la direction de Y": the name after a fronted age is the verb's subject (the
    parse coordinates it with "ans")."""
    verb = ans.head
    if not any(c.dep_ == "case" and c.lower_ == "à" for c in ans.children) \
            or not any(c.dep_ == "nummod" for c in ans.children) or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return
    for c in ans.children:
        if c.dep_ in ("conj", "appos") and c.pos_ in ("PROPN", "NOUN") and ans.i < c.i < verb.i:
            rehang(c, verb, "nsubj")
            return


_STRESSED_AFTER = frozenset({",", "-même", "même", "aussi", "seul", "non", "qui", "-", "et", "ou", "."})


def _clitic_as_object(t, toks) -> None:
    """"La Banque X (BPI) lui a accordé un prêt", "la région lui a, de son côté, accordé une subvention":
    a "lui" glued before the verb whose subject is already named is its indirect object ("lui" is never an
    expletive; a stressed "X, lui, a…" keeps its commas and is not read here). When an aside cuts the
    auxiliary off from its participle, the parse hangs the subject and the "lui" on the auxiliary: both
    belong to the participle."""
    nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
    if nxt is None or nxt.lower_ in _STRESSED_AFTER or t.i > 0 and toks[t.i - 1].text == ",":
        return   # ("X, lui, a choisi", "lui aussi", "lui-même", "c'est lui qui")
    t.dep_ = "iobj"
    if nxt is None or nxt.dep_ != "aux:tense" or nxt.lemma_ != "avoir" or nxt.head.i <= nxt.i:
        return
    verb = nxt.head
    if t.head is not verb:
        rehang(t, verb, "iobj")
    for c in [c for c in nxt.children if c.dep_ == "nsubj"]:
        rehang(c, verb, "nsubj")


def _finite_acl_as_root(verb) -> None:
    """"L'Assistance publique-Hôpitaux de Paris (AP-HP) lui a attribué un marché": after a name with a
    bracketed acronym the parse makes the name the root and hangs the verb on it as a participle clause;
    a participle with a finite "avoir" before it heads its own clause, whose subject is that name."""
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return
    # "Clarisse Vautrin-Mallet dirige depuis 2015 Oriflamme Logistics": a hyphenated name the parse makes the
    # root, the finite verb right after it a clause on it, and the name after the verb part of the first
    finite = verb.i == noun.i + 1 + sum(1 for c in noun.children if c.dep_ == "flat:name" and c.i < verb.i) \
        and noun.pos_ == "PROPN" and "Fin" in verb.morph.get("VerbForm") and "Ind" in verb.morph.get("Mood")
    if not finite and not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" and c.i < verb.i
                              and "Fin" in c.morph.get("VerbForm") for c in verb.children):
        return
    rehang(verb, verb, "ROOT")
    obj = None
    for c in list(noun.children):
        if c.i > verb.i:
            if finite and c.dep_ == "flat:name" and c.pos_ == "PROPN" and obj is None \
                    and not any(k.dep_ == "obj" for k in verb.children):
                rehang(c, verb, "obj")   # (the name after the verb: its object)
                obj = c
            elif obj is not None and c.dep_ == "flat:name" and c.i == max(k.i for k in obj.subtree) + 1:
                rehang(c, obj, "flat:name")
            else:
                rehang(c, verb, c.dep_)   # (the sentence's last stop and whatever follows the verb)
    rehang(noun, verb, "nsubj")


def _split_name_rejoined(toks, start: int, end: int) -> None:
    """"inscrit la société Ombrelis Trading sur la liste noire": the parse hangs a name's last word ("Trading",
    tagged X) on the verb as an oblique and the rest of the sentence on that word; the word is the first's,
    and what hung on it goes back to the verb. (Not a word the parse made a subject or an object: "le
    constructeur de bus X Y lui a commandé…", where the name's first word is the one misplaced.)"""
    first = toks[start]
    out = [t for t in toks[start:end] if not start <= t.head.i < end]
    if len(out) != 2 or out[0] is not first:
        return
    stray = out[1]
    # ("racheter 30 % de Y à Talmane Group": the first word has its preposition, the last word is made the
    # verb's object; the name is the "à" phrase whole)
    cased = stray.dep_ == "obj" and stray.head is first.head and any(c.dep_ == "case" for c in first.children)
    if stray.pos_ not in ("PROPN", "X", "NOUN") or not stray.text[:1].isupper() or _below(first, stray) \
            or stray.dep_ not in ("obl:arg", "obl:mod", "obl", "dep", "iobj") and not cased or stray.head is first:
        return
    for c in list(stray.children):
        if not start <= c.i < end:
            if cased:   # (its apposition, "…, filiale de Z": the name's)
                rehang(c, first, c.dep_)
                continue
            dep = "obl:mod" if c.dep_ == "nmod" and stray.head.pos_ in ("VERB", "AUX") else c.dep_
            rehang(c, stray.head, dep)
    rehang(stray, first, "flat:name")


def _young_shoot_noun(t, toks) -> None:
    """(s20-coref3) "la jeune pousse" (a start-up): the tagger takes "pousse" for the verb "pousser" and makes
    the adjective the head of the phrase, with the article ("la jeune pousse fondée par X", "des actions de la
    jeune pousse"). The noun takes the adjective's place in the tree; the adjective and the article hang on it."""
    adj = toks[t.i - 1]
    if adj.lower_ != "jeune" or adj.pos_ not in ("ADJ", "NOUN") or not any(c.dep_ == "det" for c in adj.children):
        return
    if t.head is adj:
        head, dep = adj.head, adj.dep_
    elif adj.head is t or adj.head is t.head:
        head, dep = (t.head, t.dep_) if adj.head is t else (adj.head, adj.dep_)
    else:
        return
    if head is t or head is adj:
        head = t   # (one of them was the root)
        dep = "ROOT"
    for c in list(adj.children):   # the article, a "de" or "dans" of the phrase
        rehang(c, t, c.dep_)
    if dep in ("advcl", "xcomp", "acl", "ccomp") and any(c.dep_ == "case" for c in t.children):
        dep = "obl:mod" if head.pos_ in ("VERB", "AUX") else "nmod"   # "dans la jeune pousse": a phrase, not a clause
    rehang(t, head, dep) if head is not t else rehang(t, t, "ROOT")
    rehang(adj, t, "amod")
    for c in list(t.children):
        if c.dep_ in ("xcomp", "nsubj") and c.pos_ == "VERB" and c.i > t.i:
            c.dep_ = "acl"   # "la jeune pousse fondée par X": the participle describes the noun
    t.pos_, t.lemma_ = "NOUN", "pousse"


def _fronted_name_subject(t, toks) -> None:
    """"Arvel Capital, le fonds de Paul X, a racheté Y": a sentence opening on a name the tagger does not
    know, then its apposition between commas; the parse makes the apposition the subject and the name an
    adverb. The name is the subject, the noun phrase its apposition."""
    verb = t.head
    left = min([t.i] + [c.i for c in t.children if c.i < t.i])
    if left < 2 or toks[left - 1].text != ",":
        return
    right = max(x.i for x in t.subtree)
    if toks[right].text == "," and right > t.i:
        right -= 1   # ((s27-coref27b) the closing comma hung on the noun phrase itself)
    if right + 1 >= len(toks) or toks[right + 1].text != "," or verb.i <= right:
        return
    name = toks[left - 2]
    while name.head is not name and name.head.i < left - 1 and name.dep_ == "flat:name":
        name = name.head
    # ((s27-coref27b) "X, son porte-parole, a démenti": the parse may also make both the name and the noun
    # phrase subjects of the verb; the second is the first's apposition, which the title readers need)
    if name.pos_ != "PROPN" or name.head is not verb \
            or name.dep_ not in ("advmod", "dep", "obl", "obl:mod", "nsubj") \
            or any(c.dep_ == "case" for c in name.children):
        return
    first = min([name.i] + [c.i for c in name.children if c.i < name.i])
    if not (first == 0 or toks[first].is_sent_start or toks[first - 1].is_punct
            and (first == 1 or toks[first - 1].is_sent_start)):
        return
    rehang(name, verb, "nsubj")
    rehang(t, name, "appos")


def _title_of_the_nearer_name(toks, start: int, end: int) -> None:
    """"… a déclaré à La Tribune Paul X, le directeur général de Y": two names side by side, the person's
    hung on the first; the parse hangs the title after the comma on the first name too. The apposition
    after a name's comma is that name's."""
    if end + 2 >= len(toks) or toks[end].text != ",":
        return
    inside = [t for t in toks[start:end] if not start <= t.head.i < end]
    if len(inside) != 1:
        return
    root = inside[0]
    first = root.head
    if first is root or first.i >= start or first.pos_ not in ("PROPN", "NOUN") or not first.text[:1].isupper() \
            or root.dep_ not in ("appos", "flat:name", "nmod"):
        return
    k = end + 1
    while k < len(toks) and toks[k].pos_ in ("DET", "ADJ"):
        k += 1
    title = toks[k] if k < len(toks) else None
    if title is not None and title.pos_ == "NOUN" and title.dep_ == "appos" and title.head is first:
        rehang(title, root, "appos")


# (s20-gapC3) Asides set between "avoir" and its participle: "X a de son côté assigné Y", "X avait pour sa part
# porté plainte contre Y", "X avait quant à lui attaqué Y". The parse makes the aside's noun (or the auxiliary) the
# clause's head, hangs the participle on the noun and the subject on the auxiliary.
_ASIDE_POSSESSIVES = frozenset({"son", "sa", "leur"})
_ASIDE_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
_ASIDE_WORDS = frozenset({"côté", "part", "quant"})


def _aside_span(t, toks) -> tuple[int, int] | None:
    """The first and last token of the aside whose key word is ``t`` ("côté", "part", "quant"), if it is one."""
    i = t.i
    if t.lower_ == "quant":
        if i + 2 < len(toks) and toks[i + 1].lower_ == "à" and toks[i + 2].lower_ in _ASIDE_PRONOUNS:
            return i, i + 2
        return None
    if i >= 2 and toks[i - 1].lower_ in _ASIDE_POSSESSIVES \
            and toks[i - 2].lower_ == ("de" if t.lower_ == "côté" else "pour"):
        return i - 2, i
    return None


def _aside_before_participle(t, toks) -> None:
    """"X a de son côté assigné Y": the participle after the aside heads the clause, "avoir" is its auxiliary,
    the subject and the words after the participle are its own, the aside a modifier of it."""
    span = _aside_span(t, toks)
    if span is None or span[0] < 2 or span[1] + 1 >= len(toks):
        return
    aux, part = toks[span[0] - 1], toks[span[1] + 1]
    if aux.lemma_ != "avoir" or part.pos_ != "VERB" or "Part" not in part.morph.get("VerbForm"):
        return
    if aux.head is part and aux.dep_.startswith("aux") and not any(c.dep_.startswith("nsubj") for c in aux.children):
        return   # (parsed right)
    aside = range(span[0], span[1] + 1)
    top = part
    for x in (aux, t):
        if _below(top, x):
            top = x
    if top is not part:
        rehang(part, part if top.head is top else top.head, "ROOT" if top.head is top else top.dep_)
    for x in (aux, t):
        for c in list(x.children):
            if c is not part and c.i not in aside and (c.dep_.startswith("nsubj") or c.i > part.i
                                                      or c.dep_ == "punct"):
                rehang(c, part, c.dep_)
    rehang(aux, part, "aux:tense")
    if t.lower_ == "quant":
        rehang(t, part, "advmod")
    else:
        rehang(t, part, "obl:mod")
    # (a name after the participle taken for a second subject: its object)
    if any(c.dep_ == "nsubj" and c.i < part.i for c in part.children):
        for c in part.children:
            if c.dep_ == "nsubj" and c.i > part.i:
                c.dep_ = "obj"


# (s20-gapC3) Present participles of blame set after a comma ("X a étrillé les conditions de la vente, reprochant à
# Y de …", "X a quitté le groupe Z, dénonçant …"): the parse hangs them on the last noun of the object phrase as
# its clause, but the clause's subject is the one who blames.
_BLAME_PARTICIPLES = frozenset({"accuser", "reprocher", "dénoncer", "fustiger", "critiquer", "qualifier", "taxer",
                                "blâmer", "déplorer", "attaquer", "étriller", "railler", "vilipender"})


def _blame_participle_of_clause(t, toks) -> None:
    """"…, reprochant à Y de …" hung on a noun of the clause's object or phrase: an adverbial clause of the
    verb that noun depends on (not a noun that is a subject or an apposition: "X, dénonçant …" stays X's)."""
    noun = t.head
    if noun.dep_ in ("nsubj", "nsubj:pass", "appos", "ROOT") or noun.i > t.i:
        return
    verb, seen = noun.head, 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and seen < 8:
        if verb.dep_ in ("nsubj", "nsubj:pass", "appos"):
            return
        verb, seen = verb.head, seen + 1
    if verb.pos_ in ("VERB", "AUX") and not _below(verb, t):
        rehang(t, verb, "advcl")


# (s20-gapC3) "X, le fondateur de Y, qui accuse Z …": a relative clause after a person's title set off after a name
# is about that person; the parse hangs it on the title noun, whose antecedent the rules then miss.
_RELATIVE_TITLES = frozenset({"fondateur", "fondatrice", "cofondateur", "cofondatrice", "président", "présidente",
                              "pdg", "patron", "patronne", "directeur", "directrice", "dirigeant", "dirigeante",
                              "ministre", "porte-parole", "secrétaire", "maire", "chef", "cheffe", "gérant",
                              "gérante", "propriétaire", "actionnaire", "héritier", "héritière", "avocat", "avocate"})


_FIRM_VERBS = frozenset({"posséder", "détenir", "contrôler", "employer", "compter", "exploiter", "fabriquer",
                         "produire", "réaliser", "commercialiser", "regrouper", "affréter", "opérer"})


def _relative_of_titled_name(verb, toks) -> None:
    """"X, le fondateur de Y, qui accuse Z": the relative clause (subject "qui") hung on the title noun after
    "X ," goes to X's name."""
    title = verb.head
    if verb.lemma_ in _FIRM_VERBS:
        return   # ("X, le patron de Y, qui possède des parts dans Z": holdings, staff, output are more often Y's)
    if title.lower_ not in _RELATIVE_TITLES or title.i < 3 or not any(
            c.dep_ == "nsubj" and c.lower_ == "qui" for c in verb.children):
        return
    k = title.i - 1
    while k > 0 and toks[k].pos_ in ("DET", "ADJ"):
        k -= 1
    if toks[k].text != "," or k < 1 or toks[k - 1].pos_ != "PROPN" or not toks[k - 1].text[:1].isupper():
        return
    # (only when nothing but the title's own phrase stands between it and the relative: "X, le fondateur de Y, qui")
    if toks[verb.i - 2].text != "," if toks[verb.i - 1].lower_ == "qui" else True:
        return
    name = toks[k - 1]
    while name.dep_ == "flat:name" and name.head.i < name.i:
        name = name.head
    if not _below(name, verb):
        rehang(verb, name, "acl:relcl")


# (s22-prec22b) words that open a relative clause: a clause with none of them is no relative
_RELATIVE_OPENERS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels",
                               "lesquelles", "auquel", "auxquels", "auxquelles", "duquel", "desquels",
                               "desquelles", "quoi"})


def _coordinate_clause_as_relative(verb, toks) -> None:
    """(s22-prec22b) "A a signé un accord avec B, et C a noué un partenariat avec D": the parser hangs the
    second clause on the first clause's object as a relative clause, though no relative word opens it; a
    clause opened by "et"/"mais" with its own subject is coordinated with the first clause's verb (read as
    a relative, C's partnership took the first object's B as a party)."""
    kids = verb.children
    first = kids[0]   # (the clause's first word: "et" hangs on the verb or on its subject)
    for _ in range(4):
        if not first.children or first.children[0].i > first.i:
            break
        first = first.children[0]
    if first.dep_ != "cc" or first.lower_ not in ("et", "mais") or first.i < 2 or toks[first.i - 1].text != ",":
        return
    if not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i and c.pos_ in ("PROPN", "NOUN")
               for c in kids):
        return
    if any(toks[k].lower_ in _RELATIVE_OPENERS for k in range(first.i + 1, verb.i)):
        return
    main = verb.head
    for _ in range(6):
        if main.pos_ in ("VERB", "AUX") or main.head is main:
            break
        main = main.head
    if main.pos_ in ("VERB", "AUX") and main.i < verb.i and not _below(main, verb):
        rehang(verb, main, "conj")


# The words the mends of DocView.__init__ may start on, each mend's first conditions: an adjective; a tag
# with one of its links (_MEND_DEPS); a relative clause; or one of _MEND_WORDS. The loop skips every other
# word before the mends' tests (more than half the words: an eighth of the view's cost). A new mend must start with
# such a condition, and its tag, link or word be added here: tests/nlp/test_docview.py checks each one.
# (s32-deals32) deal nouns the tagger takes for the verb they spell ("une offre commune" → "offrir", "une aide de
# N" → "aider", "une commande de N" → "commander"): after an article or a possessive that is never a clitic, the word
# is the noun (its lemma, the singular)
_DEAL_NOUNS = {"offre": "offre", "offres": "offre", "contre-offre": "contre-offre", "contre-offres": "contre-offre",
               "aide": "aide", "aides": "aide", "commande": "commande", "commandes": "commande",
               "surenchère": "surenchère", "avance": "avance", "avances": "avance", "rachat": "rachat"}
_DEAL_WORDS = frozenset(_DEAL_NOUNS)   # (a set: the mends' check in tests/nlp/test_docview.py reads sets)
_NOUN_DETERMINERS = frozenset({"un", "une", "des", "cette", "ce", "ces", "son", "sa", "ses", "leur", "leurs",
                               "notre", "nos", "votre", "vos", "nouvelle", "première", "seconde", "deuxième"})
_MEND_DEPS = {"NOUN": frozenset({"nsubj", "obj", "nmod", "conj", "appos", "amod"}),
              "PROPN": frozenset({"appos", "conj", "nsubj"}),
              "VERB": frozenset({"acl", "parataxis"})}   # (parataxis: s35-readb35)
_MEND_WORDS = _TIME_NOUNS | _PERIOD_NOUNS | _ASIDE_WORDS | frozenset({"jusqu'", "jusqu’", "ans", "dont", "me", "maître",
                                                                      "pousse", "lui"}) | _DEAL_WORDS \
    | _deals32_words()["company_kinds"] | _basics33_titles() | frozenset({"%", "que", "qu'", "qu’"}) | _basics33_openers()
_COMPANY_KINDS = _deals32_words()["company_kinds"]
_APPOSED_TITLES = _basics33_titles()   # (s33-basics33)
_TIME_OPENERS = _basics33_openers()   # (s33-basics33)
_CARRY35_STARTERS = _carry35_starters()   # (s35-carry35) the opening participles' forms


class DocView:
    """A parsed Doc's tokens, sentences and entities as plain Python objects (see module doc)."""

    __slots__ = ("doc", "text", "tokens", "_sents", "_ents", "_annotated", "_words", "_positions", "_derived",
                 "_capitals", "_initials", "__weakref__")

    def __init__(self, doc: "Doc"):
        if not _DELEGATED:
            _delegate()
        self.doc = doc
        self.tokens = toks = []
        self._sents, self._ents, self._annotated, self._words = [], [], {}, None
        self._positions = None   # (word_positions, built when first asked)
        self._derived = {}   # (derived: indexes a reader builds once per document)
        self._capitals, self._initials = [], []   # (capital_positions: filled below)
        if not len(doc):
            self.text = doc.text
            return
        import numpy
        from spacy import attrs

        table = doc.to_array([getattr(attrs, name) for name in _COLUMNS])
        cols = table.T.tolist()
        _STRINGS.store = doc.vocab.strings
        if _LEXEMES.vocab is not doc.vocab or len(_LEXEMES) > 500_000:   # (another vocabulary: its flags may differ)
            _LEXEMES.clear()
            _LEXEMES.vocab = doc.vocab
        n = len(doc)
        lexes = list(map(_LEXEMES.__getitem__, cols[0]))
        # the three string columns in one lookup: itemgetter reads the dict (and its __missing__)
        # without a Python-level call per token
        strs = itemgetter(*(cols[1] + cols[2] + cols[3]))(_STRINGS)
        lemma, pos, dep = (strs[k * n:(k + 1) * n] for k in range(3))
        space = _pick(cols[6], _SPACES)
        # as Doc.text builds it, without Token objects: words and spaces interleaved in one list and
        # joined once (no string built per word for its word + space)
        parts = [""] * (2 * n)
        parts[::2] = list(map(itemgetter(0), lexes))   # (lists: what CPython makes of them anyway, and what a
        parts[1::2] = list(space)                      # Cython build requires: benchmarks/compiled_build.py)
        self.text = "".join(parts)
        # (lower_words: every lower_ of the document, from the words' entries read above; in C, no
        # Python-level loop)
        self._words = frozenset(map(itemgetter(1), lexes))
        # (the places of the words written with a capital first, or a capital or a digit first: from the words'
        # entries, in C; a token's text never changes, so neither do these)
        self._capitals = list(compress(range(n), map(itemgetter(7), lexes)))
        self._initials = list(compress(range(n), map(itemgetter(8), lexes)))
        # HEAD (an offset to the head) and SENT_START (1, -1 or 0) are signed, stored unsigned
        heads = (table[:, 4].view("int64") + numpy.arange(n)).tolist()
        starts = _pick(cols[7], _STARTS)   # (-1 is stored as 2**64 - 1: neither 0 nor 1)
        morph = _pick(cols[8], _MORPHS)
        new, append = TokenView.__new__, toks.append
        for i, idx, (txt, low, punct, space_, num, lower, alpha, _, _), lem, p, d, m, sp, st in zip(
                range(n), cols[5], lexes, lemma, pos, dep, morph, space, starts):
            # (one store per attribute: no tuple packed and unpacked per token; __new__ skips __init__)
            t = new(TokenView)
            t.doc = self; t.i = i; t.idx = idx; t.text = txt; t.lower_ = low; t.lemma_ = lem; t.pos_ = p
            t.dep_ = d; t.morph = m; t.whitespace_ = sp; t.is_sent_start = st; t.children = ()
            t.is_punct = punct; t.is_space = space_; t.like_num = num; t.is_lower = lower; t.is_alpha = alpha
            t.case = UNSET
            append(t)
        for t, h in zip(toks, heads):
            head = t.head = toks[h]
            if h != t.i:   # children in token order, as spaCy yields them; leaves keep ()
                if head.children:
                    head.children.append(t)
                else:
                    head.children = [t]
        for t in toks:
            if t.pos_ != "ADJ" and t.dep_ not in _MEND_DEPS.get(t.pos_, ()) and t.dep_ != "acl:relcl" \
                    and t.lower_ not in _MEND_WORDS:
                continue   # (no mend below starts on this word: told by its tag, link and word, _MEND_DEPS)
            if t.pos_ == "ADJ" and t.children and t.lower_.endswith(_FIRST_GROUP_PARTICIPLE) and any(
                    c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in t.children):
                # "X a mandaté Y", "X a gelé les avoirs": a past participle after "avoir" that the tagger
                # called an adjective is a verb (first group: "mandaté" → "mandater")
                t.pos_ = "VERB"
                t.lemma_ = t.lower_.rstrip("s").rstrip("e")[:-1] + "er"
            elif t.lower_ in _COMPANY_KINDS and t.pos_ == "NOUN" and company_kind_apposition(t, toks):
                pass   # (s32-deals32) "X, président du groupe A, maison mère de B": the apposition is A's
            elif t.lower_ in _APPOSED_TITLES and t.pos_ == "NOUN" and title_after_name(t, toks, rehang):
                pass   # (s33-basics33) "… qui l'oppose à X, présidente de Y": the title is X's apposition
            elif t.lower_ == "%" and bracketed_share_list(t, toks, rehang):
                pass   # (s33-basics33) "détenu par A (37,5 %), B (37,5 %) et C (25 %)": one list
            elif t.lower_ in ("que", "qu'", "qu’") and inverted_relative(t, toks, rehang):
                pass   # (s33-basics33) "Y (ACR), que dirige X": the relative is Y's, X its subject
            elif t.lower_ in _TIME_OPENERS and t.i > 1 and object_after_date(t, toks, rehang):
                pass   # (s33-basics33) "X dirige depuis 2015 Y": Y is the verb's object, not a part of the date
            elif t.pos_ == "NOUN" and t.dep_ in ("appos", "amod", "nmod") and t.children and t.head.i < t.i \
                    and t.lower_.endswith(_FIRST_GROUP_PARTICIPLE) and any(c.dep_ == "obl:agent" for c in t.children):
                # ((s27-people27) "le fonds, piloté par X", "le fonds souverain piloté par X": a past participle
                # with its "par" agent that the tagger called a noun is the verb's participle on the noun before)
                t.pos_ = "VERB"
                t.dep_ = "acl"
                t.lemma_ = t.lower_.rstrip("s").rstrip("e")[:-1] + "er"
                t.morph = MorphView("|".join(filter(None, (str(t.morph), "Tense=Past|VerbForm=Part"))))
            elif t.lower_ in _TIME_NOUNS and t.dep_ in ("obl:mod", "obl") and t.children and t.head.pos_ == "VERB":
                _rehang_object(t)
            elif t.lower_ in _PERIOD_NOUNS and t.dep_ in ("obl:mod", "obl") and t.children and t.head.pos_ == "VERB":
                _object_after_period(t, toks)
            elif t.lower_ in ("jusqu'", "jusqu’") and t.dep_ == "case":
                _until_now_title(t, toks)
            elif t.lower_ == "ans" and t.children and t.head.pos_ == "VERB" and t.head.i > t.i:
                _rehang_age_subject(t)
            elif t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN") and t.head.i > t.i + 1 \
                    and _label_before_colon(t, toks):
                pass   # ((s29-headline29) "X : « Nous resterons … »": the line's label is no subject of the quote)
            elif t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN" and t.head.i == t.i + 1 \
                    and t.children:
                _kind_noun_under_name(t)
            elif t.dep_ == "obj" and t.pos_ == "NOUN" and t.head.pos_ == "VERB" and t.children \
                    and t.i + 1 < n and toks[t.i + 1].pos_ == "PROPN":
                _named_object_phrases(t)
            elif t.lower_ == "dont" and t.dep_ in ("nmod", "iobj") and t.head.i > t.i:
                _dont_of_predicate(t)
            elif t.lower_ in ("me", "maître") and t.dep_ == "appos" and t.i > 2 and toks[t.i - 1].text == ",":
                _rehang_lawyer(t, toks)
            elif t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.dep_ == "nmod" and t.i > 2 and toks[t.i - 1].text == ",":
                _rehang_titled_name(t)
            elif t.dep_ == "conj" and t.pos_ == "NOUN" and t.lower_ in _PAIRED_TITLES and t.head.i < t.i - 1 \
                    and toks[t.i - 1].lower_ in ("et", "&"):
                _second_title_of_pair(t, toks)   # (s29-people29) "X, président de Y et administrateur de Z"
            elif t.dep_ in ("nmod", "conj") and t.pos_ == "NOUN" and t.i > 2 and t.head.pos_ == "PROPN" \
                    and t.head.i < t.i and _after_name_comma(t, toks, t.dep_ == "conj") \
                    and not any(c.dep_ == "case" for c in t.children):
                # "X, directrice générale du négociant Y", "X, présidente-directrice générale de Y": a bare noun
                # after a name and its comma (or glued to such a noun by a hyphen), with no preposition of its
                # own, is the name's apposition (the parse calls it a complement)
                t.dep_ = "appos"
            elif t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.i > 2 and t.head.pos_ in ("VERB", "AUX"):
                _fronted_name_subject(t, toks)
            elif t.dep_ == "acl" and t.pos_ == "VERB" and t.children and t.head.i < t.i \
                    and t.lower_.endswith(_FIRST_GROUP_PARTICIPLE) and participle_on_agreeing_noun(t, toks):
                pass   # ((s20-prec) "filiale du fonds Y présidée par Z": the participle agrees with "filiale")
            elif t.dep_ in ("appos", "conj") and t.pos_ == "NOUN" and t.head.i < t.i - 2 and toks[t.i - 1].pos_ == "DET" \
                    and apposition_of_nearer_name(t, toks):
                pass   # ((s20-prec) "racheté X à Y, la holding de Z": the apposition is Y's)
            elif t.dep_ == "conj" and t.pos_ == "PROPN" and t.head.i < t.i - 3 and list_continued_in_relative(t, toks):
                pass   # ((s20-prec) "…, la mutuelle qui regroupe A, B et C, a lancé": B, C go on A's list)
            elif t.dep_ == "acl" and t.pos_ == "VERB" and t.children and t.head.dep_ == "ROOT" and t.head.i < t.i:
                _finite_acl_as_root(t)
            elif t.lower_ in _DEAL_WORDS and t.pos_ == "VERB" and t.i > 0 and toks[t.i - 1].lower_ in _NOUN_DETERMINERS:
                t.pos_, t.lemma_ = "NOUN", _DEAL_NOUNS[t.lower_]   # (s32-deals32) "une offre commune" tagged a verb
            elif t.lower_ == "pousse" and t.pos_ == "VERB" and t.i > 1:
                _young_shoot_noun(t, toks)   # (s20-coref3) "la jeune pousse" tagged as adjective + verb
            elif t.dep_ == "acl" and t.pos_ == "VERB" and t.lower_.endswith("ant") and t.lemma_ in _BLAME_PARTICIPLES \
                    and toks[t.i - 1].text == "," and t.head.pos_ in ("NOUN", "PROPN"):
                _blame_participle_of_clause(t, toks)   # (s20-gapC3) "… la vente, reprochant à Y de …"
            elif t.dep_ == "acl:relcl" and t.head.pos_ == "NOUN" and t.head.lower_ in _RELATIVE_TITLES:
                _relative_of_titled_name(t, toks)   # (s20-gapC3) "X, le fondateur de Y, qui accuse Z"
            elif t.dep_ == "acl:relcl" and t.pos_ in ("VERB", "AUX") and t.children \
                    and t.children[0].dep_ in ("cc", "nsubj", "nsubj:pass"):
                _coordinate_clause_as_relative(t, toks)   # (s22-prec22b) ", et C a noué …" read as a relative
            elif t.lower_ in _ASIDE_WORDS and t.i + 1 < n and toks[t.i + 1].pos_ in ("VERB", "ADP"):
                _aside_before_participle(t, toks)   # (s20-gapC3) "X a de son côté assigné Y"
            elif t.dep_ == "parataxis" and t.pos_ == "VERB" and fronted_clause_root(t, toks, rehang):
                pass   # (s35-readb35) "Élue sous l'étiquette Y, X brigue …": the main verb is the root
            elif t.lower_ == "lui" and (t.dep_ in ("expl:comp", "dep") or t.dep_ == "nsubj" and t.i + 1 < len(toks)
                                        and toks[t.i + 1].head is t.head
                                        and any(c.dep_ == "nsubj" and c.i < t.i for c in t.head.children)):
                _clitic_as_object(t, toks)
        ents = doc.ents   # (spaCy builds the spans at each access: once, for the repair and the view)
        for e in ents:
            if e.end - e.start >= 2:
                _split_name_rejoined(toks, e.start, e.end)
            if e.label_ == "PER":
                _title_of_the_nearer_name(toks, e.start, e.end)
        n = len(toks)
        bounds = (numpy.flatnonzero(table[1:, 7] == 1) + 1).tolist()   # (the tokens after the first whose SENT_START is 1)
        if "sents" in doc.user_hooks or not bounds and n > 1 and all(s is None for s in starts[1:]):
            # (a hook, or no boundaries at all: spaCy's own Doc.sents answers, or raises, as before)
            self._sents = [SpanView(self, s.start, s.end) for s in doc.sents]
        else:   # as Doc.sents splits: before each token whose SENT_START is 1
            self._sents = [SpanView(self, a, b) for a, b in zip([0] + bounds, bounds + [n])]
        for s in self._sents:
            for t in toks[s.start:s.end]:
                t.sent = s
        if not _CARRY35_STARTERS.isdisjoint(self._words):
            opening_participles(toks, self._sents, rehang, MorphView)   # (s35-carry35) "Passé par Y, il rejoint Z"
        self._ents = [SpanView(self, e.start, e.end, e.label_) for e in ents]

    def release(self) -> None:
        """Break the view's reference cycles (token ↔ head, children, doc) once the rules are
        done, so its objects are freed at once instead of by the cyclic garbage collector. The
        token ↔ token cycles go with each token's head and children; token → view and token →
        sentence → view then lead to no cycle, once the view's own lists are emptied."""
        for t in self.tokens:
            t.head = t.children = None
        self.tokens, self._sents, self._ents = [], [], []
        self._derived = {}

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getitem__(self, i):
        if i.__class__ is not slice:
            return self.tokens[i]
        start, end = i.start, i.stop
        # the rules' slices are nearly all plain and in range: skip spaCy's normalize_slice then
        if not (i.step is None and start.__class__ is int and end.__class__ is int
                and 0 <= start <= end <= len(self.tokens)):
            from spacy.util import normalize_slice

            start, end = normalize_slice(len(self.tokens), start, end, i.step)
        return SpanView(self, start, end)

    def has_annotation(self, attr, *, require_complete: bool = False) -> bool:
        key = (attr, require_complete)   # status asks it once per tie
        if key not in self._annotated:
            self._annotated[key] = self.doc.has_annotation(attr, require_complete=require_complete)
        return self._annotated[key]

    @property
    def sents(self):
        return iter(self._sents)

    def lower_words(self) -> frozenset:
        """Every ``lower_`` of the document, gathered once: a pass looking for a few cue words can
        be skipped when none of them is in the document."""
        if self._words is None:
            self._words = frozenset([t.lower_ for t in self.tokens])
        return self._words

    def derived(self, key, build):
        """An index a reader derives from the whole document (where a cue phrase stands…), built by
        ``build(self)`` when first asked and kept with the view: a reader run on every trigger then looks
        it up instead of rescanning. Built after the parse repairs (extract_relations mends tags before
        any reader runs), so it sees the tags the readers see."""
        got = self._derived.get(key)
        if got is None:
            got = self._derived[key] = build(self)
        return got

    def capital_positions(self, or_digit: bool = False) -> list[int]:
        """The indices (ascending) of the tokens whose text starts with a capital (``t.text[:1].isupper()``), or
        with a capital or a digit: a pass acting only on such words visits them alone. The stored list: read it."""
        return self._initials if or_digit else self._capitals

    def word_positions(self) -> dict[str, list[int]]:
        """``lower_`` → its token indices (ascending), gathered once (mentions/wordpos.py: the passes that act
        on a few cue words visit only those); the mention stage retags tokens, never their text."""
        if self._positions is None:
            got: dict[str, list[int]] = {}
            get = got.get
            # (get, then a new list only for a word's first place: setdefault built a list for every token)
            for i, t in enumerate(self.tokens):
                places = get(t.lower_)
                if places is None:
                    got[t.lower_] = [i]
                else:
                    places.append(i)
            self._positions = got
        return self._positions

    @property
    def ents(self) -> tuple:
        return tuple(self._ents)

    def char_span(self, start: int, end: int, label: str = "", alignment_mode: str = "strict"):
        span = self.doc.char_span(start, end, label=label, alignment_mode=alignment_mode)
        return None if span is None else SpanView(self, span.start, span.end, span.label_)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


def tokens_of(doc):
    """A DocView's token list (``tv[i]``, ``tv[a:b]`` in a loop skip DocView.__getitem__ and
    SpanView); a spaCy Doc as it is (rules may be handed either)."""
    return doc.tokens if doc.__class__ is DocView else doc


def capital_positions_of(doc, or_digit: bool = False) -> list[int]:
    """The positions in ``doc`` (a DocView, a DocView's token list, a spaCy Doc) of the tokens whose text starts
    with a capital (or a digit, ``or_digit``), ascending: a DocView's, gathered once; any other's, read now."""
    if doc.__class__ is DocView:
        return doc.capital_positions(or_digit)
    if doc.__class__ is list and doc and doc[0].__class__ is TokenView and doc[0].doc.tokens is doc:
        return doc[0].doc.capital_positions(or_digit)
    return [i for i, t in enumerate(doc) if t.text[:1].isupper() or or_digit and t.text[:1].isdigit()]


def lower_words_of(doc) -> frozenset:
    """The set of a document's ``lower_`` (a DocView's, built once; a spaCy Doc's, read now)."""
    return doc.lower_words() if doc.__class__ is DocView else frozenset(t.lower_ for t in doc)


class _Strings(dict):
    """hash → string, shared by all Docs of the process; misses are read from ``store``."""
    store = None

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


_STRINGS = _Strings()


class _Lexemes(dict):
    """orth hash → (text, lower_, is_punct, is_space, like_num, is_lower, is_alpha, a capital first, a capital or a
    digit first) of that vocabulary word:
    attributes of the word itself (spaCy keeps them on its Lexeme), the same at each of its tokens,
    read once per word of ``vocab`` instead of once per token. Cleared for another vocabulary."""
    vocab = None

    def __missing__(self, key: int) -> tuple:
        lex = self.vocab[key]
        first = lex.orth_[:1]
        value = self[key] = (lex.orth_, lex.lower_, lex.is_punct, lex.is_space, lex.like_num, lex.is_lower, lex.is_alpha,
                             first.isupper(), first.isupper() or first.isdigit())
        return value


_LEXEMES = _Lexemes()
_DELEGATED: list = []   # filled once the views hold a property for each spaCy attribute


def _delegate() -> None:
    """Give each view a read-only property for every public attribute of its spaCy class that it
    does not hold itself: the rest of the spaCy API keeps working, read from the spaCy object (tokens
    and spans it returns wrapped). Properties rather than ``__getattr__``: a class with
    ``__getattr__`` makes every attribute read (``tok.pos_``…) take CPython's slow generic path, about
    twice the cost of a plain slot read, and the rules read token attributes millions of times.
    (Run on the first view built: spaCy is imported then, not with this module.)"""
    from spacy.tokens import Doc, Span, Token

    def make(name, target):
        return property(lambda self: _wrap(self if self.__class__ is DocView else self.doc,
                                           getattr(target(self), name)),
                        doc=f"spaCy's {name}, read from the spaCy object")

    targets = ((TokenView, Token, lambda t: t.doc.doc[t.i]),
               (SpanView, Span, lambda s: s.doc.doc[s.start:s.end]),
               (DocView, Doc, lambda d: d.doc))
    for view, spacy_cls, target in targets:
        for name in dir(spacy_cls):
            if not name.startswith("__") and not hasattr(view, name):
                setattr(view, name, make(name, target))
    _DELEGATED.append(True)


class _Morphs(dict):
    """morphology hash → its parsed features (MorphView), parsed once per process."""

    def __missing__(self, key: int) -> MorphView:
        value = self[key] = MorphView(_STRINGS[key] if key else "")
        return value


_MORPHS = _Morphs()


class _Starts(dict):
    """SENT_START as stored (1, 0, or -1 as 2**64 - 1) → Token.is_sent_start (True, None, False)."""

    def __missing__(self, key: int) -> bool:
        return False


_STARTS = _Starts({0: None, 1: True, 2 ** 64 - 1: False})
_SPACES = ("", " ")   # SPACY (0 or 1) → whitespace_


def _pick(keys: list, table) -> tuple:
    """``table[k]`` for each key, in order, in one C-level call (itemgetter; a dict's __missing__ is used)."""
    return itemgetter(*keys)(table) if len(keys) > 1 else tuple(table[k] for k in keys)

