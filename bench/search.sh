#!/usr/bin/env bash
# What the full-text search costs: builds the benchmark corpus once per size (clean, in the launcher's own
# process) and reports the search index's size, its largest file, and the bytes the search script loads for
# sample queries (SearchReport), with the build's wall time and peak RSS.
# Run by hand (never as a test): bench/search.sh [SIZES...]   (default: 10000 100000)
# The build time the search adds is found by building the same corpus with a Parley before it, alternating
# (see bench/README.md); this script times the current Parley only.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

NOW=2030-01-01T00:00:00Z
if [ "$#" -gt 0 ]; then check_settings "$@"; else check_settings 10000 100000; fi
ensure_built
ensure_corpora
stage_parley
mkdir -p "$LOGS"
OUT="$TARGET/search.md"
echo "Parley's search index: $JAR_STAMP" > "$OUT"
for n in "${SIZES[@]}"; do
  site="$TARGET/out-search-$n/site"
  rm -rf "$(dirname "$site")"
  mkdir -p "$(dirname "$site")"
  timed "$LOGS/search-$n.time" "$LOGS/search-$n.log" "build of $n articles" \
    "$PARLEY" build --source "$TARGET/corpus-$n/parley" --output "$site" --now "$NOW"
  {
    echo
    echo "## $n articles: build $WALL s, peak RSS $(awk -v k="$RSS" 'BEGIN { printf "%.0f", k / 1024 }') MB"
    echo
    java -cp "$CLASSES" news.parley.bench.SearchReport "$site" | sed 's/^/- /'
  } >> "$OUT"
  rm -rf "$(dirname "$site")"
done
cat "$OUT"
log "written to $OUT"
