"""Keeps readers' positions out of the logs.

The clinic finder sends the town a reader typed as ?near=.. (or chose, ?place=..) and 'Use my location' the
position as ?lat=..&lng=.., so that the page can be
bookmarked and works without JavaScript. Django itself logs only the path for 4xx/5xx responses, but the
development server logs whole request lines, and so would any access log that includes query strings.
"""

import logging
import re

POSITION = re.compile(r"(?P<key>\b(?:lat|lng|near|place)=)[^&\s\"']*")


def redact(text):
    return POSITION.sub(r"\g<key>[removed]", text)


class RedactLocation(logging.Filter):
    """Replace the values of lat=, lng=, near= and place= in a log record's message with '[removed]'."""

    def filter(self, record):
        message = record.getMessage()
        if any(f"{key}=" in message for key in ("lat", "lng", "near", "place")):
            record.msg, record.args = redact(message), ()
        return True
