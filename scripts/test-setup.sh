#!/usr/bin/env bash
# Sets up what `pnpm test` needs besides Node and pnpm, so that `pnpm install && pnpm test` passes on a
# fresh machine (also with an empty home directory). `pnpm test:unit` needs none of it.
#
#   pandoc, python3-docx, LibreOffice (soffice), poppler-utils   read the Word and PDF exports back
#   chromium                                                     drives VS Code (code-server) and the web page
#   tmux                                                         a real terminal for `arende new`'s questions
#   ripgrep, pkg-config, libkrb5-dev                             what code-server's install needs
#   code-server                                                  a real VS Code, into a cache outside the clone
#
# As root (CI, a container) the Debian packages are installed with apt-get; otherwise this stops and
# prints the one command to run. code-server goes to ${ARENDE_CODE_SERVER_DIR:-$HOME/.cache/arende-code-server}.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
/usr/bin/python3 -c 'import docx' >/dev/null 2>&1 || need+=(python3-docx)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
{ command -v dpkg >/dev/null 2>&1 && dpkg -s libkrb5-dev >/dev/null 2>&1; } || need+=(libkrb5-dev)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test-setup: installerar ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "test-setup: testerna behöver program som saknas: ${need[*]}." >&2
    echo "Kör en gång:  sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
    echo "(eller 'pnpm test:unit', som klarar sig utan dem)" >&2
    exit 1
  fi
fi

# Skipped quickly when that version is already in the cache.
scripts/install-code-server.sh >/dev/null
