"""`python -m bot.admin ...` as an operator runs it on a server without a browser: its entry
point, main(), run in this process with the operator's environment and working folder (the
console's own process is tested in test_admin_serve.py)."""

import io
import json
import re
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
import zxingcpp
from PIL import Image
from sqlalchemy import create_engine, select, text

from bot.admin import reports
from bot.admin.__main__ import main
from bot.querylog import QueryLogRow, RecentMessage
from testkit.databases import fresh_database
from testkit.fake_telegram import BOT_USER
from testkit.fixtures import database_kind, rasa_python
from testkit.querylog_rows import (
    CROWD,
    SAMPLE,
    SMALL_GROUPS,
    add_events,
    add_rows,
    open_log,
    pseudonym,
)
from testkit.stack import TEST_TOKEN


def run_admin(
    args: list[str], database_url: str, tmp_path: Path, **extra_env: str
) -> subprocess.CompletedProcess:
    """What `python -m bot.admin <args>` prints and exits with, run as main(args)."""
    env = {
        "DATABASE_URL": database_url,
        "POSTERS_DIR": str(tmp_path / "posters"),
        "TELEGRAM_BOT_USERNAME": "pmi_sumsel_bot",
    } | extra_env
    out, err, code = io.StringIO(), io.StringIO(), 0
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        patch.chdir(tmp_path)  # not the project folder: its .env is the developer's
        with redirect_stdout(out), redirect_stderr(err):
            try:
                main(args)
            except SystemExit as exit:
                # As the interpreter does: a message goes to stderr and the status is 1.
                code = exit.code if isinstance(exit.code, int) else 1
                if isinstance(exit.code, str):
                    print(exit.code, file=err)
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def admin(args: list[str], database_url: str, tmp_path: Path, **extra_env: str) -> str:
    done = run_admin(args, database_url, tmp_path, **extra_env)
    assert done.returncode == 0, done.stderr
    return done.stdout


CREATE_EVENT = ["event", "create", "--name", "Sosialisasi Desa Ulak Kerbau", "--kabupaten", "OKI"]


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


def create_event_asking_telegram(database_url: str, tmp_path: Path, telegram):
    """`event create` with a token and no username: the username is asked of the fake API."""
    return run_admin(
        CREATE_EVENT,
        database_url,
        tmp_path,
        TELEGRAM_BOT_USERNAME="",
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,
        TELEGRAM_API_URL=telegram.url,
    )


def test_without_a_username_the_link_has_the_name_telegram_gives_for_the_token(
    database_url, tmp_path, telegram_server
):
    telegram = telegram_server
    done = create_event_asking_telegram(database_url, tmp_path, telegram)
    assert done.returncode == 0, done.stderr
    out = done.stdout

    link = re.search(r"Tautan: (\S+)", out).group(1)
    assert link.startswith(f"https://t.me/{BOT_USER['username']}?start=sosialisasi-desa-ulak-")
    assert telegram.calls_to("getMe")
    png = Path(re.search(r"Poster PNG: (\S+)", out).group(1))
    [decoded] = zxingcpp.read_barcodes(Image.open(png))
    assert decoded.text == link


def test_without_a_username_or_a_token_no_event_and_no_poster_is_made(database_url, tmp_path):
    done = run_admin(
        CREATE_EVENT, database_url, tmp_path, TELEGRAM_BOT_USERNAME="", TELEGRAM_BOT_TOKEN=""
    )

    assert done.returncode != 0
    assert "TELEGRAM_BOT_USERNAME" in done.stderr and "poster tidak dibuat" in done.stderr
    assert "NAMA_BOT_ANDA" not in done.stdout + done.stderr
    assert not list((tmp_path / "posters").glob("*"))
    assert events_in(database_url) == 0


def test_a_token_telegram_refuses_is_named_without_being_printed(
    database_url, tmp_path, telegram_server
):
    telegram = telegram_server
    telegram.fail_next(
        "getMe", (401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
    )
    done = create_event_asking_telegram(database_url, tmp_path, telegram)

    assert done.returncode != 0
    assert "menolak TELEGRAM_BOT_TOKEN" in done.stderr
    assert TEST_TOKEN not in done.stdout + done.stderr
    assert events_in(database_url) == 0


def events_in(database_url: str) -> int:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM outreach_event")).scalar_one()
    finally:
        engine.dispose()


def test_stats_prints_the_dashboard_figures(database_url, tmp_path):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, CROWD)
    add_events(sessions, "desa-pematang", "kelurahan-plg")

    out = admin(["stats"], database_url, tmp_path)

    assert "Pesan: 21" in out
    assert "Pengguna (anonim): 21" in out
    assert re.search(r"desa-pematang\s+10\s+10\s+0%", out)
    assert re.search(r"Lowongan resmi\s+ask_job_vacancy\s+10", out)
    assert "rentang lima" not in out  # nothing hidden: no ranges to explain


def test_stats_prints_ranges_beside_a_hidden_group(database_url, tmp_path):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, SAMPLE + CROWD)
    add_events(sessions, "desa-pematang", "kelurahan-plg")

    out = admin(["stats"], database_url, tmp_path)

    assert "Pesan: 25–29" in out and "Tidak terjawab: -" in out
    assert re.search(r"desa-pematang\s+10–14\s+10–14\s+-", out)
    assert re.search(r"\(tidak disebut\)\s+disembunyikan\s+disembunyikan\s+-", out)
    assert "65–69: ada yang disembunyikan di sini" in out


def test_stats_prints_no_count_below_five(database_url, tmp_path):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, SAMPLE + CROWD + SMALL_GROUPS)
    add_events(sessions, "desa-pematang", "kelurahan-plg", "dusun-ulu", "desa-tanjung")

    for extra in ([], ["--event", "dusun-ulu"], ["--from", "2026-11-24", "--to", "2026-11-24"]):
        out = admin(["stats", *extra], database_url, tmp_path)

        numbers = {word.rstrip("%") for word in out.split()}
        assert not numbers & {"1", "2", "3", "4"}, extra
    one_person = admin(["stats", "--event", "dusun-ulu"], database_url, tmp_path)
    assert "Pesan: disembunyikan" in one_person
    assert "Pengguna (anonim): disembunyikan" in one_person
    assert re.search(r"Empat Lawang\s+disembunyikan\s+disembunyikan\s+-", one_person)


def test_export_unanswered_writes_nlu_yaml(database_url, tmp_path):
    with open_log(database_url) as log:
        add_rows(log.sessions, SAMPLE)
    target = tmp_path / "unanswered.yml"

    admin(["export-unanswered", "--out", str(target)], database_url, tmp_path)

    text = target.read_text()
    assert yaml.safe_load(text)["version"] == "3.1"
    assert "jerman" in text  # the unlabelled group is listed for labelling


# Rasa's own loader, in Rasa's environment: the texts it reads back and the entities it finds.
RASA_READS = """
import json, sys
from rasa.shared.nlu.training_data.loading import load_data
examples = load_data(sys.argv[1]).training_examples
print(json.dumps([[m.get("text"), m.get("entities") or []] for m in examples]))
"""


def test_export_unanswered_survives_control_characters_and_gives_rasa_no_annotations(
    database_url, tmp_path
):
    log = open_log(database_url)
    sessions = log.sessions
    fell_back = dict(intent=None, confidence=None, outcome="fallback")
    add_rows(
        sessions,
        [
            dict(text="kantor disnaker [Lahat](kabupaten)\x07 dimana", **fell_back),
            dict(text='agen \x1b[31m[Budi]{"entity": "nama"} minta uang', **fell_back),
            dict(text="paspor ditahan majikan\x1b", **fell_back),
        ],
    )
    with sessions.begin() as session:
        ids = session.scalars(select(QueryLogRow.id).order_by(QueryLogRow.id)).all()
        reports.label_queries(session=session, query_ids=ids[:2], intent="ask_local_office")
    log.close()
    target = tmp_path / "unanswered.yml"

    admin(["export-unanswered", "--out", str(target)], database_url, tmp_path)

    read = subprocess.run(
        [str(rasa_python()), "-c", RASA_READS, str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    examples = json.loads(read.stdout.splitlines()[-1])
    assert examples == [
        ["kantor disnaker (Lahat)(kabupaten) dimana", []],
        ['agen (31m(Budi)("entity": "nama") minta uang', []],
    ]
    assert "# [1x, the model guessed -] paspor ditahan majikan\n" in target.read_text()


def test_purge_uses_the_retention_setting_and_drops_message_ids_older_than_48_hours(
    database_url, tmp_path
):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, [dict(days_ago=400), dict(days_ago=0)])
    now = datetime.now(timezone.utc)
    with sessions.begin() as session:
        for hours_ago in (50, 1):
            session.add(
                RecentMessage(
                    user_pseudonym=pseudonym(1),
                    sent_at=now - timedelta(hours=hours_ago),
                    sealed_message_id="sealed",
                )
            )
    log.close()

    out = admin(["purge"], database_url, tmp_path)

    assert out.startswith("1 baris")
    assert "1 id pesan lebih tua dari 48 jam dihapus" in out


# The events table as Rasa 3.6's SQL tracker store creates it (SQLEvent in
# rasa/core/tracker_store.py); the privacy test reads the real one.
RASA_EVENTS_TABLE = """CREATE TABLE events (
    id SERIAL PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, type_name VARCHAR(255) NOT NULL,
    timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)"""


def test_purge_clears_old_events_from_rasas_tracker_store_too(database_url, tmp_path):
    now = datetime.now(timezone.utc)
    with fresh_database(database_kind("postgresql"), tmp_path / "tracker") as tracker_url:
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
