# shellcheck shell=bash
# Sourced by pmi-backup.sh and pmi-restore.sh: turns the bot's SQLAlchemy URLs into libpq's
# PG* variables, so a password never appears on a command line (where `ps` would show it).
# The URL is read with SQLAlchemy, the parser the bot itself uses.

PMI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PMI_PYTHON=${PMI_PYTHON:-$PMI_ROOT/.venv/bin/python}

# Points libpq (pg_dump, pg_restore, psql) at the database of a postgresql:// URL, or exits.
use_database() {
  local settings
  # Apart from the eval: `eval "$(...)"` would carry on after a failure inside the $(...).
  settings=$(libpq_environment "$1") || exit 1
  eval "$settings"
}

# Prints the shell lines that set libpq's variables for a postgresql:// URL.
libpq_environment() {
  "$PMI_PYTHON" - "$1" <<'PY'
import shlex
import sys

from sqlalchemy.engine import make_url

url = make_url(sys.argv[1])
if url.get_backend_name() != "postgresql":
    sys.exit(f"not a PostgreSQL URL (it names {url.get_backend_name()}); only PostgreSQL is backed up")
if not url.database:
    sys.exit("the URL names no database")
query_host = url.query.get("host")
values = {
    "PGHOST": url.host or (query_host if isinstance(query_host, str) else None),
    "PGPORT": url.port,
    "PGUSER": url.username,
    "PGPASSWORD": url.password,
    "PGDATABASE": url.database,
    "PGSSLMODE": url.query.get("sslmode"),
}
for name, value in values.items():
    print(f"export {name}={shlex.quote(str(value))}" if value is not None else f"unset {name}")
PY
}
