"""Talk to an officer: a live hand-off from the bot to the province's officers on Telegram.

See docs in README.md ("Talk to an officer") and the design's hand-off section. The pieces:
cases.py (the tables and data functions), office_hours.py (when an answer is due), desk.py
(the cases as the handlers use them) on due_times.py (claims, leases, the sweeper's closes),
asking.py (asking for an officer, consent, a case's status and end), villager.py and
officers.py (the two sides' messages while a case is open), relay.py (what goes into the
officers' chat), close_notice.py (telling the villager and the officers that a case closed),
sweeper.py (due times, acted on by one replica).
"""
