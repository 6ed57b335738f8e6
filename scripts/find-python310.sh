#!/usr/bin/env bash
# Prints the path of a working Python 3.10 (Rasa 3.6 needs exactly 3.10). Never downloads one.
# Order: $PYTHON310, `python3.10` on the PATH, pyenv's installed 3.10.x versions.
set -euo pipefail

works() { "$1" -c 'import sys, venv; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; }

candidates=()
[ -n "${PYTHON310:-}" ] && candidates+=("$PYTHON310")
command -v python3.10 >/dev/null 2>&1 && candidates+=("$(command -v python3.10)")
# A pyenv shim only works when 3.10 is activated; the interpreter itself always does.
root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
for dir in $(ls -d "$root"/versions/3.10.* 2>/dev/null | sort -V -r); do
  candidates+=("$dir/bin/python3.10")
done

for python in "${candidates[@]}"; do
  if works "$python"; then
    "$python" -c 'import sys; print(sys.executable)'
    exit 0
  fi
done

cat >&2 <<'MSG'
Rasa 3.6 needs Python 3.10, and none was found (tried $PYTHON310, python3.10 on the PATH,
and pyenv's versions). Install it, for example with `pyenv install 3.10` or your system's
package manager (`apt-get install python3.10 python3.10-venv`), then run `make setup` again,
or point PYTHON310 at an existing python3.10.
MSG
exit 1
