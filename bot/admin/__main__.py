"""Command line for admins and outreach staff (also for servers without a browser).

python -m bot.admin serve                       the web console on 127.0.0.1:ADMIN_PORT
python -m bot.admin event create --name NAME --kabupaten DISTRICT [--date YYYY-MM-DD]
python -m bot.admin stats [--from D] [--to D] [--event CODE]
python -m bot.admin export-unanswered --out FILE.yml
python -m bot.admin purge                       delete rows older than RETENTION_DAYS (and
                                                Rasa's events, with RASA_TRACKER_DATABASE_URL),
                                                and message ids older than 48 hours
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from bot.admin import exports, reports, small_counts
from bot.admin.events import (
    UnknownBotUsername,
    bot_username,
    create_event,
    deep_link,
    write_posters,
)
from bot.admin.topics import topic_label
from bot.database import QueryLogDatabase
from bot.retention import purge_all
from bot.settings import Settings


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bot.admin",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("serve", help="run the web console")
    event = commands.add_parser("event", help="outreach events").add_subparsers(
        dest="action", required=True
    )
    create = event.add_parser(
        "create", help="create an event, print its deep link, write its posters"
    )
    create.add_argument("--name", required=True)
    create.add_argument("--kabupaten", required=True)
    create.add_argument("--date", type=date.fromisoformat, default=None)
    stats = commands.add_parser("stats", help="print the dashboard's figures")
    stats.add_argument("--from", dest="start", type=date.fromisoformat)
    stats.add_argument("--to", dest="end", type=date.fromisoformat)
    stats.add_argument("--event")
    export = commands.add_parser(
        "export-unanswered", help="labelled and unlabelled unanswered queries as NLU YAML"
    )
    export.add_argument("--out", required=True, type=Path)
    commands.add_parser("purge", help="delete query-log rows older than RETENTION_DAYS")
    return parser.parse_args(argv)


def print_stats(figures: reports.Dashboard) -> None:
    """The dashboard's figures as text, small groups hidden as on the dashboard."""
    print(f"Pesan: {figures.messages}")
    print(f"Pengguna (anonim): {figures.users}")
    print(f"Tidak terjawab: {small_counts.percent(figures.fallback_rate)}")
    print("Per hari (tanggal, pesan, pengguna):")
    for b in figures.per_day:
        print(f"  {b.name}  {b.messages!s:>13}  {b.users!s:>13}")
    print("Topik terbanyak (topik, intent, pesan):")
    for intent, count in figures.top_intents:
        print(f"  {topic_label(intent):28s} {intent or '-':22s} {count!s:>13}")
    for title, rows in (
        ("Per acara", figures.by_event),
        ("Per kabupaten/kota", figures.by_district),
    ):
        print(f"{title} (pesan, pengguna, tidak terjawab):")
        for b in rows:
            print(
                f"  {b.name:36s} {b.messages!s:>13} {b.users!s:>13} {small_counts.percent(b.fallback_rate):>6}"
            )
    print(f"{small_counts.HIDDEN}: {small_counts.HIDDEN_EXPLAINED}")
    print(small_counts.RATE_EXPLAINED)
    if figures.ranges:
        print(f"{small_counts.Range(65)}: {small_counts.RANGES_EXPLAINED}")


def serve(settings: Settings, sessions: sessionmaker[Session]) -> None:
    import uvicorn

    from bot.admin.auth import load_credentials
    from bot.admin.web import build_admin_app, server_config

    for name in settings.placeholder_secrets:
        print(f"Peringatan: {name} masih nilai contoh; di production konsol tidak mau jalan.")
    username = settings.admin_username or "admin"
    if settings.admin_password is None:
        if settings.environment == "production":
            sys.exit("ADMIN_PASSWORD must be set in production.")
        password = secrets.token_urlsafe(12)
        print(f"ADMIN_PASSWORD is not set; for this run log in as '{username}' with: {password}")
    else:
        password = settings.admin_password.get_secret_value()
    credentials = load_credentials(sessions, username, password)
    # From here on only the hash is kept.
    settings.admin_password = None
    del password
    app = build_admin_app(settings, sessions, credentials)
    print(f"Konsol admin: http://127.0.0.1:{settings.admin_port}/")
    uvicorn.Server(server_config(app, settings)).run()


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    settings = Settings()
    with QueryLogDatabase(settings.database_url) as database:
        database.upgrade()
        run(args, settings, database.sessions)


def run(args: argparse.Namespace, settings: Settings, sessions: sessionmaker[Session]) -> None:
    """One command, on the database main() opened."""
    if args.command == "serve":
        serve(settings, sessions)
    elif args.command == "event":
        # Before the event exists: without the username its poster would open nothing.
        try:
            username = asyncio.run(bot_username(settings))
        except UnknownBotUsername as error:
            sys.exit(str(error))
        with sessions.begin() as session:
            event = create_event(
                session=session, name=args.name, kabupaten=args.kabupaten, event_date=args.date
            )
            link = deep_link(username, event.code)
            png, pdf = write_posters(event, link, settings.posters_dir)
        print(f"Kode acara: {event.code}")
        print(f"Tautan: {link}")
        print(f"Poster PNG: {png}")
        print(f"Poster PDF: {pdf}")
    elif args.command == "stats":
        with sessions() as session:
            print_stats(
                reports.dashboard(
                    session,
                    reports.QueryFilter(start=args.start, end=args.end, event_code=args.event),
                )
            )
    elif args.command == "export-unanswered":
        with sessions() as session:
            labelled = reports.labelled_examples(session)
            unlabelled = [
                g
                for g in reports.unanswered_groups(session, reports.QueryFilter())
                if g.label is None
            ]
        args.out.write_text(exports.nlu_yaml(labelled, unlabelled), encoding="utf-8")
        print(
            f"{sum(map(len, labelled.values()))} contoh berlabel dan {len(unlabelled)} kelompok "
            f"belum berlabel ditulis ke {args.out}"
        )
    elif args.command == "purge":
        purged = purge_all(settings, sessions)
        print(f"{purged.rows} baris lebih tua dari {settings.retention_days} hari dihapus.")
        print(f"{purged.message_ids} id pesan lebih tua dari 48 jam dihapus.")
        if purged.conversation_events is not None:
            print(f"{purged.conversation_events} event percakapan Rasa lebih tua dari itu dihapus.")


if __name__ == "__main__":
    main()
