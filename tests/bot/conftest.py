import httpx
import pytest

from bot.services import Services
from testkit.fixtures import (  # noqa: F401 - fixtures
    database_url,
    empty_database_url,
    settings_only_from_the_test,
    telegram_server,
)
from testkit.pipeline import open_services_for


@pytest.fixture
async def make_services(database_url, tmp_path):  # noqa: F811 - the fixture imported above
    """Services as the bot opens them, over the test's database, Rasa behind the transport each
    call gives; all closed at the end."""
    opened: list[Services] = []

    async def make(transport: httpx.MockTransport) -> Services:
        services = await open_services_for(database_url, transport, tmp_path / "spool.jsonl")
        opened.append(services)
        return services

    yield make
    for services in opened:
        await services.close()
