"""Second references of the s19 helper s19-coref2 (invented names): a generic noun's passing introduction
("acquis auprès du groupe X"), a staff body for "la chaîne", a name only a table row gives for "la banque"."""
from cercle.nlp import get_nlp
from cercle.nlp.docview import DocView
from cercle.mentions import find_entities
from cercle.pipeline import clean_or_skip
from cercle.records import Article


def _resolved(text: str) -> dict[tuple[str, int], str]:
    """Each non-name mention's word and token → the entity it was resolved to."""
    clean = clean_or_skip(Article(id="t", text=text, path="t"))
    doc = DocView(get_nlp()(clean.text))
    _, _, index = find_entities(doc, clean)
    return {(doc[i].text, i): n for i, n in index.by_token.items() if index.kinds.get(i) != "name"}


def _targets(text: str, word: str) -> set[str]:
    return {n for (w, _), n in _resolved(text).items() if w == word}


def _last(text: str, word: str) -> str | None:
    """The entity the last mention with this word was resolved to."""
    found = sorted((i, n) for (w, i), n in _resolved(text).items() if w == word)
    return found[-1][1] if found else None


def test_group_is_the_main_subject_not_a_seller_named_in_a_participle():
    text = ("Ces dernières années, Varnel a multiplié les rachats : Tessar Studios, acquis en 2020 auprès du "
            "groupe Tessar, puis l'allemand Malto en 2021. Le groupe rivalise désormais avec Brulot.")
    assert _last(text, "groupe") == "Varnel"


def test_group_introduced_on_the_main_verb_keeps_its_introduction():
    # (near miss: the company the noun introduced sits on the main verb, not in passing: it stays the guess)
    text = "Varnel a cédé sa filiale Malto au groupe Tessar. Le groupe rivalise désormais avec Brulot."
    assert _last(text, "groupe") == "Tessar"


def test_channel_is_the_company_of_the_journalists_society():
    text = ("Le groupe Malto a racheté Brulot Media, qui regroupe Tessar TV et Radio Varnel. La société des "
            "journalistes de Tessar TV a voté une motion de défiance. Paul Dervin, le directeur général de la "
            "chaîne, assure qu'il n'y aura aucune ingérence.")
    assert _targets(text, "chaîne") == {"Tessar TV"}


def test_bank_is_not_a_holder_only_a_table_names():
    text = ("Varnel : un tour de table éclaté\n\nQui contrôle Varnel ? Personne, ou presque. À la différence de "
            "Malto, dont l'État belge est le premier actionnaire, la banque de la Défense n'a pas de pilier au "
            "capital.\n\n| Actionnaire | Part du capital | Droits de vote |\n|---|---|---|\n"
            "| Orsel Group | 6,1 % | 5,6 % |\n| Tessar Bank Investment Management | 2,8 % | 2,6 % |\n\n"
            "À la tête du conseil, Luc Sorel a soutenu le directeur général Paul Dervin, nommé en mai 2023 pour "
            "succéder à Jean Brulot. Ce dernier, qui avait dirigé la banque pendant quinze ans, préside "
            "désormais le conseil de Orvane.")
    assert _last(text, "banque") != "Tessar Bank Investment Management"


def test_interview_relaunches_without_vous_are_questions():
    text = ("ENTRETIEN — Paul Dervin (Varnel) : « L'accord avec Tessar Pharma change notre dimension »\n\nCofondateur en 2003 de Varnel, la biotech lyonnaise spécialisée dans l'imagerie, Paul Dervin préside toujours son directoire. Il revient pour Le Fanal sur l'accord signé l'été dernier avec Malto, la filiale de Tessar Pharma.\n\nLe Fanal : Que prévoit exactement l'accord ?\nPaul Dervin : Malto obtient les droits mondiaux de notre produit phare. Le groupe américain nous verse 30 millions de dollars à la signature. Nous gardons la main sur l'essai en cours.\n\nVous aviez déjà cédé des droits en Asie…\nOui, nous avons un partenariat avec Brulot pour la Chine. Il n'est pas remis en cause.\n\nOn prête à Tessar Pharma l'intention de racheter la société…\nC'est faux. Tessar Pharma ne nous a fait aucune offre de rachat, et nous ne sommes pas à vendre. Jean Orsel, notre directeur financier, travaille au contraire à sécuriser notre financement.\n")
    resolved = _resolved(text)
    assert {n for (w, _), n in resolved.items() if w.lower() == "nous"} == {"Varnel"}
    assert len([1 for (w, _), n in resolved.items() if w.lower() == "nous"]) == 5


def test_one_question_alone_makes_no_interview():
    # (near miss: no "X :" answer line, one "?" question: the trailing paragraphs are no questions, their
    # "nous" stays unread)
    text = ("Paul Dervin dirige Varnel depuis 2003.\n\nQue prévoit l'accord ?\n\nMalto obtient les droits. "
            "Le groupe américain nous verse 30 millions.\n\nOn prête à Tessar l'intention de racheter la société…"
            "\n\nC'est faux, nous ne sommes pas à vendre.")
    assert "Tessar" not in {n for (w, _), n in _resolved(text).items() if w.lower() == "nous"}
