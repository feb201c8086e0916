"""Where the parties of a tie sit around its trigger word, in spaCy's French dependency trees.

``slots(trigger, index)`` returns ``{slot: [(entity name, token index), …]}``
for the slot names documented in data/rules.yaml. The readers run in this
order, each one may look at what the earlier ones found:

1. dependents.py — the trigger's own subject, object, agent, prepositional phrases;
2. verbs.py — objects and phrases hung on another word, inherited subjects
   ("veut racheter", "a racheté … et cédé", "X, qui a quitté Y"), participles
   ("Y, racheté par X"), detached participles;
3. phrases.py — "auprès de X" and "face à X" parsed as adverbs;
4. titles.py — title nouns: "X, PDG de Y" (appos), "X est PDG de Y" (copula),
   "le PDG de Y, X", "le PDG X", fronted titles, possessives ("son PDG");
5. phrases.py — nominalisations and their phrases ("le rachat de Y par X",
   "l'arrivée à la tête de Y de X"), rounds, contracts, light verbs
   ("X a lancé une offre sur Y");
   speech.py — who stands behind an event one opposes or blames ("s'opposer à l'entrée de X",
   "à ce que X …"), "à l'encontre de X" read as a line, "voir d'un œil critique Y";
   bonds.py — pacts and meetings named by a participle's phrase ("l'accord conclu entre A et B"),
   meetings that gather people, support relied on, bodies that gather members;
6. tidy.py — a name in one slot is not also another slot's.

Coordination distributes ("dans A et B" gives both); lists the parser breaks
are read as a line (../lists.py, readers.py).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import person_ending_at, verb_tagged_noun
from .dependents import read_dependents
from .found import Found
from .gate import Readers, acts_on
from .readb35 import READB35_READERS
from .xsent38 import XSENT38_READERS
from .posts import among_named, apposed_participle, board_left, country_branch, seat_handed, within_party, body_joined, helm_held, kin_of_described, ministry_kept, party_apposed
from .prec21 import prec21_checks
from .phrases import _board_owners, seat_where, adverb_phrases, later_phrases, seat_organ, seat_subject, seat_taker, fronted_title, board_post, other_than, means_possessive, remainder_of, supply_phrases, career_phrases, hirer
from .biz import sold_possessor
from .bonds import bond_parties
from .feuds import feud_parties
from .against import against_parties
from .stands import stand_parties
from .conflicts import conflict_parties
from .speech import speech_parties
from .talks import talk_parties
from .tidy import tidy
from .corpa21 import CORPA21_READERS
from .sale import sale_in_context
from .eponym import eponymous_company
from .corpb21 import CORPB21_READERS
from .recall22 import RECALL22_READERS
from .prec22 import PREC22_READERS
from .prec22b import PREC22B_READERS
from .recall23 import RECALL23_READERS
from .recall24 import RECALL24_READERS
from .fights24 import FIGHTS24_READERS
from .ally23 import ALLY23_READERS
from .prec23 import PREC23_READERS
from .prec24 import PREC24_READERS
from .prec24b import PREC24B_READERS
from .people24 import PEOPLE24_READERS
from .people25 import PEOPLE25_READERS
from .people26 import PEOPLE26_READERS
from .people27 import PEOPLE27_READERS   # (s27-people27)
from .party28 import PARTY28_READERS   # (s28-party28)
from .politics28 import POLITICS28_READERS   # (s28-politics28)
from .accuse28 import ACCUSE28_READERS   # (s28-accuse28)
from .funds28 import FUNDS28_READERS   # (s28-funds28)
from .deals29 import DEALS29_READERS   # (s29-deals29)
from .people29 import PEOPLE29_READERS   # (s29-people29)
from .portrait29 import PORTRAIT29_READERS   # (s29-portrait29)
from .relq26 import RELQ26_READERS
from .relq25 import RELQ25_READERS
from .deals24 import DEALS24_READERS
from .coref24b import COREF24B_READERS
from .deals25 import DEALS25_READERS
from .deals26 import DEALS26_READERS
from .prec26 import PREC26_READERS
from .deals27 import DEALS27_READERS
from .recall25b import RECALL25B_READERS
from .fights25 import FIGHTS25_READERS
from .interview25 import INTERVIEW25_READERS
from .fights26 import FIGHTS26_READERS
from .fights26b import FIGHTS26B_READERS
from .fights27 import FIGHTS27_READERS
from .fights28 import FIGHTS28_READERS   # (s28-fights28)
from .fights29 import FIGHTS29_READERS   # (s29-fights29)
from .politics30 import POLITICS30_READERS   # (s30-politics30)
from .court29 import COURT29_READERS   # (s29-court29)
from .stakes30 import STAKES30_READERS   # (s30-stakes30)
from .interview30 import INTERVIEW30_READERS   # (s30-interview30)
from .court30 import COURT30_READERS   # (s30-court30)
from .protag30 import PROTAG30_READERS   # (s30-protag30)
from .deals30 import DEALS30_READERS   # (s30-deals30)
from .money30 import MONEY30_READERS   # (s30-money30)
from .owners31 import OWNERS31_READERS   # (s31-owners31)
from .legal31 import LEGAL31_READERS
from .deals32 import DEALS32_READERS
from .interview32 import INTERVIEW32_READERS
from .politics32 import POLITICS32_READERS
from .allies31 import ALLIES31_READERS   # (s31-allies31)
from .money31 import MONEY31_READERS   # (s31-money31)
from .interview29 import INTERVIEW29_READERS   # (s29-interview29)
from .interview31 import INTERVIEW31_READERS   # (s31-interview31)
from .heads32 import HEADS32_READERS   # (s32-heads32)
from .stance32 import STANCE32_READERS   # (s32-stance32)
from .stance33 import STANCE33_READERS   # (s33-stance33)
from .rivals34 import RIVALS34_READERS   # (s34-rivals34)
from .court32 import COURT32_READERS   # (s32-court32)
from .court34 import COURT34_READERS   # (s34-court34)
from .reada35 import READA35_READERS   # (s35-reada35)
from .politics34 import POLITICS34_READERS   # (s34-politics34)
from .plural32 import PLURAL32_READERS   # (s32-plural32)
from .groups33 import GROUPS33_READERS   # (s33-groups33)
from .protag29 import PROTAG29_READERS   # (s29-protag29)
from .people31 import PEOPLE31_READERS   # (s31-people31)
from .stake28 import STAKE28_READERS   # (s28-stake28)
from .genre26 import GENRE26_READERS
from .portrait32 import PORTRAIT32_READERS   # (s32-portrait32)
from .clitics32 import CLITICS32_READERS   # (s32-clitics32)
from .money33 import MONEY33_READERS   # (s33-money33)
from .money34 import MONEY34_READERS   # (s34-money34)
from .basics33 import BASICS33_READERS   # (s33-basics33)
from .speakers34 import SPEAKERS34_READERS   # (s34-speakers34)
from .carry35 import CARRY35_READERS   # (s35-carry35)
from .proto35 import PROTO35_READERS   # (s35-proto35)
from .ally36 import ALLY36_READERS   # (s36-ally36)
from .cues37 import CUES37_READERS   # (s37-cues37)
from .reads37 import READS37_READERS   # (s37-reads37)
from .misses38 import MISSES38_READERS   # (s38-misses38)
from .misses39 import MISSES39_READERS   # (s39-misses39)
from .gapa3 import alliance_with, chez_frame, counted_group, friend_of_years, minister_of_person, second_title
from .gapb3 import _OFFER_NOUNS, AMONG_NOUNS, among_holders, HAND_VERBS, PAY_VERBS, hand_in_hand, joint_bid, paid_for_stake
from .gapa2 import academic_place, agent_after_comma, kin_in_event, candidate_party, formed_members, office_of, power_of, support_qualified, unit_employer
from .titles import counted_apposition, title_parties
from .verbs import deal_parties, verb_objects, verb_parties
from .words import SEAT_WORDS

# Runs of readers that act on a few words each: a run calls a reader only on the words its @acts_on
# (beside the reader) lets through, in this order (gate.py; a reader put here without one is refused).
_SALES_AND_CAREERS = Readers(
    sold_possessor,   # "Y a officialisé sa vente au groupe X"
    remainder_of,   # "…, le reste du capital appartenant à B"
    supply_phrases,   # "X se fournit auprès de Y", "client de longue date de Y"
    career_phrases,   # "X a passé quinze ans chez Y", "X, une ingénieure passée par Y"
    hirer,   # "Y a recruté X": Y named, or the article's company
)
_GAP_READERS = Readers(
    apposed_participle,   # (s19-gapA) "X, allié de Y" with the noun tagged as a participle
    within_party,   # (s19-gapA) "X, son allié au sein du parti Y"
    country_branch,   # (s19-gapA) "le directeur de Y au Niger, X": staff
    board_left,   # (s19-gapA) "le départ de X de son conseil d'administration"
    kin_of_described,   # (s19-gapA) "X, fils de l'industriel breton Y"
    helm_held,   # (s19-gapA) "la direction de Y est assurée par X"
    party_apposed,   # (s19-gapA) "Y, le parti de X" parsed as a conjunct
    body_joined,   # (s19-gapA) "la compagnie X a rejoint l'alliance Y"
    among_named,   # (s19-gapA) "trois anciens cadres de Y, dont X"
    seat_handed,   # (s19-gapA) "X, DG de Y, a cédé sa place à Z"
    ministry_kept,   # (s19-gapA) "X garde le ministère de Y", "X hérite du ministère de Y"
    support_qualified,   # (s19-gapA2) "le soutien appuyé de X"
    candidate_party,   # (s19-gapA2) "X, candidat du parti Y"
    unit_employer,   # (s19-gapA2) "directeur du département Z de Y": staff
    agent_after_comma,   # (s19-gapA2) "fondé par son grand-père, X"
    formed_members,   # (s19-gapA2) "Y, un consortium formé par A et B"
    power_of,   # (s19-gapA2) "Y, proche du pouvoir de X"
    office_of,   # (s19-gapA2) "X fait office de porte-parole de Y"
    academic_place,   # (s19-gapA2) "X, économiste à l'institut Y"
    kin_in_event,   # (s19-gapA2) "depuis la mort de son père, X, Y dirige …"
)
_STANDS = Readers(
    against_parties,   # (s19-gapC) resisting, barring, civil party, requisitions…
    stand_parties,   # (s19-gapC2) foes seen, wars waged, pressure, claims in court…
)

# The runs of the later sessions, called one after the other on every trigger, as one run: the gate's
# choice is then looked up once per trigger instead of once per run (some thirty calls and key checks per
# trigger, three runs in four choosing no reader at all). The same readers in the same order on the same
# word: nothing in slots() retags a token (the parse repairs of relations.py are made before any trigger
# is read), so each run's choice was already made on the trigger's word as it stands here.
_LATE_READERS = Readers(*(read for run in (
    CORPA21_READERS,   # (s21-corpA) "plainte pour « faux » contre Y", "des discussions ont eu lieu entre A et B"
    CORPB21_READERS,   # (s21-corpB) "solliciter des mandats au conseil de Y", "un passage au cabinet de X"
    RECALL22_READERS,   # (s22-recall22) "X détient 30 % de Y aux côtés de Z"
    PREC22_READERS,   # (s22-prec22) "A, la holding de B, propriétaire de C": A owns C
    PREC22B_READERS,   # (s22-prec22b) "X doit rejoindre Lyon": a place, no party
    RECALL23_READERS,   # (s23-recall23) "X a passé commande de N avions auprès de Y"
    PREC23_READERS,   # (s23-prec23) "Y, l'éditeur de Z dirigé par X": Y, not Z
    ALLY23_READERS,   # (s23-ally23) "X a rallié le camp de Y"
    PREC24_READERS,   # (s24-prec24) "X, son directeur de cabinet lorsque Y dirigeait Z": Y
    RECALL24_READERS,   # (s24-recall24) "Y est passé sous le contrôle de X"
    FIGHTS24_READERS,   # (s24-fights24) "Y accumule les amendes de X"
    PEOPLE24_READERS,   # (s24-people24) "Y, la société cofondée avec A et B": A and B founded Y
    DEALS24_READERS,   # (s24-deals24) "la coentreprise fondée par A et B"
    COREF24B_READERS,   # (s24-coref24b) "X a injecté N milliards dans la start-up"
    PREC24B_READERS,   # (s24-prec24b) "Y a rejeté l'offre de A pour racheter Z": bid for Z
    DEALS25_READERS,   # (s25-deals25) "via ses filiales A et B": each
    FIGHTS25_READERS,   # (s25-fights25) "Y a accepté de payer une amende infligée par X"
    PEOPLE25_READERS,   # (s25-people25) "X brigue la présidence de Y": a post only sought
    RELQ25_READERS,   # (s25-relq25) "…de Y, que X avait racheté": the object relative's name
    INTERVIEW25_READERS,   # (s25-interview25) an interview's "Nous nous sommes vus"
    RECALL25B_READERS,   # (s25-recall25b) "A et B ont créé une coentreprise, Z": Z
    PEOPLE26_READERS,   # (s26-people26) "X, ancien cadre de Z devenu député Y": X
    FIGHTS26_READERS,   # (s26-fights26) "X a obtenu le renvoi devant le tribunal de A": X sues A
    DEALS26_READERS,   # (s26-deals26) "X a racheté Y, allié à Z": X, not Y
    RELQ26_READERS,   # (s26-relq26) "X, l'animateur de Y, qui accuse Z": X
    FIGHTS26B_READERS,   # (s26-fights26b) "X a infligé à Y 7 M€ d'amendes": Y fined
    PREC26_READERS,   # (s26-prec26) "Qui … mettra la main sur Y ?", "nos concurrents du Golfe, A"
    GENRE26_READERS,   # (s26-genre26) "« Y a menti », accuse X": X accuses Y
    DEALS27_READERS,   # (s27-deals27) "X l'attribue à Y": no payee; "X lui consent un prêt"
    FIGHTS27_READERS,   # (s27-fights27) "X, écarté au terme d'un bras de fer avec Z": X
    PEOPLE27_READERS,   # (s27-people27) "le fonds de pension de Z, piloté par X": not Z
    FIGHTS28_READERS,   # (s28-fights28) "Y, condamné par le tribunal X à deux ans": a sanction
    PARTY28_READERS,   # (s28-party28) "auprès de A, le fonds de X, de B et de C": no owners
    POLITICS28_READERS,   # (s28-politics28) "X entretient de bonnes relations avec Y": allies
    STAKE28_READERS,   # (s28-stake28) "Le fonds X en détient 12 %", "Y, dont X détient 30 %"
    ACCUSE28_READERS,   # (s28-accuse28) "X l'accuse de …" in a main clause: the actor spoken of
    FUNDS28_READERS,   # (s28-funds28) "…sur Y, son concurrent alsacien": Y is the rival
    FIGHTS29_READERS,   # (s29-fights29) "Y demandait l'annulation de l'amende infligée par X": Y sues X
    DEALS29_READERS,   # (s29-deals29) "A, la holding de B, qui contrôle 42 % de C": A
    PEOPLE29_READERS,   # (s29-people29) "X est passé par le cabinet de Y": Y employed X
    INTERVIEW29_READERS,   # (s29-interview29) "Y reste un concurrent sérieux pour nous": the speaker's side
    PROTAG29_READERS,   # (s29-protag29) "Y a écopé de N d'amende": the article's one regulator fined Y
    PORTRAIT29_READERS,   # (s29-portrait29) "il s'est offert A, puis B et C": B and C bought too
    COURT29_READERS,   # (s29-court29) "Y, poursuivi comme personne morale": the text's one prosecutor sues Y
    STAKES30_READERS,   # (s30-stakes30) "X, actionnaire principal avec 49 %": X holds the article's company
    POLITICS30_READERS,   # (s30-politics30) "son alliée Y", "visant sans le nommer Y", "entré au gouvernement de Z"
    INTERVIEW30_READERS,   # (s30-interview30) "X, le président de notre conseil": the speaker's company
    COURT30_READERS,   # (s30-court30) "Y a écopé de N de prison": the text's one court sanctions Y
    PROTAG30_READERS,   # (s30-protag30) "alors qu'elle travaillait chez Y" in a portrait: the portrait's person
    DEALS30_READERS,   # (s30-deals30) "X conseillait l'acheteur": the buyer of the text's one deal
    MONEY30_READERS,   # (s30-money30) "les aides régionales accordées à Y", "le marché attribué à Y": implicit payer
    OWNERS31_READERS,   # (s31-owners31) "A, la holding qui chapeaute B", "dont A possède 40 % et C 25 %"
    LEGAL31_READERS,   # (s31-legal31) "X a signalé Y à l'inspection du travail": X sues Y
    ALLIES31_READERS,   # (s31-allies31) "avec le soutien de Y", "l'un des soutiens de Y", "face au veto de Y"
    PEOPLE31_READERS,   # (s31-people31) "X dirige les rédactions de Y", "X a renoncé à son siège d'administrateur de Y"
    MONEY31_READERS,   # (s31-money31) "X a signé avec Y un contrat de fourniture": the deal's kind says who pays
    INTERVIEW31_READERS,   # (s31-interview31) "Y reste un concurrent" in an interview's answer: the speaker's rival
    DEALS32_READERS,   # (s32-deals32) "A et B, associés au sein d'un groupement"; "via ses holdings A"; "Y, pour ses marques A"
    PORTRAIT32_READERS,   # (s32-portrait32) "Compagne de Y, elle …", "X dirigeait jusqu'ici Y": a portrait's stages
    INTERVIEW32_READERS,   # (s32-interview32) "A et B ont investi N lors de notre tour de table": in the round's owner
    POLITICS32_READERS,   # (s32-names32) "la députée insoumise X", "sous les couleurs de Y", "sa démission de Y"
    HEADS32_READERS,   # (s32-heads32) "X, fondateur de Y, qui en a repris la direction": Y
    STANCE32_READERS,   # (s32-stance32) "les relations entre A et B restent glaciales", "A et B ne sont pas parvenus à s'entendre"
    COURT32_READERS,   # (s32-court32) "Y écope de trois ans", "requis contre les trois prévenus": the story's roles
    PLURAL32_READERS,   # (s32-plural32) "les deux hommes restent proches", "A et B travaillent ensemble": each to each
    CLITICS32_READERS,   # (s32-clitics32) "X en est le président", "X n'y injectera plus un euro": "en", "y" for Y
    MONEY33_READERS,   # (s33-money33) "Y a bouclé un crédit piloté par X", "son partenariat maillot avec X": the deal's kind
    STANCE33_READERS,   # (s33-stance33) "ses passes d'armes avec Y", "proche de lui", "a fait de Y une cible"
    GROUPS33_READERS,   # (s33-groups33) "Y, qui fédère les fabricants, dont X": X a member of Y
    BASICS33_READERS,   # (s33-basics33) "X, président du conseil régional": the text's one region
    COURT34_READERS,   # (s34-court34) "le tribunal a reconnu Y coupable", "comme l'avait requis le parquet"
    SPEAKERS34_READERS,   # (s34-speakers34) "Nos concurrents, ce sont A et B": the names against the speaker's side
    RIVALS34_READERS,   # (s34-rivals34) "ses concurrents, A et B", "reçu par H, en compagnie de Y": each one
    MONEY34_READERS,   # (s34-money34) "l'offre de reprise de Z déposée par un consortium réunissant A et B", "ses créanciers, parmi lesquels A"
    POLITICS34_READERS,   # (s34-politics34) "le sénateur Les Y X", "X refuse toute entente avec Y"
    READA35_READERS,   # (s35-reada35) "Sa filiale hôtelière, X Hotels": a subsidiary named after its parent
    CARRY35_READERS,   # (s35-carry35) "Passé par Y, (où il …,) il rejoint Z": the main subject went through Y
    READB35_READERS,   # (s35-readb35) "Élu sous l'étiquette Y, le maire de Z, X, …", "Le parti Y mise sur son député X"
    PROTO35_READERS,   # (s35-proto35) "Une amende a été infligée par X" in an article about Y: X sanctions Y
    ALLY36_READERS,   # (s36-ally36) "X a scellé un accord avec le parti Y", "X, considéré comme le bras droit de Y"
    CUES37_READERS,   # (s37-cues37) "X, élu LR et rival de Y", "a adressé une mise en demeure à Y", "avec le soutien financier de Y"
    READS37_READERS,   # (s37-reads37) "A et son rival B ont …": B is the rival
    MISSES38_READERS,   # (s38-misses38) "X a depuis racheté Y": Y is the object
    XSENT38_READERS,   # (s38-xsent38) "X se félicite. Le directeur général de Y, …": the title resolved to X
    MISSES39_READERS,   # (s39-misses39) "On prête à X l'intention de racheter Y": X would buy Y
) for read in run.readers))


# The readers slots() used to call one by one after _STANDS (those whose test of the word was written beside
# the call are wrapped below, their test kept), read with _STANDS and _LATE_READERS as one run: in the same
# order, each only on the words its declaration lets through (most act on a few words), and one gate lookup
# for all of them.
@acts_on(lambda w: w.lower in _OFFER_NOUNS)
def _joint_bid(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if t.lower_ in _OFFER_NOUNS:
        joint_bid(t, index, out)   # (s20-gapB3) "A et B déposent une offre commune"


@acts_on(lambda w: w.verbal and w.lem in PAY_VERBS)   # (PAY_VERBS is lower case: lemma_ in it lowers into it)
def _paid_for_stake(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if verbal and t.lemma_ in PAY_VERBS:
        paid_for_stake(t, index, out)   # (s20-gapB3) "X a payé N pour 13 % de Y"


@acts_on(lambda w: w.verbal and w.lem in HAND_VERBS)   # (HAND_VERBS is lower case, as PAY_VERBS)
def _hand_in_hand(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if verbal and t.lemma_ in HAND_VERBS:
        hand_in_hand(t, index, out)   # (s20-gapB3) "X travaille main dans la main avec Y"


@acts_on(lambda w: w.lower in AMONG_NOUNS)
def _among_holders(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if t.lower_ in AMONG_NOUNS:
        among_holders(t, index, out)   # (s20-gapB3) "Y compte X parmi ses actionnaires"


@acts_on(lambda w: not w.verbal)   # (eponymous_company returns at once for a verb)
def _eponymous_of_head(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if "head" in out:
        eponymous_company(t, index, out, verbal)   # (s20-lead) "X, PDG du groupe éponyme"


_TAIL_READERS = Readers(
    *_STANDS.readers,   # against_parties, stand_parties
    conflict_parties,   # (s20-gapC3) "Entre A et B, le dialogue est rompu", "au ministre, A, et au chef, B"
    alliance_with,   # (s20-gapA3) "X a scellé une alliance avec le parti Y"
    minister_of_person,   # (s20-gapA3) "X, ancienne ministre de Y"
    second_title,   # (s20-gapA3) "X, membre du conseil de Y et ami de Z"
    friend_of_years,   # (s20-gapA3) "X, ami de trente ans de Y"
    counted_group,   # (s20-gapA3) "fondée par A et deux chercheurs passés par W, B et C"
    chez_frame,   # (s20-gapA3) "Chez Y, X, la directrice générale, …"
    _joint_bid, _paid_for_stake, _hand_in_hand, _among_holders,   # (s20-gapB3)
    sale_in_context,   # (s20-lead) "L'offre de X a été écartée": the company for sale
    _eponymous_of_head,   # (s20-lead) "X, PDG du groupe éponyme"
    prec21_checks,   # (s21-prec21) "Y, présidé par X, finance Z": no object of a passive
    *_LATE_READERS.readers,   # CORPA21_READERS … (the last one added)
)


def slots(trigger, index: EntityIndex, need: frozenset | None = None) -> dict[str, list[tuple[str, int]]]:
    """``need``: the slot names the trigger's rules read, if known; readers may then skip
    constructions that fill only other slots (Found.wants)."""
    t = trigger
    out = Found(t, index)
    out.need = need
    if t.lower_ in SEAT_WORDS and t.pos_ in ("NOUN", "ADJ"):
        # "X siège au conseil d'administration de Y" with the verb tagged as a noun: read as a line
        who, organ = seat_subject(t, index), seat_organ(t)
        if who is None and organ is None and (where := seat_where(t, index)):
            who, organ = where   # "… au conseil, où siège déjà X"
        if who and organ is not None:
            out.put("subj", [who])
            out.put("organ_of", _board_owners(organ, index))
        elif organ is not None:   # "X obtient deux sièges au conseil": the seat a verb's subject gets
            takers, owners = seat_taker(t, index, organ)
            if takers and owners:
                out.put("subj", takers)
                out.put("organ_of", owners)
        out["_no_linear"] = []
        return out
    read_dependents(t, index, out)
    verbal = t.pos_ in ("VERB", "AUX") and not (t.i > 0 and t.doc[t.i - 1].pos_ == "DET") \
        or verb_tagged_noun(t)
    verb_objects(t, index, out, verbal)
    adverb_phrases(t, index, out, verbal)
    if verbal:
        verb_parties(t, index, out, verbal)
        deal_parties(t, index, out)
    else:
        title_parties(t, index, out)
        counted_apposition(t, index, out)   # "A et B, deux anciens de Y"
    later_phrases(t, index, out, verbal)
    board_post(t, index, out, verbal)   # "X prend la présidence du conseil": the article's company
    means_possessive(t, index, out)   # "X détient 30 % de Y via sa holding B": X's holding
    _SALES_AND_CAREERS(t, index, out, verbal)   # sold_possessor … hirer
    if not verbal and "head" not in out and out.wants("head"):
        out.put("head", fronted_title(t, index))   # "La présidente du directoire, X, a démissionné"
    if not verbal and "head" not in out and out.wants("head"):
        out.put("head", other_than(t, index))   # "X n'est autre que l'ancien directeur général de Y"
    if not verbal and out.get("head"):
        _title_of_agent(t, index, out)
    _GAP_READERS(t, index, out, verbal)   # apposed_participle … kin_in_event
    speech_parties(t, index, out, verbal)
    bond_parties(t, index, out, verbal)
    if not verbal:
        talk_parties(t, index, out)   # (s19-gapB) "A et B discutent d'une coentreprise"
    feud_parties(t, index, out, verbal)
    _TAIL_READERS(t, index, out, verbal)   # against_parties … prec21_checks, then CORPA21_READERS … FUNDS28_READERS
    tidy(t, index, out, verbal)
    return out


def _title_of_agent(t, index: EntityIndex, out: Found) -> None:
    """"un cabinet, X, dirigé par Olivier Y, un ancien cadre de Z": a person's title put after the comma
    that closes a participle's agent describes that person, not the noun the parser hung it on."""
    if t.dep_ != "appos" or any(index.type_of(h) == "PER" for h, _ in out["head"]):
        return
    doc, first = t.doc, t.left_edge.i
    if first < 3 or doc[first - 1].text != ",":
        return
    found = person_ending_at(index, first - 2)
    if found is None:
        return
    who, j = found
    if j > 0 and doc[j - 1].lower_ == "par":   # (the agent of "dirigé par", "fondé par")
        out["head"] = [(who, j)]
