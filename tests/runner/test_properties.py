"""Property tests: arbitrary Unicode never breaks the per-article flow, and every offset
points inside the cleaned text (evidence == text[start:end])."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cercle.runner.synthetic import SENTENCES

pytestmark = pytest.mark.slow

FRENCH = st.sampled_from(SENTENCES)
NOISE = st.text(st.characters(codec="utf-8"), max_size=80)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(FRENCH, NOISE), min_size=1, max_size=8), st.sampled_from([" ", "\n", "\n\n"]))
def test_arbitrary_text_never_breaks_the_flow(analyse_text, parts, sep):
    from cercle.records import DocumentResult, Skipped

    text = sep.join(parts)
    result = analyse_text(text)
    assert not (isinstance(result, Skipped) and result.reason == "error"), result.message
    if isinstance(result, DocumentResult):
        clean = result.article.text
        for rel in result.relations:
            assert clean[rel.start:rel.end] == rel.evidence
        for m in result.mentions:
            assert 0 <= m.start <= m.end <= len(clean)
        for s in result.sentences:
            assert clean[s.start:s.end] == s.text


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(codec="utf-8"), max_size=400))
def test_the_extractor_on_arbitrary_unicode_keeps_its_offsets(nlp, text):
    """Straight to nlp → mentions → extract, past the language filter."""
    from cercle.pipeline import analyse
    from cercle.records import CleanArticle

    result = analyse(CleanArticle(id="h", text=text), nlp(text))
    for rel in result.relations:
        assert text[rel.start:rel.end] == rel.evidence
    for m in result.mentions:
        assert 0 <= m.start <= m.end <= len(text)
