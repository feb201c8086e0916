"""The pages in real headless Chromium (Debian ``chromium``) driven by Playwright.

Screenshots go to tests/screenshots/ (git-ignored).
"""
from __future__ import annotations

import re

import pytest

from cercle.model import load_model
from cercle.web import create_app

from . import realstore
from .browserkit import LiveServer, screenshot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = realstore.build(tmp_path_factory.mktemp("browser") / "cercle.db")
    with LiveServer(create_app(db)) as srv:
        srv.ids = {n: realstore.entity_id(db, n) for n in
                   ("Jeanne Martel", "Orion Capital", "Vertigo", "Paul Durand", realstore.HOSTILE_NAME)}
        yield srv


def pick_suggestion(page, selector, text, name):
    page.fill(selector, text)
    option = page.locator(f"{selector} ~ .suggestions li[role=option]", has_text=name)
    option.first.wait_for()
    return option.first


def test_search_open_actor_click_tie_run_path(page, server):
    page.goto(server.url + "/")
    option = pick_suggestion(page, "#q", "Orio", "Orion Capital")
    screenshot(page, "01-recherche-suggestions")
    option.click()
    page.wait_for_url(re.compile(r"/acteur/"))
    assert page.locator("#card h1").inner_text() == "Orion Capital"
    page.locator("#ties button.tie").first.wait_for()
    groups = page.locator("#ties .tie-group h3").all_inner_texts()
    assert any("dirige" in g for g in groups) and any("fait une offre sur" in g for g in groups)
    page.wait_for_selector("#graph[data-settled]")
    assert page.locator("#graph .node").count() == 3
    screenshot(page, "02-fiche-acteur")

    page.locator("#ties .tie-group[data-type=BIDS_FOR] button.tie").click()
    panel = page.locator("#evidence")
    panel.locator("blockquote").first.wait_for()
    first = panel.locator("blockquote").first
    assert "2 milliards d'euros" in first.inner_text()
    assert first.locator("mark.actor-subject").inner_text() == "Orion Capital"
    assert first.locator("mark.actor-object").inner_text() == "Vertigo"
    text = panel.inner_text()
    assert "rejeté" in text and "2 milliards d'euros" in text and "selon Le Quotidien" in text
    assert "restes d'un assistant IA" in text  # flagged sources are marked
    assert "copie syndiquée" in text
    assert panel.locator("a", has_text="Orion Capital vise Vertigo").get_attribute("href") == \
        "https://exemple.fr/orion-vertigo"
    screenshot(page, "03-preuve-du-lien")

    page.goto(server.url + "/chemin")
    pick_suggestion(page, "#from", "Paul", "Paul Durand").click()
    pick_suggestion(page, "#to", "Vert", "Vertigo").click()
    page.click("#path-form button[type=submit]")
    page.locator("#paths .path").first.wait_for()
    hops = page.locator("#paths .path").first.locator("li.hop a").all_inner_texts()
    assert hops == ["Paul Durand", "Jeanne Martel", "Orion Capital", "Vertigo"]
    page.locator("#paths .path").first.locator("button.tie").nth(1).click()
    assert "Jeanne Martel dirige Orion Capital" in page.locator("#evidence blockquote").first.inner_text()
    screenshot(page, "04-chemin")
    assert page.js_errors == []


def test_graph_colours_expand_zoom_and_open(page, server):
    ids = server.ids
    page.goto(f"{server.url}/acteur/{ids['Jeanne Martel']}")
    page.wait_for_selector("#graph[data-settled]")
    colours = {f: v["color"] for f, v in load_model().families.items()}
    edge = page.locator("#graph path.edge")
    assert sorted(edge.evaluate_all("els => els.map(e => e.getAttribute('stroke'))")) == \
        sorted([colours["control"], colours["cooperation"]])
    labels = page.locator("#graph text.edge-label").all_text_contents()
    assert sorted(labels) == ["allié de", "dirige"]

    # expand Orion Capital in place: Vertigo joins the graph
    page.locator(f"#graph .node[data-id='{ids['Orion Capital']}'] .expand").click()
    page.locator(f"#graph .node[data-id='{ids['Vertigo']}']").wait_for()
    assert page.locator("#graph .node").count() == 4

    # zoom with the wheel, pan by dragging the background
    before = page.locator("#graph g.viewport").get_attribute("transform")
    page.locator("#graph").hover(position={"x": 50, "y": 50})
    page.mouse.wheel(0, -300)
    page.wait_for_function("b => document.querySelector('#graph g.viewport').getAttribute('transform') !== b", arg=before)
    assert "scale(1.000)" not in page.locator("#graph g.viewport").get_attribute("transform")

    # drag a node: it moves and stays pinned
    node = page.locator(f"#graph .node[data-id='{ids['Paul Durand']}']")
    start = node.get_attribute("transform")
    box = node.locator("circle").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 80, box["y"] + 60, steps=5)
    page.mouse.up()
    assert node.get_attribute("transform") != start

    # a click on a tie's label shows its evidence
    page.locator("#graph text.edge-label", has_text="dirige").click()
    assert "Jeanne Martel dirige Orion Capital" in page.locator("#evidence blockquote").first.inner_text()
    page.click("#evidence .close")
    screenshot(page, "05-graphe-deploye")

    # a click on a neighbour opens its page
    page.locator(f"#graph .node[data-id='{ids['Orion Capital']}'] circle").first.click()
    page.wait_for_url(re.compile(ids["Orion Capital"]))
    assert page.locator("#card h1").inner_text() == "Orion Capital"
    assert page.js_errors == []


def test_filters_and_timeline(page, server):
    page.goto(f"{server.url}/acteur/{server.ids['Vertigo']}")
    page.locator("#ties button.tie").first.wait_for()
    assert page.locator("#ties button.tie").count() == 2
    page.locator("#timeline time").first.wait_for()
    dates = page.locator("#timeline time").all_inner_texts()
    assert dates == sorted(dates) and len(dates) >= 2
    page.uncheck("#filters input[value=capital]")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => document.querySelectorAll('#ties button.tie').length === 1")
    assert "family=" in page.url
    assert page.locator("#ties .tie-group").get_attribute("data-type") == "ACCUSES"
    screenshot(page, "06-filtres")
    page.fill("#filters input[name=min_confidence]", "0.9")     # the accusation's confidence is 0.8 (realstore)
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => document.querySelectorAll('#ties button.tie').length === 0")
    assert "min_confidence=0.9" in page.url and page.locator("#ties .empty").count() == 1
    page.fill("#filters input[name=min_confidence]", "0.75")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => document.querySelectorAll('#ties button.tie').length === 1")

    page.goto(f"{server.url}/acteur/0000000000000000")
    banner = page.locator("#error")
    banner.wait_for()
    assert banner.inner_text().startswith("Introuvable")


def test_hostile_article_text_never_runs(page, server):
    page.goto(f"{server.url}/acteur/{server.ids['Vertigo']}")
    page.locator("#ties .tie-group[data-type=ACCUSES] button.tie").click()
    quote = page.locator("#evidence blockquote").first
    quote.wait_for()
    # the payload is shown as text ...
    assert "<script>window['__pwned']=2" in quote.inner_text()
    assert "onerror=" in quote.inner_text()
    assert "<b onmouseover" in page.locator("#evidence .source").inner_text()
    # ... and nothing of it became markup or ran
    assert page.locator("#evidence script, #evidence img, #evidence b, #graph img, #ties img").count() == 0
    page.locator("#evidence .source span").first.hover()
    link = page.locator("#evidence .source a")
    assert link.count() == 0  # a javascript: URL is never made a link
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.title() == "Vertigo — cercle"
    screenshot(page, "07-texte-hostile")

    # the hostile actor's own page and suggestions
    page.goto(f"{server.url}/acteur/{server.ids[realstore.HOSTILE_NAME]}")
    assert page.locator("#card h1").inner_text() == realstore.HOSTILE_NAME
    page.fill("#header-search", "Zorg")
    page.locator(".suggestions li[role=option]").first.wait_for()
    page.wait_for_timeout(300)
    assert page.locator("img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.title().startswith("Zorg <img")
    assert page.js_errors == []
