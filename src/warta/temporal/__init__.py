"""The TIME layer: TIMEX3-style time expressions of Indonesian news.

``find_times`` tags dates, times, durations and sets with offsets into the
clean body and ISO 8601/TIMEX3 values; ``infer_reference_date`` recovers the
article's date from the text when metadata lacks one; ``weekday_warnings``
reports "Selasa (11/9/2023)" style mismatches between a weekday and its date.
"""

from warta.temporal.model import TimeExpression
from warta.temporal.reference import infer_reference_date, weekday_warnings
from warta.temporal.tagger import find_times

__all__ = ["TimeExpression", "find_times", "infer_reference_date", "weekday_warnings"]
