#!/usr/bin/env bash
# Installs vanban and serves the demo portal at http://127.0.0.1:8000 (the README's first command).
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1 PIP_DISABLE_PIP_VERSION_CHECK=1
python3 -m pip install -q -e .
exec python3 -m mkdocs serve -a 127.0.0.1:8000 "$@"
