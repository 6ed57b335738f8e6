#!/usr/bin/env bash
# Backs up the query log (DATABASE_URL) and, when it is set, Rasa's conversations
# (RASA_TRACKER_DATABASE_URL): one pg_dump file (custom format) per database in BACKUP_DIR
# (default /var/backups/pmi-bot), readable by the service's account only. Files older than
# BACKUP_KEEP_DAYS (default 7, never more than RETENTION_DAYS) are deleted after a good backup.
# Run daily by pmi-backup.timer with the env file; restore with pmi-restore.sh.
set -euo pipefail
# shellcheck source=deploy/backup/postgres-env.sh
. "$(dirname "$0")/postgres-env.sh"

backup_dir=${BACKUP_DIR:-/var/backups/pmi-bot}
retention_days=${RETENTION_DAYS:-180}
keep_days=${BACKUP_KEEP_DAYS:-7}
for value in "$retention_days" "$keep_days"; do
  [[ $value =~ ^[1-9][0-9]*$ ]] || { echo "backup: RETENTION_DAYS and BACKUP_KEEP_DAYS must be whole numbers of days" >&2; exit 1; }
done
# A backup is a copy that /hapus and the retention purge do not reach: it must not outlive
# what the privacy answer promises.
if (( keep_days > retention_days )); then
  echo "backup: BACKUP_KEEP_DAYS=$keep_days is longer than RETENTION_DAYS; keeping $retention_days days" >&2
  keep_days=$retention_days
fi
[ -n "${DATABASE_URL:-}" ] || { echo "backup: DATABASE_URL is not set" >&2; exit 1; }

umask 077
mkdir -p "$backup_dir"
chmod 700 "$backup_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)

# dump NAME URL: NAME-<time>.dump, written under another name until it is complete and readable.
dump() {
  local file="$backup_dir/$1-$stamp.dump"
  (
    use_database "$2"
    pg_dump --format=custom --file="$file.partial"
  )
  pg_restore --list "$file.partial" > /dev/null
  mv "$file.partial" "$file"
  echo "backup: $file ($(du -h "$file" | cut -f1))"
}

dump querylog "$DATABASE_URL"
if [ -n "${RASA_TRACKER_DATABASE_URL:-}" ]; then
  dump tracker "$RASA_TRACKER_DATABASE_URL"
fi

# Only now that today's backup is good: older files go.
find "$backup_dir" -maxdepth 1 -type f \( -name 'querylog-*.dump' -o -name 'tracker-*.dump' \
  -o -name '*.dump.partial' \) -mmin +$((keep_days * 24 * 60)) -print -delete \
  | sed 's/^/backup: deleted /'
