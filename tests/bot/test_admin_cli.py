"""`python -m bot.admin ...` as an operator runs it on a server without a browser."""

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
import zxingcpp
from PIL import Image

from tests.querylog_rows import SAMPLE, add_rows, open_log

ROOT = Path(__file__).resolve().parents[2]


def admin(args: list[str], database_url: str, tmp_path: Path) -> str:
    env = {
        **os.environ,
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
