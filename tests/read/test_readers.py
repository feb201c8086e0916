"""Readers: every format, and every kind of bad input as a Skipped record (never an exception)."""
from __future__ import annotations

import json

import pytest

from cercle.clean import clean_article
from cercle.read import iter_articles
from cercle.read import sources
from cercle.records import Article, CleanArticle, Skipped

FR = ("Le conseil d'administration de Brivane a rejeté mardi l'offre de rachat déposée par "
      "le groupe Morel, qu'il juge trop basse pour les actionnaires de la société.")


def read(*paths, **kw):
    return list(iter_articles([str(p) for p in paths], **kw))


def one(path, **kw):
    [item] = read(path, **kw)
    return item


def test_text_markdown_and_folder_order(tmp_path):
    (tmp_path / "b.txt").write_text(FR, "utf-8")
    (tmp_path / "a.md").write_text("---\ntitle: Brivane dit non\ndate: 2024-03-12\n---\n" + FR, "utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.txt").write_text(FR, "utf-8")
    (tmp_path / "notes.docx").write_bytes(b"ignored in folders")
    (tmp_path / ".hidden.txt").write_text(FR, "utf-8")
    items = read(tmp_path)
    assert [i.id for i in items] == ["a", "b", "c"]
    assert all(isinstance(i, Article) for i in items)
    md = items[0]
    assert md.title == "Brivane dit non" and md.date == "2024-03-12"
    assert md.text == FR                       # the front matter is not text


def test_json_object_list_and_gold_source_url(tmp_path):
    (tmp_path / "gold.json").write_text(json.dumps(
        {"id": "dev-9", "lang": "fr", "source": "https://www.example.fr/eco/article-1", "text": FR,
         "entities": [{"id": "E1"}], "relations": []}), "utf-8")
    art = one(tmp_path / "gold.json")
    assert art.id == "dev-9" and art.text == FR
    assert art.url == "https://www.example.fr/eco/article-1" and art.source == "example.fr"
    assert art.meta == {"lang": "fr"}          # gold annotations are not carried along
    (tmp_path / "many.json").write_text(json.dumps(
        [{"text": FR, "title": "Un"}, {"text": FR, "id": 7}, {"titre": "sans texte"}]), "utf-8")
    items = read(tmp_path / "many.json")
    assert [i.id for i in items] == ["many-1", "7", "many-3"]
    assert isinstance(items[2], Skipped) and items[2].reason == "no_text_field"
    assert "item 3" in items[2].message


def test_jsonl_streams_and_names_the_bad_line(tmp_path):
    lines = [json.dumps({"text": FR}), "", json.dumps({"id": "x", "text": FR}),
             '{"text": "coupé', json.dumps({"title": "rien"}), json.dumps({"text": "  "})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    items = read(tmp_path / "feed.jsonl")
    assert [getattr(i, "reason", "ok") for i in items] == ["ok", "ok", "bad_json", "no_text_field", "empty"]
    assert items[0].id == "feed-1" and items[1].id == "x"
    assert "line 4" in items[2].message
    assert "line 5" in items[3].message


def test_malformed_json_names_the_line(tmp_path):
    (tmp_path / "bad.json").write_text('{\n "id": "a",\n "text": "x",,\n}', "utf-8")
    item = one(tmp_path / "bad.json")
    assert isinstance(item, Skipped) and item.reason == "bad_json" and "line 3" in item.message


def test_json_without_text_field(tmp_path):
    (tmp_path / "a.json").write_text('{"title": "Sans texte", "body_html": "<p>x</p>"}', "utf-8")
    item = one(tmp_path / "a.json")
    assert item.reason == "no_text_field" and "title" in item.message


@pytest.mark.parametrize("content", [b"", b"   \n\n\t ", "\ufeff\n".encode("utf-8")])
def test_empty_files(tmp_path, content):
    (tmp_path / "e.txt").write_bytes(content)
    item = one(tmp_path / "e.txt")
    assert isinstance(item, Skipped) and item.reason == "empty"


@pytest.mark.parametrize("content,what", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"Le groupe\x00\x00\x00Morel\x00", "NUL"),
])
def test_binary_files(tmp_path, content, what):
    (tmp_path / "x.txt").write_bytes(content)
    item = one(tmp_path / "x.txt")
    assert isinstance(item, Skipped) and item.reason == "binary" and what in item.message


def test_utf8_bom_latin1_and_cp1252(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeff".encode("utf-8") + FR.encode("utf-8"))
    assert one(tmp_path / "bom.txt").text == FR
    latin = "Le comité a rejeté l'offre déposée par le groupe Morel ; la société coûte trop cher."
    (tmp_path / "latin.txt").write_bytes(latin.encode("latin-1"))
    assert one(tmp_path / "latin.txt").text == latin
    win = "L’offre — déposée « vite » par le groupe Morel… coûte 5 € par action."
    (tmp_path / "win.txt").write_bytes(win.encode("cp1252"))
    assert one(tmp_path / "win.txt").text == win


def test_invalid_utf8_is_decoded_with_replacement_and_flagged(tmp_path):
    data = FR.encode("utf-8")
    (tmp_path / "broken.txt").write_bytes(data[:40] + b"\xff\xfe abim\xe9e " + data[40:])
    art = one(tmp_path / "broken.txt")
    assert isinstance(art, Article)
    assert "\ufffd" in art.text and "rejeté" in art.text   # the rest is not mojibake
    clean = clean_article(art)
    assert "encoding_errors" in clean.flags


def test_undecodable_bytes_are_skipped(tmp_path):
    (tmp_path / "noise.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    item = one(tmp_path / "noise.txt")
    assert isinstance(item, Skipped) and item.reason in ("bad_encoding", "binary")


def test_html_with_scripts_only_is_empty(tmp_path):
    (tmp_path / "s.html").write_text(
        "<html><head><script>var a = 'Le groupe Morel';</script><style>p{}</style></head>"
        "<body><script>document.write('Brivane')</script><nav>Accueil</nav></body></html>", "utf-8")
    item = one(tmp_path / "s.html")
    assert isinstance(item, Skipped) and item.reason == "empty"


def test_html_without_main_text_falls_back_without_navigation(tmp_path):
    (tmp_path / "short.html").write_text(
        "<html><body><nav><a href='/'>Accueil</a> <a href='/eco'>Économie</a></nav>"
        f"<div>{FR}</div><footer>Mentions légales</footer></body></html>", "utf-8")
    art = one(tmp_path / "short.html")
    assert "Brivane" in art.text and "Accueil" not in art.text and "Mentions" not in art.text


def test_non_french_gets_its_language(tmp_path):
    (tmp_path / "en.txt").write_text(
        "The board of Brivane rejected on Tuesday the takeover offer made by the Morel group, "
        "which it considers far too low for the shareholders of the company.", "utf-8")
    (tmp_path / "de.txt").write_text(
        "Der Vorstand von Brivane hat am Dienstag das Übernahmeangebot der Morel-Gruppe abgelehnt, "
        "weil es nach seiner Ansicht für die Aktionäre des Unternehmens viel zu niedrig ist.", "utf-8")
    (tmp_path / "fr.txt").write_text(FR, "utf-8")
    langs = [clean_article(a).lang for a in read(tmp_path)]
    assert langs == ["de", "en", "fr"]


def test_short_text_defaults_to_french(tmp_path):
    (tmp_path / "t.txt").write_text("Brivane : Kestrel Partners", "utf-8")
    assert clean_article(one(tmp_path / "t.txt")).lang == "fr"


def test_unsupported_extension_reported_only_when_named(tmp_path):
    (tmp_path / "doc.rtf").write_text(FR, "utf-8")
    item = one(tmp_path / "doc.rtf")
    assert isinstance(item, Skipped) and item.reason == "unsupported" and ".rtf" in item.message
    assert read(tmp_path) == []


def test_too_large_with_a_small_limit(tmp_path):
    (tmp_path / "big.txt").write_text(FR * 10, "utf-8")
    item = one(tmp_path / "big.txt", max_bytes=100)
    assert isinstance(item, Skipped) and item.reason == "too_large" and "100" in item.message
    (tmp_path / "big.jsonl").write_text(json.dumps({"text": FR * 10}) + "\n"
                                        + json.dumps({"text": "court"}) + "\n", "utf-8")
    items = read(tmp_path / "big.jsonl", max_bytes=200)
    assert [getattr(i, "reason", "ok") for i in items] == ["too_large", "ok"]


def test_file_that_vanishes_mid_run(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(FR, "utf-8")
    gen = iter_articles([tmp_path])
    assert next(gen).id == "a"
    (tmp_path / "b.txt").unlink()
    item = next(gen)
    assert isinstance(item, Skipped) and item.reason == "unreadable" and "vanished" in item.message
    assert next(gen).id == "c"


def test_missing_path_and_permission_error(tmp_path, monkeypatch):
    item = one(tmp_path / "absent.txt")
    assert isinstance(item, Skipped) and item.reason == "unreadable"
    (tmp_path / "locked.txt").write_text(FR, "utf-8")
    real_open = open

    def deny(path, *args, **kw):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kw)

    monkeypatch.setattr("builtins.open", deny)     # root ignores chmod, so fake the error
    item = one(tmp_path / "locked.txt")
    assert isinstance(item, Skipped) and item.reason == "unreadable" and "permission" in item.message


def test_generator_is_lazy(tmp_path, monkeypatch):
    """Files are read one at a time, when the consumer asks for the next article."""
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(FR, "utf-8")
    calls = []
    real = sources.read_bytes
    monkeypatch.setattr(sources, "read_bytes", lambda p, m: calls.append(p) or real(p, m))
    gen = iter_articles([tmp_path])
    next(gen)
    assert len(calls) == 1


def test_read_then_clean_every_item_of_a_mixed_folder(tmp_path):
    (tmp_path / "ok.txt").write_text(FR, "utf-8")
    (tmp_path / "bad.json").write_text("{", "utf-8")
    (tmp_path / "bin.md").write_bytes(b"\x00\x01\x02")
    out = [i if isinstance(i, Skipped) else clean_article(i) for i in read(tmp_path)]
    assert [type(o).__name__ for o in out] == ["Skipped", "Skipped", "CleanArticle"]
    assert isinstance(out[2], CleanArticle)
