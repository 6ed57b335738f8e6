"""The action server's answers are checked as Rasa 3.6 checks them, with the schema checked once
(components/action_results.py)."""

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

import components  # noqa: F401  (installs the check, as Rasa's loading of the model does)
from components.action_results import validate_action_result

SCHEMA = RemoteAction.action_response_format_spec()
ANSWERS = [
    {"events": [], "responses": []},
    {
        "events": [{"event": "slot", "name": "kabupaten", "value": "Lahat"}],
        "responses": [{"text": "Halo", "buttons": [{"title": "Biaya", "payload": "/ask_costs"}]}],
    },
    {"events": "not a list", "responses": []},
    {"events": [{"name": "no event key"}], "responses": []},
    {"events": [], "responses": "not a list"},
    {"events": [{"event": 3}]},
]


def test_rasa_checks_the_action_servers_answers_with_ours():
    assert RemoteAction._validate_action_result is validate_action_result


@pytest.mark.parametrize("answer", ANSWERS)
def test_an_answer_passes_or_fails_as_jsonschema_validate_says(answer):
    action = RemoteAction("action_answer_question", None)
    try:
        jsonschema.validate(answer, SCHEMA)
    except jsonschema.ValidationError as expected:
        with pytest.raises(jsonschema.ValidationError) as raised:
            action._validate_action_result(answer)
        assert raised.value.message.startswith(expected.message + ". Failed to validate")
        assert list(raised.value.path) == list(expected.path)
    else:
        assert action._validate_action_result(answer) is True


def test_some_answers_are_refused():
    # (so that the comparison above is not between two checks that pass everything)
    refused = 0
    for answer in ANSWERS:
        try:
            validate_action_result(RemoteAction("x", None), answer)
        except jsonschema.ValidationError:
            refused += 1
    assert refused >= 3
