"""Candidate name spans: spaCy's NER spans cleaned, and the names it missed.

NER spans lose line breaks, heading words, leading articles and titles,
amounts and nationality nouns; capitalised runs the NER missed are added;
ministries are built from portfolios ("ministre de l'Économie"); "le groupe X"
for a family name becomes an organisation, "le régime X" a public body; party members
("les sénateurs X") and state bodies ("l'armée tchadienne") are actors of their own;
surnames used alone, and one-word names misread at a sentence start, are added.
"""
from __future__ import annotations

from .demonyms import countries_by_adjective, masculine_adjective, place_of_town, region_names

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from .index import _Span, no_votes, top
from .lexicon import fold, lexicon
from .typing_cues import _head, _local_adjectives, _trade_opener, first_names, trade_word
from .typing_cues import _origin_after_company_noun, _republic_as_a_movement, _MOVEMENT_PREPOSITIONS   # (asked for every span: no import statement per call)
from ..nlp.docview import capital_positions_of, lower_words_of, tokens_of
from .wordpos import at_words, line_spans, tokens_at

# Job titles written as acronyms before a person's name ("la DRH X", "le DAF X", "le CTO X").
_TITLE_ACRONYMS = frozenset({"ceo", "dg", "drh", "daf", "dsi", "cfo", "coo", "cto", "dga", "sg"})


DEMONYM = re.compile(r"(ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|que|ol|ole|ais|in|ine|ite|ote|ate)s?$")
_BAD_EDGE_POS = {"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PRON", "AUX", "VERB"}
# (s30-names30) French pronouns: a capitalised one inside a sentence (after a colon, a title) is no name
_PRONOUN_WORDS = frozenset({"il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "tu", "ce", "cela", "ça",
                            "celui", "celle", "ceux", "celles", "qui", "que", "quoi", "dont", "où", "lequel",
                            "laquelle", "lesquels", "lesquelles", "chacun", "chacune", "tout", "tous", "toutes",
                            "personne", "rien", "aucun", "aucune", "certains", "certaines", "plusieurs", "lui",
                            "leur", "eux", "moi", "toi", "soi", "en", "y", "se", "le", "la", "les", "me", "te"})


# Titles that are part of how a person is named when one name word follows: "le prince X", "Me X".
_NAMING_TITLES = {"prince", "princesse", "roi", "reine", "émir", "cheikh", "sultan", "lord", "lady", "me", "maître"}

_MONEY = re.compile(r"[€$£¥]|^(?:M|Md|Mds|Mrd|Mrds|K|Mn)$")


_COMPOUND_DEMONYM = re.compile(r"^([a-zàâçéèêëîïôûùüÿ]+o)\s*-\s*([a-zàâçéèêëîïôûùüÿ]+)$")


def _compound_demonym(text: str) -> bool:
    """"Russo-Chypriote", "Franco-Algérien", "Sino-Américaine": a prefix in -o and a demonym."""
    if "-" not in text:
        return False   # (the pattern needs its hyphen: no lowering and matching for every other word)
    m = _COMPOUND_DEMONYM.match(text.lower())
    return bool(m) and (m.group(2) in countries_by_adjective()
                        # ("Russo-Valdarien": a country the list does not know, after a known prefix)
                        or m.group(1) in _DEMONYM_PREFIXES and DEMONYM.search(m.group(2)) is not None)


_DEMONYM_PREFIXES = frozenset({"russo", "franco", "sino", "anglo", "italo", "germano", "hispano", "afro", "gréco",
                               "greco", "austro", "belgo", "helvéto", "indo", "irano", "israélo", "turco", "nippo",
                               "luso", "polono", "suédo", "syro", "libano", "algéro", "tuniso", "maroco", "américano",
                               "canado", "dano", "hungaro", "roumano", "serbo", "croato", "ukraino", "brésilo"})


def _money(text: str) -> bool:
    """``_MONEY.search(text)``, run only where it can match: on a currency sign, or a text that
    starts with M or K (most names have neither)."""
    return (text[:1] in ("M", "K") or "€" in text or "$" in text or "£" in text or "¥" in text) \
        and _MONEY.search(text) is not None


_ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$")

_NER_TYPE = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "ORG"}


def _candidate_spans(doc) -> list[_Span]:
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    lex = lexicon()
    spans: list[_Span] = []
    for ent in doc.ents:
        if _money(ent.text):
            continue   # "M€", "Md$": amounts, not names
        start, end = ent.start, ent.end
        label = ent.label_
        if end < len(tv) and tv[end - 1].text[-1:] in ("'", "’") and tv[end].text == "s" \
                and len(tv[end - 1].text) > 2:
            end += 1   # "Kelvio's": the English possessive the tokenizer cut off
        while start < end and (tv[start].pos_ in _BAD_EDGE_POS or tv[start].text.lower() in ("l'", "l’")):
            # a capitalised article inside a name is part of it ("Le Monde"), except at a sentence start
            if (tv[start].text in ("Le", "La", "Les", "L'", "L’") and not tv[start].is_sent_start
                    and start + 1 < end and tv[start + 1].text[:1].isupper()):
                break
            # a capitalised word inside a sentence is a name, whatever tag the parser gave it
            # ("Nasser" read as a verb, "Kelvio'" as a preposition)
            if (tv[start].pos_ in ("VERB", "AUX", "ADP") or tv[start].text.isupper() and len(tv[start].text) > 1
                    or tv[start].pos_ == "PRON" and tv[start].lower_ not in _PRONOUN_WORDS and tv[start].is_alpha) \
                    and _capitalised_mid_sentence(doc, start) and tv[start].lower_ not in lex["not_names"]:
                break   # (an acronym too, whatever its tag: "des députés PRV"; (s30-names30) a name the parser
                #         reads as a pronoun, "selon lesquelles Brivex aurait …": no pronoun takes a capital there)
            if tv[start].text[:1].isupper() and tv[start].is_alpha and start + 1 < end \
                    and tv[start + 1].text[:1].isupper() and not _known_word(tv[start]):
                break   # "Lysandre Industrie, une PME …" opening a sentence: a word the language model has
                #         never seen, tagged a pronoun or a verb, opening a name of capitalised words
            if tv[start].text[:1].isupper() and tv[start].is_alpha and _glued_particle(tv, start + 1, end):
                break   # "Karim al-Mansour a …": a capitalised word before a particle name is its first name
            start += 1
        # "PDG Christophe X", "la DRH Laure X": a title is not part of the name ("le prince X", "Me X" with one name
        # word: the title is how the text names the person)
        # "le Russo-Chypriote Pavel X", the nationality cut in three tokens: not part of the name
        if end - start > 3 and tv[start + 1].text == "-" and not tv[start].whitespace_ \
                and _compound_demonym(tv[start].text + "-" + tv[start + 2].text) \
                and (label == "PER" or tv[start + 3].text in first_names()):   # (not "Italo-Suisse Transports")
            start += 3
        while start < end - 1 and (tv[start].lower_ in lexicon()["person_titles"] or tv[start].lower_ in _TITLE_ACRONYMS
                                   or tv[start].lower_ in countries_by_adjective() and not _demonym_opens_a_name(tv, start, label)
                                   or _compound_demonym(tv[start].text)
                                   or tv[start].lower_ in _local_adjectives() and tv[start + 1].text[:1].isupper()
                                   and not _org_word_in(tv, start + 1, end, lex)
                                   and (label == "PER" and start > 0 and tv[start - 1].lower_ in ("le", "la", "l'", "l’")
                                        or tv[start + 1].text in first_names())):
            # (not "Ligérienne Mutuelle", "Normande Assurances", "Dauphinoise Laitière": a region's adjective
            # opening a company's name; "le Lyonnais Paul X", a person: a first name, or the NER's person after
            # the article, "le Savoyard X"; not a sentence's opening "Dauphinoise Laitière a mandaté …")
            if end - start == 2 and tv[start].lower_ in _NAMING_TITLES and tv[start + 1].text[:1].isupper():
                break
            start += 1
        # "a déclaré à l'AFP Bénédicte X": an acronym (a news agency, a channel) the NER glued onto the
        # person named right after it is no part of her name
        # (a first name of the list, or any capitalised word after "l'AFP", "la BBC": an article before the
        # acronym, which no person's name takes)
        if label in ("PER", "MISC") and end - start > 2 and tv[start].text.isupper() and len(tv[start].text) > 1 \
                and (tv[start + 1].text in first_names() and label == "PER" or start > 0 and tv[start - 1].lower_ in ("l'", "l’", "la", "le")
                     and tv[start + 1].text[:1].isupper() and tv[start + 1].text[1:].islower()):
            start += 1
        if end - start == 1 and start > 0 and tv[start - 1].lower_ in _NAMING_TITLES \
                and tv[start - 1].text.islower() and label == "PER":
            start -= 1
        # "ONG Vigies des océans", "PME Kelvio": a common noun written as an acronym opening the span
        # introduces the name, it is not part of it
        while start < end - 1 and tv[start].text.isupper() and tv[start].lower_ in lex["not_names"] \
                and lex["introducer_of"].get(tv[start].lower_):
            start += 1
        if start < end - 1 and _interview_marker(tv, start):
            start += 1   # "Q. Que reproche-t-on à X ?", "R. Elle …": an interview's question / answer mark
            if end - start == 1:
                continue   # (the question word or pronoun left alone opens the sentence: no name)
        # names start with a capital: "radio Onda" is the name "Onda" introduced by "radio"
        # ("beIN", "eBay": a capital inside the word makes it a name)
        while start < end - 1 and tv[start].text.islower() and not tv[start].text[:1].isdigit() \
                and not (end - start == 2 and tv[start].lower_ in _NAMING_TITLES) \
                and not _glued_particle(tv, start, end):
            start += 1
        # "Kelvio lundi", "Technova mardi": a lowercase day or month the NER swallowed is not the name's
        while end - start > 1 and tv[end - 1].lower_ in lex["date_words"] and tv[end - 1].text.islower():
            end -= 1
        # "le groupe Écologie et Solidarité" tagged "groupe Écologie et": a name the NER cut after its "et"
        joined = end - start >= 2 and end < len(tv) and tv[end - 1].text == "et" \
            and tv[end].text[:1].isupper() and tv[end].text.isalpha() and ent.label_ == "ORG" \
            and tv[end].i not in {e.start for e in doc.ents}
        if joined:
            end += 1
        while end > start and (tv[end - 1].pos_ in ("PUNCT", "ADP", "DET", "CCONJ")
                               and not (tv[end - 1].pos_ == "PUNCT" and tv[end - 1].is_alpha and tv[end - 1].text[:1].isupper())
                               or not tv[end - 1].text[:1].isalnum()
                               and not any(c.isalnum() or c == "+" for c in tv[end - 1].text)):   # "X -"
            # (a capitalised word the tagger calls punctuation is the name's: "Ostermann Re")
            if (label == "PER" and end - start >= 2 and tv[end - 1].pos_ == "DET"
                    and _capitalised_mid_sentence(doc, end - 1)):
                break   # "Akira Son": a capitalised surname the parser read as a possessive
            if _name_word_mistagged(doc, tv[end - 1]) and end - start >= 2:
                break   # "de Norvane Pylônes, la filiale": "Pylônes" tagged a preposition, the name's last word
            if label == "PER" and end - start >= 2 and tv[end - 1].is_alpha and tv[end - 1].text[:1].isupper() \
                    and tv[end - 2].text in first_names() and _capitalised_mid_sentence(doc, end - 1):
                break   # (s31-names31) "Me Olivier Sur, avocat de …": a capitalised function word after a first
                #         name inside a sentence is a surname ("Paul De", "Anne Pour")
            end -= 1
        # "Solane dans Orbalia": a name never contains a lowercase preposition other than de/du/des;
        # "Atlas and Borea", "Atlas et Borea": two names the NER joined
        for k in range(start + 1, end if not joined else start + 1):
            # ("l'Autorité des marchés financiers un projet d'offre": nor a determiner other than an article)
            if (tv[k].pos_ in ("ADP", "DET") and tv[k].text.islower()
                    and tv[k].text not in ("de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’")) \
                    or (tv[k].text in ("and", "et") and k + 1 < end and tv[k + 1].text[:1].isupper()
                        and (tv[k].text == "and" or tv[k - 1].pos_ in ("PROPN", "X")
                             and tv[k + 1].pos_ in ("PROPN", "X"))) \
                    or tv[k].text == "et" and k + 1 < end and _title_word(tv[k + 1], lex):   # (not "Arts et Métiers")
                # ("fondateur d'Initiative républicaine et ancien ministre": the person's next title)
                end = k
                break
            # "la Gendarmerie nationale enquête sur X", "la Banque mondiale finance X": the NER ran the name
            # into the verb after it (tagged a verb, or a noun the name is the subject of)
            if k > start and tv[k].is_lower and tv[k].is_alpha and (
                    tv[k].pos_ in ("VERB", "AUX") and _known_word(tv[k])   # (not "valdarien", unknown)
                    or any(c.dep_.startswith("nsubj") and start <= c.i < k for c in tv[k].children)):
                end = k
                # ("d'En Avant et s'est chargé de …": the verb's clitic and the "et" before it are no name's)
                while end - start > 1 and (tv[end - 1].pos_ == "PRON" and tv[end - 1].is_lower
                                           or tv[end - 1].pos_ == "CCONJ" and tv[end - 1].is_lower):
                    end -= 1
                break
        # "l'Autorité de la concurrence d'une plainte": a name the NER ran into a "d'" phrase, cut just above
        # before its determiner, never ends on the "de" or the article left behind
        while end - start > 1 and tv[end - 1].text.islower() \
                and tv[end - 1].text in ("de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’"):
            end -= 1
        if start >= end:
            continue
        span = doc[start:end]
        text = span.text
        if "\n" in text or "|" in text:
            continue
        if _dateline(doc, start, end):
            continue
        if not any(t.text[:1].isupper() or t.text[:1].isdigit() or not t.text.islower()
                   and any(c.isupper() for c in t.text) for t in tv[start:end]):   # ("beIN")
            continue
        first = tv[start]
        if end - start > 1 and (first.lower_ in lex["person_titles"] or first.lemma_.lower() in lex["person_titles"]) \
                and all(t.text.islower() for t in tv[start + 1:end]):
            continue   # "Vice-présidents exécutifs", "Directeur général": a capitalised title, not a name
        if end - start > 1 and first.is_sent_start and first.pos_ != "PROPN" and first.text[1:].islower() \
                and _known_word(first) and all(t.lower_ in lex["not_names"] or t.lower_ in lex["person_titles"]
                                               for t in tv[start + 1:end]):
            continue   # (s30-protag30) "Nommé PDG de Y, il …", "Élue DG en mars, …": a sentence's opening word and a
            # title written as an acronym, not a name
        if _compound_demonym(text):
            continue   # "le Russo-Chypriote X", "le Franco-Algérien X": a nationality, not a name
        if end - start == 1:
            tok = tv[start]
            low = tok.text.lower()
            if low in lex["not_names"] or low in lex["person_titles"] or len(tok.text.rstrip(".")) < 2 \
                    or _ROMAN.match(tok.text):
                continue   # ("plainte contre X.": one letter and the full stop the tokenizer left on it;
                #            "un essai de phase III": a roman numeral alone is a rank, no name)
            # a capitalised common word opening a sentence or a line ("Tensions. Le ministre…")
            if tok.is_sent_start and tok.pos_ not in ("PROPN",) and not tok.text.isupper() \
                    and not (label in ("ORG", "MISC") and _bare_subject(tv, tok)):
                continue
            # "le jeune Britannique X": a nationality, from the list of French demonyms
            if low in countries_by_adjective():
                continue
            # "le Lyonnais Paul X": a region's or a city's adjective before a person's name
            if tok.i + 1 < len(tv) and tv[tok.i + 1].text[:1].isupper() and low in _local_adjectives() \
                    and tok.i > 0 and tv[tok.i - 1].lower_ in ("le", "la", "l'", "l’"):
                continue
            # "le Tchèque", "la Britannique": a nationality noun, not a name
            if (tok.i > 0 and (tv[tok.i - 1].lower_ in ("le", "la", "les", "l'") or tv[tok.i - 1].pos_ == "ADJ")
                    and label in ("MISC", "PER") and DEMONYM.search(low) and _known_word(tok)
                    and not (low == "république" and nxt_word(tv, tok.i) in _MOVEMENT_PREPOSITIONS)):
                continue
            nxt = tv[tok.i + 1] if tok.i + 1 < len(tv) else None
            if tok.is_sent_start and nxt is not None and nxt.text == "." and not tok.text.isupper():
                continue
            if _opening_person_noun(tok, lex):
                continue
            if _describes_the_pronoun(tv, tok):
                continue
        sp = _Span(start, end, text)
        sp.ner = _NER_TYPE[label]
        if sp.ner == "LOC" and end - start == 1 and tv[start].pos_ == "PRON":
            # (s30-names30) a capitalised word the parser read as a pronoun is a word the language model has never
            # seen: a company's or a brand's name far more often than a place's (real places it knows)
            sp.ner = "ORG"
        sp.votes[sp.ner] += 1
        spans.append(sp)
    return spans


def nxt_word(tv, i: int) -> str:
    """(s24-names24) The next word, lower case ("" at the end): "La République en marche" is a party's name the
    NER found as "République" alone, which ends like a nationality noun ("la Britannique") but is none."""
    return tv[i + 1].lower_ if i + 1 < len(tv) else ""


# French function words the tagger rightly calls prepositions, articles or conjunctions, even capitalised
_FUNCTION_WORDS = frozenset({"de", "du", "des", "d'", "d’", "le", "la", "les", "l'", "l’", "un", "une", "et", "ou",
                             "à", "au", "aux", "en", "pour", "par", "sur", "sous", "dans", "avec", "sans", "chez",
                             "vers", "entre", "contre", "depuis", "selon", "après", "avant", "mais", "donc", "son",
                             "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "and", "of", "the", "y"})


def _demonym_opens_a_name(tv, i: int, label: str) -> bool:
    """"le fonds Qatari X", "sa filiale immobilière Qatari X": a capitalised demonym right after the
    lower-case noun introducing an organisation (and its adjectives) opens its name, whatever the NER's
    label; after an article it is a nationality noun ("le Britannique Paul X", "le Néerlandais X")."""
    if i == 0 or not tv[i].text[:1].isupper():
        return False
    k = i - 1
    while k > 0 and tv[k].pos_ == "ADJ" and tv[k].is_lower:
        k -= 1   # ("sa filiale immobilière Qatari X")
    return tv[k].is_lower and lexicon()["introducer_of"].get(tv[k].lower_) == "ORG"


def _glued_particle(tv, i: int, end: int) -> bool:
    """"al-Mansour", "el-Fassi", "ben-Saïd", "i-Vision": a short lowercase word glued by a hyphen to the
    capitalised word after it (the tokenizer cuts it in three) is part of the name, not a word before it."""
    return i + 2 < end and (tv[i].text.islower() and tv[i].is_alpha and len(tv[i].text) <= 3
                            or tv[i].text in _CAPITAL_GLUED_PARTICLES) \
        and not tv[i].whitespace_ and tv[i + 1].text == "-" and not tv[i + 1].whitespace_ \
        and tv[i + 2].text[:1].isupper()


# (s22-names22) the same particles written with a capital ("Nasser Al-Kharoub" opening a sentence, "Nasser" read as
# a verb: the capitalised first name before "Al-" is the name's, not a word to strip)
_CAPITAL_GLUED_PARTICLES = frozenset({"Al", "El", "Ben", "Abu", "Abou", "Ibn"})


def _name_word_mistagged(doc, tok) -> bool:
    """'Norvane Pylônes': a capitalised word inside a sentence, inside the NER's name, that the tagger calls
    a preposition, an article or a conjunction, is the name's word (French gives no capital to a function
    word mid-sentence; the real ones are listed)."""
    return tok.pos_ in ("ADP", "DET", "CCONJ") and tok.is_alpha and len(tok.text) > 2 \
        and tok.lower_ not in _FUNCTION_WORDS and _capitalised_mid_sentence(doc, tok.i)


def _title_word(tok, lex) -> bool:
    """A lower-case title or "ancien/ex" opening one: "et ancien ministre", "et présidente de …"."""
    return tok.is_lower and (tok.lower_ in lex["person_titles"] or tok.lower_ in lex["former_title_words"]
                             or tok.lower_ in lex["new_title_words"])


def _org_word_in(tv, start: int, end: int, lex) -> bool:
    """An organisation word among the tokens start..end ("Mutuelle", "Assurances", "Conseil")."""
    return any(t.lower_ in lex["org_name_words"] for t in tv[start:end])


def _opening_person_noun(tok, lex) -> bool:
    """"Polytechnicienne, passionnée de voile, elle …", "Milliardaire discret, il …": a person noun (lexicon
    descriptors) opening the sentence, capitalised only there, describes its subject; it is no name."""
    return tok.is_sent_start and not tok.text.isupper() and lex["descriptor_of"].get(tok.lower_) == "PER"


def _describes_the_pronoun(tv, tok) -> bool:
    """"Polytechnicienne, elle a fait ses armes …", "Discret, il …": a word opening a sentence, set off by
    a comma before a pronoun subject, describes that subject; not a name (the language model knows it in
    lower case)."""
    i = tok.i
    opens = tok.is_sent_start or i == 0 or tv[i - 1].text.strip() == ""
    if not opens or i + 2 >= len(tv) or not _known_word(tok):
        return False
    if tv[i + 1].text == ",":
        # ("Discrète, Anne X a quitté …": a known adjective or participle, whatever follows; "Contacté, le
        # maire …", "Interrogée, la société …": a participle the NER takes for a name)
        return tv[i + 2].lower_ in ("il", "elle", "ils", "elles") or tok.pos_ in ("ADJ", "VERB") \
            or tok.lower_.endswith(("é", "ée", "és", "ées")) and len(tok.text) > 4
    # "Costume sombre, voix posée, Philibert X …": a known noun and its lower-case adjective set off by a
    # comma, a portrait of the subject
    return tv[i + 1].is_lower and tv[i + 1].pos_ == "ADJ" and tv[i + 2].text == ","


def _after_a_closed_quote(tv, i: int) -> bool:
    """'… en bonne et due forme. » Même fermeté du côté du club': a word right after a quotation closed on a
    full stop opens a new sentence (the parser often runs the two together)."""
    return i > 1 and tv[i - 1].text in _QUOTE_CLOSERS and tv[i - 2].text in (".", "!", "?", "…")


_QUOTE_CLOSERS = frozenset({"»", '"', "”"})


def _bare_subject(tv, tok) -> bool:
    """"Bpifrance, qui détient 11 % …": a word the NER calls an organisation opening a sentence with no
    article, set off by a relative "qui" or "dont", is a name (a common noun would take an article; a
    rubric word stands alone: "Tensions.", "Côté finances, …"). (Not one it calls a person or a place:
    the capitalised runs type those from the text.)"""
    n = len(tv)
    if tok.i + 2 < n and tv[tok.i + 1].text == "," and tv[tok.i + 2].lower_ in ("qui", "dont"):
        return True
    # ((s33-names33) "X, concurrent direct de Y, …", "X, filiale de Y": an apposition of a company's standing
    # with no article)
    from .names33 import apposed_company_head
    return tok.i + 2 < n and tv[tok.i + 1].text == "," and apposed_company_head(tv, tok.i + 2)


_OPENERS = {"\n", "«", '"', "“", "(", "[", "|", ":", "—", "–", "-", ".", "!", "?", "…"}


_DATELINE_ENDS = {".", "(", "—", "–", "-", ","}


def _dateline(doc, start: int, end: int) -> bool:
    """"RIVE-DE-GIER. L'affaire…", "LYON (AFP) —": a town in capitals opening a line is the dispatch's
    dateline, not an actor."""
    tv = tokens_of(doc)
    if start > 0 and "\n" not in tv[start - 1].text or end >= len(doc) or tv[end].text not in _DATELINE_ENDS:
        return False
    letters = [c for t in tv[start:end] for c in t.text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _capitalised_mid_sentence(doc, i: int) -> bool:
    """A word with a capital inside a sentence (not after an opening quote, bracket or line break)."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    tok = tv[i]
    if not tok.text[:1].isupper() or tok.is_sent_start or i == 0:
        return False
    prev = tv[i - 1]
    return prev.text.strip() not in _OPENERS and "\n" not in prev.whitespace_ and prev.text.strip() != ""


def _pair_acronyms(doc, spans: list[_Span]) -> None:
    """'Le Monde Libre (LML)': the acronym in brackets right after a name gets its votes."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    if "(" in doc.text:
        _names_up_to_their_acronym(doc, spans)
        _hyphenated_acronyms(doc, spans)
        _names_spelled_by_their_acronym(doc, spans)
    _names_spelled_by_an_apposed_acronym(doc, spans)
    by_start = {s.start: s for s in spans}
    for s in spans:
        acr = by_start.get(s.end + 1)
        if s.end + 1 < len(tv) and tv[s.end].text == "(" and acr is not None and acr.end - acr.start > 1 \
                and acr.end < len(tv) and tv[acr.end].text == ")" and _HYPHENATED_ACRONYM.match(acr.text) \
                and _spelled_by(s.text, acr.text):
            acr.votes.update(s.votes)   # "l'Assistance publique-Hôpitaux de Paris (AP-HP)"
            acr.joins = s.text
            continue
        if s.end + 2 < len(tv) and tv[s.end].text == "(" and tv[s.end + 2].text == ")":
            tok = tv[s.end + 1]
            # (or written like a word, "(Anssi)", "(Ademe)", or with the "et" of the name in lower case,
            # "(LeT)", when it spells the name's initials)
            if len(tok.text) >= 2 and (tok.text.isupper() or tok.text[:1].isupper() and tok.text[1:].islower()
                                       and (fold(_initials_of(s.text)) == fold(tok.text)
                                            or len(tok.text) >= 4 and _spelled_by(s.text, tok.text))
                                       or _mixed_acronym(tok.text) and _spelled_by(s.text, tok.text)):
                acr = by_start.get(tok.i)
                if acr is None:
                    acr = _Span(tok.i, tok.i + 1, tok.text)
                    spans.append(acr)
                acr.votes.update(s.votes)
                acr.joins = s.text
    spans.sort(key=lambda s: s.start)
    _joined_names_whole_elsewhere(doc, spans)
    if "(" in doc.text:
        _names_whole_before_their_acronym(doc, spans)


def _names_whole_before_their_acronym(doc, spans: list[_Span]) -> None:
    """(s19-gapE) 'le groupe Ensemble pour la Nation (EPN)' then 'membre du groupe Ensemble pour la Nation':
    a name made whole by the acronym in brackets after it (its little words in it) is whole wherever the
    text writes the same words again, where the NER cut it at its little words ("Ensemble", "Nation")."""
    tv = tokens_of(doc)
    n = len(doc)
    whole: dict[str, int] = {}   # name's text → its length in tokens
    for s in spans:
        if s.end - s.start >= 3 and s.end + 2 < n and tv[s.end].text == "(" and tv[s.end + 2].text == ")" \
                and any(t.is_lower for t in tv[s.start + 1:s.end]) and not s.fixed_name:
            whole[s.text] = s.end - s.start
    if not whole:
        return
    dropped: list[_Span] = []
    for sp in spans:
        if sp.fixed_name or any(sp is d for d in dropped) or sp.text in whole:
            continue
        for name, size in whole.items():
            end = sp.start + size
            if end <= sp.end or end > n or not name.startswith(sp.text) or doc[sp.start:end].text != name:
                continue
            inside = [o for o in spans if o is not sp and sp.start < o.start < end]
            if any(o.end > end or o.fixed_name or top(o.votes) == "PER" for o in inside):
                break
            for o in inside:
                sp.votes.update(o.votes)
            sp.end = end
            sp.text = name
            dropped.extend(inside)
            break
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]


def _joined_names_whole_elsewhere(doc, spans: list[_Span]) -> None:
    """'les groupes X et Liberté et Territoires s'unissent' in a headline, the name whole with its acronym
    below ('le groupe Liberté et Territoires (LeT)'): two names joined by "et" that together make a name the
    text has whole elsewhere are that name. ``spans`` sorted by start."""
    tv = tokens_of(doc)
    whole = {s.text for s in spans if " et " in s.text}
    if not whole:
        return

    def joins(a, b) -> bool:
        return b.start == a.end + 1 and tv[a.end].lower_ == "et" and not (a.fixed_name or b.fixed_name) \
            and doc[a.start:b.end].text in whole

    _join_neighbours(doc, spans, joins, lambda a, b: a.votes.update(b.votes))


def absorb(doc, sp: _Span, nxt: _Span, dropped: list, votes: int = 3) -> None:
    """Stretch ``sp`` over ``nxt`` as one organisation's name (``votes`` more for ORG) and drop ``nxt``: the
    tail of the passes that find a name the NER cut in two ("Saveurs de | Penhir", "Caisse de … | Lorvan")."""
    sp.end = nxt.end
    sp.text = doc[sp.start:sp.end].text
    sp.votes["ORG"] += votes
    dropped.append(nxt)


def _join_neighbours(doc, spans: list[_Span], joins, then) -> None:
    """Each span with the next one when ``joins(a, b)``: a stretched to b's end, ``then(a, b)`` (its votes),
    b dropped (a span joined once is not joined again). ``spans`` sorted by start."""
    dropped = []
    for a, b in zip(spans, spans[1:]):
        if any(a is d for d in dropped) or not joins(a, b):
            continue
        a.end = b.end
        a.text = doc[a.start:a.end].text
        then(a, b)
        dropped.append(b)
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]


_HYPHENATED_ACRONYM = re.compile(r"^[A-ZÀ-Ý]{1,5}(?:-[A-ZÀ-Ý]{1,5})+$")


@lru_cache(maxsize=8192)   # (a pure test of two strings, asked again for each mention)
def _spelled_by(name: str, acronym: str) -> bool:
    """Do the acronym's letters spell the initials of the name's words, its little words left out (or, for
    an acronym with a lower-case letter, "LeT" for "Liberté et Territoires", all its words)?"""
    every = [w for w in re.split(r"[\s\-'’]+", name) if w]
    words = [w for w in every if w.lower() not in _ACRONYM_SKIPS]
    letters = fold("".join(c for c in acronym if c.isalpha()))
    if len(words) < 2:
        return False
    return fold("".join(w[0] for w in words)) == letters \
        or not acronym.isupper() and fold("".join(w[0] for w in every)) == letters \
        or _spelled_with_some_little_words(every, acronym)


def _spelled_with_some_little_words(every: list[str], acronym: str) -> bool:
    """(s19-gapE) 'Ensemble pour la Nation (EPN)', 'Patriotes pour l'Europe (PfE)', 'Centre international pour
    le règlement des conflits liés aux échanges (Circe)': acronyms keep some little words ("pour") and drop
    others ("la"); a lower-case letter stands for a little word, maybe in another language ("f" for "for");
    a long acronym may leave out one lower-case word ("liés"). Each letter takes the next word in order; the
    first and the last word are taken; every other word left out is a little word (one lower-case word at
    most besides, for an acronym of four letters or more)."""
    letters = [c for c in acronym if c.isalpha()]
    n, m = len(every), len(letters)
    if m < 2 or n < 2 or n > 16:
        return False
    little = [w.lower() in _ACRONYM_SKIPS for w in every]
    spare0 = 1 if m >= 4 else 0

    def fits(i: int, j: int) -> bool:
        c = letters[j]
        return fold(every[i][0]) == fold(c) or c.islower() and little[i]

    # (states: word i, letter j, lower-case words still to spare; a few dozen at most)
    state = {(0, 0, spare0)} if fits(0, 0) else set()
    state = {(1, 1, sp) for _, _, sp in state}
    for i in range(1, n):
        nxt = set()
        for (wi, j, sp) in state:
            if wi != i:
                continue
            if j < m and fits(i, j):
                nxt.add((i + 1, j + 1, sp))
            if i < n - 1:   # (the last word is taken)
                if little[i]:
                    nxt.add((i + 1, j, sp))
                elif sp and every[i].islower():
                    nxt.add((i + 1, j, sp - 1))
        state = nxt
    return any(wi == n and j == m for wi, j, _ in state)


def _mixed_acronym(text: str) -> bool:
    """'LeT', 'EeS': an acronym with the lower-case initial of a little word between its capitals."""
    return 2 <= len(text) <= 6 and text.isalpha() and text[:1].isupper() and text[-1:].isupper() \
        and sum(c.isupper() for c in text) >= 2


def _acronym_in_brackets(tv, i: int) -> bool:
    """Is tv[i] '(' opening an acronym alone in brackets: 'CSE', 'LeT' (two capitals at least, at most six
    letters; not a word written like one, "(Anssi)", which _names_up_to_their_acronym reads)?"""
    if i + 2 >= len(tv) or tv[i].text != "(" or tv[i + 2].text != ")":
        return False
    acr = tv[i + 1].text
    # ((s19-gapE) or one written like a word, "(Circe)", of four letters at least: the initials decide)
    return acr.isalpha() and (acr.isupper() and 2 <= len(acr) <= 6 or _mixed_acronym(acr)
                              or 4 <= len(acr) <= 6 and acr[:1].isupper() and acr[1:].islower())


# Tokens a name spelled out before its acronym is made of, besides its words: elisions and hyphens
_NAME_JOINERS = frozenset({"d'", "d’", "l'", "l’", "-"})


def _names_spelled_by_their_acronym(doc, spans: list[_Span]) -> None:
    """'les groupes X et Liberté et Territoires (LeT)', 'le groupe des Conservateurs et Souverainistes européens
    (CSE)', 'le Parti pour la Démocratie sociale (PDS)': the NER cuts a name at its "et" or its
    capitalised words, or misses it; the acronym in brackets after it confirms the extent: the shortest run
    of words before the bracket, opening on a capital, whose initials the acronym spells is one name (its
    capitalised parts, typed apart, make one organisation or body)."""
    tv = tokens_of(doc)
    by_start = {s.start: s for s in spans}
    added = False
    for t in tokens_at(tv, ("(",)):   # (only the brackets: mentions/wordpos.py)
        k = t.i
        if t.text != "(" or k == 0 or not _acronym_in_brackets(tv, k):
            continue
        acronym = tv[k + 1].text
        start = _start_spelled_by(doc, tv, k, acronym)
        if start is None or (start in by_start and by_start[start].end == k):
            continue   # (no such run, or a span already is that name)
        inside = [s for s in spans if s.start < k and s.end > start]
        if any(s.start < start or s.end > k or s.fixed_name for s in inside):
            continue   # (a name that crosses the run's edges, or one built from the text: leave them)
        sp = _Span(start, k, doc[start:k].text)
        for s in inside:
            sp.votes.update(s.votes)
        words = [t.lower_ for t in tv[start:k]]
        if "république" in words and _republic_as_a_movement(words):
            sp.votes.pop("GOV", None)   # (s19-gapE) "République en commun (REC)": its first word's vote was a state's
        if not sp.votes or top(sp.votes) not in ("ORG", "GOV"):
            # (a name with its acronym is no person's, and no place's; nor is one with no vote at all, a run
            # no NER span was found inside, "MOUVEMENT POUR … (MRS)" in upper-case text)
            sp.votes["ORG"] += 3
        spans[:] = [s for s in spans if not any(s is o for o in inside)]
        spans.append(sp)
        by_start[start] = sp
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


def _names_spelled_by_an_apposed_acronym(doc, spans: list[_Span]) -> None:
    """(s19-gapE) 'l'Office national d'indemnisation des accidents agricoles, l'Oniaa': a name going on in
    lower case, then its acronym set beside it after a comma and an article (no brackets), that spells its
    initials: the run is one name (a body's, an organisation's), and the acronym is its alias."""
    tv = tokens_of(doc)
    n = len(doc)
    by_start = {s.start: s for s in spans}
    added = False
    for t in map(tv.__getitem__, at_words(doc, (",",))):   # (only the commas: the test below skips the rest)
        k = t.i
        if t.text != "," or k < 3 or k + 3 > n or tv[k + 1].lower_ not in ("l'", "l’", "le", "la"):
            continue
        acr = tv[k + 2]
        if not (acr.is_alpha and acr.text[:1].isupper() and (acr.text.isupper() and 2 <= len(acr.text) <= 6
                                                              or 4 <= len(acr.text) <= 6 and acr.text[1:].islower())):
            continue
        if k + 3 < n and not (tv[k + 3].is_punct or tv[k + 3].pos_ in ("VERB", "AUX", "PRON")):
            continue   # (the acronym alone, its phrase closed: not "…, la Banque de X")
        start = _start_spelled_by(doc, tv, k, acr.text)
        if start is None or k - start < 3:
            continue   # (three words at least: a name of its own words, not "X Y, l'XY")
        inside = [s for s in spans if s.start < k and s.end > start]
        if any(s.start < start or s.end > k or s.fixed_name for s in inside):
            continue
        sp = by_start.get(start) if start in by_start and by_start[start].end == k else None
        if sp is None:
            sp = _Span(start, k, doc[start:k].text)
            for s in inside:
                sp.votes.update(s.votes)
            if top(sp.votes) not in ("ORG", "GOV"):
                sp.votes["ORG"] += 3
            spans[:] = [s for s in spans if not any(s is o for o in inside)]
            spans.append(sp)
            by_start[start] = sp
        alias = by_start.get(k + 2)
        if alias is None:
            alias = _Span(k + 2, k + 3, acr.text)
            spans.append(alias)
            by_start[k + 2] = alias
        if alias.end == k + 3:
            alias.votes.update(sp.votes)
            alias.joins = sp.text
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


def _start_spelled_by(doc, tv, k: int, acronym: str) -> int | None:
    """The start of the shortest run of words before tv[k], on its line and within twelve tokens, opening on
    a capitalised word that is no article ("La Commission …" opens on "Commission"), whose initials
    ``acronym`` spells (None if none)."""
    for j in range(k - 1, max(-1, k - 13), -1):
        tok = tv[j]
        if "\n" in tok.whitespace_ or not (tok.is_alpha or tok.lower_ in _NAME_JOINERS):
            return None
        if tok.text[:1].isupper() and tok.lower_ not in _ARTICLES and _spelled_by(doc[j:k].text, acronym):
            return j
    return None


_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "et"})


def _hyphenated_acronyms(doc, spans: list[_Span]) -> None:
    """'l'Assistance publique-Hôpitaux de Paris (AP-HP)': a name the NER cut at the hyphen that joins its parts
    (no space on either side), and maybe again after it, is one name up to the acronym in brackets, when that
    acronym spells the whole name's initials (not "Technova-Orbalia", two companies, with no such acronym)."""
    tv = tokens_of(doc)
    n = len(doc)
    dropped = []
    for sp in spans:
        k = sp.end
        if sp in dropped or sp.fixed_name or k + 2 >= n or tv[k].text != "-" or tv[k - 1].whitespace_ \
                or tv[k].whitespace_ or not tv[k + 1].text[:1].isupper() or top(sp.votes) == "PER":
            continue
        e = k + 1
        while e < n and e < k + 8 and (tv[e].text[:1].isupper() and tv[e].is_alpha
                                       or tv[e].is_lower and tv[e].lower_ in _ACRONYM_SKIPS or tv[e].text == "-"):
            e += 1
        if e + 2 >= n or tv[e].text != "(":
            continue
        close = next((j for j in range(e + 1, min(n, e + 8)) if tv[j].text == ")"), None)
        if close is None:
            continue
        acronym = doc[e + 1:close].text
        whole = doc[sp.start:e].text
        if not (_HYPHENATED_ACRONYM.match(acronym) or acronym.isupper() and acronym.isalpha()) \
                or not _spelled_by(whole, acronym):
            continue
        inside = [o for o in spans if o is not sp and k < o.start < e]
        if any(o.end > e or o.fixed_name or top(o.votes) == "PER" for o in inside):
            continue
        sp.end = e
        sp.text = whole
        dropped.extend(inside)
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]


# Little words an acronym skips: articles, "de", and the prepositions of a party's or a body's name
# ("Mouvement populaire pour la justice (MPJ)", "Union pour la démocratie (UD)").
_ACRONYM_SKIPS = frozenset({"de", "du", "des", "d", "la", "le", "l", "les", "et", "pour", "en", "à", "au", "aux",
                            "sur", "contre", "par", "dans",
                            # (s22-names22) an English name's little words: "Fisheries and Waters Commission (FWC)"
                            "and", "of"})


def _names_up_to_their_acronym(doc, spans: list[_Span]) -> None:
    """'le Mouvement populaire pour la justice (MPJ)', 'l'Union des producteurs de lait (UPL)': a name the NER
    cut before its lower-case words runs up to the acronym in brackets that spells its initials (the
    acronym is the text's own word that the words between belong to the name)."""
    tv = tokens_of(doc)
    n = len(doc)
    for s in spans:
        if s.fixed_name or s.end >= n or tv[s.end].text == "(" or not tv[s.end].is_lower:
            continue
        k = s.end
        while k < n and k < s.end + 7 and (tv[k].is_lower and (tv[k].is_alpha or tv[k].lower_ in ("d'", "d’", "l'", "l’"))
                                           or tv[k].text == "-"):
            k += 1
        # (an acronym read as a word is written like one: "(Anssi)", "(Ademe)"; the initials decide below)
        if k + 2 >= n or tv[k].text != "(" or tv[k + 2].text != ")" or not tv[k + 1].text[:1].isupper() \
                or len(tv[k + 1].text) < 2 or tv[k - 1].lower_ in _ACRONYM_SKIPS:
            continue
        words = [w for w in re.split(r"[\s\-'’]+", doc[s.start:k].text) if w]
        initials = "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIPS)
        # (acronyms drop the accents: "Commissariat à l'énergie atomique (CEA)", "Établissement … (EFS)")
        if fold(initials) == fold(tv[k + 1].text) and len(initials) >= 2:
            s.end = k
            s.text = doc[s.start:k].text   # (the words between are lower case: no other span in them)


_KNOWN: list = [None, {}]   # (the vectors table, {lower-case word: whether it has a row}): see _known_word


_INTERVIEW_MARKS = ("Q.", "R.", "Q", "R", "Q:", "R:")
_QUESTION_WORDS = {"que", "quel", "quelle", "quels", "quelles", "pourquoi", "comment", "quand", "où", "combien",
                   "qui", "est-ce", "faut-il", "peut-on", "allez-vous", "êtes-vous", "avez-vous"}


def _interview_marker(tv, i: int) -> bool:
    """"Q." or "R." opening a line before a common word ("Q. Que …", "R. Nous …"): an interview's
    question / answer mark, not a name's initial ("R. Martin" keeps it: a name, not a pronoun or a question word)."""
    if tv[i].text not in _INTERVIEW_MARKS or (i > 0 and "\n" not in tv[i - 1].text_with_ws):
        return False
    nxt = tv[i + 1] if tv[i].text.endswith((".", ":")) else (tv[i + 2] if i + 2 < len(tv) else None)
    return nxt is not None and (nxt.pos_ in ("PRON", "SCONJ", "ADV", "DET", "ADP", "AUX", "VERB", "CCONJ")
                                or nxt.lower_ in _QUESTION_WORDS)


def _known_word(tok) -> bool:
    """Whether the language model knows the word in lower case ("Dirigée" → "dirigée": yes;
    "Maritima": no). Token.is_oov looks up the capitalised form, which is rarely in the table.
    (Vectors.find costs tens of microseconds a word: each word's answer is kept per table.)"""
    vectors = tok.vocab.vectors
    if not vectors.size:
        return not tok.is_oov
    if _KNOWN[0] is not vectors or len(_KNOWN[1]) > 200_000:
        _KNOWN[:] = [vectors, {}]
    low = tok.lower_
    known = _KNOWN[1].get(low)
    if known is None:
        known = _KNOWN[1][low] = vectors.find(key=low) >= 0
    return known


_INNER = {"de", "du", "des", "&", "-", "d'", "d’", "la", "le"}


def _retype(doc, sp: _Span) -> None:
    """A name the NER found in part, grown by the capitalised words before it ("Altyn" + "Lojistik"): its
    cues are read again on the whole name (the words around it are no longer the same), beside the
    NER's vote."""
    if sp.fixed_name:
        return
    from .typing_cues import _type_votes
    before = sp.votes
    sp.votes = no_votes()
    if sp.ner:
        sp.votes[sp.ner] += 1
    _type_votes(doc, sp)
    if not sp.votes:
        # (a run of capitals the NER never saw, read again with no cue around it: the votes it had stand; a
        # span with none breaks every later reading of its type, "RESTE À SI" + "FOIS" in upper-case text)
        sp.votes = before


def _name_word(doc, tok) -> bool:
    """A capitalised word that can go on a name beside another: a noun or a proper noun, or whatever tag
    the parser gave a word the language model has never seen ("Altyn" read as an adverb before "Lojistik"),
    or a capitalised adjective inside a sentence ("Faucigny Électronique": French gives no capital to an
    adjective that is not part of a name)."""
    return tok.pos_ in ("PROPN", "NOUN", "X") or tok.is_alpha and not _known_word(tok) \
        or tok.pos_ == "ADJ" and _capitalised_mid_sentence(doc, tok.i)


def _agency_before_a_person(tv, i: int, j: int, after: _Span) -> bool:
    """"a déclaré à l'AFP Bénédicte X": one acronym after an article (an agency, a channel: "l'AFP", "la BBC")
    right before a name of two words or more in title case that the NER calls a person or a thing, is not
    glued to it (no person's name takes an article; "la SNCF Voyageurs", one word after, still is)."""
    if j - i != 1 or not tv[i].text.isupper() or len(tv[i].text) < 2 or i == 0 \
            or tv[i - 1].lower_ not in ("l'", "l’", "la", "le") or tv[after.start].ent_type_ not in ("PER", "MISC"):
        return False
    words = [t for t in tv[after.start:after.end] if t.text != "-"]
    return len(words) >= 2 and all(t.text[:1].isupper() and t.text[1:].islower() for t in words) \
        and not any(t.lower_ in lexicon()["org_name_words"] for t in words)


_NO_RUN_TAGS = ("PUNCT", "DET", "PRON", "ADP", "CCONJ", "AUX")   # (tags of a word that opens no run)


def _camel(text: str) -> bool:
    """(s32-names32) "SkyTeam", "PayZen", "BlaBlaCar": a capital after a lower-case letter inside one word."""
    return len(text) > 3 and text.isalpha() and any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


def _add_capitalised_runs(doc, spans: list[_Span]) -> None:
    """Names the NER missed: runs of capitalised words ("Atlas Capital", "Horizon Ventures").

    A run is kept when it has an organisation word, follows a type introducer
    ("le fonds X"), or is tagged PROPN away from a sentence start.
    """
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    lex = lexicon()
    taken = {i for s in spans for i in range(s.start, s.end)}
    # (a run opens only on a capitalised word of the other tags: their places, found in one pass; the walk
    # jumps from one to the next instead of stepping through every word)
    # ((s32-names32) a word written with a capital inside it, "l'alliance SkyTeam", "via PayZen", is a name
    # whatever tag the parser gave it: no French function word is so written)
    # (visiting only the capitalised words: the view keeps their places)
    run_starts = [k for k in capital_positions_of(doc) if tv[k].pos_ not in _NO_RUN_TAGS or _camel(tv[k].text)]
    i, n = 0, len(doc)
    while i < n:
        k = bisect_left(run_starts, i)
        if k == len(run_starts):
            break
        i = run_starts[k]
        tok = tv[i]
        if i in taken or not tok.text[:1].isupper() or tok.pos_ in _NO_RUN_TAGS and not _camel(tok.text):
            i += 1
            continue
        if tok.text == "A" and i + 1 < n and tv[i + 1].text[:1].isupper() \
                and (tok.is_sent_start or i == 0 or tv[i - 1].text in ("\n", "«", '"', "(")):
            i += 1   # (s24-names24) "A Lyon, le ministre …": "À" written without its accent opens the sentence,
            continue  # no word of the place's name (nor, glued to it, a person "A Lyon")
        j = i + 1
        while j < n and j not in taken and "\n" not in tv[j - 1].whitespace_ + tv[j].text:
            if tv[j].text[:1].isupper() and tv[j].pos_ not in ("PUNCT",):
                j += 1
            elif (tv[j].text.lower() in _INNER and j + 1 < n and tv[j + 1].text[:1].isupper()
                  and j + 1 not in taken and tv[j + 1].text not in lex["honorifics"]):
                j += 2   # (not "Proche de M. X": "M." opens the person's name, no name goes on through it)
            else:
                break
        # "Saveurs de Penhir", "Fromagerie de Lorvan": a company's trade word and a "de" phrase whose name the
        # NER found alone (a place's, a family's) are one name (not "Maison de Paul X", a person's)
        if j == i + 1 and j + 1 < n and tv[j].lower_ in ("de", "du", "des", "d'", "d’") and j + 1 in taken \
                and trade_word(tok, lex) and "\n" not in tok.whitespace_ + tv[j].whitespace_:
            nxt = next((s for s in spans if s.start == j + 1), None)
            if nxt is not None and not nxt.fixed_name and tv[j + 1].text not in first_names():
                nxt.start = i
                nxt.text = doc[i:nxt.end].text
                nxt.votes["ORG"] += 3
                taken.update((i, j))
                i = j + 1
                continue
        # a capitalised word glued to a name the NER found extends it ("CMA" + "CGM")
        after = next((s for s in spans if s.start == j), None)
        if after is not None and _agency_before_a_person(tv, i, j, after):
            after = None
        if after is not None and "\n" not in tv[j - 1].whitespace_ and all(_name_word(doc, t) for t in tv[i:j]) \
                and not any(t.lower_ in lex["person_titles"] or t.lower_ in _TITLE_ACRONYMS
                            or t.text in ("État", "Etat") and tv[t.i - 1].lower_ in ("d'", "d’", "de")   # ("groupe d'État X")
                            or t.lower_ in countries_by_adjective() or t.lower_ in _local_adjectives()
                            or _compound_demonym(t.text)
                            or t.lower_ in lex["not_names"] and lex["introducer_of"].get(t.lower_)   # ("ONG X")
                            or t.text == "Côté"   # ("Côté X, Paul Y …": the side the sentence is about, s23)
                            for t in tv[i:j]):
            before = next((s for s in spans if s.end == i), None)
            if before is not None and "\n" not in tv[i - 1].whitespace_ and (
                    before.ner == after.ner or "PER" not in (before.ner, after.ner)):
                # "Technology | Crossover | Ventures": two NER pieces and the word between are one name
                # (whatever the NER made of each, unless one is a person: "Alerte | PFAS | France")
                before.end = after.end
                before.text = doc[before.start:after.end].text
                spans.remove(after)
            else:
                after.start = i
                after.text = doc[i:after.end].text
                _retype(doc, after)
                if _trade_opener(tv, after, lex) or any(t.lower_ in lex["org_name_words"] for t in tv[i:j]) \
                        and lex["gov_name_words"].isdisjoint(t.lower_ for t in tv[i:j]):
                    # ("Voilerie" + "Carnac", "Fonderies" + "Marcillac": the name's organisation word, as
                    # _type_votes gives a name the NER found whole; not a public body's, "Préfecture X")
                    after.votes["ORG"] += 3
            for k in range(i, j):
                taken.add(k)
            i = j
            continue
        before = next((s for s in spans if s.end == i), None)
        if before is not None and not tv[i - 1].whitespace_.count("\n") and _name_word(doc, tv[i]):
            before.end = j
            before.text = doc[before.start:j].text
            if any(t.lower_ in lex["org_name_words"] for t in tv[i:j]):
                before.votes["ORG"] += 3   # ("Jean Roux" + "Conseil": the name's organisation word)
            for k in range(i, j):
                taken.add(k)
            i = j
            continue
        # "PDG Christophe X", "Britannique Stephen X": a title or nationality opening the run is not the name
        while i < j - 1 and (tv[i].lower_ in lex["person_titles"] or tv[i].lower_ in countries_by_adjective()
                             or tv[i].lower_ in _local_adjectives()):
            i += 1
            tok = tv[i]
        if i < j - 1 and tok.is_lower and tok.lower_ in _OF:
            # (s19-gapE) "Le PDG de RTK DMS l'emporte": the title's "de" phrase names the company; the run
            # is read again from the word after "de" (which may then join the name the NER found after it)
            i += 1
            continue
        if i < j - 1 and _interview_marker(tv, i):
            i += 1   # "Q. Que reproche-t-on à X ?": an interview's question mark, then a common word
            tok = tv[i]
            if j - i == 1:
                i = j
                continue   # (the question word left alone opens the question: no name)
        words = [t.text.lower() for t in tv[i:j]]
        if _money(doc[i:j].text) or _compound_demonym(doc[i:j].text):   # ("le Franco-Chypriote X")
            i = j
            continue
        prev = tv[i - 1].text.lower() if i > 0 else ""
        intro = lex["introducer_of"].get(prev)
        org_word = len(words) > 1 and any(w in lex["org_name_words"] for w in words)
        gov_word = any(w in lex["gov_name_words"] for w in words)
        # A capitalised word inside a sentence is a name in French (common nouns take no capital).
        # Opening a sentence, one word is a name only if the model does not know it as a word, or
        # it is a subject without a determiner ("Maritima a lancé…" vs "Prudence. Le marché…").
        opens = tok.is_sent_start or i == 0 or _after_a_closed_quote(tv, i)
        if j - i == 1 and tok.pos_ in ("VERB", "AUX", "ADV", "ADJ", "ADP") and opens \
                and (_known_word(tok) or not tok.ent_type_):
            first_ok = False   # "Dirigée par X, …": a participle opening the sentence
            # (not a word the language model has never seen that the NER calls a name, read as a verb:
            # "Tikamel en détient 40 %")
        elif opens or (i > 0 and tv[i - 1].text in ("\n", "«", '"', "(", "|")):
            first_ok = j - i > 1 or (tok.pos_ == "PROPN" and not _known_word(tok)) or not _known_word(tok) or (
                tok.dep_ in ("nsubj", "nsubj:pass") and not any(c.dep_ == "det" for c in tok.children)
                # "Diplômé de X, Y est entré…", "Mariée à X, Y préside…": a known word opening a phrase
                # describes Y
                and not (j - i == 1 and j < n and tv[j].lower_ in ("de", "d'", "d’", "du", "des", "à", "au", "aux",
                                                                   "par", "avec", "en")
                         # ("Bpifrance en possède 12 %": "en" the verb's pronoun, no preposition)
                         and tv[j].pos_ != "PRON"))
        else:
            first_ok = True
        if j - i == 1 and i > 0 and tv[i - 1].lower_ in ("le", "la", "les", "l'") and DEMONYM.search(words[0]) \
                and _known_word(tok):
            first_ok = False   # "l'Italien", "la Britannique": a nationality noun
        if words[0].rstrip("s") in lex["person_titles"] or words[0].split("-")[0] in ("vice", "ex", "co"):
            first_ok = False   # "Vice-présidents exécutifs": titles, not names
        if j - i > 1 and opens and tok.pos_ != "PROPN" and tok.text[1:].islower() and _known_word(tok) \
                and all(w in lex["not_names"] or w in lex["person_titles"] for w in words[1:]):
            first_ok = False   # (s30-protag30) "Nommé PDG de Y, il …": an opening word and a title's acronym
        if j - i == 1 and (words[0] in countries_by_adjective()
                           or words[0] in _local_adjectives() and j < n and tv[j].text[:1].isupper()):
            first_ok = False   # "le jeune Britannique X", "le Lyonnais Paul X": a nationality, a region's people
        if j - i == 1 and (_describes_the_pronoun(tv, tok) or _opening_person_noun(tok, lex)):
            first_ok = False
        if j - i > 1 and words[0] in lex["not_names"] and tok.text.isupper() \
                and all(t.text.isupper() and 1 < len(t.text) <= 6 or not _known_word(t) for t in tv[i + 1:j]):
            i += 1   # (s30-names30) "le groupe de BTP Korvan", "la PME KRT": the sector's acronym, no name, opens
            continue  # the run; the name is read from the word after it
        if words[0] not in lex["not_names"] and words[0] not in lex["person_titles"] and first_ok \
                and not (j - i == 1 and (len(tok.text.rstrip(".")) < 2 or _ROMAN.match(tok.text))) \
                and not _dateline(doc, i, j):
            sp = _Span(i, j, doc[i:j].text)
            # "| Damien Favreau | Rédacteur en chef |": a first name and a surname the NER missed (in a table
            # cell, its span ran across the cells and was dropped) is a person's name
            person = intro is None and 2 <= j - i <= 3 and tok.text in first_names() and not org_word \
                and not gov_word and all(t.text[1:2].islower() for t in tv[i + 1:j])
            # ((s19-gapE2) a seat of power the NER missed, "Bruxelles accuse Pékin …" at a sentence's start, is the
            # place it would have found: the state or the body it stands for is typed from there, as for the
            # NER's places. Not a country's or a region's name: "l'Europe" of a party's name, read19 ho-541)
            sp.votes[intro or ("PER" if person else "GOV" if gov_word and not org_word
                               else "LOC" if j - i == 1 and fold(sp.text) in _seats() else "ORG")] += 1
            spans.append(sp)
        i = j
    spans.sort(key=lambda s: s.start)


@lru_cache(maxsize=1)
def _seats() -> frozenset:
    """(s19-gapE2) Folded names of the seats of power the demonym tables know ("bruxelles", "washington")."""
    from .demonyms import countries_by_seat
    return frozenset(countries_by_seat())


_PORTFOLIO_NOUNS = frozenset({"ministre", "ministère", "secrétaire", "secrétariat", "vice-ministre", "vice-ministère"})


@lru_cache(maxsize=1)
def _portfolio_words() -> tuple[frozenset, int]:
    """The lexicon's portfolios as word tuples, and the longest one's length (the lexicon is fixed)."""
    portfolios = frozenset(tuple(p.split()) for p in lexicon()["portfolios"])
    return portfolios, max(len(p) for p in portfolios)


# (s26-people26) "le ministre d'État chargé des Outre-mer", "la ministre déléguée chargée des Transports": a
# minister whose rank word stands between the title and "chargé de" heads the portfolio's ministry (read26 gold,
# two passages); a bare "ministre délégué au …" or "ministre chargé de …" stays a portfolio with no body
# (_delegated_portfolios)
_CHARGED = frozenset({"chargé", "chargée"})
_RANKS = frozenset({"délégué", "déléguée"})


def _charged_portfolio_at(tv, i: int) -> int | None:
    """The index of the "de" after "ministre d'État chargé(e)" / "ministre délégué(e) chargé(e)" at ``i``."""
    n = len(tv)
    k = i + 1
    if k + 1 < n and tv[k].lower_ in ("d'", "d’") and tv[k + 1].lower_ in ("état", "etat"):
        k += 2
    elif k < n and tv[k].lower_ in _RANKS:
        k += 1
    else:
        return None
    if k + 1 < n and tv[k].lower_ in _CHARGED and tv[k + 1].lower_ in ("de", "des", "du", "d'", "d’"):
        return k + 1
    return None


def _delegated_portfolios(doc, spans: list[_Span]) -> None:
    """'le ministre délégué au Numérique', 'la ministre chargée de l'Industrie': a junior minister's
    portfolio, capitalised, is no actor (the NER's 'Numérique'); its words are dropped from the spans."""
    if "ministre" not in lower_words_of(doc):
        return
    portfolios, longest = _portfolio_words()
    tv = tokens_of(doc)
    n = len(doc)
    for t in map(tv.__getitem__, at_words(doc, ("ministre", "ministres"))):   # (the test below skips any other word: wordpos)
        if t.lower_ not in ("ministre", "ministres") or t.i + 2 >= n \
                or tv[t.i + 1].lower_ not in ("délégué", "déléguée", "chargé", "chargée"):
            continue
        k = t.i + 2
        if tv[k].lower_ not in ("à", "au", "aux", "de", "du", "des", "d'", "d’"):
            continue
        k += 1
        if k < n and tv[k].lower_ in ("l'", "l’", "la", "le"):
            k += 1
        for m in range(longest, 0, -1):
            if tuple(x.lower_ for x in tv[k:k + m]) in portfolios:
                spans[:] = [sp for sp in spans if not (sp.start < k + m and sp.end > k)]
                break


_PORTFOLIO_LINKS = frozenset({"de", "des", "du", "d'", "d’", "l'", "l’", "la", "le"})


def _joined_portfolios(tv, end: int, portfolios, longest: int) -> int:
    """"ministère de l'Économie et des Finances", "ministre du Travail, de l'Emploi et de l'Insertion": a
    ministry named by several portfolios joined by "et" or a comma is one body; the end of its last."""
    n = len(tv)
    done = end   # (a list by commas counts once an "et" closes it: "du Travail, de l'Emploi et de …")
    while end + 1 < n and tv[end].text in ("et", ","):
        k = end + 1
        if tv[end].text == "," and (k >= n or tv[k].lower_ not in _PORTFOLIO_LINKS):
            break   # (a comma then a portfolio's "de": "…, des Finances"; not "…, X a dit")
        while k < n and tv[k].lower_ in _PORTFOLIO_LINKS:
            k += 1
        if k == end + 1:
            break   # ("et le ministre …": another title, not a portfolio of the same ministry)
        got = next((m for m in range(longest, 0, -1) if tuple(x.lower_ for x in tv[k:k + m]) in portfolios), 0)
        if not got:
            break
        closes = tv[end].text == "et"
        end = k + got
        if closes:
            done = end
    return done


def _portfolios(doc, spans: list[_Span]) -> None:
    """'ministre (malien) de l'Économie' → a GOV entity 'ministère de l'Économie' spanning the
    portfolio words; NER spans that swallowed the portfolio are trimmed."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    lex = lexicon()
    portfolios, longest = _portfolio_words()
    ministries: list[_Span] = []
    here = lower_words_of(doc)
    # (a document without any of the nouns has no token the loop would stop at: not walked)
    for t in doc if not here.isdisjoint(_PORTFOLIO_NOUNS) else ():
        if t.lower_ not in _PORTFOLIO_NOUNS:
            continue
        k = t.i + 1
        charged = _charged_portfolio_at(tv, t.i) if t.lower_ == "ministre" else None
        if charged is not None:
            k = charged                              # (s26-people26) "ministre d'État chargé de …"
        elif k < len(doc) and tv[k].pos_ == "ADJ" and tv[k].lower_ not in ("de", "d'"):
            k += 1                                   # "ministre malien de …"
        if k >= len(doc) or tv[k].lower_ not in ("de", "des", "du", "d'", "d’"):
            continue
        k += 1
        if t.lower_ in ("secrétaire", "secrétariat") and k < len(doc) and tv[k].lower_ in ("état", "etat"):
            # "secrétaire d'État au numérique", "secrétaire d'État chargé de l'Industrie",
            # "secrétaire d'État valdarien à la défense"
            k += 1
            if k < len(doc) and tv[k].lower_ in countries_by_adjective():
                k += 1
            while k < len(doc) and tv[k].lower_ in ("chargé", "chargée", "de", "à", "au", "aux", "l'", "la", "le", "du", "des"):
                k += 1
        elif k < len(doc) and tv[k].lower_ in ("l'", "l’", "la", "le"):
            k += 1
        for n in range(longest, 0, -1):
            words = tuple(x.lower_ for x in tv[k:k + n])
            if words in portfolios:
                end = _joined_portfolios(tv, k + n, portfolios, longest)
                body = {"ministre": "ministère", "secrétaire": "secrétariat", "vice-ministre": "ministère",
                        "vice-ministère": "ministère"}.get(t.lower_, t.lower_)
                rest = doc[t.i + 1 if charged is None else charged:end].text
                adj = masculine_adjective().get(tv[t.i + 1].lower_) \
                    if tv[t.i + 1].pos_ == "ADJ" and charged is None else None
                if adj:
                    # "la ministre française des Affaires étrangères": the ministry is masculine
                    # ("ministère français"), and France's own is named without it, as the press does
                    rest = doc[t.i + 2:end].text if adj == "français" else adj + " " + doc[t.i + 2:end].text
                name = (body + " " + rest).replace("' ", "'")
                for sp in spans:                      # trim spans that swallowed the portfolio
                    if sp.start < end and sp.end > t.i + 1:
                        sp.start = max(sp.start, end)
                        # (and the words that tied the rest to it: "… de la Défense de l'Ouest")
                        while sp.start < sp.end and sp.start >= end and tv[sp.start].text[:1].islower():
                            sp.start += 1
                        sp.text = doc[sp.start:sp.end].text if sp.start < sp.end else ""
                spans[:] = [sp for sp in spans if sp.start < sp.end and sp.text]
                for sp in spans:                      # "le ministre de l'Énergie X": X is the minister
                    if sp.start == end and t.lower_ in ("ministre", "secrétaire", "vice-ministre"):
                        sp.votes.clear()                  # (votes of the trimmed words no longer apply)
                        sp.votes["PER"] += 3
                gov = _Span(t.i + 1 if charged is None else charged, end, name)
                gov.votes["GOV"] += 5
                gov.fixed_name = name
                spans.append(gov)
                ministries.append(gov)
                break
    # "le garde des Sceaux": the French title of the minister of Justice, his body the Justice ministry
    for alias, words in lex.get("portfolio_titles", {}).items():
        words = tuple(words.split())
        if words and words[0] not in here:
            continue   # (its first word is nowhere in the document: no token would match)
        # (the first word alone rules out nearly every token before a tuple is built: its places, wordpos)
        for t in map(tv.__getitem__, at_words(doc, words[:1]) if words else range(len(tv))):
            if words and t.lower_ != words[0] or tuple(x.lower_ for x in tv[t.i:t.i + len(words)]) != words:
                continue
            start, end = t.i + 1, t.i + len(words)    # the body: the words after the title noun
            spans[:] = [sp for sp in spans if not (sp.start < end and sp.end > start)]
            gov = _Span(start, end, alias)
            gov.votes["GOV"] += 5
            gov.fixed_name = alias
            spans.append(gov)
            ministries.append(gov)
    # "le ministre de la Défense" in an article naming "le ministre malien de la Défense" (and no other
    # country's): the same ministry
    adjectives = countries_by_adjective()
    full: dict[str, dict[str, str]] = {}
    for gov in ministries:
        words = gov.fixed_name.split()
        if len(words) > 2 and words[1].lower() in adjectives:
            full.setdefault(fold(" ".join(words[:1] + words[2:])), {})[fold(gov.fixed_name)] = gov.fixed_name
    for gov in ministries:
        match = full.get(fold(gov.fixed_name))
        if match and len(match) == 1:
            gov.joins = next(iter(match.values()))
    spans.sort(key=lambda s: s.start)


_FAMILY_ORG = {"groupe", "famille", "clan", "holding", "maison", "empire"}
_FAMILY_GOV = {"régime", "gouvernement"}   # "le régime X", "le gouvernement X": a ruler's state apparatus, a
#                                            head of government's cabinet, not the person
_FAMILY = frozenset(_FAMILY_ORG | _FAMILY_GOV)


_PARTICLES = {"Le", "La", "De", "Du", "Des", "Van", "Von", "Di", "Da", "Del", "Della", "El", "Al", "Ben", "Mac", "Mc"}


def _double_surname(tv, sp: _Span) -> bool:
    """(s29-deals29) "la famille Castel Moreau": two capitalised words after "famille", the first no first name
    (not "la famille Paul X"), are one double surname."""
    a, b = tv[sp.start], tv[sp.start + 1]
    return a.is_alpha and b.text[:1].isupper() and a.text[:1].isupper() and not a.is_upper \
        and a.text not in first_names()


def _family_groups(doc, spans: list[_Span]) -> None:
    """'le groupe Verdier', 'la famille Marchal': a family name after such a noun names an organisation
    of its own, distinct from each person of that name; the noun becomes part of the name."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    if lower_words_of(doc).isdisjoint(_FAMILY):
        return   # (none of the nouns in the document: no span is changed below)
    persons = {tv[s.end - 1].text for s in spans if top(s.votes) == "PER" and s.end - s.start >= 2}
    for sp in spans:
        # ("la famille Pelletier-Ordonneau": a hyphenated surname, one word the tokenizer cut in three)
        if sp.start == 0 or sp.end - sp.start != 1 and " " in sp.text and not (
                # "la famille Le Goff", "le clan Van Damme": a surname with its particle
                sp.end - sp.start == 2 and tv[sp.start - 1].lower_ in ("famille", "clan")
                and (tv[sp.start].text in _PARTICLES or _double_surname(tv, sp))
                and tv[sp.start + 1].text[:1].isupper()):
            continue
        prev = tv[sp.start - 1]
        # ("la famille Desgranges" whatever the NER made of the surname: a family is never a place or a firm)
        if prev.lower_ in _FAMILY and (top(sp.votes) == "PER" or sp.text in persons or (
                prev.lower_ in ("famille", "clan") and sp.text[:1].isupper() and not sp.text.isupper())):
            sp.start -= 1
            sp.text = doc[sp.start:sp.end].text
            sp.votes = Counter({"GOV" if prev.lower_ in _FAMILY_GOV else "ORG": 5})
    # "la famille Verdier … les Verdier ont refusé": the surname after the plural article is the family
    # the text names so elsewhere (not a person of that name, nor a place)
    families = {sp.text.split(" ", 1)[1]: sp.text for sp in spans
                if sp.end - sp.start >= 2 and tv[sp.start].lower_ in ("famille", "clan")}
    for sp in spans:
        if families and sp.end - sp.start <= 3 and sp.start > 0 and tv[sp.start - 1].lower_ == "les" \
                and sp.text in families:
            sp.text = families[sp.text]
            sp.fixed_name = sp.text   # (a name built from the text, as "les Vingt-Sept")
            sp.votes = Counter({"ORG": 5})


_LED_DETS = frozenset({"le", "du", "au", "ce", "son", "un", "nouveau"})


def _governments_of_leaders(doc, spans: list[_Span]) -> None:
    """'le gouvernement de Tanneguy X', 'le gouvernement d'Alban X': the cabinet a person heads, named after
    them as the press does ("le gouvernement X"): a body of its own on the noun, the person's name left
    to the person. Then 'le gouvernement' alone, in an article naming one such cabinet and no state's
    government ("le gouvernement français"), is that cabinet."""
    tv = tokens_of(doc)
    if "gouvernement" not in lower_words_of(doc):
        return
    by_start = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    built: list[_Span] = []
    for t in map(tv.__getitem__, at_words(doc, ("gouvernement",))):   # (the test below skips any other word: wordpos)
        if t.lower_ != "gouvernement" or t.i in taken or t.i == 0 or tv[t.i - 1].lower_ not in _LED_DETS \
                or t.i + 2 >= len(doc) or tv[t.i + 1].lower_ not in ("de", "d'", "d’"):
            continue
        person = by_start.get(t.i + 2)
        if person is None or person.end - person.start < 2 or top(person.votes) != "PER":
            continue
        sp = _Span.built(t.i, t.i + 1, "gouvernement " + tv[person.end - 1].text, "GOV")
        built.append(sp)
    short = {s.text for s in spans if s.text.startswith("gouvernement ") and s.end - s.start == 2}
    for sp in built:
        # named as the text writes it, "le gouvernement de Michel X", unless it also writes "le gouvernement X"
        if sp.text not in short:
            sp.text = sp.fixed_name = doc[sp.start:by_start[sp.start + 2].end].text
    names = {s.text for s in built} | short
    if len(names) == 1:
        name = next(iter(names))
        adjectives = countries_by_adjective()
        if not any(t.lower_ == "gouvernement" and t.i + 1 < len(doc) and tv[t.i + 1].lower_ in adjectives for t in doc):
            for t in doc:
                if t.lower_ == "gouvernement" and t.i not in taken and t.i > 0 and tv[t.i - 1].lower_ in ("le", "du", "au") \
                        and not any(b.start == t.i for b in built) \
                        and not (t.i + 1 < len(doc) and (tv[t.i + 1].text[:1].isupper() or tv[t.i + 1].lower_ in ("de", "d'", "d’"))):
                    sp = _Span(t.i, t.i + 1, name)
                    sp.votes["GOV"] += 5
                    sp.fixed_name = name
                    built.append(sp)
    if built:
        spans.extend(built)
        spans.sort(key=lambda s: s.start)


# Plural nouns for the members of a party or a body, which with the party's name form a group of
# their own: "les sénateurs LR", "des députés Horizon", "les jeunes LR".
_MEMBER_GROUPS = {"sénateurs", "députés", "eurodéputés", "élus", "militants", "adhérents", "jeunes", "maires",
                  "parlementaires", "cadres", "conseillers", "partisans", "sympathisants", "ministres"}
# State bodies named by a common noun and the state's adjective: "l'armée congolaise", "l'armée de l'air
# malienne", "la diplomatie valdarienne".
# (Not "la justice", "la police": far more often where a case goes than a party to a tie.)
_STATE_BODIES = {"armée", "diplomatie", "marine", "aviation", "douane", "douanes"}


def _group_names(doc, spans: list[_Span]) -> None:
    """Actors named by a group noun: party members ('les sénateurs LR') and state bodies with the
    state's adjective ('l'armée congolaise'). The bare body ('l'armée') is the same actor when the
    article names only one such body."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    here = lower_words_of(doc)
    if here.isdisjoint(_MEMBER_GROUPS) and here.isdisjoint(_STATE_BODIES):
        spans.sort(key=lambda s: s.start)   # (no group noun in the document: the loop below adds nothing)
        return
    by_start = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    adjectives = countries_by_adjective()
    bodies: list[_Span] = []
    for t in doc:
        low = t.lower_
        if low in _MEMBER_GROUPS and t.i > 0 and tv[t.i - 1].lower_ in ("les", "des", "aux", "ces", "ses", "leurs"):
            sp = by_start.get(t.i + 1)
            if sp is not None and top(sp.votes) == "ORG" and sp.end - sp.start <= 3 and t.i not in taken:
                # the noun holds the group ("le patron des sénateurs LR"), the name still the party;
                # unless the parser hung the name elsewhere ("le président des jeunes LR", "jeunes"
                # read as an adjective): then the name would be read as that word's complement
                if _head(doc, sp).head.i == t.i:
                    group = _Span(t.i, t.i + 1, doc[t.i:sp.end].text)
                    group.votes["ORG"] += 5
                    spans.append(group)
                else:
                    sp.start = t.i
                    sp.text = doc[t.i:sp.end].text
                    sp.votes = Counter({"ORG": 5})
                    sp.joins = None
        elif low in _STATE_BODIES and t.i not in taken and t.i > 0 and (
                tv[t.i - 1].lower_ in ("l'", "l’", "la", "le") or low == "douanes" and tv[t.i - 1].lower_ in ("les", "des", "aux")):
            # ("les douanes françaises": the plural body)
            k = t.i + 1
            if low == "armée" and k + 2 < len(doc) and tv[k].lower_ == "de" and tv[k + 1].lower_ in ("l'", "l’") \
                    and tv[k + 2].lower_ in ("air", "terre"):
                k += 3                                           # "l'armée de l'air"
            elif low == "armée" and k + 1 < len(doc) and tv[k].lower_ == "de" and tv[k + 1].lower_ == "terre":
                k += 2
            if k < len(doc) and tv[k].lower_ in adjectives and tv[k].pos_ == "ADJ" and not any(
                    i in taken for i in range(t.i, k + 1)):
                sp = _Span.built(t.i, k + 1, doc[t.i:k + 1].text, "GOV")
                bodies.append(sp)
    if not bodies:
        spans.sort(key=lambda s: s.start)
        return
    spans.extend(bodies)
    # "l'armée" alone, in an article naming one army: that army
    kinds = {tv[b.start].lower_: b for b in bodies}
    for t in doc:
        low = t.lower_
        if low in kinds and t.i > 0 and tv[t.i - 1].lower_ in ("l'", "l’", "la", "le") \
                and not any(b.start == t.i for b in bodies) and t.i not in taken:
            if len({fold(b.text) for b in bodies if tv[b.start].lower_ == low}) != 1:
                continue
            end = t.i + 1
            if low == "armée" and end + 2 < len(doc) and tv[end].lower_ == "de" and tv[end + 1].lower_ in ("l'", "l’") \
                    and tv[end + 2].lower_ in ("air", "terre"):
                end += 3
            body = kinds[low]
            if fold(doc[body.start:body.end - 1].text) != fold(doc[t.i:end].text):
                continue                       # "l'armée" next to "l'armée de l'air malienne": another body
            sp = _Span(t.i, end, doc[t.i:end].text)
            sp.votes["GOV"] += 5
            sp.joins = body.text
            spans.append(sp)
    spans.sort(key=lambda s: s.start)


def _add_missed_surnames(doc, spans: list[_Span]) -> None:
    """NER often misses a surname used alone later on; add it when a full name ends with it. A one-word
    name found inside a sentence is the same name where the parser misread it at a sentence start
    ("Kelvio avait déjà…" read as a pronoun)."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    _first_names_with_a_particle(doc, spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    surnames = {}
    for s in spans:
        toks = tv[s.start:s.end]
        if len(toks) >= 2 and top(s.votes) == "PER":
            surnames[toks[-1].text] = s
    lex = lexicon()
    singles = {tv[s.start].text: s.ner for s in spans if s.end - s.start == 1 and s.ner
               and _capitalised_mid_sentence(doc, s.start) and len(tv[s.start].text) > 2
               and tv[s.start].lower_ not in lex["not_names"]}
    if not surnames and not singles:
        return
    wanted = set(surnames) | set(singles)   # (the words to read, picked in C: most words are neither)
    for tok in compress(tokens_of(doc), map(wanted.__contains__, map(attrgetter("text"), tokens_of(doc)))):
        text = tok.text
        if tok.i in taken or (text not in surnames and text not in singles):
            continue
        if text in surnames:
            if text[:1].isupper():
                sp = _Span(tok.i, tok.i + 1, text)
                sp.votes["PER"] += 1
                # (a guess from the full name, as the NER's: no cue of the text that the word is the person's,
                # so "Paturel" named twice before "Jacques Paturel" stays the company of that name)
                sp.ner = "PER"
                spans.append(sp)
        elif not _capitalised_mid_sentence(doc, tok.i):
            sp = _Span(tok.i, tok.i + 1, text)
            sp.votes[singles[text]] += 1
            sp.ner = singles[text]   # (the NER's guess again, not a cue of the text)
            spans.append(sp)
    spans.sort(key=lambda s: s.start)


_OF = ("de", "du", "des", "d'", "d’")


def _only_first_names(tv, sp: _Span) -> bool:
    """Is the span first names only ("Paul-Henri", "Jean-Marc", "Anne Sophie"), each word of the list?"""
    words = [w for t in tv[sp.start:sp.end] for w in t.text.split("-") if t.text != "-"]
    return bool(words) and all(w in first_names() for w in words)


def _first_names_with_a_particle(doc, spans: list[_Span]) -> None:
    """'Rien ne prédestinait Paul-Henri de Montclar au commerce', 'Marie-Laure d'Aubigny a quitté …': a name the
    NER cut after its first names, before the particle ("de", "d'", "du") and the family name, which it
    took apart or missed, is one person's name. Not a place after the particle ("Jean de Lyon": a country,
    a city the lists know)."""
    from .grouping import _place
    tv = tokens_of(doc)
    n = len(doc)
    by_start = {s.start: s for s in spans}
    dropped = []
    for sp in spans:
        k = sp.end
        if sp.fixed_name or k + 1 >= n or tv[k].text not in ("de", "d'", "d’", "du") or "\n" in tv[k - 1].whitespace_ \
                or not _only_first_names(tv, sp):
            continue
        name = tv[k + 1]
        if not name.text[:1].isupper() or not name.is_alpha or name.text.isupper() or name.text in first_names() \
                or _place(name.text) or place_of_town(name.text) is not None:
            continue
        other = by_start.get(k + 1)
        if other is not None and (other.end - other.start != 1 or other.fixed_name
                                  or other.ner == "LOC" and _known_word(name)):   # ("Jean de Lyon")
            continue
        _join_after_particle(doc, spans, sp, other, k, dropped)
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]


def _join_after_particle(doc, spans: list[_Span], sp: _Span, other: _Span | None, k: int, dropped: list) -> None:
    """Join the family name after the particle at ``k`` to the person ``sp`` ("Paul-Henri de Montclar"): the
    one-word name found there (``other``) goes to ``dropped``; nothing when another name covers the word."""
    if other is None and any(s.start <= k + 1 < s.end for s in spans):
        return
    sp.end = k + 2
    sp.text = doc[sp.start:sp.end].text
    sp.votes["PER"] += 2
    if other is not None:
        dropped.append(other)


def _propn_run_end(tv, e: int, n: int, spans) -> int:
    """The end of the run of capitalised proper nouns from token e that no NER span covers (a name the NER
    missed)."""
    while e < n and tv[e].pos_ == "PROPN" and tv[e].text[:1].isupper() and not any(s.start <= e < s.end for s in spans):
        e += 1
    return e



def _public_bodies(doc, spans: list[_Span]) -> None:
    """'la communauté d'agglomération du Grand Vercors', 'le parquet de Paris', 'le CHU de Bordeaux': a
    lower-case noun of public body and the place it serves are one public body (GOV), which the place's
    own span gives way to; 'le parquet national financier' is one with no name at all."""
    tv = tokens_of(doc)
    lex = lexicon()
    nouns, names = lex["public_body_nouns"], lex["public_body_names"]
    firsts = {w[0] for w in nouns} | {w[0] for w in names}
    here = lower_words_of(doc)
    if not here.isdisjoint(_TOWN_NOUNS):
        _town_bodies(doc, spans)
    if "département" in here:
        _ministry_departments(doc, spans)
    if "direction" in here:
        _state_directions(doc, spans)
    if "arrondissement" in here or "arrondissements" in here:
        _mayors_districts(doc, spans)
    if "gouvernement" in here:
        _national_governments(doc, spans)
    if here.isdisjoint(firsts):
        return
    by_start = {s.start: s for s in spans}
    n = len(doc)
    added = False
    # (only the words the test below may keep: a body's first word, its apostrophe either way)
    for t in map(tv.__getitem__, at_words(doc, [w for w in here if w.replace("’", "'") in firsts])):
        low = t.lower_.replace("’", "'")
        if low not in firsts or (t.i > 0 and tv[t.i - 1].text[:1].isupper() and tv[t.i - 1].pos_ == "PROPN"):
            continue
        body = None
        for size in (6, 5, 4, 3, 2, 1):
            words = tuple(x.lower_.replace("’", "'") for x in tv[t.i:t.i + size])
            if len(words) != size:
                continue
            if words in names:
                body = (t.i + size, None)
                break
            if words in nouns:
                k = t.i + size
                if words in _NAMED_RIGHT_AFTER and k < n and tv[k].text[:1].isupper() \
                        and (tv[k].pos_ == "PROPN" or k in by_start) and t.i > 0 and tv[t.i - 1].pos_ == "DET":
                    # ((s29-people29) "la métropole Rives-de-Loire", "la communauté de communes Val-Vert": a local
                    # body whose own name follows the noun with no "de"; the noun is part of the body's name)
                    place = by_start.get(k)
                    if place is not None and place.ner != "PER":
                        body = (place.end, place)
                    elif place is None and not any(s.start <= k < s.end for s in spans):
                        body = (_propn_run_end(tv, k + 1, n, spans), None)
                    break
                if k + 1 < n and tv[k].lower_ in _OF:
                    k += 1
                    if tv[k].lower_ in ("la", "le", "l'", "l’") and k + 1 < n:
                        k += 1
                    place = by_start.get(k)
                    whole = by_start.get(t.i)
                    if place is not None and tv[k].text[:1].isupper():
                        body = (place.end, place)
                    elif whole is not None and whole.end > k:   # "CHU de Lyon", all one NER span
                        body = (whole.end, whole)
                    elif place is None and tv[k].text[:1].isupper() and tv[k].pos_ == "PROPN" \
                            and not any(s.start <= k < s.end for s in spans):
                        # "la préfecture de la Loire": a place the NER missed (capitalised, a proper noun)
                        body = (_propn_run_end(tv, k + 1, n, spans), None)
                break
        if body is None:
            continue
        if words in _COURT_NOUNS_LEX and _court_venue(tv, t):
            continue   # (s22-types22) a court as the venue of a case or as a sentencer is no party
        end, place = body
        if any(s.start < end and s.end > t.i and s is not place and not (s.start >= t.i and s.end <= end)
               for s in spans):
            continue   # (a name that runs past the body's words: leave it as the NER found it)
        _put_body(doc, spans, by_start, t.i, end)
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


# (s29-people29) local bodies whose own name may follow the noun with no "de" ("la métropole Rives-de-Loire")
_NAMED_RIGHT_AFTER = frozenset(tuple(w.replace("'", "' ").split()) for w in (
    "métropole", "communauté d'agglomération", "communauté de communes", "communauté urbaine"))
# the courts among the public body nouns (lexicon, as the tokenizer cuts them)
_COURT_NOUNS_LEX = frozenset(tuple(w.replace("'", "' ").split()) for w in (
    "tribunal de commerce", "tribunal judiciaire", "tribunal correctionnel", "tribunal administratif",
    "tribunal de grande instance", "tribunal des activités économiques", "cour d'appel",
    "cour administrative d'appel", "conseil de prud'hommes"))
# verbs whose subject court passes a sentence or hands a firm over: ties they give a court (ACCUSES, FUNDS)
# are not the gold's (s22-types22)
# (s28-fights28: "condamner" left out: a court's sentence is a sanction, OPPOSES role sanctions court → sentenced,
# the read28 gold and the lead's reading of ONTOLOGY "Sanctions ... are OPPOSES with role: sanctions")
_AWARD_VERBS = frozenset({"verser", "payer", "indemniser", "rembourser", "restituer"})
_SENTENCING_VERBS = frozenset({"confier", "relaxer", "valider", "ordonner", "prononcer", "placer",
                               "retenir", "homologuer", "débouter", "rejeter", "autoriser", "arrêter"})


def _court_venue(tv, t) -> bool:
    """(s22-types22) 'assigné devant le tribunal de commerce de X', 'a saisi la cour d'appel de X', 'le tribunal
    de X a condamné Y': the court is where the case goes or what sentences, never the party a pronoun or a
    possessive after it stands for, nor a funder or an accuser."""
    k = t.i - 1
    if k >= 0 and tv[k].pos_ == "DET":
        k -= 1
    if k >= 0 and tv[k].lower_ in ("devant", "auprès", "du", "au"):
        return tv[k].lower_ != "du" or t.dep_ not in ("nmod",)
    if t.head.lemma_ in ("saisir", "assigner", "porter") or (
            (t.dep_.startswith("nsubj") or t.dep_ == "obl:agent") and t.head.lemma_ in _SENTENCING_VERBS):
        return True
    if (t.dep_.startswith("nsubj") or t.dep_ == "obl:agent") and t.head.lemma_ == "condamner" and any(
            k.lemma_ in _AWARD_VERBS for k in t.head.subtree):
        return True   # (s28-fights28) "le tribunal a condamné Y à verser 2 M€ à X": a civil award, X sued Y
    return False


# (s19-gapE) Staff bodies of a company the press names by their kind and the company: "le comité social et
# économique de X", "la société des journalistes du Y" (a party of their own: they sue, they accuse)
_STAFF_BODIES = (("comité", "social", "et", "économique"), ("comité", "central", "d'", "entreprise"),
                 ("comité", "d'", "entreprise"), ("société", "des", "journalistes"), ("société", "des", "rédacteurs"))


def _staff_bodies(doc, spans: list[_Span]) -> None:
    """(s19-gapE, after the capitalised runs: the company's name may be one of them) 'le comité social et économique de Norlac assigne X': the body and its company are one
    organisation's name (ORG, fixed); the company's span inside gives way to it (it stays an entity
    wherever else the text names it)."""
    here = lower_words_of(doc)
    if "comité" not in here and "société" not in here:
        return
    tv = tokens_of(doc)
    n = len(doc)
    by_start = {s.start: s for s in spans}
    added = False
    for t in map(tv.__getitem__, at_words(doc, ("comité", "société"))):   # (the test below skips any other word: wordpos)
        if t.lower_ not in ("comité", "société"):
            continue
        for words in _STAFF_BODIES:
            k = t.i + len(words)
            if k + 1 >= n or words[0] != t.lower_ \
                    or tuple(x.lower_.replace("’", "'") for x in tv[t.i:k]) != words:
                continue
            acronym = None
            if k + 4 < n and tv[k].text == "(" and tv[k + 2].text == ")" and tv[k + 1].text.isupper():
                acronym = by_start.get(k + 1)   # "la Société des journalistes (SDJ) du Fanal"
                k += 3
            if tv[k].lower_ not in _OF or k + 1 not in by_start or not tv[k + 1].text[:1].isupper():
                break
            company = by_start[k + 1]
            # (whatever the NER made of the company's word: a staff body is a company's; a span of the
            # body's own words, "Société des journalistes", gives way too)
            inside = [s for s in spans if s is not company and s is not acronym and s.start >= t.i and s.end <= k]
            if any(s.start < company.end and s.end > t.i and s is not company and s is not acronym
                   and not any(s is o for o in inside) for s in spans) or company.fixed_name or any(s.fixed_name for s in inside):
                break
            spans[:] = [s for s in spans if s is not company and not any(s is o for o in inside)]
            sp = _Span.built(t.i, company.end, doc[t.i:company.end].text, "ORG")
            if acronym is not None:
                # ((s21-names21) the acronym in brackets closes the body's name: the letters spell "Société
                # des journalistes", the company after the bracket only says whose body it is; the acronym's
                # own span is an alias of it)
                sp.text = sp.fixed_name = doc[t.i:acronym.start - 1].text
                acronym.joins = sp.text
                acronym.votes["ORG"] += 5
            spans.append(sp)
            by_start[t.i] = sp
            added = True
            break
    if added:
        spans.sort(key=lambda s: s.start)


# (s19-gapE2) Committees the press names by their kind and what they serve: "le comité d'organisation de la
# Coupe d'Europe 2031" (an event's organisers), "le comité de Normandie", "le comité régional de Bretagne" (a
# federation's body for a region). Not a company's own committees ("comité d'audit", "comité de direction de
# X"): their members sit on the company's board.
_COMMITTEE_KINDS = (("d'", "organisation"), ("régional",), ("départemental",), ())


def _committees(doc, spans: list[_Span]) -> None:
    """(s19-gapE2) 'directeur général du comité d'organisation de la Coupe d'Europe 2031', 'l'ancien dirigeant
    du comité de Normandie': the committee and what it serves are one organisation's name (ORG, fixed); the
    event's or the region's own span inside gives way to it (a title's holder leads the committee, not the
    event nor the region). A bare committee only before a place's name (the NER's place)."""
    if "comité" not in lower_words_of(doc):
        return
    tv = tokens_of(doc)
    n = len(doc)
    by_start = {s.start: s for s in spans}
    added = False
    for t in map(tv.__getitem__, at_words(doc, ("comité",))):   # (the test below skips any other word: wordpos)
        if t.text != "comité":   # (lower case: "le Comité X" is a name the NER sees)
            continue
        for kind in _COMMITTEE_KINDS:
            k = t.i + 1 + len(kind)
            if k + 1 >= n or tuple(x.lower_.replace("’", "'") for x in tv[t.i + 1:k]) != kind:
                continue
            if tv[k].lower_ not in _OF:
                continue
            k += 1
            if tv[k].lower_ in ("la", "le", "l'", "l’") and k + 1 < n:
                k += 1
            served = by_start.get(k)
            if served is None or not tv[k].text[:1].isupper() or served.fixed_name \
                    or kind != ("d'", "organisation") and served.ner != "LOC":
                break
            end = served.end
            if end + 1 < n and tv[end].text.isdigit() and len(tv[end].text) == 4 and not any(
                    s.start == end for s in spans):
                end += 1   # "la Coupe du monde 2031": the edition's year is the event's
            if any(s.start < end and s.end > t.i and s is not served for s in spans):
                break
            spans[:] = [s for s in spans if s is not served]
            sp = _Span.built(t.i, end, doc[t.i:end].text, "ORG")
            spans.append(sp)
            by_start[t.i] = sp
            added = True
            break
    if added:
        spans.sort(key=lambda s: s.start)


# (s19-gapE2) Words between a name and the other name it goes by: "X, plus connu sous le nom de Y", "X, connue
# sous l'acronyme Y", "X, mieux connu sous le sigle Y".
_KNOWN_AS = (("sous", "le", "nom", "de"), ("sous", "le", "nom", "d'"), ("sous", "l'", "acronyme"),
             ("sous", "le", "sigle"), ("sous", "l'", "appellation"), ("sous", "le", "diminutif", "de"))


def _names_known_as(doc, spans: list[_Span]) -> None:
    """(s19-gapE2) 'Dorne National Chemical Corporation, plus connu sous le nom de DorChem, …': the second name
    is the first's other name (an alias: the text goes on with it, "le PDG de DorChem")."""
    here = lower_words_of(doc)
    if here.isdisjoint(("connu", "connue", "connus", "connues")):
        return
    tv = tokens_of(doc)
    n = len(doc)
    by_start = {s.start: s for s in spans}
    by_end = {s.end: s for s in spans}
    for t in map(tv.__getitem__, at_words(doc, ("connu", "connue", "connus", "connues"))):   # (the test below skips any other word: wordpos)
        if t.lower_ not in ("connu", "connue", "connus", "connues"):
            continue
        j = t.i - 1
        if j >= 0 and tv[j].lower_ in ("plus", "mieux", "aussi", "également", "surtout"):
            j -= 1
        if j < 1 or tv[j].text != ",":
            continue
        named = by_end.get(j)
        for words in _KNOWN_AS:
            k = t.i + 1 + len(words)
            if k < n and tuple(x.lower_.replace("’", "'") for x in tv[t.i + 1:k]) == words:
                other = by_start.get(k)
                if named is not None and other is not None and not other.joins and other.ner != "PER" \
                        and named.ner != "PER":
                    other.votes.update(named.votes)
                    for s in spans:   # (and wherever else the text uses that name)
                        if s.text == other.text and not s.joins:
                            s.joins = named.text
                break


# (s19-gapE2) Elected people's titles the press follows with their party's label, then their name: "le député
# Horizon Paul X", "la sénatrice PPV Claire Y", "la candidate Nouvelle Gauche à la mairie de Lyon".
_LABEL_TITLES = frozenset({"député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée", "élu", "élue",
                           "candidat", "candidate", "maire", "conseiller", "conseillère", "militant", "militante"})


def _labels_after_elected_titles(doc, spans: list[_Span]) -> None:
    """(s19-gapE2, after the capitalised runs) 'le député Horizon Paul X': the label between an elected title and
    a person's name (a first name and a surname) is the person's party (ORG), no part of the name and no person
    of its own: a span running from the label over the name is cut before the first name ('Horizon' | 'Paul
    X'); a span of its own before the name ('PPV' | 'Paul X') or before the place a candidate runs for ('la
    candidate Nouvelle Gauche à la mairie de Lyon') is the party's."""
    if lower_words_of(doc).isdisjoint(_LABEL_TITLES):
        return
    tv = tokens_of(doc)
    n = len(doc)
    firsts = first_names()
    by_start = {s.start: s for s in spans}
    added = []
    for sp in spans:
        k = sp.start - 1
        if k < 0 or sp.fixed_name or not tv[k].is_lower or tv[k].lower_ not in _LABEL_TITLES \
                or tv[sp.start].text in firsts:
            continue
        cut = next((i for i in range(sp.start + 1, sp.end - 1) if tv[i].text in firsts), None)
        if cut is not None:
            # ("Horizon Paul X": the label, then a first name and what follows it)
            person = _Span(cut, sp.end, doc[cut:sp.end].text)
            person.votes.update(sp.votes)
            person.votes["PER"] += 2
            sp.end = cut
            sp.text = doc[sp.start:cut].text
            sp.votes.clear()
            sp.votes["ORG"] += 5
            added.append(person)
            continue
        nxt = by_start.get(sp.end)
        if nxt is not None and nxt.end - nxt.start >= 2 and tv[nxt.start].text in firsts \
                or sp.end < n and tv[sp.end].lower_ in ("à", "aux") and tv[k].lower_ in ("candidat", "candidate"):
            sp.votes.clear()
            sp.votes["ORG"] += 5
    if added:
        spans.extend(added)
        spans.sort(key=lambda s: s.start)


def _put_body(doc, spans: list[_Span], by_start: dict, start: int, end: int) -> None:
    """Replace the spans inside tokens start..end by one public body's name (GOV, fixed)."""
    spans[:] = [s for s in spans if not (s.start >= start and s.end <= end)]
    sp = _Span.built(start, end, doc[start:end].text, "GOV")
    spans.append(sp)
    by_start[start] = sp


# Local authorities the press names by their kind and their place: "la ville de Morlaix", "la Ville de Sète",
# "la commune de Gien" ("de" before the place), "la région Bretagne" (none).
_TOWN_NOUNS = {"ville": True, "commune": True, "région": False}


def _town_bodies(doc, spans: list[_Span]) -> None:
    """'la ville de Morlaix a attribué …', 'la région Bretagne verse …': a town or a region acting is named with
    its kind ("ville de Morlaix", "région Bretagne": one public body, GOV), not by the place alone. Only after
    an article ("une filiale commune d'EDF": an adjective), and before a place's capitalised name."""
    tv = tokens_of(doc)
    n = len(doc)
    by_start = {s.start: s for s in spans}
    added = False
    for t in map(tv.__getitem__, at_words(doc, _TOWN_NOUNS)):   # (the test below skips any other word: wordpos)
        of = _TOWN_NOUNS.get(t.lower_)
        if of is None or t.i == 0 or tv[t.i - 1].lower_ != "la":
            continue
        k = t.i + 1
        if of:
            if k >= n or tv[k].lower_ not in ("de", "d'", "d’"):
                continue
            k += 1
        place = by_start.get(k)
        whole = by_start.get(t.i)   # ("Région Occitanie", "Ville de Sète": the NER's span, or the word's own)
        if place is None and whole is not None and whole.end > k:
            place = whole
        if place is None or place.fixed_name or not tv[k].text[:1].isupper() or tv[k].text.isupper() \
                or place.ner not in ("LOC", "GOV", None) or top(place.votes) not in ("LOC", "GOV"):
            continue
        end = place.end
        _put_body(doc, spans, by_start, t.i, end)
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


_ORDINAL = re.compile(r"^\d{1,2}(?:e|er|ème|eme)$")
_MAYOR_WORDS = frozenset({"maire", "mairie", "mairesse"})


def _mayors_districts(doc, spans: list[_Span]) -> None:
    """(s20-names4) 'X, maire (LR) du 7e arrondissement', 'l'ancien maire des 13e et 14e arrondissements de
    Marseille': a city district whose mayor the text names is a public body (GOV) named by its number (and
    its city); the NER finds nothing there, or the city alone, so the mayor's tie had no party. Only after
    a mayor's word (three words at most before "du"/"des"): "un restaurant du 7e arrondissement" is a place."""
    tv = tokens_of(doc)
    n = len(doc)
    by_start = {s.start: s for s in spans}
    added = False
    for t in map(tv.__getitem__, at_words(doc, ("arrondissement", "arrondissements"))):   # (the test below skips any other word: wordpos)
        if t.lower_ not in ("arrondissement", "arrondissements") or t.i == 0 or not _ORDINAL.match(tv[t.i - 1].lower_):
            continue
        start = t.i - 1
        if start >= 2 and tv[start - 1].lower_ == "et" and _ORDINAL.match(tv[start - 2].lower_):
            start -= 2   # ("des 13e et 14e arrondissements": one sector, one mayor)
        j = start - 1
        if j < 1 or tv[j].lower_ not in ("du", "des") \
                or not any(tv[x].lower_ in _MAYOR_WORDS for x in range(max(0, j - 3), j)):
            continue
        end = t.i + 1
        if end + 1 < n and tv[end].lower_ in ("de", "d'", "d’") and tv[end + 1].text[:1].isupper():
            place = by_start.get(end + 1)
            if place is not None:
                end = place.end   # ("de Marseille": the city the district belongs to)
        if any(sp.start < end and sp.end > start and not (sp.start >= start and sp.end <= end) for sp in spans):
            continue
        _put_body(doc, spans, by_start, start, end)
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


def _national_governments(doc, spans: list[_Span]) -> None:
    """(s20-names4) 'le gouvernement britannique gèle ses avoirs', 'reproche au gouvernement français': a
    state's government named by the state's adjective is a public body (GOV) acting, named as the text
    writes it; the NER finds nothing there."""
    tv = tokens_of(doc)
    n = len(doc)
    adjectives = countries_by_adjective()
    by_start = {s.start: s for s in spans}
    added = False
    for t in map(tv.__getitem__, at_words(doc, ("gouvernement",))):   # (the test below skips any other word: wordpos)
        if t.lower_ != "gouvernement" or not t.is_lower or t.i == 0 or t.i + 1 >= n \
                or tv[t.i - 1].lower_ not in ("le", "du", "au", "un") or tv[t.i + 1].lower_ not in adjectives:
            continue
        if any(sp.start <= t.i + 1 < sp.end or sp.start <= t.i < sp.end for sp in spans):
            continue
        _put_body(doc, spans, by_start, t.i, t.i + 2)
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


def _ministry_departments(doc, spans: list[_Span]) -> None:
    """'le département du Trésor américain', 'le département d'État': a ministry the press names by its
    "département" (the American way) is named with that word; the NER finds only what follows."""
    tv = tokens_of(doc)
    for sp in spans:
        k = sp.start - 1
        if sp.fixed_name or k < 2 or tv[k].lower_ not in ("du", "de", "d'", "d’") or tv[k - 1].lower_ != "département" \
                or not tv[k - 1].is_lower or tv[k - 2].lower_ not in ("le", "du", "au", "l'", "l’") \
                or tv[sp.start].text.isupper() or top(sp.votes) not in ("GOV", "LOC", "ORG"):
            continue
        sp.start = k - 1
        sp.text = doc[sp.start:sp.end].text
        sp.votes["GOV"] += 5
        sp.fixed_name = sp.text


def _state_directions(doc, spans: list[_Span]) -> None:
    """'la direction générale du Trésor', 'la direction du Trésor', 'la direction générale des douanes': a state
    administration named in lower case by its "direction" and what it runs, a public body (the Treasury, the
    customs, the police: lexicon gov_name_words, or a name already typed a public body). Not 'la direction
    générale de Tarvel' (a company's management)."""
    tv = tokens_of(doc)
    n = len(doc)
    gov_words = lexicon()["gov_name_words"]
    by_start = {s.start: s for s in spans}
    added = False
    for t in map(tv.__getitem__, at_words(doc, ("direction",))):   # (the test below skips any other word: wordpos)
        if t.lower_ != "direction" or not t.is_lower or t.i == 0 or tv[t.i - 1].lower_ not in ("la", "l'", "l’", "à", "de"):
            continue
        k = t.i + 1
        if k < n and tv[k].lower_ in ("générale", "centrale", "nationale"):
            k += 1
        if k + 1 >= n or tv[k].lower_ not in ("du", "des", "de"):
            continue
        k += 1 + (tv[k].lower_ == "de" and tv[k + 1].lower_ in ("la", "l'", "l’"))
        if k >= n:
            continue
        place = by_start.get(k)
        if place is not None:
            if place.fixed_name or top(place.votes) != "GOV" or tv[k].lower_ not in gov_words:
                continue
            end = place.end
        elif tv[k].is_lower and tv[k].lower_ in gov_words and not any(s.start <= k < s.end for s in spans):
            end = k + 1
            while end < n and tv[end].pos_ == "ADJ" and tv[end].is_lower and tv[end].is_alpha:
                end += 1   # ("la direction de la police nationale")
        else:
            continue
        _put_body(doc, spans, by_start, t.i, end)
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


_ASSOCIATION_NOUNS = frozenset({"ong", "association", "collectif", "fondation"})


def _association_names(doc, spans: list[_Span]) -> None:
    """'l'ONG Sentinelles des mers accuse…', 'l'association Épargnants en colère, qui …', 'le collectif Avenir
    laitier du Léon, qui …': an association's name often goes on in lower case with "de", "en", "pour" and a
    noun (or a place's name), which the NER leaves out (or misses the whole name, a common noun capitalised).
    Only after such a noun, and only when the clause goes on right after the name (not "l'ONG X de défense
    des victimes")."""
    tv = tokens_of(doc)
    if lower_words_of(doc).isdisjoint(_ASSOCIATION_NOUNS):
        return
    n = len(doc)
    by_start = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    for i in [k + 1 for k in at_words(doc, _ASSOCIATION_NOUNS) if k + 1 < n - 2]:   # (after the nouns: the test below)
        if tv[i - 1].lower_ not in _ASSOCIATION_NOUNS or not tv[i].text[:1].isupper() or not tv[i].is_alpha \
                or tv[i].text.isupper():
            continue
        sp = by_start.get(i)
        if sp is None and i not in taken:
            sp = _Span(i, i + 1, tv[i].text)   # ("l'association Actionnaires en alerte": the NER saw no name)
            sp.votes["ORG"] += 2
            fresh = True
        else:
            fresh = False
        if sp is None or sp.fixed_name or sp.end - sp.start > 2 or sp.end - sp.start == 2 and not tv[sp.end - 1].is_lower:
            continue
        k = sp.end
        if k + 2 >= n or tv[k].lower_ not in _ASSOCIATION_LINKS or k + 1 in taken and by_start.get(k + 1) is None:
            continue
        noun = tv[k + 1]
        other = by_start.get(k + 1)
        if other is not None:   # ("… du Léon": a one-word place's name closes it)
            if other.end - other.start != 1 or other.fixed_name or tv[k].lower_ not in ("de", "du", "d'", "d’"):
                continue
        elif noun.pos_ not in ("NOUN", "PROPN", "ADJ") or not noun.is_lower or not noun.is_alpha \
                or tv[k].lower_ not in ("de", "des", "du", "d'", "d’") and noun.pos_ == "PROPN":
            continue
        after, end = tv[k + 2], k + 2
        if other is None and k + 3 < n and _agrees_with(after, noun) and noun.morph.get("Number") == ["Plur"]:
            # ("l'association Amicale des riverains inquiets, présidée par …": the adjective of the plural noun)
            after, end = tv[k + 3], k + 3
        if after.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ") or after.lower_ in ("qui", "a", "ont"):
            if other is not None:
                spans.remove(other)
            sp.end = end
            sp.text = doc[sp.start:sp.end].text
            if fresh:
                spans.append(sp)
            taken.update(range(sp.start, sp.end))
    spans.sort(key=lambda s: s.start)


def _agrees_with(adj, noun) -> bool:
    """A lower-case adjective (or participle) of the noun's number right after it: "des riverains inquiets"."""
    return adj.pos_ in ("ADJ", "VERB") and adj.is_lower and adj.is_alpha \
        and adj.morph.get("Number") == noun.morph.get("Number")


def _association_adjectives(doc, spans: list[_Span]) -> None:
    """"l'association Sauvegarde des patients implantés, présidée par …", "l'association Amicale des supporters
    castelroussins": an association's name ending on "des" and a plural noun goes on with the adjective that
    agrees with that noun, when the clause goes on right after it (the NER stops at the noun)."""
    tv = tokens_of(doc)
    if lower_words_of(doc).isdisjoint(_ASSOCIATION_NOUNS):
        return
    n = len(tv)
    starts = {s.start for s in spans}
    for sp in spans:
        k = sp.end
        if sp.start < 1 or tv[sp.start - 1].lower_ not in _ASSOCIATION_NOUNS or k + 1 >= n or sp.end - sp.start < 3 \
                or tv[k - 2].lower_ not in ("des", "de", "du") or not tv[k - 1].is_lower or tv[k - 1].pos_ != "NOUN":
            continue
        if not _agrees_with(tv[k], tv[k - 1]) or k in starts \
                or not (tv[k + 1].is_punct or tv[k + 1].pos_ in ("VERB", "AUX") or tv[k + 1].lower_ == "qui"):
            continue
        sp.end = k + 1
        sp.text = doc[sp.start:sp.end].text


# Nouns that introduce a movement's or a parliamentary group's name ("le mouvement Picardie debout", "le groupe
# Libertés et territoires"); with "groupe" and "parti" only a name coordinated with "et" goes on in lower case
# ("le groupe Casino en difficulté" is the company and its state).
_LOWERCASE_NAME_INTRODUCERS = _ASSOCIATION_NOUNS | {"mouvement", "liste", "groupe", "parti"}
_COORDINATED_ONLY = frozenset({"groupe", "parti"})
# The little words a name going on in lower case may hold ("Notre affaire à tous", "Bassines non merci")
# (not "de": "l'association X de défense des riverains" is a common noun's complement, and _association_names
# reads the names that go on with one "de" noun)
_NAME_LINKS = frozenset({"et", "à", "au", "aux", "pour", "en", "sans", "contre", "non", "la", "le", "les", "l'", "l’"})
_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})
# Time words never inside such a name ("le Parti fédéraliste l'an dernier", "le collectif X cette année")
_TIME_WORDS = frozenset({"an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "fois",
                         "dernier", "dernière", "prochain", "prochaine", "passé", "passée", "hier", "aujourd'hui"})
# Words that close a clause right after a name (the name ends there)
_CLAUSE_OPENERS = frozenset({"qui", "que", "qu'", "qu’", "dont", "a", "ont", "est", "sont", "avait", "va"})


def _closes_a_name(tv, j: int, n: int) -> bool:
    """The name ends before tv[j]: the end, a new line, punctuation, a relative pronoun or a finite verb."""
    if j >= n or "\n" in tv[j - 1].whitespace_:
        return True
    t = tv[j]
    return t.is_punct and t.text not in ("-", "'", "’") or t.lower_ in _CLAUSE_OPENERS \
        or t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]


def _ends_a_name(t) -> bool:
    """A word a name going on in lower case may end on: a noun, an adjective, a participle ("insoumise",
    "enchaîné"), or "tous", "debout"."""
    return t.pos_ in ("NOUN", "ADJ", "PROPN") or t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Part"] \
        or t.lower_ in ("tous", "debout", "merci")


def _lower_case_tail(tv, k: int, n: int, longest: int) -> int | None:
    """The end of the longest run of lower-case name words from tv[k] (at most ``longest``) closed right after
    by the end of a clause, or None."""
    best = None
    dates = lexicon()["date_words"]
    for j in range(k, min(n, k + longest)):
        t = tv[j]
        if not t.is_lower or "\n" in tv[j - 1].whitespace_ or t.lower_ in dates or t.lower_ in _TIME_WORDS:
            break
        if t.lower_ in _ARTICLES:   # only after a link ("Ensemble pour la …"), not "X ses dépenses", "X l'an dernier"
            if j == k or tv[j - 1].lower_ not in _NAME_LINKS or tv[j - 1].lower_ in _ARTICLES:
                break
        elif t.lower_ not in _NAME_LINKS and not (t.is_alpha and _ends_a_name(t)):
            break   # (no other determiner, pronoun or adverb: "X ses dépenses", "X aussi")
        if t.lower_ in _CLAUSE_OPENERS or t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") != ["Part"]:
            break
        if t.lower_ not in _NAME_LINKS and _closes_a_name(tv, j + 1, n):   # (a noun or an adjective: checked above)
            best = j + 1
    return best


def _names_going_on_in_lower_case(doc, spans: list[_Span]) -> None:
    """French capitalises only the first word of an organisation's name: "le collectif Bassines non merci",
    "l'association Notre affaire à tous", "le mouvement Picardie debout", "le groupe Libertés et territoires",
    and a title opened by its article, "La France insoumise", "Le Canard enchaîné". The NER stops at the
    capitalised word. After a noun introducing a movement or an association, or from a capitalised article
    inside a sentence, the name goes on over its lower-case words when a clause closes right after them (a
    comma, a relative pronoun, a finite verb): not "le groupe X en Afrique", "l'association X de défense des
    victimes"."""
    tv = tokens_of(doc)
    n = len(tv)
    by_start = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = False
    # (only the words after an introducer and the capitalised articles: the first test below skips the rest)
    for i in sorted({k + 1 for k in at_words(doc, _LOWERCASE_NAME_INTRODUCERS)}.union(at_words(doc, ("le", "la", "les")))):
        if not 1 <= i < n - 1:
            continue
        intro = tv[i - 1].lower_
        first = tv[i]
        article = first.text in ("Le", "La", "Les") and not first.is_sent_start
        if intro not in _LOWERCASE_NAME_INTRODUCERS and not article:
            continue
        if not first.text[:1].isupper() or not first.is_alpha or first.text.isupper():
            continue
        sp = by_start.get(i)
        if sp is None and (i in taken or article or first.is_sent_start):
            continue
        if sp is not None and (sp.fixed_name or top(sp.votes) == "PER" or sp.end - sp.start > (2 if article else 1)
                               or any(not t.text[:1].isupper() for t in tv[sp.start:sp.end])):
            continue
        k = sp.end if sp is not None else i + 1
        if article and (sp is None or sp.end - sp.start != 2):
            continue
        if k >= n or k in taken:
            continue
        end = _lower_case_tail(tv, k, n, 1 if article else 4)
        if end is None or intro in _COORDINATED_ONLY and not any(t.lower_ == "et" for t in tv[k:end]):
            continue
        if article and tv[k].pos_ not in ("ADJ", "VERB"):
            continue   # ("La France insoumise": one adjective after a title's article, no noun)
        if sp is None:
            sp = _Span(i, end, "")
            spans.append(sp)
            added = True
        sp.end = end
        sp.text = doc[sp.start:sp.end].text
        sp.votes["ORG"] += 2
        taken.update(range(sp.start, end))
    if added:
        spans.sort(key=lambda s: s.start)


# The little words inside an association's name before its one lower-case noun: "Sentinelles des mers",
# "Épargnants en colère", "Citoyens sans frontières".
_ASSOCIATION_LINKS = frozenset({"de", "des", "du", "d'", "d’", "en", "sans", "contre"})

_AFTER_NUMBERED_NAME = {"PUNCT", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PRON"}


def _trade_names_cut(doc, spans: list[_Span]) -> None:
    """'Saveurs de Penhir', 'Caves d'affinage Ballaz': a capitalised trade word opening a company's name
    (lexicon trade_name_openers, a workshop in "-erie") that the NER took for a name of its own, then a
    "de" phrase (with at most one lower-case word) whose name it found apart (a place's, a family's): one
    name, a company's. Not a first name after the "de" ("Caves de Paul X": the person's)."""
    tv = tokens_of(doc)
    lex = lexicon()
    n = len(doc)
    by_start = {s.start: s for s in spans}
    dropped = []
    for sp in spans:
        if sp in dropped or sp.end - sp.start != 1 or sp.fixed_name or not trade_word(tv[sp.start], lex):
            continue
        k = sp.end
        if k + 1 >= n or tv[k].lower_ not in ("de", "du", "des", "d'", "d’") or "\n" in tv[k - 1].whitespace_:
            continue
        k += 1
        if tv[k].lower_ in ("la", "l'", "l’") and k + 1 < n:
            k += 1
        if tv[k].is_lower and tv[k].is_alpha and k + 1 < n and tv[k].lower_ not in lex["date_words"]:
            k += 1   # ("d'affinage": the trade's own noun)
        nxt = by_start.get(k)
        if nxt is None or nxt in dropped or nxt.fixed_name or tv[k].text in first_names() \
                or "\n" in doc[sp.start:nxt.end].text:
            continue
        absorb(doc, sp, nxt, dropped)
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]


def _names_cut_in_two(doc, spans: list[_Span]) -> None:
    """'Anatolia Télécom tourne la page', 'Norval Énergies a signé': a name the NER cut in two pieces side by
    side, the parse hanging the second on the first (flat:name, compound, or a complement with no "de"): one name,
    typed again as a whole; or that the NER found whole elsewhere in the text (a table's row, where the parse
    is poor). Not when a piece is a person's ("la Commission Paul X"), nor across a line."""
    tv = tokens_of(doc)
    lex = lexicon()
    whole = {s.text for s in spans if s.end - s.start >= 2}

    def joins(a, b) -> bool:
        if b.start != a.end or a.fixed_name or b.fixed_name or "PER" in (a.ner, b.ner) \
                or "\n" in tv[a.end - 1].whitespace_ or not tv[a.end - 1].whitespace_ or not _name_word(doc, tv[b.start]):
            return False
        return tv[b.start].dep_ in ("flat:name", "compound", "nmod", "amod") and a.start <= tv[b.start].head.i < a.end \
            or doc[a.start:b.end].text in whole

    def then(a, b) -> None:
        whole.add(a.text)   # (for a later mention cut the same way)
        _retype(doc, a)
        if any(t.lower_ in lex["org_name_words"] for t in tv[a.start:a.end]):
            a.votes["ORG"] += 3   # ("X Télécom", "X Énergies": the name's organisation word)

    _join_neighbours(doc, spans, joins, then)


# A table's first column header that says each row opens on a ministry's portfolio ("Ministère | Sortant |
# Entrant", then "Travail et Emploi | X | Y")
_PORTFOLIO_HEADERS = frozenset({"ministère", "ministères", "portefeuille", "portefeuilles"})


def _table_portfolios(doc, spans: list[_Span]) -> None:
    """'Ministère | Sortant | Entrant' then 'Culture | X | Y': under a first column headed "Ministère", each
    row's first cell is a ministry named by its portfolio, whole ("Travail et Emploi", not "Emploi"),
    a public body."""
    if "|" not in doc.text or lower_words_of(doc).isdisjoint(_PORTFOLIO_HEADERS):
        return
    tv = tokens_of(doc)
    under = False   # (inside a table whose first column is headed so)
    added = False
    for line_start, end in line_spans(tv):   # (the line is tv[line_start:end])
        bar = next((k for k in range(line_start, end) if tv[k].text == "|"), None)
        if bar is None:
            under = False
        elif bar > line_start and tv[line_start].lower_ in _PORTFOLIO_HEADERS and bar == line_start + 1:
            under = True
        elif under and bar > line_start and _portfolio_cell(tv, line_start, bar):
            portfolio_span(doc, spans, line_start, bar)
            added = True
    if added:
        spans.sort(key=lambda s: s.start)


def portfolio_span(doc, spans: list[_Span], a: int, b: int) -> None:
    """The cell doc[a:b] names a ministry by its portfolio: one public body's name, in place of the spans the
    NER found inside it (the portfolio tables' cells: _table_portfolios, names23.portfolio_columns)."""
    spans[:] = [s for s in spans if s.end <= a or s.start >= b]
    sp = _Span(a, b, doc[a:b].text)
    sp.votes["GOV"] += 4
    spans.append(sp)


def _portfolio_cell(tv, start: int, end: int) -> bool:
    """A cell of one to six words, opening on a capital, with no number and no person's name."""
    words = tv[start:end]
    return 1 <= len(words) <= 6 and words[0].text[:1].isupper() and not any(t.like_num for t in words) \
        and words[0].text not in first_names()


def _names_whole_elsewhere(doc, spans: list[_Span]) -> None:
    """'Alternative verte' found whole by the NER in one sentence and cut to 'Alternative' in another: a
    name followed by the lower-case word that closes it where the NER saw it whole is that name."""
    tv = tokens_of(doc)
    # (an adjective: "verte", "républicain"; not a company's sector word in lower case, "X investments", which
    # the text may also write for another company than X's)
    whole = {s.text for s in spans if s.end - s.start >= 2 and tv[s.end - 1].is_lower and tv[s.end - 1].is_alpha
             and tv[s.end - 1].pos_ == "ADJ" and tv[s.end - 1].lower_ not in lexicon()["org_name_words"]}
    if not whole:
        return
    taken = {i for s in spans for i in range(s.start, s.end)}
    for sp in spans:
        k = sp.end
        if k < len(doc) and k not in taken and not sp.fixed_name and tv[k].is_lower \
                and f"{sp.text} {tv[k].text}" in whole and "\n" not in tv[k - 1].whitespace_:
            sp.end = k + 1
            sp.text = doc[sp.start:sp.end].text
            taken.add(k)


def _names_with_numbers(doc, spans: list[_Span]) -> None:
    """'l'association Probité 38', 'contre Probité 38.': a number right after an organisation's name,
    with no noun after it (not '… Kelvio 38 salariés'), is part of the name the NER cut short. Not a year
    ('Kelvio 2024'), nor after a person's or a place's name (a score: 'Lyon 3, Nantes 1')."""
    tv = tokens_of(doc)
    n = len(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    for sp in spans:
        k = sp.end
        # (a lone word only the NER calls a person is typed later, an organisation as often as not)
        lone = sp.end - sp.start == 1 and sp.ner == "PER" and sum(sp.votes.values()) == 1
        if k >= n or k in taken or top(sp.votes) != "ORG" and not lone or sp.fixed_name:
            continue
        num = tv[k]
        if not (num.text.isdigit() and len(num.text) <= 3) or tv[k - 1].whitespace_ != " ":
            continue
        if k + 1 < n and (tv[k + 1].pos_ not in _AFTER_NUMBERED_NAME or tv[k + 1].text in ("%", "à", "-", "–", "/", "h")
                          or tv[k + 1].text == "," and k + 2 < n and tv[k + 2].like_num):
            continue   # ("Kelvio 38 salariés", "Kelvio 12 %", "Lyon 3, 1": a quantity or a score)
        sp.end = k + 1
        sp.text = doc[sp.start:sp.end].text
        sp.votes["ORG"] += 2   # (people's names carry no number)
        taken.add(k)


# Nouns that introduce the name of a party or a group, or that set it off after it ("le groupe X", "X, le parti …")
_PARTY_NOUNS = frozenset({"parti", "mouvement", "groupe", "formation", "liste", "collectif", "coalition"})


def _names_with_an_adjective(doc, spans: list[_Span]) -> None:
    """'le groupe Élan commun', 'Élan commun, le parti présidentiel': a party's name often goes on with
    a lower-case adjective the NER leaves out. Where a party noun introduces the name or is set off
    after it, the adjective is part of the name, at that mention and wherever the name is followed by
    it again; so is it after a capitalised common noun anywhere (_common_noun_and_adjective). Not a
    nationality or a region ('le groupe Kelvio français')."""
    tv = tokens_of(doc)
    _regional_openers(doc, spans)
    party = not lower_words_of(doc).isdisjoint(_PARTY_NOUNS)
    n = len(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    found: set[tuple[str, str]] = set()
    for sp in spans:
        k = sp.end
        if k + 3 >= n or k in taken or sp.fixed_name or top(sp.votes) == "PER":
            continue
        adj = tv[k]
        # (an adjective the tagger calls a proper noun still modifies the name: "Renouveau démocrate")
        if adj.pos_ != "ADJ" and adj.dep_ != "amod" or not adj.is_lower or not adj.is_alpha \
                or not (sp.start - 1 <= adj.head.i < sp.end) \
                or adj.lower_ in countries_by_adjective() or adj.lower_ in _local_adjectives():
            continue
        before = tv[sp.start - 1].lower_ if sp.start > 0 else ""
        after = tv[k + 1].text == "," and tv[k + 2].lower_ in ("le", "la", "l'", "l’") and tv[k + 3].lower_ in _PARTY_NOUNS
        # (the parser may hang the adjective on the noun that introduces the name: "l'association X citoyenne")
        if party and (before in _PARTY_NOUNS or after) and adj.head.i >= sp.start \
                or _common_noun_and_adjective(doc, sp, adj):
            found.add((tv[k - 1].text, adj.lower_))
    if not found:
        return
    for sp in spans:
        k = sp.end
        if k < n and k not in taken and (tv[k - 1].text, tv[k].lower_) in found and tv[k].is_lower:
            sp.end = k + 1
            sp.text = doc[sp.start:sp.end].text
            taken.add(k)


def _regional_openers(doc, spans: list[_Span]) -> None:
    """'son concurrent Dauphinoise Laitière', 'la Normande Salaisons': a region's adjective, capitalised inside
    a sentence right before a name the NER found without it, opens that name (French capitalises no
    adjective outside a name). Not before a first name ("le Lyonnais Paul X", a person)."""
    tv = tokens_of(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    for sp in spans:
        i = sp.start - 1
        if i < 1 or i in taken or sp.fixed_name or tv[sp.start].text in first_names() \
                or tv[i].lower_ not in _local_adjectives() or not _capitalised_mid_sentence(doc, i):
            continue
        sp.start = i
        sp.text = doc[i:sp.end].text
        sp.votes["ORG"] += 2
        taken.add(i)


# Adjectives that place, date or rank a thing rather than name it ("la Bourse entière", "Noël dernier").
_NON_NAMING_ADJECTIVES = frozenset({
    "même", "mêmes", "seul", "seule", "seuls", "seules", "entier", "entière", "entiers", "entières", "tout", "toute",
    "dernier", "dernière", "derniers", "dernières", "prochain", "prochaine", "prochains", "prochaines", "actuel",
    "actuelle", "ancien", "ancienne", "anciens", "anciennes", "nouveau", "nouvelle", "nouveaux", "nouvelles",
    "premier", "première", "premiers", "premières", "principal", "principale", "propre", "propres", "voisin",
    "voisine", "voisins", "voisines", "concerné", "concernée", "précité", "précitée", "lui-même", "elle-même",
    "local", "locale", "locaux", "locales", "majoritaire", "minoritaire", "historique", "intéressé", "intéressée"})


_ARTICLES_AND_DE = frozenset({"l'", "l’", "la", "le", "les", "de", "du", "des", "au", "aux"})


def _common_noun_and_adjective(doc, sp: _Span, adj) -> bool:
    """'l'association Probité publique', 'au soutien de Socle républicain', 'figure de Vague citoyenne': a
    French common noun capitalised inside a sentence is the first word of a name, and the lower-case
    adjective right after it is the name's (French capitalises only a name's first word). Not a first name,
    a country or a region ("l'Europe centrale"), nor an adjective that dates or ranks ("Noël dernier")."""
    tv = tokens_of(doc)
    first = tv[sp.start]
    if sp.end - sp.start != 1 or adj.pos_ != "ADJ" or adj.lower_ in _NON_NAMING_ADJECTIVES \
            or not first.is_alpha or not first.text[1:].islower() or first.text in first_names():
        return False
    if not _capitalised_mid_sentence(doc, sp.start) or not _known_word(first):
        return False
    if adj.lower_ in (lexicon().get("name_lowercase_words") or ()) and tv[sp.start - 1].lower_ in _ARTICLES_AND_DE:
        return False   # ("la Défense nationale": _names_with_a_lowercase_word's, which types public bodies)
    # (s22-names22) "Vivendi riposte en montant au capital", "a jugé Sanofi responsable": a word the text also
    # names without that adjective is a name of its own (a company the language model knows), and the
    # adjective says something of it; a name's common noun comes with its adjective each time
    if any(i + 1 >= len(tv) or tv[i + 1].lower_ != adj.lower_ for i in at_words(doc, (first.lower_,))
           if tv[i].lower_ == first.lower_):   # (the test itself: wordpos may hand every token)
        return False
    return place_of_town(first.text) is None and fold(first.text) not in region_names()


def _names_with_a_complement(doc, spans: list[_Span]) -> None:
    """'porte-parole du Bloc des régions … l'inconnue du Bloc des régions': a capitalised common noun the
    NER took alone (a place, often) that goes on with "de/du/des" and a lower-case noun, the same words
    each time, at two mentions or more, is a name of several words (a party's, a movement's), as the
    text keeps writing it whole. Not once only ("le Sud de la France", "l'Assemblée des actionnaires")."""
    tv = tokens_of(doc)
    n = len(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}

    def tail(sp) -> int | None:
        k = sp.end
        first = tv[sp.start]
        if sp.end - sp.start != 1 or sp.fixed_name or sp.start == 0 or first.pos_ != "NOUN" \
                or not first.text[:1].isupper() or first.text.isupper() or top(sp.votes) == "PER":
            return None
        if k + 1 >= n or tv[k].lower_ not in ("de", "du", "des") or k in taken or k + 1 in taken:
            return None
        noun = tv[k + 1]
        if noun.pos_ not in ("NOUN", "PROPN") or not noun.is_lower or not noun.is_alpha or noun.lower_ in lexicon()["date_words"]:
            return None
        return k + 2

    ends = {id(sp): tail(sp) for sp in spans}
    counts: dict[str, int] = {}
    for sp in spans:
        if ends[id(sp)]:
            key = doc[sp.start:ends[id(sp)]].text
            counts[key] = counts.get(key, 0) + 1
    for sp in spans:
        end = ends[id(sp)]
        if end and counts.get(doc[sp.start:end].text, 0) >= 2:
            sp.end = end
            sp.text = doc[sp.start:end].text
            sp.votes["ORG"] += 1
    _bodies_with_a_complement(doc, spans, taken)


def _bodies_with_a_complement(doc, spans: list[_Span], taken: set) -> None:
    """'la Fédération atlantique des mutuelles', 'l'Union régionale des producteurs de lait': a body's noun
    (lexicon cut_name_heads) and its lower-case adjective, which the NER took alone, go on with "des/du/de la"
    and a lower-case noun (and its adjective): one name, said once. (Two words at least before the "de":
    "la Direction des achats", "l'Union des actionnaires" may be common nouns.)"""
    tv = tokens_of(doc)
    n = len(doc)
    heads = lexicon()["cut_name_heads"]
    for sp in spans:
        k = sp.end
        if sp.fixed_name or sp.end - sp.start < 2 or tv[sp.start].lower_ not in heads \
                or not tv[sp.start].text[:1].isupper() or not tv[sp.end - 1].is_lower or k + 1 >= n or k in taken:
            continue
        if tv[k].lower_ in ("des", "du"):
            k += 1
        elif tv[k].lower_ == "de" and k + 2 < n and tv[k + 1].lower_ in ("la", "l'", "l’"):
            k += 2
        else:
            continue
        noun = tv[k]
        if noun.pos_ != "NOUN" or not noun.is_lower or not noun.is_alpha or k in taken \
                or noun.lower_ in lexicon()["date_words"]:
            continue
        end = k + 1
        while end < n and end not in taken and tv[end].pos_ == "ADJ" and tv[end].is_lower and tv[end].is_alpha:
            end += 1
        sp.end = end
        sp.text = doc[sp.start:end].text
        sp.votes["ORG"] += 1
        taken.update(range(sp.start, end))


def _names_with_a_lowercase_word(doc, spans: list[_Span]) -> None:
    """'l'Assurance maladie', 'la Défense nationale', 'l'Éducation nationale': a name opened by a capitalised
    common noun after an article goes on with a lower-case word of public bodies and institutions, which
    the NER or the run of capitalised words cut off ('Assurance' alone, 'Défense' the place). Not after a
    name the language model does not know ('Kelvio national'), nor a person's."""
    words = lexicon().get("name_lowercase_words") or ()
    here = lower_words_of(doc)
    if here.isdisjoint(words):
        return
    lex = lexicon()
    tv = tokens_of(doc)
    n = len(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    for sp in spans:
        k = sp.end
        if k >= n or k in taken or sp.fixed_name or sp.end - sp.start > 2 or top(sp.votes) == "PER":
            continue
        last, nxt = tv[k - 1], tv[k]
        if not nxt.is_lower or nxt.lower_ not in words or "\n" in last.whitespace_:
            continue
        first = tv[sp.start]
        if sp.start == 0 or tv[sp.start - 1].lower_ not in ("l'", "l’", "la", "le", "les", "de", "du", "des", "au", "aux"):
            continue   # (an institution named with its article: "la Banque mondiale")
        if not all(t.text[:1].isupper() and t.is_alpha and _known_word(t) and t.text not in first_names()
                   for t in tv[sp.start:k]) or first.lower_ in countries_by_adjective() \
                or first.lower_ in _local_adjectives():   # ("le Parisien national de X": a person)
            continue
        sp.end = k + 1
        sp.text = doc[sp.start:sp.end].text
        taken.add(k)
        pair = " ".join(t.lower_ for t in tv[sp.start:k + 1])
        if nxt.lower_ in lex["public_service_adjectives"] or pair in lex["gov_name_words"]:
            sp.votes["GOV"] += 3


def _collective_names(doc, spans: list[_Span]) -> None:
    """'les Vingt-Sept ont adopté …', 'l'accord des Vingt-Sept': the body its members' number names (the
    European Union), capitalised after an article; the name it has elsewhere in the article."""
    names = lexicon().get("collective_names") or {}
    if lower_words_of(doc).isdisjoint(names):
        _union_as_its_council(doc, spans)
        return
    tv = tokens_of(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = False
    for t in doc:
        if t.lower_ in names and t.text[:1].isupper() and t.i > 0 and tv[t.i - 1].lower_ in ("les", "des", "aux"):
            if t.i in taken:   # (the NER's span of that one word gives way; not a longer name)
                if not any(s.start == t.i and s.end == t.i + 1 for s in spans):
                    continue
                spans[:] = [s for s in spans if not (s.start == t.i and s.end == t.i + 1)]
            sp = _Span.built(t.i, t.i + 1, names[t.lower_], "GOV")
            spans.append(sp)
            added = True
    if added:
        spans.sort(key=lambda s: s.start)
    _union_as_its_council(doc, spans)


# The Union's names that stand for the body acting in its name ("l'UE a sanctionné", "les Vingt-Sept").
_UNION_NAMES = frozenset({"ue", "union europeenne"})
_COUNCIL = "conseil de l union europeenne"
# Other bodies of the Union: where the text names one as well, "l'UE" may be any of them.
_OTHER_UNION_BODIES = frozenset({"commission europeenne", "parlement europeen", "conseil europeen"})


def _union_as_its_council(doc, spans: list[_Span]) -> None:
    """'Le Conseil de l'Union européenne a inscrit X … l'UE reproche à X …', 'les Vingt-Sept ont adopté …': where
    the text names the Council and no other body of the Union, the Union it names otherwise is the Council
    acting (it adopts the sanctions); one actor."""
    if "Conseil" not in doc.text:
        return
    keys = {fold(sp.text) for sp in spans}
    council = next((sp.text for sp in spans if fold(sp.text) == _COUNCIL), None)
    if council is None or not keys.isdisjoint(_OTHER_UNION_BODIES):
        return
    for sp in spans:
        if fold(sp.fixed_name or sp.text) in _UNION_NAMES:
            sp.joins = council


_MOVEMENT_HEADS = frozenset({"union", "front", "mouvement", "parti", "rassemblement", "alliance", "coalition",
                             "forces", "brigades", "armée", "collectif", "syndicat", "fédération", "confédération"})


def _names_cut_before_a_place(doc, spans: list[_Span]) -> None:
    """'l'Union des forces du Kordofan (UFK)', 'le Front de libération du Valmont': a long name opened by a
    capitalised head word and going on with lower-case "de" complements, which the NER cut before its
    last complement, a place's or a name's capitalised word it took apart. The two spans are one name
    when the acronym in brackets right after spells the whole name, or when the head is a movement's
    ("Union", "Front", "Mouvement"…) and the first span ends in lower case (the name ran on)."""
    tv = tokens_of(doc)
    heads = lexicon()["cut_name_heads"]
    if lower_words_of(doc).isdisjoint(heads):
        return
    n = len(doc)
    by_start = {s.start: s for s in spans}
    dropped = []
    for sp in spans:
        first = tv[sp.start]
        if sp in dropped or sp.fixed_name or sp.end - sp.start < 2 or not first.text[:1].isupper() \
                or first.lower_ not in heads or top(sp.votes) == "PER":
            continue
        k = sp.end
        if k + 1 >= n or tv[k].lower_ not in ("de", "du", "des", "d'", "d’"):
            continue
        k += 1
        if tv[k].lower_ in ("la", "l'", "l’") and k + 1 < n:
            k += 1
        nxt = by_start.get(k)
        if nxt is None or not tv[k].text[:1].isupper() or top(nxt.votes) == "PER" or nxt.fixed_name:
            continue
        whole = doc[sp.start:nxt.end].text
        acronym = nxt.end + 2 < n and tv[nxt.end].text == "(" and tv[nxt.end + 2].text == ")" \
            and tv[nxt.end + 1].text.isupper() and _initials_of(whole) == tv[nxt.end + 1].text
        ran_on = tv[sp.end - 1].text.isalpha() and tv[sp.end - 1].text.islower() and first.lower_ in _MOVEMENT_HEADS
        if not (acronym or ran_on):
            continue
        sp.end = nxt.end
        sp.text = whole
        sp.votes[top(sp.votes) or "ORG"] += 1
        dropped.append(nxt)
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]


def _initials_of(name: str) -> str:
    """'Union des forces du Kordofan' → 'UFK': the initials of a name's words but its little words."""
    return "".join(w[0] for w in re.split(r"[\s\-'’]+", name)
                   if w and w.lower() not in ("de", "du", "des", "d", "la", "le", "l", "et", "les")).upper()


# Words before a bracket that say the name in it is the party or group of an elected person ("la conseillère
# municipale d'opposition (X)"); a person's name there says so as well ("Armelle X (X)").
_ELECTED_BEFORE_BRACKET = frozenset({"opposition", "majorité", "municipal", "municipale", "communautaire",
                                      "régional", "régionale", "départemental", "départementale", "élu", "élue",
                                      "député", "députée", "sénateur", "sénatrice", "maire", "adjoint", "adjointe",
                                      "conseiller", "conseillère", "candidat", "candidate", "eurodéputé", "eurodéputée"})


def _parties_in_brackets(doc, spans: list[_Span]) -> None:
    """'la conseillère communautaire Armelle X (Servir Quimper)', 'l'élue d'opposition (Bretagne en commun)':
    the name in brackets after an elected person or her title is her party's or group's, whole (the NER cuts
    it or calls it a place). Not a place ("(Gironde)"), a date, an acronym alone (other rules), nor more
    than four words."""
    if "(" not in lower_words_of(doc):
        return
    tv = tokens_of(doc)
    n = len(doc)
    ends = {s.end: s for s in spans}
    added = False
    for t in map(tv.__getitem__, at_words(doc, ("(",))):   # (only the brackets: the test below skips the rest)
        if t.text != "(" or t.i == 0:
            continue
        j = next((k for k in range(t.i + 2, min(n, t.i + 6)) if tv[k].text == ")"), None)
        if j is None or j - t.i < 3:
            continue   # (one word: an acronym or a place, which other rules read)
        inside = tv[t.i + 1:j]
        first = inside[0]
        if not first.text[:1].isupper() or first.text.isupper() or not all(w.is_alpha for w in inside) \
                or any("\n" in w.whitespace_ for w in inside) or first.text in first_names():
            continue
        text = doc[t.i + 1:j].text
        if fold(text) in region_names() or place_of_town(text) is not None or first.lower_ in lexicon()["date_words"]:
            continue
        before = tv[t.i - 1]
        person = ends.get(t.i)
        if not (before.lower_ in _ELECTED_BEFORE_BRACKET or person is not None and top(person.votes) == "PER"):
            continue
        spans[:] = [s for s in spans if s.end <= t.i + 1 or s.start >= j]
        sp = _Span(t.i + 1, j, text)
        sp.votes["ORG"] += 3
        spans.append(sp)
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


def _groups_of_communes_cut(doc, spans: list[_Span]) -> None:
    """'Golfe du Morbihan - Vannes agglomération porte le chantier', 'Rennes métropole a voté': a place's name
    closed by the lower-case word of a group of communes (lexicon gov_closing_words) is that group's council,
    whole; the NER stops before the lower-case word. Not "l'agglomération de X", nor a person."""
    _names_closed_by(doc, spans, [(w,) for w in lexicon()["gov_closing_words"]], "GOV", complement_stops=True)


def _movement_names_cut(doc, spans: list[_Span]) -> None:
    """'élue du groupe d'opposition Grésivaudan en commun', 'la liste Rouen en mouvement': a place's or a
    word's name closed by the lower-case words of a civic movement's name (lexicon movement_tails) is the
    movement, whole and an organisation; the NER stops at the place."""
    _names_closed_by(doc, spans, [tuple(t.split()) for t in lexicon()["movement_tails"]], "ORG")


def _names_closed_by(doc, spans: list[_Span], tails: list[tuple[str, ...]], vote: str,
                     complement_stops: bool = False) -> None:
    """Extend each name (not a person's, not fixed) by the lower-case words of one of ``tails`` right after
    it on its line, and vote it ``vote`` (``complement_stops``: not when a "de" complement follows)."""
    words = lower_words_of(doc)
    if not any(t[-1] in words for t in tails):
        return
    tv = tokens_of(doc)
    n = len(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    for sp in spans:
        k = sp.end
        if k >= n or k in taken or sp.fixed_name or top(sp.votes) == "PER" or not tv[k].is_lower \
                or "\n" in tv[k - 1].whitespace_:
            continue
        tail = next((t for t in tails if k + len(t) <= n and all(tv[k + m].text == w for m, w in enumerate(t))), None)
        if tail is None:
            continue
        end = k + len(tail)
        if complement_stops and end < n and tv[end].lower_ in ("de", "d'", "d’", "du", "des"):
            continue   # ("X métropole de …": a common noun's complement)
        sp.end = end
        sp.text = doc[sp.start:sp.end].text
        sp.votes[vote] += 3
        if vote == "ORG":
            # a movement's name opening on a state's word ("La République en …", "La Nation en …") is the
            # movement: the state's vote of its first words goes (s22-types22)
            sp.votes.pop("GOV", None)
        taken.update(range(k, end))


def _drop_rubric(doc, spans: list[_Span]) -> None:
    """"Flotte fantôme : l'UE frappe …", "Cloud de défense : …", "Drones anti-incendie : …": the rubric
    opening a headline before a colon, a phrase of common words going on in lower case, is no name
    (unless an organisation's or a public body's word is in it: "Banque publique d'investissement : …")."""
    tv = tokens_of(doc)
    n = len(doc)
    k = 0
    while k < n and k < 12 and tv[k].text != ":" and "\n" not in tv[k].text:
        k += 1
    if k < n and tv[k].text == ":":
        # ("Deep tech : Synthéa lève …" read as one name across the colon: no name holds a colon; the part
        # after it is the name, the rubric before it is read below)
        for s in spans:
            if s.start < k < s.end - 1 and s.fixed_name is None:
                s.start = k + 1
                s.text = doc[s.start:s.end].text
    # ("Présidentielle 2027 : …": the rubric's noun and a year)
    year = k == 2 and tv[1].text.isdigit() and len(tv[1].text) == 4
    if (k == 1 or year) and k < n and tv[k].text == ":" and "\n" in doc.text and _rubric_word(tv, tv[0]):
        # "Cybersécurité : X et Y décrochent …", "Medtech : X lève …", "Drones : l'UE sanctionne …": a one-word
        # rubric, a common noun the text never names again mid-sentence (not "Kelvio : …", a company the
        # article is about, a word the language model does not know)
        spans[:] = [s for s in spans if not (s.start == 0 and s.end <= k)]
        return
    if k < n and tv[k].text == ":" and "\n" in doc.text and _hyphen_rubric(doc, tv, k):
        # (s36-prec36) "Capital-risque : X lève …", "Grande-distribution : …", "Agro-industrie : …": a rubric written
        # as one hyphenated common noun (lower case after the hyphen), the text never writing it again
        spans[:] = [s for s in spans if not (s.start == 0 and s.end <= k)]
        return
    if n > 2 and "\n" in tv[1].text + tv[0].whitespace_ and tv[0].text.isupper() and len(tv[0].text) >= 4 \
            and _rubric_word(tv, tv[0]):
        # "ENQUÊTE", "PORTRAIT", "ANALYSE" alone on the first line: the kind of article, in capitals
        spans[:] = [s for s in spans if not (s.start == 0 and s.end == 1)]
        return
    if n > 3 and tv[1].text in _RUBRIC_DASHES and tv[0].text.isupper() and len(tv[0].text) >= 4 \
            and tv[0].is_alpha and _rubric_word(tv, tv[0]):
        # (s19-gapE) "PORTRAIT - Pavel X, l'oligarque …", "ENQUÊTE - X-Y : comment …": the kind of article in
        # capitals and a dash before the headline; the NER runs the name over them. The name starts after.
        for s in spans:
            if s.start == 0 and s.end > 2 and s.fixed_name is None:
                s.start = 2
                s.text = doc[2:s.end].text
        spans[:] = [s for s in spans if not (s.start == 0 and s.end <= 2)]
        return
    if k >= n or k < 2 or tv[k].text != ":" or not tv[0].text[:1].isupper() or not _known_word(tv[0]):
        return
    if "\n" not in doc.text or any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") for t in tv[:k]):
        return   # (a headline's rubric, a noun phrase: not "Paul Verdier, PDG de X, a déclaré : « … »")
    words = [t.lower_ for t in tv[:k]]
    lex = lexicon()
    if not any(t.text.replace("-", "").isalpha() and t.text.islower() and t.lower_ not in ("de", "du", "des", "d'", "d’", "la", "le", "l'")
               for t in tv[1:k]) or not lex["org_name_words"].isdisjoint(words) \
            or not lex["gov_name_words"].isdisjoint(words) or tv[0].lower_ in lex["org_lead_words"]:
        return
    spans[:] = [s for s in spans if not (s.start == 0 and s.end <= k)]


_RUBRIC_DASHES = frozenset({"-", "—", "–"})


def _hyphen_rubric(doc, tv, k: int) -> bool:
    """(s36-prec36) The words before a headline's colon are one hyphenated compound, capitalised then lower case
    ("Capital-risque", "Grande-distribution"), a word the text does not write again: a rubric, no name."""
    if k < 1 or k > 5 or any(tv[j].whitespace_ for j in range(k - 1)):
        return False
    word = "".join(t.text for t in tv[:k])
    parts = word.split("-")
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return False
    if not (parts[0][:1].isupper() and parts[0][1:].islower() and all(p.islower() for p in parts[1:])):
        return False
    if parts[0].lower() in lexicon()["gov_name_words"]:
        return False
    return doc.text.count(word) == 1 and doc.text.lower().count(word.lower()) == 1


def _rubric_word(tv, tok) -> bool:
    """A common noun the language model knows, opening a headline as its rubric, that the text never writes
    again capitalised inside a sentence, nor a public body's word ("Sénat : …" is the actor)."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha and _known_word(tok) and tok.text[:1].isupper() \
        and tok.lower_ not in lexicon()["gov_name_words"] \
        and not any(t.text.lower() == tok.lower_ and t.text[:1].isupper() and not t.is_sent_start
                    for t in tv[tok.i + 2:])


def _drop_fronted_places(doc, spans: list[_Span]) -> None:
    """"À Paris, le joaillier X a suspendu …", "À Minsk, on dément": a place fronted with "à" and a comma
    opening a sentence sets the scene; no party to what the sentence tells. The mention goes (the place
    stays an entity wherever else the text names it)."""
    tv = tokens_of(doc)
    n = len(doc)
    drop = [s for s in spans if s.start > 0 and s.end < n and tv[s.start - 1].lower_ == "à"
            and (tv[s.start - 1].is_sent_start or tv[s.start - 1].text == "À")
            and tv[s.end].text == "," and s.ner == "LOC" and top(s.votes) == "LOC" and not s.fixed_name]
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]


# Lower-case nouns of streets and squares: "place Beauvau", "rue de Grenelle", "avenue Foch" name where
# something happens (the ministry the press means goes by its own name), never a party.
_STREET_NOUNS = frozenset({"place", "rue", "avenue", "boulevard", "square", "allée", "impasse", "esplanade"})


def _drop_non_actors(doc, spans: list[_Span]) -> None:
    """Capitalised words that name no actor: the street of an address ("reçu place Beauvau"), the State of
    "coup d'État de 2021" (an event), of "secrétaire d'État", "homme d'État" (a kind: a noun's "d'État"
    with no article names no state)."""
    tv = tokens_of(doc)
    drop = [s for s in spans if not s.fixed_name and s.start > 0 and (
        tv[s.start - 1].lower_ in _STREET_NOUNS and tv[s.start - 1].is_lower
        or tv[s.start].text in ("État", "Etat") and s.start > 1
        and tv[s.start - 1].lower_ in ("d'", "d’") and tv[s.start - 2].is_lower and tv[s.start - 2].pos_ == "NOUN"
        # (s28-fights28) "l'État de droit": the rule of law, no state
        or tv[s.start].text in ("État", "Etat") and s.end == s.start + 1 and s.end + 1 < len(tv)
        and tv[s.end].lower_ == "de" and tv[s.end + 1].lower_ == "droit"
        or _court_seat(tv, s) or _own_site_place(tv, s) or _plant_place(tv, s))]

    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]
    drop = [s for s in spans if _division(tv, s) or _origin_town(doc, s)]
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]
    press = _reporting_press(doc, spans)
    if press:
        spans[:] = [s for s in spans if s.text not in press or s.fixed_name]
    _title_scopes(doc, spans)
    _delegated_portfolios(doc, spans)


def _origin_town(doc, sp: _Span) -> bool:
    """"Le groupe agricole de Loudéac versera …", "L'entreprise de Saint-Herblain, filiale de …": the town after
    "the <company noun> de" says where the company is from; the mention goes, and the noun phrase is the
    company's descriptor (typing_cues._origin_after_company_noun)."""
    return sp.ner == "LOC" and top(sp.votes) == "LOC" and not sp.fixed_name \
        and _origin_after_company_noun(tokens_of(doc), sp.start - 1, lexicon())


# First words of a sports division's name: "National 2", "Nationale 1", "Ligue 2", "Pro D2", "Top 14".
_DIVISION_WORDS = frozenset({"national", "nationale", "ligue", "division", "pro", "top", "élite", "fédérale",
                             "régionale", "championnat"})
_DIVISION_NUMBER = re.compile(r"^(?:[A-Z]?\d{1,2}|[IVX]{1,3})$")


def _division(tv, sp: _Span) -> bool:
    """"le club de National 2", "promu en Ligue 2", "l'équipe de handball de Nationale 1": a division a club
    plays in, a word and a number after "de" or "en", is no actor."""
    return not sp.fixed_name and sp.end - sp.start == 2 and sp.start > 0 \
        and tv[sp.start - 1].lower_ in ("de", "d'", "d’", "en") and tv[sp.start].lower_ in _DIVISION_WORDS \
        and _DIVISION_NUMBER.match(tv[sp.start + 1].text) is not None


# Participles of a journalist's contact ("Interrogée par l'AFP", "Contacté par la BBC") and verbs of saying
# to a reporter ("», a déclaré à l'AFP X"): the acronym after them is the press that reports, not an actor.
_CONTACT_PARTICIPLES = frozenset({"interrogé", "interrogée", "interrogés", "interrogées", "contacté", "contactée",
                                  "contactés", "contactées", "sollicité", "sollicitée", "sollicités", "sollicitées",
                                  "joint", "jointe", "joints", "jointes", "questionné", "questionnée"})
_SAYING_LEMMAS = frozenset({"déclarer", "assurer", "indiquer", "confier", "préciser", "expliquer", "affirmer",
                            "dire", "répondre", "raconter", "souligner", "confirmer", "détailler", "commenter"})
_QUOTE_ENDS = frozenset({"»", '"', "”"})


def _reporting_press(doc, spans: list[_Span]) -> set[str]:
    """Acronyms every mention of which is the press reporting the story: "Interrogée par l'AFP, la holding …",
    "», a assuré à l'AFP son président", "aux sollicitations de l'AFP", "(AFP)" closing a paragraph. Such a
    name takes part in no tie, and a descriptor ("l'industriel") must not fall back on it."""
    tv = tokens_of(doc)
    n = len(doc)
    seen: dict[str, bool] = {}
    for sp in spans:
        if sp.end - sp.start != 1 or not tv[sp.start].text.isupper() or len(tv[sp.start].text) < 2 or sp.fixed_name:
            continue
        seen[sp.text] = seen.get(sp.text, True) and _reports(tv, n, sp.start)
    return {t for t, every in seen.items() if every}


def _reports(tv, n: int, i: int) -> bool:
    """Whether the acronym at i is the press reporting (see _reporting_press)."""
    if 0 < i < n - 1 and tv[i - 1].text == "(" and tv[i + 1].text == ")" \
            and (i + 2 >= n or "\n" in tv[i + 1].whitespace_ or "\n" in tv[i + 2].text):
        return True   # "(AFP)" closing a paragraph: the dispatch's signature
    if i < 3 or tv[i - 1].lower_ not in ("l'", "l’", "la", "le"):
        return False
    prep, word = tv[i - 2].lower_, tv[i - 3]
    if prep == "par":
        return word.lower_ in _CONTACT_PARTICIPLES
    if prep == "de":
        return word.lower_ in ("sollicitations", "questions", "demande", "interrogations")
    if prep == "à":
        # ("», a déclaré Mme X à l'AFP": the speaker between the verb and the press)
        verb = next((t for t in reversed(tv[max(0, i - 12):i - 1]) if t.pos_ in ("VERB", "AUX")), None)
        return verb is not None and verb.lemma_.lower() in _SAYING_LEMMAS \
            and any(t.text in _QUOTE_ENDS for t in tv[max(0, verb.i - 4):verb.i])
    return False


# Lower-case nouns of courts: "le tribunal de commerce de Paris", "la cour d'appel de Douai", "le conseil
# de prud'hommes de Lyon" (the words between the noun and the seat are lower case too).
_COURT_NOUNS = frozenset({"tribunal", "cour", "prud'hommes", "prud’hommes"})


def _court_seat(tv, sp: _Span) -> bool:
    """'devant le tribunal de commerce de Paris', 'la cour d'appel de Douai': the town a court sits in is part
    of the court's name, never a party (nor the owner of the next noun: "… de Paris son ancien fournisseur
    X"). A one-word place (the NER's) after "de" and at most four lower-case words after the court's noun."""
    if sp.end - sp.start != 1 or sp.ner not in ("LOC", None) or sp.start < 3 \
            or tv[sp.start - 1].lower_ not in ("de", "d'", "d’"):
        return False
    k = sp.start - 2
    stop = max(0, sp.start - 6)
    while k > stop and tv[k].is_lower and tv[k].lower_ not in _COURT_NOUNS:
        k -= 1
    return tv[k].lower_ in _COURT_NOUNS and tv[k].is_lower


# Nouns of a company's branches and sites: "sa filiale de Lérida", "son usine de Douai".
# (s19-gapE2) Nouns of plants and sites of production: the town after their "de" is where they are.
_PLANT_NOUNS = frozenset({"centrale", "centrales", "usine", "usines", "raffinerie", "raffineries", "mine", "mines",
                          "aciérie", "aciéries", "fonderie", "fonderies", "gisement", "gisements", "réacteur",
                          "réacteurs", "entrepôt", "entrepôts", "chantier", "chantiers"})


def _plant_place(tv, sp: _Span) -> bool:
    """(s19-gapE2) 'qui exploitait les centrales de Varnel et de Ostrow', 'l'usine de Douai ferme': after a plant's
    noun (with any article, not only a possessive: _own_site_place) the "de" place is where the plant is, no
    party (the NER's place of one word; a second one coordinated with "et de" too)."""
    k = sp.start - 1
    if sp.end - sp.start != 1 or sp.ner != "LOC" or k < 2 or tv[k].lower_ not in ("de", "d'", "d’"):
        return False
    j = k - 1
    second = j >= 3 and tv[j].lower_ == "et" and tv[j - 1].text[:1].isupper() and tv[j - 2].lower_ in ("de", "d'", "d’")
    if second:
        j -= 3   # ("les centrales de Varnel et de Ostrow": the second town)
    first = not second and sp.start + 2 < len(tv) and tv[sp.start + 1].lower_ == "et" \
        and tv[sp.start + 2].lower_ in ("de", "d'", "d’")
    while j > 0 and tv[j].pos_ == "ADJ" and tv[j].is_lower:
        j -= 1   # ("la centrale nucléaire de Varnel")
    if tv[j].lower_ not in _PLANT_NOUNS or not tv[j].is_lower:
        return False
    # (a town the tables know, or plants of several towns, "les centrales de X et de Y"; not "l'usine de
    # Brelec", the NER's place that is the company whose plant it is)
    return place_of_town(sp.text) is not None or fold(sp.text) in _seats() \
        or (second or first) and tv[j].lower_.endswith(("s", "x"))


_SITE_NOUNS = frozenset({"filiale", "filiales", "usine", "usines", "site", "sites", "succursale", "succursales",
                         "agence", "agences", "bureau", "bureaux", "entrepôt", "entrepôts", "antenne", "implantation"})
_POSSESSIVES = frozenset({"sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"})


def _own_site_place(tv, sp: _Span) -> bool:
    """'le groupe se sépare de sa filiale de Lérida', 'son usine de Douai': after a possessive (the owner) and a
    branch or site noun, the "de" place is where the branch is, no party (nor its owner: the possessive
    names it; "sa filiale X" names the branch). A one-word name the NER calls a place."""
    k = sp.start - 1
    if sp.end - sp.start != 1 or sp.ner != "LOC" or k < 2 \
            or tv[k].lower_ not in ("de", "d'", "d’"):
        return False
    j = k - 1
    while j > 0 and tv[j].pos_ == "ADJ" and tv[j].is_lower:
        j -= 1   # ("sa filiale espagnole de Lérida")
    return tv[j].lower_ in _SITE_NOUNS and j > 0 and tv[j - 1].lower_ in _POSSESSIVES


def _title_scopes(doc, spans: list[_Span]) -> None:
    """'directeur France de Velmora', 'la patronne Europe du groupe': a country or a region of the world right
    after a title, with no article, is the title's scope, not an actor (nor a person's name the NER makes of
    it). The span drops that word and the "de" after it ("France de Velmora" → "Velmora"), or goes."""
    from .grouping import _place
    tv = tokens_of(doc)
    titles = lexicon()["person_titles"]
    drop = []
    for sp in spans:
        k = sp.start - 1
        if sp.fixed_name or k < 0 or not tv[k].is_lower or (tv[k].lower_ not in titles and tv[k].lemma_.lower() not in titles) \
                or not _place(tv[sp.start].text):
            continue
        rest = sp.start + 1
        if rest + 1 < sp.end and tv[rest].lower_ in ("de", "du", "des", "d'", "d’"):
            sp.start = rest + 1
            sp.text = doc[sp.start:sp.end].text
            # (the NER's type was the whole span's; what is left is the complement of a title: an organisation)
            sp.votes.clear()
            sp.ner = None
            sp.votes["ORG"] += 1
        elif sp.end == sp.start + 1:
            drop.append(sp)
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]


def _origin_before_a_name(doc, spans: list[_Span]) -> None:
    """'le groupe de Shenzhen Kunheng Holdings', 'la société de Dubaï X Trading': after an organisation noun
    and "de", a word the language model knows opening a name of three words or more with an organisation
    word is where the company is from (a real place; invented names are unknown to it), not its name."""
    tv = tokens_of(doc)
    lex = lexicon()
    for sp in spans:
        if sp.fixed_name or sp.end - sp.start < 3 or sp.start < 2 or tv[sp.start - 1].lower_ not in ("de", "d'", "d’") \
                or lex["introducer_of"].get(tv[sp.start - 2].lower_) != "ORG":
            continue
        first = tv[sp.start]
        rest = [t.lower_ for t in tv[sp.start + 1:sp.end]]
        if first.is_alpha and first.text[:1].isupper() and _known_word(first) and first.text not in first_names() \
                and tv[sp.start + 1].text[:1].isupper() and not lex["org_name_words"].isdisjoint(rest) \
                and first.lower_ not in lex["org_name_words"] and not trade_word(first, lex):
            # (the mention keeps the place's word, which the parser makes the head of the name)
            sp.text = doc[sp.start + 1:sp.end].text
            sp.fixed_name = sp.text

