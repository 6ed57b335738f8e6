"""Typed settings from the environment and a `.env` file (another file where PMI_ENV_FILE
names it; `PMI_ENV_FILE=/dev/null` reads none)."""

from __future__ import annotations

import ipaddress
import os
import re
from datetime import time
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AnyHttpUrl, Field, RedisDsn, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import make_url

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEVELOPMENT_ANON_SECRET = "development-only-anon-secret"
DEVELOPMENT_CHAT_LINK_KEY = "development-only-chat-link-key"
# Values nobody should run a service with: the built-in development defaults and what
# .env.example suggests (tests/bot/test_settings.py keeps this in step with that file).
PLACEHOLDER_SECRETS = frozenset(
    {DEVELOPMENT_ANON_SECRET, DEVELOPMENT_CHAT_LINK_KEY, "change-me", "change-me-too"}
)
# secrets.token_urlsafe(32) gives 43 characters; anything under 32 is a word, not a key.
MIN_SECRET_LENGTH = 32
GENERATE_A_SECRET = 'python3 -c "import secrets; print(secrets.token_urlsafe(32))"'
# Telegram usernames are 5-32 letters, digits or underscores; a bot's ends in "bot".
BOT_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,30}[Bb][Oo][Tt]")
HOST_NAME = re.compile(r"[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")


class Settings(BaseSettings):
    """Everything the front end needs to run; defaults run on one machine."""

    # hide_input_in_errors: a refused setting must not print the secrets it was given.
    model_config = SettingsConfigDict(
        env_file=os.environ.get("PMI_ENV_FILE", ".env"),
        env_file_encoding="utf-8",
        extra="ignore",
        hide_input_in_errors=True,
    )

    environment: Literal["development", "production"] = "development"
    telegram_bot_token: SecretStr | None = None
    # Root of the Bot API server; the bot calls <root>/bot<token>/<method>.
    telegram_api_url: AnyHttpUrl = AnyHttpUrl("https://api.telegram.org")
    # The bot's @username for event links and posters; when unset the console asks Telegram
    # for it (getMe) with the token.
    telegram_bot_username: str | None = None
    # Webhook mode when set (the public HTTPS URL Telegram posts to, ending in /telegram);
    # Telegram sends TELEGRAM_WEBHOOK_SECRET in a header and requests without it are refused.
    telegram_webhook_url: AnyHttpUrl | None = None
    telegram_webhook_secret: SecretStr | None = None
    # The bot's own HTTP server: /health always, /telegram in webhook mode (behind the proxy).
    bot_http_host: str = "127.0.0.1"
    bot_http_port: int = Field(default=8081, ge=1, le=65535)
    # text for people, json for log collectors; neither ever holds personal data.
    log_format: Literal["text", "json"] = "text"
    # One Rasa URL, or several separated by commas (replicas sharing their stores).
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_timeout_seconds: float = Field(default=10.0, gt=0)
    # Shared with Rasa (the same variable in its environment, read by credentials.yml): our
    # channel refuses requests without it. scripts/run.sh makes one per run when unset.
    rasa_channel_secret: SecretStr | None = None
    database_url: str = f"sqlite:///{PROJECT_ROOT / 'var' / 'querylog.sqlite3'}"
    # Key of the HMAC that turns a Telegram user id into a pseudonym; rotating it unlinks
    # old rows from new ones.
    anon_secret: SecretStr = SecretStr(DEVELOPMENT_ANON_SECRET)
    # Key that seals what links the service to a villager's chat: the ids of recent messages
    # kept for "Hapus jejak" (and the hand-off's chat link). Rotating it makes the sealed
    # values unreadable, which costs at most the wiping of the last 48 hours' messages.
    chat_link_key: SecretStr = SecretStr(DEVELOPMENT_CHAT_LINK_KEY)
    # Per-user flood limit: more messages than this in the window get one polite warning.
    # (24: a whole job-offer check, eleven questions tapped a few seconds apart, and a question
    # or two around it fit in a minute; tests/bot/test_flood.py)
    flood_max_messages: int = Field(default=24, ge=1)
    flood_window_seconds: float = Field(default=60.0, gt=0)
    # What every bot replica must agree on (the per-user flood limit, the event a villager
    # arrived through) lives in this Redis, the one Rasa's lock store uses, for example
    # redis://127.0.0.1:6379/0. Unset: in the process's memory, for one bot on one machine
    # (after a restart the event is read back from the query log). bot/shared_state.py
    redis_url: RedisDsn | None = None
    # Our keys in that Redis start with this (Rasa's locks start with "lock:").
    redis_key_prefix: str = Field(default="pmi-bot:", min_length=1, max_length=64)
    # Rows wait here (JSON lines) while the query-log database is unavailable.
    spool_path: Path = PROJECT_ROOT / "var" / "spool" / "querylog.jsonl"
    # Query-log rows older than this are purged (`python -m bot.admin purge`, daily).
    retention_days: int = Field(default=180, ge=1)
    # Rasa's SQL tracker store (deploy/endpoints.production.yml), when used: the purge deletes
    # its events older than RETENTION_DAYS too.
    rasa_tracker_database_url: str | None = None

    # The hand-off to an officer (bot/handoff/). The id of the officers' private supergroup
    # (topics on): unset, "talk to an officer" gives the call-centre number as before.
    officers_chat_id: int | None = None
    # How officers are named to villagers: the service, never a person.
    officer_label: str = Field(default="Petugas BP3MI", min_length=1, max_length=40)
    # A case without an officer's reply this long (counted from office hours) tells the villager
    # so and gives the call-centre number.
    handoff_reply_due_minutes: int = Field(default=30, ge=1, le=7 * 24 * 60)
    # Office hours: outside them a villager learns when to expect an answer. Days are ISO
    # weekdays (1 = Monday), separated by commas; times in OFFICE_TIMEZONE.
    office_hours_start: time = time(8, 0)
    office_hours_end: time = time(16, 0)
    office_days: Annotated[list[int], NoDecode] = [1, 2, 3, 4, 5]
    office_timezone: str = "Asia/Jakarta"
    # What the villager sent lives on in the officers' chat: the case's topic (or messages) is
    # deleted this many days after the case closes.
    handoff_keep_days: int = Field(default=30, ge=0, le=365)
    # A case with no message either way (villager or officer) for this many days closes by
    # itself: the villager is back with the bot and told how to ask again.
    handoff_idle_days: int = Field(default=7, ge=1, le=365)
    # How often each replica looks for due cases (one replica acts on each).
    handoff_sweep_seconds: float = Field(default=30.0, gt=0)
    # Messages a minute the bot sends to one group, the officers' included: Telegram allows a
    # bot 20 and refuses more with 429, so more wait their turn. Raise it only where the Bot
    # API allows more (a local Bot API server, a fake in tests).
    telegram_group_max_rate: int = Field(default=20, ge=1)

    # Admin console (`make admin`). The password is read in plain text from here (the
    # environment or .env); the console keeps only its scrypt hash once it runs. Unset: a
    # one-time password per start (development only).
    admin_port: int = Field(default=8080, ge=1, le=65535)
    admin_username: str | None = None
    admin_password: SecretStr | None = None
    # Signs the console's session cookies; a random one is made at start-up when unset
    # (sessions then end when the console restarts).
    admin_session_secret: SecretStr | None = None
    # The reverse proxies (IP addresses or networks, separated by commas) whose X-Forwarded-For
    # and X-Forwarded-Proto the console believes. Empty: it believes no one, since anybody who
    # can reach the port could otherwise claim any address and dodge the login throttle.
    admin_trusted_proxies: Annotated[list[str], NoDecode] = []
    # Host names the console answers to besides 127.0.0.1 and localhost, separated by commas:
    # the public name, when the reverse proxy passes it on in the Host header. Any other name
    # is refused, so a web page cannot reach the console by pointing its own name at 127.0.0.1.
    admin_hosts: Annotated[list[str], NoDecode] = []
    # Where event posters (PNG and PDF) are written.
    posters_dir: Path = PROJECT_ROOT / "var" / "posters"

    @field_validator("rasa_url")
    @classmethod
    def rasa_urls_are_urls(cls, value: str) -> str:
        """Every comma-separated Rasa URL must be an http(s) URL."""
        urls = [u.strip() for u in value.split(",") if u.strip()]
        if not urls or not all(re.match(r"^https?://[^\s/]+", u) for u in urls):
            raise ValueError("RASA_URL: one or more http(s) URLs separated by commas")
        return ",".join(urls)

    @field_validator("admin_trusted_proxies", "admin_hosts", mode="before")
    @classmethod
    def list_separated_by_commas(cls, value: object) -> object:
        """`ADMIN_TRUSTED_PROXIES=10.0.0.5,10.1.0.0/16` as people write it in an env file."""
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("admin_trusted_proxies")
    @classmethod
    def proxies_are_addresses(cls, value: list[str]) -> list[str]:
        """Addresses or networks only: "*" would trust every client's word for its address."""
        try:
            return [str(ipaddress.ip_network(part, strict=False)) for part in value]
        except ValueError as error:
            raise ValueError(
                "ADMIN_TRUSTED_PROXIES: IP addresses or networks of your reverse proxies, "
                "separated by commas"
            ) from error

    @field_validator("admin_hosts")
    @classmethod
    def hosts_are_names(cls, value: list[str]) -> list[str]:
        """Bare host names (no scheme, port or wildcard), compared without case."""
        if not all(HOST_NAME.fullmatch(host) for host in value):
            raise ValueError(
                "ADMIN_HOSTS: host names such as konsol.example.id, separated by commas"
            )
        return [host.lower() for host in value]

    @field_validator("officers_chat_id", mode="before")
    @classmethod
    def blank_chat_is_unset(cls, value: object) -> object:
        """`OFFICERS_CHAT_ID=` as in .env.example: no officers' chat."""
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("officers_chat_id")
    @classmethod
    def officers_chat_is_a_group(cls, value: int | None) -> int | None:
        """A supergroup's id is negative (-100...); a positive one is a person's chat."""
        if value is not None and value >= 0:
            raise ValueError(
                "OFFICERS_CHAT_ID must be the officers' supergroup id, which starts with -100"
            )
        return value

    @field_validator("office_days", mode="before")
    @classmethod
    def days_separated_by_commas(cls, value: object) -> object:
        """`OFFICE_DAYS=1,2,3,4,5` as people write it in an env file."""
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("office_days")
    @classmethod
    def days_are_weekdays(cls, value: list[int]) -> list[int]:
        if not value or not all(1 <= day <= 7 for day in value):
            raise ValueError(
                "OFFICE_DAYS: ISO weekdays 1 (Monday) to 7 (Sunday), separated by commas"
            )
        return sorted(set(value))

    @field_validator("office_timezone")
    @classmethod
    def timezone_is_known(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError("OFFICE_TIMEZONE: a time zone name such as Asia/Jakarta") from error
        return value

    @model_validator(mode="after")
    def office_hours_are_a_span(self) -> Settings:
        if self.office_hours_end <= self.office_hours_start:
            raise ValueError("OFFICE_HOURS_END must be later than OFFICE_HOURS_START")
        return self

    @field_validator("rasa_channel_secret")
    @classmethod
    def channel_secret_is_long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        """Rasa's channel refuses a secret under 32 characters; say so here, not per message."""
        if value is not None and len(value.get_secret_value()) < 32:
            raise ValueError("RASA_CHANNEL_SECRET must have 32 characters or more")
        return value

    @field_validator(
        "telegram_bot_token",
        "telegram_bot_username",
        "rasa_channel_secret",
        "admin_password",
        "admin_session_secret",
        "redis_url",
        mode="before",
    )
    @classmethod
    def blank_means_unset(cls, value: object) -> object:
        """`TELEGRAM_BOT_TOKEN=` as in .env.example means no token, not an empty one; and
        `ADMIN_PASSWORD=` no password (a one-time one per start), not an empty one that logs
        anyone in."""
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("telegram_bot_username")
    @classmethod
    def username_without_at(cls, value: str | None) -> str | None:
        """People copy the username with its @; links need it without. A value that cannot be a
        bot's username (a link, a typo) would print posters whose QR code opens nothing."""
        if value is None:
            return None
        username = value.strip().lstrip("@")
        if not BOT_USERNAME.fullmatch(username):
            raise ValueError(
                "TELEGRAM_BOT_USERNAME must be the bot's username as BotFather gave it "
                "(5-32 letters, digits or _, ending in 'bot'), without t.me/"
            )
        return username

    @field_validator("database_url", "rasa_tracker_database_url")
    @classmethod
    def use_psycopg3_for_postgres(cls, url: str | None) -> str | None:
        """Plain postgresql:// URLs use the psycopg 3 driver we install."""
        if url is None:
            return None
        parsed = make_url(url)
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        return parsed.render_as_string(hide_password=False)

    @model_validator(mode="after")
    def webhook_needs_a_secret(self) -> Settings:
        """A webhook without a secret token would accept updates from anyone."""
        if self.telegram_webhook_url is not None:
            secret = self.telegram_webhook_secret
            if secret is None or not re.fullmatch(
                r"[A-Za-z0-9_-]{16,256}", secret.get_secret_value()
            ):
                raise ValueError(
                    "TELEGRAM_WEBHOOK_SECRET must be 16-256 characters of A-Z, a-z, 0-9, _ and -"
                )
        return self

    def _keys(self) -> list[tuple[str, SecretStr]]:
        keys = [("ANON_SECRET", self.anon_secret), ("CHAT_LINK_KEY", self.chat_link_key)]
        if self.admin_session_secret is not None:
            keys.append(("ADMIN_SESSION_SECRET", self.admin_session_secret))
        return keys

    @property
    def placeholder_secrets(self) -> list[str]:
        """The keys still set to a placeholder (the built-in default or one from
        .env.example): development runs with them, and says so in its log once logging is set
        up; production refuses them."""
        return [
            name
            for name, secret in self._keys()
            if secret.get_secret_value().strip().casefold() in PLACEHOLDER_SECRETS
        ]

    @model_validator(mode="after")
    def secrets_are_keys(self) -> Settings:
        """Every key is a long random string: a placeholder is refused outside development
        (where trying the bot on one machine needs no keys), any other value shorter than
        MIN_SECRET_LENGTH everywhere."""
        placeholders = self.placeholder_secrets
        for name, secret in self._keys():
            if name in placeholders:
                if self.environment != "development":
                    raise ValueError(
                        f"{name} is a placeholder; set it to a random value of "
                        f"{MIN_SECRET_LENGTH}+ characters: {GENERATE_A_SECRET}"
                    )
            elif len(secret.get_secret_value()) < MIN_SECRET_LENGTH:
                raise ValueError(
                    f"{name} must have {MIN_SECRET_LENGTH} characters or more: {GENERATE_A_SECRET}"
                )
        return self

    @model_validator(mode="after")
    def production_has_what_it_needs(self) -> Settings:
        """A production bot needs a token, the channel secret it shares with Rasa, and a
        console password that is not a word."""
        if self.environment == "production":
            if self.telegram_bot_token is None:
                raise ValueError("TELEGRAM_BOT_TOKEN is required in production")
            if self.rasa_channel_secret is None:
                raise ValueError(
                    "RASA_CHANNEL_SECRET (the same as Rasa's) is required in production"
                )
            if self.admin_password is not None and len(self.admin_password.get_secret_value()) < 12:
                raise ValueError("ADMIN_PASSWORD must have 12 characters or more in production")
        return self

    @property
    def telegram_base_url(self) -> str:
        """The prefix python-telegram-bot puts before the token."""
        return f"{str(self.telegram_api_url).rstrip('/')}/bot"

    @property
    def telegram_base_file_url(self) -> str:
        """The prefix for file downloads."""
        return f"{str(self.telegram_api_url).rstrip('/')}/file/bot"
