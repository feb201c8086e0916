"""(s22-names22) Mention passes that mend names the NER cuts short: a family name with a particle after the
person's first name and surname ("Paul Vernier de Castelmont"); a name opened by a capitalised article inside
a sentence, cut before its adjective ("avec La Bretagne insoumise")."""
from __future__ import annotations

from .candidates import _NON_NAMING_ADJECTIVES, _capitalised_mid_sentence, _join_after_particle, _known_word
from .demonyms import countries_by_adjective
from .demonyms import place_of_town
from .index import _Span, replace_inside, top
from .typing_cues import first_names
from .wordpos import at_words
from ..nlp.docview import tokens_of

_PARTICLES = ("de", "d'", "d’")


def surnames_with_a_particle(doc, spans: list[_Span]) -> None:
    """'Paul Vernier de Castelmont, le patron de …': a person named by a first name and a surname, then a
    particle and one capitalised word, which the NER cut before the particle (and often took for a company)
    bears a double family name. Only when every use of that word in the text follows a particle (a company or
    a town "de Z" is named alone elsewhere: "chez Z", "Z a annoncé"), and never a place nor a first name."""
    from .grouping import _place
    tv = tokens_of(doc)
    n = len(tv)
    by_start = None
    dropped = []
    for sp in spans:
        k = sp.end
        if k + 2 > n or tv[k].lower_ not in _PARTICLES or sp.fixed_name or sp.end - sp.start < 2 \
                or tv[sp.start].text not in first_names() or "\n" in tv[k - 1].whitespace_ \
                or not (sp.ner == "PER" or top(sp.votes) == "PER"):
            continue
        name = tv[k + 1]
        if not name.text[:1].isupper() or not name.is_alpha or name.text.isupper() or name.text in first_names() \
                or _place(name.text) or place_of_town(name.text) is not None or _known_word(name):
            continue
        if k + 2 < n and (tv[k + 2].text[:1].isupper() or tv[k + 2].text in ("-", "&")):
            continue   # ("Paul Vernier de Castelmont Industries": a longer name, not read here)
        if any(i == 0 or tv[i - 1].lower_ not in _PARTICLES for i in at_words(doc, (name.lower_,))
               if tv[i].lower_ == name.lower_):   # (the test itself: wordpos may hand every token)
            continue
        if by_start is None:
            by_start = {s.start: s for s in spans}
        other = by_start.get(k + 1)
        if other is not None and (other.end - other.start != 1 or other.fixed_name):
            continue
        _join_after_particle(doc, spans, sp, other, k, dropped)
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]


_CAPITAL_ARTICLES = frozenset({"La", "Le", "Les", "L'", "L’"})


def names_after_a_capitalised_article(doc, spans: list[_Span]) -> None:
    """'avec La Bretagne insoumise', 'le groupe La Bretagne insoumise à l'Assemblée': an article written with a
    capital inside a sentence belongs to a name (the country or the region takes a small "la"), and the
    lower-case adjective right after the name's noun, which the NER left out, is the name's last word; so
    wherever the same words come again. Not a nationality or an adjective that ranks or dates ("La Poste
    française", "Le Monde entier")."""
    tv = tokens_of(doc)
    n = len(tv)
    found: set[tuple[str, str, str]] = set()
    for sp in spans:
        k = sp.end
        if sp.end - sp.start != 2 or k >= n or sp.fixed_name or tv[sp.start].text not in _CAPITAL_ARTICLES:
            continue
        adj, noun = tv[k], tv[k - 1]
        if adj.pos_ not in ("ADJ", "VERB") or adj.dep_ != "amod" or not adj.is_lower or not adj.is_alpha \
                or not noun.is_alpha or not noun.text[1:].islower() or adj.lower_ in _NON_NAMING_ADJECTIVES \
                or adj.lower_ in countries_by_adjective() or not _capitalised_mid_sentence(doc, sp.start):
            continue
        if adj.morph.get("Gender") and noun.morph.get("Gender") and adj.morph.get("Gender") != noun.morph.get("Gender"):
            continue
        found.add((tv[sp.start].lower_, noun.text, adj.lower_))
    if not found:
        return
    for sp in spans:
        k = sp.end
        if sp.end - sp.start == 2 and k < n and not sp.fixed_name and tv[k].is_lower \
                and (tv[sp.start].lower_, tv[k - 1].text, tv[k].lower_) in found:
            sp.end = k + 1
            sp.text = doc[sp.start:sp.end].text
            sp.votes["ORG"] += 2


# Adjectives that give a body's reach, between its kind and "pour" ("l'Alliance européenne pour les batteries",
# "le Centre international pour le règlement des différends"); not any adjective: "le Mouvement fédéraliste
# pour la campagne de 2019" says what money is for
def names_without_borders(doc, spans: list[_Span]) -> None:
    """'Et Juristes sans frontières, qui avait saisi …': a capitalised plural noun and "sans frontières" name a
    body (an NGO), which the NER cuts at the lower-case preposition, leaving the bare noun as the actor."""
    tv = tokens_of(doc)
    n = len(tv)
    added = False
    for k in at_words(doc, ("sans",)):
        i = k - 1
        if i < 0 or k + 1 >= n or tv[k].text != "sans" or tv[k + 1].lower_ not in ("frontières", "frontieres"):
            continue
        t = tv[i]
        if not t.text[:1].isupper() or not t.is_alpha or t.text.isupper() or not t.lower_.endswith(("s", "x")):
            continue
        end = k + 2
        if replace_inside(spans, doc, i, end, "ORG") is None:
            continue
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


def initials_before_a_sentence(doc, spans: list[_Span]) -> None:
    """'le rôle de Paul O. L'ancien ministre, qui …': a person's name ending on an initial with its full stop
    does not run into the next sentence's capitalised article and the lower-case word after it (the NER's
    "Paul O. L'"); the name ends on the initial."""
    tv = tokens_of(doc)
    for sp in spans:
        if sp.end - sp.start < 3 or sp.fixed_name or sp.end >= len(tv) or not tv[sp.end].is_lower:
            continue
        last, dot = tv[sp.end - 1], tv[sp.end - 2]
        if last.text in _CAPITAL_ARTICLES and len(dot.text) == 2 and dot.text[0].isupper() and dot.text[1] == ".":
            sp.end -= 1
            sp.text = doc[sp.start:sp.end].text


# The last word of an English public body's name ("… Commission", "… Authority")
_ENGLISH_BODY_WORDS = frozenset({"Commission", "Authority", "Administration", "Agency", "Board", "Office", "Bureau",
                                 "Council", "Department", "Service", "Tribunal", "Institute"})


def join_at_and(doc, spans: list[_Span], fits, vote: str) -> None:
    """Join the two candidate spans around an English "and" ("X Defence" + "and" + "Space") into one name where
    ``fits(tv, left, right)`` says they are one; the joined span gets two votes for ``vote``. Shared by the
    public bodies below and by names37's company divisions."""
    tv = tokens_of(doc)
    n = len(tv)
    by_end = by_start = None
    dropped = []
    for i in at_words(doc, ("and",)):
        if i < 1 or i + 1 >= n or tv[i].text != "and":
            continue
        if by_end is None:
            by_end = {s.end: s for s in spans}
            by_start = {s.start: s for s in spans}
        left, right = by_end.get(i), by_start.get(i + 1)
        if left is None or right is None or left.fixed_name or right.fixed_name or any(left is d for d in dropped):
            continue
        if not fits(tv, left, right):
            continue
        right.start = left.start
        right.text = doc[right.start:right.end].text
        right.votes[vote] += 2
        dropped.append(left)
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]


def english_bodies_with_and(doc, spans: list[_Span]) -> None:
    """'la Fisheries and Waters Commission (FWC)': an English public body's name joins its domains with "and";
    the NER splits it there (candidates cut "Atlas and Borea", two names) into the first domain alone and the
    rest. When the words after "and" end on a body's noun ("Commission", "Authority") and the words before it
    are one or two capitalised words of no person, the three pieces are one name (a public body, whatever the
    NER said of its first piece)."""
    def fits(tv, left, right) -> bool:
        return (tv[right.end - 1].text in _ENGLISH_BODY_WORDS and left.end - left.start <= 2
                and tv[left.start].text not in first_names() and top(left.votes) != "PER"
                and all(t.text[:1].isupper() and t.is_alpha for t in tv[left.start:left.end]))

    join_at_and(doc, spans, fits, "GOV")


# English plural nouns that name a press investigation or a leak after its target ("X Files", "X Papers")
_LEAK_WORDS = frozenset({"Files", "Papers", "Leaks", "Secrets"})


def drop_leak_titles(doc, spans: list[_Span]) -> None:
    """'Kryptal Files : comment le lobbyiste …': an investigation named after the company it is about, with an
    English plural noun ("Files", "Papers", "Leaks"), is a work, not the company; left in, it names the
    company's whole cluster (the longest name wins). Dropped when the text also names the company alone (a
    company whose own name ends on such a word is written whole each time)."""
    tv = tokens_of(doc)
    n = len(tv)
    dropped = []
    for sp in spans:
        if sp.end - sp.start < 2 or sp.fixed_name or tv[sp.end - 1].text not in _LEAK_WORDS:
            continue
        first = tv[sp.start].lower_
        k = sp.end - sp.start - 1   # (the words before the leak word, named alone elsewhere)
        if any(tv[i + k].text not in _LEAK_WORDS for i in at_words(doc, (first,))
               if i + k < n and [t.lower_ for t in tv[i:i + k]] == [t.lower_ for t in tv[sp.start:sp.end - 1]]):
            dropped.append(sp)
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]


_DE = frozenset({"de", "d'", "d’", "du", "des"})
_BODY_OPENERS = frozenset({"ministère", "ministre", "secrétariat", "secrétaire"})


def names_joined_by_et_de(doc, spans: list[_Span]) -> None:
    """'propriétaire du Courrier du matin et d'Ondes 7': the NER's one span over two names whose "de" the text
    repeats after "et" (two complements of the same noun); each is a name. Only when a capitalised word
    follows the repeated "de" (not "Caisse de dépôt et de placement", lower case) and the span is no
    ministry (whose portfolios join that way: _portfolios builds them)."""
    tv = tokens_of(doc)
    added = []
    for sp in spans:
        if sp.fixed_name or sp.end - sp.start < 4 or tv[sp.start].lower_ in _BODY_OPENERS:
            continue
        for k in range(sp.start + 1, sp.end - 2):
            if tv[k].text != "et" or tv[k + 1].lower_ not in _DE:
                continue
            m = k + 2
            if tv[m].lower_ in ("la", "le", "les", "l'", "l’") and m + 1 < sp.end:
                m += 1
            if not tv[m].text[:1].isupper() or tv[k - 1].text[:1] in ("-", ","):
                break
            other = _Span(m, sp.end, doc[m:sp.end].text)
            other.ner = sp.ner
            if sp.ner:
                other.votes[sp.ner] += 1
            added.append(other)
            sp.end = k
            sp.text = doc[sp.start:sp.end].text
            break
    if added:
        spans.extend(added)
        spans.sort(key=lambda s: s.start)
