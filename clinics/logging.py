"""Keeps readers' positions out of the logs.

The clinic finder's 'Use my location' sends the position as ?lat=..&lng=.. so that the page can be
bookmarked and works without JavaScript. Django itself logs only the path for 4xx/5xx responses, but the
development server logs whole request lines, and so would any access log that includes query strings.
"""

import logging
import re

POSITION = re.compile(r"(?P<key>\b(?:lat|lng)=)[^&\s\"']*")


def redact(text):
    return POSITION.sub(r"\g<key>[removed]", text)


class RedactLocation(logging.Filter):
    """Replace the values of lat= and lng= in a log record's message with '[removed]'."""

    def filter(self, record):
        message = record.getMessage()
        if "lat=" in message or "lng=" in message:
            record.msg, record.args = redact(message), ()
        return True
