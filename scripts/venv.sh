# Sourced by scripts/serve.sh and .ci/run: creates (or reuses) the project's virtual environment, so the
# README's two commands work where the system Python refuses `pip install` (PEP 668).
# VANBAN_VENV=DIR chooses another folder; the default is .venv in the clone.
VANBAN_VENV=${VANBAN_VENV:-"$PWD/.venv"}
if [ ! -x "$VANBAN_VENV/bin/python" ]; then
  echo "vanban: tạo môi trường ảo Python tại $VANBAN_VENV (python3 -m venv)…" >&2
  if ! python3 -m venv "$VANBAN_VENV" 2>/dev/null; then
    # Debian ships venv's pip bootstrap separately (python3-venv); install it when we may.
    rm -rf "$VANBAN_VENV"
    pkg="python3-venv"
    ver=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    if command -v apt-get >/dev/null 2>&1; then
      sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
      $sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "$pkg" "python$ver-venv" >/dev/null 2>&1 \
        || DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "$pkg" >/dev/null
    fi
    python3 -m venv "$VANBAN_VENV" || { echo "vanban: không tạo được môi trường ảo; cài gói $pkg rồi chạy lại." >&2; exit 1; }
  fi
else
  echo "vanban: dùng môi trường ảo có sẵn $VANBAN_VENV" >&2
fi
export PATH="$VANBAN_VENV/bin:$PATH"
export VIRTUAL_ENV="$VANBAN_VENV"
PY="$VANBAN_VENV/bin/python"
# Material for MkDocs prints an English end-of-life notice on every `mkdocs build` / `mkdocs serve`
# unless NO_MKDOCS_2_WARNING is set; inside this environment it is set for every Python start (a .pth
# line), so the clerk's own `mkdocs serve` shows only vanban's Vietnamese messages
# (guide/huong-dan-bien-tap.md explains the notice).
"$PY" - <<'PTH'
import pathlib, sysconfig
line = 'import os; os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")\n'
path = pathlib.Path(sysconfig.get_paths()["purelib"]) / "vanban-no-mkdocs2-notice.pth"
if not path.exists() or path.read_text() != line:
    path.write_text(line)
PTH
