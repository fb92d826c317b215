# Source this file (". scripts/use-node.sh") to get Node >= 22.12 on PATH.
# If the system Node is already new enough, it does nothing. Otherwise it installs the npm
# registry's `node` package (a real Node 22 binary) into tools/node/ from its lockfile and puts
# it first on PATH, so npm and every tool run on Node 22. Needs only npm and the npm registry.
__xs_node_ok() {
  command -v node >/dev/null 2>&1 && node -e '
    const [a, b] = process.versions.node.split(".").map(Number);
    process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1);'
}
__xs_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
if ! __xs_node_ok; then
  if [ ! -x "$__xs_root/tools/node/node_modules/.bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo '(none)') is older than 22.12: installing Node 22 into tools/node/ ..." >&2
    npm ci --prefix "$__xs_root/tools/node" --no-audit --no-fund --loglevel=error >&2
  fi
  export PATH="$__xs_root/tools/node/node_modules/.bin:$PATH"
  hash -r 2>/dev/null || true
fi
echo "Using Node $(node --version) at $(command -v node)" >&2
unset -f __xs_node_ok
unset __xs_root
