"""(s35-proto35) The article's protagonist: the organisation the article is about, confirmed.

The mention index already names a topic (``index.topic``: the headline's subject, the organisation named most
often…). A reader that gives it a tie the sentence leaves unsaid needs more than a guess, so the protagonist is
that topic only when (1) it is an organisation, (2) it is named in the headline (a first line with no closing
stop) or in the first sentence after it, and (3) it is named strictly more often than any other organisation of
the text. Else there is none.
"""
from __future__ import annotations

from ..mentions.entities import EntityIndex
from ..mentions.index import per_document
from ..nlp.docview import tokens_of

_HEADLINE_CHARS = 200


def _counts(index: EntityIndex) -> dict[str, int]:
    """How many times each entity is named (a run of tokens of one name counts once)."""
    got: dict[str, int] = {}
    for i, name in index.by_token.items():
        if index.by_token.get(i - 1) != name:
            got[name] = got.get(name, 0) + 1
    return got


def protagonist(doc, index: EntityIndex) -> str | None:
    """The article's confirmed protagonist (see the module's head), or None; worked out once per text."""
    return per_document(index, "_proto35", lambda: _protagonist(doc, index))


def _protagonist(doc, index: EntityIndex) -> str | None:
    topic = getattr(index, "topic", None)
    if not topic or index.type_of(topic) != "ORG":
        return None
    count = _counts(index)
    mine = count.get(topic, 0)
    if mine < 2 or any(n != topic and index.type_of(n) == "ORG" and c >= mine for n, c in count.items()):
        return None
    tv = tokens_of(doc)
    text = doc.text
    end = text.find("\n")
    if 0 < end <= _HEADLINE_CHARS and not text[:end].rstrip().endswith((".", "!", "?")):
        i = 0
        while i < len(tv) and tv[i].idx < end:
            if index.by_token.get(i) == topic:
                return topic
            i += 1
        first = next((s for s in doc.sents if s.start >= i), None)
    else:
        first = next(iter(doc.sents), None)
    if first is not None and any(index.by_token.get(j) == topic for j in range(first.start, first.end)):
        return topic
    return None
