"""`python -m bot.admin ...` as an operator runs it on a server without a browser."""

import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml
import zxingcpp
from PIL import Image
from sqlalchemy import create_engine, text

from tests.databases import fresh_database
from tests.querylog_rows import SAMPLE, add_rows, open_log

ROOT = Path(__file__).resolve().parents[2]


def admin(args: list[str], database_url: str, tmp_path: Path, **extra_env: str) -> str:
    env = {
        **os.environ,
        **extra_env,
        "DATABASE_URL": database_url,
        "POSTERS_DIR": str(tmp_path / "posters"),
        "TELEGRAM_BOT_USERNAME": "pmi_sumsel_bot",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot.admin", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


def test_event_create_prints_the_deep_link_and_writes_posters_whose_qr_is_the_link(
    database_url, tmp_path
):
    out = admin(
        [
            "event",
            "create",
            "--name",
            "Sosialisasi Desa Pematang Buluran",
            "--kabupaten",
            "OKI",
            "--date",
            "2026-12-05",
        ],
        database_url,
        tmp_path,
    )

    link = re.search(r"Tautan: (\S+)", out).group(1)
    code = re.search(r"Kode acara: (\S+)", out).group(1)
    assert link == f"https://t.me/pmi_sumsel_bot?start={code}"
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", code)
    png = Path(re.search(r"Poster PNG: (\S+)", out).group(1))
    pdf = Path(re.search(r"Poster PDF: (\S+)", out).group(1))
    [decoded] = zxingcpp.read_barcodes(Image.open(png))
    assert decoded.text == link
    assert pdf.read_bytes().startswith(b"%PDF")


def test_stats_prints_the_dashboard_figures(database_url, tmp_path):
    add_rows(open_log(database_url), SAMPLE)

    out = admin(["stats"], database_url, tmp_path)

    assert "Pesan: 7" in out
    assert "Pengguna (anonim): 6" in out
    assert re.search(r"desa-pematang\s+4\s+4", out)


def test_export_unanswered_writes_nlu_yaml(database_url, tmp_path):
    add_rows(open_log(database_url), SAMPLE)
    target = tmp_path / "unanswered.yml"

    admin(["export-unanswered", "--out", str(target)], database_url, tmp_path)

    text = target.read_text()
    assert yaml.safe_load(text)["version"] == "3.1"
    assert "jerman" in text  # the unlabelled group is listed for labelling


def test_purge_uses_the_retention_setting(database_url, tmp_path):
    add_rows(open_log(database_url), [dict(days_ago=400), dict(days_ago=0)])

    out = admin(["purge"], database_url, tmp_path)

    assert out.startswith("1 baris")


# The events table as Rasa 3.6's SQL tracker store creates it (SQLEvent in
# rasa/core/tracker_store.py); the privacy test reads the real one.
RASA_EVENTS_TABLE = """CREATE TABLE events (
    id SERIAL PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, type_name VARCHAR(255) NOT NULL,
    timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)"""


def test_purge_clears_old_events_from_rasas_tracker_store_too(database_url, tmp_path):
    now = datetime.now(timezone.utc)
    with fresh_database("postgresql", tmp_path / "tracker") as tracker_url:
        tracker = create_engine(tracker_url)
        with tracker.begin() as connection:
            connection.execute(text(RASA_EVENTS_TABLE))
            for days_ago in (400, 200, 1):
                connection.execute(
                    text(
                        "INSERT INTO events (sender_id, type_name, timestamp, data) "
                        "VALUES ('p1', 'user', :ts, '{}')"
                    ),
                    {"ts": (now - timedelta(days=days_ago)).timestamp()},
                )

        out = admin(["purge"], database_url, tmp_path, RASA_TRACKER_DATABASE_URL=tracker_url)

        with tracker.connect() as connection:
            left = connection.execute(text("SELECT count(*) FROM events")).scalar_one()
        tracker.dispose()
    assert "2 event percakapan Rasa" in out
    assert left == 1
