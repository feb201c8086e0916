"""(s35-carry35) Parse repair: the sentence-opening participle phrase.

"Passé par Y, il rejoint Z en 1997", "Passé ensuite par Y, il prend la présidence de Z", "Né à Lyon, formée chez Y,
X dirige Z", "Recrutée par Y en 2004, où elle a piloté l'export, elle a ensuite pris la tête de Z": a past
participle opening the sentence, with its phrase up to a comma, has no subject of its own; it describes the subject
of the main clause after the comma. The parser often breaks the shape: the participle hung as punctuation or taken
for a noun at the head of the line ("Passé" NOUN), the participle's "par Y" / "chez Y" hung on the main verb, the
main clause's subject hung as the participle's apposition and its verb as that name's clause ("…, X rejoint Z" with
"rejoint" an acl of X). The repair gives the shape back: the main verb is the root, each opening participle its
adverbial clause (tagged a verb, data/carry35.yaml participles), the words of each phrase hung on its participle,
the main subject the main verb's. The readers (slots/verbs.py: an opening participle's "pass" slot is the main
clause's subject) then read it as any other participle.

Only a phrase that opens the sentence with a participle followed (past a few adverbs, data/carry35.yaml between) by
a preposition and closed by a comma, and only when a finite main verb with a subject follows ("Passé ce délai, …"
has no preposition; a headline "Passé par Y" no main verb).
"""
from __future__ import annotations

import functools
from pathlib import Path

_RELATIVES = frozenset({"où", "qui", "dont", "que", "qu'", "qu’", "lequel", "laquelle"})
_ADP_WORDS = frozenset({"au", "aux", "du", "des", "chez", "par", "à", "de", "d'", "d’", "dans", "sous", "en", "pour",
                        "sur", "avec", "auprès", "dès", "depuis", "avant", "après", "lors", "entre", "contre"})
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "celui-ci", "celle-ci", "ceux-ci", "celles-ci"})
_OPENERS = frozenset({"«", "\"", "“", "-", "–", "—", "("})


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """data/carry35.yaml: ``forms`` (participle form -> lemma, all genders and numbers) and ``between``."""
    from ..yamldata import load_yaml

    raw = load_yaml((Path(__file__).parent.parent / "extract" / "data" / "carry35.yaml").read_text(encoding="utf-8"))
    forms = {}
    for lemma, bases in raw["participles"].items():
        for b in bases:
            b = str(b)
            for f in (b, b + "e", b + "s", b + "es") if not b.endswith("s") else (b, b + "e", b + "es"):
                forms.setdefault(f, str(lemma))
    return {"forms": forms, "between": frozenset(str(x) for x in raw["between"])}


def starters() -> frozenset:
    """The lower-case forms that may open the repaired shape (a cheap first test per sentence)."""
    return frozenset(words()["forms"])


def _participle(t, first: bool) -> bool:
    if first and not t.text[:1].isupper():
        return False
    if not first and not t.is_lower:
        return False
    if any(c.dep_.startswith(("aux", "nsubj", "cop")) for c in t.children):
        return False   # ("Fondée par X a …", "Passé est …": no opening)
    if t.lower_ not in words()["forms"]:
        return False
    if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm"):
        return "Pres" not in t.morph.get("Tense")
    return t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB", "X")


def _comma_closing(toks, j: int, end: int) -> int | None:
    """The comma closing the phrase opened at ``j`` (quotes and brackets balanced), or None."""
    depth = 0
    for k in range(j + 1, min(end, j + 30)):
        w = toks[k].text
        if w in ("(", "«", "“"):
            depth += 1
        elif w in (")", "»", "”"):
            depth -= 1
        elif w in (".", ";", ":", "!", "?"):
            return None
        elif w == "," and depth <= 0:
            return k
    return None


def _after_relative(toks, c: int, end: int) -> int:
    """After the comma ``c``: a relative clause set off by commas ("Passé par Y, où il a piloté l'export, il …")
    is skipped; the comma after it, else ``c``."""
    if c + 1 < end and toks[c + 1].lower_ in _RELATIVES:
        nxt = _comma_closing(toks, c + 1, end)
        if nxt is not None:
            return nxt
    return c


def _finite(t) -> bool:
    return t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")


def opening_participles(toks, sents, rehang, morph_view) -> None:
    """Repair each sentence that opens on a participle phrase (module doc)."""
    forms = words()["forms"]
    between = words()["between"]
    for s in sents:
        i = s.start
        while i < s.end and (toks[i].is_space or toks[i].text in _OPENERS):
            i += 1
        if i + 4 >= s.end:
            continue
        t0 = toks[i]
        if t0.lower_ not in forms:
            continue   # (only the participles of data/carry35.yaml: the view's gate reads the same forms)
        phrases = []
        j, first = i, True
        while j < s.end and _participle(toks[j], first):
            k = j + 1
            while k < s.end and (toks[k].lower_ in between or toks[k].pos_ == "ADV"):
                k += 1
            if k >= s.end or not (toks[k].pos_ == "ADP" or toks[k].lower_ in _ADP_WORDS):
                break
            c = _comma_closing(toks, j, s.end)
            if c is None:
                break
            phrases.append((j, c))
            c = _after_relative(toks, c, s.end)
            j, first = c + 1, False
        if not phrases:
            continue
        m0 = j   # the main clause's first word
        main = None
        k = m0
        while k < s.end:
            w = toks[k]
            if w.text == "," and k + 1 < s.end and toks[k + 1].lower_ in _RELATIVES:
                nxt = _comma_closing(toks, k + 1, s.end)
                if nxt is None:
                    break
                k = nxt + 1
                continue
            if w.text in (";", ":", "«", "»", ",", "(") or w.lower_ in _RELATIVES:
                break   # (a comma before the main verb: the opening phrase went on, "Fondée par A, ancienne de B,
                # et par C, …", or the main clause is not right there)
            if _finite(w):
                main = w.head if w.dep_.startswith(("aux", "cop")) and w.head.i > w.i else w
                break
            if w.pos_ == "VERB" and "Inf" not in w.morph.get("VerbForm") \
                    and not any(c.dep_.startswith("aux") or c.dep_ == "mark" for c in w.children) \
                    and not any(toks[x].text == "," for x in range(m0, w.i)) and (
                    w.dep_ == "acl" and m0 <= w.head.i < w.i and w.head.pos_ in ("PROPN", "PRON")
                    or any(c.dep_ == "nsubj" and m0 <= c.i < w.i for c in w.children)):
                main = w   # ("…, X rejoint Z": a present tense the parser took for a participle, on X or with X its subject)
                break
            k += 1
        if main is None or main.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
            continue
        # the main clause's subject: its own, else the first pronoun or name between the comma and the verb
        subj = next((c for c in main.children if c.dep_.startswith("nsubj") and c.i >= m0), None)
        if subj is None:
            # (the clause opens on its subject: a pronoun, a name, or an article and adjectives before a noun;
            # never a noun of a prepositional phrase, "en collaboration avec X, …")
            x = m0
            while x < k and toks[x].pos_ in ("DET", "ADJ") and toks[x].lower_ not in _SUBJECT_PRONOUNS:
                x += 1
            cand = toks[x] if x < k and (toks[x].lower_ in _SUBJECT_PRONOUNS or toks[x].pos_ in ("PROPN", "NOUN")) \
                and not any(c.dep_ == "case" for c in toks[x].children) else None
            if cand is None:
                continue
            while cand.head is not cand and m0 <= cand.head.i < k and cand.head is not main:
                cand = cand.head
            subj = cand
        # the main verb is the sentence's root, its subject its own
        root = next((x for x in toks[s.start:s.end] if x.head is x), None)
        if root is not main:
            if root is not None and any(a <= root.i < c for a, c in phrases):
                rehang(main, main, "ROOT")
                rehang(root, main, "advcl")
            elif root is not None and root.i >= m0:
                pass   # (the parse's own main clause: keep it)
        if subj.head is not main or not subj.dep_.startswith("nsubj"):
            rehang(subj, main, "nsubj")
        for a, c in phrases:
            p = toks[a]
            if p.pos_ != "VERB":
                p.pos_ = "VERB"
                p.lemma_ = forms.get(p.lower_, p.lemma_)
                p.morph = morph_view("Tense=Past|VerbForm=Part")
            if p.head is not main or p.dep_ not in ("advcl", "obl:mod", "obl", "acl", "dep"):
                rehang(p, main, "advcl")
            for x in range(a + 1, c):
                w = toks[x]
                if a <= w.head.i < c and w.head is not w:
                    if w.head is p and w.dep_ == "nmod" and any(d.dep_ == "case" for d in w.children):
                        w.dep_ = "obl:mod"
                    continue
                if w.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
                    rehang(w, p, "obl:agent" if w.dep_ == "obl:agent" else "obl:mod")
                elif w.pos_ == "ADV":
                    rehang(w, p, "advmod")
