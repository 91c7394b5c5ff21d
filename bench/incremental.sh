#!/usr/bin/env bash
# Times Parley's incremental rebuilds against its own full build on the benchmark corpus, and checks
# that a rebuild's output is byte for byte a clean build's.
# Run by hand (never as a test): bench/incremental.sh [SIZES...]   (default: 10000)
# Environment: REPEAT (runs per size, default 3), PARLEY_JAVA_OPTS (JVM options added to the
# launcher's), SEED (corpus seed, default 42). See bench/README.md.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

NOW=2030-01-01T00:00:00Z
if [ "$#" -gt 0 ]; then check_settings "$@"; else check_settings 10000; fi
ensure_built
ensure_corpora
stage_parley
mkdir -p "$LOGS"

RAW="$TARGET/incremental.tsv"   # articles, run, step, wall s, max RSS KB, summary line
: > "$RAW"
note_load

# build N RUN STEP OUTPUT [ARGS...]: one timed build of the working copy.
build() {
  local n="$1" run="$2" step="$3" out="$4"
  shift 4
  local logfile="$LOGS/inc-$n-$run-$step.log" summary
  timed "$LOGS/inc-$n-$run-$step.time" "$logfile" "the build ($n articles, run $run, $step)" \
    "$PARLEY" build --source "$WORK/source" --output "$out" --now "$NOW" "$@"
  summary="$(grep '^Built' "$logfile" | sed 's/.*(//; s/)$//')"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$run" "$step" "$WALL" "$RSS" "$summary" >> "$RAW"
  log "$(printf '%7s articles, run %s/%s, %-14s %6.2f s  (%s)' "$n" "$run" "$REPEAT" "$step:" "$WALL" "$summary")"
}

# same N RUN: whether the rebuilt site equals a clean build of the same content, byte for byte.
same() {
  local n="$1" run="$2"
  build "$n" "$run" clean "$WORK/clean/site" --clean
  if diff -r "$WORK/out/site" "$WORK/clean/site" > "$LOGS/inc-$n-$run.diff" 2>&1; then
    echo yes
  else
    log "the rebuild differs from a clean build; see $LOGS/inc-$n-$run.diff"
    echo no
  fi
}

SAME="$TARGET/incremental-same.tsv"   # articles, run, after, identical
: > "$SAME"
for n in "${SIZES[@]}"; do
  WORK="$TARGET/inc-$n"
  for run in $(seq 1 "$REPEAT"); do
    rm -rf "$WORK"
    mkdir -p "$WORK/out" "$WORK/clean"
    cp -a "$TARGET/corpus-$n/parley" "$WORK/source"
    articles=$(find "$WORK/source/articles" -name '*.md' | LC_ALL=C sort)
    recent=$(tail -n 1 <<< "$articles")
    old=$(head -n 1 <<< "$articles")

    # Every build in a new JVM, through the launcher, as an editor's rebuild after saving a file.
    build "$n" "$run" full "$WORK/out/site"
    build "$n" "$run" unchanged "$WORK/out/site"
    # A paragraph added at the end: the body changes, its summary (the first paragraph) does not.
    printf '\nA paragraph added by the benchmark, run %s.\n' "$run" >> "$recent"
    build "$n" "$run" body-recent "$WORK/out/site"
    printf '%s\t%s\t%s\t%s\n' "$n" "$run" body-recent "$(same "$n" "$run")" >> "$SAME"
    printf '\nA paragraph added by the benchmark, run %s.\n' "$run" >> "$old"
    build "$n" "$run" body-old "$WORK/out/site"
    sed -e 's/^title: .*/title: An article the benchmark added/' -e 's/^slug: .*/slug: bench-added/' "$recent" > "$WORK/source/articles/bench-added.md"
    build "$n" "$run" article-added "$WORK/out/site"
    rm "$WORK/source/articles/bench-added.md"
    build "$n" "$run" article-deleted "$WORK/out/site"
    actor=$(find "$WORK/source/actors" -name '*.md' | LC_ALL=C sort | head -n 1)
    sed -i 's/^role: .*/role: A role the benchmark changed/' "$actor"
    build "$n" "$run" actor-edited "$WORK/out/site"
    printf '%s\t%s\t%s\t%s\n' "$n" "$run" actor-edited "$(same "$n" "$run")" >> "$SAME"
  done
done

# step_median N STEP COLUMN
step_median() {
  awk -F'\t' -v n="$1" -v s="$2" -v c="$3" '$1 == n && $3 == s { print $c }' "$RAW" | median_of
}

RESULTS="$TARGET/incremental.md"
{
  echo "Parley's rebuilds after one change, against its full build; medians of $REPEAT runs, each in a new process."
  echo
  echo "- Parley: cli/target/parley.jar (modified $JAR_STAMP), $(java -version 2>&1 | head -n 1), launcher cli/parley, PARLEY_JAVA_OPTS='${PARLEY_JAVA_OPTS:-}'"
  echo "- Machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)"
  echo "- CPU busy before the runs: ${BUSY_BEFORE}%; load average (1, 5, 15 min): $LOAD_BEFORE before, $(loadavg) after"
  echo "- Raw runs in bench/target/incremental.tsv, logs in bench/target/logs/"
  echo
  echo "| articles | build | median wall s | share of the full build | peak RSS MB | identical to a clean build |"
  echo "|---:|---|---:|---:|---:|---|"
  for n in "${SIZES[@]}"; do
    full=$(step_median "$n" full 4)
    for step in full unchanged body-recent body-old article-added article-deleted actor-edited; do
      wall=$(step_median "$n" "$step" 4)
      rss=$(step_median "$n" "$step" 5)
      same=$(awk -F'\t' -v n="$n" -v s="$step" '$1 == n && $3 == s { print $4 }' "$SAME" | sort -u | paste -sd/ -)
      awk -v n="$n" -v s="$step" -v w="$wall" -v f="$full" -v r="$rss" -v same="${same:--}" 'BEGIN {
        printf "| %d | %s | %.2f | %.0f%% | %.0f | %s |\n", n, s, w, 100 * w / f, r / 1024, same
      }'
    done
  done
} > "$RESULTS"
cat "$RESULTS"
log "written to $RESULTS"
