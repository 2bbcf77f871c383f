#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3, the last release that runs on Node 20) into a cache folder
# outside the repository, for the extension end-to-end tests in test/extension/.
#
#   scripts/install-code-server.sh          # installs into ${ARENDE_CODE_SERVER_DIR:-$HOME/.cache/arende-code-server}
#
# Idempotent: does nothing when that version is already installed. Needs npm, rg (apt: ripgrep), and
# for code-server's native modules libkrb5-dev and pkg-config. Prints the path of the binary last.
#
# Why not @vscode/test-electron or test-web: both download VS Code from Microsoft at test time, which
# these machines cannot reach. code-server comes from the npm registry; the only thing its install
# fetches from GitHub is ripgrep, which we hand it from Debian's package (see below).
set -euo pipefail

version=4.100.3
dir="${ARENDE_CODE_SERVER_DIR:-$HOME/.cache/arende-code-server}"
bin="$dir/node_modules/.bin/code-server"

installed_version() {
  node -p "require('$dir/node_modules/code-server/package.json').version" 2>/dev/null || true
}

if [ -x "$bin" ] && [ "$(installed_version)" = "$version" ]; then
  echo "install-code-server: code-server $version already in $dir"
  echo "$bin"
  exit 0
fi

for tool in npm rg pkg-config; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "install-code-server: '$tool' is missing (apt-get install -y ripgrep pkg-config libkrb5-dev)" >&2
    exit 1
  fi
done

# @vscode/ripgrep's postinstall downloads this exact tarball from GitHub unless it finds it in its cache
# folder ($TMPDIR/vscode-ripgrep-cache-<version>). The tarball holds just the `rg` binary; Debian's
# ripgrep 13 is the same major version, and VS Code only calls it for search.
tmp="${TMPDIR:-/tmp}"
rg_cache="$tmp/vscode-ripgrep-cache-1.15.11"
rg_tarball="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$rg_tarball" ]; then
  mkdir -p "$rg_cache"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -czf "$rg_tarball" -C "$staging" rg
  rm -rf "$staging"
fi

echo "install-code-server: installing code-server $version into $dir (about 80 s, ~300 MB)"
mkdir -p "$dir"
# A package.json of its own so npm installs here and never walks up into a workspace.
[ -f "$dir/package.json" ] || echo '{"name":"arende-code-server","private":true}' >"$dir/package.json"
start=$(date +%s)
# A global install fails (its postinstall cannot write into the global prefix as root); a local one
# needs its install scripts run, in the foreground so a failure shows its log.
# Native modules (argon2, kerberos) build against Node's headers. node-gyp downloads them from nodejs.org
# into ~/.cache/node-gyp unless told where they are: with an empty home directory and no access to
# nodejs.org that fails, so point it at the headers of the Node that runs this when they are installed.
node_prefix=$(dirname "$(dirname "$(command -v node)")")
nodedir="${npm_config_nodedir:-}"
if [ -z "$nodedir" ] && [ -f "$node_prefix/include/node/common.gypi" ]; then nodedir="$node_prefix"; fi
(
  # Run from `pnpm test`, the environment carries pnpm's npm_config_* (its user agent among them), and
  # code-server's postinstall then cannot tell which package manager installs it: give npm a clean one.
  for v in $(compgen -e | grep -E '^(npm_|pnpm_|PNPM_)'); do unset "$v"; done
  [ -n "$nodedir" ] && export npm_config_nodedir="$nodedir"
  cd "$dir"
  npm_config_yes=true npm_config_unsafe_perm=true npm_config_fund=false npm_config_audit=false \
    npm i "code-server@$version" --dangerously-allow-all-scripts --foreground-scripts \
    >"$dir/install.log" 2>&1
) || {
  echo "install-code-server: npm install failed; last lines of $dir/install.log:" >&2
  tail -40 "$dir/install.log" >&2
  exit 1
}

if [ ! -x "$bin" ] || [ "$(installed_version)" != "$version" ]; then
  echo "install-code-server: install finished but $bin is not code-server $version" >&2
  exit 1
fi
"$bin" --version >/dev/null
echo "install-code-server: done in $(($(date +%s) - start)) s"
echo "$bin"
