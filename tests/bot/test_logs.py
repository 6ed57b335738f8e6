"""Log lines and tracebacks never carry what a villager typed."""

import json
import logging

import pytest

from bot.logs import UNLOGGABLE, configure_logging


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = handlers, level


@pytest.mark.parametrize("log_format", ["json", "text"])
def test_a_log_line_and_its_traceback_are_scrubbed(log_format, capfd, restore_logging):
    configure_logging(log_format)
    logger = logging.getLogger("bot.test")
    typed = "nama saya Siti Aminah, wa 0812-7345-9021"
    try:
        raise ValueError(f"could not parse {typed!r}")
    except ValueError:
        logger.exception("failed on %s", "paspor E-1234568")
    err = capfd.readouterr().err
    assert "Siti" not in err and "7345" not in err and "1234568" not in err
    assert "<NAMA>" in err and "<PHONE>" in err and "<PASPOR>" in err
    assert "ValueError" in err and "test_logs.py" in err  # the error and where it was are there
    if log_format == "json":
        entry = json.loads(err.strip().splitlines()[-1])
        assert entry["message"] == "failed on paspor <PASPOR>"
        assert "Traceback" in entry["traceback"]


class Unprintable(Exception):
    def __str__(self) -> str:
        raise RuntimeError("no text")


def test_a_record_that_cannot_be_formatted_does_not_break_the_caller(capfd, restore_logging):
    configure_logging("json")
    logger = logging.getLogger("bot.test")
    logger.warning("%s and %s", "only one")  # a wrong format call in some library
    try:
        raise Unprintable
    except Unprintable:
        logger.exception("handler failed")
    lines = [json.loads(line) for line in capfd.readouterr().err.strip().splitlines()]
    assert [entry["message"] for entry in lines] == [UNLOGGABLE, UNLOGGABLE]


def test_a_settings_name_stays_readable_in_a_log_line(capfd, restore_logging):
    """An operator must see which setting is wrong; a handle typed by a villager still goes."""
    configure_logging("json")
    logging.getLogger("bot.test").warning("CHAT_LINK_KEY is a placeholder; akun siti_99")
    entry = json.loads(capfd.readouterr().err.strip().splitlines()[-1])
    assert entry["message"] == "CHAT_LINK_KEY is a placeholder; akun <USERNAME>"
