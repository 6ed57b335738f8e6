"""Admin and outreach console: web pages and a command line over the query log."""
