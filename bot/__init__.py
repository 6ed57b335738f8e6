"""Telegram front end of the PMI/TPPO assistant for South Sumatra."""
