"""What admins and outreach staff read from the query log, by feature: the shared filters
(`filters`), the dashboard's figures (`dashboard`), the review queue and the NLU export
(`review`), and the events (`event_figures`). The pages import what they use from here."""

from bot.admin.reports.dashboard import Breakdown, Dashboard, by_size, dashboard
from bot.admin.reports.event_figures import all_events, event_choices, event_reach, registered_codes
from bot.admin.reports.filters import (
    NO_EVENT,
    OUTCOME_LABELS,
    UNANSWERED_ROWS,
    QueryFilter,
    filtered,
    outcome_label,
)
from bot.admin.reports.review import (
    QuestionGroup,
    content_words,
    label_queries,
    labelled_examples,
    overlap,
    search_queries,
    unanswered_groups,
)

__all__ = [
    "NO_EVENT",
    "OUTCOME_LABELS",
    "UNANSWERED_ROWS",
    "Breakdown",
    "Dashboard",
    "QueryFilter",
    "QuestionGroup",
    "all_events",
    "by_size",
    "content_words",
    "dashboard",
    "event_choices",
    "event_reach",
    "filtered",
    "label_queries",
    "labelled_examples",
    "outcome_label",
    "overlap",
    "registered_codes",
    "search_queries",
    "unanswered_groups",
]
