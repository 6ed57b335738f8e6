"""Settings for tests: built from what the test says, never from the developer's .env."""

from __future__ import annotations

from typing import Any

from bot.settings import Settings

# Long enough to pass the settings' checks, plainly not a real key.
TEST_ANON_SECRET = "test-secret-0123456789-0123456789"


def make_settings(**values: Any) -> Settings:
    """Settings from these values and the environment (which tests set with monkeypatch);
    pydantic-settings would otherwise also read .env in the working folder."""
    return Settings(_env_file=None, **values)
