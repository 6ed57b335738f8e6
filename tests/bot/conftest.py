import httpx
import pytest

from bot.conversation import Services
from testkit.fixtures import (  # noqa: F401 - fixtures
    database_url,
    settings_only_from_the_test,
    telegram_server,
)
from testkit.pipeline import services_for


@pytest.fixture
def make_services(database_url, tmp_path):  # noqa: F811 - the fixture imported above
    """Services over the test's database, Rasa behind the transport each call gives."""
    opened = []

    def make(transport: httpx.MockTransport) -> Services:
        services, engine = services_for(database_url, transport, tmp_path / "spool.jsonl")
        opened.append(engine)
        return services

    yield make
    for engine in opened:
        engine.dispose()
