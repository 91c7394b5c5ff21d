#!/usr/bin/env bash
# Times the rebuilds `parley serve` makes, in its warm JVM, after one edit at a time: what an editor
# previewing locally waits for. Run by hand (never as a test): bench/serve.sh [ARTICLES] [EDITS]
# (defaults: 10000 articles, 6 edits). Environment: PORT (default 18123), SEED (corpus seed, default 42).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

PORT="${PORT:-18123}"
N="${1:-10000}"
EDITS="${2:-6}"
NOW=2030-01-01T00:00:00Z
check_settings "$N"
[[ "$EDITS" =~ ^[1-9][0-9]*$ ]] || die "EDITS must be a positive whole number, not '$EDITS'"
[[ "$PORT" =~ ^[1-9][0-9]*$ ]] || die "PORT must be a port number, not '$PORT'"
ensure_built
ensure_corpora
stage_parley

WORK="$TARGET/serve-$N"
rm -rf "$WORK"
mkdir -p "$WORK"
cp -a "$TARGET/corpus-$N/parley" "$WORK/source"
recent="$(find "$WORK/source/articles" -name '*.md' | LC_ALL=C sort | tail -n 1)"
out="$WORK/serve.out"

"$PARLEY" serve --source "$WORK/source" --output "$WORK/site" --port "$PORT" --now "$NOW" --published-only \
  > "$out" 2> "$WORK/serve.err" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

# built COUNT: waits until the preview has printed COUNT "Built" lines, or gives up after two minutes.
built() {
  local i
  for i in $(seq 1 600); do
    if [ "$(grep -c '^Built' "$out" || true)" -ge "$1" ]; then return 0; fi
    kill -0 "$pid" 2>/dev/null || die "serve stopped; see $WORK/serve.err"
    sleep 0.2
  done
  die "no rebuild within two minutes; see $out"
}

built 1
for i in $(seq 1 600); do grep -q '^Serving' "$out" && break; sleep 0.2; done
for i in $(seq 1 "$EDITS"); do
  # A paragraph added at the end of the newest article: its page and its feeds change.
  printf '\nA paragraph added by the benchmark, edit %s.\n' "$i" >> "$recent"
  built $((i + 1))
  sleep 1
done

echo "Rebuilds in \`parley serve\` ($N articles), each after one edit of the newest article:"
grep '^Built' "$out" | awk '{ print (NR == 1 ? "- first build: " : "- after edit " NR - 1 ": ") $(NF - 1) " s" }'
