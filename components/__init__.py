"""Custom Rasa NLU components of this project (named in config.yml)."""

from components import action_results

# Rasa imports this package when it loads the model, in every Rasa process: the action server's
# answers are then checked against a schema checked once (components/action_results.py).
action_results.install()
