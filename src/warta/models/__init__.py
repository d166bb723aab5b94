"""Trained model files shipped with warta.

Every model here is produced by a ``warta train`` command from data listed in
``docs/models.md``; each has a JSON file beside it with its provenance,
licences, training command and scores.
"""
