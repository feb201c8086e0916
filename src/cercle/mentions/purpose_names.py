"""(s21-names21) Names of bodies that state their purpose with "pour": "le Fonds pour la liberté de la presse",
"l'Observatoire pour la transparence des marchés". French capitalises only the first word; the NER finds the
capitalised kind alone ("Fonds", which is no name by itself) or nothing when an elided article follows
("pour l'indépendance de …"), so the body never becomes an actor."""
from __future__ import annotations

from .candidates import _closes_a_name
from .index import _Span, replace_inside
from .lexicon import lexicon
from ..nlp.docview import lower_words_of, tokens_of
from .wordpos import at_words

# Kinds of body whose name may go on with "pour" (the lexicon's cut name heads: union, comité, fondation …)
_EXTRA_HEADS = frozenset({"fonds"})
_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})
# Little words inside the purpose ("pour la liberté de la presse", "pour la recherche et l'innovation")
_INSIDE = frozenset({"de", "du", "des", "d'", "d’", "et", "à", "au", "aux"}) | _ARTICLES
_LONGEST = 10   # words after "pour"


def _purpose_tail(tv, k: int, n: int) -> int | None:
    """The end of the purpose from tv[k] (its article): lower-case nouns, adjectives and little words, ending
    on a noun or an adjective the clause closes right after (a comma, a relative pronoun, a finite verb, the
    end); None when another word comes first (a verb, a pronoun, a capitalised name)."""
    best = None
    for j in range(k, min(n, k + _LONGEST)):
        t = tv[j]
        if "\n" in tv[j - 1].whitespace_ or not t.is_lower:
            break
        if t.lower_ in _INSIDE:
            continue
        if not t.is_alpha or t.pos_ not in ("NOUN", "ADJ"):
            break
        if _closes_a_name(tv, j + 1, n) or j + 2 < n and tv[j + 1].pos_ == "ADP" and tv[j + 2].like_num:
            # (or a date right after: "fondé le Fonds pour la liberté de la presse en 2021")
            best = j + 1
            break
    return best


# adjectives of a body's reach between its kind and "pour" ("l'Alliance européenne pour les batteries")
_SCOPE_ADJECTIVES = frozenset({"européen", "européenne", "international", "internationale", "national",
                               "nationale", "mondial", "mondiale", "interprofessionnel", "interprofessionnelle"})


def purpose_body_names(doc, spans: list[_Span]) -> None:
    """'le Fonds pour la liberté de la presse, créé par X': a capitalised kind of body inside a sentence, "pour"
    and an article right after, then lower-case words up to the end of the clause, is one organisation's name
    (ORG, fixed); spans inside it give way. Not at a sentence's start ("Union pour … " may be a heading's
    word), not after an adjective ("le Mouvement fédéraliste pour la campagne de 2019": what money is for)
    unless it is one of a body's reach ("membres de l'Alliance européenne pour les batteries", s22-names22)."""
    if "pour" not in lower_words_of(doc):
        return
    tv = tokens_of(doc)
    n = len(tv)
    heads = _EXTRA_HEADS | frozenset(lexicon()["cut_name_heads"])
    added = False
    for k in at_words(doc, ("pour",)):
        found = _purpose_head(tv, k, n, heads)
        if found is None:
            continue
        i, tail = found
        end = _purpose_tail(tv, tail, n)
        if end is None:
            continue
        if replace_inside(spans, doc, i, end, "ORG") is None:
            continue   # (a name that runs past these words: leave it as found)
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


def _purpose_head(tv, k: int, n: int, heads) -> tuple[int, int] | None:
    """Where the name of a body with "pour" at ``k`` starts — its capitalised kind right before ("le Fonds
    pour la …") or before an adjective of its reach ("l'Alliance européenne pour les …") — and where its
    purpose's words are read from (after the article, or from it after an adjective, as each pass was
    measured); None when neither."""
    if 2 <= k < n - 2 and tv[k].text == "pour" and tv[k + 1].lower_ in _ARTICLES:
        t = tv[k - 1]
        if t.lower_ in heads and t.text[:1].isupper() and not t.text.isupper() and not t.is_sent_start:
            return k - 1, k + 2
    if k - 2 < 1 or k + 2 >= n or tv[k].lower_ != "pour" or tv[k - 1].lower_ not in _SCOPE_ADJECTIVES \
            or not tv[k - 1].is_lower or tv[k + 1].lower_ not in _ARTICLES:
        return None
    t = tv[k - 2]
    if t.lower_ not in heads or not t.text[:1].isupper() or t.text.isupper() or t.is_sent_start:
        return None
    return k - 2, k + 1
