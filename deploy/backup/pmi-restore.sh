#!/usr/bin/env bash
# Restores one file made by pmi-backup.sh: a querylog-*.dump into DATABASE_URL, a
# tracker-*.dump into RASA_TRACKER_DATABASE_URL. The database is emptied and filled from the
# file in one transaction (an error leaves it as it was); then the retention purge runs, so rows
# that expired since the backup are gone again. Stop the bot, the console and Rasa first.
#
#   pmi-restore.sh /var/backups/pmi-bot/querylog-20261201T023000Z.dump
set -euo pipefail
# shellcheck source=deploy/backup/postgres-env.sh
. "$(dirname "$0")/postgres-env.sh"

file=${1:?usage: pmi-restore.sh FILE.dump (a querylog-*.dump or tracker-*.dump from pmi-backup.sh)}
case $(basename "$file") in
  querylog-*.dump) variable=DATABASE_URL ;;
  tracker-*.dump) variable=RASA_TRACKER_DATABASE_URL ;;
  *) echo "restore: $file is not a querylog-*.dump or tracker-*.dump from pmi-backup.sh" >&2; exit 1 ;;
esac
url=${!variable:-}
[ -n "$url" ] || { echo "restore: $variable is not set: it names the database to restore into" >&2; exit 1; }
pg_restore --list "$file" > /dev/null

(
  use_database "$url"
  echo "restore: $file into database $PGDATABASE ($variable)"
  # One transaction, committed only when pg_restore has read the whole file: if it stops
  # half-way, psql reaches the end without COMMIT and PostgreSQL rolls everything back. What
  # the dump does not hold (a table a later version added) goes too, or the schema would not
  # match the restored migration version.
  {
    echo 'SET client_min_messages = warning;'
    echo 'BEGIN;'
    echo 'DROP SCHEMA public CASCADE;'
    # As PostgreSQL 15 makes it in a new database.
    echo 'CREATE SCHEMA public AUTHORIZATION pg_database_owner;'
    echo 'GRANT USAGE ON SCHEMA public TO PUBLIC;'
    pg_restore --no-owner --no-privileges --file=- "$file" && echo 'COMMIT;'
  } | psql --quiet --no-psqlrc --set=ON_ERROR_STOP=1 --output=/dev/null
)

echo "restore: deleting what expired since the backup (RETENTION_DAYS=${RETENTION_DAYS:-180})"
cd "$PMI_ROOT"
"$PMI_PYTHON" -m bot.admin purge
