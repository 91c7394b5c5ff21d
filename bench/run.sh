#!/usr/bin/env bash
# Times full, clean, cold-process builds of Parley and Hugo on the same synthetic corpus.
# Run by hand (never as a test): bench/run.sh [SIZES...]   (default: 1000 10000)
# Parley runs through its launcher (cli/parley, with its JVM settings and class data archive).
# Environment: REPEAT (runs per tool and size, default 3), PARLEY_JAVA_OPTS (JVM options added to the
# launcher's), SEED (corpus seed, default 42). See bench/README.md.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
if [ "$#" -gt 0 ]; then check_settings "$@"; else check_settings 1000 10000; fi
command -v java >/dev/null || die "java is missing (Java 17 or newer)"

HUGO="$(command -v hugo || true)"
if [ -z "$HUGO" ]; then
  log "hugo is not installed (apt-get install -y hugo); timing Parley only"
fi

# ---------------------------------------------------------------- build what is missing

ensure_built
ensure_corpora
stage_parley
# Full builds from a cold JVM, each in the launcher's own process (its peak RSS is the build's).
mkdir -p "$LOGS"

# ---------------------------------------------------------------- timed runs

RAW="$TARGET/raw.tsv"   # tool, articles, run, wall s, max RSS KB, files
: > "$RAW"

note_load

# run_one TOOL N RUN OUTDIR COMMAND...
# OUTDIR is TARGET/out-N/TOOL/site, and all of TARGET/out-N/TOOL is deleted first: a clean build
# leaves nothing from the last one, neither the site nor what a tool keeps beside it (Parley keeps
# its build cache in .site.parley-cache next to the output).
run_one() {
  local tool="$1" n="$2" run="$3" out="$4"
  shift 4
  rm -rf "$(dirname "$out")"
  mkdir -p "$(dirname "$out")"
  timed "$LOGS/$tool-$n-$run.time" "$LOGS/$tool-$n-$run.log" "$tool on $n articles (run $run)" "$@"
  local files
  files=$(find "$out" -type f | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$n" "$run" "$WALL" "$RSS" "$files" >> "$RAW"
  log "$(printf '%-6s %7s articles, run %s/%s: %6.2f s, %7.1f MB, %s files' \
    "$tool" "$n" "$run" "$REPEAT" "$WALL" "$(awk -v k="$RSS" 'BEGIN { print k / 1024 }')" "$files")"
}

for n in "${SIZES[@]}"; do
  corpus="bench/target/corpus-$n"
  for run in $(seq 1 "$REPEAT"); do
    # Alternate the tools, so that neither always meets the other's leftovers (page cache, heat).
    run_one parley "$n" "$run" "$TARGET/out-$n/parley/site" \
      "$PARLEY" build --source "$corpus/parley" \
        --output "$TARGET/out-$n/parley/site" --now 2030-01-01T00:00:00Z
    if [ -n "$HUGO" ]; then
      run_one hugo "$n" "$run" "$TARGET/out-$n/hugo/site" \
        "$HUGO" --source "$corpus/hugo" --destination "$TARGET/out-$n/hugo/site" --quiet
    fi
  done
done

# ---------------------------------------------------------------- the table

# median COLUMN TOOL N: the median of one column of RAW over the runs of one tool and size.
median() {
  awk -F'\t' -v c="$1" -v t="$2" -v n="$3" '$1 == t && $2 == n { print $c }' "$RAW" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

RESULTS="$TARGET/results.md"
{
  echo "| tool | articles | files | median wall s | articles/s | peak RSS MB | ratio to Hugo (wall) | ratio (RSS) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for n in "${SIZES[@]}"; do
    hwall="" hrss=""
    if [ -n "$HUGO" ]; then
      hwall=$(median 4 hugo "$n"); hrss=$(median 5 hugo "$n")
    fi
    for tool in parley hugo; do
      [ "$tool" = hugo ] && [ -z "$HUGO" ] && continue
      wall=$(median 4 "$tool" "$n"); rss=$(median 5 "$tool" "$n"); files=$(median 6 "$tool" "$n")
      awk -v t="$tool" -v n="$n" -v f="$files" -v w="$wall" -v r="$rss" -v hw="$hwall" -v hr="$hrss" 'BEGIN {
        rw = "n/a"; rr = "n/a"
        if (hw != "" && hw > 0) rw = sprintf("%.2f", w / hw)
        if (hr != "" && hr > 0) rr = sprintf("%.2f", r / hr)
        printf "| %s | %d | %d | %.2f | %.0f | %.0f | %s | %s |\n", t, n, f, w, (w > 0 ? n / w : 0), r / 1024, rw, rr
      }'
    done
  done
} > "$RESULTS.tmp"

JAR_CHANGED=""
if [ "$(jar_stamp "$JAR")" != "$JAR_STAMP" ]; then
  JAR_CHANGED="; rebuilt since, the copy in bench/target/parley/ was timed"
  log "note: $JAR was rebuilt during the runs; its copy taken at the start was timed"
fi

# Output counts must not change from run to run; say so if they did.
awk -F'\t' '{ k = $1 " " $2; if (k in f && f[k] != $6) print "run.sh: warning: " $1 " wrote " f[k] " then " $6 " files for " $2 " articles" > "/dev/stderr"; f[k] = $6 }' "$RAW"

{
  echo "Parley vs Hugo: full clean builds, each in a fresh process; medians of $REPEAT runs."
  echo
  echo "- Parley: cli/target/parley.jar (modified $JAR_STAMP$JAR_CHANGED), $(java -version 2>&1 | head -n 1), launcher cli/parley, PARLEY_JAVA_OPTS='${PARLEY_JAVA_OPTS:-}'"
  if [ -n "$HUGO" ]; then echo "- Hugo: $("$HUGO" version)"; else echo "- Hugo: not installed"; fi
  echo "- Machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)"
  echo "- CPU busy before the runs: ${BUSY_BEFORE}%; load average (1, 5, 15 min): $LOAD_BEFORE before, $(loadavg) after"
  echo "- Corpus: seed $SEED; raw runs in bench/target/raw.tsv, logs in bench/target/logs/"
  echo
  cat "$RESULTS.tmp"
} > "$RESULTS"
rm -f "$RESULTS.tmp"

cat "$RESULTS"
log "written to $RESULTS"
