"""Named-entity recognition for Indonesian: PERSON, ORGANISATION and PLACE.

The tagger is a linear-chain CRF (python-crfsuite) over hand-written
features plus three resources learned or compiled by warta itself: word
clusters from unlabelled news text, a part-of-speech lexicon from BaPOS and
nlp-id, and a gazetteer of names. A CRF keeps tagging fast on one CPU core
and the model small enough to ship inside the package.

``NerTagger`` is imported lazily so that reading CoNLL files or scoring does
not load the CRF library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warta.ner.tagger import NerTagger

__all__ = ["NerTagger"]


def __getattr__(name: str) -> Any:
    if name == "NerTagger":
        from warta.ner.tagger import NerTagger

        return NerTagger
    raise AttributeError(name)
