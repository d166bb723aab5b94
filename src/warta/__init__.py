"""warta: turn Indonesian-language news into structured, searchable knowledge.

>>> import warta
>>> article = warta.analyze("JAKARTA, KOMPAS.com - Harga beras naik. (EVY)")
>>> article.publisher, article.dateline.place, article.authors
('Kompas', 'Jakarta', ['EVY'])
"""

from warta.article import SCHEMA_ID, Article
from warta.errors import WartaError, WartaInputError, WartaModelError, WartaStoreError
from warta.pipeline import analyze, analyze_raw

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_ID",
    "Article",
    "WartaError",
    "WartaInputError",
    "WartaModelError",
    "WartaStoreError",
    "__version__",
    "analyze",
    "analyze_raw",
]
