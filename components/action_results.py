"""Rasa checks each answer of the action server against a JSON schema with `jsonschema.validate`,
which first checks that schema itself against JSON Schema's own meta-schema, every time. With
jsonschema 4 (draft 2020-12's dynamic references) that check is half of Rasa's CPU per message
under load (py-spy on `make bench`, reports/bench.md), for a schema that is a constant of
Rasa's code. Here the schema is checked once, and each answer is validated as
`jsonschema.validate` would: the same errors, the same message.

Installed when Rasa loads this project's components (components/__init__.py); only on the Rasa
version it was written against, so an upgrade falls back to Rasa's own check.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

import rasa
from jsonschema import Validator, exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

logger = logging.getLogger(__name__)

WRITTEN_FOR = "3.6."


@cache
def _answer_validator() -> Validator:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """RemoteAction._validate_action_result of Rasa 3.6, the schema checked once."""
    error = exceptions.best_match(_answer_validator().iter_errors(result))
    if error is not None:
        error.message += (
            ". Failed to validate Action server response from API, "
            "make sure your response from the Action endpoint is valid. "
            "For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


def install() -> None:
    if not rasa.__version__.startswith(WRITTEN_FOR):
        logger.warning(
            "Rasa %s: the action server's answers are checked by Rasa's own code (this check "
            "was written for %sx)",
            rasa.__version__,
            WRITTEN_FOR,
        )
        return
    RemoteAction._validate_action_result = validate_action_result
