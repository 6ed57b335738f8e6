import os
import subprocess
import sys
from pathlib import Path

import pytest
from dotenv import dotenv_values
from pydantic import ValidationError

from testkit.settings import make_settings
from testkit.stack import bot_venv_env

ROOT = Path(__file__).resolve().parents[2]
REAL = {
    "environment": "production",
    "telegram_bot_token": "1:abc",
    "anon_secret": "x" * 32,
    "chat_link_key": "y" * 32,
    "rasa_channel_secret": "z" * 32,
}


def env_example() -> dict[str, str | None]:
    """The settings .env.example fills in, as a person who copies it gets them."""
    return dotenv_values(ROOT / ".env.example")


def test_defaults_run_on_one_machine(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env here
    settings = make_settings()
    assert settings.database_url.startswith("sqlite:///")
    assert str(settings.rasa_url).startswith("http://127.0.0.1:5005")
    assert settings.telegram_base_url == "https://api.telegram.org/bot"


def test_a_local_bot_api_server_can_stand_in():
    settings = make_settings(telegram_api_url="http://127.0.0.1:8081/")
    assert settings.telegram_base_url == "http://127.0.0.1:8081/bot"


def test_plain_postgres_urls_use_psycopg3():
    settings = make_settings(database_url="postgresql://bot:pw@db.example:5432/pmi")
    assert settings.database_url == "postgresql+psycopg://bot:pw@db.example:5432/pmi"


def test_production_refuses_the_placeholder_secret():
    with pytest.raises(ValidationError, match="ANON_SECRET"):
        make_settings(environment="production", telegram_bot_token="1:abc")


def test_production_refuses_the_placeholder_chat_link_key():
    with pytest.raises(ValidationError, match="CHAT_LINK_KEY"):
        make_settings(environment="production", telegram_bot_token="1:abc", anon_secret="x" * 32)


def test_production_needs_the_secret_rasas_channel_shares_with_the_bot():
    with pytest.raises(ValidationError, match="RASA_CHANNEL_SECRET"):
        make_settings(
            environment="production",
            telegram_bot_token="1:abc",
            anon_secret="x" * 32,
            chat_link_key="y" * 32,
        )


def test_production_accepts_real_secrets():
    settings = make_settings(
        environment="production",
        telegram_bot_token="1:abc",
        anon_secret="x" * 32,
        chat_link_key="y" * 32,
        rasa_channel_secret="z" * 32,
    )
    assert settings.anon_secret.get_secret_value() == "x" * 32
    assert settings.chat_link_key.get_secret_value() == "y" * 32


def test_blank_values_copied_from_the_example_mean_unset():
    settings = make_settings(telegram_bot_token="", telegram_bot_username=" ")
    assert settings.telegram_bot_token is None and settings.telegram_bot_username is None
    assert make_settings(telegram_bot_username="@pmi_sumsel_bot").telegram_bot_username == (
        "pmi_sumsel_bot"
    )


@pytest.mark.parametrize(
    "wrong", ["t.me/pmi_sumsel_bot", "pmi sumsel bot", "NAMA_BOT_ANDA", "ab_bot!"]
)
def test_a_username_that_cannot_be_a_bots_is_refused(wrong):
    with pytest.raises(ValidationError, match="TELEGRAM_BOT_USERNAME"):
        make_settings(telegram_bot_username=wrong)


def test_the_username_is_kept_without_its_at():
    assert (
        make_settings(telegram_bot_username="@PMI_Sumsel_Bot").telegram_bot_username
        == "PMI_Sumsel_Bot"
    )


def test_trusted_proxies_are_addresses_or_networks_separated_by_commas(monkeypatch):
    monkeypatch.setenv("ADMIN_TRUSTED_PROXIES", "10.0.0.5, 10.1.0.0/16,::1")
    assert make_settings().admin_trusted_proxies == ["10.0.0.5/32", "10.1.0.0/16", "::1/128"]
    monkeypatch.setenv("ADMIN_TRUSTED_PROXIES", "")
    assert make_settings().admin_trusted_proxies == []
    for everyone in ("*", "proxy.example"):
        with pytest.raises(ValidationError, match="ADMIN_TRUSTED_PROXIES"):
            make_settings(admin_trusted_proxies=everyone)


def test_admin_hosts_are_bare_host_names():
    assert make_settings(admin_hosts="Konsol.Example.id, pmi.example").admin_hosts == [
        "konsol.example.id",
        "pmi.example",
    ]
    for wrong in ("*", "https://konsol.example.id", "konsol.example.id:443"):
        with pytest.raises(ValidationError, match="ADMIN_HOSTS"):
            make_settings(admin_hosts=wrong)


@pytest.mark.parametrize("name", ["ANON_SECRET", "CHAT_LINK_KEY", "ADMIN_SESSION_SECRET"])
def test_a_key_shorter_than_32_characters_is_refused_everywhere(name):
    for environment in ("development", "production"):
        with pytest.raises(ValidationError, match=name):
            make_settings(**(REAL | {"environment": environment, name.lower(): "k3y-" * 7}))


@pytest.mark.parametrize("name", ["ANON_SECRET", "CHAT_LINK_KEY"])
def test_the_placeholders_of_env_example_are_refused_in_production(name):
    placeholder = env_example()[name]
    assert placeholder, f".env.example no longer suggests a {name}"
    with pytest.raises(ValidationError, match=f"{name} is a placeholder"):
        make_settings(**(REAL | {name.lower(): placeholder}))
    with pytest.raises(ValidationError, match="ADMIN_SESSION_SECRET is a placeholder"):
        make_settings(**(REAL | {"admin_session_secret": placeholder}))


def test_placeholders_are_named_for_the_warning_in_development():
    settings = make_settings(
        **{k.lower(): v for k, v in env_example().items() if k.endswith(("SECRET", "KEY"))}
    )
    assert settings.placeholder_secrets == ["ANON_SECRET", "CHAT_LINK_KEY"]
    assert make_settings(**REAL).placeholder_secrets == []


def test_a_blank_admin_password_means_none_not_an_empty_one():
    # .env.example has `ADMIN_PASSWORD=`: copied as it is, the console must not take "".
    assert make_settings(admin_password=env_example()["ADMIN_PASSWORD"]).admin_password is None
    assert make_settings(admin_session_secret="").admin_session_secret is None


def test_a_refused_setting_does_not_print_the_secret_it_was_given():
    with pytest.raises(ValidationError) as refused:
        make_settings(rasa_channel_secret="short-channel-secret-value")
    assert "short-channel-secret-value" not in str(refused.value)


@pytest.mark.parametrize(
    ("env_file", "expected"),
    [(None, "from-dotenv"), ("other.env", "from-other-file"), (os.devnull, "None")],
)
def test_the_settings_file_is_dotenv_unless_pmi_env_file_names_another(
    tmp_path: Path, env_file: str | None, expected: str
):
    """A process started in the checkout (scripts/run.sh, the purge after a restore) reads
    the .env there; PMI_ENV_FILE names another file, /dev/null none."""
    (tmp_path / ".env").write_text("ADMIN_USERNAME=from-dotenv\n", encoding="utf-8")
    (tmp_path / "other.env").write_text("ADMIN_USERNAME=from-other-file\n", encoding="utf-8")
    env = bot_venv_env()
    env.pop("ADMIN_USERNAME", None)
    env.pop("PMI_ENV_FILE", None)
    if env_file is not None:
        env["PMI_ENV_FILE"] = env_file
    read = subprocess.run(
        [
            sys.executable,
            "-c",
            "from bot.settings import Settings; print(Settings().admin_username)",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert read.stdout.strip() == expected
