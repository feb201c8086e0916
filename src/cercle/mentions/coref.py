"""In-document coreference by rules: descriptors, pronouns, pairs.

No French coreference model installs offline (FACTS.md), so antecedents are
chosen by type, gender, syntactic role, recency and salience:

- a definite or demonstrative descriptor ("le milliardaire", "la firme", "ce
  syndicat") points at the best actor of its type named in the previous
  sentences: one introduced by the same noun or whose name says so ("le fonds"
  → "… Capital"), a clause subject, the article's main organisation; never an
  actor introduced as another kind of thing ("le journal X" is not "le club"),
  a source after "selon", a person of the other gender, or the subject of the
  descriptor's own clause; with none in reach, the one actor the noun
  introduced earlier, else the main organisation;
- a subject pronoun (il, elle, celui-ci, "c'est lui qui") inside a clause
  stands for the nearest governing clause's subject ("X a dit qu'il…"); after
  a detached name for it ("Quant à X, elle…"); in a clause put before its main
  clause, for the main clause's subject ("Lorsqu'il…, X…"); else for the
  previous sentence's subject, its one actor, or the main organisation; never
  an impersonal "il" ("il faut", "il est possible que"), and not when a noun
  of the pronoun's gender stands between ("cette transaction car elle…");
- "les deux hommes/groupes/pays" stand for the last pair of actors of that
  kind named together (``index.plural``), "l'un … l'autre" for its members;
- names introduced by a descriptor ("le groupe Vivendi") give the descriptor
  token to the name.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from itertools import chain
from operator import attrgetter

from .plural32 import possessive_pair   # (s32-plural32)
from .duo37 import paragraph_pair   # (s37-duo37)
from .descr33 import fronted_leader, more_descriptors, note_role, opening_topic, same_role   # (s33-descr33)
from .refs34 import honorific_subject, post_holder, source_name, title_clash   # (s34-coref34)
from .refs35 import apposed_kinds, concerned_person, descriptor_noun, kind_clash   # (s35-refs35)
from .refs35 import weak_nouns   # (s37-desc37)
from .refs35b import former_title_rival   # (s35-refs35b)
from .refs36 import deal_role, has_role_nouns, headed_paragraph   # (s36-refs36)
from .prof38 import framed_party, just_introduced   # (s38-prof38)
from .refs38 import bare_group, relative_antecedent, person_complement, titled_name_after, demonym_subject, incise_subjects, relative_asides, subject_close   # (s38-refs38)
from .desc37 import apposed_places, introducers_before, attached_nouns, called_by_noun, more_affinity, named_kinds, \
    supplied_trades   # (s37-desc37)
from .pron36 import lift_relative_subjects   # (s36-pron36)
from .xsent38 import crowd_subject   # (s38-xsent38)
from .sizes39 import size_clash   # (s39-desc39)
from .places39 import bracketed_places, compound_tail, foreign, foreign_pick, name_places   # (s39-desc39)
from .poss39 import source_tokens, unresolved_subject_before   # (s39-poss39)
from .pron37 import chain_over_sentence, former_employer, other_gender_organisations, cleft_focus, closed_relative_subject, detached_name, organisation_gender, plural_actor, stressed_referent   # (s37-pron37)
from .demonyms import countries_by_adjective, country_named, fold, place_agreement, place_key, \
    place_of_town, region_countries

from ..records import Mention
from .entities import EntityIndex, lexicon
from ..nlp.docview import lower_words_of, tokens_of
from .wordpos import WordTest, at_words, line_breaks
from .quoted_we import _quotes, _speaker_after, _speaker_before
from ..yamldata import load_yaml

_DEFINITE = {"le", "la", "l'", "l’", "les", "ce", "cet", "cette"}


def _after_source_cue(tv, j: int) -> bool:
    """(s39-misses39) The name at ``j`` cited as a source ("selon La Lettre", "d'après Le Monde"): "selon" or
    "après" within three words before it, no punctuation between."""
    for k in range(j - 1, max(j - 4, -1), -1):
        if tv[k].lower_ in ("selon", "après"):
            return True
        if tv[k].is_punct:
            return False
    return False   # "ce groupe": a demonstrative points back too
_PRONOUNS = {"il": "Masc", "elle": "Fem", "celui-ci": "Masc", "celle-ci": "Fem", "lui": "Masc"}
_WINDOW = 2  # sentences back
# Kinds of organisation a descriptor names: an actor introduced as one kind ("le journal X") is not
# what a descriptor of another kind ("le club") points at. Generic nouns (groupe, société) have none.
_NOUN_KIND = {**{w: "media" for w in ("journal", "quotidien", "hebdomadaire", "magazine", "chaîne", "radio", "média",
                                      "titre", "site", "agence")},
              **{w: "sport" for w in ("club", "équipe", "franchise", "ligue", "fédération")},
              **{w: "finance" for w in ("fonds", "banque", "assureur", "gestionnaire")},
              **{w: "politics" for w in ("parti", "mouvement", "syndicat")},
              **{w: "civic" for w in ("association", "ong", "collectif", "fondation")},
              # an adviser the story hires (headhunters, lawyers, consultants): never the fund or the company
              # it works for ("Le cabinet X Partners a piloté le recrutement… Le fonds, entré au capital…")
              "cabinet": "advice", "consultant": "advice",
              # a company that makes things, never a fund or a bank: "le fonds X a racheté Y. La PME…"
              # ("la présidente de l'entreprise" after "le fonds X a investi dans Y" is Y's, not the fund's)
              **{w: "maker" for w in ("pme", "eti", "start-up", "startup", "équipementier", "fabricant",
                                      "sous-traitant", "cimentier", "marque", "entreprise", "société", "pousse", "pépite",
                                      "licorne")}}
# "le parti présidentiel": a party named by its place in power, not by its name's words (s22-types22)
_RULING_PARTY_ADJECTIVES = frozenset({"présidentiel", "majoritaire", "gouvernemental"})
# "l'entreprise familiale", "le groupe familial": the family's company (_family_company)
_FAMILY_ADJECTIVES = frozenset({"familial", "familiale"})
_CLOSED = frozenset({"PUNCT", "ADP", "DET", "AUX", "VERB", "CCONJ", "SCONJ", "ADV", "SPACE", "SYM", "INTJ"})
_CLOSED_NOT_VERB = _CLOSED - {"VERB"}
# Words of a name that fit a descriptor: "le fonds" is more likely "Atlas Capital" than "Orbalia".
_AFFINITY = {
    "fonds": {"capital", "partners", "fund", "invest", "funds", "ventures", "management", "investment", "investments",
              "equity", "fonds", "gestion", "asset"},
    "banque": {"bank", "banque", "crédit", "credit", "banca", "bancaire"},
    "assureur": {"assurance", "assurances", "insurance", "mutuelle"},
    "holding": {"holding", "participations", "invest", "capital"},
    "club": {"fc", "club", "olympique", "sporting", "racing", "as", "stade", "ogc", "rc", "ac", "athletic",
             "us", "sc",
             # (the sport closing a club's name: "X Basket", "X Handball")
             "basket", "basketball", "handball", "volley", "rugby", "hockey", "football", "foot", "tennis"},
    "parti": {"parti", "rassemblement", "union", "mouvement", "front"},
    "syndicat": {"syndicat", "union", "confédération"},
    "laboratoire": {"laboratoire", "laboratoires", "labo", "labos", "lab", "labs", "pharma"},
    # "la collectivité", "la métropole": a local body named so
    "collectivité": {"métropole", "agglomération", "d'agglomération", "communauté", "département", "région", "ville",
                     "commune", "communes", "intercommunalité", "conseil", "mairie"},
    "métropole": {"métropole"},
    "agglomération": {"agglomération", "d'agglomération", "communauté"},
    "intercommunalité": {"agglomération", "d'agglomération", "communauté", "métropole"},
    "parquet": {"parquet"},
    # (s25-coref25) "le régulateur", "le gendarme des télécoms": a body whose name says it regulates
    "régulateur": {"autorité", "commission", "régulation", "régulateur", "authority", "securities"},
    "famille": {"famille"},   # "la famille": only a family named so ("la famille Orsini")
}

for _noun, _words in more_affinity().items():   # (s37-desc37) "la compagnie" → "X Air"
    _AFFINITY.setdefault(_noun, set()).update(_words)

# Word endings that say a kind in a one-word compound name ("Nordenbank", "Handelsbanken", "Kelvapharma"):
# the name is called by that noun as a name holding the word is
_AFFINITY_ENDINGS = {"banque": ("bank", "banken"), "laboratoire": ("pharma",)}


def _kind_words(words: set[str], noun: str) -> bool:
    """A name's words say the noun's kind: a word of that kind, or a compound ending in one."""
    return bool(words & _AFFINITY.get(noun, set())) or any(
        w.endswith(e) for e in _AFFINITY_ENDINGS.get(noun, ()) for w in words)


# Descriptors the shared lexicon lacks (second references of press style).
_MORE_DESCRIPTORS = {"place de marché": "ORG", "fintech": "ORG", "néobanque": "ORG",
                     "sexagénaire": "PER", "quinquagénaire": "PER", "septuagénaire": "PER", "octogénaire": "PER",
                     "quadragénaire": "PER", "trentenaire": "PER", "boss": "PER", "génériqueur": "ORG",
                     "sidérurgiste": "ORG", "voyagiste": "ORG", "cimentier": "ORG", "brasseur": "ORG",
                     "groupe familial": "ORG",
                     # "l'intéressé conteste": the person the story is about (press style)
                     "intéressé": "PER", "intéressée": "PER",
                     "pousse": "ORG",   # "la jeune pousse", the adjective before the noun
                     # (s20-coref3) "L'animateur, dont la société Y…": a television host named before
                     "animateur": "PER", "animatrice": "PER", "présentateur": "PER", "présentatrice": "PER"}


@lru_cache(maxsize=1)
def _descriptors() -> dict[str, str]:
    # ("la famille": a family named so, "la famille X", found again; coref's alone, no title nor introducer)
    return {**_MORE_DESCRIPTORS, **lexicon()["descriptor_of"], **more_descriptors(), "famille": "ORG"}


def _introduces(tok) -> bool:
    """A noun that introduces the name after it: "le groupe X", "la fintech X", "les magazines X et Y"."""
    intro = lexicon()["introducer_of"]
    low = tok.lower_
    return bool(intro.get(low) or (_MORE_DESCRIPTORS.get(low) == "ORG")
                or ("Plur" in tok.morph.get("Number") and intro.get(tok.lemma_.lower()) == "ORG"))


def _placed_introducer_subject(tv, i: int) -> bool:
    """The name at i follows an introducing noun that is its clause's subject and one or two place
    adjectives ("l'entreprise rennaise X")."""
    k = i - 1
    while k > 0 and i - k <= 2 and tv[k].is_lower and place_key(tv[k].lower_):
        k -= 1
    return k < i - 1 and tv[k].dep_ in ("nsubj", "nsubj:pass") and _introduces(tv[k])


def _introduced_opener(tv, head, i: int) -> bool:
    """"Le fonds activiste britannique X, …, a appelé…": a name after its introducing noun and that noun's
    adjectives, the noun being the subject (or a passive's agent) or (the verb misread as a noun: "a au contraire appelé") the
    root the sentence opens on, is what the sentence is about."""
    if not head.i < i - 1 or not _introduces(head):
        return False
    if any((tv[k].pos_ != "ADJ" and tv[k].dep_ != "amod") or tv[k].head.i != head.i for k in range(head.i + 1, i)):
        return False   # (an adjective, or a noun used as one: "l'association anticorruption X")
    if head.dep_ in ("nsubj", "nsubj:pass", "obl:agent"):
        return True   # (the agent of a passive too, as a bare name is: "une plainte déposée par l'association X")
    start = head.sent.start
    return head.dep_ == "ROOT" and all(tv[k].pos_ == "DET" for k in range(start, head.i))


@lru_cache(maxsize=1)
def _descriptor_heads() -> frozenset:
    """Each beginning of a descriptor that ends before one of its spaces or hyphens ("place",
    "place de", "start"): a several-word descriptor can only follow one of these words."""
    return frozenset(key[:p] for key in _descriptors() for p, c in enumerate(key) if c in " -")


def _descriptor_type(tok) -> str | None:
    lex = _descriptors()
    low = tok.text.lower()
    # the several-word lookups below build strings that begin with ``low`` and a space or hyphen (the
    # replacements only change ``low`` when it holds an apostrophe or "etat"): with none of those,
    # a word that begins no descriptor skips them all
    several = low in _descriptor_heads() or "'" in low or "’" in low or "etat" in low
    nxt = tok.nbor(1) if several and tok.i + 1 < len(tok.doc) else None
    nxt2 = tok.nbor(2) if several and tok.i + 2 < len(tok.doc) else None
    if nxt is not None and nxt2 is not None and tok.i + 3 < len(tok.doc):
        # "le chef de l'Etat": four tokens, the article cut off by the tokenizer
        three = f"{low} {nxt.text.lower()} {nxt2.text.lower()}{tok.nbor(3).text.lower()}".replace("’", "'")
        if three in lex or three.replace("etat", "état") in lex:
            return lex.get(three) or lex[three.replace("etat", "état")]
    if nxt is not None and nxt2 is not None:
        if nxt.text == "-" and f"{low}-{nxt2.text.lower()}" in lex:   # "start" "-" "up": split by the tokenizer
            return lex[f"{low}-{nxt2.text.lower()}"]
        two = f"{low} {nxt.text.lower()} {nxt2.text.lower()}".replace("d' ", "d'")
        if two in lex:
            return lex[two]
    if nxt is not None and f"{low} {nxt.text.lower()}" in lex:
        return lex[f"{low} {nxt.text.lower()}"]
    if tok.text[:1].isupper() and low in countries_by_adjective() and low not in _state_names():
        return "PER"   # "le Tchèque", "l'Américain": a person named before, by nationality (not "la Suisse",
        # the country's own name)
    return lex.get(low) or lex.get(tok.lemma_.lower())


def _descriptor_end(tok) -> int:
    """End of a descriptor's words: "la place de marché", "l'homme d'affaires", else the noun."""
    doc = tok.doc
    if tok.lower_ not in _descriptor_heads() and "'" not in tok.lower_:
        return tok.i + 1   # (the phrases below begin with the word and a space or hyphen: none begins so)
    for n in (3, 2):
        if tok.i + n <= len(doc):
            words = " ".join(t.lower_ for t in doc[tok.i:tok.i + n]).replace("d' ", "d'")
            if words in _descriptors() or words.replace(" - ", "-") in _descriptors():
                return tok.i + n
    return tok.i + 1


def _binds(doc, j: int, i: int, index) -> bool:
    """The name at token j is the subject of a clause that token i sits in."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    top = tv[j]
    while top.head.i != top.i and index.by_token.get(top.head.i) == index.by_token.get(j):
        top = top.head
    if top.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    return _clause_head(tv, i) == top.head.i


def _titled_name_binds(tv, j: int, i: int) -> bool:
    """(s19-coref2) "Mme X, elle, reproche à…": the name hangs on a civility word ("Mme", "M.") the parser made
    the subject of the clause token i sits in."""
    top = tv[j]
    if top.dep_ not in ("flat:name", "flat") or top.head.lower_.rstrip(".") not in ("mme", "m", "mlle", "me"):
        return False
    top = top.head
    if top.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    return _clause_head(tv, i) == top.head.i


def _clause_head(tv, i: int) -> int:
    """The head of the clause token i sits in: its nearest verb or copular predicate above it (or the root)."""
    t, hops = tv[i], 0
    while t.head.i != t.i and hops < 8:
        t, hops = t.head, hops + 1
        if t.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in t.children) or t.head.i == t.i:
            break
    return t.i


def _in_subject_apposition(doc, j: int, i: int) -> bool:
    """The name at token j sits in a phrase set off by commas right after the subject of the clause
    that token i sits in: "X, ancien ingénieur de Y, a quitté le groupe" — the group is Y."""
    t, hops = doc[i], 0
    while t.head.i != t.i and hops < 8 and t.pos_ not in ("VERB", "AUX"):
        t, hops = t.head, hops + 1
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or not subj.i < j < i:
        return False
    if subj.pos_ == "NOUN" and t.lemma_.lower() in lexicon()["own_post_verbs"] and _titled_subject(doc, subj):
        # "Le DRH de Y, X, quittera le groupe", "La directrice de Y a quitté l'entreprise": a person
        # called by a post at Y who leaves, joins, runs… the company speaks of Y (the "de Y" the subject's
        # title hangs on); not "Le porte-parole de Y a critiqué le groupe" (another one)
        for c in subj.children:
            if c.dep_ == "nmod" and c.i > subj.i and any(k.dep_ == "case" and k.lower_ in _DE for k in c.children) \
                    and c.i <= j <= max(x.i for x in c.subtree):
                return True
    for c in subj.children:
        if c.dep_ in ("appos", "acl", "nmod") and c.i > subj.i:
            span = [x.i for x in c.subtree]
            if min(span) <= j <= max(span) and doc[min(span) - 1].text == ",":
                return True
    return False


# (s30-coref30) verbs by which a company's spokesperson, officer or lawyer reports what the company does, and the
# nouns of such a speaker that are no office of _title_of's
_REPORTING_LEMMAS = frozenset({"déclarer", "assurer", "indiquer", "préciser", "expliquer", "affirmer", "dire",
                               "répondre", "souligner", "confirmer", "ajouter", "reconnaître", "annoncer", "estimer",
                               "rappeler", "insister", "démentir", "marteler", "prévenir", "admettre", "concéder",
                               "signaler", "avancer", "soutenir", "répéter", "détailler", "commenter"})
_SPEAKER_NOUNS = frozenset({"porte-parole", "représentant", "représentante", "dirigeant", "dirigeante", "patron",
                            "patronne", "responsable", "avocat", "avocate", "conseil", "cadre", "communiqué",
                            "direction", "entourage", "proche", "proches", "source", "président", "présidente",
                            "directeur", "directrice", "pdg", "dg"})


def _speaker_company(tv, i: int, index) -> str | None:
    """(s30-coref30) "… a reconnu un porte-parole de Y, précisant que le groupe n'excluait pas un pourvoi", "La
    directrice financière de Y a assuré que l'entreprise tiendrait ses objectifs", "X, avocat de Y, a indiqué que
    la société ferait appel": a company noun heading what someone of Y reports is Y, the company the speaker speaks
    for, over the subject of the sentences before."""
    t = tv[i]
    if t.dep_ not in ("nsubj", "nsubj:pass") or t.head.dep_ != "ccomp":
        return None
    say = t.head.head
    if say.lemma_.lower() not in _REPORTING_LEMMAS or say.pos_ not in ("VERB", "AUX"):
        return None
    if say.dep_ in ("amod", "acl") and say.head.pos_ in ("NOUN", "PROPN"):
        speaker = say.head   # "un porte-parole de Y, précisant que …"
    else:
        if say.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in say.children):
            say = say.head   # "a expliqué Y, ajoutant que …"
        speaker = next((c for c in say.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if speaker is None:
        return None
    nouns = [speaker]
    if speaker.pos_ == "PROPN":   # "X, porte-parole de Y, a indiqué que …": the title set beside the name
        nouns = [c for c in speaker.children if c.dep_ in ("appos", "nmod") and c.pos_ == "NOUN" and c.i > speaker.i]
    for noun in nouns:
        if noun.pos_ != "NOUN" or (noun.lower_ not in _SPEAKER_NOUNS and _title_of(noun) is None):
            continue
        for c in noun.children:
            if c.dep_ != "nmod" or c.i < noun.i or not any(k.dep_ == "case" and k.lower_ in _DE for k in c.children):
                continue
            name = index.by_token.get(c.i)
            if name and index.kinds.get(c.i) == "name" and index.entities[name].type in ("ORG", "GOV"):
                return name
    return None


def _titled_subject(doc, subj) -> bool:
    """A subject noun that is a person's post: a title ("le directeur") or one a person's name is
    set beside ("Le DRH de Y, X, …")."""
    if _title_of(subj) is not None:
        return True
    return any(c.dep_ == "appos" and c.i > subj.i and c.pos_ == "PROPN" for c in subj.children)


_QUOTE_MARKS = frozenset({"«", "»", "“", "”", '"'})


def _quoted_sentences(tv, sent_of) -> set[int]:
    """The sentences a quotation touches, from its opening mark to its closing one ("« A. B. C », a
    dit X": the three)."""
    # (no mark in the document: no walk)
    marks = [i for i in at_words(tv[0].doc, _QUOTE_MARKS) if tv[i].text in _QUOTE_MARKS] \
        if len(tv) and not _QUOTE_MARKS.isdisjoint(lower_words_of(tv[0].doc)) else []
    out: set[int] = {sent_of[i] for i in marks}
    opened = None
    for i in marks:
        if tv[i].text in ("«", "“") or (tv[i].text == '"' and opened is None):
            opened = i
        elif opened is not None:
            out.update(range(sent_of[opened], sent_of[i] + 1))
            opened = None
    return out

_SIDE_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "dislocated"})


# (s19-coref2) Staff bodies named by their kind and their company ("la société des journalistes de X",
# "le comité social et économique de X"): the words opening such a name, and the little words before the company
_STAFF_BODY_OPENINGS = ("société des journalistes ", "société des rédacteurs ", "comité social et économique ",
                        "comité central d'entreprise ", "comité d'entreprise ", "comité d’entreprise ")


def _staff_body(name: str) -> bool:
    return name.lower().startswith(_STAFF_BODY_OPENINGS)


def _staff_body_company(name: str, index) -> str | None:
    """The company a staff body's name ends with, when the text names it as an actor of its own."""
    low = name.lower()
    for opening in _STAFF_BODY_OPENINGS:
        if low.startswith(opening):
            rest = name[len(opening):]
            for little in ("de la ", "de l'", "de l’", "du ", "des ", "de ", "d'", "d’"):
                if rest.lower().startswith(little):
                    company = rest[len(little):].strip()
                    return company if company in index.entities else None
    return None


def _fused_verb_argument(tok) -> bool:
    """(s19-coref2) A person noun a verb takes through a fused "au" ("X reproche au milliardaire de…", "s'en
    prend au milliardaire"): it points back as "le milliardaire" does (unlike "du club", a noun's complement).
    Not a title that takes a company ("au fondateur", "au président"): the title readers would then give it
    the article's company, which the bare title does not say."""
    return tok.dep_ in ("obl:arg", "iobj", "obj") and tok.head.pos_ == "VERB" \
        and tok.lower_ not in lexicon()["org_complement_nouns"] and any(
        c.dep_ == "case" and c.lower_ == "au" and c.i == tok.i - 1 for c in tok.children)


def _passing_introduction(tv, j: int, i: int, noun: str, s: int, sent_of) -> bool:
    """A generic company noun ("le groupe") that is its clause's subject, and an actor this noun introduced
    only in passing in an earlier sentence: inside a participle or relative clause ("Z, acquis auprès du
    groupe X"), not on the main verb. The introduction then weighs less than the main clause's subject."""
    if noun not in _GENERIC_ORG_NOUNS or sent_of[j] == s or tv[i].dep_ not in ("nsubj", "nsubj:pass"):
        return False
    return not _in_main_clause(tv[j])


def _in_main_clause(tok) -> bool:
    """Does the word hang on its sentence's main verb, not inside a relative, participial or
    adverbial clause ("… des drones fabriqués par X", "…, qui présente X comme…")?"""
    for _ in range(12):
        if tok.dep_ in _SIDE_CLAUSES:
            return False
        if tok.head.i == tok.i:
            return True
        tok = tok.head
    return True


def _subject_like(tok, det) -> bool:
    """A descriptor that is its clause's subject, or that opens its sentence and that the parser made
    the root ("Le fondateur, qui a créé X, dément…" with the verb misread): the sentence is about it."""
    return tok.dep_ in ("nsubj", "nsubj:pass") or (tok.dep_ == "ROOT" and det.i == tok.sent.start
                                                   and any(c.dep_ in ("acl:relcl", "acl", "appos") for c in tok.children))


def demonstrative_det(det) -> bool:
    return det.lower_ in ("ce", "cet", "cette")


def _owned_by_person(tok, index) -> bool:
    """"le groupe de Bernard Arnault": the descriptor's "de" complement is a person's name."""
    for c in tok.children:
        if c.dep_ == "nmod" and c.i in index.by_token and index.kinds.get(c.i) == "name" \
                and index.entities[index.by_token[c.i]].type == "PER" \
                and any(k.dep_ == "case" and k.lower_ in ("de", "d'", "d’") for k in c.children):
            return True
    return False


def _inside_descriptor(tok, child) -> bool:
    """"la place de marché": the "marché" is part of the descriptor, not its complement."""
    if child.i > tok.i + 2 or child.i + 1 >= len(tok.doc):
        return False
    words = " ".join(t.lower_ for t in tok.doc[tok.i:child.i + 1]).replace("d' ", "d'")
    return words in _descriptors()


_PAST_CUES = frozenset({"passé", "passée", "ancien", "ancienne", "ex", "issu", "issue", "venu", "venue", "formé",
                        "formée"})


def _in_person_apposition(tv, j: int, index) -> bool:
    """The organisation at j is a person's former house told in the phrase set after their name and a comma
    ("B, passé par le néerlandais X", "A, ancienne chercheuse du X", "C, ex-directeur de X"): back from j to
    the comma, a word of the past opening the phrase and a person's name before the comma."""
    k = j - 1
    while k > 0 and j - k < 8 and tv[k].text != "," and not tv[k].is_sent_start:
        k -= 1
    if k <= 0 or tv[k].text != "," or tv[k + 1].lower_.split("-")[0] not in _PAST_CUES:
        return False
    name = index.by_token.get(k - 1)
    return name is not None and index.kinds.get(k - 1) == "name" and index.entities[name].type == "PER"


def _sector_complement(tok, child, index) -> bool:
    """"l'éditeur de jeux vidéo", "le fabricant de puces": a bare "de" + common noun after a noun of
    trade says what the company makes, it is still a second reference (not "l'éditeur du journal X")."""
    return (tok.lower_ in lexicon().get("sector_descriptors", ()) and child.pos_ == "NOUN" and child.i > tok.i
            and child.i not in index.by_token
            and any(k.dep_ == "case" and k.lower_ in ("de", "d'", "d’") for k in child.children)
            and not any(k.dep_ == "det" for k in child.children)
            and not any(x.i in index.by_token for x in child.subtree))


# (s25-coref25) Nouns press calls a regulator by, with the field it watches after them
_REGULATOR_NOUNS = frozenset({"gendarme", "régulateur"})


_ANY_FIELD = frozenset({"secteur", "marché", "marchés"})
_REGULATOR_NAME_WORDS = frozenset({"autorité", "commission", "régulation", "haute", "haut", "nationale", "national",
                                   "européenne", "française", "de", "des", "du", "la", "le", "l'", "d'", "et"})


def _field_fits(name: str, field: str | None) -> bool:
    """(s25-coref25) "le gendarme des télécoms": a regulator whose name says another field ("Autorité de la
    concurrence") is not it; one whose name says no field, or the same one (first six letters), may be."""
    if field is None or field in _ANY_FIELD:
        return True
    words = [w for w in name.lower().replace("'", "' ").split() if w not in _REGULATOR_NAME_WORDS and len(w) > 3]
    also = _FIELD_NAME_WORDS.get(field, ())
    return not words or any(w[:6] == field[:6] or w in also for w in words)


# (s29-coref29) the words a regulator's name says a field by, other than the field's own word ("le gendarme des données
# personnelles": a commission "de l'informatique et des libertés"; "le gendarme des télécoms": an authority "des
# communications électroniques")
_FIELD_NAME_WORDS = {
    "données": frozenset({"informatique", "libertés", "numérique", "protection"}),
    "vie": frozenset({"informatique", "libertés", "protection"}),
    "télécoms": frozenset({"communications", "électroniques", "postes", "télécommunications", "distribution"}),
    "télécommunications": frozenset({"communications", "électroniques", "postes"}),
    "audiovisuel": frozenset({"communication", "audiovisuelle", "numérique", "audiovisuel"}),
    "bourse": frozenset({"marchés", "financiers", "financière"}),
    "banques": frozenset({"prudentiel", "résolution", "bancaire", "bancaires"}),
    "assurances": frozenset({"prudentiel", "résolution"}),
    "énergie": frozenset({"électricité", "énergie", "régulation"}),
}


_RUN_VERBS = frozenset({"gérer", "diriger", "présider", "piloter", "administrer"})


def _controlling_clause_subject(tv, tok, index) -> tuple[set, str | None]:
    """(s25-coref25) "A accuse X de gérer l'entreprise", "A reproche à X d'avoir ruiné la société": the noun is
    the object of an infinitive ("de" + verb) whose subject is the person the governing verb names as its
    object: (the governing verb's own subject's names, which the noun cannot stand for; that person X), else
    (empty, None)."""
    verb = tok.head
    if tok.dep_ != "obj" or verb.pos_ != "VERB" or verb.dep_ not in ("xcomp", "ccomp", "advcl") \
            or not any(c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’") for c in verb.children):
        return set(), None
    gov = verb.head
    accused = next((index.by_token[c.i] for c in gov.children if c.dep_ in ("obj", "iobj", "obl:arg")
                    and index.by_token.get(c.i) is not None and index.entities[index.by_token[c.i]].type == "PER"),
                   None) if gov.pos_ == "VERB" else None
    if accused is None:
        return set(), None
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return set(), accused
    return {index.by_token[j] for j in range(subj.left_edge.i, subj.i + 3) if j < gov.i and j in index.by_token}, accused


def _regulated_field(tok, child, index) -> bool:
    """(s25-coref25) "le gendarme des télécoms", "le gendarme du secteur", "le régulateur de la concurrence":
    the field a regulator watches, a "de" + common noun (no name in it), leaves the noun a second reference
    of the regulator named before (as the bare "le régulateur")."""
    return (tok.lower_ in _REGULATOR_NOUNS and child.i > tok.i and child.pos_ == "NOUN" and child.is_lower
            and child.i not in index.by_token
            and any(k.dep_ == "case" and k.lower_ in ("de", "d'", "d’", "du", "des") for k in child.children)
            and not any(x.i in index.by_token for x in child.subtree))


_SIZE_NOUNS = {"salarié", "salariés", "employé", "employés", "personne", "personnes", "collaborateur",
               "collaborateurs", "ans", "an", "agent", "agents", "habitant", "habitants", "magasin", "magasins",
               "site", "sites", "usine", "usines", "chambre", "chambres"}


def _size_complement(tok, child) -> bool:
    """"la PME de 380 salariés", "le groupe de 60 ans", "la commune de 8 000 habitants": a "de" + number
    + count noun after a descriptor says its size or age, it is still a second reference."""
    return (child.i > tok.i and child.lower_ in _SIZE_NOUNS
            and any(k.dep_ == "case" and k.lower_ in ("de", "d'", "d’") for k in child.children)
            and any(k.dep_ == "nummod" or k.like_num for k in child.children if k.i < child.i))


def _town_complement(tok, child, index) -> bool:
    """"le groupe agricole de Loudéac", "la PME de Vitré": a bare "de" + a town's name after a company
    noun says where the company is; the noun is still a second reference (never the town itself)."""
    name = index.by_token.get(child.i)
    return (child.i > tok.i and child.pos_ == "PROPN"
            and (index.entities[name].type == "LOC" if name else child.ent_type_ == "LOC")
            and any(k.dep_ == "case" and k.lower_ in ("de", "d'", "d’") for k in child.children)
            and not any(k.dep_ == "det" for k in child.children))


def _town_child(tok, child, index) -> bool:
    """(s26-coref26b) A town complement of a company noun, also when the parser took the town for a common
    noun ("le groupe de Barcelone"): capitalised, tagged a place, right after "de"."""
    return child.dep_ == "nmod" and child.i <= tok.i + 3 and child.text[:1].isupper() \
        and child.ent_type_ == "LOC" and (_town_complement(tok, child, index) or (
            child.pos_ == "NOUN" and child.i == tok.i + 2 and tok.doc[tok.i + 1].lower_ in ("de", "d'", "d’")
            and place_of_town(child.text) is not None))


def _town_place(tok, index) -> tuple | None:
    """(s26-coref26b) "le géant de Shenzhen", "le groupe de Barcelone": a company noun with a town complement
    says where the company is; the town's country (as the place adjective "le groupe chinois" would) when the
    seats list knows the town. The descriptor then goes, as for a place adjective, to the one actor the text
    said was from there ("le chinois X"), never to one it said was from elsewhere."""
    for child in tok.children:
        if _town_child(tok, child, index):
            return place_of_town(child.text)
    return None


def _circumstance_complement(child) -> bool:
    """"dirige le groupe depuis 2011", "quitte la société après dix ans à sa tête", "a quitté le groupe
    avec fracas": a date, a duration or a manner the parser hung on the descriptor; the noun is still a
    second reference (not "le fondateur de Free", whose "de" phrase says which one; not "le groupe …
    depuis les États-Unis", a place)."""
    if child.i < child.head.i:
        return False
    case = next((k.lower_ for k in child.children if k.dep_ == "case"), None)
    if case == "comme":
        return True   # ("des griefs à l'intéressé comme à sa société": a second party compared, no complement)
    if case == "pour" and any(k.dep_ == "det" and "Ind" in k.morph.get("Definite") for k in child.children):
        return True   # ("… à l'intéressé pour des informations trompeuses": the cause, not which one)
    if case in ("de", "d'", "d’") and child.is_lower and not any(k.dep_ == "det" for k in child.children) \
            and any(k.dep_ == "obj" for k in child.children):
        return True   # (s19-coref2) "X accuse le milliardaire de recycler les recettes…": an infinitive the parser
        # took for a noun (a noun takes no object), the verb's complement, not which one
    if case == "en" and child.lower_ in _PURPOSE_LOCUTIONS:
        return True   # ("… pour la banque en vue d'une fusion": a purpose, not which bank)
    if case in _TIME_PREPS:
        return child.like_num or child.pos_ == "NUM" or child.lower_ in _TIME_NOUNS \
            or child.lower_ in lexicon()["date_words"]
    if case in ("en", "au", "à") and child.head.lemma_.lower() in _ORG_DESCRIPTOR_NOUNS:
        # (s23-coref23) "à la tête du groupe en avril 2019", "la direction du groupe au printemps", "… en 2019":
        # a date the parser hung on the descriptor (a month, a season, a year), not which one
        return child.lower_ in lexicon()["date_words"] or child.lower_ in _SEASON_WORDS \
            or (case == "en" and len(child.text) == 4 and child.text.isdigit() and child.text[:2] in ("19", "20"))
    return case in _MANNER_PREPS and not any(k.dep_ == "det" for k in child.children) \
        and child.is_lower


_TIME_PREPS = frozenset(lexicon()["time_prepositions"])
_MANNER_PREPS = frozenset(lexicon()["manner_prepositions"])
_PURPOSE_LOCUTIONS = frozenset(lexicon()["purpose_locutions"])
_TIME_NOUNS = frozenset(lexicon()["time_nouns"])
_SEASON_WORDS = frozenset({"printemps", "été", "automne", "hiver", "début", "fin", "mi"})
# (the organisation nouns only: "plainte contre l'édile en janvier" is left as it was)
_ORG_DESCRIPTOR_NOUNS = frozenset(lexicon()["descriptors"]["ORG"])


def _kind_adjective(tok) -> bool:
    """"du groupe agroalimentaire", "au groupe pharmaceutique": a descriptor whose adjective says what
    kind of business it is (not "du même groupe", "du premier groupe") describes an actor already spoken of."""
    return any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i == tok.i + 1 and c.text.islower()
               and c.lemma_.lower() not in _NOT_KIND_ADJ and "Ord" not in c.morph.get("NumType")
               for c in tok.children)


_NOT_KIND_ADJ = {"même", "autre", "seul", "nouveau", "ancien", "premier", "dernier", "second", "prochain",
                 "futur", "grand", "petit", "gros", "principal", "tel", "propre"}


def _post_complement(tv, j: int, index) -> bool:
    """The name at token j is the "de Y" of a person's post ("directrice des opérations de Y", "membre du
    directoire de Y", "(président du Y)"): what the person is, named in passing, not what the paragraph
    is about."""
    name = index.by_token.get(j)
    k = j
    while k > 0 and index.by_token.get(k - 1) == name:
        k -= 1
    if k == 0 or tv[k - 1].lower_ not in _DE + ("du",):
        return False
    span = range(k, j + 1)
    top = next((tv[x] for x in span if tv[x].head.i not in span or tv[x].head.i == x), tv[j])
    head = top.head
    for _ in range(3):   # up over the post's own complements ("des opérations", "du directoire")
        if head.i == top.i:
            return False
        if head.pos_ == "NOUN" and (head.lower_ in lexicon()["person_titles"] or _title_of(head) is not None
                                    or _descriptor_type(head) == "PER"):
            return True
        if head.dep_ not in ("nmod", "obl:arg", "obl") or head.head.i == head.i:
            return False
        head = head.head
    return False


# Prepositions that name where something happens, not who acts: "contester devant le Conseil d'État", "un
# recours auprès du tribunal de X"
_VENUE_PREPS = frozenset({"devant", "auprès"})
# Nouns of a court or body before a name's "de" ("devant le tribunal de commerce de Paris"): the name is the venue's
_VENUE_NOUNS = frozenset({"tribunal", "cour", "juge", "juridiction", "conseil", "parquet", "chambre", "commission"})


def _venue(tv, index, j: int, name: str) -> bool:
    """The name at token j is said as where something happens: its phrase, or the court noun it
    complements, opens on "devant" or "auprès de"."""
    a = b = j
    while index.by_token.get(a - 1) == name:
        a -= 1
    while index.by_token.get(b + 1) == name:
        b += 1
    t = next((tv[k] for k in range(a, b + 1) if not a <= tv[k].head.i <= b or tv[k].head.i == k), tv[j])
    steps = [t]   # (the name's own head word; and the court noun it is the "de" of)
    if t.dep_ == "nmod" and t.head.pos_ == "NOUN" and t.head.lower_ in _VENUE_NOUNS:
        steps.append(t.head)
    return any(c.dep_ == "case" and c.lower_ in _VENUE_PREPS for s in steps for c in s.children)


def _paragraphs(tv) -> list[int]:
    """Token → paragraph number: the line breaks before it (press text puts one paragraph a line)."""
    # (in C: a word with a line break in its text, then the running count before each word; a word's
    # trailing space, whitespace_, is one space or none: never a line break)
    out: list[int] = []
    if not len(tv):
        return out
    a = 0
    breaks = line_breaks(tv[0].doc)   # (the words with a line break, from the document's word index)
    for number, b in enumerate(breaks):
        out.extend([number] * (b + 1 - a))   # (the break's own word, and the words before it)
        a = b + 1
    out.extend([len(breaks)] * (len(tv) - a))
    return out


_IS_SPACE = attrgetter("is_space")


def _sent_index(doc) -> dict[int, int]:
    """Token → sentence number, not counting sentences that are only line breaks."""
    keys: list[int] = []
    numbers: list[int] = []
    n = 0
    tv = tokens_of(doc)
    for s in doc.sents:   # (one dict built at the end: the same keys, in the same order)
        a, b = s.start, s.end
        keys.extend(range(a, b))
        numbers.extend([n] * (b - a))
        if not all(map(_IS_SPACE, tv[a:b])):   # (the token list's slice: no generator per sentence)
            n += 1
    return dict(zip(keys, numbers))


def link_anaphora(doc, index: EntityIndex) -> list[Mention]:
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    sent_of = _sent_index(doc)
    index.sent_of = sent_of
    index.quoted = _quoted_sentences(tv, sent_of)
    # (a sentence opening on "Chez X, on …", "Du côté de X, …": what it is about, for a possessive opening the
    # next sentence when it has no actor for subject, EntityIndex.antecedent)
    for sent in doc.sents:
        got = index.cue_at(sent.start, tv, sent.end - 1)
        if got is not None:
            # (only when the main clause has no actor for subject: "on", or a subject no name stands for)
            root = next((t for t in tv[sent.start:sent.end] if t.dep_ == "ROOT"), None)
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None) if root else None
            if subj is None or subj.lower_ == "on" or subj.i not in index.by_token:
                index.cued_sents[sent_of[sent.start]] = got
    # (quoted_we.py's quotations; the set built in C from their ranges)
    index.in_quotes = set(chain.from_iterable(range(o + 1, c) for o, c in quote_spans(tv, index)))
    # (neither preposition in the document: no name is a venue, and none is tested)
    index.venues = {j for j, n in index.by_token.items() if index.kinds.get(j) == "name" and _venue(tv, index, j, n)} \
        if not lower_words_of(doc).isdisjoint(_VENUE_PREPS) else set()
    index.para_of = _paragraphs(tv)
    para_of = index.para_of
    n_doc = len(doc)
    mentions: list[Mention] = []
    named = sorted(index.by_token.items())  # (token index, entity) of proper-name mentions
    subjects_by_sent: dict[int, list[tuple[int, str]]] = {}
    for i, name in named:
        head = tv[i].head
        if tv[i].dep_ in ("nsubj", "nsubj:pass", "obl:agent") or (
                # "Navimer dément avoir…" with the verb read as an adjective: a name opening its sentence
                # as its root is what the sentence is about
                tv[i].dep_ == "ROOT" and i == tv[i].sent.start and index.kinds.get(i) == "name") or (
                head.i in index.by_token and head.dep_ in ("nsubj", "nsubj:pass", "obl:agent")) or (
                # "Ex-membre du directoire de Y, X est…": a name put beside an unnamed subject
                tv[i].dep_ in ("appos", "conj") and head.dep_ in ("nsubj", "nsubj:pass") and head.pos_ == "NOUN"
                and head.i not in index.by_token and head.i < i) or (
                # "Le groupe X, qui …, vend…": the name its introducing noun, the subject, hangs on
                tv[i].dep_ in ("nmod", "appos", "flat:name") and head.i == i - 1
                and head.dep_ in ("nsubj", "nsubj:pass") and _introduces(head)) or (
                tv[i].dep_ in ("nmod", "appos") and _introduced_opener(tv, head, i)) or _fronted_phrase_subject(tv, i) or \
                _name_before_apposed_subject(tv, i, index, name) or (
                # "l'entreprise rennaise X a saisi…" with the place adjective parsed as a conjunct and X hung
                # elsewhere: the name after its subject introducer and place adjective
                tv[i].dep_ in ("nmod", "appos", "flat:name") and index.by_token.get(i - 1) != name
                and _placed_introducer_subject(tv, i)) or _opens_relative_subject(tv, i, index, name) \
                or honorific_subject(tv, i, index) \
                or demonym_subject(tv, i):   # (s38-refs38) "L'allemand X, concurrent de Y, a tenté…"
            subjects_by_sent.setdefault(sent_of[i], []).append((i, name))
    if "beau" in lower_words_of(doc):   # "X a beau répéter…, Y ne décolère pas": Y first (s20-coref4)
        _concessive_subjects(tv, index, subjects_by_sent, sent_of)
    all_subjects = {n for sent in subjects_by_sent.values() for _, n in sent}   # kept up to date below
    # (the agents of a participle beside the subject, "X, contrôlé à 61 % par le fonds Y, a …": no antecedent of
    # the next sentence's possessive, EntityIndex.antecedent)
    index.side_agents = {i for i, _ in named for a in (tv[i], tv[i].head) if a.dep_ == "obl:agent"
                         and (a is tv[i] or tv[i].dep_ in ("nmod", "appos", "flat:name"))
                         and (a.head.dep_ in ("advcl", "nsubj") or a.head.dep_ in ("acl", "appos", "amod", "conj")
                              and (a.head.head.dep_ in ("nsubj", "nsubj:pass")
                                   or a.head.head.dep_ == "ROOT" and a.head.head.pos_ == "NOUN"))}
    # (a participle on the subject, or on the noun the parse made the root: "Le producteur, contrôlé par Y, s'est …")
    # (s29-coref29) an agent hung on no main verb beside a named subject of the main verb ("Relégués l'été dernier
    # par X, les Y n'ont pas …"), and the plural possessives and names, for EntityIndex.antecedent
    main_subject_sents = {sent_of[i] for i, _ in named if tv[i].dep_ in ("nsubj", "nsubj:pass")
                          and tv[i].head.dep_ == "ROOT"}
    index.minor_agents = {i for i, _ in named for a in (tv[i], tv[i].head) if a.dep_ == "obl:agent"
                          and (a is tv[i] or tv[i].dep_ == "flat:name") and a.head.dep_ != "ROOT"
                          and sent_of[i] in main_subject_sents}
    if not lower_words_of(doc).isdisjoint(("leur", "leurs")):
        index.plural_owners = {k for t in tv if t.lower_ in ("leur", "leurs") and t.dep_ == "det"
                               for k in (t.i, t.head.i)}   # (the possessive and its noun: readers ask for either)
        index.plural_names = {i for i, _ in named if any(c.dep_ == "det" and c.lower_ in ("les", "des", "ces")
                                                         for c in tv[i].children)}
        plural_subjects = [t for t in tv if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                           and t.pos_ in ("NOUN", "PROPN") and "Plur" in t.morph.get("Number")
                           and any(c.dep_ == "det" and c.lower_ in ("les", "des", "ces") for c in t.children)]
        index.plural_subject_sents = {sent_of[t.i] for t in plural_subjects}
        # ("Les centristes de X, courtisés par …, ont fait savoir … . Leur chef de file": X, an organisation named in
        # the plural subject; not a town, "les Y de Bordeaux")
        index.plural_names |= {c.i for t in plural_subjects for c in t.children if c.dep_ == "nmod" and c.i > t.i
                               and c.i in index.by_token and index.entities[index.by_token[c.i]].type in ("ORG", "GOV")}

    def descriptor(det, end: int, name: str, tok) -> None:
        """A descriptor's mention, from its determiner; one that stands as its sentence's subject carries the
        chain on ("La start-up n'a pas commenté. Son PDG…")."""
        _add(doc, index, mentions, det.i, end, name, "descriptor", head=tok.i)
        if _subject_like(tok, det):
            subjects_by_sent.setdefault(sent_of[tok.i], []).append((tok.i, name))
            all_subjects.add(name)

    for i, name in named:
        # "La participation du groupe X dans Y est passée…": X owns the sentence's subject
        tok = tv[i]
        head = tok.head
        if tok.dep_ == "nmod" and head.dep_ in ("nsubj", "nsubj:pass") and head.pos_ == "NOUN" \
                and head.i not in index.by_token and any(c.dep_ == "case" and c.lower_ in ("de", "du", "d'", "d’")
                                                         for c in tok.children):
            index.subject_owners.setdefault(sent_of[i], []).append((i, name))
    index.subjects = subjects_by_sent
    index.relative_asides = relative_asides(tv, index)   # (s38-refs38) "Le groupe, qui possède 9 % de Y, … son PDG"
    index.sources = source_tokens(tv, index)   # (s39-poss39) "selon X": no owner of a possessive, no "ce dernier"
    index.incise_subjects = incise_subjects(tv, index)   # (s38-refs38) "… « … », a dénoncé X, son directeur"
    investors, raisers, firms = _investors(tv, index, subjects_by_sent)
    holders = _title_holders(doc, index)   # (token, person, offices, former, gender, organisation)

    introduced: dict[str, set[str]] = {}   # entity → nouns that introduced it ("le fonds X")
    listed: set[str] = set()   # entities a plural noun introduced ("les enseignes X et Y")
    sources: set[int] = set()   # names right after "selon", "d'après": sources, not actors of the story
    # (in order: a name's later words follow its first; neither word in the document: no name is a
    # source, the loop would add none)
    for j, n in named if not lower_words_of(doc).isdisjoint(("selon", "après")) else ():
        if (j - 1 in sources and index.by_token.get(j - 1) == n) or (
                index.by_token.get(j - 1) != n and any(tv[k].lower_ in ("selon", "après") for k in range(max(j - 4, 0), j))):
            sources.add(j)

    origins = _origins(tv, named, index)   # entity → where the text says it is from ("le groupe lyonnais")
    apposed_places(tv, named, index, origins)   # (s37-desc37) "X, groupe allemand de …", "X, un armateur basé à Y"
    name_places(index, origins)   # (s39-desc39) "Air France-KLM", "Qatar Investment Authority": the name says it
    bracketed_places(tv, named, index, origins)   # (s39-desc39) "X (Allemagne)"
    in_table = _table_tokens(doc, named)   # names in a table's cells (a career column, a list of holders)
    prose_first: dict[str, int] = {}   # entity → its first name in running text
    for j, n in named:
        if j not in in_table:
            prose_first.setdefault(n, j)
    apposed = _apposed_nouns(tv, named, index)   # entity → the trade noun and words set beside its name
    kinds35 = apposed_kinds(tv, named, index)   # (s35-refs35) "X, deuxième syndicat du site"
    for n, ks in named_kinds(named, index).items():   # (s37-desc37) "X Rugby Club": called a club by its name
        kinds35.setdefault(n, set()).update(ks)
    attached37 = attached_nouns(tv, named, index)   # (s37-desc37) the nouns the text set on each name
    # ("X (X'), un cabinet d'affaires publiques": an adviser's noun set beside its name introduces it as "le
    # cabinet X" does; "Le fabricant de génériques" after it is no adviser. Only an adviser's: "X, une société
    # de conseil" is no maker "la société" should find)
    for n, (heads, _) in apposed.items():
        kinds = {h for h in heads if _NOUN_KIND.get(h) == "advice"}
        if kinds:
            introduced.setdefault(n, set()).update(kinds)
    for n, noun in _civic_appositions(tv, named, index):
        introduced.setdefault(n, set()).add(noun)
    # (s29-coref29) the actors the text set beside or introduced by a regulator's or a court's noun ("X, le gendarme
    # financier du football", "l'autorité X"): never what a club's, a company's or a trade's noun stands for
    authorities = {n for n, (heads, _) in apposed.items() if heads & _AUTHORITY_NOUNS}
    # (s29-coref29) a trade the words set beside a name say ("X, le numéro trois mondial du transport de conteneurs"):
    # "l'armateur" stands for X as if the text had said "l'armateur X"
    for n, (heads, words) in apposed.items():
        if not heads & _FIRM_HEADS:
            continue   # ("X, le groupement des industriels de l'aéronautique": a trade body, no maker)
        for trade, sector in _TRADE_SECTORS.items():
            if trade in heads or (words | heads) & sector:
                introduced.setdefault(n, set()).add(trade)
    for n, trades in supplied_trades(tv, named, index, _TRADE_SECTORS).items():
        introduced.setdefault(n, set()).update(trades)   # (s37-desc37) "X fournira les moteurs": "le motoriste" is X
    things = _things(tv, named, index)   # (s29-coref29) names of things the text counts or calls a product

    def para_start(i: int) -> int:
        k = i
        while k > 0 and para_of[k - 1] == para_of[i]:
            k -= 1
        return k

    head_picked: dict[int, str] = {}   # descriptor token → the company _subject_head_company chose
    owner_passed: set[int] = set()   # (s31-coref31) team nouns whose nearer candidate was a club's owner
    tied_pick: dict[int, str] = {}   # descriptor token → a scored pick with an unmarked rival (see antecedent)
    unplaced: set[int] = set()   # (s39-desc39) foreign-place descriptors linked by their noun alone: no place learnt

    def antecedent(i: int, want: set[str], noun: str = "", same_sentence: bool = False,
                   gender: str | None = None, place: tuple | None = None) -> str | None:
        """The entity a descriptor points back to: of the wanted type, within the window; one
        introduced by the same noun or whose name carries a word of that kind ("le fonds" →
        "… Capital") first, then a clause subject, then the most recent."""
        s = sent_of[i]
        best, best_score = None, -1
        subjects = all_subjects
        adj_fit = _adjective_fit(tv[i]) if "ORG" in want else frozenset()   # "le groupe coopératif"
        # (s22-types22) "le parti présidentiel": no name's word "Parti" makes a party fit it better
        ruling = noun == "parti" and any(c.lower_ in _RULING_PARTY_ADJECTIVES for c in tv[i].children)
        # (``named`` is sorted by token: the names before i are the ones below bisect's point, walked
        # back from there instead of past every later name)
        # (and the descriptors and pronouns that were clause subjects: "La PME … conteste. « … », a
        # martelé la dirigeante. L'entreprise a mandaté…" - the chain goes on through them)
        before = named[:bisect_left(named, (i,))]
        # (only for a noun any company is called by: a kind noun, "le fonds", looks for a name that says so)
        chain = [(j, n) for k in range(s - _WINDOW, s + 1) for j, n in subjects_by_sent.get(k, ())
                 if j < i and index.kinds.get(j) in ("descriptor", "pronoun")] \
            if (want == {"ORG"} and (noun in _GENERIC_ORG_NOUNS or _NOUN_KIND.get(noun) == "maker")) or want == {"PER"} \
            else ()
        if chain:
            before = sorted(before[-80:] + chain)
        # the actors the descriptor's own clause has as subject, named or not ("Le fonds accuse la
        # société…": not the fund, whatever name the fund had before)
        start = tv[i].sent.start
        bound = {index.by_token[j] for j in range(start, i) if j in index.by_token
                 and index.kinds.get(j) in ("descriptor", "pronoun") and _binds(doc, j, i, index)}
        if want == {"PER"} and not same_sentence:
            # (s19-coref2) a person named as the clause's subject is not the person noun it governs, wherever
            # else the text names them ("Mme X, elle, reproche à la maire sortante…": not X)
            bound |= {index.by_token[j] for j in range(start, i) if j in index.by_token
                      and index.kinds.get(j) == "name" and index.entities[index.by_token[j]].type == "PER"
                      and (_binds(doc, j, i, index) or _titled_name_binds(tv, j, i))}
        if "ORG" in want and not same_sentence:
            bound |= _named_after_in_sentence(tv, i, index)
        if "ORG" in want:
            bound |= _relative_clause_subjects(tv, i, index)   # (s24-coref24) "la filiale, dont X conserve 70 %"
            bound |= relative_antecedent(tv, i, index)   # (s38-refs38) "X, où la banque se heurte à …": not X
        if "ORG" in want and not same_sentence and tv[i].dep_ in _RELATIVE_DESCRIPTOR_DEPS:
            # (s23-coref23) "le conseil de X a rappelé Y, qui avait déjà dirigé la banque", "X a renouvelé son
            # partenariat avec Z, son associé dans W, dont l'électricien français détient 30 %": the company the
            # main clause is about, not an actor of the sentences before
            ruling = _main_clause_company(tv, i, index)
            if ruling is not None and ruling not in bound and index.entities[ruling].type in want \
                    and not _introduced_as_other_kind(ruling, noun, introduced) \
                    and not _named_as_other_kind(ruling, noun) \
                    and not (place and _place_fit(place, origins.get(ruling, set())) < 0):
                return ruling
        if "ORG" in want and not same_sentence:
            spoken = _speaker_company(tv, i, index)
            if spoken is not None and spoken not in bound and index.entities[spoken].type in want \
                    and (noun in _GENERIC_ORG_NOUNS or _fits_noun(spoken, noun, introduced)) \
                    and not _introduced_as_other_kind(spoken, noun, introduced) \
                    and not _named_as_other_kind(spoken, noun):
                return spoken
        if "ORG" in want and noun in _GENERIC_ORG_NOUNS and not same_sentence:
            headed = _headed_company_before(tv, i, index)
            if headed is not None and headed not in bound:
                return headed
        if "ORG" in want and not same_sentence and tv[i].dep_ in ("nsubj", "nsubj:pass") \
                and (noun in _SUBJECT_HEAD_NOUNS or _NOUN_KIND.get(noun) == "media"):
            # (s21-coref21) "X, le fondateur de Y, accuse A et B… L'entreprise a porté plainte": the company
            # of the person the sentence before had for subject, over the actors that person spoke of (not
            # when another actor of the two sentences before fits the noun better: introduced by it, named with a
            # word of its kind or of its adjective, "le groupe coopératif", or from its place)
            headed = _subject_head_company(tv, i, index, subjects_by_sent, sent_of)
            if headed is not None and headed not in bound and index.entities[headed].type in want \
                    and not _introduced_as_other_kind(headed, noun, introduced) and not _named_as_other_kind(headed, noun) \
                    and not any(n != headed and (_fits_noun(n, noun, introduced) or set(n.lower().split()) & adj_fit
                                                 or (place and _place_fit(place, origins.get(n, set())) > 0))
                                for j, n in before if s - _WINDOW <= sent_of[j] < s):
                head_picked[i] = headed   # (kept over the kind noun's last fitting actor, below)
                return headed
        seen, seen_named = set(), set()
        main_person = _main_named_person(index) if want == {"PER"} and noun in _CALLED_BACK else None
        # (s26-coref26b) the surnames of the families named before: their vehicles are no company noun's fallback
        family_words = {w for _, n in before if n.lower().startswith(_FAMILY_NAME_OPENERS)
                        for w in n.lower().split()[1:]} if "ORG" in want else set()
        scored: dict[str, tuple] = {}   # each fitting actor's best (score, sentence, marked): its rival, below
        # (s31-coref31) the trades the descriptor's noun says, the nouns that stood for each actor before, and the
        # organisation a "Chez X, …" opening the descriptor's own sentence names (what the sentence is about)
        trade_fams = _descriptor_families(tv, i) if "ORG" in want else frozenset()
        described = index.__dict__.get("described", {})
        opener = index.cue_at(tv[i].sent.start, tv, i) if "ORG" in want and not same_sentence else None
        here_par, best_par, best_par_score = para_of[i], None, -1
        for j, name in reversed(before):
            if sent_of[j] < s - _WINDOW:
                break
            seen.add(name)
            if index.kinds.get(j) in ("name", "introducer"):
                seen_named.add(name)
            here = sent_of[j] == s and not same_sentence   # in its own sentence: only an actor called so
            if index.entities[name].type not in want or name in bound:
                continue
            if (noun in _GENERIC_ORG_NOUNS or _NOUN_KIND.get(noun) in ("media", "maker")) and _staff_body(name):
                # (s19-coref2) "La société des journalistes de X a voté une motion. Y, le directeur de la chaîne":
                # a staff body is no channel, company or firm; the company it belongs to is, when the text names it
                name = _staff_body_company(name, index)
                if name is None or name in bound or index.entities[name].type not in want:
                    continue
            if j in sources:
                continue   # "selon le quotidien X": a source, not an actor of the story
            if name in things and want != {"PER"}:
                continue   # (s29-coref29) "dix avions de combat X", "douze X": a thing, no company's second reference
            if sent_of[j] == s and tv[i].dep_ in ("nsubj", "nsubj:pass") and _in_person_apposition(tv, j, index):
                continue   # "Fondée par A et B, passé par le néerlandais X, la start-up …": X, a person's former
                # employer told beside them, is not what the clause's subject descriptor stands for (an object
                # may be: "X, ancien ingénieur de Y, a quitté le groupe")
            if name in listed and (noun in _GENERIC_ORG_NOUNS or _NOUN_KIND.get(noun) == "maker") \
                    and noun not in introduced.get(name, ()):
                continue   # "… un groupe propriétaire des enseignes X et Y. Son père, qui a dirigé l'entreprise":
                # the group, not a brand it owns
            if j in in_table and prose_first.get(name, i) >= i:
                continue   # "| Acheteuse chez X |" in a table, then "L'enseigne prévoit…": the article's
                # company, not a name the running text never spoke of
            if noun in _ELDER_NOUNS and name in children:
                continue   # "passe la main à son fils X. « … », sourit le patriarche": not the son
            if gender and index.entities[name].type == "PER" and _said_gender(index, name, doc) not in (None, gender):
                continue   # "la Première ministre" is not a man the text calls "le ministre" (nor "l'intéressée" a
                # man whose first name says so)
            if same_sentence and gender and index.entities[name].type == "PER" \
                    and _gender_of(index, name, doc) is None and _first_name_gender(index, name, doc) not in (None, gender):
                continue   # ("l'intéressée" is not "Paul X", whom the text never called a man: his first name does)
            words = set(name.lower().split())
            score = 0
            marked = False   # (s23-ambig23) the text calls it by the descriptor's noun, kind, adjective or place
            if gender and index.entities[name].type == "PER" and (
                    _gender_of(index, name, doc) or _first_name_gender(index, name, doc)) == gender:
                score += 2   # "la présidente": a woman before one the text or the first name says is a man
            if noun and noun in introduced.get(name, ()):
                score += 4
                marked = True
                if _passing_introduction(tv, j, i, noun, s, sent_of):
                    score -= 2   # (s19-coref2) "Y a multiplié les rachats : Z, acquis auprès du groupe X, … Le
                    # groupe rivalise…": X, a seller named in passing inside a participle or relative clause, is
                    # not what the next sentence's subject "le groupe" stands for; the main clause's subject Y is
            elif (noun in _NEVER_FUND_NOUNS or bare_group(tv[i])) and _only_called_fund(name, introduced, apposed):
                continue   # (s27-coref27) "la compagnie", "le pétrolier" is no actor the text only called a fund
            elif _introduced_as_other_kind(name, noun, introduced) or ("ORG" in want and (kind_clash(
                    name, descriptor_noun(tv, i), introduced, apposed, described, kinds35)   # (s35-refs35)
                    or size_clash(name, noun, introduced, apposed, described))):   # (s39-desc39)
                continue   # "le journal X … le club", "le cabinet X Partners … le fonds": an actor introduced
                # as another kind of thing, whatever its name's words say
            elif trade_fams and (fit := _trade_fit(name, trade_fams, introduced, apposed, described)):
                if fit < 0:
                    continue   # (s31-coref31) "le motoriste" is no actor the text only called "l'avionneur"
                score += 2   # "le motoriste" → "X Engines", "X, le fabricant de moteurs" (a hint: not over the
                marked = True   # story's subject the text gave no trade, "L'énergéticien" after "X … l'électricien Y")
            elif _NOUN_KIND.get(noun) == "sport" and noun in _TEAM_NOUNS and _club_owner(name, introduced, apposed):
                owner_passed.add(i)
                continue   # (s31-coref31) "le club" is not "X Football Group, la maison mère du club"
            elif noun and not ruling and (_kind_words(words, noun) or noun in words or words & adj_fit):
                score += 4
                marked = True
            elif _named_as_other_kind(name, noun):
                continue   # "la holding familiale" is not the "Coopérative des éleveurs de Y"
            elif name in authorities and _business_noun(noun):
                continue   # (s29-coref29) "X, le gendarme financier du football … le club": not X
            elif _name_says_other_kind(words, noun):
                continue   # (s29-coref29) "le club" is no "X Investment Group", "le parti" no "Banque Y"
            elif _NOUN_KIND.get(noun) in ("politics", "civic") and (name in firms or name in raisers):
                continue   # "l'association", "le syndicat" is not an actor the text shows making, hiring,
                # buying or raising money as a company does ("X construit une usine… L'association…")
            elif _NOUN_KIND.get(noun) == "maker" and (words & _FINANCE_WORDS or name in investors):
                continue   # "l'entreprise", "la PME" is not an actor whose name says it is a fund or a bank,
                # nor one the text shows investing ("A et B accompagnent l'opération. La start-up…")
            elif _club_for_maker(name, noun):
                continue   # "l'entreprise", "la société" is not a sports club, which the press calls "le club"
                # ("X, PDG de l'entreprise familiale", after "le X Basket … son partenaire Y": Y)
            elif noun in _MAKER_TRADES and any(k in _MAKER_TRADES for k in introduced.get(name, ())):
                score += 3   # "le constructeur ferroviaire X … L'industriel": one that makes things, said so
            elif _NOUN_KIND.get(noun) == "maker" and name in raisers:
                score += 3   # "X vient de lever 14 M€ … La start-up": the company raising the money
            if sent_of[j] == s and _binds(doc, j, i, index):
                continue   # "X est une filiale du groupe…": the clause's own subject is not its complement
            if noun and noun != "famille" and noun in _NOUN_KIND and name.lower().startswith(("famille ", "clan ")):
                continue   # "l'entreprise", "le fonds" is no family (ONTOLOGY: a family is not a company)
            if noun and "ORG" in want and "PER" not in want and noun not in _FAMILY_NOUNS \
                    and not _family_adjective(tv[i]) and (name.lower().startswith(_FAMILY_NAME_OPENERS)
                                                           or words & family_words):
                continue   # (s26-coref26b) nor "l'éditeur", "le distributeur": any company noun passes over "la
                # famille X" to the next actor that fits, rather than picking the family and then, as the check
                # after the pick has it (s26-coref26), no one ("Chez X, la famille Y … l'éditeur de jeux vidéo");
                # not "la holding familiale", the family's own, which stays no one; nor the family's own vehicle,
                # named after it ("la famille X … via sa holding X Participations … le groupe")
            if here and score < 4:
                if opener is not None and opener[0] == name and j == opener[1]:
                    score += 3   # (s31-coref31) "Chez X, Y se montre prudent : le motoriste n'a pas …": X
                elif not _in_subject_apposition(doc, j, i):
                    continue
                else:
                    score += 10   # "X, ancien ingénieur de Y, a quitté le groupe": Y (over any other cue)
            if place:
                fit = _place_fit(place, origins.get(name, set()))
                if fit < 0:
                    continue   # "le transitaire turc" is no company the text said was from elsewhere
                score += 6 * fit   # "le groupe lyonnais": the one the text already called lyonnais
                marked = marked or fit > 0
            if name in subjects or (j, name) in chain:
                score += 1
                if index.kinds.get(j) in ("descriptor", "pronoun") and want == {"PER"}:
                    score += 0.5   # a person the text goes on speaking of as a subject ("Celle-ci est
                    # soupçonnée… L'intéressée conteste"), over one named in passing since
                if not here and index.kinds.get(j) == "name" and _main_subject(tv, j, index):
                    score += 0.5   # the subject of a sentence's main clause, over a passive's agent (a tie-break)
            if not here and _in_main_clause(tv[j]) and index.kinds.get(j) == "name":
                score += 1   # named in a sentence's main clause rather than in passing ("fabriqués par X")
                # (a link made before counts as a subject only: it may be wrong, a name is not)
            if name == index.topic:
                score += 2   # the organisation the article is about
            if want == {"PER"} and noun in _CALLED_BACK and name == main_person:
                score += 1   # (s29-coref29) "le milliardaire", "le magnat": the person the story names most, over
                # one named once in passing nearer ("X, qui contrôle Y … Son fils Z préside … accusent le milliardaire")
            if score > scored.get(name, (-1,))[0]:
                # (marked: called by the descriptor's noun, a word of its kind or adjective, or its place)
                scored[name] = (score, sent_of[j], marked)
            if score > best_score:
                best, best_score = name, score
            if para_of[j] == here_par and score > best_par_score and not _post_complement(tv, j, index) \
                    and (noun == "famille" or not name.lower().startswith("famille ")):
                best_par, best_par_score = name, score
        # "X a contre-attaqué : le groupe a saisi…", "X a réagi mardi : l'entreprise juge…": the company
        # whose reaction the colon opens, over an earlier "groupe"
        reacting = _colon_subject(tv, i, index) if want == {"ORG"} or "ORG" in want else None
        if reacting and reacting not in bound and (noun in _GENERIC_ORG_NOUNS or _fits_noun(reacting, noun, introduced)):
            return reacting
        # a paragraph a "Chez X, on …" opens speaks of X: "l'entreprise", "le groupe" (or a noun X was
        # introduced by) is X, over a company the paragraph before introduced so ("La jeune entreprise Y
        # lève… ¶ Chez X, on encaisse. L'entreprise n'engagera aucun recours": X)
        cued = (index.cued_company(i, tv) or headed_paragraph(tv, index, i)) \
            if "ORG" in want and not same_sentence else None   # (s36-refs36) "À la tête de X, …", "Côté acheteur, …"
        if cued and cued not in bound \
                and (noun in _GENERIC_ORG_NOUNS or _fits_noun(cued, noun, introduced)) \
                and not any(n != cued and sent_of[j] == s and index.entities[n].type == "ORG"
                            for j, n in named if j < i and j >= tv[i].sent.start):
            return cued
        # (only for an actor of the paragraph before, not one this paragraph names in passing, and
        # not much less fit: a kind noun's own actor, a subject, stays)
        para_pick = best_par is not None and best_par != best and best_par_score >= best_score - 3 \
            and not any(index.by_token.get(k) == best for k in range(para_start(i), i))
        if para_pick:
            # a paragraph speaks of its own actors: one of them that fits, over an actor of the
            # paragraph before ("… elle a noué un partenariat. ¶ Chez Y, on encaisse. Son PDG assure que
            # l'entreprise…": Y), and over one named further back
            return best_par
        topic = index.topic
        if topic and noun in _LARGE_NOUNS and best_score < 3 and "ORG" in want \
                and _introduced_as_other_kind(topic, noun, introduced):
            # "X s'offre la start-up Y … Le groupe, contrôlé par …": the story is about a start-up, and "le
            # groupe" is the other company it speaks of most (the buyer), over one named in passing nearer
            large = _most_named_other(named, index, want, topic, introduced, noun, bound)
            if large:
                return large
        if topic and topic not in seen and topic not in bound and index.entities[topic].type in want \
                and best_score < 3 and not _club_for_maker(topic, noun) and not _named_as_other_kind(topic, noun) \
                and not _introduced_as_other_kind(topic, noun, introduced) \
                and not (topic in listed and noun not in introduced.get(topic, ())) \
                and _trade_fit(topic, trade_fams, introduced, apposed, described) >= 0 \
                and not (noun in _TEAM_NOUNS and _club_owner(topic, introduced, apposed)):
            # the organisation the article is about, named further back, over an actor named in passing
            # nearer ("Y lève… Le fonds X mène le tour… « … », dit Z, présidente de l'entreprise": Y)
            if noun in _GENERIC_ORG_NOUNS or _fits_noun(topic, noun, introduced) or (
                    noun in _NOUN_KIND and not (_NOUN_KIND[noun] in _MEMBERS_KINDS and best is not None and (
                        _business_said(topic, apposed, described, holders)
                        or (_civic_actor(best) and not _civic_actor(topic))))):
                # (s31-coref31) not for "le syndicat", "le parti", "l'association" when an actor is in reach: the
                # company a story is about is no union nor party ("X ferme deux usines … La fédération Y, présidée
                # par Z, … Le syndicat déplore": Y), unless its name or a noun that introduced it says so
                return topic
        # (not over the previous sentence's main subject: "Navimer dément… Son directeur assure que l'entreprise…")
        lead = {n for j, n in subjects_by_sent.get(s - 1, ()) if index.kinds.get(j) in ("descriptor", "pronoun")
                or _main_subject(tv, j, index)}
        if best_score < 3 and _NOUN_KIND.get(noun) == "maker" and want == {"ORG"} and best not in lead:
            # … else the one actor a noun of that kind introduced further back ("l'équipementier X lève…
            # Y et Z remettent au pot… présidente de l'entreprise": X)
            kin = {n for n, nouns in introduced.items() if index.entities[n].type in want
                   and any(_NOUN_KIND.get(k) == "maker" for k in nouns)
                   and not any(_NOUN_KIND.get(k) not in (None, "maker") for k in nouns)}
            if len(kin) == 1 and not kin & seen_named and not kin & bound:   # (a description of it in reach is no name of it)
                return next(iter(kin))
        if best_score < 4 and want == {"PER"} and noun in _CALLED_BACK:
            # "le patriarche X … (many sentences) … un cousin du patriarche": the one person the text
            # introduced by that noun, over a person in reach it never called so
            called = {n for n, nouns in introduced.items() if noun in nouns and index.entities[n].type == "PER"}
            if len(called) == 1 and not called & bound:
                return next(iter(called))
        if want == {"PER"} and noun in _CALLED_BACK and not scored.get(best, (0, 0, False))[2] \
                and not any(noun in nouns for n, nouns in introduced.items() if index.entities[n].type == "PER"):
            if main_person and best != main_person and main_person not in bound \
                    and main_person not in children and (best is None or not introduced.get(best, set()) - _POSSESSIVE_KIN) \
                    and (gender is None or _said_gender(index, main_person, doc) in (None, gender)) \
                    and any(n == main_person and sent_of[j] >= s - 2 * _WINDOW for j, n in named if j < i) \
                    and not just_introduced(tv, i, best, index, sent_of, para_of):   # (s38-prof38)
                # (s29-coref29) a noun the text gave no one ("le milliardaire", "le magnat") is the person the story
                # names most, named a few sentences before, over one named once nearer, introduced by no noun or
                # as a kin ("Son fils Z préside …")
                return main_person
        if best in scored and any(n != best and v == scored[best][0] and at == scored[best][1]
                                  and mk >= scored[best][2] for n, (v, at, mk) in scored.items()):
            tied_pick[i] = best   # (s23-ambig23) a rival as fit, named in the pick's own sentence
        return best

    _portrait_child(tv, index, mentions, sent_of, subjects_by_sent)
    roles36 = has_role_nouns(doc)   # (s36-refs36)
    kin_of: dict[str, str] = {}   # a person named beside a kin possessive ("son fils, X") → the owner
    children: set[str] = set()   # the persons named beside a child possessive ("son fils Lucas")
    for tok in doc:
        if tok.i in index.by_token or tok.pos_ in _CLOSED_NOT_VERB:
            if tok.lower_ in _POSSESSIVE_KIN and index.kinds.get(tok.i) == "introducer":
                # ("son fils Valère" made the name's introducer before this pass)
                _note_kin_owner(doc, tok, index, sent_of, subjects_by_sent, kin_of, children)
            continue   # (a closed word other than a verb is never a misread noun: skipped below as well)
        # "le groupe Vivendi": the introducer noun is the name's
        # ("pour la jeune pousse, cofondée…": a noun after its article and adjective, tagged as a verb)
        misverb = tok.pos_ == "VERB" and tok.i > 1 and tv[tok.i - 1].pos_ == "ADJ" and tv[tok.i - 2].pos_ == "DET" \
            and tv[tok.i - 1].is_lower and any(c.dep_ == "det" for c in tok.children)
        # ("Le quinquagénaire a racheté…" with the noun tagged as an adjective, subject of its clause)
        misverb = misverb or (tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubj:pass") and tok.is_lower
                              and tok.lower_ in _descriptors() and any(c.dep_ == "det" for c in tok.children))
        if roles36 and tok.pos_ in ("NOUN", "VERB", "ADJ", "PROPN") and (got36 := deal_role(tv, tok, index)) is not None:   # (s36-refs36) "le repreneur", "du cédant"
            if got36[0]:
                _add(doc, index, mentions, got36[1], got36[2], got36[0], "descriptor", head=tok.i)
                index.__dict__.setdefault("refs36_links", set()).update(range(got36[1], got36[2]))
                if tok.dep_ in ("nsubj", "nsubj:pass"):
                    subjects_by_sent.setdefault(sent_of[tok.i], []).append((tok.i, got36[0]))
                    all_subjects.add(got36[0])
                continue
            if not got36[3]:
                continue
        if tok.pos_ in _CLOSED and not (tok.pos_ == "VERB" and tok.i > 0 and tv[tok.i - 1].pos_ == "DET") \
                and not misverb:
            continue   # (no branch below reads these: skipping them early keeps the pass cheap)
        nxt = tok.i + 1
        while nxt < n_doc - 1 and nxt - tok.i < 3 and (
                (tv[nxt].pos_ == "ADJ" and tv[nxt].dep_ == "amod" and not tv[nxt].text[:1].isupper())
                # ("la start-up grenobloise", the place adjective tagged as a proper noun, or parsed as a
                # conjunct, "l'entreprise rennaise X": still an adjective)
                or (tv[nxt].pos_ in ("PROPN", "ADJ", "VERB") and tv[nxt].is_lower and place_key(tv[nxt].lower_))
                or (nxt == tok.i + 1 and tv[nxt].pos_ == "NOUN" and tv[nxt].is_lower and place_key(tv[nxt].lower_))
                # ((s37-desc37) "la banque privée X", the adjective tagged a verb or a clause, the name right after it)
                or (nxt == tok.i + 1 and tv[nxt].pos_ in ("VERB", "ADJ") and tv[nxt].dep_ == "acl" and tv[nxt].is_lower
                    and index.kinds.get(nxt + 1) == "name")):
            nxt += 1   # "le groupe publicitaire Havas" (s28-funds28: "l'hébergeur lyonnais X", the place tagged a noun;
            # (s36-refs36) "l'assureur triestin X", the place tagged a participle)
        if tok.pos_ == "NOUN" and (nxt == tok.i + 1 or all(place_key(tv[k].lower_) for k in range(tok.i + 1, nxt))) \
                and nxt + 2 < n_doc and tv[nxt].lower_ in ("de", "d'", "d’") \
                and (tv[nxt + 1].pos_ in ("NOUN", "PROPN") or tv[nxt + 1].pos_ == "VERB"
                     and not tv[nxt + 1].lower_.endswith(("er", "ir", "re"))) \
                and tv[nxt + 1].is_lower and nxt + 1 not in index.by_token:
            # "le groupe de presse régionale X", "le fonds d'investissement américain X": the noun's
            # own "de" phrase, then the name ("le fabricant japonais de scanners X", the plural noun
            # tagged a verb)
            k = nxt + 2
            while k < n_doc - 1 and tv[k].pos_ == "ADJ" and tv[k].is_lower and k - nxt < 4:
                k += 1
            if k + 1 < n_doc - 1 and tv[k].lower_ in ("de", "d'", "d’") and tv[k + 1].pos_ in ("NOUN", "PROPN") \
                    and tv[k + 1].is_lower and k + 1 not in index.by_token:
                k += 2   # "le cabinet de chasseurs de têtes X", "la société de conseil en …": a second "de" phrase
            if k in index.by_token and index.kinds.get(k) == "name" and tv[k].text[:1].isupper():
                nxt = k
            elif k + 3 < n_doc and tv[k].text in ("-", "‑") and tv[k + 1].is_lower and tv[k + 2].text == "," \
                    and index.kinds.get(k + 3) == "name" and tok.lemma_.lower() in _GENERIC_ORG_NOUNS \
                    and tv[k + 3].text[:1].isupper() and index.entities[index.by_token[k + 3]].type == "ORG":
                nxt = k + 3   # ("sa filiale d'exploration-production, X": the compound split by the tokenizer)
            elif k + 1 < n_doc and tv[k].text == "," and index.kinds.get(k + 1) == "name" \
                    and tok.lemma_.lower() in _GENERIC_ORG_NOUNS and tv[k + 1].text[:1].isupper() \
                    and index.entities[index.by_token[k + 1]].type == "ORG":
                nxt = k + 1   # (s24-coref24) "sa filiale d'exploration, X Exploration": the name set beside it
        # ("l'hébergeur X" with the noun tagged as a verb after its article: still a noun)
        if ((tok.pos_ == "NOUN" or (tok.pos_ == "VERB" and tok.i > 0 and tv[tok.i - 1].pos_ == "DET"))
                and nxt < n_doc and nxt in index.by_token
                and index.kinds.get(nxt) == "name" and _introduces(tok)):
            index.by_token[tok.i] = index.by_token[nxt]
            index.kinds[tok.i] = "introducer"
            introduced.setdefault(index.by_token[nxt], set()).add(tok.lemma_.lower())
            note_role(index, tv, tok.i, index.by_token[nxt])   # (s33-descr33) "le motoriste X": that role is X's
            if "Plur" in tok.morph.get("Number") and tok.lower_.endswith(("s", "x")) \
                    and any(c.dep_ in ("det", "case") and c.lower_ in ("des", "les", "ses", "leurs", "nos") for c in tok.children):
                # "propriétaire des enseignes X et Y": brands or members listed, not the company itself
                listed.add(index.by_token[nxt])
                listed.update(index.by_token[c.i] for c in tv[nxt].children if c.dep_ == "conj" and c.i in index.by_token)
            _note_places(origins, index.by_token[nxt], tv[tok.i + 1:nxt])   # "le fabricant grenoblois X"
            if tok.lower_ in _POSSESSIVE_KIN:   # "son fils Valère": its possessive is still someone's
                _note_kin_owner(doc, tok, index, sent_of, subjects_by_sent, kin_of, children)
            continue
        low = tok.text.lower()
        if low in ("etat", "état") and tok.i >= 3 and _bare_head_of_state(tv[tok.i - 3]):
            continue   # (s20-coref3) the "État" of "le chef de l'État": a title's word, no state the text names
        if low in _LEADERSHIP_NOUNS and tok.pos_ == "NOUN" and any(c.dep_ == "det" for c in tok.children):
            # "consulter les dirigeants chinois", "les autorités russes": the state the article names
            adj = next((c for c in tok.children if c.dep_ == "amod" and c.i == tok.i + 1
                        and c.lower_ in countries_by_adjective()), None)
            country = country_named(adj.lower_, index) if adj is not None else None
            if country and not (adj.i + 1 < n_doc and tv[adj.i + 1].lower_ in ("de", "d'", "d’", "du", "des")):
                _add(doc, index, mentions, min(c.i for c in tok.children if c.dep_ == "det"), adj.i + 1,
                     country, "descriptor", head=tok.i)
                continue
        if low in _GROUP_SIZES and _link_pair(doc, tok, index, mentions, sent_of):
            continue
        if low in _PARTNER_NOUNS and _link_partner(doc, tok, index, mentions):
            continue
        if (low in _LIST_NOUNS or low in _PAIR_TYPE) and _link_list(doc, tok, index, sent_of):
            continue
        if low in ("un", "une", "autre") and tok.pos_ in ("PRON", "NOUN", "ADJ") and tok.i > 0 \
                and tv[tok.i - 1].lower_ in ("l'", "l’") and tok.i + 1 < n_doc \
                and tv[tok.i + 1].pos_ not in ("NOUN", "ADP", "PROPN", "ADJ") and tv[tok.i + 1].lower_ != "de":
            # "L'un, Premier ministre…, quand l'autre, ministre de…": the last pair named, in order
            pair = _find_pair(doc, tok, index, sent_of, "PER")
            if pair:
                _add(doc, index, mentions, tok.i - 1, tok.i + 1, pair[0 if low in ("un", "une") else 1], "pronoun")
            continue
        # "ce dernier", "cette dernière": the most recently named actor before it
        if low in ("dernier", "dernière") and tok.i > 0 and tv[tok.i - 1].lower_ in ("ce", "cette"):
            g = "Fem" if low == "dernière" else "Masc"
            prev_names = [(j, n) for j, n in named if j < tok.i - 1 and index.entities[n].type in _ACTOR_TYPES + ("LOC",)
                          and (index.entities[n].type != "PER" or _said_gender(index, n, doc) in (None, g))
                          and j not in index.sources]   # (s39-poss39) "Selon X, ce dernier …": not the source X
            prev_names = other_gender_organisations(tv, index, prev_names, g)   # (s37-pron37) "cette dernière" ≠ "le groupe X"
            # (s39-misses39) "Selon La Lettre, ce dernier accuse Y": a source cited is not the one spoken of
            prev_names = [(j, n) for j, n in prev_names if not _after_source_cue(tv, j)]
            if tok.dep_ not in ("nsubj", "nsubj:pass"):
                # (s22-coref22) "lorsque X succède à ce dernier": not its own clause's subject X
                prev_names = [(j, n) for j, n in prev_names
                              if not (sent_of[j] == sent_of[tok.i] and _binds(doc, j, tok.i, index))]
                if _succeeded_one(tok, index):
                    # "lorsque X succède à ce dernier": a post passes from a person to a person
                    prev_names = [(j, n) for j, n in prev_names if index.entities[n].type == "PER"]
            if prev_names:
                j, last = prev_names[-1]
                # "X, président de Y. Ce dernier…": a name inside an apposition set beside another is
                # not the last one spoken of; the one the apposition describes is
                owner = _apposition_owner(tv, j, index)
                if owner is not None and index.entities[owner].type in _ACTOR_TYPES and (
                        index.entities[owner].type != "PER" or _said_gender(index, owner, doc) in (None, g)):
                    last = owner
                _add(doc, index, mentions, tok.i - 1, tok.i + 1, last, "pronoun")
                if tok.dep_ in ("nsubj", "nsubj:pass"):   # "Ce dernier … n'a pas reconnu sa défaite": the chain goes on
                    subjects_by_sent.setdefault(sent_of[tok.i], []).append((tok.i, last))
            continue
        # ((s38-xsent38) the tagger calls a capitalised "Celui" of the cut "Celui-ci" a proper noun: the cut form is
        # the pronoun whatever its tag, so it passes the gate too)
        if tok.pos_ == "PRON" or low in ("celui", "celle"):   # (the pronoun readers below, each testing the tag first)
            if tok.pos_ == "PRON" and low in ("lui", "elle") and tok.i >= 2 and tv[tok.i - 1].lower_ == "est" \
                    and tv[tok.i - 2].lower_ in ("c'", "c’", "ce") and tok.i + 1 < n_doc and tv[tok.i + 1].lower_ == "qui":
                # "C'est lui qui a versé…": the cleft's pronoun, and its "qui", are the subject of the clause
                name = _subject_pronoun_antecedent(doc, tok, index, named, subjects_by_sent, sent_of)
                if name:
                    _add(doc, index, mentions, tok.i, tok.i + 2, name, "pronoun")
                    subjects_by_sent.setdefault(sent_of[tok.i], []).append((tok.i, name))
                continue
            split = low in ("celui", "celle") and tok.i + 2 < n_doc and tv[tok.i + 1].text == "-" \
                and tv[tok.i + 2].lower_ == "ci"   # the tokenizer cuts "celui-ci" in three
            if (tok.pos_ == "PRON" or split) and (low in ("celui-ci", "celle-ci") and tok.dep_ in ("nsubj", "nsubj:pass") or split):
                # "X a rencontré Y. Celui-ci lui a remis…": the last actor named, rather than the subject
                name = _latest_actor(doc, tok, index, sent_of, subjects_by_sent, "Fem" if low.startswith("celle") else "Masc")
                if name:
                    _add(doc, index, mentions, tok.i, tok.i + (3 if split else 1), name, "pronoun")
                    subjects_by_sent.setdefault(sent_of[tok.i], []).append((tok.i, name))
                continue
            if tok.pos_ == "PRON" and low in ("lui", "elle") and (name := stressed_referent(doc, tok, index, sent_of)):
                _add(doc, index, mentions, tok.i, tok.i + 1, name, "pronoun")   # (s37-pron37) "un désaccord avec lui"
                continue
            if tok.pos_ == "PRON" and low == "lui" and tok.dep_ in ("iobj", "obj", "obl:arg") and not _stressed(tv, tok):
                name = _clitic_antecedent(doc, tok, index, sent_of, subjects_by_sent)
                if name is None and tok.head.i > tok.i and (own := _clause_doers(tok, index)) is not None:
                    # "La société X traverse une passe difficile. Le groupe Y lui a accordé un prêt"
                    name = _previous_clitic_referent(doc, tok, index, sent_of, subjects_by_sent, own)
                if name:
                    _add(doc, index, mentions, tok.i, tok.i + 1, name, "pronoun")
                continue
            if tok.pos_ == "PRON" and low in ("la", "le", "l'", "l’") and tok.dep_ == "obj" and tok.i > 0 \
                    and tok.head.dep_ in ("acl:relcl", "conj") and tok.head.i > tok.i \
                    and tv[tok.i - 1].lower_ not in ("comme", "que", "qu'", "qu’"):
                # "X, cofondée par Y, qui la préside", "Y a racheté X en 2019 et la dirige depuis": an object
                # clitic in a relative or a coordinated clause stands for the last other actor of its sentence
                name = _object_clitic_antecedent(doc, tok, index) or _fronted_participle_subject(tv, tok, index)
                if name:
                    _add(doc, index, mentions, tok.i, tok.i + 1, name, "pronoun")
                    continue
            if tok.pos_ == "PRON" and low in ("la", "le", "l'", "l’") and tok.dep_ == "obj" and tok.i > 0 \
                    and (name := _fronted_participle_subject(tv, tok, index)):
                _add(doc, index, mentions, tok.i, tok.i + 1, name, "pronoun")   # (the parse hangs it elsewhere)
                continue
            if tok.pos_ == "PRON" and low in ("la", "le", "l'", "l’") and tok.dep_ == "obj" and tok.i > 0 \
                    and tok.head.i > tok.i and tok.head.pos_ in ("VERB", "AUX") \
                    and tv[tok.i - 1].lower_ not in ("comme", "que", "qu'", "qu’") \
                    and (own := _clause_doers(tok, index)) is not None:
                # "Le fonds Y l'a rachetée en 2024", "Z, qui l'a soutenue": an object clitic with no actor before
                # it in its sentence stands for the previous sentence's subject
                name = _previous_clitic_referent(doc, tok, index, sent_of, subjects_by_sent, own)
                if name:
                    _add(doc, index, mentions, tok.i, tok.i + 1, name, "pronoun")
                continue
            if tok.pos_ == "PRON" and low in ("ils", "elles") and tok.dep_ in ("nsubj", "nsubj:pass"):
                # "A et B ont porté plainte. Ils accusent…": the coordinated subject before it
                group = _plural_subject(doc, tok, index, sent_of)
                if group:
                    _add(doc, index, mentions, tok.i, tok.i + 1, group[0], "pronoun")
                    index.plural[tok.i] = group
                continue
            if low == "y" and tok.pos_ == "PRON":
                # "Le conseil change de visage. X y fait son entrée", "… n'y siégera pas": the company whose
                # board the text just spoke of
                org = _board_company(doc, tok, index, sent_of)
                if org:
                    _add(doc, index, mentions, tok.i, tok.i + 1, org, "pronoun")
                continue
            if low == "nous" and tok.dep_ in ("nsubj", "nsubj:pass"):
                continue   # (a quoted "nous" is its speaker's organisation: quoted_we.py, below)
            if tok.pos_ == "PRON" and low in _PRONOUNS and (tok.dep_ in ("nsubj", "nsubj:pass", "expl:subj") or (
                    # "Elle siège au conseil…" with the verb tagged as a noun and the pronoun as its determiner
                    tok.dep_ == "det" and low in ("il", "elle") and tok.head.i == tok.i + 1)):
                if _impersonal(tok) or (tok.i > 0 and tv[tok.i - 1].lower_ == "à"):   # "quant à elle"
                    continue
                name = _subject_pronoun_antecedent(doc, tok, index, named, subjects_by_sent, sent_of)
                if name:
                    _add(doc, index, mentions, tok.i, tok.i + 1, name, "pronoun")
                    # the next sentence's "il" may continue the chain
                    subjects_by_sent.setdefault(sent_of[tok.i], []).append((tok.i, name))
                    all_subjects.add(name)
                continue
        elif low == "nous" and tok.dep_ in ("nsubj", "nsubj:pass"):
            continue   # (of the block's tests, the one a word not tagged a pronoun can pass: as above)
        # ("sa cible", "son rival visé": the target of the bid its owner makes)
        possessive = low in _BID_TARGETS and tok.i > 0 and tv[tok.i - 1].lower_ in ("sa", "son")
        if (low in _BID_TARGETS or low in _BIDDERS) and tok.i > 0 \
                and (tv[tok.i - 1].lower_ in ("la", "le", "l'", "l’") or possessive) \
                and tok.pos_ in ("NOUN", "VERB", "ADJ"):
            # "la cible", "l'assaillant": a side of the last bid the text spoke of, or no one (the
            # tagger often takes "cible" for the verb); "X lance une OPA sur Y, valorisant sa cible…", "…, a
            # annoncé l'acquéreur": a bid its own sentence spoke of before it
            own = possessive or (low in _BIDDERS and tok.dep_ in ("nsubj", "nsubj:pass"))
            side = _bid_side(doc, tok, index, low in _BID_TARGETS, own=own)
            if side is None and possessive:
                side = index.offer_target(tv)   # (the article's offer: "une OPA sur Y … le capital de sa cible")
            if side:
                _add(doc, index, mentions, tok.i - 1, tok.i + 1, side, "descriptor", head=tok.i)
            continue
        if tok.pos_ != "NOUN" and not misverb and not (tok.text[:1].isupper() and tok.lower_ in countries_by_adjective()) \
                and not (tok.pos_ in ("PROPN", "X") and tok.text.islower()):   # "start" of "start-up", "tabloïd": mis-tagged
            continue
        if low in ("employeur", "ex-employeur") and (got37 := former_employer(doc, tok, index)):
            _add(doc, index, mentions, got37[1], tok.i + 1, got37[0], "descriptor", head=tok.i)   # (s37-pron37)
            continue
        dets = [c for c in tok.children if c.dep_ == "det"]
        if not dets:
            # "président du club", "au groupe": the article is inside the contracted preposition
            fused = [c for c in tok.children if c.dep_ == "case" and c.lower_ in ("du", "au")]
            if not fused or any(c.dep_ in ("amod", "nummod") and c.i < tok.i and c.pos_ == "NUM" for c in tok.children):
                continue
            dets = [tok]   # the mention starts at the noun itself
        elif dets[0].text.lower() not in _DEFINITE or dets[0].text.lower() == "les":
            if tok.lower_ in _POSSESSIVE_KIN:
                _note_kin_owner(doc, tok, index, sent_of, subjects_by_sent, kin_of, children)
            if holders and "Yes" in dets[0].morph.get("Poss") and dets[0].lower_ in ("son", "sa") \
                    and _descriptor_type(tok) == "PER" and not _named_after(tok, index):
                # "son propre président", "sa présidente": the one holder of that office of the owner's
                # organisation (an organisation's: that one; a person's: one the sentence names)
                owner = index.antecedent(dets[0].i, types=("PER", "ORG", "GOV"))
                held, _ = _holder_for(tok, dets, index, holders, sent_of, possessor=owner[0] if owner else None)
                # (s25-coref25) "A a assigné B et son patron": a possessive title coordinated right after an
                # organisation's name is that organisation's; a holder found at another organisation of the
                # sentence (A's own boss) is not meant
                if held and ((owner and _owner_fits(index, holders, held, owner[0], tok))
                             or (not _coordinated_after_org(tv, dets[0], index)
                                 and _holds_at_named(index, holders, held, tok))):
                    _add(doc, index, mentions, dets[0].i, _descriptor_end(tok), held, "descriptor", head=tok.i)
            elif dets[0].lower_ in ("son", "sa") and tok.lower_ in _SURNAME_KIN:
                kin = _kin_of_owner(doc, tok, dets[0], index, named)
                if kin:
                    _add(doc, index, mentions, dets[0].i, tok.i + 1, kin, "descriptor", head=tok.i)
            continue
        if low in _PARENT_NOUNS and dets[0].lower_ in ("le", "la") and dets[0].i == tok.i - 1:
            parent = _parent_of_named_child(doc, tok, index, sent_of)
            if parent:
                # "c'est sa fille, X, qui dirige le groupe. Le père conserve la présidence du conseil"
                descriptor(dets[0], tok.i + 1, parent, tok)
                continue
        kind = _public_body_kind(tv, tok) if dets[0].lower_ in ("la", "le", "l'", "l’") else None
        if kind:
            # "la municipalité", "la mairie", "le conseil municipal": the article's one body of that kind
            body = _public_body(index, named, tok.i, kind[0])
            if body is None:
                body = _lone_public_body(tv, index, named, tok.i, kind[0])
            if body is False:
                continue   # two bodies of that kind: no guess between them
            if body:
                descriptor(dets[0], tok.i + kind[1], body, tok)
                continue
        if low in _BODY_NOUNS and dets[0].i == tok.i - 1 and dets[0].lower_ in ("la", "l'", "l’") \
                and not _body_noun_complement(tv, tok):
            # (s27-coref27) "l'institution", "l'instance", "l'autorité": the last body named before whose name
            # says it is one of that noun's bodies, or that the text called a regulator; none, no one
            body = _named_body(index, named, tok.i, low, introduced)
            if body:
                descriptor(dets[0], tok.i + 1, body, tok)
            continue
        if low == "rédaction" and dets[0].i == tok.i - 1 and dets[0].lower_ == "la" and _newsroom_post(tv, tok):
            # (s27-coref27) "le directeur de la rédaction", "à la tête de la rédaction": the newsroom of the paper
            # the text spoke of last (one it called a newspaper or magazine, or whose name says so); none, no one
            paper = _last_paper(tv, index, named, tok.i, apposed)
            if paper:
                descriptor(dets[0], tok.i + 1, paper, tok)
            continue
        want = _descriptor_type(tok)
        if want is None and _company_demonym(tok, dets[0]):
            want = "ORG"   # (s22-coref22) "le danois a relevé son offre": a company named before by its country
        if want is None and low in _FORMER_STAFF_NOUNS and dets[0].i != tok.i and _former_title(tv, tok, dets[0]) \
                and _title_org(tok, index) not in (None, "?"):
            want = "PER"   # (s21-coref21) "l'ancien porte-parole de Y", "l'ancien entraîneur de Y": a person
        if want is None:
            continue
        if want == "ORG" and low in _PERSON_OR_FIRM and _businessman_story(doc, introduced, index) \
                and _person_last_named(tok, index, sent_of):
            want = "PER"   # (s20-coref3) "l'industriel breton" in a story about a billionaire: that person
        held, holding = (None, set())
        if want == "PER" and holders and not _named_after(tok, index) and not _apposed(tok, dets[0], index):
            # "le Premier ministre", "la présidente du conseil", "l'ex-chef du gouvernement": a title the
            # article gave a named person before
            held, holding = _holder_for(tok, dets, index, holders, sent_of)
            if held and _other_country_holder(tok, held, origins):
                held, holding = None, set()   # (s22-coref22) "le président chinois X … Le président français"
            if held and (elaborated := _colon_subject(tv, tok.i, index, "PER")) and elaborated != held \
                    and _said_gender(index, elaborated, doc) in (None, _said_gender(index, held, doc)):
                # (s22-coref22) "X, de son côté, poursuit sa guérilla : l'ancien PDG, qui …": the person whose
                # clause the colon closes, which the title after it goes on about, over an earlier holder
                held = elaborated
            if held:
                descriptor(dets[0], _descriptor_end(tok), held, tok)
                continue
        if any(c.dep_ in ("appos", "flat:name") and (c.i in index.by_token or not c.is_lower) for c in tok.children):
            continue   # (a name set beside it; not a lowercase word misread as one: "Le groupe, qui …, valorise")
        k = tok.i + 1
        while k < len(doc) - 1 and tv[k].pos_ == "ADJ" and k - tok.i < 3:
            k += 1
        if k < len(doc) - 1 and tv[k].text == "," and index.kinds.get(k + 1) == "name" \
                and (index.entities[index.by_token[k + 1]].type == "PER") == (want == "PER"):
            continue   # "le directeur général, X": the title introduces the name after it
            # (not "le PDG du groupe agroalimentaire, X": the person is the title's, the group is another)
        if want == "ORG" and dets[0].i != tok.i:
            # "la première chaîne d'information continue, BFM TV": an organisation's description, then
            # its name after a comma; the description is that name (the parser seldom makes it an apposition)
            end = tok.i + 1
            while end < min(tok.i + 7, n_doc) and end not in index.by_token and (
                    tv[end].pos_ in ("ADJ", "ADP", "DET", "NOUN") or tv[end].dep_ == "amod"):
                end += 1
            if end < n_doc - 1 and tv[end].text == "," and index.kinds.get(end + 1) == "name" \
                    and index.entities[index.by_token[end + 1]].type == "ORG" and end - tok.i <= 6 \
                    and all(j not in index.by_token for j in range(tok.i + 1, end)):
                _add(doc, index, mentions, dets[0].i, tok.i + 1, index.by_token[end + 1], "descriptor", head=tok.i)
                continue
        if want == "ORG" and (top := opening_topic(tv, tok, dets[0], index, named, sent_of, para_of)) \
                and not _introduced_as_other_kind(top, tok.lemma_.lower(), introduced) \
                and not _named_as_other_kind(top, tok.lemma_.lower()) \
                and _trade_fit(top, _descriptor_families(tv, tok.i), introduced, apposed,
                               index.__dict__.get("described", {})) >= 0:
            descriptor(dets[0], _descriptor_end(tok), top, tok)   # (s33-descr33) the headline's organisation
            note_role(index, tv, tok.i, top)
            introduced.setdefault(top, set()).add(tok.lemma_.lower())   # (as a link made below: "le promoteur varois")
            _note_places(origins, top, tv[tok.i + 1:tok.i + 3])
            continue
        # (s19-coref: "le groupe cofondé par X" with "par X" hung on the noun is no complement saying which)
        # ((s33-descr33) or a fronted participle: "Fondée par X, la société …")
        # ((s33-descr33) only a person the text said heads or founded a company: "Créée par X, ancien ingénieur de
        # Y, la société …" with no company of X's named is left to the usual search, which passes over Y)
        led_person = (_led_by(tok, index) or (
            fl if (fl := fronted_leader(tv, tok, dets[0], index)) and _current_companies_of(doc, index, fl, holders, tok.i)
            else None)) if want == "ORG" and not demonstrative_det(dets[0]) else None
        # (a complement has its preposition: "la banque lundi" is a misparsed date, not one)
        if any(c.dep_ == "nmod" and not _inside_descriptor(tok, c)
               and not (led_person and (index.by_token.get(c.i) == led_person
                                        or any(k.dep_ == "case" and k.lower_ == "par" for k in c.children))) and not _sector_complement(tok, c, index)
               and not _size_complement(tok, c) and not _circumstance_complement(c)
               and not _regulated_field(tok, c, index)
               and not (want == "ORG" and (_town_complement(tok, c, index) or _town_child(tok, c, index)))
               and (c.i < tok.i or any(k.dep_ == "case" for k in c.children) or c.pos_ != "NOUN")
               for c in tok.children):
            # "Le fondateur de Free vient de…": a title with its organisation, standing for a person
            # named before; only as a clause subject, where press uses it as a second reference
            if want == "ORG" and tok.dep_ in ("nsubj", "nsubj:pass") and dets[0].i != tok.i \
                    and _owned_by_person(tok, index) and not demonstrative_det(dets[0]):
                # "LVMH a proposé… Le groupe de Bernard Arnault avait déjà racheté…": the company the
                # previous sentence was about, said to be that person's
                prev = [n for _, n in subjects_by_sent.get(sent_of[tok.i] - 1, []) if index.entities[n].type == "ORG"]
                beside = index.by_token.get(dets[0].i - 2) if dets[0].i >= 2 and tv[dets[0].i - 1].text == "," \
                    and index.kinds.get(dets[0].i - 2) == "name" else None
                if beside is not None:
                    # (s23-coref23) "Y, le groupe audiovisuel de X, poursuit Z": the apposition names Y, set
                    # beside it, not the previous sentence's subject
                    prev = [beside] if index.entities[beside].type == "ORG" else []
                if prev:
                    _add(doc, index, mentions, dets[0].i, tok.i + 1, prev[0], "descriptor", head=tok.i)
                    index.kinds[tok.i] = "introducer"   # as "la holding X de Y": the noun is the company
                    subjects_by_sent.setdefault(sent_of[tok.i], []).append((tok.i, prev[0]))
                continue
            if want == "ORG" and not demonstrative_det(dets[0]):
                # "la société de gestion, présidée par X", "9 % du spécialiste du froid": a trade noun and what
                # the company does; the one actor the text called by that noun, or whose name says that trade
                traded = _traded(tok, index, named, apposed)
                if traded:
                    descriptor(dets[0], tok.i + 1, traded, tok)
                    continue
            if want == "PER" and tok.dep_ not in ("nsubj", "nsubj:pass") and _bare_head_of_state(tok) \
                    and not (dets[0].i >= 2 and tv[dets[0].i - 1].text == ","):
                # (s20-coref3) "X accusait le chef de l'État de…", "proche du chef de l'État": the head of state
                # the story speaks of, a person the text names bare, as everyone knows them
                head_of_state = _head_of_state(doc, tok, dets[0], index, named, holders)
                if head_of_state:
                    _add(doc, index, mentions, dets[0].i, _descriptor_end(tok), head_of_state, "descriptor",
                         head=tok.i)
                continue
            if want == "PER" and tok.dep_ not in ("nsubj", "nsubj:pass") and dets[0].i != tok.i \
                    and not (dets[0].i >= 2 and tv[dets[0].i - 1].text == ",") and _former_title(tv, tok, dets[0]):
                # (s21-coref21) "… entre l'ancien porte-parole de Y et les supporters", "les proches de l'ancien
                # patron de Y": a former title with its organisation, outside the subject, is the one person
                # the sentence before spoke of (none when it spoke of several)
                who = _former_holder_before(tv, tok, dets[0], index, sent_of)
                if who:
                    _add(doc, index, mentions, dets[0].i, _descriptor_end(tok), who, "descriptor", head=tok.i)
                continue
            if want != "PER" or tok.dep_ not in ("nsubj", "nsubj:pass") or (
                    dets[0].i >= 2 and tv[dets[0].i - 1].text == "," and _is_person_name(index, dets[0].i - 2)):
                continue   # ("X, la présidente de Y, lui reproche…": the title names X, set beside it)
            if titled_name_after(tv, tok, index):
                continue   # (s38-refs38) "La présidente du directoire, X, passée par Y, …": the title names X
            elaborated = _colon_subject(tv, tok.i, index, "PER")
            said = (dets[0].morph.get("Gender") or [None])[0] if dets[0].i != tok.i else None
            if elaborated and _said_gender(index, elaborated, doc) in (None, said or _elided_gender(tok)):
                # (s39-desc39) "X, lui, ne cache plus ses ambitions : l'ancien président du club, …": the title
                # elaborates on X, whose clause the colon closes, over a holder of the title named earlier
                _add(doc, index, mentions, dets[0].i, _descriptor_end(tok), elaborated, "descriptor", head=tok.i)
                continue
            # the person this same title was given to earlier ("le ministre de l'Économie X … Le
            # ministre de l'Économie a dit…"), else the person the previous sentence was about
            same = _titled_before(doc, tok, index)
            if not same and _contrasted_subject(tv, tok):
                continue   # (s19-coref) "X, gérant de Z, accuse Y. Le PDG de Y, lui, dément": the stressed
                # pronoun sets the title's holder against the one just spoken of; not X, and no guess
            def agent(i):   # "… convoquées par X"
                return "obl:agent" in (tv[i].dep_, tv[i].head.dep_ if tv[i].dep_ == "flat:name" else "")

            def actor_before(n):   # the subject of an earlier sentence
                return any(m == n and not agent(i) for s_, subs in subjects_by_sent.items()
                           if s_ < sent_of[tok.i] - 1 for i, m in subs)
            # the agent of a passive is the one spoken of only when an earlier sentence made them
            # an actor ("X rachète… tel est le but poursuivi par X"), not one named in passing
            prev_subjects = [n for i, n in subjects_by_sent.get(sent_of[tok.i] - 1, [])
                             if index.entities[n].type == "PER" and (not agent(i) or actor_before(n))]
            if not prev_subjects and _untitled_subject(doc, tok, index, sent_of):
                continue   # the previous sentence is about someone it does not name ("l'actuel président de Y")
            if not prev_subjects:   # the one person the previous sentence names
                prev_people = {n for i, n in named if sent_of[i] == sent_of[tok.i] - 1
                               and index.entities[n].type == "PER"}
                if any(agent(i) and not actor_before(n) for i, n in named
                       if n in prev_people and sent_of[i] == sent_of[tok.i] - 1):
                    prev_people = set()   # "… convoquées par X": the agent of a passive, not the one spoken of
                if any(any(c.dep_ == "case" and c.lower_ in ("avec", "à", "contre", "sans", "chez", "entre", "aux", "au")
                           for c in tv[i].children) for i, n in named
                       if n in prev_people and sent_of[i] == sent_of[tok.i] - 1):
                    prev_people = set()   # "en collaboration avec X": named in passing, not the one spoken of
                prev_subjects = list(prev_people) if len(prev_people) == 1 else []
            said = (dets[0].morph.get("Gender") or [None])[0] if dets[0].i != tok.i else None
            if said is None and dets[0].i != tok.i:
                said = _elided_gender(tok)   # "L'ancien banquier": the adjective or the noun says it
            if not same and said and prev_subjects and _said_gender(index, prev_subjects[0], doc) not in (None, said):
                # ("L'élu a déposé un recours. La maire de Y assure…": not the man just spoken of; the one
                # person of its gender the two sentences before name, if one)
                near = {n for i, n in named if sent_of[tok.i] - 2 <= sent_of[i] < sent_of[tok.i]
                        and index.entities[n].type == "PER" and not agent(i)}
                fit = [n for n in near if _said_gender(index, n, doc) == said]
                if len(fit) != 1 or any(_said_gender(index, n, doc) is None for n in near):
                    continue
                prev_subjects = fit
            name = same or (prev_subjects[0] if prev_subjects else None)
            if not same and name is not None and _title_org(tok, index) is None:
                # "le député X … Y, lui, n'a pas donné suite. ¶ Au parti, dont le député est membre": the one
                # person the text called by that noun, over a previous subject it never called so
                called = {n for n, nouns in introduced.items() if tok.lemma_.lower() in nouns
                          and index.entities[n].type == "PER"}
                if len(called) == 1 and name not in called and not introduced.get(name):
                    name = next(iter(called))
            if name is None:
                continue
            org = _title_org(tok, index) if holders else None
            if org and not same and not (_title_of(tok) or (None, True))[1] and any(h[1] == name for h in holders) \
                    and not any(h[1] == name and h[5] in (org, None) for h in holders):
                continue   # "X, directrice générale de Y. La présidente de Z…": not X, who heads another
            if not same and title_clash(tv, tok, name, index):
                continue   # (s34-coref34) "Le député X a dénoncé… Le ministre a répondu": not X, another office
            if not same and former_title_rival(tv, tok, name, index, sent_of):
                continue   # (s35-refs35b) "l'ancien président": not a reporter when an untitled person is named
            _add(doc, index, mentions, dets[0].i, _descriptor_end(tok), name, "descriptor", head=tok.i)
            continue
        if nxt < len(doc) and tv[nxt].text != "-" and (tv[nxt].text[:1].isupper() or tv[nxt].pos_ == "PROPN"):
            continue
        end = _descriptor_end(tok)
        if end > tok.i + 1 and end < n_doc and index.kinds.get(end) == "name":
            continue   # "la start-up Voltaïs" (split in three by the tokenizer): it introduces the name after it
        types = {"PER": {"PER"}, "ORG": {"ORG"}, "GOV": {"GOV", "LOC"}}[want]
        noun = tok.lemma_.lower()
        start = dets[0].i
        at = start - 2
        if at >= 3 and tv[start - 1].text == "," and tv[at].text == ")" and tv[at - 2].text == "(":
            at -= 3   # "Lagardère Capital & Management (LCM), la société holding de X"
        beside = index.by_token.get(at) if at >= 0 and tv[start - 1].text == "," else None
        if beside is None and want == "PER" and start >= 1 and index.kinds.get(start - 1) == "name" \
                and index.entities[index.by_token[start - 1]].type == "PER":
            at, beside = start - 1, index.by_token[start - 1]   # "… et Thierry Desmarest le président non exécutif"
        if beside is not None and tok.dep_ in ("nsubj", "nsubj:pass") and _in_oblique(tv[at]):
            beside = None   # "Conseillée par le cabinet X, l'entreprise a assigné Y": the main clause's subject
        if beside is not None and (tok.dep_ in ("nsubj", "nsubj:pass") or end < n_doc and tv[end].pos_ in ("VERB", "AUX")) \
                and _in_person_apposition(tv, at, index):
            beside = None   # "Fondée par A et B, passé par le groupe X, la start-up emploie …": not X
        if beside is not None and noun in _NOUN_KIND and introduced.get(beside) and all(
                _NOUN_KIND.get(n, _NOUN_KIND[noun]) != _NOUN_KIND[noun] for n in introduced[beside]):
            beside = None   # "dont le journal X, le club a…": not an apposition to X
        if beside is not None and want == "ORG" and noun not in _NOUN_KIND and introduced.get(beside) \
                and all(_NOUN_KIND.get(n) == "advice" for n in introduced[beside]):
            beside = None   # (s31-coref31) "Défendu par Me X, associé du cabinet Y, le groupe de Z a soutenu…": the
            # adviser a fronted phrase names is no company noun's apposition; the clause's subject is another actor
        if beside is not None and index.kinds.get(at) == "name" and index.entities[beside].type in types:
            # "Paul Verdier, le président et cofondateur du fonds": an apposition names its own referent
            _add(doc, index, mentions, start, _descriptor_end(tok), beside, "descriptor", head=tok.i)
            if not _in_oblique(tv[at]) and not any(c.dep_ == "case" for c in tv[at].children):
                note_role(index, tv, tok.i, beside)   # (s33-descr33) "X, le distributeur stéphanois": that role is X's
            if want == "ORG":
                _note_places(origins, beside, tv[tok.i + 1:tok.i + 3])   # "X, le groupe lyonnais, …"
            continue
        det_gender = dets[0].morph.get("Gender") if dets[0].i != tok.i else ()
        gender = (det_gender or tok.morph.get("Gender") or [None])[0] if want == "PER" else None
        concerned = low in ("intéressé", "intéressée")
        if concerned:   # "l'intéressée": its own ending says the gender; "ce que l'intéressé dément", the
            gender = "Fem" if low.endswith("ée") else "Masc"   # one its own sentence spoke of
        place = _place_of(tok) if want == "ORG" else _person_place(tok) if want == "PER" else None
        town = want == "ORG" and place is None and _town_place(tok, index)
        if town:
            place = town   # (s26-coref26b) "le géant de Shenzhen": that town's country
        # (s22-coref22) "l'Américain", "le danois": the noun is the country; only an actor the text said was from
        # there (checked below)
        demonym = place_key(low) if low in countries_by_adjective() else None
        place = demonym or place
        if low in _REGULATOR_NOUNS and any(_regulated_field(tok, c, index) for c in tok.children):
            # (s25-coref25) "le gendarme des télécoms", "le régulateur du secteur": the last body named before whose
            # name says it regulates ("Autorité …", "Commission …") that field, whatever type the NER gave it (a
            # company's or a state's name nearer is no regulator); no such body, no one (the bare "le régulateur"
            # is read below, as before)
            field = next((c.lower_ for c in tok.children if _regulated_field(tok, c, index)), None)
            fitting = [n for j, n in named if j < tok.i and j not in sources
                       and index.entities[n].type in ("GOV", "ORG") and _fits_noun(n, "régulateur", introduced)
                       and _field_fits(n, field)]
            if fitting:
                descriptor(dets[0], _descriptor_end(tok), fitting[-1], tok)
            continue
        name = antecedent(tok.i, types, noun=noun, gender=gender, same_sentence=concerned, place=place)
        if concerned:   # (s35-refs35) the one spoken of in the sentence before, not the one who spoke
            name = concerned_person(tv, tok, index, sent_of, name,
                                    lambda n: _said_gender(index, n, doc) in (None, gender)
                                    and _first_name_gender(index, n, doc) in (None, gender))
        run_unknown = False
        if name and want == "ORG":
            accuser, accused = _controlling_clause_subject(tv, tok, index)
            if accused and name not in (own := _companies_of(doc, index, accused, holders, tok.i)) and own:
                # (s25-coref25) "A accuse X de gérer l'entreprise": the company the text said X heads (of
                # several, none: not a guess among them)
                name = next(iter(own)) if len(own) == 1 else None
            elif accused and not own and tok.head.lemma_ in _RUN_VERBS:
                name = None   # ("… de gérer l'entreprise": X's company, which the text did not say before; no guess)
                run_unknown = True
            elif name in accuser:
                # (the company X is said to run is not A, the accuser: A's own would be "son entreprise")
                name = None
        elaborated = _colon_subject(tv, tok.i, index, "PER") if want == "PER" and name else None
        if elaborated and _said_gender(index, elaborated, doc) in (None, gender):
            # (s22-coref22) "X poursuit sa guérilla : l'ancien PDG, qui …": X, whose clause the colon closes
            # (the title's other holders are then no bar, nor X being that clause's subject)
            name, holding = elaborated, set()
        else:
            elaborated = None
        if led_person is not None:
            # (s19-coref) "le groupe dirigé par X", "le groupe fondé par son père X": the company X heads or
            # founded, not the last one named
            # (a first guess the text already called by the descriptor's place adjective stays: "le groupe
            # francilien, dirigé par X")
            placed = bool(place and name and _place_fit(place, origins.get(name, set())) > 0)
            guess = name
            name = _leader_company(doc, tok, index, led_person, holders, name, introduced, placed)
            led = name is not None
            rejected = name is None   # (no fallback guess: after a wrong first one, or none, only the topic)
            if guess is None and index.topic and index.entities[index.topic].type == "ORG" \
                    and not _introduced_as_other_kind(index.topic, noun, introduced):
                # "La start-up fondée par X et Y annonce…" opening the story: the company it is about
                name = _leader_company(doc, tok, index, led_person, holders, index.topic, introduced, placed)
        else:
            led = rejected = False
            titled = _person_of_title(tok, index) if want == "ORG" and tok.dep_ == "nmod" else None
            if titled is not None:
                # (s19-coref) "Le fondateur de Y, X, … Le patron de l'hébergeur lillois accuse…": the title's
                # person was linked to X; the company is the one X is said to head or found, when only one
                own = _companies_of(doc, index, titled, holders, tok.i)
                if len(own) == 1:
                    name = next(iter(own))
        if want == "PER" and name and not concerned and gender and dets[0].i != tok.i \
                and not demonstrative_det(dets[0]) and noun not in introduced.get(name, ()) \
                and _subject_like(tok, dets[0]) and _opens_paragraph(tv, para_of, tok) \
                and not any(c.lower_ in ("autre", "second", "seconde") for c in tok.children):   # ("l'autre candidat")
            # "¶ Loin de prendre sa retraite, l'ancien patron fonde…": a person noun, the subject of a
            # paragraph's first sentence, takes the portrait's or obituary's person up again, over another
            # person of the story named in the paragraph before (not one the noun itself introduced)
            topic = _topic_person(index, sent_of)
            if topic and topic != name and _person_gender(index, topic, doc) == gender:
                name = topic
        if want == "ORG" and (noun in _GENERIC_ORG_NOUNS or _NOUN_KIND.get(noun) == "maker") and _family_adjective(tok):
            # "l'entreprise familiale", "le groupe familial": the company named after a family the text names
            # (not "la holding familiale": the family's holding, whose name says so)
            name = _family_company(tv, tok, index, named) or name
        if name and noun in _STATE_NOUNS and not _is_state(name) and name in _local_places(doc, index):
            name = None   # "le gouvernement" is a state's, not a département's or a city's ("député de la Gironde")
        if noun == "famille" and name and not _fits_noun(name, noun, introduced):
            # "la famille" is a family named so ("la famille Orsini"), never the company it owns
            fitting = [n for j, n in named if j < tok.i and index.entities[n].type in types
                       and _fits_noun(n, noun, introduced)]
            name = fitting[-1] if len(set(fitting)) == 1 else None
        if holding and name not in holding:
            name = None   # several hold that office: not someone else, nor a guess between them
        if name and (noun in _AFFINITY or (types == {"ORG"} and noun not in _GENERIC_ORG_NOUNS)) \
                and not _fits_noun(name, noun, introduced) and head_picked.get(tok.i) != name \
                and not (noun == "parti" and any(c.lower_ in _RULING_PARTY_ADJECTIVES for c in tok.children)):
            # ((s22-types22) "le parti présidentiel", "le parti majoritaire": a party called by its place in
            # power, not by a kind its name says; a name holding "Parti" does not fit it better than the
            # party just named)
            # "Kilmer Sports … l'ASSE … X, président de Kilmer Sports, prend la présidence du club": a
            # kind noun ("le club", "le fonds") is the last actor whose name or introduction says so,
            # when there is one, rather than a nearer actor of another kind
            # ((s19-coref2) not a name only a table row gives, before the running text names it)
            fitting = [n for j, n in named if j < tok.i and j not in sources and index.entities[n].type in types
                       and not (j in in_table and prose_first.get(n, tok.i) >= tok.i)
                       and _fits_noun(n, noun, introduced)]
            if fitting:
                name = fitting[-1]
        if want == "ORG" and not led and dets[0].i != tok.i:
            # (s37-desc37) "X, la holding qui … le fonds Z … de la holding": the one actor the text called by that noun
            name = called_by_noun(tv, tok, name, index, named, attached37, types, weak_nouns())
        if name is None and tok.i in owner_passed:
            # (s31-coref31) "X Sports rachète le club Y. X Sports promet … à la tête du club": the club the text named
            # further back, over its owner in reach (as a kind noun's last fitting actor, above)
            fitting = [n for j, n in named if j < tok.i and j not in sources and index.entities[n].type in types
                       and not (j in in_table and prose_first.get(n, tok.i) >= tok.i)
                       and _fits_noun(n, noun, introduced)]
            if fitting:
                name = fitting[-1]
        demonstrative = dets[0].lower_ in ("ce", "cet", "cette")
        if name is None and dets[0].i != tok.i and not demonstrative and not rejected and not run_unknown:
            # (not for "le groupe dirigé par X" whose first guess _leader_company turned down)
            # none within reach: the one actor this noun introduced earlier ("l'armateur X … l'armateur
            # marseillais"), else the article's main organisation
            earlier = {n for n, nouns in introduced.items() if noun in nouns and index.entities[n].type in types}
            # (or the one actor whose name says it is such a thing: "la communauté d'agglomération du X …
            # l'intercommunalité", far on in the article)
            # ((s19-coref2) not a name only a table row gives: "| X Bank Investment | 2,8 % |" is no "la
            # banque" the running text speaks of)
            fitting = {n for j, n in named if j < tok.i and j not in sources and index.entities[n].type in types
                       and not (j in in_table and prose_first.get(n, tok.i) >= tok.i)
                       and _fits_noun(n, noun, introduced)} if not earlier and noun in _AFFINITY else set()
            if not earlier and _NOUN_KIND.get(noun) == "maker":
                # "la start-up X … l'entreprise": the one actor a noun of the same kind introduced
                earlier = {n for n, nouns in introduced.items() if index.entities[n].type in types
                           and any(_NOUN_KIND.get(k) == "maker" for k in nouns)
                           and not any(_NOUN_KIND.get(k) not in (None, "maker") for k in nouns)}
            if len(earlier) == 1:
                name = next(iter(earlier))
            elif len(fitting) == 1:
                name = next(iter(fitting))
            elif not earlier and index.topic and index.entities[index.topic].type in types \
                    and not _club_for_maker(index.topic, noun) \
                    and not _introduced_as_other_kind(index.topic, noun, introduced) \
                    and not (index.topic in listed and noun not in introduced.get(index.topic, ())):
                name = index.topic
        if noun == "famille" and name and not _fits_noun(name, noun, introduced):
            name = None   # (nor the main organisation the fallback gives)
        if name and want == "ORG" and noun not in _FAMILY_NOUNS and name.lower().startswith(_FAMILY_NAME_OPENERS):
            name = None   # (s26-coref26) "l'éditeur", "le groupe": a company, never "la famille X" that runs it
        if place:
            name = _placed(place, name, origins, named, tok.i, types, index)
            if foreign(place) and not demonym and not town:
                # (s39-desc39) "le constructeur allemand", "la banque milanaise": an actor the text said was from
                # there, else the one actor of the two sentences it said nothing against; several, no guess
                set_on = introducers_before(tv, index, tok.i)
                guess = name
                name = foreign_pick(
                    tv, tok.i, name, types, index, sent_of, lambda n: _place_fit(place, origins.get(n, set())),
                    lambda j: j in sources or index.by_token.get(j) in things or (
                        sent_of[j] == sent_of[tok.i] and _binds(doc, j, tok.i, index)),
                    lambda n: (_said_gender(index, n, doc) in (None, gender) if index.entities[n].type == "PER"
                               else not _introduced_as_other_kind(n, noun, introduced)),
                    lambda n: bool(noun) and (_kind_words(set(n.lower().split()), noun) or noun in n.lower().split()
                                              or noun in attached37.get(n, ()) or noun in set_on.get(n, ())))
                if name is not None and name == guess and _place_fit(place, origins.get(name, set())) == 0:
                    unplaced.add(tok.i)   # (kept though the text said nothing of its place: learn no place from it)
                if name is None:
                    index.place_refused.add(tok.i)   # (no one: nor the story's company by a slot's fallback)
        if town and name and _place_fit(town, origins.get(name, set())) <= 0:
            # (s26-coref26b) a town complement names the company's seat: only the one actor the text said was from
            # there, no guess among actors it said nothing of ("Le groupe de Barcelone dément", after a fund
            # named as the accuser: not the fund)
            name = None
        if demonym and name and _place_fit(demonym, origins.get(name, set())) <= 0:
            name = None   # (s22-coref22) a nationality noun is no actor the text did not say was from there
        if name and want == "ORG" and (kind_clash(name, descriptor_noun(tv, tok.i), introduced, apposed,
                                                  index.__dict__.get("described", {}), kinds35)
                                       or size_clash(name, noun, introduced, apposed,   # (s39-desc39) "la jeune
                                                     index.__dict__.get("described", {}))):   # pousse" ≠ "le géant"
            name = None   # (s35-refs35) "« Le groupe a touché … »" after "La CFDT, deuxième syndicat du site": no union
        if name and want == "ORG" and _apposed_as_other_kind(name, noun, apposed, introduced):
            # the one organisation named before that a noun of the descriptor's kind introduced ("la jeune
            # pousse X"), else no one
            kind = _NOUN_KIND.get(noun)
            same = {n for j, n in named if j < tok.i and n != name and index.entities[n].type in types
                    and any(_NOUN_KIND.get(w) == kind and w not in _GENERIC_MAKER_NOUNS
                            for w in introduced.get(n, ()))}
            name = next(iter(same)) if len(same) == 1 else None
        if want == "PER" and name and not place and tok.i + 1 < len(tv) and tv[tok.i + 1].is_lower:
            # (s26-coref26) a French region's or town's adjective after a person descriptor ("le milliardaire
            # breton") picks no one (it says too little), but it is no person the text said was from another
            # country ("le milliardaire tchèque X"): no one rather than him
            local = _place_of(tok)
            if local and _place_fit(local, origins.get(name, set())) < 0:
                name = None
        if name and want == "ORG" and _owns_target(tv, tok):
            # "Le groupe lyonnais, qui détient 9,8 % du capital de sa cible, …": the one whose target it is
            # is the bidder, never the target itself (the article's main company, often)
            target = _bid_side(doc, tok, index, True, own=True) or index.offer_target(tv)
            if name == target:
                bidder = _bid_side(doc, tok, index, False, own=True)
                name = bidder if bidder and bidder != target and index.entities[bidder].type in types else None
        role_fit = None
        if want in ("ORG", "GOV") and not demonstrative and not led:
            # (s33-descr33) the role the text gave before, over a pick the noun does not fit; a pick the noun, its
            # trade or its place fits gives the role for the same noun later
            def role_fit(n):
                return _fits_noun(n, noun, introduced) or (place and _place_fit(place, origins.get(n, set())) > 0) \
                    or _trade_fit(n, _descriptor_families(tv, tok.i), introduced, apposed,
                                  index.__dict__.get("described", {})) > 0
            name = same_role(tv, tok.i, name, index, types, role_fit)
        if name and "ORG" in types and not concerned and name in _named_after_in_sentence(tv, tok.i, index):
            name = None   # (nor one its own sentence names further on: "Le groupe, qui détient 9 % de X")
        # (the subject may itself be a second reference: "Le fonds reproche au PDG de la société…")
        if name and name != elaborated and any(index.by_token.get(j) == name and index.kinds.get(j) in ("name", "introducer", "descriptor",
                                                                                   "pronoun")
                        and _binds(doc, j, tok.i, index) for j in range(tok.sent.start, dets[0].i)):
            name = None   # "X est une filiale du groupe…": the clause's own subject is not its complement
        # ("ce polytechnicien", "cette quinquagénaire": a person noun with a demonstrative is the person
        # just spoken of, as the article has it)
        if name and not led and (dets[0].i == tok.i or demonstrative and want != "PER") \
                and not (want == "PER" and dets[0].i == tok.i and _fused_verb_argument(tok)) and not (
                noun in introduced.get(name, ()) or _kind_words(set(name.lower().split()), noun)
                or (place and _place_fit(place, origins.get(name, set())) > 0)
                or (name == index.topic and not demonstrative)
                or (not demonstrative and name in all_subjects and _kind_adjective(tok))):
            # "du club" with no article of its own, "ce groupe" (often a company just described, not
            # named): only an actor already called so
            name = None
        if name and kind and _body_kind(name) not in (None, kind[0]):
            name = None   # "la mairie" is no region, "la région" no town
        if name in things and want == "ORG":
            name = None   # (s29-coref29) (whichever way it was found)
        if name and _NOUN_KIND.get(noun) == "sport" and (towns := [c for c in tok.children if _town_child(tok, c, index)]) \
                and not any(c.lower_ in name.lower().split() for c in towns):
            name = None   # (s29-coref29) "le club portugais de Y", "l'équipe de Y": a team its town names, no other
        if name and (name in authorities and _business_noun(noun)
                     or _name_says_other_kind(set(name.lower().split()), noun)):
            name = None   # (s29-coref29) whichever way it was found: a regulator set beside its name is no club
        if name and (_named_as_other_kind(name, noun) or (noun in _COMPANY_NOUNS and (
                _civic_actor(name) or name.split()[0].lower() in _PUBLIC_FIRST_WORDS)) or (
                noun in _TEAM_NOUNS and name.split()[0].lower() in _PUBLIC_FIRST_WORDS | _GOVERNING_FIRST_WORDS)):
            # ((s28-party28) nor "le club" the body that governs or sanctions it: "la Direction nationale du
            # contrôle de gestion a confirmé la rétrogradation … Le club a annoncé")
            # ((s23-coref23) nor a regulator, a court, a ministry: "… validée par l'ACPR. X avait déjà quitté
            # le groupe en mars")
            name = None   # (whichever way it was found: "la holding" is no "Coopérative de Y", "le groupe" no union)
        if name and want == "PER" and title_clash(tv, tok, name, index):
            name = None   # (s34-coref34) a title of another office than the ones the text gave that person
        if name and want == "PER" and former_title_rival(tv, tok, name, index, sent_of):
            name = None   # (s35-refs35b) a former title: not one the text called otherwise, beside an untitled rival
        if name and want == "ORG" and name in relative_antecedent(tv, tok.i, index):
            name = None   # (s38-refs38) "X, où la banque se heurte à …": not X, whichever way it was found
        if name and tok.i in tied_pick and tied_pick[tok.i] == name:
            # (s23-ambig23) two actors of one sentence fit the descriptor equally and the text marks neither
            # (neither a subject, nor called by its noun, adjective or place when the other is not): a tie to
            # the guess is worse than none (pools: such picks were wrong 13 times in 19; -6 false ties, 0 true)
            name = None
        if want == "ORG":
            framed = framed_party(tv, tok.i, index, para_of)   # (s38-prof38) "Dans les rangs de X, … Le secrétaire
            if framed is not None and index.entities[framed].type == "ORG":   # général du parti": X's, whichever
                name = framed   # party the scorer picked
        if name:
            if role_fit is not None and role_fit(name):
                note_role(index, tv, tok.i, name)   # (s33-descr33)
            _add(doc, index, mentions, dets[0].i, _descriptor_end(tok), name, "descriptor", head=tok.i)
            if place and tok.i not in unplaced:
                origins.setdefault(name, set()).add(place)   # "la start-up lyonnaise … la start-up lyonnaise"
            if dets[0].i != tok.i:
                introduced.setdefault(name, set()).add(noun)   # "le gouvernement allemand … du gouvernement"
            if _subject_like(tok, dets[0]):
                # "La start-up n'a pas commenté. Son PDG…": the chain goes on through the descriptor
                subjects_by_sent.setdefault(sent_of[tok.i], []).append((tok.i, name))
                all_subjects.add(name)
    # (s28-party28) sentences whose main clause's subject is an actor's noun left unresolved ("Le club a annoncé …"):
    # a possessive in the next sentence is that actor's, not the sentence's one other name (EntityIndex.antecedent)
    descriptors = _descriptors()
    unnamed = [t for t in tv if t.dep_ == "nsubj" and t.pos_ == "NOUN"
               and t.head.dep_ == "ROOT" and t.head.pos_ in ("VERB", "AUX")
               and t.i not in index.by_token and descriptors.get(t.lower_) in ("ORG", "GOV")
               and any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in t.children)
               # (not a noun introducing a name: "Le négociant en céréales X reste …"; a name in an aside set off
               # by a comma does not name it: "Le leader du secteur, contrôlé par le fonds X, a racheté …")
               and not any(k in index.by_token for k in range(t.left_edge.i, subject_close(tv, t)))]
    index.unnamed_subject_sents = {sent_of[t.i] for t in unnamed}
    index.unnamed_subject_toks = {t.i for t in unnamed}   # (s38-refs38: a possessive after it in its sentence)
    # (s21-coref21) the subjects of a sentence's relative clauses ("— une discrimination que dénonce X —, le parti a
    # dû …"), in a sentence with other subjects: not what a possessive opening the next sentence points back to
    # when the main clause's subject is there (EntityIndex.antecedent). (Not a "tandis que" clause's: "A a vendu…,
    # tandis que B a fermé… . Son PDG" is either.)
    index.side_subjects = {j for subs in subjects_by_sent.values() if len(subs) > 1 for j, _ in subs
                           if _relative_clause_subject(tv, j, index) and not _main_subject(tv, j, index)}
    # (s27-coref27) the subject of a "dont"/"que" relative on a name: a possessive after the clause is the name's
    index.relative_heads = _relative_heads(tv, index, named) if "dont" in lower_words_of(doc) \
        or "que" in lower_words_of(doc) else {}
    _late_titles(doc, index, mentions, sent_of)   # "la présidente de Y": Y's head or founder, named by a verb
    from .titles32 import link_government_nouns, link_org_titles   # (s32-coref32) "le président de Y": who the text says holds it
    link_org_titles(doc, index, mentions, sent_of)
    from .titles37 import link_titles37   # (s37-titles37) "C'est une victoire pour X. Le directeur général de Y…": X
    link_titles37(doc, index, mentions, sent_of)
    link_government_nouns(doc, index, mentions)   # (s32-coref32) "l'exécutif": the government the text names
    from .quoted_we import link_quoted_we   # (speech2) "nous", "notre", "je" in attributed quotes
    link_quoted_we(doc, index, mentions)
    return mentions


def _relative_heads(tv, index, named) -> dict[int, tuple[str, int, int]]:
    """(s27-coref27) "la Fédération X, dont Y est membre : son président, Z …", "la société X, dont le fonds Y
    détient 30 %, a vu son directeur partir": the subject of a relative clause that "dont"/"que" opens right after
    a name (and its comma) is not what a possessive after the clause points at; the name the clause hangs on is.
    Name token of the clause's subject → (the head name, its token, the token that closes the clause: the first
    comma, colon or semicolon after a verb of the clause). Read on the surface: the parser often breaks such
    a sentence ("membre" as its root)."""
    out: dict[int, tuple[str, int, int]] = {}
    n = len(tv)
    for j, name in named:
        if index.kinds.get(j) != "name" or (index.by_token.get(j - 1) == name and index.kinds.get(j - 1) == "name"):
            continue
        k = j - 1
        while k > 0 and (index.kinds.get(k) == "introducer" or tv[k].pos_ == "DET") and k > j - 4:
            k -= 1   # ("dont le groupe Y")
        if k < 2 or tv[k].lower_ not in ("dont", "que", "qu'", "qu’") or tv[k - 1].text != ",":
            continue
        h = k - 2
        if tv[h].text == ")":   # ("la Fédération X (FX), dont …": past its acronym in brackets)
            h = next((m - 1 for m in range(h - 1, max(h - 5, 0), -1) if tv[m].text == "("), h)
        head = index.by_token.get(h)
        if head is None or head == name or index.kinds.get(h) != "name":
            continue
        while h > 0 and index.by_token.get(h - 1) == head:
            h -= 1
        verb, end = False, None
        for m in range(j + 1, min(j + 25, n)):
            if tv[m].is_sent_start:
                break
            if tv[m].pos_ in ("VERB", "AUX"):
                verb = True
            elif verb and tv[m].text in (",", ":", ";"):
                end = m
                break
        if end is not None:
            for m in range(k + 1, j + 1):   # (the name, and its introducing noun, which a slot may give)
                if index.by_token.get(m) == name:
                    out[m] = (head, h, end)
    return out


# ---- (s20-coref3) "l'industriel": a company, or the businessman the story is about

_PERSON_OR_FIRM = frozenset({"industriel", "industrielle"})


def _businessman_story(doc, introduced, index) -> bool:
    """The text calls someone "le milliardaire" or "l'homme d'affaires" and introduces no company as "l'industriel
    X": its "l'industriel" is that businessman (the press's second reference to a tycoon), not a firm."""
    words = lower_words_of(doc)
    if "milliardaire" not in words and "milliardaires" not in words and not ("homme" in words and "affaires" in words):
        return False
    return not any(index.entities[n].type == "ORG" and nouns & _PERSON_OR_FIRM for n, nouns in introduced.items())


def _person_last_named(tok, index, sent_of) -> bool:
    """The last actor named before the descriptor, in its sentence or the one before, is a person ("la
    commission a auditionné X. L'industriel breton…"), not a company the text has gone on to ("… a porté
    plainte contre Y. La fédération a accusé l'industriel…")."""
    s = sent_of[tok.i]
    for j in range(tok.i - 1, -1, -1):
        if sent_of.get(j, -9) < s - 1:
            return False
        n = index.by_token.get(j)
        if n is not None and index.entities[n].type in _ACTOR_TYPES:
            return index.entities[n].type == "PER"
    return False


# ---- (s20-coref3) "le chef de l'État" as an object or a complement

def _bare_head_of_state(tok) -> bool:
    """"le chef de l'État", "l'ancien président de la République": the title of a head of state with no
    country named (no adjective: "le chef de l'État angolais" names its state)."""
    low = tok.lower_
    if low not in ("chef", "cheffe", "président", "présidente"):
        return False
    want = ("etat", "état") if low in ("chef", "cheffe") else ("république",)
    return any(c.dep_ == "nmod" and c.lower_ in want and c.i == tok.i + 3
               and not any(k.dep_ == "amod" or k.dep_ == "nmod" for k in c.children) for c in tok.children)


def _described_name(tv, index, j: int, n: str) -> bool:
    """The name at j is set beside a description ("Directeur de Y, X analyse", "X, son rival, …"): the text
    introduces that person, as it never does a head of state everyone knows."""
    if tv[j].dep_ == "appos":
        return True
    e = j
    while e + 1 < len(tv) and index.by_token.get(e + 1) == n:
        e += 1
    return e + 3 < len(tv) and tv[e + 1].text == "," and tv[e + 2].pos_ == "DET" and tv[e + 3].pos_ in ("NOUN", "ADJ")


def _head_of_state(doc, tok, det, index, named, holders) -> str | None:
    """The person "le chef de l'État" stands for when it is no clause's subject: the first person the text
    names bare (the press gives the head of state no title nor description), in its title or its first two
    paragraphs (a head of state a story turns on is named early), neither given an office by the text
    (holders), nor the clause's own subject, nor a person it speaks of by pronouns (a portrait's subject),
    nor of the other gender."""
    tv = tokens_of(doc)
    said = (det.morph.get("Gender") or [None])[0] if det.i != tok.i else "Masc"
    titled = {h[1] for h in holders if h[0] < tok.i and "chef de l'état" not in h[2]}
    start = tok.sent.start
    bound = {index.by_token[j] for j in range(start, det.i) if j in index.by_token and _binds(doc, j, tok.i, index)}
    spoken = {index.by_token[j] for j in index.by_token if j < tok.i and index.kinds.get(j) == "pronoun"
              and tv[j].lower_ in ("il", "elle")}
    para_of = index.para_of
    early = para_of[0] + 1 if para_of else 1
    described = set()
    fit: dict[str, int] = {}   # person → where first named
    for j, n in named:
        if j >= tok.i:
            break
        if index.kinds.get(j) != "name" or index.entities[n].type != "PER" or index.by_token.get(j - 1) == n:
            continue   # (a name once, at its first word)
        if _described_name(tv, index, j, n):
            described.add(n)
        if n not in fit and n not in titled and n not in bound and n not in spoken \
                and (said is None or _said_gender(index, n, doc) in (None, said)):
            fit[n] = j
    fit = {n: j for n, j in fit.items() if n not in described}
    if not fit:
        return None
    first = min(fit, key=fit.get)
    # (named later than the first two paragraphs: only when no other person fits)
    return first if para_of[fit[first]] <= early or len(fit) == 1 else None


# ---- "y" for a board: "Le conseil change de visage. X y fait son entrée"

_BOARD_NOUNS = frozenset({"conseil", "directoire", "comité", "board"})
_BOARD_VERBS = frozenset({"siéger", "entrée", "entrer", "représenter", "représenté", "représentée", "obtenir",
                          "nommer", "nommé", "nommée", "élire", "élu", "élue", "coopter", "coopté", "cooptée", "rejoindre"})


def _board_company(doc, tok, index, sent_of) -> str | None:
    """The organisation whose board a "y" stands for: the clause of "y" speaks of sitting or entering
    ("y siéger", "y faire son entrée", "y être représenté", "n'y obtenir aucun siège"), and the sentence
    before (or its own) speaks of a board: its "de Y", its possessive's owner, else the article's company."""
    verb = tok.head
    words = {verb.lemma_.lower(), verb.lower_} | {c.lower_ for c in verb.children} | {c.lemma_.lower() for c in verb.children}
    if not words & _BOARD_VERBS and "siège" not in words:
        return None
    tv = tokens_of(doc)
    s = sent_of[tok.i]
    for k in range(tok.i - 1, -1, -1):
        if sent_of.get(k, -1) < s - 1:
            break
        t = tv[k]
        if t.lemma_.lower() not in _BOARD_NOUNS or t.pos_ != "NOUN":
            continue
        if t.lemma_.lower() == "conseil" and any(c.lower_ in ("ministres", "municipal", "régional", "constitutionnel", "d'état")
                                                 for c in t.children):
            return None
        org = next((o for c in t.children if c.dep_ == "nmod" and c.i > t.i and (o := _org_of(c, index))), None)
        if org:
            return org
        det = next((c for c in t.children if c.dep_ == "det"), None)
        if det is not None and "Yes" in det.morph.get("Poss"):
            owner = index.antecedent(det.i, types=("ORG",))
            return owner[0] if owner else None
        if det is not None and det.lower_ in _DEFINITE and index.topic and index.entities[index.topic].type == "ORG":
            return index.topic
        return None
    return None


# ---- titles standing alone, once the descriptors are linked: the person a verb made the head

_HEAD_TITLE_OFFICES = frozenset({"président", "directeur général", "patron"})


def _org_of(tok, index) -> str | None:
    """The organisation a token stands for, or the first one in its phrase ("l'entreprise", "de Y")."""
    for t in [tok, *tok.subtree]:
        n = index.by_token.get(t.i)
        if n and index.entities[n].type in ("ORG", "GOV"):
            return n
    return None


def _org_or_topic(tok, index) -> str | None:
    """The organisation a token stands for; an unlinked "l'entreprise", "la jeune pousse" that describes
    a company is the article's company."""
    org = _org_of(tok, index)
    if org is None and index.topic and tok.pos_ in ("NOUN", "VERB") and _descriptor_type(tok) == "ORG" \
            and tok.i >= 1 and any(tokens_of(tok.doc)[k].lower_ in _DEFINITE for k in range(max(tok.i - 2, 0), tok.i)):
        org = index.topic
    return org


def _heads_and_founders(doc, index, before: int) -> list[tuple[str, str, str]]:
    """(person, organisation, "head" or "founder") for each person named before token ``before`` whom a
    verb or a noun ties to an organisation: "X, qui préside Y", "Y, dirigée par X", "X, à la tête de Y",
    "Y, fondée par X et Z", "X, cofondatrice de Y"."""
    tv = tokens_of(doc)
    lex = lexicon()
    heads, founders = set(lex.get("head_verbs", ())), set(lex.get("founder_words", ()))
    out = []
    for j, person in sorted(index.by_token.items()):
        if j >= before:
            break
        if index.kinds.get(j) != "name" or index.entities[person].type != "PER" or index.by_token.get(j - 1) == person:
            continue
        t = tv[j]
        for _ in range(4):   # up from the name, through its own words and conjuncts, to the cue
            if t.head.i == t.i:
                break
            rel, t = t.dep_, t.head
            low, lemma = t.lower_, t.lemma_.lower()
            kind = "head" if (low in heads or lemma in heads) else "founder" if (low in founders or lemma in founders) else None
            if kind is None:
                if rel in ("flat:name", "conj", "appos") or t.i in index.by_token:
                    continue
                break
            org = None
            if t.pos_ in ("NOUN", "PROPN"):   # "cofondatrice de Y", "à la tête de Y"
                org = next((o for c in t.children if c.dep_ == "nmod" and c.i > t.i and (o := _org_of(c, index))), None)
            elif rel in ("obl:agent",) or t.dep_ == "acl":   # "Y, dirigée par X", "la start-up fondée par X"
                org = _org_of(t.head, index) if t.dep_ in ("acl", "acl:relcl") else next(
                    (o for c in t.children if c.dep_ in ("nsubj:pass", "nsubj") and (o := _org_of(c, index))), None)
            elif rel in ("nsubj",):   # "X préside Y", "X a fondé Y"
                org = next((o for c in t.children if c.dep_ == "obj" and (o := _org_of(c, index))), None)
                if org is None and t.dep_ == "acl:relcl" and any(c.dep_ == "obj" and c.lower_ in ("que", "qu'", "qu’")
                                                                 for c in t.children):
                    org = _org_of(t.head, index)   # (s32-coref32) "Y, que dirige X" (the subject after the verb)
            elif t.dep_ == "acl:relcl":   # "Y, que X dirige"
                org = _org_of(t.head, index)
            if org is None and rel == "obl:agent" and t.i == t.sent.start:
                # "Fondée en 2021 par X et Z, la start-up …": the company the sentence then speaks of
                org = next((o for k in range(j + 1, t.sent.end) if tv[k - 1].text == ","
                            and tv[k].lower_ in _DEFINITE for x in tv[k + 1:k + 3] if (o := _org_or_topic(x, index))), None)
            if org and org != person:
                out.append((person, org, kind))
            break
    for t in tv[:before]:
        # "…, explique X, qui préside l'entreprise" (the relative often hung on the verb): the name
        # right before ", qui"
        if (t.lemma_.lower() in heads or t.lower_ in heads) and t.pos_ == "VERB":
            who = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ == "qui"), None)
            if who is None or who.i < 2 or tv[who.i - 1].text != ",":
                continue
            person = _is_person_name(index, who.i - 2)
            org = next((o for c in t.children if c.dep_ == "obj" and (o := _org_or_topic(c, index))), None)
            if person and org:
                out.append((person, org, "head"))
    return out


_SUCCESSION_VERBS = frozenset({"succéder", "remplacer"})


def _predecessors(doc, index, before: int) -> set[str]:
    """The persons named before token ``before`` as the one another succeeds or replaces: "X succède à
    Y", "X remplace Y" (Y), in a sentence naming no organisation but the article's company."""
    tv = tokens_of(doc)
    out = set()
    for t in tv[:before]:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _SUCCESSION_VERBS:
            continue
        orgs = {index.by_token[j] for j in range(t.sent.start, t.sent.end) if j in index.by_token
                and index.entities[index.by_token[j]].type in ("ORG", "GOV")}
        if orgs - {index.topic}:
            continue
        for c in t.children:
            if c.dep_ in ("obj", "obl:arg", "iobj", "obl") and (c.dep_ == "obj") == (t.lemma_.lower() == "remplacer"):
                p = _is_person_name(index, c.i)
                if p:
                    out.add(p)
    return out


def _late_titles(doc, index, mentions, sent_of) -> None:
    """A head's title standing alone and still unlinked ("la présidente d'Oculéo", "son PDG", "la
    dirigeante"): the one person, of the title's gender, a verb made head of the title's organisation
    (its "de Y", the possessive's owner, else the article's company); failing a head, the one founder
    of that gender. Nothing for a former or future title, nor when the text names the holder itself."""
    if not index.by_token:
        return
    links = None
    tv = tokens_of(doc)
    for tok in map(tv.__getitem__, at_words(doc, _title_words(doc))):   # (_title_of is None for any other word)
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in index.by_token:
            continue
        title = _title_of(tok)
        if title is None or not title[0] & _HEAD_TITLE_OFFICES:
            continue
        dets = [c for c in tok.children if c.dep_ == "det"]
        if not dets or _named_after(tok, index) or _apposed(tok, dets[0], index) or _title_holder(tok, index):
            continue
        if any(c.dep_ == "amod" and (c.lower_ in _FUTURE or c.lower_ in _DEPUTY) for c in tok.children):
            continue
        org = _title_org(tok, index)
        if org == "?":
            org = next((o for c in tok.children if c.dep_ == "nmod" and c.i > tok.i and (o := _org_of(c, index))), None)
        elif org is None and "Yes" in dets[0].morph.get("Poss"):
            owner = index.antecedent(dets[0].i, types=("ORG", "GOV"))
            org = owner[0] if owner else None
        elif org is None and dets[0].lower_ in _DEFINITE:
            org = index.topic
        if not org or index.entities[org].type not in ("ORG", "GOV"):
            continue
        det_gender = dets[0].morph.get("Gender") if "Yes" not in dets[0].morph.get("Poss") else ()
        gender = (det_gender or (tok.morph.get("Gender") if tok.lower_ not in _EPICENE_TITLES else ()) or [None])[0]
        if title[1]:
            # "l'ex-patron", "l'ancien PDG" of the article's company: the one person the text said was
            # succeeded or replaced ("X succède à Y", "X remplace Y")
            if org == index.topic:
                people = {p for p in _predecessors(doc, index, tok.i)
                          if (_gender_of(index, p, doc) or _first_name_gender(index, p, doc)) in (gender, None)}
                if len(people) == 1:
                    _add(doc, index, mentions, dets[0].i, _descriptor_end(tok), next(iter(people)), "descriptor",
                         head=tok.i)
            continue
        if links is None:
            links = _heads_and_founders(doc, index, len(doc))
        here = {index.by_token[j] for j in range(tok.sent.start, tok.i) if index.kinds.get(j) == "name"}
        for kind in ("head", "founder"):
            people = {p for p, o, k in links if k == kind and o == org and p not in here
                      and min(j for j, n in index.by_token.items() if n == p) < tok.i}
            if gender:
                people = {p for p in people
                          if (_gender_of(index, p, doc) or _first_name_gender(index, p, doc)) in (gender, None)}
                if len(people) > 1:   # several: only the one the text or the first name says is of that gender
                    people = {p for p in people if (_gender_of(index, p, doc) or _first_name_gender(index, p, doc)) == gender}
            if len(people) == 1:
                _add(doc, index, mentions, dets[0].i, _descriptor_end(tok), next(iter(people)), "descriptor", head=tok.i)
                break
            if people:
                break   # several heads: not a guess between them


# ---- where a company is from: "le groupe lyonnais" is the one the text called lyonnais

_SEATED = frozenset({"baser", "basé", "basée", "établir", "établi", "établie", "installer", "installé", "installée",
                     "implanter", "implanté", "implantée", "enregistrer", "enregistré", "enregistrée", "domicilier",
                     "domicilié", "domiciliée", "immatriculer", "immatriculé", "immatriculée", "situer", "situé",
                     "située"})


def _place_of(tok) -> tuple | None:
    """The place adjective right after a descriptor ("le groupe lyonnais", "la société kirghize")."""
    tv = tokens_of(tok.doc)
    first = tok.i + 1 + compound_tail(tv, tok.i + 1)   # (s39-desc39) "l'homme d'affaires américain"
    for k in range(first, min(first + 2, len(tv))):
        if not tv[k].is_lower or tv[k].pos_ not in ("ADJ", "NOUN", "VERB", "PROPN"):
            break
        key = place_key(tv[k].lower_)
        if key:
            return key
    return None


def _other_country_holder(tok, held: str, origins: dict) -> bool:
    """(s22-coref22) A title with a country adjective ("le président français") is not the holder of that title
    the text said was from another country ("le président chinois X"): a head of state is his own country's."""
    place = _person_place(tok) if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_lower else None
    return bool(place and _place_fit(place, origins.get(held, set())) < 0)


def _company_demonym(tok, det) -> bool:
    """(s22-coref22) "le danois", "l'italien" in lower case, with its article and no name after it: a company
    the text named before by its country ("le groupe danois X", "l'italien X")."""
    return tok.is_lower and tok.lower_ in countries_by_adjective() and det.i == tok.i - 1 \
        and det.lower_ in ("le", "l'", "l’", "du", "au") and det.i != tok.i
    # ("la française", "les chinois": a woman, a people; the companies are "le", as "le groupe")


def _person_place(tok) -> tuple | None:
    """(s19-coref2) The country adjective after a person descriptor ("le milliardaire russe"): not a person
    the text introduced as from another country ("l'homme d'affaires américain X"). Countries only: a
    region's adjective ("l'industriel breton") says too little of where a person is from."""
    place = _place_of(tok)
    return place if place and place[0] == "country" else None


def _note_places(origins: dict, name: str, words) -> None:
    """Record the place adjectives among ``words`` (an introducer's, an apposition's) as ``name``'s origin."""
    for t in words:
        if t.is_lower:
            key = place_key(t.lower_)
            if key:
                origins.setdefault(name, set()).add(key)


def _origins(tv, named, index) -> dict[str, set]:
    """Where the text says each organisation is from, before any descriptor is read: a place adjective
    right before its name ("l'allemand X", "le lyonnais X", "le fabricant lyonnais X"), a country or capital after "basé(e)/
    établie/installé(e)/enregistrée à/en" right after it ("X, établie à Bichkek")."""
    out: dict[str, set] = {}
    n_doc = len(tv)
    for j, name in named:
        if index.kinds.get(j) != "name" or index.entities[name].type not in ("ORG", "PER"):
            continue
        if index.entities[name].type == "PER":
            # (s19-coref2) a person's country said right before the name: "l'homme d'affaires américain X",
            # "le milliardaire russe X", "l'américain X" (only before the first word of the name)
            if index.by_token.get(j - 1) != name and j >= 2 and tv[j - 1].is_lower \
                    and (tv[j - 2].lower_ in ("le", "la", "l'", "l’", "du", "au") or tv[j - 2].pos_ == "NOUN"):
                key = place_key(tv[j - 1].lower_)
                if key and key[0] == "country":
                    out.setdefault(name, set()).add(key)
            continue
        if tv[j].is_lower and index.by_token.get(j - 1) == name:
            # (s23-coref23) a town's adjective inside the name itself ("Olympique lyonnais", "Stade rennais"):
            # "le club londonien" is not that club
            key = place_key(tv[j].lower_)
            if key:
                out.setdefault(name, set()).add(key)
            continue
        if index.by_token.get(j - 1) != name and j >= 2 and tv[j - 1].is_lower \
                and (tv[j - 2].lower_ in ("le", "la", "l'", "l’", "du", "au", "les", "des", "aux")
                     or (tv[j - 2].is_lower and _introduces(tv[j - 2]))):   # ("le fabricant lyonnais X")
            key = place_key(tv[j - 1].lower_)
            if key:
                out.setdefault(name, set()).add(key)
        if index.by_token.get(j + 1) == name:
            continue
        k = j + 1
        if k < n_doc and tv[k].text == ",":
            k += 1
        if k + 2 < n_doc and tv[k].lower_ in _SEATED and tv[k + 1].lower_ in ("à", "en", "aux", "au"):
            key = place_of_town(tv[k + 2].text)
            if key:
                out.setdefault(name, set()).add(key)
    return out


def _place_fit(place, origins: set) -> int:
    """place_agreement, a foreign region's adjective read as its country's when the other side is a
    country: "le groupe californien" fits "l'américain X" (a French region's company is still no foreign
    one)."""
    regions = region_countries()
    if place[0] == "local" and place[1] in regions and any(o[0] == "country" or o[1] not in regions
                                                            for o in origins):
        # ((s23-coref23) or a French town's: "le club londonien" is no "Olympique lyonnais")
        place = regions[place[1]]
    if place[0] == "country":
        origins = {regions.get(o[1], o) if o[0] == "local" else o for o in origins}
    return place_agreement(place, origins)


def _placed(place, name, origins, named, i, types, index):
    """A descriptor with a place ("le groupe lyonnais"): not an actor the text said was from elsewhere;
    the one actor named before that the text said was from there, over one it said nothing of."""
    if name and _place_fit(place, origins.get(name, set())) < 0:
        name = None
    if name and _place_fit(place, origins.get(name, set())) > 0:
        return name
    there = {n for j, n in named if j < i and index.entities[n].type in types
             and _place_fit(place, origins.get(n, set())) > 0}
    if len(there) == 1:
        return next(iter(there))
    if there and name and _place_fit(place, origins.get(name, set())) == 0:
        # (s27-coref27) several actors the text said were from there, and a pick it said nothing of: the last
        # of them named ("… le sud-coréen X, filiale du groupe sud-coréen Y … son litige avec X … le groupe
        # coréen": X), over an actor the place does not fit
        return max((j, n) for j, n in named if j < i and n in there)[1]
    return name


# Trades of companies that make things: "l'industriel" after "le constructeur X" is most likely X.
_MAKER_TRADES = frozenset({"industriel", "constructeur", "fabricant", "équipementier", "motoriste", "avionneur",
                           "sidérurgiste", "cimentier", "chimiste", "verrier", "papetier", "sous-traitant"})


# Nouns any company is called by: "le groupe" may be any of them. A trade noun ("l'hébergeur",
# "l'intégrateur") is the actor it introduced earlier, when there is one, rather than a nearer one.
_GENERIC_ORG_NOUNS = {"groupe", "entreprise", "société", "firme", "compagnie", "start-up", "startup", "pousse",
                      "pépite", "licorne", "géant", "leader", "acteur", "spécialiste", "multinationale", "conglomérat",
                      "filiale", "maison-mère", "plateforme", "structure", "entité", "marque"}


# Words of a name that say it is a sports club (not the short, ambiguous ones: "AS", "US", "RC")
_CLUB_WORDS = frozenset(w for w in _AFFINITY["club"] if len(w) > 2)


def _club_for_maker(name: str, noun: str) -> bool:
    """A sports club's name for a company noun ("l'entreprise", "la société"): not what it names."""
    return _NOUN_KIND.get(noun) == "maker" and not _CLUB_WORDS.isdisjoint(name.lower().split())


# Words of a name that say it is a fund or a bank (not what "l'entreprise", "la PME" is).
# (and a holding's: "l'entreprise" is not "X Investissement", "X Participations", the family's holding)
_FINANCE_WORDS = frozenset(_AFFINITY["fonds"] | _AFFINITY["banque"] | {"investissement", "investissements",
                                                                         "participations"}) - {"gestion", "management"}


# Verbs whose subject puts money into another actor: "X accompagne l'opération", "X a investi dans Y",
# "X participe au tour de table". (Some only with a round or an organisation as complement: "Y investit
# dans une usine" is a company spending, not an investor; "participe" is the lemma the tagger gives at times.)
_INVESTOR_VERBS = frozenset({"accompagner", "souscrire", "co-investir", "coinvestir", "abonder"})
_INVESTOR_VERBS_WITH = frozenset({"investir", "participer", "participe", "mener", "financer", "prêter", "injecter", "remettre"})
_ROUND_WORDS = frozenset({"tour", "levée", "opération", "table", "financement", "série", "round", "pot"})


_RAISE_VERBS = frozenset({"lever", "réunir", "boucler", "finaliser"})


def _named_after_in_sentence(tv, i: int, index) -> set[str]:
    """The organisations a descriptor's own sentence names after it, other than by an apposition or
    right after the noun ("Le groupe savoyard, qui possède 9,8 % du capital de X", "La société a racheté
    X"): a description is not an actor its own sentence names further on as another."""
    tok = tv[i]
    if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.head.i == i:
        return set()   # (only a clause's subject: "X, président du club, et Y, directeur de Z": another clause)
    verb = tok.head
    found = set()
    for j in range(i + 1, tok.sent.end):
        name = index.by_token.get(j)
        if name is None or index.kinds.get(j) != "name" or j <= i + 3:
            continue   # ("le groupe lyonnais X": the name the noun introduces)
        t = tv[j]
        if t.head.i == i or t.dep_ == "appos":
            continue   # "L'entreprise, X, …": an apposition names its own referent
        if any(a.i == verb.i for a in t.ancestors):   # (in the subject's own clause)
            found.add(name)
    return found


def _relative_clause_subjects(tv, i: int, index) -> set[str]:
    """(s24-coref24) The actors named as the subject of a relative clause on the descriptor at token i ("la
    filiale, dont X conserve 70 %", "la société, que X dirige"): a relative clause's own subject is not what
    the clause's antecedent stands for."""
    found = set()
    for c in tv[i].children:
        if c.dep_ != "acl:relcl":
            continue
        for k in c.children:
            if k.dep_ in ("nsubj", "nsubj:pass") and k.i > i:
                name = index.by_token.get(k.i)
                if name is not None and index.kinds.get(k.i) in ("name", "introducer"):
                    found.add(name)
    # (the parse often hangs the clause on the main verb: ", dont X conserve" right after the noun and its
    # adjectives, X the clause's subject)
    k, n = i + 1, len(tv)
    while k < n and tv[k].pos_ == "ADJ" and tv[k].is_lower:
        k += 1
    if k + 2 < n and tv[k].text == "," and tv[k + 1].lower_ in ("dont", "que", "qu'", "qu’"):
        for m in range(k + 2, min(k + 5, n)):
            name = index.by_token.get(m)
            if name is not None:
                if index.kinds.get(m) in ("name", "introducer") and tv[m].dep_ in ("nsubj", "nsubj:pass", "flat:name"):
                    found.add(name)
                break
            if tv[m].pos_ not in ("DET", "NOUN"):
                break
    return found


def _colon_subject(tv, i: int, index, kind: str = "ORG") -> str | None:
    """The organisation (or actor of ``kind``) named as the subject of a clause that a colon right before the
    noun phrase at token i closes, with nothing named between ("X a réagi : le groupe…"); else None."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tv[k].pos_ in ("DET", "ADJ"):
        k -= 1
    if k < 1 or tv[k].text != ":":
        return None
    colon, found = k, None
    for j in range(colon - 1, max(colon - 12, -1), -1):
        if tv[j].text in (".", "!", "?", ":", ";", "«", "»") or "\n" in tv[j].text_with_ws:
            break
        name = index.by_token.get(j)
        if name is None or (tv[j].lower_ in ("lui", "elle") and tv[j - 1].text == "," and tv[j + 1].text == ","):
            continue   # ((s39-desc39) "X, lui, ne cache plus … :": the stressed pronoun set beside X is X)
        if index.kinds.get(j) != "name" or index.entities[name].type != kind or (found and found != name):
            return None   # another actor between: "X accuse Y : le groupe…" is not read
        top = tv[j]
        while top.dep_ in ("flat:name", "flat") and top.head.i != top.i:
            top = top.head
        if top.dep_ not in ("nsubj", "nsubj:pass") or not (j < top.head.i < colon):
            return None
        found = name
    return found


def _investors(tv, index, subjects_by_sent) -> tuple[set[str], set[str], set[str]]:
    """Names the text shows putting money into another actor, as subjects of an investing verb, the
    companies it shows raising money ("X vient de lever 14 M€", "X boucle une levée"), and those it
    shows doing a company's work ("X fabrique…", "X recrute…", "X a racheté Y"): no association, party
    or union."""
    out, raisers, firms = set(), set(), set()
    firm_verbs = set(lexicon()["company_verbs"]) | set(lexicon()["firm_only_verbs"])
    for pairs in subjects_by_sent.values():
        for i, name in pairs:
            if index.entities[name].type != "ORG":
                continue
            k = tv[i]
            while k.dep_ in ("conj", "flat:name", "appos", "nmod") and k.head.i != k.i:
                k = k.head
            verb = k.head
            if verb.lemma_.lower() in ("venir", "aller"):   # "X vient de lever…"
                verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or k.dep_ != "nsubj":
                continue
            if lemma in firm_verbs:
                firms.add(name)
            if lemma in _RAISE_VERBS:
                raisers.add(name)
                continue
            if lemma in _INVESTOR_VERBS or lemma in _INVESTOR_VERBS_WITH and any(
                    c.dep_ in ("obj", "obl", "obl:arg", "obl:mod") and (
                        c.lemma_.lower() in _ROUND_WORDS
                        or (index.entity_at(c.i) is not None and index.entity_at(c.i) != name
                            and index.type_of(index.entity_at(c.i)) == "ORG"))
                    for c in verb.children):
                out.add(name)
    return out, raisers, firms


# Nouns of a kind of body that a name can open with ("Coopérative des éleveurs de Y", "Banque Z"): a
# descriptor of another of these kinds does not point at it.
_NAMED_KINDS = frozenset({"holding", "fonds", "banque", "coopérative", "mutuelle", "association", "fondation",
                          "fédération", "syndicat", "parti", "club", "caisse"})


def _named_as_other_kind(name: str, noun: str) -> bool:
    first = name.split()[0].lower() if name.split() else ""
    return noun in _NAMED_KINDS and first in _NAMED_KINDS and first != noun \
        and first not in _AFFINITY.get(noun, ())


# Nouns that call an actor a business: a union, a party, an association is none of them ("le directeur
# des ressources humaines du groupe" in a story on a union's vote is the company's, not the union's)
_COMPANY_NOUNS = frozenset({"groupe", "entreprise", "société", "firme", "compagnie", "multinationale", "conglomérat",
                            "filiale", "maison-mère", "énergéticien", "pétrolier", "opérateur", "transporteur",
                            "distributeur", "éditeur", "hébergeur", "intégrateur", "prestataire", "sous-traitant",
                            "enseigne", "marque", "pme", "eti", "start-up", "startup", "pousse", "pépite", "licorne",
                            "plateforme", "fabricant", "équipementier", "industriel", "constructeur"})
# Words of a name that say it is a union, a party, a movement or an association ("Mouvement syndical X",
# "Coalition pour …"): its first word, or any word saying "union"
_CIVIC_FIRST_WORDS = frozenset({"syndicat", "mouvement", "parti", "association", "coalition", "collectif",
                                "confédération", "fédération", "ligue"})
_CIVIC_WORDS = frozenset({"syndical", "syndicale", "syndicat", "syndicats", "intersyndicale"})
# "le groupe" is the large company of a story, never the one the text called a start-up or a PME (after
# "X s'offre la start-up Y", "Le groupe, contrôlé par …" is X)
_LARGE_NOUNS = frozenset({"groupe", "conglomérat", "multinationale", "maison-mère"})
# (s21-coref21) the company nouns that take up the company of the previous sentence's titled subject
_SUBJECT_HEAD_NOUNS = frozenset({"groupe", "entreprise", "société", "firme", "compagnie"})
_SMALL_NOUNS = frozenset({"start-up", "startup", "pousse", "jeune pousse", "pépite", "pme", "tpe"})


# (s28-party28) a team, and the first words of the bodies that govern or judge teams, never one of them
_TEAM_NOUNS = frozenset({"club", "équipe", "franchise"})
_GOVERNING_FIRST_WORDS = frozenset({"comité", "conseil", "fédération", "ligue", "direction"})
# (s23-coref23) first words of a public body's name: a regulator, a court, a ministry is no company
_PUBLIC_FIRST_WORDS = frozenset({"autorité", "commission", "tribunal", "cour", "parquet", "ministère"})


def _civic_actor(name: str) -> bool:
    """A union, a party, a movement or an association, by its name's words (not by the nouns that stood for
    it: a descriptor read wrong once, "L'association …" for a company, would bar the company's own nouns)."""
    words = name.lower().split()
    return bool(words) and (words[0] in _CIVIC_FIRST_WORDS or not _CIVIC_WORDS.isdisjoint(words))


def _most_named_other(named, index, want, topic: str, introduced, noun: str, bound) -> str | None:
    """The actor of the wanted type the text names most often after ``topic`` (each run of a name once),
    named at least twice and more than any other, and fit for ``noun``."""
    runs: dict[str, int] = {}
    for j, n in named:
        if n != topic and index.kinds.get(j) == "name" and index.by_token.get(j - 1) != n \
                and index.entities[n].type in want:
            runs[n] = runs.get(n, 0) + 1
    ranked = sorted(runs.items(), key=lambda x: -x[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    name = ranked[0][0]
    if name in bound or _introduced_as_other_kind(name, noun, introduced) or _named_as_other_kind(name, noun):
        return None
    return name


# (s23-coref23) nouns that introduce a club's owner, never the club ("sa holding X Football Group")
_CLUB_OWNER_NOUNS = frozenset({"holding", "actionnaire", "propriétaire", "investisseur"})


_HOLDING_NOUNS = frozenset({"holding"})
# (the company nouns that name a trade: "le distributeur" is not a holding, "la société" may be)
_TRADE_COMPANY_NOUNS = frozenset({"énergéticien", "pétrolier", "opérateur", "transporteur", "distributeur", "éditeur",
                                  "hébergeur", "intégrateur", "prestataire", "sous-traitant", "enseigne",
                                  "fabricant", "équipementier", "industriel", "constructeur"})


def _introduced_as_other_kind(name: str, noun: str, introduced: dict[str, set[str]]) -> bool:
    """An actor every noun that introduced it says is of another kind than the descriptor's ("le journal X"
    for "le club"; "le cabinet X" for "le fonds", and for a noun of no kind, "le groupe", "le transporteur":
    an adviser the story hires is not the company it is about); a union or an association for a business
    noun ("le groupe", "l'entreprise"); a start-up for "le groupe"."""
    nouns = introduced.get(name)
    if nouns and noun in nouns:
        return False
    if noun in _COMPANY_NOUNS and _civic_actor(name):
        return True
    if not nouns:
        return False
    kind = _NOUN_KIND.get(noun)
    if (noun in _COMPANY_NOUNS or noun in _MAKER_TRADES) \
            and all(_NOUN_KIND.get(n) in ("civic", "politics") for n in nouns):
        # (s24-coref24) "L'association X dénonce… Le groupe, fondé par Y, …", "L'ONG X … Le chimiste, déjà
        # propriétaire du club…": a business noun is not the actor every noun of the text called an association,
        # an NGO, a union or a party (its name need not say so: _civic_actor reads the name's words only)
        return True
    if kind in ("civic", "politics") and nouns <= _COMPANY_NOUNS:
        # "La plateforme X … . L'association, créée par des épargnants, …": an association, a party or a union
        # is not the actor every noun of the text called a business
        return True
    if kind == "sport" and nouns <= _CLUB_OWNER_NOUNS:
        # (s23-coref23) "via sa holding X Football … la présidence du club": the holding that bought a club is
        # not the club, though its name holds a sport's word
        return True
    if kind is None and nouns <= _HOLDING_NOUNS and noun not in _GENERIC_ORG_NOUNS and noun not in _LARGE_NOUNS \
            and noun not in _HOLDING_NOUNS and noun not in _COMPANY_NOUNS - _TRADE_COMPANY_NOUNS:
        # (s26-coref26) "le distributeur", "l'opérateur": a trade, not what the text only called a holding
        # ("la holding X": it holds the trading company, it does not trade)
        return True
    if kind is None:   # ("le transporteur", "le groupe": whatever the company is, not its adviser)
        return all(_NOUN_KIND.get(n) == "advice" or (noun in _LARGE_NOUNS and n in _SMALL_NOUNS) for n in nouns)
    return all(_NOUN_KIND.get(n, kind) != kind for n in nouns)


# (s27-coref27) company nouns the press never calls a fund or a pension scheme by: "la compagnie" (an airline,
# a shipping line, an oil or insurance company), a trade ("le pétrolier", "l'énergéticien")
_NEVER_FUND_NOUNS = frozenset({"compagnie", "multinationale", "conglomérat"}) | _TRADE_COMPANY_NOUNS | _MAKER_TRADES


def _only_called_fund(name: str, introduced, apposed) -> bool:
    """(s27-coref27) Every noun that introduced an actor or was set beside its name calls it a fund or a bank
    ("le fonds X", "X, le fonds de pension des enseignants"): "la compagnie" two sentences later, of which X is
    a shareholder, is another actor."""
    nouns = set(introduced.get(name, ())) | apposed.get(name, (set(), set()))[0]
    return bool(nouns) and all(_NOUN_KIND.get(n) == "finance" for n in nouns)


# (s26-coref26) descriptor kinds a trade noun set beside a name can rule out: a sports body, a medium, a
# start-up or a maker ("la start-up" is not "X, le fonds souverain de Y" that led its round); not the nouns any
# company is called by
_APPOSED_KINDS = frozenset({"sport", "media"})
_GENERIC_MAKER_NOUNS = frozenset({"entreprise", "société", "marque"})


# (s26-coref26) nouns that may stand for a family named so ("la famille X", "le clan X"), and those names' openers
_FAMILY_NOUNS = frozenset({"famille", "clan", "dynastie", "tribu", "fratrie"})
_FAMILY_NAME_OPENERS = ("famille ", "clan ", "dynastie ", "fratrie ")


# (s29-coref29) nouns that call an actor a regulator, a court or a prosecutor, set beside its name ("X, le gendarme
# financier du football"); and the nouns of what such an actor is not: a club, a company, a trade, a fund, a medium
_AUTHORITY_NOUNS = frozenset({"gendarme", "régulateur", "autorité", "juridiction", "tribunal", "parquet", "juge",
                              "instance", "superviseur"})


# (s31-coref31) kinds of the bodies people join (a union, a party, a movement, an association): the company a story
# is about is none of them unless the text says so
_MEMBERS_KINDS = frozenset({"politics", "civic"})
# (s31-coref31) a company's officers' titles: "le PDG de X" says X is a business
_BUSINESS_OFFICES = frozenset({"pdg", "p.-d.g.", "directeur général", "directrice générale", "patron", "patronne",
                               "président-directeur général", "présidente-directrice générale", "dg", "ceo"})


def _business_said(name: str, apposed, described, holders) -> bool:
    """(s31-coref31) The text says the actor is a business, other than by a noun introducing its name (which
    _introduced_as_other_kind reads): a firm's noun set beside its name ("X, le champion du lait", "X, numéro un
    mondial"), a company noun that stood for it before ("le groupe lavallois"), or a company officer's title ("le
    PDG de X"); and no civic or party noun."""
    if _civic_actor(name):
        return False
    heads = apposed.get(name, (set(), set()))[0]
    if any(_NOUN_KIND.get(n) in _MEMBERS_KINDS for n in heads):
        return False   # (a civic noun linked to it before may be a misreading: "durcir le mouvement", a strike)
    nouns = heads | described.get(name, set())
    if nouns & (_FIRM_HEADS | _COMPANY_NOUNS | _MAKER_TRADES):
        return True
    return any(h[5] == name and not set(h[2]).isdisjoint(_BUSINESS_OFFICES) for h in holders)


@lru_cache(maxsize=1)
def _coref31_data() -> dict:
    """(s31-coref31) data/coref31.yaml: trade families, a club owner's nouns and name endings."""
    return load_yaml(resources.files("cercle.mentions").joinpath("data/coref31.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _trade_lexicon() -> tuple[dict, dict]:
    """(s31-coref31) noun (lemma, or lemma and the words after it) → its trade families; name word → families."""
    by_noun: dict[str, set] = {}
    by_word: dict[str, set] = {}
    for family, d in _coref31_data()["trade_families"].items():
        for n in d["nouns"]:
            by_noun.setdefault(n, set()).add(family)
        for w in d["name_words"]:
            by_word.setdefault(w, set()).add(family)
    return by_noun, by_word


def _descriptor_families(tv, i: int) -> frozenset:
    """(s31-coref31) The trade families a descriptor's noun says ("le motoriste", "le constructeur automobile",
    "le producteur d'électricité"); empty for a noun of no trade ("le groupe")."""
    by_noun, _ = _trade_lexicon()
    low = tv[i].lemma_.lower()
    n = len(tv)
    if i + 1 < n:
        nxt = tv[i + 1].lower_
        if i + 2 < n and nxt in ("de", "d'", "d’"):
            key = f"{low} d'{tv[i + 2].lower_}" if nxt != "de" else f"{low} de {tv[i + 2].lower_}"
            if key in by_noun:
                return frozenset(by_noun[key])
        if f"{low} {nxt}" in by_noun:
            return frozenset(by_noun[f"{low} {nxt}"])
    return frozenset(by_noun.get(low, ()))


def _actor_families(name: str, introduced, apposed, described) -> set:
    """(s31-coref31) The trade families the text gives an actor: the nouns that introduced it ("le motoriste X"),
    were set beside it ("X, l'avionneur de …") or stood for it before; the words of its name ("X Engines") and
    of an apposition beside it ("X, le premier fabricant de moteurs")."""
    by_noun, by_word = _trade_lexicon()
    heads, words = apposed.get(name, (set(), set()))
    fams: set = set()
    for noun in chain(introduced.get(name, ()), heads, described.get(name, ())):
        fams |= by_noun.get(noun, set())
    for w in chain(name.lower().split(), words):
        fams |= by_word.get(w, set())
    return fams


def _trade_fit(name: str, families: frozenset, introduced, apposed, described) -> int:
    """(s31-coref31) 1: the text gave the actor a trade of the descriptor's families; -1: only trades of others
    ("le motoriste" is not "l'avionneur X"); 0: the descriptor names no trade, or the text gives the actor none."""
    if not families:
        return 0
    got = _actor_families(name, introduced, apposed, described)
    if not got:
        return 0
    return 1 if got & families else -1


def _club_owner(name: str, introduced, apposed) -> bool:
    """(s31-coref31) An actor the text calls a club's owner, not a club ("X Football Group, la maison mère du
    club", "sa holding Y Sports", "Z Capital"): a name ending as a holding's or a fund's, or only owner nouns
    beside or before it (and no sport noun)."""
    data = _coref31_data()
    words = name.lower().split()
    if len(words) >= 2 and words[-1] in data["club_owner_name_ends"]:
        return True
    nouns = set(introduced.get(name, ())) | apposed.get(name, (set(), set()))[0]
    return bool(nouns) and bool(nouns & set(data["club_owner_nouns"])) \
        and not any(_NOUN_KIND.get(n) == "sport" for n in nouns)


# (s29-coref29) the kind a name's words say, by the kind nouns of _AFFINITY ("X Investment Group": a fund)
_AFFINITY_KIND = {"fonds": "finance", "banque": "finance", "assureur": "finance", "club": "sport", "parti": "politics",
                  "syndicat": "politics"}


def _name_says_other_kind(words: set[str], noun: str) -> bool:
    """(s29-coref29) A kind noun ("le club", "le parti", "la banque") is no actor whose name's words say another
    kind of actor, and not its own ("X Investment Group" for "le club"; not "Union X" for "le syndicat", whose
    words are a party's too)."""
    kind = _NOUN_KIND.get(noun)
    if kind not in ("sport", "finance", "politics") or _kind_words(words, noun):
        return False
    return any(other != kind and _kind_words(words, k) for k, other in _AFFINITY_KIND.items())


def _main_named_person(index) -> str | None:
    """(s29-coref29) The person the text names most often by name (not by a title or a noun introducing the name), more
    often than any other person; None on a tie or when no one is named twice."""
    runs: dict[str, int] = {}
    for j, n in index.by_token.items():
        if index.kinds.get(j) == "name" and index.entities[n].type == "PER" \
                and not (index.by_token.get(j - 1) == n and index.kinds.get(j - 1) == "name"):
            runs[n] = runs.get(n, 0) + 1
    counts = sorted(((c, n) for n, c in runs.items()), reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return counts[0][1]


# (s29-coref29) the words of a trade's sector: a name set beside them is called by that trade's noun
_TRADE_SECTORS = {
    "armateur": frozenset({"maritime", "conteneur", "conteneurs", "porte-conteneurs", "navire", "navires", "fret",
                           "croisière", "croisières", "shipping", "armement"}),
    "avionneur": frozenset({"aéronautique", "aéronautiques", "avion", "avions", "aviation", "aérospatial",
                            "aérospatiale", "hélicoptère", "hélicoptères"}),
    "motoriste": frozenset({"moteur", "moteurs", "propulsion"}),
    "constructeur": frozenset({"automobile", "automobiles", "voiture", "voitures", "véhicule", "véhicules",
                               "ferroviaire", "camion", "camions"}),
    "pétrolier": frozenset({"pétrole", "pétrolier", "pétrolière", "hydrocarbure", "hydrocarbures"}),
    "énergéticien": frozenset({"énergie", "énergies", "électricité", "électricien", "énergétique"}),
    "opérateur": frozenset({"télécoms", "télécom", "télécommunications", "téléphonie", "fibre", "mobile"}),
    "distributeur": frozenset({"distribution", "supermarché", "supermarchés", "hypermarché", "hypermarchés"}),
    "laboratoire": frozenset({"pharmaceutique", "pharmaceutiques", "médicament", "médicaments", "pharmacie"}),
    "sidérurgiste": frozenset({"acier", "sidérurgie", "sidérurgique"}),
    "cimentier": frozenset({"ciment", "ciments", "béton"}),
    "brasseur": frozenset({"bière", "bières", "brasserie"}),
    "assureur": frozenset({"assurance", "assurances", "réassurance"}),
    "chimiste": frozenset({"chimie", "chimique", "chimiques"}),
    "transporteur": frozenset({"transport", "fret", "logistique"}),
}


# (s29-coref29) apposition heads that call an actor a firm, whose sector words say its trade (not "le groupement",
# "la fédération", "le syndicat" of a trade: a body of its firms)
_FIRM_HEADS = frozenset({"numéro", "spécialiste", "leader", "géant", "champion", "groupe", "entreprise", "société",
                         "firme", "compagnie", "fabricant", "constructeur", "producteur", "fournisseur", "pionnier",
                         "filiale", "pme", "eti", "start-up", "startup", "industriel", "exploitant", "opérateur",
                         "transporteur", "distributeur", "maison", "major", "poids", "acteur"}) | frozenset(_TRADE_SECTORS)


# (s29-coref29) nouns of made things a name may follow ("dix avions de combat X", "le système X", "le modèle X")
_PRODUCT_NOUNS = frozenset({"avion", "appareil", "hélicoptère", "missile", "char", "navire", "frégate", "sous-marin",
                            "corvette", "drone", "satellite", "lanceur", "fusée", "modèle", "véhicule", "voiture",
                            "camion", "rame", "train", "radar", "système", "logiciel", "médicament", "vaccin",
                            "molécule", "smartphone", "téléphone", "console", "jeu", "moteur", "réacteur"})


def _thing_mention(tv, j: int) -> bool:
    """(s29-coref29) The name at j follows a count ("douze X", "200 X") or a product noun ("les avions X", "dix
    avions de combat X", "le radar X")."""
    k = j - 1
    while k >= 0 and tv[k].pos_ == "ADJ" and tv[k].is_lower and j - k < 3:
        k -= 1
    if k < 0:
        return False
    t = tv[k]
    if t.like_num and t.pos_ == "NUM" and not (t.text.isdigit() and len(t.text) == 4):   # (not a year)
        return True
    def made_by(p: int) -> bool:   # "l'éditeur de logiciels X", "le fabricant d'avions de combat X": a maker's
        return p >= 2 and tv[p - 1].lower_ in ("de", "d'", "d’") and tv[p - 2].pos_ == "NOUN" \
            and tv[p - 2].lemma_.lower() not in _PRODUCT_NOUNS
    if t.is_lower and t.lemma_.lower() in _PRODUCT_NOUNS:
        return not made_by(k)
    # "avions de combat X", "missiles de croisière X": the product noun before its own "de" phrase
    return k >= 2 and t.is_lower and t.pos_ == "NOUN" and tv[k - 1].lower_ in ("de", "d'", "d’") \
        and tv[k - 2].is_lower and tv[k - 2].lemma_.lower() in _PRODUCT_NOUNS and not made_by(k - 2)


def _things(tv, named, index) -> set[str]:
    """(s29-coref29) The names every mention of which is a thing's: counted or called by a product noun ("la Grèce
    commande dix X", "dix avions de combat X"); no company's descriptor stands for them."""
    out: dict[str, bool] = {}
    for j, n in named:
        if index.kinds.get(j) != "name" or index.by_token.get(j - 1) == n:
            continue
        out[n] = out.get(n, True) and _thing_mention(tv, j)
    return {n for n, v in out.items() if v}


def _business_noun(noun: str) -> bool:
    return noun in _TEAM_NOUNS or noun in _COMPANY_NOUNS or noun in _MAKER_TRADES or noun in _TRADE_COMPANY_NOUNS \
        or noun in _GENERIC_ORG_NOUNS or _NOUN_KIND.get(noun) in ("sport", "maker", "finance", "media")


def _apposed_as_other_kind(name: str, noun: str, apposed, introduced) -> bool:
    """(s26-coref26) "le club", "le journal", "la start-up": not an organisation the text set beside its name as of another
    kind ("X, la marque de boissons", "X, le fabricant de …"), unless its name or an introducing noun says
    it is of that kind ("Racing X", "le club X")."""
    kind = _NOUN_KIND.get(noun)
    if kind == "maker" and noun in _GENERIC_MAKER_NOUNS:
        return False   # ("la société" after "X, le fonds …": a management company is one too)
    if (kind not in _APPOSED_KINDS and kind != "maker") or noun in introduced.get(name, ()):
        return False
    heads = apposed.get(name, (set(), set()))[0]
    if not heads or any(_NOUN_KIND.get(h) in (kind, None) for h in heads):
        return False
    return not _kind_words(set(name.lower().split()), noun)


def _table_tokens(doc, named) -> set[int]:
    """The named tokens inside a table's rows (lines whose cells the cleaner keeps apart with " | ")."""
    text = doc.text
    if " | " not in text:
        return set()
    tv = tokens_of(doc)
    out = set()
    for j, _ in named:
        start = text.rfind("\n", 0, tv[j].idx) + 1
        end = text.find("\n", tv[j].idx)
        if " | " in text[start:end if end >= 0 else len(text)]:
            out.add(j)
    return out


def _adjective_fit(tok) -> frozenset:
    """The words of a name a descriptor's kind adjective says it has ("le groupe coopératif" → "Coopérative
    …", "le groupe bancaire" → "Banque …"; lexicon descriptor_adjective_words)."""
    table = _adjective_words()
    return frozenset(w for c in tok.children if c.dep_ == "amod" and c.i > tok.i
                     for w in table.get(c.lower_, ()))


@lru_cache(maxsize=1)
def _adjective_words() -> dict:
    return {a: frozenset(w.lower() for w in words) for a, words in lexicon()["descriptor_adjective_words"].items()}


def _family_adjective(tok) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _FAMILY_ADJECTIVES and c.i > tok.i for c in tok.children)


def _family_company(tv, tok, index, named) -> str | None:
    """"Pascal X, PDG de l'entreprise familiale", "rejoindre le groupe familial": the one company named
    before it after a surname of a person the text names ("X TP", "Groupe X"), not the family's holding
    ("X Participations", "Financière X": lexicon holding_name_words), nor a family itself."""
    people = {n for j, n in named if j < tok.i and index.entities[n].type == "PER"}
    surnames = {part for n in people if len(n.split()) >= 2 for part in n.split()[-1].split("-") if part[:1].isupper()}
    if not surnames:
        return None
    holding = _holding_words()
    found = {n for j, n in named if j < tok.i and index.entities[n].type == "ORG"
             and surnames & set(n.replace("-", " ").split())
             and not holding & {w.lower() for w in n.split()}
             and n.split()[0].lower() not in ("famille", "clan")}
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=1)
def _holding_words() -> frozenset:
    return frozenset(lexicon()["holding_name_words"])


def _fits_noun(name: str, noun: str, introduced: dict[str, set[str]]) -> bool:
    """An actor a kind noun fits: introduced by it ("le fonds X"), named with a word of that kind, or
    with the noun itself ("la foncière" → "Foncière Orbalia", "la holding" → "Atlas Holding")."""
    words = set(name.lower().split())
    if noun in _TEAM_NOUNS and noun not in introduced.get(name, ()) and _club_owner(name, introduced, {}):
        return False   # (s31-coref31) "le club" is no "X Football Group", whatever sport its name says
    return noun in introduced.get(name, ()) or (not _introduced_as_other_kind(name, noun, introduced) and (
        _kind_words(words, noun) or noun in words))   # ("le cabinet X Partners" is no "fonds")


def _untitled_subject(doc, tok, index, sent_of) -> bool:
    """The previous sentence's subject is a person's title with no name ("l'actuel président de Y")."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    s = sent_of[tok.i]
    j = tok.sent.start - 1
    titles = lexicon()["person_titles"]
    while j >= 0 and sent_of.get(j, -1) >= s - 1:
        t = tv[j]
        if sent_of.get(j) == s - 1 and t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ == "NOUN" \
                and j not in index.by_token and t.lower_ in titles:
            return True
        j -= 1
    return False


def _titled_before(doc, tok, index) -> str | None:
    """A person named right next to an earlier occurrence of the same title word."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    def complement(t):
        return " ".join(c.lower_ for n in t.children if n.dep_ == "nmod" for c in n.subtree)

    for prev in reversed(tv[:tok.i]):
        if prev.lemma_.lower() != tok.lemma_.lower() or complement(prev) != complement(tok):
            continue
        for j in list(range(prev.i + 1, min(prev.i + 8, tok.i))) + list(range(max(0, prev.i - 3), prev.i)):
            name = index.by_token.get(j)
            if name and index.kinds.get(j) == "name" and index.entities[name].type == "PER":
                return name
    return None


def _plural_subject(doc, tok, index, sent_of) -> list[str] | None:
    """"A et B font partie de… Ils accusent…": the last clause subject before ``tok`` (in its sentence or
    the one before) that is a coordination of named actors of one type; None when that subject is
    a single actor, or the names are of mixed types."""
    tv = tokens_of(doc)
    s = sent_of[tok.i]
    j = tok.i - 1
    while j >= 0 and sent_of.get(j, -1) >= s - 1:
        t = tv[j]
        j -= 1
        if t.dep_ not in ("nsubj", "nsubj:pass") or t.head.i == t.i:
            continue
        if t.i in index.plural:
            return index.plural[t.i]   # "Ils … Ils": the chain goes on
        if t.pos_ == "PRON" and t.lower_ in ("qui", "que", "on", "se"):
            continue
        if index.kinds.get(t.i) not in ("name", "introducer"):
            # the nearest subject is no coordination of names ("les salariés de Y"): not this reading
            return None
        first = index.by_token[t.i]
        group = [first] + [index.by_token[c.i] for c in t.children
                           if c.dep_ == "conj" and index.kinds.get(c.i) == "name"]
        group = list(dict.fromkeys(group))
        if len(group) < 2:
            return None   # the last subject is one actor: "ils" is someone else (or a common noun)
        if len({index.entities[n].type for n in group}) != 1 or index.entities[first].type not in _ACTOR_TYPES:
            return None
        return group
    return None


_SURNAME_KIN = lexicon()["surname_kin"]
_SIBLING_NOUNS = frozenset({"frère", "sœur", "soeur", "cousin", "cousine"})
_ELDER_NOUNS = frozenset(lexicon()["elder_nouns"])


def _kin_of_owner(doc, tok, det, index, named) -> str | None:
    """"X a assigné sa sœur", "il accuse son frère": a blood relative named by a possessive kin noun alone
    (no name after it) is the one other person named before with the owner's surname and no other gender
    than the noun's; the owner is the possessive's antecedent (the clause's person, else the previous
    sentence's subject)."""
    tv = tokens_of(doc)
    nxt = tok.i + 1
    while nxt < len(tv) - 1 and tv[nxt].lower_ in _KIN_RANKS:
        nxt += 1   # ("son fils cadet, X")
    if nxt < len(tv) and (index.by_token.get(nxt) is not None or tv[nxt].text == "," and index.kinds.get(nxt + 1) == "name"):
        return None   # ("sa sœur Claire", "son frère, Marc X": the name says who)
    owner = index.antecedent(det.i, types=("PER",))
    if owner is None:
        return None
    surname = owner[0].split()[-1]
    want = _SURNAME_KIN[tok.lower_]
    found = {n for j, n in named if j < tok.i and n != owner[0] and index.entities[n].type == "PER"
             and len(n.split()) > 1 and _same_family_name(n.split()[-1], surname)
             and _person_gender(index, n, doc) in (None, want)}
    if tok.lower_ in _SIBLING_NOUNS:
        # ("Marcel X … le patriarche … Roselyne X … Son frère, de deux ans son cadet": not the father, whom
        # the text calls by a noun of the elder generation)
        found = {n for n in found if not any(index.by_token.get(j) == n and index.kinds.get(j) == "descriptor"
                                             and tv[j].lower_ in _ELDER_NOUNS for j in index.heads.get(n, ()) | {
                                                 k for k, m in index.by_token.items() if m == n})}
    return next(iter(found)) if len(found) == 1 else None


def _same_family_name(a: str, b: str) -> bool:
    """"Hennion" and "Laforgue-Hennion": a double-barrelled surname carries the family's name (a married
    daughter's, a son's who took both), as well as the same surname."""
    return a == b or a in b.split("-") or b in a.split("-")


# "PORTRAIT - À 41 ans, la fille de Bernard X a pris …": in an article about one person, the child of a named
# person its first sentences make their subject, with no name of its own, is that person.
_CHILD_OF = frozenset({"fille", "fils", "petite-fille", "petit-fils", "nièce", "neveu", "héritière", "héritier"})


def _portrait_child(tv, index: EntityIndex, mentions: list, sent_of, subjects_by_sent) -> None:
    """The article's main person, introduced in its first sentences as "la fille de X" / "le fils de X"
    (the subject of its clause, no name beside it): the noun phrase is a mention of the main person (X is
    then the parent a later "son père" / "sa mère" names, see _kin_of_owner)."""
    main = index.main_person()
    if main is None:
        return
    first = min((j for j, n in index.by_token.items() if n == main), default=None)
    if first is None or sent_of.get(first, 99) > 1:
        return   # (the headline or the first sentence names the one the article is about)
    for k in range(first + 1, len(tv) - 3):
        if sent_of.get(k, 99) > sent_of[first] + 3:
            return
        t = tv[k]
        if t.lower_ not in _CHILD_OF or k in index.by_token or not t.dep_.startswith("nsubj") \
                or tv[k - 1].lower_ not in ("la", "le", "l'", "l’") or tv[k + 1].lower_ not in ("de", "du"):
            continue
        parent = index.by_token.get(k + 2)
        unnamed = parent is None and tv[k + 2].pos_ == "NOUN" and tv[k + 2].is_lower   # ("la fille du fondateur")
        if not unnamed and (parent is None or parent == main or index.entities[parent].type != "PER"
                            or index.kinds.get(k + 2) != "name"):
            continue
        _add(tv[k].doc, index, mentions, k - 1, k + 1, main, "descriptor", head=k)
        subjects_by_sent.setdefault(sent_of[k], []).append((k, main))
        return


# Person nouns of press style that name one person of the story ("le patriarche", "le magnat"): called back
# far from where they introduced their name (the descriptor window is short).
_CALLED_BACK = frozenset(lexicon()["called_back_nouns"])
_POSSESSIVE_KIN = frozenset(lexicon()["possessive_kin_nouns"])
_KIN_RANKS = frozenset(lexicon()["kin_ranks"])
_KIN_BACK = 3   # sentences back where a kin possessive's owner may be


def _kin_apposed(tv, tok, det, index) -> set[str]:
    """The person a kin noun itself names: "sa fille, X", "son fils cadet X", "X, sa fille aînée"."""
    out = set()
    k = tok.i + 1
    while k < len(tv) and tv[k].lower_ in _KIN_RANKS:
        k += 1
    if k < len(tv) and tv[k].text == ",":
        k += 1
    if index.kinds.get(k) == "name":
        out.add(index.by_token[k])
    k = det.i - 1
    if k >= 1 and tv[k].text == ",":
        k -= 1
        # (past an age: "X, 44 ans, sa fille aînée")
        if k >= 3 and tv[k].lower_ == "ans" and tv[k - 1].like_num and tv[k - 2].text == ",":
            k -= 3
        if index.by_token.get(k) is not None:
            out.add(index.by_token[k])
    return out


def _person_at(index, j: int, own: set[str]) -> str | None:
    name = index.by_token.get(j)
    if name and name not in own and index.entities[name].type == "PER" \
            and index.kinds.get(j) in ("name", "pronoun", "descriptor", "introducer"):
        return name
    return None


_PARENT_NOUNS = {"père": "Masc", "mère": "Fem"}
_CHILD_NOUNS = frozenset({"fils", "fille", "enfant", "enfants", "filles", "héritier", "héritière"})


def _parent_of_named_child(doc, tok, index, sent_of) -> str | None:
    """"Le père", "la mère" alone (no "de", no name after it): the owner of the child possessive its sentence
    or the one before spoke of ("sa fille, X, … Le père conserve…"), unless the text says they are of the
    other gender."""
    tv = tokens_of(doc)
    nxt = tok.i + 1
    if nxt < len(tv) and (tv[nxt].lower_ in ("de", "du", "des", "d'", "d’", ",") or nxt in index.by_token):
        return None
    s = sent_of[tok.i]
    child = [(i, o) for i, o in index.kin_owner.items() if o and i < tok.i and tv[i].lower_ in _CHILD_NOUNS
             and s - sent_of.get(i, -9) <= 1]
    if not child:
        return None
    owner = max(child)[1][0]
    # (the gender the text gives, not the tagger's guess from a first name)
    return owner if _gender_of(index, owner, doc) in (None, _PARENT_NOUNS[tok.lower_]) else None


def _note_kin_owner(doc, tok, index, sent_of, subjects_by_sent, kin_of, children: set) -> None:
    """A kin noun after a third-person possessive: its owner in index.kin_owner, for both words; the persons
    a child noun names ("son fils Lucas") in ``children``."""
    if tok.i > 0 and lexicon()["introducer_of"].get(tokens_of(doc)[tok.i - 1].lower_) == "ORG":
        return   # "sa marque sœur Y", "sa société sœur": a company's sister company, no kin
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ in ("son", "sa", "ses") and det.i < tok.i:
        owner = _kin_possessor(doc, tok, det, index, sent_of, subjects_by_sent, kin_of)
        if owner:
            index.kin_owner[det.i] = index.kin_owner[tok.i] = owner
        if tok.lower_ in _CHILD_NOUNS:
            children.update(_kin_apposed(tokens_of(doc), tok, det, index))


def _kin_possessor(doc, tok, det, index, sent_of, subjects_by_sent, kin_of) -> tuple[str, int] | None:
    """"Son fils, X, qui dirige…", "sa fille aînée", "son beau-frère": a kin noun's possessive stands for a
    person, never the company the sentence before spoke of. A blood relative named with a surname is kin of
    the one person named before with that surname; else the owner is the last person its sentence names
    before it (by name, pronoun or title), else the subject of one of the sentences before, when a person,
    else the last person they name, else the person the article names most; a spouse noun's owner is not of
    its gender ("son mari": not the last man named); in its own sentence, the person before it comes first
    ("X et son frère, Y Z"). A person the text has itself presented as someone's kin
    in a sentence before ("c'est X, sa fille aînée, qui dirige … Son fils cadet, Y") hands the possessive on
    to that someone: consecutive kin of a portrait's subject are its kin, not each other's (not within one
    sentence: "X et son frère" is X's brother; not a sibling noun: "… explique Y. Sa sœur, Z" is Y's). The person the kin noun names is recorded so (kin_of)."""
    tv = tokens_of(doc)
    own = _kin_apposed(tv, tok, det, index)
    unfit = _SPOUSE_OWNER_NOT.get(tok.lower_)
    found = None
    candidates = list(_kin_candidates(tok, det, index, sent_of, subjects_by_sent, own))
    for c in candidates:
        if c[1] < tok.sent.start and found is None:
            # (past its own sentence: the surname first; of several that bear it, the likeliest owner)
            found = _same_surname(doc, tok, index, own, [n for n, _ in candidates])
            if found:
                break
        if unfit is None or _person_gender(index, c[0], doc) != unfit:
            found = c
            break
    if found is None:
        found = _same_surname(doc, tok, index, own, [n for n, _ in candidates])
    elif found[0] in kin_of and kin_of[found[0]] not in own and found[1] < tok.sent.start \
            and tok.lower_ not in _SIBLING_NOUNS and found[0] != index.main_person():
        # (not "Y, sa fille … Son frère": the last person's brother; nor the portrait's own subject's kin)
        found = (kin_of[found[0]], found[1])
    elif found[0] in kin_of and kin_of[found[0]] not in own and found[1] >= tok.sent.start \
            and _named_after_kin(tv, found[1], index):
        # (s28-politics28) "Sa sœur, A, …, et son frère, B": a person its own sentence presents as kin by a
        # possessive hands the next possessive on to the same owner (B is not A's brother)
        found = (kin_of[found[0]], found[1])
    if found:
        for name in own:
            if name != found[0]:
                kin_of.setdefault(name, found[0])
    return found


# A spouse noun says its owner's gender: "son mari" is no man's, "son épouse" no woman's (as the press writes).
_SPOUSE_OWNER_NOT = {**{w: "Masc" for w in ("mari", "époux", "compagnon", "ex-mari", "veuf")},
                     **{w: "Fem" for w in ("épouse", "femme", "compagne", "ex-épouse", "ex-femme", "veuve")}}


def _same_surname(doc, tok, index, own: set[str], likeliest=()) -> tuple[str, int] | None:
    """"son frère cadet, Y Ozanne": a blood relative named with a surname is kin of the one other person
    named before with that surname (a possessor whatever was said in between)."""
    if tok.lower_ not in _SURNAME_KIN:
        return None
    surnames = {n.split()[-1] for n in own if len(n.split()) > 1}
    if len(surnames) != 1:
        return None
    surname = next(iter(surnames))
    found = _bearers(index, tok, own, {surname})
    if not found:
        # (s28-politics28) "Sa sœur, A B C": a married name after the family's ("B C"); the words between the
        # first name and the last that are capitalised may carry the family's name
        inner = {w for n in own if len(n.split()) > 2 for w in n.split()[1:-1] if w[:1].isupper()}
        if inner:
            found = _bearers(index, tok, own, inner)
    if len(found) > 1:   # (several of that family: the first possible owner that is one of them)
        best = next((n for n in likeliest if n in found), None)
        return (best, found[best]) if best else None
    return next(iter(found.items())) if len(found) == 1 else None


def _named_after_kin(tv, j: int, index) -> bool:
    """The mention at token j is the name set off after a possessive kin noun: "sa sœur, A"."""
    name = index.entity_at(j)
    while j > 0 and index.entity_at(j - 1) == name:
        j -= 1
    return j >= 3 and tv[j - 1].text == "," and tv[j - 2].lower_ in _SURNAME_KIN \
        and "Yes" in tv[j - 3].morph.get("Poss")


def _bearers(index, tok, own: set[str], surnames: set[str]) -> dict[str, int]:
    """The persons named (by name) before ``tok``, not in ``own``, whose surname is one of ``surnames``:
    name → last token."""
    found = {}
    for j, n in index.by_token.items():
        if j < tok.i and n not in own and index.kinds.get(j) == "name" and index.entities[n].type == "PER" \
                and len(n.split()) > 1 and any(_same_family_name(n.split()[-1], x) for x in surnames):
            found[n] = max(found.get(n, j), j)
    return found


def _kin_candidates(tok, det, index, sent_of, subjects_by_sent, own: set[str]):
    """The persons a kin possessive may stand for, best first (see _kin_possessor): (name, token)."""
    tv = tokens_of(tok.doc)
    s = sent_of[det.i]
    main = index.main_person()
    for j in range(det.i - 1, tok.sent.start - 1, -1):
        name = _person_at(index, j, own)
        if name:
            yield name, j
        elif _unknown_person(tv, j, index):
            # ("Il a transmis à sa fille X" with "il" unresolved: someone the text spoke of before, the
            # article's person if of the pronoun's gender, else no guess further back)
            said = "Fem" if tv[j].lower_ == "elle" else "Masc"
            if main and main not in own and _person_gender(index, main, tok.doc) in (None, said):
                yield main, -1
            return
    back, j = s - 1, tok.sent.start - 1
    while back >= 0 and s - back <= _KIN_BACK and j >= 0:
        start = j
        while start > 0 and sent_of.get(start - 1) == back:
            start -= 1
        # (the main clause's subject before a side clause's: "La directrice, 47 ans, rachète les parts que
        # son frère détenait")
        for i, n in sorted(subjects_by_sent.get(back, ()), key=lambda x: (not _main_subject(tv, x[0], index), x[0])):
            if n not in own and index.entities[n].type == "PER":
                yield n, i
        for i in range(j, start - 1, -1):
            name = _person_at(index, i, own)
            if name:
                yield name, i
        back, j = back - 1, start - 1
    if main and main not in own:
        yield main, -1


def _unknown_person(tv, j: int, index) -> bool:
    """Token j is a subject "il"/"elle" no actor was found for (not an impersonal one)."""
    t = tv[j]
    return t.lower_ in ("il", "elle") and t.dep_ in ("nsubj", "nsubj:pass") and j not in index.by_token \
        and not _impersonal(t)


def _add(doc, index, mentions, start, end, name, kind, head=None):
    for i in range(start, end):
        index.by_token[i] = name
        index.kinds[i] = kind
    span = doc[start:end]
    mentions.append(Mention(span.start_char, span.end_char, span.text, name.strip(), kind))
    ent = index.entities[name]
    if kind == "descriptor" and span.text not in ent.aliases:
        ent.aliases.append(span.text)
    if kind == "descriptor" and head is not None:
        # (s31-coref31) the nouns that stood for each actor so far ("l'avionneur de …"): its trade, for a later noun
        index.__dict__.setdefault("described", {}).setdefault(name, set()).add(tokens_of(doc)[head].lemma_.lower())
    if kind in ("descriptor", "introducer") and ent.type == "PER":
        # "la dirigeante" linked to X says X's gender: read the text's votes again when next asked
        # (a pronoun after it, "elle", must not go by a gender read before the link was made)
        index.__dict__.get("_genders", {}).pop(name, None)


# Verbs with an impersonal "il": "il faut", "il s'agit", "il y a", "il semble que".
_IMPERSONAL = {"falloir", "agir", "sembler", "paraître", "pleuvoir", "suffire", "rester", "manquer", "arriver",
               "exister", "importer", "convenir", "valoir"}
# "il est possible que", "il n'est pas exclu de": predicates with an impersonal subject and a clause
_IMPERSONAL_PREDICATES = {"possible", "impossible", "probable", "improbable", "nécessaire", "important", "difficile",
                          "facile", "clair", "évident", "certain", "exclure", "prévoir", "question", "temps", "vrai",
                          "faux", "interdire", "permettre", "envisageable", "normal", "logique", "urgent", "utile",
                          "inutile", "dommage", "rare", "fréquent", "peu", "hors", "exclu", "prévu", "interdit",
                          "permis", "indispensable", "essentiel", "crucial", "tentant", "légitime", "préférable"}
# Nouns of time and manner between an antecedent and a pronoun, which no pronoun stands for ("à ce jour").
_ADVERBIAL_NOUNS = {"jour", "moment", "stade", "heure", "an", "année", "mois", "semaine", "fois", "titre", "égard",
                    "sujet", "propos", "cas", "point", "niveau", "rythme", "effet", "instant", "temps", "soir",
                    "matin", "occasion", "terme", "côté"}
_SUBORDINATE = ("acl:relcl", "advcl", "ccomp", "acl", "conj", "xcomp", "csubj", "parataxis")
_ACTOR_TYPES = ("PER", "ORG", "GOV")


def _impersonal(tok) -> bool:
    verb = tok.head
    if verb.lemma_.lower() in _IMPERSONAL:
        # (s28-politics28) "il est resté un proche de Y": rester in a compound tense says where someone stayed,
        # not "il reste" (what is left)
        return not (verb.lemma_.lower() == "rester" and tok.lower_ in ("il", "elle")
                    and any(a.dep_ == "aux:tense" and a.lemma_.lower() == "être" for a in verb.children))
    if any(c.lower_ == "y" for c in verb.children):   # "il y a"
        return True
    # "il est possible que", "il n'est pas exclu que", "il est temps de": a predicate of that kind
    # with a clause after it; or any predicate the parser gave an expletive subject and such a clause
    marks = ("que", "qu'", "qu’", "de", "d'", "d’")
    if verb.lemma_.lower() in _IMPERSONAL_PREDICATES:
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if (nxt is not None and nxt.lower_ in marks) or any(
                any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in verb.children if c.i > verb.i):
            return True
    return tok.dep_ == "expl:subj" and any(
        c.dep_ in ("csubj", "ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in verb.children)


def _nearer_noun(doc, index, start: int, tok) -> bool:
    """A noun of the pronoun's gender and number between its antecedent and it, that is no actor:
    "la FTC s'oppose à cette transaction car elle…" - the pronoun is most likely that noun (not one
    before a colon or semicolon that comes before the pronoun)."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    gender, number = tok.morph.get("Gender"), tok.morph.get("Number")
    # (a colon or semicolon before the pronoun opens a clause that goes on about the sentence's actor:
    # "X a choisi la fermeté : elle a porté plainte…" - only a noun after it competes)
    start = max(start, tok.sent.start)
    start = next((k + 1 for k in range(tok.i - 1, start - 1, -1) if tv[k].text in (":", ";")), start)
    for t in tv[start:tok.i]:
        if t.pos_ != "NOUN" or t.i in index.by_token or t.lemma_.lower() in _ADVERBIAL_NOUNS \
                or t.morph.get("Gender") != gender \
                or t.morph.get("Number") != number:
            continue
        det = next((c for c in t.children if c.dep_ == "det"), None)
        if det is None:
            continue
        if "Dem" in det.morph.get("PronType") or (t.dep_ in ("obj", "nsubj", "nsubj:pass")
                                                  and "Def" in det.morph.get("Definite")):
            return True
    return False


_GENDER_TITLES: list = [None, frozenset()]   # (the lexicon, the words of _gender_title_words): one union per lexicon


def _gender_title_words(lex) -> frozenset:
    """The person titles, introducers and descriptors of the lexicon, whose determiner gives a gender
    (_gender_of): joined once, not for each entity of each article."""
    if _GENDER_TITLES[0] is not lex:
        _GENDER_TITLES[:] = [lex, frozenset(lex["person_titles"] | lex["introducer_of"].keys() | lex["descriptor_of"].keys())]
    return _GENDER_TITLES[1]


def _gender_of(index, name: str, doc) -> str | None:
    """Gender an entity is spoken of with: the nouns and determiners that introduce or describe it
    ("la Première ministre X", "le milliardaire X", "la société X"). None when the text does not say."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    cache = index.__dict__.setdefault("_genders", {})
    if name in cache:
        return cache[name]
    votes = {"Masc": 0, "Fem": 0}
    lex = lexicon()
    titles = _gender_title_words(lex)

    def vote(noun):
        if noun.pos_ != "NOUN" or (noun.lower_ not in titles and noun.lemma_.lower() not in titles):
            return
        det = next((c for c in noun.children if c.dep_ == "det"), None)
        # (an elided "l'" says no gender: an adjective that agrees does, "l'actionnaire familial")
        for g in (det.morph.get("Gender") if det is not None and det.lower_ not in ("l'", "l’") else ()) \
                or _agreeing_adjective(noun) or noun.morph.get("Gender"):
            votes[g] += 1

    for i in index.heads.get(name, ()):
        tok = tv[i]
        if tok.dep_ in ("appos", "flat:name", "nmod") and not any(c.dep_ == "case" for c in tok.children) \
                and tok.head.i < tok.i and (not any(t.pos_ == "ADP" for t in tv[tok.head.i:tok.i]) or (
                    # "L'ancien directeur financier de Y, Jean X": a title with its own "de Y", then the
                    # name set beside it after a comma, is that person's
                    tok.dep_ == "appos" and tv[tok.i - 1].text == "," and tok.head.dep_ in ("nsubj", "nsubj:pass", "obj")
                    and not any(t.text == "," for t in tv[tok.head.i:tok.i - 1]))):
            vote(tok.head)                       # "la présidente X", "le milliardaire X"
        for c in tok.children:
            if c.dep_ == "appos":
                vote(c)                          # "X, la présidente de Y"
        if (tok.dep_ not in ("appos", "flat:name", "nmod") or (
                # ("ses relations avec l'actionnaire principale, X" with X set beside "relations")
                tok.dep_ == "appos" and index.entities[name].type == "PER"
                and tok.head.lower_ not in titles and tok.head.lemma_.lower() not in titles)) \
                and i >= 2 and tv[i - 1].text == ",":
            # "la directrice financière, X" and "son directeur des investissements, X" the parser made
            # two parts of a list: the title just before the comma, with its own words, is X's
            # (not "l'avocat de la présidente, X": a title itself in another's "de" phrase says nothing)
            k = i - 2
            while k > max(i - 7, 0) and (tv[k].pos_ in ("ADJ", "ADP", "DET") or (tv[k].pos_ == "NOUN" and tv[k].is_lower)) \
                    and not (tv[k].pos_ == "NOUN" and (tv[k].lower_ in titles or tv[k].lemma_.lower() in titles)):
                k -= 1
            title = tv[k]
            if title.pos_ == "NOUN" and (title.lower_ in titles or title.lemma_.lower() in titles) and title.i < i - 1:
                d = title.i - 1
                while d > 0 and tv[d].pos_ in ("DET", "ADJ") and title.i - d < 3:
                    d -= 1
                if tv[d].lower_ not in _DE + ("au", "aux", "à"):
                    vote(title)
    for i, n in index.by_token.items():
        if n == name and index.kinds.get(i) in ("introducer", "descriptor"):
            vote(tv[i])
    g = None
    if votes["Masc"] != votes["Fem"]:
        g = "Masc" if votes["Masc"] > votes["Fem"] else "Fem"
    cache[name] = g
    return g


def _elided_gender(noun) -> str | None:
    """The gender of a person noun after an elided "l'" ("l'ancien banquier", "l'ancienne patronne"): an
    adjective before it, else the noun's own when its form has one (not a form ending in "e", which may be
    either: "l'élue", "l'architecte"; nor a title of both genders, "ministre", "maire")."""
    adj = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i), None)
    if adj is not None and adj.morph.get("Gender"):
        return adj.morph.get("Gender")[0]
    if noun.lower_.endswith("e") or noun.lower_ in _EPICENE_TITLES:
        return None
    return (noun.morph.get("Gender") or [None])[0]


def _agreeing_adjective(noun) -> tuple:
    """The gender an adjective of the noun shows by its ending: "familiale", "générale" (a form that is not
    its masculine lemma) feminine; "familial", "financier" (its lemma, with no final e) masculine."""
    for c in noun.children:
        if c.dep_ != "amod" or c.pos_ != "ADJ":
            continue
        low, lemma = c.lower_, c.lemma_.lower()
        if low.endswith("e") and lemma != low and low.startswith(lemma[:-1]) and "Fem" in c.morph.get("Gender"):
            return ("Fem",)
        if not low.endswith(("e", "s", "x")) and lemma == low and "Masc" in c.morph.get("Gender"):
            return ("Masc",)
    return ()


def _person_gender(index, name: str, doc) -> str | None:
    """The gender the text gives an actor, else, for a person, the one the tagger gives their first name
    (when its mentions agree): "Anne Fabre a rencontré Jean Roux. Il…" is not Anne Fabre."""
    g = _gender_of(index, name, doc)
    if g is None and index.entities[name].type == "PER":
        g = _first_name_gender(index, name, doc)
    return g


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    raw = load_yaml(resources.files("cercle.mentions").joinpath("data/first_names.yaml").read_text("utf-8"))
    return {**{w: "Masc" for w in raw["masculine"]}, **{w: "Fem" for w in raw["feminine"]}}


def _usual_gender(index, name: str) -> str | None:
    """The gender French gives a person's first name, from data/first_names.yaml ("Gérard X" a man,
    "Marie-Hélène Y" a woman, by the compound's first part); None for a name borne by both, one not
    listed, or a person named by a surname alone."""
    ent = index.entities.get(name)
    if ent is None or ent.type != "PER":
        return None
    words = name.split()
    if len(words) < 2:
        return None
    return _first_names().get(words[0].split("-")[0].lower())


def _said_gender(index, name: str, doc) -> str | None:
    """The gender the text gives an actor, else the one French gives a person's first name (not the
    tagger's guess, which takes "Jean" for a woman)."""
    return _gender_of(index, name, doc) or _usual_gender(index, name)


def _first_name_gender(index, name: str, doc) -> str | None:
    """The gender of a person's first name: the one French gives it (data/first_names.yaml), else the one
    the tagger gives it ("Clémence Royer"), when its mentions agree."""
    usual = _usual_gender(index, name)
    if usual is not None:
        return usual
    tv = tokens_of(doc)
    seen = set()
    for i in index.heads.get(name, ()):
        tok = tv[i]
        if tok.pos_ == "PROPN" and any(c.dep_ == "flat:name" for c in tok.children):
            seen.update(tok.morph.get("Gender"))
    return next(iter(seen)) if len(seen) == 1 else None


def _subject_pronoun_antecedent(doc, tok, index, named, subjects_by_sent, sent_of) -> str | None:
    clause = tok.head
    if clause.dep_ == "advcl" and clause.i < clause.head.i and clause.head.i > tok.i:
        # "Lorsqu'il prend connaissance de la lettre, X informe…": a clause put before its main
        # clause speaks of the main clause's subject, named after it
        subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is not None and subj.i > tok.i:
            name = index.by_token.get(subj.i)
            if name and index.kinds.get(subj.i) == "name" and index.entities[name].type in _ACTOR_TYPES:
                g = _gender_of(index, name, doc)
                return name if g in (None, _PRONOUNS[tok.lower_]) else None
            return None
    found = _backward_antecedent(doc, tok, index, subjects_by_sent, sent_of)
    if found is None:
        return None
    name, at = found
    if _nearer_noun(doc, index, at + 1, tok):
        return None
    return name


def _backward_antecedent(doc, tok, index, subjects_by_sent, sent_of):
    """The actor a subject pronoun (il, elle, celui-ci) stands for.

    In order: inside a subordinate clause, the main clause's subject ("X a dit qu'il…", "X, dont il
    détient…"); after a detached phrase, the name it detaches ("Quant à X, elle…"); else the subject of
    the previous sentence, or its one actor when it has no parsed subject; else the article's main
    organisation. Gender agrees when the text gives the actor one."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    gender = _PRONOUNS[tok.lower_]
    s = sent_of[tok.i]
    quoted = tok.i in index.in_quotes
    # (inside a quotation, its speaker says "je": "« Il ne me l'a jamais pardonné », confiait X" is not X,
    # and is a person when its verb is a person's)
    speakers = _quote_speakers(tv, index, tok.i) if quoted else set()
    person = _says_person(tv, tok) or (quoted and tok.head.lemma_.lower() in _person_verbs()) \
        or _succeeds_person(tok, index)

    def fits(name):
        if index.entities[name].type not in _ACTOR_TYPES or (person and index.entities[name].type != "PER") \
                or name in speakers:
            return False
        if index.entities[name].type in ("ORG", "GOV") and plural_actor(tv, index, name):
            return False   # (s37-pron37) "Les Fédérés … . Elle…": a plural actor is no "il", no "elle"
        if index.entities[name].type in ("ORG", "GOV") and _gender_of(index, name, doc) is None \
                and organisation_gender(tv, index, name) not in (None, gender):
            return False   # (s37-pron37) "l'assureur X … Elle…": the gender of the nouns the text gave it
        # (not the tagger's guess from a first name: it takes "Jean" for a woman; the gender French
        # gives a first name when the text says none: "l'actionnaire, Gérard X, … Elle…" is not Gérard)
        g = _said_gender(index, name, doc)
        return g is None or g == gender

    # "Quant à X, elle…", "X, lui, …": a name detached right before the pronoun
    if tok.i >= 2 and tv[tok.i - 1].text == ",":
        j = tok.i - 2
        name = index.by_token.get(j)
        if name and index.kinds.get(j) == "name" and fits(name):
            k = j
            while k > 0 and index.by_token.get(k - 1) == name:
                k -= 1
            before = [t.lower_ for t in tv[max(k - 2, 0):k]]
            # (a name opening its paragraph: the line break before it counts in its sentence)
            if k == 0 or sent_of.get(k - 1) != s or tv[k - 1].is_space or before[-2:] == ["quant", "à"] \
                    or before[-1:] == ["quant"]:
                return name, j
    detached = detached_name(tv, tok, index, fits)   # (s37-pron37) "Quant à son frère, X, …, il"
    if detached is not None:
        return detached
    titled = _titled_person_of_relative(tv, tok, index)
    if titled is not None and fits(titled[0]):
        return titled
    # "Quant à X, qui …, il …", "Quant au groupe X, …, il": the name the sentence detaches, for the
    # pronoun subject of its main clause
    sent = tok.sent
    if sent.start + 2 < tok.i and tv[sent.start].lower_ == "quant" and tv[sent.start + 1].lower_ in ("à", "au", "aux") \
            and tok.head.head.i == tok.head.i and tv[tok.i - 1].text == ",":
        j = next((k for k in range(sent.start + 2, min(sent.start + 8, tok.i))
                  if index.kinds.get(k) in ("name", "introducer")), None)
        name = index.by_token.get(j) if j is not None else None
        # (not when the main clause has a subject of its own before the pronoun)
        if name and fits(name) and not any(tv[k].head.i == tok.head.i and tv[k].dep_ in ("nsubj", "nsubj:pass")
                                           for k in range(j, tok.i)):
            return name, j
    clause = tok.head
    if clause.dep_ in _SUBORDINATE and clause.head.i != clause.i:
        # the nearest clause above with a subject of its own before the pronoun: "X a dit qu'il…";
        # "Renault précise que M. Y a démissionné mais qu'il conserve…" (Y, the nearer one)
        up, hops = clause.head, 0
        while hops < 6:
            subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i), None)
            if subj is None:
                # "X a fait savoir qu'il…" with "fait" split off as a dependent verb holding the subject
                subj = next((k for c in up.children if c.dep_ in ("dep", "aux", "xcomp") and c.i < up.i
                             and c.pos_ in ("VERB", "AUX") for k in c.children
                             if k.dep_ in ("nsubj", "nsubj:pass") and k.i < tok.i), None)
            if subj is not None and closed_relative_subject(tv, subj, tok):
                break   # (s37-pron37) "Chez Z, dont Y détient 4 %, il a réclamé…": not Y
            if subj is not None:
                if subj.pos_ == "PRON" and subj.lower_ in ("qui", "que", "lequel", "laquelle"):
                    # "X, qui a dit qu'il…"; "Il succède à X, qui … a rejoint Y, dont il devient…" with the
                    # relative hung on the main verb: the name right before "qui" and its comma
                    before = subj.i - 2 if subj.i >= 2 and tv[subj.i - 1].text == "," else -1
                    subj = up.head if index.kinds.get(before) != "name" or index.by_token.get(up.head.i) \
                        else tv[before]
                name = index.by_token.get(subj.i)
                if name is None:
                    name = next((index.by_token[c.i] for c in subj.children if c.dep_ in ("appos", "flat:name")
                                 and c.i in index.by_token), None)
                if name is None and crowd_subject(subj, tok, index):
                    break   # (s38-xsent38) "Ses détracteurs rappellent qu'il …": read as a main clause's pronoun
                if name and not fits(name) and _other_gender_before_colon(tv, index, name, subj.i, tok, gender):
                    break   # ("Son mentor, Paul X, la pousse vers l'industrie : en 1979, elle rejoint…",
                    # the clause after the colon misread as a side clause of his: read on, below)
                if name and not fits(name) and index.entities[name].type == "ORG" and not person \
                        and name not in speakers and index.kinds.get(subj.i) == "name":
                    # (s24-coref24) "X, dirigé par Y, a annoncé qu'il contesterait…" after "la firme" spoke of X:
                    # an organisation's gender is its nouns' ("la firme", "le groupe"), no bar to the pronoun
                    # of a clause its named subject governs
                    return name, subj.i
                return (name, subj.i) if name and fits(name) else None
            if up.head.i == up.i:
                break
            up, hops = up.head, hops + 1
        # no parsed subject: the actor the sentence opens with ("Vivendi, contrôlé par…, a accru…")
        first = next((t for t in tv[tok.i].sent if not (t.is_punct or t.pos_ == "DET")), None)
        name = index.by_token.get(first.i) if first is not None else None
        if name and first.i < tok.i and index.kinds.get(first.i) in ("name", "introducer") and fits(name):
            return name, first.i
    # "X, arrivée en 2020, quitte le groupe : elle rejoindra Y" - a clause after a colon or semicolon goes
    # on about its sentence's subject named before it, the one there
    here = {n: i for i, n in subjects_by_sent.get(s, []) if i < tok.i and _main_subject(tv, i, index)
            and any(tv[k].text in (":", ";") for k in range(i + 1, tok.i))}
    if len(here) == 1:
        # (the text or the first name giving it the pronoun's gender, and no other actor that may be named
        # between: "A a rencontré B mardi : il lui a proposé…" is unclear)
        (name, i), = here.items()
        between = {index.by_token[k] for k in range(i + 1, tok.i) if k in index.by_token} - {name}
        if _person_gender(index, name, doc) == gender and fits(name) and not any(
                index.entities[n].type in _ACTOR_TYPES and _person_gender(index, n, doc) in (None, gender)
                for n in between):
            return name, i
        # (a subject of the other gender, as the text or its first name says, is not the one the clause
        # goes on about: "Son mentor, Paul X, la pousse vers l'industrie : elle rejoint…" reads on)
        if not (index.entities[name].type == "PER" and _person_gender(index, name, doc) not in (None, gender)):
            return None
    if unresolved_subject_before(tv, tok, index, sent_of, _descriptors()):
        return None   # (s39-poss39) "La future entité rassemblera A, B et C. Elle …": that actor, not A, B or C
    prev_all = [(n, i) for i, n in subjects_by_sent.get(s - 1, [])]
    if not prev_all and s >= 2 and tok.sent.start >= 2:
        # (s31-coref31) "X avait proposé 15 M€ pour reprendre le club ; son offre a été rejetée. Il accuse …": the
        # parser cut the sentence at its semicolon, and the half after it names no actor as subject: the
        # sentence's subject before the semicolon goes on
        prev_start = tv[tok.sent.start - 1].sent.start
        if prev_start >= 1 and tv[prev_start - 1].text == ";":
            prev_all = [(n, i) for i, n in subjects_by_sent.get(s - 2, [])]
    if not quoted and all(i in index.in_quotes for _, i in prev_all):
        # "Pour X, « la commission a fait son travail ». Elle accuse…": the previous sentence's subjects, if
        # any, are the speaker's words; the text goes on about its speaker, of the pronoun's gender as said
        said = _sentence_speakers(tv, index, sent_of, s - 1)
        if len(said) == 1:
            (name,) = said
            if index.entities[name].type == "PER" and _person_gender(index, name, doc) == gender and fits(name):
                return name, tok.sent.start - 1
    prev = [(n, i) for n, i in prev_all if fits(n)]
    if not prev and prev_all and all(_participle_agent(tv, i) for _, i in prev_all):
        prev = prev_all   # ("Présidée par Paul X, la banque Y a… Elle…": the agent only marks the place)
    if prev:
        prev, lifted36 = lift_relative_subjects(tv, prev, index, gender, fits, person, speakers)   # (s36-pron36) "X, dont Y est…, … Elle…"
        # the main clause's subject over the agent of a participle put before it or a side clause's
        # subject ("Fondée par A et B, X a levé… Elle…": X)
        lead = [p for p in prev if p[0] in lifted36 or (not _participle_agent(tv, p[1]) and fits(p[0]))]
        if lead:
            return min(lead, key=lambda p: not _main_subject(tv, p[1], index))
        # only the agent of a participle the sentence opens with ("Présidée par A, la banque X a…"):
        # the first other actor after it, the subject the parser missed
        agents = {n for n, _ in prev}
        start = tok.sent.start
        while start > 0 and sent_of.get(start - 1, -1) >= s - 1:
            start -= 1
        after = next(((index.by_token[j], j) for j in range(max(i for _, i in prev), tok.sent.start)
                      if index.kinds.get(j) in ("name", "introducer") and index.by_token[j] not in agents
                      and fits(index.by_token[j])), None)
        return after
    other = _other_gender_actor(doc, tok, index, subjects_by_sent, sent_of, gender)
    if other is not None:
        return other
    if person:
        # a person, after a sentence about an organisation: the one person of its gender that sentence names
        # ("La banque X a nommé Y à sa tête. À 49 ans, elle devient…")
        span = _sentence_span(doc, tok, sent_of, 1)
        found = {index.by_token[j]: j for j in span if j in index.by_token and j < tok.sent.start
                 and index.kinds.get(j) in ("name", "introducer", "descriptor") and fits(index.by_token[j])}
        if len(found) == 1:
            return next(iter(found.items()))
        # (none: a quoted person is the portrait's or obituary's own, when nothing else fits)
        return _topic_person_subject(tv, tok, index, sent_of, gender, fits) if quoted and not found else None
    return _lone_actor(doc, tok, index, subjects_by_sent, sent_of, fits) \
        or _one_person_of_gender(tv, tok, index, subjects_by_sent, sent_of, gender, fits) \
        or _topic_person_subject(tv, tok, index, sent_of, gender, fits) \
        or chain_over_sentence(doc, tok, index, subjects_by_sent, sent_of, fits, gender) \
        or cleft_focus(doc, tok, index, sent_of, fits, gender)   # (s37-pron37) both


def _titled_person_of_relative(tv, tok, index) -> tuple[str, int] | None:
    """(s24-coref24) "X, PDG de Y, qu'il a cofondé en 1986, …": the subject pronoun of an object relative clause on
    the organisation of a person's title apposition is that person (the relative's antecedent Y is its object,
    and the parse often hangs the clause elsewhere). Cheap: "que" and a comma right before the pronoun, an
    organisation's name before them, then within a few words a title noun, a comma and a person's name."""
    i = tok.i
    if i < 6 or tv[i - 1].lower_ not in ("qu'", "qu’", "que") or tv[i - 2].text != "," \
            or tok.head.dep_ != "acl:relcl":
        return None
    org = index.by_token.get(i - 3)
    if org is None or index.entities[org].type != "ORG":
        return None
    k = i - 3
    while k > 0 and index.by_token.get(k - 1) == org:
        k -= 1
    # "PDG de", "fondateur et président d'": the title's words, then the comma closing the person's name
    j = k - 1
    if tv[j].lower_ not in _DE:
        return None
    c = next((m for m in range(j - 1, max(j - 5, 0), -1) if tv[m].text == ","), None)
    if c is None or not any(tv[m].pos_ == "NOUN" and m not in index.by_token for m in range(c + 1, j)):
        return None
    person = index.by_token.get(c - 1)
    if person is None or index.entities[person].type != "PER" or index.kinds.get(c - 1) not in ("name", "introducer"):
        return None
    return person, c - 1


def _other_gender_before_colon(tv, index, name: str, at: int, tok, gender: str) -> bool:
    """The person at token ``at`` is of the other gender than the pronoun (as the text or the first name
    says), and a colon or a semicolon stands between them."""
    return index.entities[name].type == "PER" and _person_gender(index, name, tok.doc) not in (None, gender) \
        and any(tv[k].text in (":", ";") for k in range(at + 1, tok.i))


@lru_cache(maxsize=1)
def _person_verbs_data() -> dict:
    return load_yaml(resources.files("cercle.mentions").joinpath("data/person_verbs.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _person_verbs() -> frozenset:
    return frozenset(_person_verbs_data()["person_verbs"])


def _succeeds_person(tok, index) -> bool:
    """"Elle succède à X", "Il remplace X" with X a person: the pronoun subject is a person too (a post
    passes from a person to a person), whatever company the sentence before was about."""
    verb = tok.head
    case = _person_verbs_data()["succession_verbs"].get(verb.lemma_.lower())
    if case is None or tok.dep_ != "nsubj":
        return False
    for c in verb.children:
        # (the parser may take the object after the verb for a second subject: "Elle remplace X, …")
        if c.i <= tok.i or c.dep_ not in ("obj", "obl:arg", "obl", "obl:mod", "iobj") and not (
                c.dep_ == "nsubj" and c.i > verb.i):
            continue
        marker = next((k.lower_ for k in c.children if k.dep_ == "case"), "")
        name = index.by_token.get(c.i)
        if marker == case and name is not None and index.kinds.get(c.i) == "name" \
                and index.entities[name].type == "PER":
            return True
    return False


def _succeeded_one(tok, index) -> bool:
    """(s22-coref22) "X succède à ce dernier", "X remplace ce dernier": the complement of a succession verb
    whose subject is a named person is a person too."""
    verb = tok.head
    case = _person_verbs_data()["succession_verbs"].get(verb.lemma_.lower())
    if case is None or tok.dep_ in ("nsubj", "nsubj:pass"):
        return False
    if case != next((k.lower_ for k in tok.children if k.dep_ == "case"), ""):
        return False
    return any(c.dep_ == "nsubj" and index.kinds.get(c.i) == "name" and index.entities[index.by_token[c.i]].type == "PER"
               for c in verb.children)


def quote_spans(tv, index) -> list[tuple[int, int]]:
    """The document's quotations (quoted_we._quotes), found once and kept on the index."""
    spans = index.__dict__.get("_quote_spans")
    if spans is None:
        spans = index.__dict__["_quote_spans"] = _quotes(tv)
    return spans


def _quote_speakers(tv, index, i: int) -> set[str]:
    """The speakers the text names for the quotations holding token i ("« … », confiait X", "Pour X, « … »")."""
    out = set()
    for o, c in quote_spans(tv, index):
        if not o < i < c:
            continue
        sent = tv[o].sent
        at = _speaker_after(tv, index, c, max(sent.end, tv[c].sent.end)) or _speaker_before(tv, index, o, sent.start)
        if isinstance(at, int) and not (at > c or at >= sent.start):
            continue   # ("« … », s'amuse-t-elle": the last actor before the quotation is a guess, not a speaker)
        name = at if isinstance(at, str) else index.by_token.get(at) if at is not None else None
        if name is not None:
            out.add(name)
    return out


def _sentence_speakers(tv, index, sent_of, s: int) -> set[str]:
    """The speakers the text names for the quotations sentence s holds."""
    return {n for o, c in quote_spans(tv, index) if sent_of.get(o + 1) == s and o + 1 < c for n in _quote_speakers(tv, index, o + 1)}


def _opens_paragraph(tv, para_of, tok) -> bool:
    """The word's sentence is its paragraph's first (only line breaks before it in that paragraph)."""
    start = tok.sent.start
    while start < tok.i and tv[start].is_space:
        start += 1
    return all(para_of[k] == para_of[tok.i] for k in range(start, tok.i)) and (
        start == 0 or para_of[start - 1] != para_of[tok.i])


def _in_complement(tok) -> bool:
    """The word belongs to a name inside a prepositional complement ("chez X", "de la banque X")."""
    while tok.dep_ in ("flat:name", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return any(c.dep_ == "case" for c in tok.children)


def _fronted_phrase_subject(tv, i: int) -> bool:
    """"À la barre, X, ancienne directrice de Y, a reconnu…": the name after a fronted phrase, which the
    parser hangs on that phrase, is the subject its verb, coming after it with none of its own, lacks."""
    tok = tv[i]
    head = tok.head
    verb = head.head
    return tok.dep_ == "appos" and i >= 1 and tv[i - 1].text == "," and head.i < i \
        and head.dep_ in ("obl", "obl:mod") and verb.pos_ in ("VERB", "AUX") and verb.i > i \
        and not any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in verb.children)


_AVOIR_BEAU = frozenset(("a", "avait", "ont", "avaient", "aura", "auront", "eut"))


def _concessive_subjects(tv, index, subjects_by_sent, sent_of) -> None:
    """"X a beau répéter que…, le concurrent Y ne décolère pas. Son patron, Z": the clause on "avoir beau" only
    concedes; the sentence is about the subject of the clause after it, which a possessive opening the next
    sentence points back to. That subject (a name, or the name its subject noun introduces, right after a comma)
    replaces the conceding clause's in the sentence's subjects (s20-coref4)."""
    for b in range(1, len(tv) - 1):
        if tv[b].lower_ != "beau" or tv[b - 1].lower_ not in _AVOIR_BEAU or tv[b + 1].pos_ not in ("VERB", "AUX"):
            continue
        s = sent_of.get(b)
        end = b + 1
        while end < len(tv) and sent_of.get(end) == s:
            end += 1
        for j in range(b + 2, end):
            name = index.by_token.get(j)
            if not name or index.kinds.get(j) != "name" or index.by_token.get(j - 1) == name:
                continue
            tok = tv[j]
            if not (tok.dep_ in ("nsubj", "nsubj:pass") or tok.dep_ in ("nmod", "appos", "flat:name", "dep")
                    and tok.head.i < j and tok.head.dep_ in ("nsubj", "nsubj:pass")):
                continue
            # (its noun phrase, a few words with no verb, opens right after a comma: "…, le concurrent low cost Y")
            k = j - 1
            while k > b and j - k <= 5 and tv[k].text != "," and tv[k].pos_ not in ("VERB", "AUX", "SCONJ", "PRON"):
                k -= 1
            if tv[k].text != ",":
                continue
            # (the conceding clause's subject dropped: kept, it would tie with Y for a strict possessive)
            rest = [x for x in subjects_by_sent.get(s, []) if x[0] > b and x[0] != j]
            subjects_by_sent[s] = [(j, name)] + rest
            break


def _name_before_apposed_subject(tv, i: int, index, name: str) -> bool:
    """"X, la coentreprise de A et de B, commercialise…": the parser makes the apposed noun the subject and
    hangs the name opening the sentence elsewhere; the name is what the sentence is about (not A or B, which
    a possessive opening the next sentence would otherwise fall back on). (s20-coref4)"""
    tok = tv[i]
    if i != tok.sent.start or tok.dep_ in ("nsubj", "nsubj:pass"):
        return False
    e = i + 1
    while e < len(tv) and index.by_token.get(e) == name:
        e += 1
    if e + 2 >= len(tv) or tv[e].text != "," or tv[e + 1].pos_ != "DET":
        return False
    k = tv[e + 2]
    if k.pos_ != "NOUN" or k.i in index.by_token:
        return False
    verb = tok.head
    if verb.pos_ == "VERB" and verb.i > k.i and tv[verb.i - 1].text == "," \
            and not any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in verb.children):
        return True   # (the name hung on the verb after the apposition, which has no subject of its own)
    if k.dep_ in ("nsubj", "nsubj:pass"):
        return k.head.pos_ in ("VERB", "AUX") and k.head.i > k.i
    # (the verb after the apposition's closing comma read as the noun's clause: "…, la coentreprise de A et de
    # B, commercialise" with the noun as the root)
    return k.dep_ == "ROOT" and any(c.dep_ == "acl" and c.pos_ == "VERB" and tv[c.i - 1].text == ","
                                    for c in k.children if c.i > k.i)


def _one_person_of_gender(tv, tok, index, subjects_by_sent, sent_of, gender, fits) -> tuple[str, int] | None:
    """"Le retour de Claire a coïncidé avec le départ de son frère, Paul X. Il a quitté…": after a sentence
    with no actor as subject, that names only persons whose gender the text or the first name gives, the
    one of them of the pronoun's gender."""
    s = sent_of[tok.i]
    if subjects_by_sent.get(s - 1) or not _in_main_clause(tok):
        return None
    start = tok.sent.start
    if any(j in index.by_token and not _in_complement(tv[j]) for j in range(start, tok.i)):
        return None
    while start > 0 and sent_of.get(start - 1, -1) >= s - 1:
        start -= 1
    found, seen = {}, set()
    titles = lexicon()["person_titles"]
    held = {index.by_token[j] for j in range(start, tok.sent.start)
            if index.kinds.get(j) == "introducer" and tv[j].lower_ in titles}
    for j in range(start, tok.sent.start):
        n = index.by_token.get(j)
        if n is None or n in seen or n in held:
            continue   # ("la ministre de l'Europe, X": the title a person holds, not an organisation spoken of)
        seen.add(n)
        if index.entities[n].type in ("ORG", "GOV") or (
                index.entities[n].type == "PER" and _person_gender(index, n, tok.doc) is None):
            return None   # (an organisation, or a person of no known gender, it may stand for as well)
        if index.entities[n].type == "PER" and _person_gender(index, n, tok.doc) == gender and fits(n):
            found[n] = j
    if len(found) != 1 or any(tv[k].lower_ in ("selon", "après") for k in range(start, tok.sent.start)):
        return None
    return next(iter(found.items()))


def _topic_person(index, sent_of) -> str | None:
    """The person a portrait or an obituary is about: the person the article speaks of most, named in its
    headline or its first sentence (read once, when first asked)."""
    cache = index.__dict__
    if "_topic_person" not in cache:
        main = index.main_person()
        first = min((j for j, n in index.by_token.items() if n == main), default=None) if main else None
        cache["_topic_person"] = main if first is not None and sent_of.get(first, 99) <= 1 else None
    return cache["_topic_person"]


def _topic_person_subject(tv, tok, index, sent_of, gender, fits) -> tuple[str, int] | None:
    """"Ses relations avec l'actionnaire, Paul X, se dégradent. Elle est évincée…": a subject pronoun whose
    previous sentence has no actor as subject is the article's own person (a portrait's, an obituary's),
    when the text or the first name gives that person the pronoun's gender and the previous sentence names
    no other actor it may stand for (a person of the other gender, as said, is none)."""
    topic = _topic_person(index, sent_of)
    if topic is None or not fits(topic) or _person_gender(index, topic, tok.doc) != gender \
            or not _in_main_clause(tok):
        return None
    s = sent_of[tok.i]
    start = tok.sent.start
    if any(j in index.by_token and not _in_complement(tv[j]) for j in range(start, tok.i)):
        return None   # (an actor named before it in its own sentence, other than in a complement: "Arrivée
        # chez X en 2017, elle…" is still the article's person)
    while start > 0 and sent_of.get(start - 1, -1) >= s - 1:
        start -= 1
    for j in range(start, tok.sent.start):
        n = index.by_token.get(j)
        if n is not None and n != topic and fits(n) and (
                index.entities[n].type != "PER" or _person_gender(index, n, tok.doc) in (None, gender)):
            return None
    return topic, tok.sent.start - 1


_PERSON_NOUNS = frozenset({"femme", "homme"})
_BECOME = frozenset({"être", "devenir", "rester", "redevenir"})


def _says_person(tv, tok) -> bool:
    """The pronoun's own sentence says it is a person: an age put before it ("À 49 ans, elle…", "Âgé de
    52 ans, il…"), or
    "femme"/"homme" as what it is or becomes ("elle devient la première femme à…"). (Not a title: a
    company is "actionnaire", "présidente" of a consortium too.)"""
    start = tok.sent.start
    # ("Âgée de 49 ans, elle…" says it as well)
    if any(tv[k].lower_ == "ans" and tv[k - 1].like_num and (tv[k - 2].lower_ == "à" or (
            tv[k - 2].lower_ == "de" and k >= 3 and tv[k - 3].lower_.startswith("âgé")))
           for k in range(start + 2, tok.i)):
        return True
    verb = tok.head
    if verb.pos_ == "NOUN":   # "elle est la première femme…": the attribute heads the clause
        return verb.lemma_.lower() in _PERSON_NOUNS
    return verb.lemma_.lower() in _BECOME and any(
        c.dep_ in ("xcomp", "obj", "attr") and c.pos_ == "NOUN" and c.lemma_.lower() in _PERSON_NOUNS
        for c in verb.children)


def _other_gender_actor(doc, tok, index, subjects_by_sent, sent_of, gender):
    """"Le ministre X a reçu Anne Y. Elle a présenté…": the previous sentence's subject is of the other
    gender, as the text says; the pronoun stands for the one person of its own gender (said by the text,
    else by the first name) that sentence names, when there is exactly one, that sentence names no
    organisation, and none is named before the pronoun in its own sentence."""
    s = sent_of[tok.i]
    subs = subjects_by_sent.get(s - 1, [])
    if not subs or any(index.entities[n].type != "PER" or _person_gender(index, n, doc) in (None, gender)
                       for _, n in subs):
        return None
    start = tok.sent.start
    while start > 0 and sent_of.get(start - 1, -1) >= s - 1:
        start -= 1
    found = {}
    if any(index.entities[n].type in ("ORG", "GOV") for j in range(start, tok.sent.start)
           if (n := index.by_token.get(j)) is not None):
        return None   # (an organisation the pronoun may stand for too: "… a reçu X, PDG de Y. Elle…")
    for j in range(start, tok.i):
        n = index.by_token.get(j)
        if n and index.kinds.get(j) in ("name", "introducer", "descriptor") and index.entities[n].type == "PER" \
                and _person_gender(index, n, doc) == gender and j not in found.values() \
                and not any(t.lower_ in ("selon", "après") for t in tokens_of(doc)[max(j - 3, start):j]):   # a source
            found.setdefault(n, j)
    if len(found) != 1:
        return None
    (n, j), = found.items()
    return (n, j) if sent_of.get(j) == s - 1 else None


def _opens_relative_subject(tv, i: int, index, name: str) -> bool:
    """(s24-coref24) "X, qui y emploie 9 000 personnes, a annoncé…" parsed with the relative's verb as the root and
    X hung on it as an oblique: a name opening its sentence (after its article at most) right before ", qui" is
    the sentence's subject."""
    tok = tv[i]
    if tok.dep_ in ("nsubj", "nsubj:pass") or index.kinds.get(i) != "name" or index.by_token.get(i - 1) == name:
        return False
    start = tok.sent.start
    if not (i == start or (i == start + 1 and tv[start].pos_ == "DET")):
        return False
    k = i + 1
    n_doc = len(tv)
    while k < n_doc and index.by_token.get(k) == name:
        k += 1
    return k + 1 < n_doc and tv[k].text == "," and tv[k + 1].lower_ == "qui"


def _main_subject(tv, i: int, index) -> bool:
    """The name at token i is the subject of its sentence's main clause (not an agent, not a side clause's)."""
    top = tv[i]
    while top.head.i != top.i and index.by_token.get(top.head.i) == index.by_token.get(i) \
            and top.dep_ not in ("nsubj", "nsubj:pass"):
        top = top.head
    if top.dep_ in ("appos", "conj") and top.head.dep_ in ("nsubj", "nsubj:pass") and top.head.i < top.i:
        top = top.head   # "Ex-membre du directoire de Y, X est…": the name put beside an unnamed subject
    return (top.dep_ in ("nsubj", "nsubj:pass") and _in_main_clause(top)) or (
        top.dep_ == "ROOT" and top.i == top.sent.start) or (   # ("Navimer dément…" misparsed: see link_anaphora)
        _opens_relative_subject(tv, i, index, index.by_token.get(i)))


def _former_title(tv, tok, det) -> bool:
    """(s21-coref21) "l'ancien patron de Y", "l'ex-porte-parole de Y": a person noun said former by "ancien",
    "ancienne" between its determiner and it, or an "ex-" prefix."""
    return tok.lower_.startswith("ex-") or any(tv[k].lower_ in ("ancien", "ancienne") for k in range(det.i + 1, tok.i))


# (s21-coref21) staff titles that are no descriptor alone ("le directeur", "l'entraîneur" of no named body) but
# stand for a person named before when former and with their organisation: "l'ancien entraîneur de Y"
# (not "directeur": "l'ancien directeur de la rédaction de Y" is typed by the department rule, which gold may read
# as the head of the title)
_FORMER_STAFF_NOUNS = frozenset({"porte-parole", "entraîneur", "entraîneuse",
                                 "sélectionneur", "sélectionneuse", "conseiller", "conseillère", "trésorier",
                                 "trésorière", "rédacteur", "rédactrice", "collaborateur", "collaboratrice",
                                 "salarié", "salariée", "employé", "employée", "associé", "associée"})

# nouns and verbs of a succession: "le successeur de l'ancien patron de Y" is someone else
_SUCCESSION_WORDS = frozenset({"successeur", "successeure", "remplaçant", "remplaçante", "succéder", "remplacer"})


def _former_holder_before(tv, tok, det, index, sent_of) -> str | None:
    """(s21-coref21) The person a former title with a named organisation ("l'ancien porte-parole de Y") outside
    its clause's subject stands for: the one person the previous sentence names (by name, title or pronoun)
    and the descriptor's own sentence names before it, not the subject of the descriptor's clause, of the
    determiner's gender. None with no organisation, with several persons, or after a succession word."""
    org = _title_org(tok, index)
    if org is None or org == "?" or index.entities[org].type not in ("ORG", "GOV"):
        return None
    if any(c.dep_ == "conj" for c in tok.children) \
            or any(k.dep_ == "conj" for c in tok.children if c.dep_ == "nmod" for k in c.children):
        return None   # ("entre l'ancien porte-parole de Y et les supporters de Z": the title's slots would take Z)
    if tok.head.lemma_.lower() in _SUCCESSION_WORDS or tok.head.head.lemma_.lower() in _SUCCESSION_WORDS:
        return None
    s = sent_of[tok.i]
    start = tv[tok.i].sent.start
    first = start
    while first > 0 and sent_of.get(first - 1) == s - 1:
        first -= 1
    if not any(index.by_token.get(k) is not None and index.entities[index.by_token[k]].type == "PER"
               for k in range(first, det.i)):
        while first > 0 and sent_of.get(first - 1) == s - 2:   # ("… démenti la vente. « C'est faux », ont assuré
            first -= 1                                         # les proches de l'ancien patron de Y": a quote between)
    persons = set()
    own = set()
    for j in range(first, det.i):
        name = index.by_token.get(j)
        if name is None or index.entities[name].type != "PER" or index.kinds.get(j) not in ("name", "descriptor", "pronoun"):
            continue
        if any(tv[k].lower_ in ("selon", "après") for k in range(max(j - 3, first), j)) and index.by_token.get(j - 1) != name:
            continue   # "Selon X, …": a source, not an actor of the story
        if j >= start and tv[j].dep_ in ("nsubj", "nsubj:pass") or (j >= start and _binds(tv[0].doc, j, tok.i, index)):
            own.add(name)   # the clause's own subject is someone else ("X a pris la défense de l'ancien …")
        persons.add(name)
    if own & persons and len(persons) > 1:
        return None   # ("X a rencontré Y. Il a salué l'ancien patron de Z": X and Y, no guess)
    persons -= own
    if len(persons) != 1:
        return None
    who = next(iter(persons))
    said = (det.morph.get("Gender") or [None])[0] or _elided_gender(tok)
    if said and _said_gender(index, who, tv[0].doc) not in (None, said):
        return None
    return who


def _relative_clause_subject(tv, i: int, index) -> bool:
    """(s21-coref21) The name at token i is the subject of a relative clause ("la banque que dirige X", "une
    discrimination que dénonce X", "Y, qui …"), however the parse attaches the clause."""
    top = tv[i]
    while top.head.i != top.i and index.by_token.get(top.head.i) == index.by_token.get(i) \
            and top.dep_ not in ("nsubj", "nsubj:pass"):
        top = top.head
    if top.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    verb = top.head
    # (the relative word on the verb, or on one of its nouns: "dont l'unique actionnaire est X")
    return verb.dep_ == "acl:relcl" or any(c.pos_ == "PRON" and c.lower_ in _RELATIVE_WORDS and c.i < verb.i
                                           for k in verb.children
                                           for c in ((k, *k.children) if k.pos_ in ("NOUN", "PROPN") else (k,)))


_RELATIVE_WORDS = frozenset({"que", "qu'", "qu’", "qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"})


def _participle_agent(tv, i: int) -> bool:
    """The name at token i is the agent of a bare participle ("Fondée par A, X…", "Dirigé par A, le groupe…")."""
    top = tv[i]
    while top.dep_ in ("flat:name", "flat", "conj") and top.head.i != top.i:
        top = top.head
    verb = top.head
    return top.dep_ == "obl:agent" and verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") \
        and verb.i < top.i and not any(c.dep_ in ("aux", "aux:pass", "aux:tense", "cop") for c in verb.children)


def _lone_actor(doc, tok, index, subjects_by_sent, sent_of, fits):
    tv = tokens_of(doc)
    s = sent_of[tok.i]
    if not subjects_by_sent.get(s - 1):
        # the previous sentence has no actor as subject: its one actor, if it names only one
        start = tok.sent.start
        while start > 0 and sent_of.get(start - 1, -1) >= s - 1:
            start -= 1   # back over the previous sentence (and blank lines between)
        actors = {index.by_token[i] for i in range(start, tok.sent.start) if i in index.by_token}
        # (an actor inside a phrase - "ministre de X", "au Y" - is not what a sentence is about)
        free = {index.by_token[i]: i for i in range(start, tok.sent.start) if index.kinds.get(i) == "name"
                and tv[i].dep_ not in ("flat:name", "flat") and index.entities[index.by_token[i]].type in ("PER", "ORG")
                and not (tv[i].dep_ in ("nmod", "obl", "obl:mod", "obl:arg")
                         and any(c.dep_ == "case" for c in tv[i].children))
                and not source_name(tv, i, index)}   # (s34-coref34) "D'après X, le ministre a tranché. Il": not X
        if len(actors) == 1 and len(free) == 1 and fits(next(iter(free))):
            return next(iter(free.items()))
        # … or the one actor it speaks of by a description ("Une première pour la start-up.")
        refs = [i for i in range(start, tok.sent.start) if index.kinds.get(i) in ("descriptor", "pronoun")]
        if len(actors) == 1 and refs and fits(index.by_token[refs[-1]]):
            return index.by_token[refs[-1]], refs[-1]
        if not actors and not any(tv[i].pos_ in ("VERB", "AUX") for i in range(start, tok.sent.start)):
            # a sentence with no verb and no actor ("Récit d'une ascension.") between: the chain of the
            # sentence before it goes on ("À 49 ans, elle devient… Récit… Elle n'aime ni…")
            back = {n for i, n in subjects_by_sent.get(s - 2, []) if fits(n) and (
                _main_subject(tv, i, index) or index.kinds.get(i) == "pronoun")}
            if len(back) == 1:
                name = next(iter(back))
                return name, max(i for i, n in subjects_by_sent[s - 2] if n == name)
        if not actors and index.topic and fits(index.topic) and \
                not any(i in index.by_token for i in range(tok.sent.start, tok.i)):
            return index.topic, tok.sent.start - 1
    return None


# "les deux hommes", "les deux groupes": a pair of actors named before, of the noun's kind.
_PAIR_NOUNS = {
    "PER": {"hommes", "femmes", "dirigeants", "dirigeantes", "patrons", "chefs", "milliardaires", "ministres",
            "présidents", "présidentes", "responsables", "frères", "sœurs", "soeurs", "héritiers", "fondateurs",
            "cofondateurs", "co-fondateurs", "associés", "magnats", "hommes d'affaires", "personnalités", "candidats", "leaders"},
    "ORG": {"entreprises", "groupes", "sociétés", "constructeurs", "opérateurs", "géants", "syndicats", "fonds",
            "banques", "clubs", "partis", "firmes", "compagnies", "laboratoires", "industriels", "assureurs",
            "médias", "chaînes", "journaux", "quotidiens", "enseignes", "distributeurs", "start-up", "startups",
            "acteurs", "équipementiers", "armateurs", "énergéticiens", "pétroliers", "plateformes", "éditeurs"},
    "GOV": {"pays", "états", "etats", "gouvernements", "capitales", "voisins", "nations", "puissances"},
}
_PAIR_TYPE = {w: t for t, words in _PAIR_NOUNS.items() for w in words}
_PAIR_WINDOW = 3   # sentences back
# Plural nouns for the people who run a state: with the state's adjective, they stand for that state.
_LEADERSHIP_NOUNS = {"dirigeants", "autorités"}
_GROUP_SIZES = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}   # "les deux hommes", "les trois cofondateurs"
_FOUNDER_NOUNS = frozenset({"fondateurs", "cofondateurs", "co-fondateurs", "fondatrices", "cofondatrices"})


def _group_kind(noun) -> str | None:
    """The kind of actor a plural noun after a number stands for: "les deux hommes" PER, "les deux
    groupes" ORG, "les deux rivaux" either ("ANY"); a plural of any descriptor ("les deux cimentiers",
    "les trois élus") its descriptor's type; None for a noun that is no group of actors ("les deux tiers")."""
    low = noun.lower_
    if low in _PAIR_TYPE:
        return _PAIR_TYPE[low]
    lex = lexicon()
    if low in lex.get("group_nouns_any", ()):
        return "ANY"
    if low in lex.get("group_nouns_org", ()):
        return "ORG"
    if noun.pos_ == "NOUN" and low.endswith(("s", "x")) and "Sing" not in noun.morph.get("Number"):
        kind = _descriptors().get(noun.lemma_.lower())
        if kind in ("PER", "ORG", "GOV"):
            return kind
    return None


# Plural person nouns that say their members' gender ("les deux hommes" are no woman the text named)
_GROUP_GENDER = {"hommes": "Masc", "femmes": "Fem", "frères": "Masc", "sœurs": "Fem", "soeurs": "Fem",
                 "présidentes": "Fem", "dirigeantes": "Fem", "fondatrices": "Fem", "cofondatrices": "Fem"}


def _link_pair(doc, tok, index, mentions, sent_of) -> bool:
    """"Les deux hommes se sont rencontrés": the noun stands for the last two actors of its kind named
    together (in one sentence, as its only two of that kind, or coordinated). Both are recorded in
    ``index.plural`` on the noun's token; the token itself maps to the first."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    noun = tok.head
    if tok.dep_ != "nummod" or noun.i <= tok.i or noun.i - tok.i > 1 or tok.i == 0:
        return False
    det = tv[tok.i - 1]
    if det.lower_ not in ("les", "ces", "des", "aux") or noun.i in index.by_token:   # ("aux deux géants")
        return False
    want = _group_kind(noun)
    if want is None:
        return False
    if any(c.dep_ in ("appos", "flat:name") and c.i in index.by_token
           and not any(x.pos_ in ("VERB", "AUX") for x in tv[noun.i + 1:c.i])   # (not past a clause: misparsed)
           for c in noun.children) or any(
            c.dep_ == "nmod" and c.i in index.by_token and (want != "PER" or index.entities[index.by_token[c.i]].type != "ORG")
            for c in noun.children):
        # "les deux fonds X et Y", "les deux chefs d'Etat de A et B": named right there (not "les trois
        # cofondateurs de Y", whose "de" names their company)
        return False
    nxt = noun.i + 1
    while nxt < len(doc) and tv[nxt].pos_ == "ADJ":
        nxt += 1
    if nxt < len(doc) and (index.kinds.get(nxt) == "name" or (tv[nxt].text == "," and index.kinds.get(nxt + 1) == "name")):
        return False
    n = _GROUP_SIZES[tok.lower_]
    # "les deux fondateurs": the persons the text said founded it, over the last two it named
    pair = _founders(doc, tok, index, n) if noun.lower_ in _FOUNDER_NOUNS else None
    gender = _GROUP_GENDER.get(noun.lower_)
    pair = pair or _find_pair(doc, tok, index, sent_of, want, n, gender)
    pair = pair or possessive_pair(doc, tok, index, sent_of, want, n, gender, _said_gender)   # (s32-plural32)
    if pair and want == "ANY" and len({index.entities[p].type for p in pair}) > 1:
        pair = None   # "les deux rivaux": persons or companies, not one of each
    if pair and n == 2 and det.i > 0 and tv[det.i - 1].lower_ == "entre" and not any(
            index.kinds.get(j) == "name" for j in range(tok.sent.start, tok.i)):
        # (only a sentence that names no one before it: "la fusion entre A et B … entre les deux groupes"
        # is read as before)
        # (s37-duo37) the two this paragraph names, when it names exactly two who fit, over the article's main pair
        pair = (want == "PER" and paragraph_pair(doc, tok, index, gender, _said_gender)) or \
            _main_pair(index, want, pair, lambda p: _said_gender(index, p, doc) not in (None, gender)
                       if gender else False)
    if not pair and n == 2 and want == "PER" and det.i > 0 and tv[det.i - 1].lower_ == "entre":
        # (s37-duo37) no pair found nearer: the two this paragraph names, else the article's two main persons
        # when the one person the paragraph names is one of them
        pair = paragraph_pair(doc, tok, index, gender, _said_gender, lambda: _main_pair(
            index, want, [], lambda p: _said_gender(index, p, doc) not in (None, gender) if gender else False))
    if not pair:
        return False
    _add(doc, index, mentions, det.i, noun.i + 1, pair[0], "descriptor", head=noun.i)
    index.plural[noun.i] = list(pair)
    for other in pair[1:]:
        mentions.append(Mention(det.idx, noun.idx + len(noun.text), doc[det.i:noun.i + 1].text, other.strip(),
                                "descriptor"))
    return True


# "son associé", "sa cofondatrice": the other one of two founders.
_PARTNER_NOUNS = frozenset({"associé", "associée", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice"})


def _link_partner(doc, tok, index, mentions) -> bool:
    """"Fondée par A et B, … . « … », explique A. Son associé, directeur technique de Y, …": a possessive
    partner noun with no name of its own, whose owner is one of the two persons the text named as
    founders, is the other one (of the noun's gender)."""
    tv = tokens_of(doc)
    if tok.pos_ != "NOUN" or tok.i == 0 or tv[tok.i - 1].lower_ not in ("son", "sa") \
            or tv[tok.i - 1].pos_ != "DET" or tok.i - 1 in index.by_token:
        return False
    nxt = tok.i + 1 if tok.i + 1 < len(tv) and tv[tok.i + 1].text != "," else tok.i + 2
    if nxt < len(tv) and index.kinds.get(nxt) == "name":
        return False   # ("son associé, X": named there)
    founders = _founders(doc, tok, index, 2)
    if not founders:
        return False
    got = index.antecedent(tok.i - 1, types=("PER",))
    if not got or got[0] not in founders:
        return False
    other = next(f for f in founders if f != got[0])
    gender = "Fem" if tok.lower_.endswith("e") else "Masc"
    if _gender_of(index, other, doc) not in (None, gender):
        return False
    _add(doc, index, mentions, tok.i - 1, tok.i + 1, other, "descriptor", head=tok.i)
    return True


def _main_pair(index, want: str, pair: list[str], other_gender=lambda name: False) -> list[str] | None:
    """"Le bras de fer entre les deux groupes", "la rivalité entre les deux hommes": the two the article
    opposes, its two most spoken-of actors of that kind; a pair found nearer that is not them (the
    bidder and its adviser: "X est conseillé par la banque Y. Le bras de fer entre les deux groupes")
    gives way to them, or to nobody when no two stand out."""
    types = {"PER": ("PER",), "ORG": ("ORG",), "GOV": ("GOV", "LOC"), "ANY": ("PER", "ORG", "GOV")}[want]
    runs: dict[str, int] = {}
    for j, name in index.by_token.items():
        if index.by_token.get(j - 1) != name and index.entities[name].type in types:
            runs[name] = runs.get(name, 0) + 1
    # ("les deux hommes": not a woman, however much the text spoke of her)
    ranked = sorted(((n, c) for n, c in runs.items() if not other_gender(n)), key=lambda x: -x[1])
    if set(pair) == {n for n, _ in ranked[:2]}:
        return pair
    if len(ranked) < 2 or (len(ranked) > 2 and ranked[1][1] <= ranked[2][1]) or ranked[1][1] < 2:
        return None
    return [ranked[0][0], ranked[1][0]]


def _founders(doc, tok, index, n: int) -> list[str] | None:
    """The ``n`` persons named before ``tok`` as founders: the agents of "fondée par A et B", the
    names set beside "cofondateur(s)" ("A, cofondateur de Y", "les cofondateurs A et B"). None unless
    exactly ``n``."""
    tv = tokens_of(doc)
    words = lexicon().get("founding_words", ())
    found: list[str] = []
    last = None   # (the token of the last founder's name)
    for j, name in sorted(index.by_token.items()):
        if j >= tok.i or index.entities[name].type != "PER" or name in found:
            continue
        if index.kinds.get(j) != "name":
            # "elle a fondé l'entreprise avec X": a pronoun or description the subject of the cue itself
            if index.kinds.get(j) in ("pronoun", "descriptor") and tv[j].dep_ == "nsubj" \
                    and (tv[j].head.lemma_.lower() in words or tv[j].head.lower_ in words):
                found.append(name)
            continue
        t = tv[j]
        first = j   # ("et l'ingénieur B": the name's introducer and article before it)
        while first > 0 and (index.by_token.get(first - 1) == name or (
                tv[first - 1].pos_ == "DET" and index.by_token.get(first) == name)):
            first -= 1
        if last is not None and tv[first - 1].lower_ == "et" and _coordinated_after(tv, index, last, first):
            # "fondée par A, une ancienne chercheuse de Z, et B, passé par W": B coordinated past A's
            # apposition, whatever the parser hung B on
            found.append(name)
            last = j
            continue
        for _ in range(4):   # up from the name: through its own words, its conjuncts, to the cue
            if t.head.i == t.i:
                break
            t = t.head
            if t.lemma_.lower() in words or t.lower_ in words:
                found.append(name)
                last = j
                break
            if t.dep_ not in ("flat:name", "conj", "appos", "obl:agent", "nmod") and t.i not in index.by_token:
                break
        else:
            continue
    return found if len(found) == n else None


def _coordinated_after(tv, index, a: int, b: int) -> bool:
    """The name at b follows the name at a in the same sentence with only words of an apposition between
    (no verb, no other person, no sentence end)."""
    if b - a > 15 or tv[a].sent.start != tv[b].sent.start:
        return False
    name = index.by_token.get(a)
    for k in range(a + 1, b - 1):
        other = index.by_token.get(k)
        if tv[k].pos_ in ("VERB", "AUX") or tv[k].text in (".", ";", ":", "(", ")") or (
                other is not None and other != name and index.entities[other].type == "PER"):
            return False
    return True


def _find_pair(doc, tok, index, sent_of, want: str, n: int = 2, gender: str | None = None) -> list[str] | None:
    """The last ``n`` (two, three) actors of a kind named together before ``tok``: a sentence naming
    only those, or coordinated names ("A et B", "A, B et C"); in ``tok``'s own sentence, only
    coordinated ones."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    types = {"PER": ("PER",), "ORG": ("ORG",), "GOV": ("GOV", "LOC"), "ANY": ("PER", "ORG", "GOV")}[want]
    s = sent_of[tok.i]
    j = tok.i - 1
    per_sent: dict[int, list[tuple[int, str]]] = {}
    through: set[int] = set()   # (s38-refs38) sentences naming a person only to describe another one
    while j >= 0 and sent_of.get(j, -1) >= s - _PAIR_WINDOW:
        name = index.by_token.get(j)
        if name and index.entities[name].type in types and (j == 0 or index.by_token.get(j - 1) != name) \
                and not any(t.lower_ in ("selon", "après") for t in tv[max(j - 5, 0):j]) \
                and not (gender and _said_gender(index, name, doc) not in (None, gender)):
            # (a source, not a party; nor a person of the other gender than "les deux hommes" says)
            per_sent.setdefault(sent_of[j], []).insert(0, (j, name))
            if want == "PER" and person_complement(tv, j, _descriptor_type):
                through.add(sent_of[j])
        j -= 1
    pair = None
    for k in sorted(per_sent, reverse=True):
        found = per_sent[k]
        if k in through and k != s:
            break   # (s38-refs38) "A voit d'un mauvais œil l'ancien ministre de B …": a third person, unnamed
        names = list(dict.fromkeys(n for _, n in found))
        named_here = list(dict.fromkeys(n for i, n in found if index.kinds.get(i) in ("name", "introducer")))
        if len(names) == n and named_here == names and k != s:   # (in its own sentence, only a coordinated pair)
            pair = names
        elif k == s and n == 2 and len(names) == 2 and _subject_and_object(tv, found, index):
            # "X affronte Y à Nîmes, où les deux sociétés se disputent…": the subject and the object of
            # the clause before it (the subject may be a pronoun already linked)
            pair = names
        elif len(names) >= n:
            # coordinated: "A et B", "entre A et B", "A, B et C"
            for i, a in found:
                # (a conjunct with another of them between is a misparse: "A part en guerre contre B et C")
                group = [a] + [b for c in tv[i].children
                               if c.dep_ == "conj" and (b := index.by_token.get(c.i)) and b != a and b in names
                               and not any(index.by_token.get(x) not in (None, a, b) for x in range(i, c.i))]
                if len(dict.fromkeys(group)) == n:
                    pair = list(dict.fromkeys(group))
                elif n == 2:   # "B et C" side by side, whatever the parser hung them on
                    nxt = next(((x, b) for x, b in found if x > i and b != a), None)
                    if nxt and all(index.by_token.get(x) == a for x in range(i, nxt[0] - 1)) \
                            and tv[nxt[0] - 1].lower_ == "et":
                        pair = [a, nxt[1]]
        if pair:
            break
        if len(names) > n and k != s:
            break   # a sentence naming many of them: which ones is unclear
    return pair


def _subject_and_object(tv, found, index) -> bool:
    """Two actors of a sentence, one the subject of a verb, the other that verb's object or complement."""
    def top(i):
        t = tv[i]
        while t.head.i != t.i and index.by_token.get(t.head.i) == index.by_token.get(i) and t.dep_ not in (
                "nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "iobj"):
            t = t.head
        return t
    tops = [top(i) for i, _ in found]
    subj = [t for t in tops if t.dep_ in ("nsubj", "nsubj:pass")]
    objs = [t for t in tops if t.dep_ in ("obj", "obl:arg", "iobj", "obl")]
    return any(o.head.i == su.head.i and index.by_token.get(o.i) != index.by_token.get(su.i)
               for su in subj for o in objs)


# Between "de" and a person's name: an article ("le frère de la jeune X") or a word the tagger takes for a
# noun though it qualifies the name ("l'épouse du défunt X")
_QUALIFIER_WORDS = {"la", "l'", "l’", "défunt", "défunte", "feu", "petit", "petite", "regretté", "regrettée"}


def _apposition_owner(tv, j: int, index) -> str | None:
    """"X, (l'actuel) président de Y", "Y, filiale de Z": the name before the comma of the phrase that holds
    the name at token j (the parser seldom makes it an apposition)."""
    name = index.by_token.get(j)
    while j > 0 and index.by_token.get(j - 1) == name:
        j -= 1
    k = j - 1
    # "X, la mère du jeune Britannique Y", "X, l'épouse du défunt Y": a word or two that qualify the
    # person named may stand between the "de" and the name
    while k > 1 and j - k <= 3 and k not in index.by_token and (
            tv[k].pos_ == "ADJ" and tv[k].is_lower or tv[k].lower_ in countries_by_adjective()
            or tv[k].lower_ in _QUALIFIER_WORDS):
        k -= 1
    if k < 2 or tv[k].lower_ not in ("de", "d'", "d’", "du", "des"):
        return None
    de = k
    k -= 1
    if tv[k].pos_ != "NOUN" or not tv[k].is_lower or k in index.by_token:
        return None
    k -= 1
    while k > 0 and tv[k].pos_ in ("DET", "ADJ") and tv[k].is_lower and de - k < 5:
        k -= 1
    if tv[k].text != "," or k < 1:
        return None
    owner = index.by_token.get(k - 1)
    if owner is None or owner == name or index.kinds.get(k - 1) not in ("name", "introducer"):
        return None
    return owner


def _sentence_span(doc, tok, sent_of, back: int) -> range:
    """Token indices from the start of the sentence ``back`` sentences before ``tok``'s, up to ``tok``."""
    s = sent_of[tok.i]
    start = tok.sent.start
    while start > 0 and sent_of.get(start - 1, -1) >= s - back:
        start -= 1
    return range(start, tok.i)


def _passive_agent(tv, i: int) -> bool:
    """(s22-coref22) The name at i is a passive's agent ("… combattu par X")."""
    t = tv[i]
    return t.dep_ == "obl:agent" or (t.dep_ == "flat:name" and t.head.dep_ == "obl:agent")


def _apposed_title_complement(tv, j: int, index) -> bool:
    """(s22-coref22) The name at j is the complement of a title set beside a person's name ("X, le patron de
    Y"): it says whose the title is, it is not the actor the next pronoun takes up."""
    t = tv[j]
    while t.dep_ == "flat:name" and t.head.i != t.i:
        t = t.head
    title = t.head
    if t.dep_ != "nmod" or title.dep_ != "appos" or title.pos_ != "NOUN" or not title.i < t.i:
        return False
    person = index.by_token.get(title.head.i)
    return person is not None and index.entities[person].type == "PER"


def _latest_actor(doc, tok, index, sent_of, subjects_by_sent, gender: str) -> str | None:
    """"Celui-ci", "celle-ci": the last actor named before it (in this or the previous sentence) that
    is not the previous clause's subject, of the pronoun's gender."""
    tv = tokens_of(doc)
    # ((s22-coref22) not the agent of a passive: "longtemps combattu par X, avant que celui-ci …" is X, named
    # last, the clause's subject being what X fought)
    subjects = {n for _, n in subjects_by_sent.get(sent_of[tok.i] - 1, [])} | \
        {n for i, n in subjects_by_sent.get(sent_of[tok.i], []) if i < tok.i and not _passive_agent(tv, i)}
    for j in reversed(_sentence_span(doc, tok, sent_of, 1)):
        name = index.by_token.get(j)
        if not name or index.kinds.get(j) not in ("name", "introducer") or name in subjects:
            continue
        if _apposed_title_complement(tv, j, index):
            continue   # (s22-coref22) "X, le patron de Y, avant que celui-ci …": X, whom the title describes
        ent = index.entities[name]
        if ent.type in _ACTOR_TYPES and (ent.type != "PER" or _said_gender(index, name, doc) in (None, gender)):
            return name
    return None


_SPEAKERS = {"je", "j'", "j’", "nous", "vous", "on", "tu"}


def _clause_doers(tok, index) -> set[str] | None:
    """The actors doing what the clause of ``tok`` says: its subject, or for an infinitive ("pour lui
    céder…") the subject and object of the verb it depends on ("nommer X pour lui succéder"). None
    when the clause is spoken in the first or second person (who "lui" is then is unclear)."""
    verb, hops, out = tok.head, 0, set()
    while hops < 4:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.lower_ in _SPEAKERS:
                return None
            if c.dep_ in ("nsubj", "nsubj:pass") or (hops and c.dep_ == "obj"):
                out |= {index.by_token[x.i] for x in (c, *[k for k in c.children if k.dep_ in ("appos", "flat:name")])
                        if x.i in index.by_token}
                if c.dep_ == "nsubj" and c.lower_ == "qui" and verb.dep_ == "acl:relcl":
                    # "X, président de Y, qui lui a apporté son soutien": the relative's antecedent does
                    # it, and so does the person its apposition is set beside
                    ante = verb.head
                    if ante.dep_ == "appos" and ante.head.i in index.by_token:
                        ante = ante.head
                    out |= {index.by_token[x.i] for x in (ante, *[k for k in ante.children
                                                                  if k.dep_ in ("appos", "flat:name")])
                            if x.i in index.by_token}
        if verb.head.i == verb.i or "Inf" not in verb.morph.get("VerbForm"):
            return out
        verb, hops = verb.head, hops + 1
    return out


def _first_conjunct_doers(tok, index) -> set[str]:
    """"Y a racheté X et la dirige", "Y a assigné X … et lui réclame…": the first verb's subject (and the
    name set beside it) does the second."""
    first = tok.head.head
    return {index.by_token[x.i] for c in first.children if c.dep_ in ("nsubj", "nsubj:pass")
            for x in (c, *[k for k in c.children if k.dep_ in ("appos", "flat:name")]) if x.i in index.by_token}


_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "i", "ie", "is", "ise", "u", "ue", "t", "te")


def _fronted_participle_subject(tv, tok, index) -> str | None:
    """An object clitic inside a participle clause opening its sentence stands for the subject that
    clause is set before, which the participle agrees with: "Fondée en 2008 par X, qui la dirige
    toujours, Y compte…", "Créé par X, qui le préside, le club Y…": Y, named right after a comma past
    the clitic (not an actor of the sentence before)."""
    sent = tok.sent
    first = next((t for t in tv[sent.start:tok.i] if not t.is_space), tok)   # (past a paragraph's line break)
    if (first.pos_ not in ("VERB", "ADJ") and first.dep_ != "advcl") or not first.lower_.endswith(_PARTICIPLE_ENDS) or first.i >= tok.i:
        return None
    fem = first.lower_.endswith(("ée", "ées", "ie", "ise", "ue", "te"))
    if (tok.lower_ == "la" and not fem) or (tok.lower_ == "le" and fem):
        return None   # (the clitic is not what the participle agrees with)
    j = tok.i + 1
    while j < sent.end:
        name = index.by_token.get(j)
        if name and index.kinds.get(j) in ("name", "introducer"):
            k = j - 1
            while k > tok.i and tv[k].pos_ == "DET":
                k -= 1
            if tv[k].text == "," and index.entities[name].type in _ACTOR_TYPES:
                return name
            while j < sent.end and index.by_token.get(j) == name:
                j += 1   # (past the name: an actor named inside the clause is not its subject)
            continue
        j += 1
    return None


def _object_clitic_antecedent(doc, tok, index) -> str | None:
    """"la", "le", "l'" as the object of a relative or coordinated clause: the last actor named before
    it in its sentence that is not doing what the clause says, of the clitic's gender when the text gives
    one (an organisation, whose gender the text seldom says, or a person); anything unclear, None."""
    tv = tokens_of(doc)
    own = _clause_doers(tok, index)
    if own is None:
        return None
    if tok.head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.head.children):
        own |= _first_conjunct_doers(tok, index)
        if not own:
            return None
    gender = {"la": "Fem", "le": "Masc"}.get(tok.lower_)
    for j in reversed(range(tok.sent.start, tok.i)):
        name = index.by_token.get(j)
        if not name or index.kinds.get(j) not in ("name", "introducer", "descriptor"):
            continue
        if index.kinds.get(j) in ("name", "introducer") and _noun_complement(tv, index, j):
            continue   # (the owner of a noun, "le président du conseil de Y, X, qui l'a soutenue": not Y)
        if name in own:
            continue
        ent = index.entities[name]
        if ent.type not in _ACTOR_TYPES:
            return None   # (a place or a thing named nearer: unclear)
        g = _gender_of(index, name, doc)
        if gender and g and g != gender:
            return None
        # (a noun of the clitic's gender between is the likelier antecedent: "un contrat avec Y, qui le juge…")
        if any(t.pos_ == "NOUN" and t.i not in index.by_token and "Sing" in t.morph.get("Number")
               and (gender is None or gender in t.morph.get("Gender")) and t.lemma_.lower() not in _ADVERBIAL_NOUNS
               and any(c.dep_ == "det" for c in t.children) for t in tv[j + 1:tok.i]):
            return None
        return name
    return None


_STRESS_AFTER = frozenset({"aussi", "même", "-même", "seul", "non", "également"})


def _stressed(tv, tok) -> bool:
    """"lui" stressed beside its verb's subject, not its object: "X est lui aussi visé", "X a, lui, choisi",
    "qui apporte à lui seul" (not "s'est engagé à lui acheter")."""
    nxt = tv[tok.i + 1].lower_ if tok.i + 1 < len(tv) else ""
    return nxt in _STRESS_AFTER or (
        nxt == "," and tok.i > 0 and tv[tok.i - 1].text == ",")   # (not "X, qui …, lui reprochait")


def _clitic_antecedent(doc, tok, index, sent_of, subjects_by_sent) -> str | None:
    """"lui" as an object ("pour lui céder Y", "X lui a versé…"): never one doing what its own clause
    says; the last other actor named before it in its sentence, not the owner in a noun's "de" phrase
    ("Y, le commissaire aux comptes de Z, auquel il reproche…, et lui réclame…": Y)."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    own = _clause_doers(tok, index)
    if own is None:
        return None
    if tok.head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.head.children):
        own = own | _first_conjunct_doers(tok, index)
    # (nor an actor inside a doer's own phrase: "X, le président du groupe Y au Sénat, qui lui…")
    # (nor a place in a doer's name: "le collectif X du Léon, qui …, lui reprochait")
    inside = {x.i for j in range(tok.sent.start, tok.i) if index.by_token.get(j) in own
              and index.kinds.get(j) == "name" for c in tv[j].children if c.dep_ == "appos" or (
                  c.dep_ == "nmod" and c.i in index.by_token and index.entities[index.by_token[c.i]].type == "LOC")
              for x in c.subtree} | {
        x.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i for x in c.subtree}
    for j in reversed(range(tok.sent.start, tok.i)):
        name = index.by_token.get(j)
        if j in inside:
            continue
        if name and name not in own and (index.kinds.get(j) in ("name", "introducer") or _subject_descriptor(tv, index, j)) \
                and index.entities[name].type in _ACTOR_TYPES and not _noun_complement(tv, index, j) \
                and not any(t.lower_ in ("selon", "après") for t in tv[max(j - 4, tok.sent.start):j]):
            return name
    return None


def _subject_descriptor(tv, index, j: int) -> bool:
    """A descriptor that is its sentence's main subject ("La société revendique vingt clients, dont Y, qui lui
    ont attribué un marché"): it stands for the actor as well as a name would."""
    return index.kinds.get(j) == "descriptor" and tv[j].dep_ == "nsubj" and tv[j].head.dep_ == "ROOT"


def _clitic_gender(tok) -> str | None:
    """The gender an object clitic says: "la" feminine, "le" masculine, "l'" by the past participle that
    agrees with it ("l'a soutenue", "l'avait recruté"); "lui" none."""
    low = tok.lower_
    if low in ("la", "le"):
        return "Fem" if low == "la" else "Masc"
    verb = tok.head
    if low in ("l'", "l’") and "Part" in verb.morph.get("VerbForm") and any(
            c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children):
        g = verb.morph.get("Gender")
        if g == ["Fem"] or verb.lower_.endswith(("ée", "ie", "ue", "se", "te")):
            return "Fem"
        if g == ["Masc"] or verb.lower_.endswith(("é", "i", "u", "is", "it")):
            return "Masc"
    return None


# Verbs by which one actor gives another a contract or money ("Y lui a confié un contrat", "lui a attribué
# le marché"): their "lui" is an actor, the company the article is about when nothing nearer names one.
_AWARD_VERBS = frozenset({"confier", "attribuer", "accorder", "octroyer", "commander", "verser", "allouer"})


def _previous_clitic_referent(doc, tok, index, sent_of, subjects_by_sent, own: set[str]) -> str | None:
    """An object clitic ("l'", "la", "le", "lui") of a clause with no other actor before it in its sentence:
    "La société X traverse une passe difficile. Le groupe Y lui a accordé un prêt", "… Y l'a rachetée".
    The previous sentence's main subject, when it fits (an actor, not one doing what the clause says,
    of the clitic's gender); else the one actor of that sentence that fits. In a subordinate clause, the
    subject of the clause it hangs on when it is the one actor named before it. Anything unclear, None:
    two fitting actors with nothing to choose between them, another actor named before the clitic in its
    own sentence (outside its clause's subject), or a thing of the clitic's gender named in between ("X a
    déposé une offre. Y l'a rejetée": the offer)."""
    tv = tokens_of(doc)
    if sent_of[tok.i] in index.quoted:
        return None   # (a quotation speaks of its own actors: who "l'" is there is unclear)
    gender = _clitic_gender(tok)

    def fits(name):
        ent = index.entities[name]
        if name in own or ent.type not in _ACTOR_TYPES:
            return False
        g = _person_gender(index, name, doc) if ent.type == "PER" else _gender_of(index, name, doc)
        return gender is None or g is None or g == gender

    subject_words = {x.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i
                     for x in c.subtree}
    # (nor one inside a doer's own phrase: "le président de Y, X, qui l'a soutenue")
    for j in range(tok.sent.start, tok.i):
        if index.by_token.get(j) in own and index.kinds.get(j) == "name":
            top = tv[j]
            while top.dep_ in ("flat:name", "flat") and top.head.i != top.i:
                top = top.head
            phrase = top.head if top.dep_ == "appos" else top
            subject_words |= {x.i for c in phrase.children if c.dep_ in ("appos", "nmod") for x in c.subtree
                              if x.i < tok.i} | ({phrase.i} if phrase is not top else set())
    # (nor the "de" complement of a noun, whose owner it names: "depuis que le conseil de Y l'a désignée",
    # however the parser hangs it)
    before = {index.by_token[j] for j in range(tok.sent.start, tok.i) if j in index.by_token
              and j not in subject_words and index.by_token[j] not in own and index.kinds.get(j) != "introducer"
              and not _noun_complement(tv, index, j)}
    if before:
        # an actor named before it in its sentence: the subject of the clause it depends on, when that is
        # the only one ("X, 52 ans, a dû s'y plier depuis que le conseil de Y l'a désignée"); else unclear
        name = _governing_subject(tv, tok, index)
        if name is None or before != {name} or not fits(name):
            return None
        return name if not _thing_between(tv, index, _last_at(index, name, tok), tok, gender, subject_words) else None

    k = tok.sent.start - 1
    while k >= 0 and tv[k].is_space:
        k -= 1   # (back over the blank lines between paragraphs)
    if k < 0:
        return None
    ps = sent_of[k]
    if ps in index.quoted:
        return None
    first = k
    while first > 0 and sent_of.get(first - 1) == ps:
        first -= 1
    prev = [j for j in range(first, k + 1) if j in index.by_token
            and index.kinds.get(j) in ("name", "introducer", "descriptor", "pronoun")
            and not any(t.lower_ in ("selon", "après") for t in tv[max(j - 3, first):j])]
    actors = {index.by_token[j] for j in prev}
    fitting = {n for n in actors if fits(n)}
    if not actors and tok.lower_ == "lui" and tok.head.lemma_.lower() in _AWARD_VERBS and index.topic and fits(index.topic) \
            and index.entities[index.topic].type == "ORG" and sent_of[tok.i] not in index.quoted:
        # "Le produit séduit les industriels. Le groupe Y lui a confié un contrat": the sentence before
        # names no actor at all; the article's company goes on being the one spoken of
        return index.topic
    if not fitting:
        return None
    subjects = [(i, n) for i, n in subjects_by_sent.get(ps, []) if not _participle_agent(tv, i)]
    main = [n for i, n in subjects if _main_subject(tv, i, index) or index.kinds.get(i) in ("pronoun", "descriptor")]
    if not main:
        # the main clause's subject, when the text does not name it as an actor: the one its "de" phrase
        # names ("Le départ de X intervient… Y lui reprochait…"), else it may be what the clitic stands
        # for ("La start-up, qui…, boucle une série B menée par Y. Z entre à son capital et lui confie…")
        root = tv[k].sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is None and root.pos_ == "NOUN" and any(c.dep_ == "det" for c in root.children):
            subj = root   # ("La start-up, qui …, boucle…" parsed with the noun as its root)
        if subj is not None and subj.i not in index.by_token and subj.pos_ in ("NOUN", "PRON", "PROPN"):
            owners = [n for i, n in index.subject_owners.get(ps, []) if tv[i].head.i == subj.i]
            if not owners:
                return None
            main = owners
    # (the actor a pronoun of that sentence already stood for: the one the passage is about)
    chained = {index.by_token[j] for j in prev if index.kinds.get(j) == "pronoun"} & fitting
    if main and main[0] in fitting:
        name = main[0]
        if gender is not None and _gender_known(index, name, doc) != gender and any(
                _gender_known(index, n, doc) == gender for n in fitting if n != name):
            return None   # (another actor the text gives the clitic's gender: unclear)
        if chained - {name}:
            return None   # (the subject, or the actor the passage is about: unclear)
    elif len(fitting) == 1 and (not main or (gender is not None and all(
            _gender_known(index, n, doc) not in (None, gender) for n in main))):
        # its one fitting actor, when the subject is none or of the other gender, as the text says
        # ("Le groupe Y lui a accordé un prêt. Le fonds Z l'a rachetée": not the group)
        name = next(iter(fitting))
    else:
        return None
    # (from the actor on, or from the sentence's start when it is not the subject: "X a déposé une offre
    # sur Y. Z l'a rejetée")
    at = max((j for j in prev if index.by_token[j] == name), default=k) if main and name == main[0] else first - 1
    return None if _thing_between(tv, index, at, tok, gender, subject_words) else name


def _noun_complement(tv, index, j: int) -> bool:
    """The name at token j is the "de" complement of a common noun before it ("le conseil de Y", "le
    directeur de la banque Y")."""
    k = j
    while k > 0 and index.by_token.get(k - 1) == index.by_token[j] and index.kinds.get(k - 1) in ("name", "introducer"):
        k -= 1
    if k > 0 and tv[k - 1].pos_ == "DET" and tv[k - 1].lower_ in ("la", "le", "l'", "l’", "les"):
        k -= 1
    return k >= 2 and tv[k - 1].lower_ in _DE and tv[k - 2].pos_ == "NOUN" and tv[k - 2].i not in index.by_token


def _last_at(index, name: str, tok) -> int:
    return max(j for j in range(tok.sent.start, tok.i) if index.by_token.get(j) == name)


def _thing_between(tv, index, at: int, tok, gender, skip) -> bool:
    """A thing of the clitic's gender and number named between its antecedent and it ("X a déposé une
    offre. Y l'a rejetée": the offer), which it likelier stands for ("lui", seldom a thing, excepted)."""
    if tok.lower_ == "lui":
        return False
    for t in tv[at + 1:tok.i]:
        det = next((c for c in t.children if c.dep_ == "det"), None)
        # (a noun the tagger took for a verb after its article, "une offre", is one too)
        if det is None or t.i in index.by_token or t.i in skip or t.lemma_.lower() in _ADVERBIAL_NOUNS \
                or not (t.pos_ == "NOUN" or (t.pos_ == "VERB" and det.i == t.i - 1)):
            continue
        number = t.morph.get("Number") if t.pos_ == "NOUN" else det.morph.get("Number")
        genders = (t.morph.get("Gender") if t.pos_ == "NOUN" else ()) or det.morph.get("Gender")
        if "Sing" in number and (gender is None or gender in genders):
            return True
    return False


def _governing_subject(tv, tok, index) -> str | None:
    """The actor subject of the clause a subordinate clause of ``tok`` hangs on ("X a dit qu'elle l'…")."""
    verb, hops = tok.head, 0
    while verb.dep_ in _SUBORDINATE and verb.head.i != verb.i and hops < 4:
        up = verb.head
        subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i), None)
        if subj is not None:
            if subj.i in index.by_token:
                return index.by_token[subj.i]
            return next((index.by_token[c.i] for c in subj.children if c.dep_ in ("appos", "flat:name")
                         and c.i in index.by_token), None)
        verb, hops = up, hops + 1
    return None


def _gender_known(index, name: str, doc) -> str | None:
    ent = index.entities[name]
    return _person_gender(index, name, doc) if ent.type == "PER" else _gender_of(index, name, doc)


# "A, B et C. Cette liste …", "Ces groupes …": a noun standing for a list of names given on its own.
_LIST_NOUNS = {"liste", "énumération", "brochette", "palette"}


def _link_list(doc, tok, index, sent_of) -> bool:
    """"A, B, C et D. Cette liste prestigieuse … est celle des investisseurs de Y": a demonstrative
    list noun (or a plural noun of actors, "ces groupes") opening a sentence stands for every name of
    the sentence before, when that sentence is nothing but a list of names. All of them are recorded
    in ``index.plural`` on the noun's token; the token itself maps to the first."""
    tv = tokens_of(doc)
    if tok.pos_ != "NOUN" or tok.i in index.by_token or tok.i - tok.sent.start > 4:   # ("L'ensemble de ces groupes")
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("cette", "ces", "cet", "ce") for c in tok.children):
        return False
    s = sent_of.get(tok.i)
    start = tok.sent.start
    prev = [i for i in range(max(start - 60, 0), start) if sent_of.get(i) == s - 1]
    if not prev:
        return False
    names: list[str] = []
    for i in prev:
        t = tv[i]
        name = index.by_token.get(i)
        if name is not None and index.kinds.get(i) == "name":
            if name not in names:
                names.append(name)
        elif not (t.is_punct or t.is_space or t.lower_ in ("et", "ou", "&") or t.pos_ == "DET"):
            return False   # a sentence saying something, not a bare list
    if len(names) < 2 or len({index.entities[n].type == "PER" for n in names}) != 1:
        return False
    index.by_token[tok.i] = names[0]
    index.kinds[tok.i] = "descriptor"
    index.plural[tok.i] = names
    return True


# ---- title holders: "le ministre X … le ministre", "X, président de Y … le président"

_HOLDER_VERBS = frozenset({"élire", "nommer", "devenir", "prendre", "rester", "désigner", "reconduire", "choisir",
                           "succéder", "promouvoir", "être"})
_DE = ("de", "du", "d'", "d’", "des")
_FUTURE = frozenset({"futur", "future", "prochain", "prochaine", "pressenti", "pressentie"})
_OFFICE_NOUNS = frozenset({"présidence", "direction"})
_DEPUTY = frozenset({"délégué", "déléguée", "adjoint", "adjointe", "délégués", "déléguées"})
_EPICENE_TITLES = frozenset({"ministre", "maire", "édile", "bourgmestre", "pdg", "p.-d.g.", "dg", "chef", "ex-ministre", "ex-pdg", "ex-chef"})


_OFFICE_FIRSTS: list = [None, frozenset()]   # (the offices table, the first words of its keys)


def _office_first_words(offices: dict) -> frozenset:
    """The first word of every office phrase ("chef du gouvernement" → "chef"), read once per table:
    _title_of asks it for every noun of the text."""
    if _OFFICE_FIRSTS[0] is not offices:
        _OFFICE_FIRSTS[:] = [offices, frozenset(k.split(" ")[0] for k in offices)]
    return _OFFICE_FIRSTS[1]


def _title_words(doc) -> frozenset:
    """The words of the document _title_of may find a title at (its first test, on the word alone): the
    others are no title wherever they stand."""
    return _TITLE_WORDS.among(lower_words_of(doc), _office_first_words(lexicon()["title_offices"]))


def _may_be_title(w: str, first: frozenset) -> bool:   # (_title_of's first test; first: _office_first_words)
    return (w[3:] if w.startswith("ex-") else w) in first or w == "ministre" or "'" in w or "’" in w or " " in w


def _office_word(w: str, offices: dict) -> bool:   # (an office, or "ex-"/"co-" and an office: _title_holders)
    return w in offices or w[3:] in offices


_TITLE_WORDS = WordTest(_may_be_title)
_OFFICE_WORDS = WordTest(_office_word)


def _per_token(fn):
    """A test on a token alone (its words, tags and parse, which nothing after the view's repairs changes),
    remembered for the tokens of the last document asked: passes asking it of the same token again (the
    title holders, then the late titles) read the answer."""
    memo: list = [None, {}]   # (the document, token index → answer)

    def remembered(tok):
        if memo[0] is not tok.doc:
            memo[0], memo[1] = tok.doc, {}
        answers = memo[1]
        if tok.i not in answers:
            answers[tok.i] = fn(tok)
        return answers[tok.i]

    remembered.__wrapped__ = fn
    return remembered


@_per_token
def _title_of(tok) -> tuple[frozenset, bool] | None:
    """The offices a title noun names ("le Premier ministre" → premier ministre, "la PDG" → président and
    directeur général) and whether the title is a former one ("l'ancien président", "l'ex-patron")."""
    lex = lexicon()
    offices = lex["title_offices"]
    tv = tokens_of(tok.doc)
    low = tok.lower_
    former = False
    if low.startswith("ex-"):
        low, former = low[3:], True
    if low not in _office_first_words(offices) and low != "ministre" \
            and "'" not in low and "’" not in low and " " not in low:
        return None   # (no office starts with the word: the phrases below would find none)
    key = None
    for n in (3, 2, 1):   # "chef du gouvernement", "président de la République", "directeur général"
        if tok.i + n < len(tv):
            phrase = " ".join([low] + [t.lower_ for t in tv[tok.i + 1:tok.i + 1 + n]]).replace("' ", "'").replace("’", "'")
            if phrase in offices:
                key = phrase
                break
    j = tok.i - 1
    if key is None and low == "ministre" and j >= 0 and tv[j].lower_ in ("premier", "première"):
        key, j = f"{tv[j].lower_} ministre", j - 1
    if key is None and low in offices:
        key = low
    if key is None:
        return None
    words = lex["former_title_words"]
    # ("l'ancien Premier ministre", "l'ex-président", "l'ancienne ministre")
    while j >= 0 and tv[j].pos_ == "ADJ" and tok.i - j < 4:
        former = former or tv[j].lower_ in words
        j -= 1
    former = former or any(c.dep_ == "amod" and c.lower_ in words for c in tok.children)
    return frozenset(offices[key]), former


def _title_org(tok, index) -> str | None:
    """The organisation a title's "de Y" names ("président de Y"); None for a board or nothing named."""
    for c in tok.children:
        if c.dep_ == "nmod" and c.i > tok.i and any(k.dep_ == "case" and k.lower_ in _DE for k in c.children):
            for x in c.subtree:
                n = index.by_token.get(x.i)
                if n and index.entities[n].type in ("ORG", "GOV", "LOC"):
                    return n
            if c.pos_ == "NOUN" and _descriptor_type(c) in ("ORG", "GOV") and (
                    any(k.dep_ == "det" for k in c.children) or any(k.lower_ in ("du", "au") for k in c.children)):
                return "?"   # "le futur dirigeant de l'avionneur": an organisation, not yet known which
    return None


def _is_person_name(index, j) -> str | None:
    n = index.by_token.get(j)
    return n if n and index.kinds.get(j) == "name" and index.entities[n].type == "PER" else None


# Prepositions that never sit between a title and its holder's name ("le ministre de l'Économie X" does;
# "les liens du ministre avec X", "la plainte du maire contre X" name another person)
_NOT_TITLE_LINKS = frozenset({"avec", "contre", "pour", "par", "chez", "sur", "selon", "face", "entre", "sans",
                              "après", "avant", "depuis", "vers", "envers", "auprès"})


def _in_oblique(tok) -> bool:
    """The token sits in a prepositional phrase ("par le cabinet X", "avec Y"), up to three heads above."""
    for _ in range(3):
        if tok.dep_.startswith("obl") or tok.dep_ == "nmod" and any(c.dep_ == "case" for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _title_holder(tok, index) -> str | None:
    """The person a title names in the text itself: "le ministre X", "au Premier ministre, X", "le
    président de Y, X", "X, (l'ancien) président de Y", "X a été élue présidente de Y", "X prend la
    présidence du conseil"."""
    tv = tokens_of(tok.doc)
    n_doc = len(tv)
    j = tok.i + 1
    while j < min(n_doc, tok.i + 10):   # after it: its own words, then the name
        x = tv[j]
        name = _is_person_name(index, j)
        if name:
            return name
        if x.text == ",":
            name = _is_person_name(index, j + 1) if j + 1 < n_doc else None
            if name is None and j + 3 < n_doc and tv[j + 1].lower_ in ("l'", "l’", "le", "la") \
                    and tv[j + 2].lower_ in countries_by_adjective():
                name = _is_person_name(index, j + 3)   # "le président de Y, l'Autrichien X": X
            if name:
                return name
            break
        n = index.by_token.get(j)
        if not (x.pos_ in ("ADJ", "ADP", "DET") or (x.pos_ == "NOUN" and x.is_lower)
                or (n is not None and index.entities[n].type != "PER")) or x.lower_ in _NOT_TITLE_LINKS:
            break   # ("les liens du ministre avec X": X is someone else)
        j += 1
    j = tok.i - 1   # before it: "X, président de Y", "X, l'ancien ministre"
    while j > tok.sent.start and (tv[j].pos_ in ("DET", "ADJ") or tv[j].lower_ in ("premier", "première")) \
            and tok.i - j < 4:
        j -= 1
    if j > 0 and tv[j].text == ",":
        name = _is_person_name(index, j - 1)
        if name:
            return name
    head = tok.head
    k = tok.i - 1   # "X a été élue dimanche présidente de Y" (the title hung on the date)
    while k > tok.sent.start and (tv[k].pos_ == "ADV" or tv[k].lower_ in lexicon()["date_words"]) and tok.i - k < 4:
        k -= 1
    if k < tok.i - 1 and tv[k].pos_ == "VERB" and tv[k].lemma_.lower() in _HOLDER_VERBS \
            and not any(c.dep_ == "det" for c in tok.children):
        head = tv[k]
        if tok.dep_ not in ("xcomp", "obj"):
            for c in head.children:
                if c.dep_ in ("nsubj", "nsubj:pass"):
                    return _is_person_name(index, c.i)
    if tok.dep_ in ("xcomp", "obj") and head.lemma_.lower() in _HOLDER_VERBS:
        # "X a été élue présidente de Y", "X prend la présidence", "Y nomme X directeur général"
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubj:pass") or (c.dep_ == "obj" and tok.dep_ == "xcomp"):
                name = _is_person_name(index, c.i)
                if name:
                    return name
    if any(c.dep_ == "cop" for c in tok.children):   # "X est présidente de Y"
        for c in tok.children:
            if c.dep_ == "nsubj":
                return _is_person_name(index, c.i)
    return post_holder(tv, tok, index)   # (s34-coref34) "la nomination de X au poste de directeur général"


def _title_holders(doc, index) -> list[tuple]:
    """Each title the text gives a named person, in order: (token, person, offices, former, gender, org)."""
    offices = lexicon()["title_offices"]
    words = lower_words_of(doc)
    office_words = _OFFICE_WORDS.among(words, offices)   # (each word w in offices, or w[3:])
    # (s19-coref: the words the loop below reads as well; "X, le directeur général de Y" alone is a title too)
    if not office_words and "ministre" not in words \
            and words.isdisjoint(("chef", "cheffe", "ex-chef", "directeur", "directrice", "direction")):
        return []
    out = []
    tv = tokens_of(doc)
    # (only the words the test below may keep: an office, "ex-"/"co-" and an office, a head's noun)
    cues = [*office_words, "chef", "cheffe", "ex-chef", "directeur", "directrice", "direction"]
    for tok in map(tv.__getitem__, at_words(doc, cues)):
        if tok.pos_ not in ("NOUN", "PROPN") or (tok.lower_ not in offices and tok.lower_[3:] not in offices
                                                 and tok.lower_ not in ("chef", "cheffe", "ex-chef", "directeur",
                                                                        "directrice", "direction")):
            continue
        title = _title_of(tok)
        if title is None or any(c.dep_ == "amod" and c.lower_ in _DEPUTY for c in tok.children) \
                or (tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in _DEPUTY):
            continue   # "directrice générale déléguée", "maire adjoint": a deputy, not the office
        name = _title_holder(tok, index)
        if name is None:
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        # (the determiner's gender, else the title's own when it has one: not "ministre", "maire",
        # "PDG"; the text's votes, _gender_of, are read once the links are made)
        if det is not None and tok.lower_ in _OFFICE_NOUNS:
            det = None   # "la présidence", "la direction générale": the office's gender, not its holder's
        # (not the first name's: the tagger guesses those)
        case = next((c for c in tok.children if c.dep_ == "case" and c.lower_ in ("au", "du")), None) \
            if det is None else None   # "au Premier ministre, X"
        gender = ((det.morph.get("Gender") or [None])[0] if det is not None else "Masc" if case is not None else None) \
            or ((tok.morph.get("Gender") or [None])[0] if tok.lower_ not in _EPICENE_TITLES | _OFFICE_NOUNS else None)
        out.append((tok.i, name, title[0], title[1], gender, _title_org(tok, index), det is not None))
    # a person's gender is the one a determiner gave them ("le président de Y, X … X, élu président"
    # with a first name the tagger takes for a woman's)
    said = {}
    for h in out:
        if h[6] and h[4]:
            said.setdefault(h[1], h[4])
    return [(i, name, offices, former, said.get(name, gender), org) for i, name, offices, former, gender, org, _ in out]


def _holder_for(tok, dets, index, holders, sent_of, possessor=None):
    """The person a title standing alone ("le Premier ministre", "la présidente", "son propre président")
    names again: the one person the article gave that office before (agreeing in gender, current or
    former as the title says, of the organisation the title names). With several, the one whose
    organisation the sentence names (or the possessive's owner); "le nouveau président", the latest.
    Returns (person or None, the persons that hold such an office)."""
    title = _title_of(tok)
    if title is None:
        return None, set()
    offices, former = title
    lex = lexicon()
    if any(c.dep_ == "amod" and c.lower_ in _FUTURE for c in tok.children):
        return None, set()   # "le futur dirigeant de Y": not one who holds the office yet
    if offices == {"patron"}:
        offices = frozenset(lex["head_offices"])
    det_gender = dets[0].morph.get("Gender") if dets and dets[0].i != tok.i else ()
    gender = (det_gender or tok.morph.get("Gender") or [None])[0]
    org = _title_org(tok, index)
    if org == "?" and any(c.dep_ == "nmod" and tok.i < c.i < _descriptor_end(tok) for c in tok.children):
        org = None   # ("la cheffe du gouvernement": the complement is the office's own words, no organisation)
    s = sent_of[tok.i]
    here = {index.by_token[j] for j in range(tok.sent.start, tok.i) if index.kinds.get(j) == "name"}
    fit = [h for h in holders if h[0] < tok.i and h[2] & offices and h[3] == former
           and h[4] in (None, gender) and (org is None or h[5] == org)]
    cands = [h for h in fit if h[1] not in here]
    if fit and not cands:
        # "X, en froid avec la Première ministre Y, critique la ligne de la cheffe du gouvernement": the only
        # holder is named in the sentence itself; no other person is meant (nor guessed after)
        return None, {h[1] for h in fit}
    people = list(dict.fromkeys(h[1] for h in reversed(cands)))   # the latest first
    if len(people) <= 1:
        return (people[0] if people else None), set(people)
    if org is None:
        if possessor is not None and index.entities[possessor].type in ("ORG", "GOV"):
            target = {possessor}   # "son président": the owner's
        else:
            target = {index.by_token[j] for j in range(tok.sent.start, tok.sent.end)
                      if index.kinds.get(j) in ("name", "introducer", "descriptor")
                      and index.entities[index.by_token[j]].type in ("ORG", "GOV")}
        fit = list(dict.fromkeys(h[1] for h in reversed(cands) if h[5] in target))
        if len(fit) == 1:
            return fit[0], set(people)
    if any(c.dep_ == "amod" and c.lower_ in lex["new_title_words"] for c in tok.children):
        return people[0], set(people)   # "le nouveau président": the latest one named so
    return None, set(people)


def _named_after(tok, index) -> bool:
    """"le directeur général, X", "la ministre X": the title introduces the name right after it."""
    tv = tokens_of(tok.doc)
    k = tok.i + 1
    while k < len(tv) - 1 and tv[k].pos_ == "ADJ" and k - tok.i < 3:
        k += 1
    if k < len(tv) and tv[k].text == ",":
        k += 1
    return k < len(tv) and _is_person_name(index, k) is not None


def _apposed(tok, det, index) -> bool:
    """"X, la présidente du conseil": a title set beside a person's name names that person."""
    tv = tokens_of(tok.doc)
    j = det.i - 1
    return j >= 1 and tv[j].text == "," and index.kinds.get(j - 1) == "name" or (
        j >= 0 and _is_person_name(index, j) is not None)


def _holds_at_named(index, holders, held, tok) -> bool:
    """"…, que Cap X ne votera pas, a assuré son président": the holder found holds the office at an
    organisation its sentence names before the possessive (whatever the possessive was read to point at)."""
    orgs = {h[5] for h in holders if h[1] == held and h[0] < tok.i} - {None}
    here = {index.by_token[j] for j in range(tok.sent.start, tok.i) if index.kinds.get(j) == "name"}
    return bool(orgs & here)


def _coordinated_after_org(tv, det, index) -> bool:
    """(s25-coref25) "B et son patron", "à B et à sa présidente": the possessive follows "et" (and a repeated
    preposition) right after an organisation's name."""
    k = det.i - 1
    if k >= 1 and tv[k].lower_ in ("à", "de", "contre", "avec") and tv[k - 1].lower_ == "et":
        k -= 1
    if k < 1 or tv[k].lower_ != "et" or index.kinds.get(k - 1) != "name":
        return False
    name = index.by_token.get(k - 1)
    return name is not None and index.entities[name].type in ("ORG", "GOV")


def _owner_fits(index, holders, held, owner, tok) -> bool:
    """The holder found for "son président" holds that office in the owner's organisation: the
    owner itself, or, the owner being a person, an organisation the sentence names."""
    orgs = {h[5] for h in holders if h[1] == held and h[0] < tok.i}
    if index.entities[owner].type in ("ORG", "GOV"):
        return owner in orgs or (None in orgs and owner == index.topic)
    here = {index.by_token[j] for j in range(tok.sent.start, tok.sent.end) if index.kinds.get(j) == "name"}
    return bool(orgs & here)


# Nouns that only a state is called by: "le gouvernement", "l'exécutif", "le pays".
_STATE_NOUNS = frozenset({"gouvernement", "exécutif", "pays"})


@lru_cache(maxsize=1)
def _state_names() -> frozenset:
    from .lexicon import fold
    return frozenset(n for names in countries_by_adjective().values() for n in names) | frozenset(
        fold(w) for w in ("Union européenne", "UE"))


def _is_state(name: str) -> bool:
    """A country the demonym table knows, or a name that says it is a state or its government."""
    from .lexicon import fold
    low = fold(name)
    return low in _state_names() or any(w in low.split() for w in ("gouvernement", "etat", "etats", "republique",
                                                                     "royaume", "executif"))


_BID_TARGETS = frozenset(lexicon()["bid_target_nouns"])
_BIDDERS = frozenset(lexicon()["bidder_nouns"])


_FIRST_WORDS: list = [None, frozenset()]   # (the public body descriptors, the first words of its keys)


def _first_words_of(table: dict) -> frozenset:
    """The first word of every descriptor of the table ("conseil régional" → "conseil"), read once per
    table: _public_body_kind is asked for most nouns of the text."""
    if _FIRST_WORDS[0] is not table:
        _FIRST_WORDS[:] = [table, frozenset(k.split(" ")[0] for k in table)]
    return _FIRST_WORDS[1]


def _public_body_kind(tv, tok) -> tuple[str, int] | None:
    """The kind of public body a noun names ("la municipalité" → town, "le conseil régional" → region) and
    its length in words, when no "de" phrase says which one ("la ville de X" is a name of its own)."""
    table = lexicon()["public_body_descriptors"]
    if tok.lower_ not in _first_words_of(table):
        return None   # (no descriptor starts with the word: the phrases below would find none)
    low, n = tok.lower_, 1
    for length in (3, 2):
        words = " ".join(t.lower_ for t in tv[tok.i:tok.i + length])
        if words in table and tok.i + length <= len(tv):
            low, n = words, length
            break
    if low not in table:
        return None
    end = tok.i + n
    if end < len(tv) and tv[end].lower_ in _DE and end + 1 < len(tv) and tv[end + 1].text[:1].isupper():
        return None
    if any(c.dep_ == "amod" and c.i >= end for c in tok.children):
        return None   # ("la ville voisine", "la région parisienne", "le département juridique": another one)
    return table[low], n


# (s27-coref27) nouns the press takes up a public or governing body by ("le président de l'institution", "l'instance
# présidée par X", "L'autorité reproche à …"), and the first words of the names of the bodies each may stand for
_BODY_NOUNS = {
    "institution": frozenset({"autorité", "haute", "commission", "conseil", "cour", "banque", "agence", "office",
                              "institut", "comité", "fonds", "parlement", "assemblée", "sénat", "caisse"}),
    "instance": frozenset({"autorité", "haute", "commission", "conseil", "comité", "fédération", "ligue", "union",
                           "confédération", "association", "direction", "agence", "cour", "tribunal"}),
    # (not "conseil": "L'autorité avait infligé à X …" after the Conseil d'État ruled is the regulator, not the court)
    "autorité": frozenset({"autorité", "haute", "commission", "agence", "office"}),
}
_BODY_NOUN_WINDOW = 4   # sentences back: a body spoken of again in the same passage


def _body_noun_complement(tv, tok) -> bool:
    """"l'autorité de la concurrence", "l'instance d'appel", "l'autorité organisatrice", "l'autorité parentale",
    "sous l'autorité du ministre": the noun with its own complement or adjective names another thing (the
    "mondiale" of "l'instance mondiale" as well: no body's name says so)."""
    nxt = tv[tok.i + 1] if tok.i + 1 < len(tv) else None
    if nxt is not None and (nxt.lower_ in ("de", "d'", "d’", "du", "des") or (nxt.is_lower and nxt.pos_ == "ADJ")):
        return True
    return tok.i >= 2 and tv[tok.i - 2].lower_ in ("sous", "avec", "par", "sans")


def _named_body(index, named, i: int, noun: str, introduced) -> str | None:
    """The last body (GOV or ORG) named within a few sentences before token i whose name opens with a word of
    ``noun``'s bodies ("Autorité de …", "Haute Autorité …", "Ligue nationale de …"), or that the text called a
    regulator ("le gendarme", "le régulateur X")."""
    firsts = _BODY_NOUNS[noun]
    s = index.sent_of.get(i, 0)
    for j, n in reversed(named[:bisect_left(named, (i,))]):
        if index.sent_of.get(j, 0) < s - _BODY_NOUN_WINDOW:
            break
        if index.entities[n].type not in ("GOV", "ORG") or index.kinds.get(j) != "name":
            continue
        first = fold(n).split()[0] if n.split() else ""
        if first in {fold(w) for w in firsts} or (introduced.get(n, set()) & _REGULATOR_NOUNS):
            return n
    return None


# (s27-coref27) the posts a newsroom has a head in ("directeur de la rédaction", "à la tête de la rédaction"), and
# the words of a paper's name that say it is one
_NEWSROOM_HEADS = frozenset({"directeur", "directrice", "tête", "direction", "patron", "patronne", "chef", "cheffe"})
_PAPER_WORDS = frozenset({"journal", "quotidien", "hebdo", "magazine", "gazette", "courrier", "depeche", "republicain"})
# (folded: compared with fold(name)'s words)
_PAPER_WINDOW = 6   # sentences back


def _newsroom_post(tv, tok) -> bool:
    """"la rédaction" as the complement of a head's post ("directeur de la rédaction", "à la tête de la rédaction"),
    with no paper of its own after it ("de la rédaction de X", "la rédaction du Monde": the name says which)."""
    if tok.i < 3 or tv[tok.i - 2].lower_ not in ("de", "d'", "d’") or tv[tok.i - 3].lower_ not in _NEWSROOM_HEADS:
        return False
    nxt = tv[tok.i + 1] if tok.i + 1 < len(tv) else None
    return nxt is None or nxt.lower_ not in ("de", "d'", "d’", "du", "des")


def _last_paper(tv, index, named, i: int, apposed) -> str | None:
    """The last organisation named within a few sentences before token i that the text introduced as a newspaper
    or a magazine by its name ("l'hebdomadaire X", "X, le quotidien …") or whose name says it is one ("Journal du
    …"); not by a second reference ("le quotidien" once linked to the paper's buyer would make the buyer one)."""
    s = index.sent_of.get(i, 0)
    for j, n in reversed(named[:bisect_left(named, (i,))]):
        if index.sent_of.get(j, 0) < s - _PAPER_WINDOW:
            break
        if index.entities[n].type not in ("ORG",):
            continue
        nouns = set(apposed.get(n, (set(), set()))[0])
        if j >= 1 and index.kinds.get(j - 1) == "introducer" and index.by_token.get(j - 1) == n:
            nouns.add(tv[j - 1].lower_)
        if any(_NOUN_KIND.get(k) == "media" and k not in ("chaîne", "radio", "site", "agence") for k in nouns) \
                or not _PAPER_WORDS.isdisjoint(fold(n).split()):
            return n
    return None


def _body_kind(name: str) -> str | None:
    """The kind of public body a name says it is ("ville de Brest" → town, "Brest Métropole" → metro)."""
    words = fold(name).split()
    for kind, marks in lexicon()["public_body_name_words"].items():
        if kind == "metro":
            if any(w in marks for w in words):
                return kind
        elif words and words[0] in marks:
            return kind
    return None


def _public_body(index, named, i: int, kind: str) -> str | bool | None:
    """The one body of that kind named before token i, else the one the whole article names (a title's "le
    conseil municipal" before "la ville de X"); none when two are."""
    found = {n for j, n in named if j < i and index.entities[n].type in ("GOV", "ORG", "LOC")
             and _body_kind(n) == kind}
    if not found:
        found = {n for _, n in named if index.entities[n].type in ("GOV", "ORG", "LOC") and _body_kind(n) == kind}
    return next(iter(found)) if len(found) == 1 else (False if found else None)


_JUSTICE_FIRST = ("parquet", "tribunal", "cour ", "cour d", "juge", "conseil d'etat", "conseil constitutionnel",
                  "chambre ")


def _lone_public_body(tv, index, named, i: int, kind: str) -> str | None:
    """"le conseil communautaire de Quimper Bretagne Occidentale … contre l'agglomération": a body whose
    name does not say its kind is still the one public body (GOV, neither a state nor a body of another
    kind) named before token i, when it is the only one; a company named nearer is no body at all."""
    found = {n for j, n in named if j < i and index.entities[n].type == "GOV" and _body_kind(n) in (None, kind)
             and not _is_state(n) and not fold(n).startswith(_JUSTICE_FIRST)}
    # ((s28-funds28) a court or a prosecutor's office is no local government: "plainte auprès du parquet de X …
    # attribué par la municipalité")
    if not found:
        # (or a name the NER took for a place, which the text calls a council's: "le conseil communautaire de X")
        found = {n for j, n in named if j < i and index.entities[n].type in ("GOV", "LOC") and _council_of(tv, j) == kind}
    return next(iter(found)) if len(found) == 1 else None


def _council_of(tv, j: int) -> str | None:
    """The kind of body whose council token j's name is the complement of ("le conseil municipal de X")."""
    head = tv[j].head
    if tv[j].dep_ != "nmod" or head.lower_ != "conseil" or head.i > j:
        return None
    councils = lexicon()["public_body_councils"]
    return next((councils[c.lower_] for c in head.children if c.dep_ == "amod" and c.lower_ in councils), None)


_HEAD_TITLES = frozenset({"pdg", "président", "présidente", "directeur", "directrice", "patron", "patronne",
                          "dirigeant", "dirigeante", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "gérant",
                          "gérante"})


# (s23-coref23) a descriptor's places inside a relative clause: its object, or the subject of a "dont" clause
_RELATIVE_DESCRIPTOR_DEPS = frozenset({"obj", "nsubj"})
_SIDE_WORDS = frozenset({"côté"})


def _main_clause_company(tv, i: int, index) -> str | None:
    """(s23-coref23) A descriptor in a relative clause ("…, qui avait déjà dirigé la banque", "…, dont
    l'électricien détient 30 %") set on a person or a thing, not on a company: the one organisation the
    main clause's subject names ("X a renouvelé…", "le conseil de X a rappelé…") or the side the sentence
    opens on ("Côté X, …"). None otherwise (a relative on a company speaks of that company, or of another)."""
    tok = tv[i]
    rel = tok.head
    if rel.dep_ != "acl:relcl" or rel.pos_ not in ("VERB", "AUX"):
        return None
    if tok.dep_ == "nsubj" and not any(c.lower_ == "dont" for c in rel.children):
        return None   # ("…, que le groupe a rachetée": the clause's own subject is not this reading's)
    if tok.dep_ == "obj" and not any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in rel.children):
        return None
    owned = index.entity_at(rel.head.i)
    if tok.dep_ == "obj" and owned is not None and index.type_of(owned) != "PER":
        return None   # (a relative on an organisation: "Y, qui a racheté la société")
    sent = tok.sent
    root = sent.root
    found = set()
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is not None and subj.i < rel.i:
        for k in range(subj.left_edge.i, subj.right_edge.i + 1):
            n = index.by_token.get(k)
            if n is not None and index.kinds.get(k) == "name" and index.entities[n].type == "ORG":
                found.add(n)
    k = sent.start
    while k < rel.i and tv[k].is_space:
        k += 1
    if subj is None and index.kinds.get(k) == "name" and index.entities[index.by_token[k]].type == "ORG" \
            and root.i > k and root.pos_ in ("VERB", "AUX"):
        found.add(index.by_token[k])   # ("X a pour sa part renouvelé…" with X left off the root by the parse)
    if tv[k].lower_ in _SIDE_WORDS:
        n = index.by_token.get(k + 1)
        if n is not None and index.entities[n].type == "ORG":
            found.add(n)
    found.discard(owned)   # ("Y, dont le groupe détient 30 %": not Y itself)
    if not found and tok.dep_ == "obj":
        found |= _apposition_company_of_person(tv, rel, index)
    return found.pop() if len(found) == 1 else None


def _apposition_company_of_person(tv, rel, index) -> set[str]:
    """(s29-coref29) "Y, le spécialiste des robots d'entrepôt dirigé par X, qui a cofondé l'entreprise", "Y, une PME
    présidée par X, qui a fondé la société": a "qui" relative right after a person named as the agent of a participle
    in the phrase set beside an organisation's name ("Y, le/la/un/une …"); that organisation (read along the words:
    the parser often hangs the relative and the phrase elsewhere)."""
    q = next((c for c in rel.children if c.dep_ == "nsubj" and c.lower_ == "qui"), None)
    if q is None or q.i < 2 or tv[q.i - 1].text != ",":
        return set()
    person = index.by_token.get(q.i - 2)
    if person is None or index.entities[person].type != "PER":
        return set()
    k = q.i - 2
    while k > 0 and index.by_token.get(k - 1) == person:
        k -= 1
    if k < 2 or tv[k - 1].lower_ != "par" or tv[k - 2].pos_ not in ("VERB", "ADJ"):
        return set()
    start = tv[k].sent.start
    for j in range(k - 3, max(start, k - 16) - 1, -1):
        if tv[j].text == "," and j > start and index.by_token.get(j - 1) is not None:
            n = index.by_token[j - 1]
            if index.entities[n].type == "ORG" and tv[j + 1].lower_ in ("le", "la", "l'", "l’", "un", "une") \
                    and not any(index.kinds.get(m) == "name" or tv[m].text == "," for m in range(j + 1, k - 2)):
                return {n}
            return set()
    return set()


_HEAD_TITLE_ADJECTIVES = frozenset({"exécutif", "exécutive", "général", "générale", "délégué", "déléguée"})


def _headed_company_before(tv, i: int, index) -> str | None:
    """"…, explique X, présidente de Y, passée par Z avant de créer l'entreprise": a generic company noun
    after a person's head title with a named "de Y" in its own sentence is Y, the company the person heads
    (not Z, named in passing, nor a company of the sentences before). The one such company; None if none or
    several."""
    start = tv[i].sent.start
    found = set()
    for k in range(start, i - 2):
        if tv[k].lower_ not in _HEAD_TITLES:
            continue
        # (s26-coref26) or with the title's own adjective: "le président exécutif de Y", "directeur général de Y"
        a = k + 1 + (tv[k + 1].lower_ in _HEAD_TITLE_ADJECTIVES and k + 2 < i)
        if tv[a].lower_ not in ("de", "du", "des", "d'", "d’"):
            continue
        j = a + 1 + (tv[a + 1].pos_ == "DET")
        name = index.by_token.get(j)
        if name is not None and index.kinds.get(j) == "name" and index.entities[name].type == "ORG":
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _subject_head_company(tv, i: int, index, subjects_by_sent, sent_of) -> str | None:
    """(s21-coref21) "X, le fondateur de Y, accuse A et B de … . L'entreprise avait porté plainte", "Son président,
    X, reproche à Z … . La chaîne voit arriver…": a company noun subject of its sentence, right after a sentence
    of the same paragraph whose subject is a person given a head title of one company there (its "de Y", or
    a possessive's owner; not a former one), is that company: the story goes on about the person's side, not about the
    actors the person spoke of. None unless exactly one such company."""
    s = sent_of[i]
    para_of = index.para_of
    persons = {n for j, n in subjects_by_sent.get(s - 1, ()) if index.kinds.get(j) == "name"
               and index.entities[n].type == "PER" and para_of[j] == para_of[i]}
    if any(index.entities[n].type != "PER" for _, n in subjects_by_sent.get(s - 1, ())):
        return None   # (a company subject of that sentence as well: the ordinary choice decides)
    start = tv[i].sent.start
    if start == 0 or para_of[start - 1] != para_of[i]:
        return None
    sent = tv[start - 1].sent
    if not persons and "«" in sent.text:
        # ("« … », tacle X, le fondateur de Y, qui …": the quotation's speaker, however the parse reads the
        # inverted verb)
        persons = {n for n in _sentence_speakers(tv, index, sent_of, s - 1) if index.entities[n].type == "PER"}
    if not persons:
        return None
    found = set()
    for k in range(sent.start, sent.end):
        if tv[k].lower_ not in _HEAD_TITLES or tv[k].pos_ not in ("NOUN", "PROPN") \
                or any(c.lower_ in lexicon()["former_title_words"] for c in tv[k].children) \
                or _title_holder(tv[k], index) not in persons:
            continue
        org = _title_org(tv[k], index)
        if org is None:
            poss = next((c for c in tv[k].children if c.dep_ == "det" and c.lower_ in ("son", "sa")), None)
            got = index.antecedent(poss.i, types=("ORG",)) if poss is not None else None
            org = got[0] if got else None
        if org and org != "?" and index.entities[org].type == "ORG":
            found.add(org)
    return found.pop() if len(found) == 1 else None


def _civic_appositions(tv, named, index) -> list[tuple[str, str]]:
    """"l'Union des prêteurs de X, une association qui regroupe 2 300 épargnants": an organisation an indefinite
    apposition calls an association, a union or a party is what "l'association" finds later, not the company
    the story is about. (Only after "un"/"une": "X, la fondation est …" is often a new clause's subject.)"""
    out = []
    n_doc = len(tv)
    for j, n in named:
        if index.kinds.get(j) != "name" or index.by_token.get(j + 1) == n or j + 3 >= n_doc \
                or tv[j + 1].text != "," or tv[j + 2].lower_ not in ("un", "une"):
            continue
        noun = tv[j + 3]
        if noun.pos_ == "NOUN" and _NOUN_KIND.get(noun.lower_) in ("civic", "politics"):
            out.append((n, noun.lower_))
    return out


def _apposed_nouns(tv, named, index) -> dict[str, tuple[set, set]]:
    """What the text set beside an organisation's name ("X, spécialiste lillois de la logistique",
    "X, la société de gestion de Y"): the head noun, and the lowercase words of the apposition."""
    out: dict[str, tuple[set, set]] = {}
    n_doc = len(tv)
    for j, n in named:
        # (or a name only spaCy's NER typed, as a place: a trade noun beside it says it is a company)
        if index.kinds.get(j) != "name" or (index.entities[n].type != "ORG" and n not in index.weak) \
                or index.by_token.get(j + 1) == n:
            continue
        k = j + 1
        if k < n_doc and tv[k].text == "(":   # "X (XA), un cabinet de …": past the acronym in brackets
            close = next((m for m in range(k + 1, min(k + 5, n_doc)) if tv[m].text == ")"), None)
            k = close + 1 if close is not None else k
        if k + 1 >= n_doc or tv[k].text != ",":
            continue
        k += 1
        if tv[k].pos_ == "DET" and tv[k].lower_ in ("le", "la", "l'", "l’", "un", "une"):
            k += 1
        if k >= n_doc or not tv[k].is_lower or tv[k].pos_ != "NOUN" or (
                index.entities[n].type != "ORG" and _descriptor_type(tv[k]) != "ORG"):
            continue
        heads, words = out.setdefault(n, (set(), set()))
        heads.add(tv[k].lemma_.lower())
        for m in range(k + 1, min(k + 8, n_doc)):
            if tv[m].is_punct or m in index.by_token:
                break
            if tv[m].is_lower and tv[m].pos_ in ("NOUN", "ADJ"):
                words.add(tv[m].lemma_.lower())
    return out


def _traded(tok, index, named, apposed) -> str | None:
    """"la société de gestion", "le spécialiste du froid": a descriptor whose only complement is a "de" and
    common nouns (no actor, no other descriptor in it); the one organisation named before that the text
    called by that noun (set beside its name, or introducing it), when its words or name fit the
    complement, or when it is the only one called so; else the one whose name holds the complement's word
    ("Mercœur Gestion")."""
    comps = [c for c in tok.children if c.dep_ == "nmod" and c.i > tok.i]
    if len(comps) != 1:
        return None
    comp = comps[0]
    sub = list(comp.subtree)
    if not any(k.dep_ == "case" and k.lower_ in _DE for k in comp.children) or any(
            x.i in index.by_token or not (x.is_lower or x.is_punct) or (x.pos_ == "NOUN" and _descriptor_type(x))
            for x in sub):
        return None
    words = {x.lemma_.lower() for x in sub if x.pos_ in ("NOUN", "ADJ")}
    noun = tok.lemma_.lower()
    before = {n for j, n in named if j < tok.i and (index.entities[n].type == "ORG" or n in apposed)}
    called = {n for n in before if noun in apposed.get(n, (set(), set()))[0]}
    fitting = {n for n in called if words & apposed[n][1]}
    if len(fitting) == 1:
        return next(iter(fitting))
    if len(called) == 1 and not fitting and noun in lexicon().get("sector_descriptors", ()):
        return next(iter(called))   # (a trade noun only: "le spécialiste du froid", not "le groupe des …")
    by_name = {n for n in before if words & set(n.lower().split())}
    return next(iter(by_name)) if len(by_name) == 1 and not called else None


def _owns_target(tv, tok) -> bool:
    """The descriptor's clause speaks of "sa cible" ("Le groupe, qui détient 9 % de sa cible, …", "L'industriel
    a relevé son offre sur sa cible"): the descriptor is the one who bids."""
    clause = list(tok.subtree)
    if tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.i != tok.i:
        clause = list(tok.head.subtree)
    return any(t.lower_ in _BID_TARGETS and t.i > 0 and tv[t.i - 1].lower_ in ("sa", "son") for t in clause
               if t.i > tok.i)


def _bid_side(doc, tok, index, target: bool, own: bool = False) -> str | None:
    """The target ("la cible") or the bidder ("l'assaillant") of the last bid named before ``tok``: in the
    sentence of a bid word ("X lance une OPA sur Y", "X a déposé une offre visant Y", "X veut racheter Y"),
    the first organisation before it bids, the first one after it is bid for."""
    tv = tokens_of(doc)
    cues = lexicon()["bid_cues"]
    for k in range(tok.i - 1, -1, -1):
        t = tv[k]
        if t.lower_ not in cues and t.lemma_.lower() not in cues:
            continue
        if t.sent.start <= tok.i < t.sent.end and not own:
            continue   # (its own sentence: "l'offre de X sur la cible")
        # (or a one-word name only the NER took for a place: a bid is for a company)
        orgs = [(j, n) for j in range(t.sent.start, t.sent.end)
                if index.kinds.get(j) in ("name", "introducer") and ((n := index.by_token[j]) in index.weak
                                                                     or index.entities[n].type == "ORG")]
        bidder = next((n for j, n in orgs if j < k), None)
        # (in its own sentence, only the sides named before it: "X lance une OPA sur Y, valorisant sa cible")
        prey = next((n for j, n in orgs if j > k and n != bidder and (j < tok.i or not t.sent.start <= tok.i < t.sent.end)),
                    None)
        if bidder and prey:
            return prey if target else bidder
    return None


# Titles of local office: the place in their "de" complement is a constituency, a city, a département
# ("députée de la Gironde", "maire de Villeurbanne", "la fédération du Rhône"), not a state.
_LOCAL_TITLES = frozenset({"député", "députée", "sénateur", "sénatrice", "maire", "fédération", "préfet", "préfète",
                           "préfecture", "conseiller", "conseillère", "élu", "élue", "département", "région"})


def _local_places(doc, index) -> set:
    """The entities the text names as the place of a local office (see _LOCAL_TITLES)."""
    cache = index.__dict__.get("_local_places")
    if cache is not None:
        return cache
    out = set()
    if not lower_words_of(doc).isdisjoint(_LOCAL_TITLES):
        for t in tokens_of(doc):
            if t.lower_ in _LOCAL_TITLES:
                for c in t.children:
                    if c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in _DE for k in c.children):
                        n = index.by_token.get(c.i)
                        if n:
                            out.add(n)
    index.__dict__["_local_places"] = out
    return out


# ---- (s19-coref) a subject set against the one just spoken of

_CONTRAST_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})


def _contrasted_subject(tv, tok) -> bool:
    """"Le PDG de Y, lui, a toujours juré…": a subject followed by a stressed pronoun between commas is set
    against the actor the text spoke of before, so it never stands for that actor (the previous subject)."""
    # (the parse often hangs ", lui," on the subject itself: the first comma after the noun's own words)
    for k in range(tok.i + 1, min(tok.i + 10, len(tv) - 2)):
        if tv[k].pos_ in ("VERB", "AUX"):
            return False
        if tv[k].text == ",":
            return tv[k + 1].lower_ in _CONTRAST_PRONOUNS and tv[k + 2].text == ","
    return False


# ---- (s19-coref) "le groupe dirigé par X": the company of its leader

def _led_by(tok, index) -> str | None:
    """The person a descriptor's participle names as its head or founder ("le groupe dirigé par X", "la
    compagnie présidée par X", "le groupe fondé par son père X"); None when there is none. Cheap: a child
    participle whose lemma is a head or founder word, then its agent."""
    lex = lexicon()
    cues = set(lex.get("head_verbs", ())) | set(lex.get("founder_words", ()))
    for c in tok.children:
        if c.dep_ != "acl" or not 0 < c.i - tok.i <= 4 or (c.lower_ not in cues and c.lemma_.lower() not in cues):
            continue
        # (the agent, or "par X" the parse hung on the noun itself: "le groupe sino-espagnol cofondé par X")
        agents = [a for a in c.children if a.dep_ == "obl:agent"] + [
            a for a in tok.children if a.dep_ == "nmod" and a.i > c.i
            and any(k.dep_ == "case" and k.lower_ == "par" and k.i == c.i + 1 for k in a.children)]
        for a in agents:
            if True:
                for x in [a] + [k for k in a.children if k.dep_ in ("appos", "flat:name", "nmod")]:
                    n = index.by_token.get(x.i)
                    if n and index.entities[n].type == "PER":
                        return n
    return None


def _leader_company(doc, tok, index, leader: str, holders, found: str | None, introduced,
                    placed: bool = False) -> str | None:
    """The company "le groupe dirigé par X" stands for: the one the text already said X heads or founded
    (verbs, titles); else the one named after X's family ("fondé par son père X Lagardère": Lagardère);
    else the first guess, unless a generic noun ("le groupe") fell on a company the text introduced as another
    kind of thing (a wholesaler listed under "les grossistes"): then no one (a reference linked to no one is
    better than one linked to the wrong actor)."""
    orgs = _companies_of(doc, index, leader, holders, tok.i)
    if len(orgs) == 1:
        return next(iter(orgs))
    if orgs:
        return found if found in orgs else None
    surname = leader.split()[-1].lower()
    family = {n for n, e in index.entities.items() if e.type == "ORG" and n != leader
              and surname in n.lower().replace("-", " ").split()}
    if len(family) == 1:
        return next(iter(family))
    noun = tok.lemma_.lower()
    if found and (placed or noun in introduced.get(found, ()) or _kind_words(set(found.lower().split()), noun)
                  or noun not in _GENERIC_ORG_NOUNS):
        return found   # "la compagnie SAS … la compagnie dirigée par X", "la banque dirigée par X": its own kind
    if found and (_introduced_as_other_kind(found, noun, introduced) or _listed_under_noun(doc, index, found)):
        return None   # "Les deux grossistes du groupe, A et B. … le groupe dirigé par X": not B
    return found


def _companies_of(doc, index, person: str, holders, before: int) -> set[str]:
    """The companies the text, before token ``before``, says a person heads or founded (verbs, titles)."""
    orgs = {o for p, o, _ in _heads_and_founders(doc, index, before) if p == person}
    orgs |= {h[5] for h in holders if h[1] == person and h[0] < before and h[5]}
    return {o for o in orgs if o in index.entities and index.entities[o].type == "ORG"}


def _current_companies_of(doc, index, person: str, holders, before: int) -> set[str]:
    """(s33-descr33) As _companies_of, without a former title's organisation ("ancien ingénieur du groupe Y")."""
    orgs = {o for p, o, _ in _heads_and_founders(doc, index, before) if p == person}
    orgs |= {h[5] for h in holders if h[1] == person and h[0] < before and h[5] and not h[3]}
    # (nor one the descriptor's own sentence names: "Créée par X, ancien ingénieur du groupe Y, la société", "…, la
    # start-up veut concurrencer Z"; the company is one an earlier sentence said X heads or founded)
    sent = tokens_of(doc)[before].sent
    here = {index.by_token[j] for j in range(sent.start, sent.end) if j in index.by_token}
    return {o for o in orgs if o in index.entities and index.entities[o].type == "ORG" and o not in here}


def _person_of_title(tok, index) -> str | None:
    """The person a head or founder title was linked to, when ``tok`` is that title's company complement
    ("le patron de l'hébergeur", the title a descriptor of a person named before)."""
    head = tok.head
    if head.i not in index.by_token or index.kinds.get(head.i) != "descriptor" \
            or not any(c.dep_ == "case" and c.lower_ in _DE for c in tok.children):
        return None
    lex = lexicon()
    low = head.lower_
    if low not in lex["title_offices"] and low not in set(lex.get("founder_words", ())):
        return None
    n = index.by_token[head.i]
    return n if index.entities[n].type == "PER" else None


def _listed_under_noun(doc, index, name: str) -> bool:
    """A name the text set, alone or in a list, beside a plural trade noun ("ses deux grossistes, A et B"):
    introduced as that kind of thing, not as a group."""
    tv = tokens_of(doc)
    for j, n in index.by_token.items():
        if n != name or index.kinds.get(j) != "name":
            continue
        t = tv[j]
        if t.dep_ == "conj":
            t = t.head
        h = t.head
        beside = t.dep_ == "appos" or (t.dep_ == "nmod" and t.i == h.i + 2 and tv[h.i + 1].text == ",")
        if beside and h.pos_ == "NOUN" and h.is_lower and "Plur" in h.morph.get("Number") \
                and h.lemma_.lower() not in _GENERIC_ORG_NOUNS:
            return True
    return False
