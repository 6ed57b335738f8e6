"""Our Rasa channel will not start open: it needs the secret it shares with the bot."""

import pytest
from rasa.shared.exceptions import RasaException

from channels.frontend import FrontendInput


@pytest.mark.parametrize(
    "credentials",
    [None, {}, {"secret": None}, {"secret": ""}, {"secret": "change-me"}, {"secret": 12345}],
)
def test_the_channel_refuses_to_start_without_a_real_secret(credentials):
    with pytest.raises(RasaException, match="RASA_CHANNEL_SECRET"):
        FrontendInput.from_credentials(credentials)


def test_the_channel_starts_with_a_long_secret():
    assert FrontendInput.from_credentials({"secret": "s" * 43}).name() == "frontend"
