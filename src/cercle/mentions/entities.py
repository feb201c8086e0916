"""Doc → entities of one document: names found, typed from the text, grouped.

spaCy's French NER (WikiNER) gives PER/ORG/LOC/MISC spans with frequent type
errors and heading words taken for names. This module:

1. cleans the NER spans (no line breaks, no heading words, no leading article;
   names the parser mistags kept whole) and adds actors named by a group noun
   ("les sénateurs X", "l'armée tchadienne", "le régime X", ministries);
2. types each span from evidence in the text (titles before a person, legal
   or organisation words in a name, descriptors introducing it or set off
   after it, "les investisseurs de X"), then votes across all mentions of an
   entity, the NER's repeated guess counting at most twice;
3. groups mentions of one entity (full name, surname alone, acronym, name
   without its descriptor) and picks the most complete name as canonical;
4. links descriptors ("le milliardaire", "le groupe") and subject pronouns
   to the entity they point back at (see coref.py);
5. adds the country of a head of state or government named by its adjective
   only ("le Premier ministre tchèque X").

The result is an ``EntityIndex``: token index → entity, which the extractor
queries.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import CleanArticle, DocEntity, Mention
from .candidates import (_add_capitalised_runs, _add_missed_surnames, _candidate_spans, _family_groups,
                         _group_names, _names_cut_in_two, _pair_acronyms, _table_portfolios, _portfolios, _public_bodies, _association_names, _association_adjectives, _names_going_on_in_lower_case, _names_with_numbers,
                         _names_with_an_adjective, _names_with_a_lowercase_word, _names_with_a_complement, _collective_names, _trade_names_cut, _drop_non_actors, _origin_before_a_name, _governments_of_leaders, _names_whole_elsewhere, _names_cut_before_a_place, _drop_rubric, _parties_in_brackets, _groups_of_communes_cut, _movement_names_cut,
                         _drop_fronted_places, _staff_bodies, _committees, _names_known_as, _labels_after_elected_titles)
from .table_cells import table_party_cells
from .names22 import (drop_leak_titles, english_bodies_with_and, initials_before_a_sentence,   # (s22-names22)
                      names_after_a_capitalised_article, names_joined_by_et_de, names_without_borders,
                      surnames_with_a_particle)
from .purpose_names import purpose_body_names
from .names23 import collective_actor_nouns, portfolio_columns, prefect_offices   # (s23-names23)
from .names24 import dotted_country_names, press_titles_in_lower_case   # (s24-names24)
from .names25 import (apposed_company_nouns, departments_with_an_article, lead_in_words,   # (s25-names25)
                      names_cut_at_de, sector_acronym_before_a_name, sentence_opening_names)
from .names27 import clubs_named_after_a_capital, demonyms_before_a_person, demonyms_introduce, firm_names_with_a_comma, \
    parties_split_at_a_slash
from .names26 import company_slots, movement_names_with_pour   # (s26-names26)
from .people27 import bodies_named_with_their_place   # (s27-people27)
from .deals29 import counted_products, hardware_names   # (s29-deals29)
from .names31 import acronyms_among_organisations, cut_lead_ins, names_ending_in_a_number   # (s31-names31)
from .names32 import drop_nuance_labels, split_descriptor_coordinations   # (s32-names32)
from .names33 import cut_glued_tails, drop_goods   # (s33-names33)
from .names35 import committees_in_lower_case, company_tails, figure_titles   # (s35-names35)
from .names37 import english_names_with_and   # (s37-names37)
from .names38 import first_names_before_a_legal_form   # (s38-groupof38)
from .relpro32 import relative_referents   # (s32-relpro32)
from .names30 import bodies_with_coordinated_nouns, firms_of_several_surnames, one_letter_brands   # (s30-names30)
from .grouping import _display_name, _group, _strip_honorific
from .index import EntityIndex, capped_votes, cue_top, summed_votes
from .lexicon import fold, lexicon
from .typing_cues import _head, _type_votes, authority_vote
from ..nlp.docview import lower_words_of, tokens_of
from .wordpos import at_words, line_breaks
# (asked for each cluster by _named_like_a_movement, _unknown_place, _only_where: no import statement per call)
from .candidates import _known_word
from .demonyms import countries_by_adjective, countries_by_seat, place_of_town, region_names
from .typing_cues import _local_adjectives, first_names

__all__ = ["EntityIndex", "find_entities", "fold", "lexicon"]


def find_entities(doc, clean: CleanArticle | None = None) -> tuple[list[DocEntity], list[Mention], EntityIndex]:
    from .coref import link_anaphora

    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    spans = _candidate_spans(doc)
    sentence_opening_names(doc, spans)   # (s25-names25)
    names_joined_by_et_de(doc, spans)   # (s22-names22)
    split_descriptor_coordinations(doc, spans)   # (s32-names32)
    cut_glued_tails(doc, spans)   # (s33-names33)
    company_tails(doc, spans)   # (s35-names35)
    movement_names_with_pour(doc, spans)   # (s26-names26)
    for sp in spans:
        _type_votes(doc, sp)
    _portfolios(doc, spans)
    prefect_offices(doc, spans)   # (s23-names23)
    _public_bodies(doc, spans)
    _add_capitalised_runs(doc, spans)
    _staff_bodies(doc, spans)
    purpose_body_names(doc, spans)   # (s21-names21)
    names_without_borders(doc, spans)   # (s22-names22)
    english_bodies_with_and(doc, spans)   # (s22-names22)
    english_names_with_and(doc, spans)   # (s37-names37)
    _committees(doc, spans)
    committees_in_lower_case(doc, spans)   # (s35-names35)
    figure_titles(doc, spans)   # (s35-names35)
    _names_known_as(doc, spans)
    _labels_after_elected_titles(doc, spans)
    _association_names(doc, spans)
    _association_adjectives(doc, spans)
    _names_going_on_in_lower_case(doc, spans)
    _names_cut_before_a_place(doc, spans)
    bodies_with_coordinated_nouns(doc, spans)   # (s30-names30)
    firms_of_several_surnames(doc, spans)   # (s30-names30)
    first_names_before_a_legal_form(doc, spans)   # (s38-groupof38)
    one_letter_brands(doc, spans)   # (s30-names30)
    bodies_named_with_their_place(doc, spans)   # (s27-people27)
    _names_cut_in_two(doc, spans)
    _trade_names_cut(doc, spans)
    _names_whole_elsewhere(doc, spans)
    _names_with_numbers(doc, spans)
    _names_with_an_adjective(doc, spans)
    names_after_a_capitalised_article(doc, spans)   # (s22-names22)
    _names_with_a_lowercase_word(doc, spans)
    _names_with_a_complement(doc, spans)
    _collective_names(doc, spans)
    collective_actor_nouns(doc, spans)   # (s23-names23)
    _family_groups(doc, spans)
    _governments_of_leaders(doc, spans)
    _group_names(doc, spans)
    firm_names_with_a_comma(doc, spans)   # (s27-names27)
    _pair_acronyms(doc, spans)
    _table_portfolios(doc, spans)
    portfolio_columns(doc, spans)   # (s23-names23)
    table_party_cells(doc, spans)   # (s20-gapB3)
    parties_split_at_a_slash(doc, spans)   # (s27-names27)
    demonyms_before_a_person(doc, spans)   # (s27-names27)
    surnames_with_a_particle(doc, spans)   # (s22-names22)
    initials_before_a_sentence(doc, spans)   # (s22-names22)
    drop_leak_titles(doc, spans)   # (s22-names22)
    dotted_country_names(doc, spans)   # (s24-names24)
    press_titles_in_lower_case(doc, spans)   # (s24-names24)
    sector_acronym_before_a_name(doc, spans)   # (s25-names25)
    departments_with_an_article(doc, spans)   # (s25-names25)
    apposed_company_nouns(doc, spans)   # (s25-names25)
    lead_in_words(doc, spans)   # (s25-names25)
    names_cut_at_de(doc, spans)   # (s25-names25)
    company_slots(doc, spans)   # (s26-names26)
    clubs_named_after_a_capital(doc, spans)   # (s27-names27)
    _add_missed_surnames(doc, spans)
    _parties_in_brackets(doc, spans)
    _groups_of_communes_cut(doc, spans)
    _movement_names_cut(doc, spans)
    _drop_rubric(doc, spans)
    _drop_fronted_places(doc, spans)
    _drop_non_actors(doc, spans)
    counted_products(doc, spans)   # (s29-deals29)
    hardware_names(doc, spans)   # (s29-deals29)
    drop_goods(doc, spans)   # (s33-names33)
    _origin_before_a_name(doc, spans)
    _states_of_heads(doc, spans)
    cut_lead_ins(doc, spans)   # (s31-names31)
    names_ending_in_a_number(doc, spans)   # (s31-names31)
    acronyms_among_organisations(doc, spans)   # (s31-names31)
    drop_nuance_labels(doc, spans)   # (s32-names32)
    for sp in spans:   # (after the capitalised runs: "L'ARP a infligé …" is one of them)
        authority_vote(doc, sp)
    clusters = _group(doc, spans)
    index = EntityIndex()
    mentions: list[Mention] = []
    shown: list[str] = []   # each cluster's display name, as computed below
    for cluster in clusters:
        votes = summed_votes(cluster)
        ner = {s.ner for s in cluster if s.ner}
        typed = capped_votes(cluster)   # (the NER's repeated guess counting at most twice)
        etype = cue_top(typed, cluster)
        if (etype == "PER" or etype == "LOC" and "PER" in ner) and sum(votes.values()) == len(cluster) \
                and all(len(_strip_honorific(s.text).split()) == 1 for s in cluster):
            # press introduces people by full name or title; a lone word the NER alone calls a person,
            # never given a first name or a title, is far more often a company or a brand (and so is
            # one it calls a place here and a person there: a place it knows, it always calls a place)
            etype = "ORG"
        if etype == "LOC" and sum(votes.values()) == len(cluster) and _unknown_place(doc, cluster):
            # a word the NER alone calls a place, that the language model has never seen (real places, even
            # small towns, it knows) and that the text never uses as a place ("à X", "en X"): an invented
            # brand or company name far more often
            etype = "ORG"
        if etype == "LOC" and _organisation_cue_against_the_ner(cluster, typed):
            # "de Norvane Pylônes, la filiale qui …": a name of several words the NER alone calls a place,
            # that the text calls an organisation as often, with no cue of a place: the text's word wins
            etype = "ORG"
        if etype == "LOC" and _named_like_a_movement(tv, cluster):
            # "Terre commune", "Cité nouvelle", "les Écologistes solidaires": a common noun and its adjective,
            # which the NER alone calls a place, never used as one ("à X", "en X"), name a party or a movement
            etype = "ORG"
        name = max((_display_name(s.text) for s in cluster), key=lambda n: (len(n.split()), len(n)))
        if etype == "LOC" and _only_where(tv, cluster):
            # "un armateur basé à X", "ses usines en X": a place the text only ever names as where
            # something is or happens never acts in the article, and is no party to a tie
            shown.append(None)
            continue
        shown.append(name)
        if name in index.entities:  # two clusters with one surface (rare): keep the first
            name = name + " "
        aliases = sorted({s.text for s in cluster if s.text != name})
        index.entities[name] = DocEntity(name=name.strip(), type=etype, aliases=aliases)
        if sum(votes.values()) == len(cluster) and len(name.split()) == 1:
            index.weak.add(name)   # one word typed by the NER alone, with no cue in the text
        index.heads[name] = set()
        for s in cluster:
            for i in range(s.start, s.end):
                index.by_token[i] = name
                index.kinds[i] = "name"
            index.heads[name].add(_head(doc, s).i)
            mentions.append(Mention(tv[s.start].idx, tv[s.end - 1].idx + len(tv[s.end - 1].text),
                                    s.text, name.strip(), "name"))
    _countries_of_titles(doc, index)
    _seats_for_states(doc, index, mentions)
    demonyms_introduce(doc, index)   # (s27-names27)
    cited = not lower_words_of(doc).isdisjoint(("selon", "après"))   # (neither: no name is cited as a source)
    # ((s29-tables29) a table header's label, "| Membre de Y |", names Y once more but says nothing of what the
    # article is about)
    counts = sorted(((sum(not _cited_as_source(tv, s) and not getattr(s, "header_label", False) for s in c) if cited
                      else sum(not getattr(s, "header_label", False) for s in c), name)
                     for c, name in zip(clusters, shown) if name is not None), reverse=True)
    orgs = [(n, name) for n, name in counts if index.entities.get(name) and index.entities[name].type == "ORG"]
    # (an article about states, naming states and places more often than organisations, has no main
    # organisation: "le président X" there is a head of state)
    states = sum(n for n, name in counts if index.entities.get(name) and index.entities[name].type in ("GOV", "LOC"))
    lead = _headline_subject(doc, index) if _lead_is_a_description(doc, index) else None
    target = _headline_target(doc, index)
    speaker = _headline_speaker(doc, index)
    if target and dict((name, n) for n, name in orgs).get(target, 0) + (not _in_headline(doc, index, target)) >= 2:
        # "X lance une OPA hostile sur Y": the article is about the target, whose defence it tells
        # ("l'entreprise a assigné X", "son président"), however often it names the bidder
        index.topic = target
    elif speaker and states <= sum(n for n, _ in orgs):
        # "Lucile X (Kelvio) : « … »": an interview is about the company its speaker speaks for, however
        # often the answers name a rival or a client
        index.topic = speaker
    elif lead and lead.split()[0].lower() not in _FAMILY_NOUNS:
        # "Pulsaria lève 32 millions\nLa start-up lyonnaise, qui …": a lead that opens on a description
        # of a company, naming none, speaks of the headline's subject (press style), however often the
        # text names others (investors of a round, a rival)
        index.topic = lead
    elif orgs and orgs[0][0] >= 3 and (len(orgs) == 1 or orgs[0][0] >= 2 * orgs[1][0]
                                      or (orgs[0][0] > orgs[1][0] and _in_headline(doc, index, orgs[0][1]))) \
            and states <= sum(n for n, _ in orgs):
        index.topic = orgs[0][1]
    elif orgs and states <= sum(n for n, _ in orgs):
        # "Vauclair Ingénierie : X poussé vers la sortie": a headline opening with an organisation's name
        # and a colon names what the article is about, when the text names it again at least as often
        # as any other organisation (a bidder and its target named as often: the one the headline opens with)
        opener = _headline_opener(doc, index)
        count = dict((name, n) for n, name in orgs)
        if opener in count and count[opener] >= 2 and count[opener] >= orgs[0][0]:
            index.topic = opener
        else:
            # "Pulsaria lève 32 millions", "Le constructeur de bateaux Naudin organise sa succession",
            # "Thiers : chez Vialard, le patriarche passe la main": the organisation a headline makes its
            # subject (or says "chez") is what the article is about, when the text names it again and no
            # other organisation dominates it
            subject = _headline_subject(doc, index)
            # (not a family: "chez les Dautry" speaks of a family's company, which the family is not)
            if subject in count and count[subject] >= 2 and subject.split()[0].lower() not in _FAMILY_NOUNS:
                index.topic = subject
    if index.topic is None and states <= sum(n for n, _ in orgs):
        index.topic = _headline_company(doc, index, dict((name, n) for n, name in orgs))
    from .names33 import goods_to_makers   # (s33-names33) "le moteur P, fabriqué par M … client du P": M
    mentions.extend(goods_to_makers(doc, index))
    mentions.extend(link_anaphora(doc, index))
    from ..extract.slots.portrait32 import portrait_referents   # (s32-portrait32) a portrait's "il", "cet ingénieur"
    mentions.extend(portrait_referents(doc, index))
    from .clitics32 import link_clitics   # (s32-clitics32) "en", "y" standing for an organisation named before
    mentions.extend(link_clitics(doc, index))
    mentions = relative_referents(doc, index, mentions)   # (s32-relpro32) "Y, pour laquelle il a travaillé"
    from .groups33 import revise as revise_groups33   # (s33-groups33) "les deux X", "tous deux", "Y, fondé par X, qui"
    mentions = revise_groups33(doc, index, mentions)
    mentions.sort(key=lambda m: m.start)
    return [_as_reported(e) for e in index.entities.values()], mentions, index


def _as_reported(entity: DocEntity) -> DocEntity:
    """'la famille Marchal', 'le clan Orsini' is reported as OTHER (ONTOLOGY: a family is neither a
    person nor an organisation); the index keeps it ORG, so every rule that takes an owner or an ally
    as ORG still takes the family (only the reported type changes)."""
    words = entity.name.split()
    if len(words) >= 2 and words[0].lower() in _FAMILY_NOUNS and entity.type == "ORG":
        return replace(entity, type="OTHER")
    return entity


_FAMILY_NOUNS = frozenset({"famille", "clan"})


# Words right before a place's name that make it where something is or happens: "à X", "en X",
# "dans X", "depuis X" ("au", "aux" may be a dative: "vendu au Mali"; "via X", "vers X" a go-between
# or a partner: "détient 30 % via Kelvio", "s'est tourné vers Kelvio").
_WHERE = frozenset({"à", "en", "dans", "depuis"})


def _only_where(tv, cluster) -> bool:
    """Is every mention of the place right after a preposition of place ("basé à X", "en X"), a word
    the language model knows (an unknown one is more often an invented company's: "investi dans
    Orbalia")? Not "à X" after a verb of giving ("cède sa filiale à X"), nor "dans X" after a stake
    ("a investi dans X", "sa participation dans X")."""
    lex = lexicon()

    near = lex.get("near_place_words") or ()

    def near_of(s) -> bool:
        # "près de X", "proche de la X", "aux portes de X", "dans la banlieue de X" (not "un proche de X")
        k = s.start - 1
        if k > 0 and tv[k].lower_ in ("la", "l'", "l’"):
            k -= 1
        if k < 1 or tv[k].lower_ not in ("de", "d'", "d’", "du", "des"):
            return False
        word = tv[k - 1]
        if word.lower_ not in near:
            return False
        # ("une filature proche de X", "située proche de X"; not "un proche de X", "X, proche de Y": a friend,
        # an ally)
        return word.lower_ != "proche" or k >= 2 and tv[k - 2].pos_ in ("NOUN", "VERB", "ADV") \
            and tv[k - 2].lower_ not in ("un", "une", "des", "les", "le", "la", "ses", "son", "sa", "leur", "leurs")

    def where(s) -> bool:
        prev = tv[s.start - 1].lower_ if s.start > 0 else ""
        if near_of(s):
            return True
        if prev not in _WHERE:
            return False
        tok, head = tv[s.start], _head_of(tv, s)
        verb = head.head.lemma_.lower()
        if prev == "à" and head.head.pos_ in ("VERB", "AUX") and verb in lex["dative_verbs"] \
                or prev == "dans" and verb in lex["stake_words"]:
            return False
        return s.end - s.start > 1 or _known_word(tok) or tok.vocab.vectors.find(key=tok.text) >= 0
    return all(where(s) for s in cluster)


def _head_of(tv, s):
    for t in tv[s.start:s.end]:
        if not (s.start <= t.head.i < s.end) or t.head.i == t.i:
            return t
    return tv[s.start]


def _in_headline(doc, index: EntityIndex, name: str) -> bool:
    """Is the organisation named in the article's headline, a first line with no closing stop
    ("Enseignes Bréval : X succède à Y")? Named there and more than any other, it is the article's."""
    text = doc.text
    end = text.find("\n")
    if end <= 0 or text[:end].rstrip().endswith((".", "!", "?", "»", '"')):
        return False
    tv = tokens_of(doc)
    i = 0
    while i < len(tv) and tv[i].idx < end:
        if index.by_token.get(i) == name:
            return True
        i += 1
    return False


def _headline_opener(doc, index: EntityIndex) -> str | None:
    """The name a headline opens with, right before a colon ("Foncière Galaure : le fonds X attaque"),
    not a rubric ("Robotique : …", no entity) nor a dateline ("Lyon. …")."""
    text = doc.text
    end = text.find("\n")
    if end <= 0:
        return None
    tv = tokens_of(doc)
    name = index.by_token.get(0)
    if name is None:
        return None
    i = 1
    while i < len(tv) and tv[i].idx < end and index.by_token.get(i) == name:
        i += 1
    return name if i < len(tv) and tv[i].idx < end and tv[i].text == ":" else None


_HEADLINE_CHARS = 200   # a headline is one short line (a quote may close it: "X lève 32 M€ : « … »")


def _headline_subject(doc, index: EntityIndex) -> str | None:
    """The organisation a headline (a first line with no closing stop) makes the subject of its verb
    ("Pulsaria lève …", "Le constructeur X organise …", a name inside the subject's noun phrase) or names
    after "chez" ("chez X, le patriarche passe la main"): the first such one."""
    text = doc.text
    end = text.find("\n")
    if end <= 0 or end > _HEADLINE_CHARS or text[:end].rstrip().endswith((".", "!", "?")):
        return None   # (a first paragraph with no line break before, not a headline)
    tv = tokens_of(doc)
    i = 0
    while i < len(tv) and tv[i].idx < end:
        name = index.by_token.get(i)
        if name and index.entities.get(name) and index.entities[name].type == "ORG" \
                and (i == 0 or index.by_token.get(i - 1) != name):
            if i > 0 and tv[i - 1].lower_ == "chez":
                return name
            tok = tv[i]
            for step in range(4):   # up the subject's noun phrase ("Le constructeur de bateaux X")
                # (a bare subject only in a headline naming no other organisation: "X lance une OPA
                # sur Y", "X rachète Y" may well be about Y)
                if tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.pos_ in ("VERB", "AUX") \
                        and tok.head.idx < end and (step or not _other_org_in(tv, index, name, end)):
                    return name
                if tok.dep_ not in ("flat:name", "nmod", "appos", "flat", "compound") or tok.head.i == tok.i \
                        or tok.head.idx >= end or tok.head.pos_ not in ("NOUN", "PROPN"):
                    break
                tok = tok.head
        i += 1
    return None


_BID_NOUNS = frozenset({"opa", "ope", "offre", "contre-offre", "raid"})


def _headline_tokens(doc) -> list:
    """The tokens of a headline (a short first line with no closing stop), or none."""
    text = doc.text
    end = text.find("\n")
    if end <= 0 or end > _HEADLINE_CHARS or text[:end].rstrip().endswith((".", "!", "?")):
        return []
    tv = tokens_of(doc)
    i = 0
    while i < len(tv) and tv[i].idx < end:
        i += 1
    return tv[:i]


# Words before a name in a headline that say the article is set inside that company: "Aux Salaisons X, la
# troisième génération prend la main", "Chez X, …", "Au sein de X".
_INSIDE_CUES = frozenset({"chez", "aux", "au"})


def _headline_company(doc, index: EntityIndex, count: dict) -> str | None:
    """The company of a headline that names no company as its subject, when the headline's form says the
    article is about it (press formats): an interview "X (Kelvio) : « … »" (the speaker's company), a
    portrait "X, l'ingénieure qui fait grimper Kelvio" (a person's headline naming one company), "Aux
    Salaisons Y, la troisième génération …", or a family's ("chez les Y", "la famille Y", "Paul Y : « … »")
    business, the one company named after the family that is not its holding. None when another
    organisation of the text is named more often (its article, more likely)."""
    head = _headline_tokens(doc)
    if not head:
        return None
    ents, by_token, kinds = index.entities, index.by_token, index.kinds

    def org_at(i):
        n = by_token.get(i)
        return n if n and kinds.get(i) == "name" and ents[n].type == "ORG" \
            and n.split()[0].lower() not in _FAMILY_NOUNS else None

    orgs = list(dict.fromkeys(n for n in map(org_at, range(len(head))) if n))
    best = max(count.values(), default=0)
    for i, t in enumerate(head):
        name = org_at(i)
        if name is None or (i and by_token.get(i - 1) == name):
            continue
        if i and head[i - 1].lower_ in _INSIDE_CUES and (i == 1 or head[i - 2].is_punct) \
                and count.get(name, 0) >= best - 1:
            return name   # "Aux Salaisons X, …" opening a clause of the headline
    at = next((i for i in range(len(head)) if i in by_token and kinds.get(i) == "name"), None)
    first = by_token[at] if at is not None else None
    if first and ents[first].type == "PER" and len(orgs) == 1 and count.get(orgs[0], 0) >= best \
            and _apposed(head, at, by_token):
        return orgs[0]   # "Portrait. X, la logisticienne qui prend la barre de Kelvio"
    return _family_business(head, index, count, first)


def _headline_speaker(doc, index: EntityIndex) -> str | None:
    """The company in brackets after a person's name opening an interview's headline ("Lucile X (Kelvio) :
    « … »"): whom the interviewed person speaks for."""
    head = _headline_tokens(doc)
    by_token, kinds, ents = index.by_token, index.kinds, index.entities
    k = 0
    while k < len(head) and by_token.get(k) is None:
        k += 1
    if k >= len(head) or ents[by_token[k]].type != "PER":
        return None
    first = by_token[k]
    while k < len(head) and by_token.get(k) == first:
        k += 1
    if k + 2 >= len(head) or head[k].text != "(" or kinds.get(k + 1) != "name":
        return None
    name = by_token.get(k + 1)
    end = k + 1
    while end < len(head) and by_token.get(end) == name:
        end += 1
    if ents[name].type != "ORG" or end + 1 >= len(head) or head[end].text != ")" or head[end + 1].text != ":":
        return None
    return name


def _apposed(head, at: int, by_token) -> bool:
    """Is the name at ``at`` followed by a comma, the apposition of a portrait ("X, la logisticienne qui
    …"), not the subject of the headline's verb ("X rachète Kelvio": a deal, maybe about the other side)?"""
    k = at
    while k < len(head) and by_token.get(k) == by_token[at]:
        k += 1
    return k < len(head) and head[k].text == ","


def _family_business(head, index: EntityIndex, count: dict, first: str | None) -> str | None:
    """The business of the family a headline speaks of ("chez les Dautry", "la famille Dautry", a person
    "Paul Dautry : …" heading an interview): the one organisation named after the family ("Maison Dautry",
    "Fromageries Dautry") that is not its holding ("Dautry Participations", "Financière Dautry")."""
    family = None
    for i, t in enumerate(head[:-1]):
        nxt = head[i + 1]
        if t.lower_ in ("les", "famille", "clan") and nxt.text[:1].isupper() and nxt.is_alpha \
                and (t.lower_ != "les" or (i and head[i - 1].lower_ in ("chez", "aux"))):
            family = nxt.text
            break
    if family is None and first and index.entities[first].type == "PER" and len(first.split()) >= 2:
        family = first.split()[-1]
    if family is None:
        return None
    holding = frozenset(lexicon()["holding_name_words"])
    named = [n for n, e in index.entities.items() if e.type == "ORG" and family in n.split()
             and n.split()[0].lower() not in _FAMILY_NOUNS]
    found = [n for n in named if not holding & {w.lower() for w in n.split()} and n.split()[0] != family]
    # (a holding named after the family too, "Dautry Participations" beside "Maison Dautry": the article may
    # be about either, its directoire and capital the holding's as often: unsure, none)
    if len(found) != 1 or any(holding & {w.lower() for w in n.split()} for n in named) \
            or count.get(found[0], 0) < max(count.values(), default=0) - 2:
        return None
    return found[0]


def _past_price(tv, k: int, end: int) -> int:
    """(s39-misses39) The token after a price told between the bid's noun and its "sur" ("une offre à 1,1 milliard
    d'euros sur Y", "une OPA de 14 euros par action sur Y"): the words of a number, a currency and "par action";
    ``k`` itself when no price is told there."""
    if k >= len(tv) or tv[k].idx >= end or tv[k].lower_ not in ("à", "de", "d'", "d’"):
        return k
    j = k + 1
    seen_number = False
    while j < len(tv) and tv[j].idx < end and j - k <= 8:
        w = tv[j]
        if w.like_num or w.pos_ == "NUM":
            seen_number = True
        elif w.lower_ not in _PRICE_WORDS:
            break
        j += 1
    return j if seen_number and j < len(tv) and tv[j].lower_ == "sur" else k


# (s39-misses39) the words of a price between a bid's noun and its "sur"
_PRICE_WORDS = frozenset({"milliard", "milliards", "million", "millions", "md", "mds", "md€", "m€", "m$", "md$",
                          "de", "d'", "d’", "euro", "euros", "dollar", "dollars", "€", "$", "par", "action", "titre",
                          "environ", "près", "plus"})


def _past_descriptor(tv, k: int, end: int) -> int:
    """(s39-misses39) The token after the common noun and adjectives that describe the target before its name
    ("sur la biotech Y", "sur le conserveur breton Y"): only when a capitalised word follows them; ``k`` itself
    otherwise."""
    j = k
    while j < len(tv) and tv[j].idx < end and j - k < 3 and tv[j].is_lower and tv[j].pos_ in ("NOUN", "ADJ"):
        j += 1
    return j if j > k and j < len(tv) and tv[j].idx < end and tv[j].text[:1].isupper() else k


def _headline_target(doc, index: EntityIndex) -> str | None:
    """The organisation a headline's bid is "sur" ("X lance une OPA hostile sur Y", "offre sur Y")."""
    text = doc.text
    end = text.find("\n")
    if end <= 0 or end > _HEADLINE_CHARS or text[:end].rstrip().endswith((".", "!", "?")):
        return None
    tv = tokens_of(doc)
    i = 0
    while i + 1 < len(tv) and tv[i].idx < end:
        if tv[i].lower_ in _BID_NOUNS:
            k = i + 1
            while k < len(tv) and tv[k].idx < end and tv[k].pos_ == "ADJ" and k - i < 3:
                k += 1   # "une OPA hostile sur"
            k = _past_price(tv, k, end)   # (s39-misses39) "une offre à 1,1 milliard d'euros sur Y"
            if k < len(tv) and tv[k].lower_ == "sur":
                k += 1
                while k < len(tv) and tv[k].idx < end and (tv[k].pos_ == "DET" or tv[k].lower_ in ("son", "sa")):
                    k += 1
                if k < len(tv) and tv[k].lower_ in ("rival", "concurrent", "voisin"):
                    k += 1   # "sur son rival Y"
                k = _past_descriptor(tv, k, end)   # (s39-misses39) "sur la biotech Y", "sur le conserveur breton Y"
                name = index.by_token.get(k) if k < len(tv) and tv[k].idx < end else None
                if k < len(tv) and tv[k].idx < end and tv[k].text[:1].isupper() and name == tv[k].text:
                    # "OPA hostile sur Aiguebelle": the short name of the one organisation the text names in
                    # full with it ("les Ciments d'Aiguebelle"), which the headline's word was not grouped with
                    # (not one it opens, "Aiguebelle Actionnariat", "Aiguebelle Asia": a fund, a subsidiary of it)
                    whole = [n for n, e in index.entities.items() if e.type == "ORG"
                             and tv[k].text in n.replace("'", " ").replace("’", " ").split()[1:]
                             and n.split()[0].lower() not in _FAMILY_NOUNS]
                    if len(whole) == 1:
                        return whole[0]
                if name and index.entities.get(name) and index.entities[name].type == "ORG":
                    return name
        i += 1
    return None


def _lead_is_a_description(doc, index: EntityIndex) -> bool:
    """Does the text after the headline open on a definite description of a company, naming none
    ("La start-up nantaise, cofondée en 2021…", "Le groupe a annoncé…"; not "Le fabricant X …")?"""
    from .coref import _descriptor_type

    end = doc.text.find("\n")
    if end <= 0:
        return False
    tv = tokens_of(doc)
    # (from the word holding the first line break, wordpos: every word before it starts before the break; a
    # line break is always inside a word's text, never in its trailing space)
    i = line_breaks(doc)[0]
    while i < len(tv) and (tv[i].idx < end or tv[i].is_space):
        i += 1
    if i + 2 >= len(tv) or tv[i].lower_ not in ("le", "la", "l'", "l’", "cette", "ce", "cet"):
        return False
    noun = tv[i + 1]
    if _descriptor_type(noun) != "ORG" or noun.sent.start != tv[i].sent.start:
        return False
    # (no name within the next words: "Le fabricant de volets X" introduces X)
    return not any(k in index.by_token for k in range(i + 1, min(i + 6, len(tv))))


def _other_org_in(tv, index: EntityIndex, name: str, end: int) -> bool:
    """Does the text up to ``end`` (the headline) name an organisation other than ``name``?"""
    i = 0
    while i < len(tv) and tv[i].idx < end:
        n = index.by_token.get(i)
        if n and n != name and index.entities.get(n) and index.entities[n].type == "ORG":
            return True
        i += 1
    return False


def _cited_as_source(tv, span) -> bool:
    """"selon Bloomberg", "d'après le Financial Times": a name cited as a source is not what the article
    is about, however often it is cited."""
    for k in range(span.start - 1, max(span.start - 4, -1), -1):
        if tv[k].lower_ in ("selon", "après"):
            return True
        if tv[k].is_punct:
            return False
    return False


def _states_of_heads(doc, spans) -> None:
    """"le chef de l'Etat angolais": the state a head of state leads is the country the adjective
    names ("l'Etat allemand" as a shareholder elsewhere stays the state as the text calls it)."""
    from .demonyms import country_names_by_adjective

    tv = tokens_of(doc)
    names = country_names_by_adjective()
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    if "Etat" in doc.text or "État" in doc.text:
        _states_named_after_de(doc, spans)
    bare = []   # (s20-coref3) "le chef de l'État" with no country: a title, no state named (ONTOLOGY)
    for sp in spans:
        if sp.end - sp.start == 1 and sp.end < len(doc) and sp.end not in taken and fold(tv[sp.start].text) == "etat" \
                and tv[sp.end].pos_ == "ADJ" and tv[sp.end].lower_ in names:
            sp.end += 1   # "l'Etat" named alone, its adjective after it: "l'Etat français" is its name
            sp.text = f"{sp.text} {tv[sp.end - 1].text}"
        if sp.end - sp.start == 1 and sp.start >= 3 and fold(tv[sp.start].text) == "etat" \
                and tv[sp.start - 1].lower_ in ("l'", "l’") and tv[sp.start - 2].lower_ == "de" \
                and fold(tv[sp.start - 3].lower_) in ("chef", "cheffe", "ex-chef"):
            bare.append(sp)   # (the bare "Etat" of a head of state's title leads to no tie: no LEADS → "Etat")
            continue
        if sp.end - sp.start != 2 or sp.start < 3 or fold(tv[sp.start].text) != "etat" \
                or tv[sp.start + 1].lower_ not in names:
            continue
        if tv[sp.start - 1].lower_ not in ("l'", "l’") or tv[sp.start - 2].lower_ != "de" \
                or tv[sp.start - 3].lower_ not in ("chef", "cheffe"):
            continue
        sp.text = names[tv[sp.start + 1].lower_]
        sp.votes.clear()
        sp.votes["GOV"] += 5
    if bare:
        spans[:] = [s for s in spans if not any(s is b for b in bare)]


def _states_named_after_de(doc, spans) -> None:
    """(s19-gapE) "une procédure contre l'Etat du Mali", "l'État d'Israël": the state is the country named
    after "de"; "Etat" is no name of its own (the NER takes "Etat" alone, or "Etat du Mali" whole)."""
    tv = tokens_of(doc)
    n = len(doc)
    by_start = {sp.start: sp for sp in spans}
    dropped = []
    for sp in spans:
        k = sp.start
        if fold(tv[k].text) != "etat" or k + 2 >= n or tv[k + 1].lower_ not in ("de", "du", "d'", "d’") \
                or not tv[k + 2].text[:1].isupper() or sp.fixed_name:
            continue
        # (the span keeps "Etat", the head the rules read, and takes the country's name as its text, as
        # _states_of_heads does for "l'Etat angolais")
        if sp.end > k + 2:   # "Etat du Mali" whole
            sp.text = doc[k + 2:sp.end].text
            sp.votes["GOV"] += 5
        elif sp.end == k + 1 and k + 2 in by_start and not by_start[k + 2].fixed_name:
            # "Etat" alone, the country a name of its own
            country = by_start[k + 2]
            sp.end = country.end
            sp.text = country.text
            sp.votes["GOV"] += 5
            dropped.append(country)
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]


_HEADS = {"président", "présidente", "chancelier", "chancelière", "roi", "reine", "émir", "monarque", "souverain"}


def _countries_of_titles(doc, index: EntityIndex) -> None:
    """"le Premier ministre valdarien X": a head of state or government named with the country's
    adjective leads that country (ONTOLOGY), even when the article never writes the country's name.
    The country becomes an entity of the article (with no mention of its own) for the extractor."""
    from .demonyms import country_names_by_adjective, countries_by_adjective

    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    here = lower_words_of(doc)
    if here.isdisjoint(_HEADS) and "ministre" not in here:
        return   # (no title in the document: the loop below stops nowhere)
    for t in map(tv.__getitem__, at_words(doc, _HEADS | {"ministre"})):   # (the test below skips any other word)
        low = t.lower_
        if not (low in _HEADS or low == "ministre" and any(c.lower_ in ("premier", "première") for c in t.children)):
            continue
        adj = tv[t.i + 1] if t.i + 1 < len(doc) else None
        if adj is None or adj.pos_ != "ADJ" or adj.lower_ not in countries_by_adjective() \
                or adj.i + 1 >= len(doc) or index.by_token.get(adj.i + 1) is None \
                or index.entities[index.by_token[adj.i + 1]].type != "PER":
            continue   # only a title naming its holder: "le président valdarien Jan Kovic"
        names = countries_by_adjective()[adj.lower_]
        if any(fold(n) in names and e.type in ("LOC", "GOV") for n, e in index.entities.items()):
            continue
        name = country_names_by_adjective()[adj.lower_]
        if name not in index.entities:
            index.entities[name] = DocEntity(name=name, type="GOV", aliases=[])
            index.heads[name] = set()


# Prepositions before a place name that make it where something happens, not who acts.
_LOCATIVE = {"à", "au", "aux", "en", "vers", "depuis", "dans", "sur", "par", "près", "via"}


def _seats_for_states(doc, index: EntityIndex, mentions: list[Mention]) -> None:
    """"Kinshasa exclut toute négociation", "les tensions entre Islamabad et New Delhi": a capital named
    as an actor stands for its state, when the article names that state too. A capital after "à",
    "vers", "depuis"… stays the place."""
    from .demonyms import countries_by_seat

    seats = countries_by_seat()
    states = {fold(name): name for name, ent in index.entities.items() if ent.type in ("LOC", "GOV")}
    for name in [n for n in index.entities if fold(n) in seats]:
        state = next((states[c] for c in seats[fold(name)] if c in states), None)
        if state is None or state == name:
            continue
        _stand_for(doc, index, mentions, name, state)
    _seats_for_ministries(doc, index, mentions)


def _stand_for(doc, index: EntityIndex, mentions: list[Mention], name: str, body: str) -> None:
    """The mentions of ``name`` that act (not after "à", "vers"…) become mentions of ``body``."""
    moved = 0
    tokens = sorted(i for i, n in index.by_token.items() if n == name)
    for start in [i for i in tokens if i - 1 not in tokens]:
        if start > 0 and doc[start - 1].lower_ in _LOCATIVE:
            continue
        j = start
        while j in index.by_token and index.by_token[j] == name:
            index.by_token[j] = body
            j += 1
        moved += 1
        for m in mentions:
            if m.entity == name.strip() and m.start == doc[start].idx:
                m.entity = body.strip()
    if moved:
        ent = index.entities[body]
        if name.strip() not in ent.aliases:
            ent.aliases.append(name.strip())
        if not any(n == name for n in index.by_token.values()):
            del index.entities[name]


def _seats_for_ministries(doc, index: EntityIndex, mentions: list[Mention]) -> None:
    """"Bercy rappelle avoir bloqué …", "un haut fonctionnaire de Bercy": the seat of a ministry (lexicon
    ministry_seats) stands for the ministry the article names ("le ministre de l'Économie"); with none
    named, the seat is the public body itself, never a place that acts."""
    seats = {fold(k): v for k, v in (lexicon().get("ministry_seats") or {}).items()}
    found = [n for n in index.entities if fold(n) in seats]
    for name in found:
        portfolio = fold(seats[fold(name)])
        ministry = next((m for m, ent in index.entities.items() if ent.type == "GOV" and fold(m).startswith("ministere")
                         and portfolio in fold(m)), None)
        if ministry is not None:
            _stand_for(doc, index, mentions, name, ministry)
        elif index.entities[name].type in ("LOC", "ORG"):
            index.entities[name].type = "GOV"


_PLACE_NOUN = re.compile(r"^(?:près|région|ville|port|province|oblast|district|département|commune|village|banlieue|"
                         r"environs|capitale|quartier|territoire|zone|république|comté|état|canton|île|vallée|maire|mairie|"
                         r"habitant|élu|préfet|population|centre|gare|aéroport)s?$")


# Adjectives that make a common noun a place's name ("le Massif central", "la Corne orientale")
_PLACE_ADJECTIVES = frozenset({
    "central", "centrale", "centraux", "oriental", "orientale", "occidental", "occidentale", "méridional",
    "méridionale", "septentrional", "septentrionale", "maritime", "maritimes", "atlantique", "noire", "noir",
    "rouge", "morte", "sainte", "saint", "haute", "haut", "basse", "bas", "grand", "grande", "petit", "petite",
    "supérieur", "supérieure", "inférieur", "inférieure", "arctique", "antarctique", "polaire", "insulaire"})


def _named_like_a_movement(tv, cluster) -> bool:
    """Is every mention a capitalised common noun the model knows and its adjective ("Terre commune", "Cap
    Commun", "Écologistes solidaires"), neither a place nor a region nor a first name, the adjective no
    nationality nor a place's ("Europe centrale", "Pays basque"), never after a preposition of place?"""
    named = False
    for s in cluster:
        if s.end - s.start == 1 and tv[s.start].text.isupper():
            continue   # (its acronym: "Cité nouvelle (CN)")
        if s.end - s.start != 2:
            return False
        named = True
        if s.votes.get("LOC", 0) > (s.ner == "LOC"):
            return False   # (a cue in the text calls it a place)
        noun, adj = tv[s.start], tv[s.start + 1]
        if noun.pos_ not in ("NOUN", "PROPN") or not noun.is_alpha or not noun.text[1:].islower() \
                or not _known_word(noun) or noun.text in first_names() or place_of_town(noun.text) is not None \
                or fold(noun.text) in region_names():
            return False
        low = adj.lower_
        if not adj.is_alpha or adj.pos_ != "ADJ" and adj.dep_ != "amod" or low in _PLACE_ADJECTIVES \
                or low in countries_by_adjective() or low in _local_adjectives():
            return False
        if s.start > 0 and tv[s.start - 1].lower_ in _LOCATIVE:
            return False
    return named


def _organisation_cue_against_the_ner(cluster, typed) -> bool:
    """Is the name of several words, each place vote of its mentions the NER's own (no "à X", "en X"), and
    the organisation votes (cues of the text) as many as the place votes?"""
    if not any(s.end - s.start >= 2 for s in cluster):
        return False
    ner_places = sum(s.ner == "LOC" for s in cluster)
    loc = typed.get("LOC", 0)
    return sum(s.votes.get("LOC", 0) for s in cluster) <= ner_places and 0 < loc <= typed.get("ORG", 0)


def _unknown_place(doc, cluster) -> bool:
    """Is every mention of the cluster one word the model's vectors know in neither case, never after a
    preposition of place, and no country, region or seat of power?"""
    tv = tokens_of(doc)
    if not any(s.ner == "LOC" for s in cluster):
        return False
    for s in cluster:
        # (a mention the NER left untyped, with a cue that calls it no place, does not save the place:
        # "Le sortant, X, …" after two where the NER calls X a place)
        if s.end - s.start != 1 or s.ner not in ("LOC", None) or s.ner is None and s.votes.get("LOC"):
            return False
        tok = tv[s.start]
        if _known_word(tok) or tok.vocab.vectors.find(key=tok.text) >= 0 or "-" in tok.text:
            return False   # (a compound "Saint-X", "X-sur-Y" is a town's)
        if tok.lower_.endswith("ie") and s.start > 0 and tv[s.start - 1].lower_ == "la":
            return False   # ("la Valdarie": the shape of a country’s name in French, "la Moldavie")
        j = s.start - 2
        while j > 0 and tv[j].pos_ == "ADJ":
            j -= 1   # ("les régions séparatistes de X")
        if s.start > 0 and (tv[s.start - 1].lower_ in _LOCATIVE or tv[s.start - 1].lower_ in ("de", "d'", "d’")
                            and j >= 0 and (_PLACE_NOUN.match(tv[j].lower_) is not None
                                            or tv[j].lower_ == "direction" and j > 0 and tv[j - 1].lower_ == "en")):
            return False   # (… "en direction de X")
        if tok.dep_ == "conj" and tok.head.ent_type_ == "LOC" or any(
                c.dep_ == "conj" and c.ent_type_ == "LOC" for c in tok.children):
            return False   # ("les régions de Louhansk et Donetsk": one place of two)
    key = fold(cluster[0].text)
    return not (key in countries_by_seat() or key in region_names()
                or any(key in names for names in countries_by_adjective().values()))
