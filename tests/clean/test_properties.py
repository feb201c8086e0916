"""Property: any Unicode text cleans without raising, and every offset is sound."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cercle.clean import clean_article
from cercle.clean.textmap import apply_edits
from cercle.records import Article, CleanArticle, Skipped

# Pieces that exercise the cleaner's rules, mixed with arbitrary text.
PIECES = st.sampled_from([
    "\n", "\n\n", "\r\n", " ", "\u00a0", "\u202f", "’", "ﬁ", "\u200b", " — ", "–", "|", " | ", "|---|---|",
    "# ", "## ", "- ", "• ", "1. ", "**", "__", "*", "> ", "---", "(Photo : AFP)", "© AFP", "Photo : X",
    "Lire aussi : ", "Laisser un commentaire", "Tags : a, b", "Par Jean Dupont", "Fil d'info",
    "Voici un article :", "J'espère que cet article vous convient !", "😊", "Prudence. ", "PARIS (Reuters) - ",
    "[lien](http://exemple.fr)", "<br>", "Le groupe Morel rachète Brivane.", "M. Dupont. ", "Titre : ",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, title=st.one_of(st.none(), st.text(max_size=40), PIECES))
def test_clean_never_raises_and_offsets_are_sound(text, title):
    result = clean_article(Article(id="p", text=text, path="p.txt", title=title))
    if isinstance(result, Skipped):
        assert result.reason in ("empty", "too_short")
        return
    assert isinstance(result, CleanArticle)
    out = result.text
    assert out.strip()
    for r in result.removed:
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.text
    previous_end = 0
    for b in result.blocks:
        assert 0 <= b.start <= b.end <= len(out)
        assert b.start >= previous_end                       # blocks in order, no overlap
        previous_end = b.end
        block = out[b.start:b.end]
        assert "\n" not in block and block == block.strip() and block
        assert out[b.end] == "\n"                            # every block line ends with \n
        for a, c in b.cells or []:
            assert b.start <= a <= c <= b.end
        if b.kind == "table_row" and b.header is not None:
            assert isinstance(b.header, list)
    assert result.lang in ("fr", "en", "de", "es", "it", "pt", "nl")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="abc \n", max_size=60), data=st.data())
def test_offset_map_points_back_at_the_same_characters(text, data):
    """Kept characters map onto themselves in the source; spans stay ordered and in bounds."""
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=8))))
    edits = [(a, b, data.draw(st.text(alphabet="XYZ", max_size=3)))
             for a, b in zip(cuts[::2], cuts[1::2])]
    new, first = apply_edits(text, edits)
    # a second pass on top of the first, as the cleaner does (typography, then dashes)
    cuts2 = sorted(set(data.draw(st.lists(st.integers(0, len(new)), max_size=4))))
    edits2 = [(a, b, "W") for a, b in zip(cuts2[::2], cuts2[1::2])]
    newer, cmap = apply_edits(new, edits2, parent=first)
    last = 0
    for i, ch in enumerate(newer):
        a = cmap.start(i)
        assert last <= a <= len(text)
        last = a
        if ch in "abc \n":
            assert text[a] == ch
        assert a <= cmap.end(i + 1) <= len(text)
