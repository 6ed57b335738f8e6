"""Outreach events: a code per event, its deep link, and a printable poster with the QR code."""

from __future__ import annotations

import re
import secrets
from datetime import date, datetime, timezone
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select
from sqlalchemy.orm import Session
from telegram import Bot
from telegram.error import InvalidToken, TelegramError

from bot.querylog import OutreachEvent
from bot.settings import Settings

# A4 at 150 dpi: sharp enough to print, small enough to send over a weak connection.
POSTER_SIZE = (1240, 1754)
POSTER_DPI = 150
MARGIN = 90


def new_event_code(name: str) -> str:
    """A readable, unguessable code: the name as a slug plus a random suffix (Telegram's charset)."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:40] or "acara"
    return f"{slug}-{secrets.token_hex(3)}"


NO_USERNAME = (
    "Nama bot belum diketahui, jadi tautan dan poster tidak dibuat (kode QR-nya tidak akan "
    "membuka bot). Isi TELEGRAM_BOT_USERNAME, atau TELEGRAM_BOT_TOKEN agar nama bot ditanyakan "
    "ke Telegram."
)
TOKEN_REFUSED = (
    "Telegram menolak TELEGRAM_BOT_TOKEN, jadi nama bot tidak diketahui dan poster tidak dibuat. "
    "Periksa token, atau isi TELEGRAM_BOT_USERNAME."
)
TELEGRAM_UNREACHABLE = (
    "Nama bot tidak bisa ditanyakan ke Telegram ({error}), jadi poster tidak dibuat. Coba lagi "
    "nanti, atau isi TELEGRAM_BOT_USERNAME."
)


class UnknownBotUsername(Exception):
    """Without the bot's username a link or poster would open nothing; the message says why."""


async def bot_username(settings: Settings) -> str:
    """The bot's @username for links: TELEGRAM_BOT_USERNAME, else Telegram's answer to getMe."""
    if settings.telegram_bot_username:
        return settings.telegram_bot_username
    if settings.telegram_bot_token is None:
        raise UnknownBotUsername(NO_USERNAME)
    bot = Bot(
        settings.telegram_bot_token.get_secret_value(),
        base_url=settings.telegram_base_url,
        base_file_url=settings.telegram_base_file_url,
    )
    try:
        async with bot:  # initialising the bot is asking getMe
            return bot.username
    except InvalidToken as error:
        raise UnknownBotUsername(TOKEN_REFUSED) from error
    except TelegramError as error:
        # The error's type only: its text may quote the token.
        raise UnknownBotUsername(TELEGRAM_UNREACHABLE.format(error=type(error).__name__)) from error


def deep_link(bot_username: str, event_code: str) -> str:
    """The link (and QR content) that opens the bot and tags the user's queries with the event."""
    return f"https://t.me/{bot_username}?start={event_code}"


def create_event(
    *, session: Session, name: str, kabupaten: str, event_date: date | None = None
) -> OutreachEvent:
    """Add an event; the caller commits."""
    event = OutreachEvent(
        code=new_event_code(name),
        name=name.strip(),
        kabupaten=kabupaten.strip(),
        event_date=event_date or date.today(),
        created_at=datetime.now(timezone.utc),
    )
    session.add(event)
    session.flush()
    return event


def find_event(session: Session, code: str) -> OutreachEvent | None:
    return session.scalar(select(OutreachEvent).where(OutreachEvent.code == code))


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Pillow ships a scalable default font, so posters render the same on every server.
    return ImageFont.load_default(size=size)


def _wrapped(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=font) <= width:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def _centred(draw, y: int, text: str, font, fill: str, width: int) -> int:
    for line in _wrapped(draw, text, font, width - 2 * MARGIN):
        line_width = draw.textlength(line, font=font)
        draw.text(((width - line_width) / 2, y), line, font=font, fill=fill)
        y += int(font.size * 1.3)
    return y


def render_poster(event: OutreachEvent, link: str) -> Image.Image:
    """The poster in Indonesian: what the bot is for, the QR code, the event, emergency numbers."""
    width, height = POSTER_SIZE
    poster = Image.new("RGB", POSTER_SIZE, "white")
    draw = ImageDraw.Draw(poster)
    draw.rectangle([0, 0, width, 260], fill="#0b5394")
    _centred(draw, 60, "Mau kerja ke luar negeri?", _font(72), "white", width)
    _centred(draw, 160, "Pastikan AMAN dan RESMI", _font(56), "white", width)

    y = _centred(
        draw,
        310,
        "Tanya dulu asisten PMI di Telegram: syarat, biaya, cek tawaran kerja, "
        "ciri calo, dan cara melapor. Gratis dan rahasia.",
        _font(40),
        "#222222",
        width,
    )
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=20, border=2)
    qr.add_data(link)
    qr.make(fit=True)
    code = qr.make_image(fill_color="black", back_color="white").convert("RGB")
    side = 700
    code = code.resize((side, side), Image.NEAREST)
    poster.paste(code, ((width - side) // 2, y + 30))
    y += side + 60
    y = _centred(
        draw,
        y,
        "Pindai kode QR dengan kamera HP, lalu tekan MULAI (Start).",
        _font(38),
        "#222222",
        width,
    )
    y = _centred(draw, y + 10, link, _font(30), "#0b5394", width)
    y = _centred(
        draw,
        y + 30,
        f"{event.name} - {event.kabupaten}, {event.event_date:%d-%m-%Y}",
        _font(36),
        "#444444",
        width,
    )
    # Plain ASCII separators: the bundled font has no bullet or em-dash glyphs.
    draw.rectangle([0, height - 200, width, height], fill="#cc0000")
    _centred(
        draw,
        height - 175,
        "DARURAT: Polisi 110 | Call center KP2MI 0800-1000\n(gratis, 24 jam)",
        _font(40),
        "white",
        width,
    )
    return poster


def write_posters(event: OutreachEvent, link: str, directory: Path) -> tuple[Path, Path]:
    """Write the poster as PNG and as PDF; returns both paths."""
    directory.mkdir(parents=True, exist_ok=True)
    poster = render_poster(event, link)
    png = directory / f"poster-{event.code}.png"
    pdf = directory / f"poster-{event.code}.pdf"
    poster.save(png, dpi=(POSTER_DPI, POSTER_DPI))
    poster.save(pdf, resolution=POSTER_DPI)
    return png, pdf
