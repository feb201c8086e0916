"""MINIMAL placeholder: the clean helper owns this file."""
from __future__ import annotations

from ..records import Article, CleanArticle


def clean_article(article: Article) -> CleanArticle:
    text = article.text.replace("\r\n", "\n").replace("\u00a0", " ").replace("\u202f", " ")
    return CleanArticle(id=article.id, text=text, path=article.path, title=article.title,
                        url=article.url, date=article.date, source=article.source)
