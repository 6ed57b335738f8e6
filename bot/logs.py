"""Log set-up: plain text or one JSON object a line, and never a token or personal data."""

from __future__ import annotations

import json
import logging
import time
import traceback

from bot.anonymise import scrub_personal_data

UNLOGGABLE = "<a log record that could not be formatted>"


class ScrubPersonalData(logging.Filter):
    """The last guard: every log line and every error message goes through the same scrubbing
    as the text Rasa and the query log see (a library's error message may quote what was
    sent). A traceback's frames are code and stay as they are."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            record.msg, record.args = scrub_personal_data(record.getMessage()), None
            if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
                record.exc_text = scrubbed_traceback(*record.exc_info)
        except Exception:
            record.msg, record.args, record.exc_info = UNLOGGABLE, None, None
            record.exc_text = None
        return True


def scrubbed_traceback(kind: type[BaseException], error: BaseException, trace) -> str:
    """The frames as they are (our code and libraries', no user text), the message scrubbed."""
    frames = "".join(traceback.format_tb(trace))
    message = scrub_personal_data(str(error))
    return f"Traceback (most recent call last):\n{frames}{kind.__name__}: {message}"


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, and the error type if any."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
            entry["traceback"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(log_format: str) -> None:
    """Set up the root logger; quiet the libraries that would log request URLs (with the token)."""
    handler = logging.StreamHandler()
    handler.addFilter(ScrubPersonalData())
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
    for noisy in ("httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
