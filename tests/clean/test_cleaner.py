"""Unit tests of the cleaner's rules, one behaviour each, on short invented French texts."""
from __future__ import annotations

import pytest

from cercle.clean import clean_article, clean_to_dict
from cercle.records import Article, CleanArticle, Skipped

BODY = ("Le groupe Morel a déposé lundi une offre de rachat sur la société Brivane, "
        "pour un montant de deux milliards d'euros selon un communiqué.")


def clean(text: str, **kw) -> CleanArticle:
    result = clean_article(Article(id="t", text=text, path="t.txt", **kw))
    assert isinstance(result, CleanArticle), result
    return result


def blocks(c: CleanArticle) -> list[tuple[str, str]]:
    return [(b.kind, c.text[b.start:b.end]) for b in c.blocks]


def test_typography_spaces_apostrophes_ligatures_dashes():
    c = clean("Selon\u00a0lui\u202f: «\u00a0l’offre est insuffisante\u00a0» pour Brivane, a déclaré "
              "Paul Vasseur —\u00a0PDG du groupe Tessier\u00a0— lors d’une conférence de presse "
              "sur la situation \ufb01nancière.")
    assert c.text == ("Selon lui : « l'offre est insuffisante » pour Brivane, a déclaré Paul Vasseur, "
                      "PDG du groupe Tessier, lors d'une conférence de presse sur la situation "
                      "financière.\n")
    norm = c.meta["normalised"]
    assert norm["nbsp"] >= 4 and norm["apostrophes"] == 2 and norm["ligatures"] == 1
    assert norm["bracket_dashes"] == 1
    assert c.removed == []                      # no word was removed


def test_dashes_in_short_headings_are_kept():
    c = clean("Un accord Hallard – Ondéa plutôt que Calvet ?\n\n" + BODY)
    assert blocks(c)[0] == ("title", "Un accord Hallard – Ondéa plutôt que Calvet ?")


def test_offsets_of_removals_survive_crlf_and_invisible_characters():
    src = "Brivane\u200b dit non\r\n\r\n" + BODY + "\r\n© Studio\u00a0Lumière\r\nRéagir\r\n"
    c = clean(src)
    assert [(r.reason, r.text) for r in c.removed] == [
        ("credit_line", "© Studio\u00a0Lumière"), ("prompt", "Réagir")]
    for r in c.removed:
        assert src[r.start:r.end] == r.text
    assert c.text.count("\n\n") == 1 and "\r" not in c.text and "\u200b" not in c.text


@pytest.mark.parametrize("para,lead", [
    ("Prudence. Le marché reste sceptique sur la suite des opérations du groupe.", "Prudence."),
    ("Coup de théâtre. La famille Aubert a vendu toutes ses actions au fonds Orvane.", "Coup de théâtre."),
    ("M. Dupont a confirmé la vente de ses actions au fonds Orvane mardi soir.", None),
    ("Il a gagné. Le conseil a voté pour le projet à une large majorité mardi.", None),
    ("Tout ça pour ça. En douze jours, le groupe a failli changer de propriétaire.", None),
    ("En 2024. Le groupe a changé de propriétaire après une longue bataille.", None),
    ("Oui. Le groupe a changé de propriétaire après une longue bataille boursière.", None),
    ("Exclusif. Court.", None),
])
def test_lead_in_heading(para, lead):
    c = clean(BODY + "\n\n" + para)
    kinds = blocks(c)
    if lead:
        assert kinds[-2] == ("heading", lead)
        assert lead + "\n" + para[len(lead) + 1:] in c.text
    else:
        assert kinds[-1] == ("paragraph", para)


@pytest.mark.parametrize("line,reason", [
    ("Publié le 4 février 2025 à 8h30", "byline"),
    ("Mis à jour il y a 3 h", "byline"),
    ("Publié par la rédaction", "byline"),
    ("Par Hélène Marchand et Paul Girard", "byline"),
    ("Photo d'illustration", "credit_line"),
    ("Vincent Roussel / AFP", "credit_line"),
    ("LIRE AUSSI >> Le groupe Morel prépare une offensive", "teaser"),
    ("Sur le même sujet", "teaser"),
    ("Article réservé aux abonnés", "prompt"),
    ("Facebook Twitter LinkedIn E-mail", "prompt"),
    ("12 commentaires", "prompt"),
    ("#Brivane #Morel #OPA", "tags"),
    ("Les plus lus", "widget"),
    # prose that starts like a leftover stays
    ("Publié le 3 mars, le rapport accuse le groupe Morel d'avoir trompé ses actionnaires.", None),
    ("Par ailleurs, le groupe Morel a confirmé son intérêt pour la société Brivane.", None),
    ("Par Morel interposé, le fonds a pris le contrôle de la société Brivane.", None),
    ("Crédit Rinaldi financera l'essentiel de l'opération, selon le communiqué.", None),
    ("Partager le pouvoir n'est pas à l'ordre du jour, a indiqué le PDG de Brivane.", None),
    ("Recevoir les syndicats n'est pas prévu avant la fin du mois, a précisé la direction.", None),
])
def test_web_leftover_lines(line, reason):
    c = clean(BODY + "\n\n" + line)
    if reason:
        assert [(r.reason, r.text) for r in c.removed] == [(reason, line)] and c.text == BODY + "\n"
    else:
        assert c.removed == [] and line in c.text


def test_headings_lists_and_markdown_markup():
    c = clean("## Les enjeux\n\n" + BODY + "\n\n**Un calendrier serré**\n\n"
              "- premier point ;\n* deuxième point ;\n• troisième point.\n\n"
              "Le fonds [Orvane](https://orvane.example/fr) a salué un accord **historique**.")
    assert blocks(c) == [
        ("heading", "Les enjeux"), ("paragraph", BODY), ("heading", "Un calendrier serré"),
        ("list_item", "premier point ;"), ("list_item", "deuxième point ;"),
        ("list_item", "troisième point."),
        ("paragraph", "Le fonds Orvane a salué un accord historique.")]
    assert "premier point ;\ndeuxième point ;\ntroisième point." in c.text
    # the link target is text that went: it is recorded; "**" and "- " are not words
    assert [(r.reason, r.text) for r in c.removed] == [("markup", "](https://orvane.example/fr)")]


def test_table_without_outer_pipes_or_separator():
    c = clean(BODY + "\n\nHallard | 598 M€ | Rinaldi\nCalvet | 571 M€ | Orvane\nSerra | 602 M€ | Aucun\n")
    rows = [b for b in c.blocks if b.kind == "table_row"]
    assert len(rows) == 3 and all(b.header is None for b in rows)
    assert [c.text[a:b] for a, b in rows[2].cells] == ["Serra", "602 M€", "Aucun"]


def test_two_pipe_lines_without_separator_are_not_a_table():
    c = clean(BODY + "\n\nLe titre Hallard | en hausse de 4 % à la clôture de mardi.\n")
    assert [b.kind for b in c.blocks] == ["paragraph", "paragraph"]


def test_table_with_empty_cells_and_bold_header():
    c = clean(BODY + "\n\n| **Fonds** | **Part** | Note |\n|:--|--:|--|\n| Orvane | 12 % | |\n")
    header, row = c.blocks[-2:]
    assert header.kind == "table_header" and c.text[header.start:header.end] == "Fonds | Part | Note"
    assert row.header == ["Fonds", "Part", "Note"]
    assert [c.text[a:b] for a, b in row.cells] == ["Orvane", "12 %", ""]


def test_metadata_title_repeated_on_two_lines_is_dropped():
    c = clean("Le groupe Morel lance une offre\nsur la société Brivane\n\n" + BODY,
              title="Le groupe Morel lance une offre sur la société Brivane")
    assert c.text == BODY + "\n"
    assert [r.reason for r in c.removed] == ["repeated_title", "repeated_title"]


def test_metadata_title_with_site_name_still_matches_the_body_headline():
    c = clean("# Morel lance une offre sur Brivane\n\n" + BODY,
              title="Morel lance une offre sur Brivane | Le Courrier du Val")
    assert c.text == BODY + "\n" and c.removed[0].reason == "repeated_title"


def test_first_line_is_the_title_when_no_metadata():
    c = clean("Morel vise Brivane\n" + BODY)
    assert c.title == "Morel vise Brivane" and blocks(c)[0] == ("title", "Morel vise Brivane")
    assert clean(BODY + "\n" + BODY).title is None


def test_dateline_is_cut():
    c = clean("LYON (Reuters) - " + BODY)
    assert c.text == BODY + "\n" and c.removed[0].reason == "dateline"


def test_weak_assistant_words_alone_stay():
    c = clean("Bien sûr. Le groupe Morel n'a pas dit son dernier mot, selon ses proches.\n\n"
              + BODY + " Bonne lecture.")
    assert c.flags == [] and c.removed == []


def test_a_quote_that_sounds_like_an_assistant_stays():
    ending = "« Dites-moi si vous trouvez mieux ailleurs », a lancé le PDG de Morel aux analystes."
    c = clean(BODY + "\n\n" + ending)
    assert c.flags == [] and ending in c.text
    ending = "N'hésitez pas à me rappeler demain, a-t-il glissé au ministre avant de partir."
    assert clean(BODY + " " + ending).flags == []


def test_emoji_inside_the_body_stays():
    text = "Le fonds Orvane a publié sur les réseaux un message enthousiaste 🚀 après l'accord.\n\n" + BODY
    c = clean(text)
    assert "🚀" in c.text and c.flags == []


def test_english_assistant_sign_off():
    c = clean(BODY + "\n\nI hope this helps! Let me know if you need any changes.")
    assert c.text == BODY + "\n" and c.flags == ["ai_assistant_leftover"]


def test_nothing_left_is_skipped_with_the_reasons():
    result = clean_article(Article(id="x", text="Partager sur Facebook\n© AFP\nLaisser un commentaire",
                                   path="x.txt"))
    assert isinstance(result, Skipped) and result.reason == "empty"
    assert "credit_line" in result.message and "prompt" in result.message
    assert clean_article(Article(id="y", text="", path="y.txt")).reason == "empty"


def test_stub_texts_are_too_short():
    result = clean_article(Article(id="s", text="ok 12\n", path="s.txt"))
    assert isinstance(result, Skipped) and result.reason == "too_short" and "1 word" in result.message
    assert isinstance(clean_article(Article(id="s", text="Morel rachète Brivane", path="s.txt")),
                      CleanArticle)


def test_article_with_only_raw_html_is_extracted():
    html = f"<html><body><nav>Accueil</nav><article><p>{BODY}</p></article></body></html>"
    c = clean_article(Article(id="h", text="", path="h.html", raw_html=html))
    assert isinstance(c, CleanArticle) and c.text == BODY + "\n"


def test_reader_flags_are_carried_over():
    c = clean(BODY, meta={"flags": ["encoding_errors"], "author": "C. Vautrin"})
    assert c.flags == ["encoding_errors"] and c.meta["author"] == "C. Vautrin"


def test_json_shape():
    src = "Morel vise Brivane\n\n" + BODY + "\n\n| A | B |\n|---|---|\n| x | y |\n\nRéagir"
    d = clean_to_dict(clean(src))
    assert list(d) == ["id", "path", "lang", "title", "flags", "text", "removed", "blocks"]
    at = src.index("Réagir")
    assert d["removed"] == [{"start": at, "end": at + 6, "text": "Réagir", "reason": "prompt"}]
    row = d["blocks"][-1]
    assert row["kind"] == "table_row" and row["header"] == ["A", "B"] and row["text"] == "x | y"
    assert [d["text"][a:b] for a, b in row["cells"]] == ["x", "y"]
    assert d["blocks"][0] == {"start": 0, "end": 18, "kind": "title", "text": "Morel vise Brivane"}
