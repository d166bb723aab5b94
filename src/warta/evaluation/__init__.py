"""Evaluation of warta's components against gold data (scores, not tests)."""
