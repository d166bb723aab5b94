"""The public record of one time expression and the tagger's working candidate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A TIMEX3-like span of the clean body.

    ``value`` follows TIMEX3/ISO 8601 at the granularity the text gives
    ("2019-04", "2014-W52", "P1.5Y", "PAST_REF"); it is None only where no
    value can be given (an Islamic date we do not convert, "sehari sebelumnya"
    whose anchor is an event). ``timezone`` keeps the WIB/WITA/WIT offset
    outside the value so values stay comparable across articles.
    """

    start: int
    end: int
    text: str
    type: TimeType
    value: str | None
    timezone: str | None = None
    calendar: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape stored in ``Article.times``."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "timezone": self.timezone,
            "calendar": self.calendar,
        }


@dataclass(slots=True)
class Candidate:
    """A rule's proposal before overlaps are resolved and times are anchored.

    ``tpart`` holds the time-of-day part ("T19:30", "TMO") of TIME candidates
    whose date is not known yet: it comes from an adjacent date, the last
    full date of the sentence or the reference. ``weak`` candidates (a bare
    "malam", the second year of "2014-2015") survive only next to a strong one.
    """

    start: int
    end: int
    type: TimeType
    value: str | None
    timezone: str | None = None
    calendar: str | None = None
    tpart: str | None = None
    weak: bool = False
    rank: int = 0
