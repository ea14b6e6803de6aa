#!/usr/bin/env bash
# Installs vanban in the project's virtual environment and serves the demo portal at http://127.0.0.1:8000
# (the README's first command).
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1 PIP_DISABLE_PIP_VERSION_CHECK=1
. scripts/venv.sh
"$PY" -m pip install -q -e .
exec "$PY" -m mkdocs serve -a 127.0.0.1:8000 "$@"
