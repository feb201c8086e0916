"""Plain records passed from one stage to the next.

read → Article → clean → CleanArticle → nlp/mentions → DocEntity/Mention →
extract → Relation → DocumentResult → store.

They are dataclasses of plain values (str, int, float, lists, dicts) so they
pickle cheaply between processes and Ray workers and turn into JSON with
``to_dict``.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Article:
    """One input document as read from disk, before cleaning."""
    id: str                      # file stem, or the "id" field of a JSON article
    text: str
    path: str = ""
    title: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None    # site or outlet name
    meta: dict[str, Any] = field(default_factory=dict)
    raw_html: str | None = None  # kept when the input was HTML (the cleaner extracts from it)


@dataclass
class Removed:
    """A span the cleaner removed: offsets into the text it received, and why."""
    start: int
    end: int
    text: str
    reason: str                  # e.g. "credit_line", "teaser", "ai_assistant_leftover"


@dataclass
class Block:
    """A structural unit of the cleaned text (offsets into CleanArticle.text)."""
    start: int
    end: int
    kind: str                    # "paragraph" | "heading" | "list_item" | "table_row" | "title"
    header: list[str] | None = None            # table rows: the column headers' texts
    cells: list[tuple[int, int]] | None = None # table rows: (start, end) of each cell in the text


@dataclass
class CleanArticle:
    """An article ready for NLP. ``text`` is what evidence offsets refer to."""
    id: str
    text: str
    path: str = ""
    title: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None
    lang: str = "fr"
    flags: list[str] = field(default_factory=list)       # e.g. ["ai_assistant_leftover"]
    removed: list[Removed] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Amount:
    text: str
    value: float | None
    currency: str | None


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """One place where the text points at an entity (offsets into the cleaned text)."""
    start: int
    end: int
    text: str
    entity: str                  # key of the DocEntity it belongs to (its canonical name)
    kind: str = "name"           # "name" | "short" | "acronym" | "descriptor" | "pronoun"


@dataclass
class DocEntity:
    """An entity as one document names it."""
    name: str                    # the most complete proper name in the text
    type: str                    # PER | ORG | GOV | OTHER
    aliases: list[str] = field(default_factory=list)


@dataclass
class Relation:
    """A typed tie stated by one sentence."""
    type: str
    subject: str                 # DocEntity.name
    object: str                  # DocEntity.name
    evidence: str                # the sentence, exactly text[start:end]
    start: int
    end: int
    role: str | None = None
    amount: Amount | None = None
    share: float | None = None
    date: str | None = None
    status: str | None = None
    attribution: str | None = None
    negated: bool = False
    confidence: float = 0.5
    rule: str = ""

    def key(self) -> tuple[str, str, str]:
        return (self.type, self.subject, self.object)

    def to_dict(self) -> dict[str, Any]:
        """The DESIGN.md relation shape: optional fields only when set."""
        d: dict[str, Any] = {"type": self.type, "subject": self.subject, "object": self.object,
                             "evidence": self.evidence, "start": self.start, "end": self.end}
        for name in ("role", "share", "date", "status", "attribution"):
            value = getattr(self, name)
            if value is not None:
                d[name] = value
        if self.amount is not None:
            d["amount"] = asdict(self.amount)
        if self.negated:
            d["negated"] = True
        d["confidence"] = round(self.confidence, 3)
        d["rule"] = self.rule
        return d


@dataclass
class DocumentResult:
    """Everything one article yields; the store writes it in one transaction."""
    article: CleanArticle
    sentences: list[Sentence]
    entities: list[DocEntity]
    mentions: list[Mention]
    relations: list[Relation]

    def to_dict(self) -> dict[str, Any]:
        """The DESIGN.md ``cercle extract`` shape."""
        return {
            "id": self.article.id,
            "path": self.article.path,
            "lang": self.article.lang,
            "flags": list(self.article.flags),
            "entities": [{"name": e.name, "type": e.type, "aliases": list(e.aliases)}
                         for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
        }


@dataclass
class Skipped:
    """An input that produced no article, with a short reason code and a message."""
    path: str
    reason: str                  # "empty" | "binary" | "not_french" | "bad_json" | "too_large" | …
    message: str
    id: str | None = None


def confident(relations: list[dict], floor: float) -> list[dict]:
    """The ties (as dicts) whose confidence reaches ``floor``: what `cercle extract --min-confidence` keeps and
    `cercle eval --min-confidence` scores."""
    return [r for r in relations if r.get("confidence", 1) >= floor] if floor > 0 else relations
