#!/usr/bin/env bash
# Times full, clean, cold-process builds of Parley and Hugo on the same synthetic corpus.
# Run by hand (never as a test): bench/run.sh [SIZES...]   (default: 1000 10000)
# Environment: REPEAT (runs per tool and size, default 3), PARLEY_JAVA_OPTS (JVM options for
# Parley; default -XX:+UseSerialGC, as cli/parley uses), SEED (corpus seed, default 42). See bench/README.md.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
cd "$ROOT"

TARGET="$BENCH/target"
CLASSES="$TARGET/classes"
LOGS="$TARGET/logs"
JAR="$ROOT/cli/target/parley.jar"
TIME=/usr/bin/time
REPEAT="${REPEAT:-3}"
SEED="${SEED:-42}"
# The same JVM settings as the cli/parley launcher, unless told otherwise.
read -r -a JAVA_OPTS <<< "${PARLEY_JAVA_OPTS:--XX:+UseSerialGC}"

log() { echo "run.sh: $*" >&2; }
die() { log "$*"; exit 1; }

if [ "$#" -gt 0 ]; then SIZES=("$@"); else SIZES=(1000 10000); fi
for n in "${SIZES[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "a size must be a positive whole number, not '$n'"
done
[[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || die "REPEAT must be a positive whole number, not '$REPEAT'"
[[ "$SEED" =~ ^-?[0-9]+$ ]] || die "SEED must be a whole number, not '$SEED'"

[ -x "$TIME" ] || die "$TIME is missing: apt-get install -y time"
command -v java >/dev/null || die "java is missing (Java 17 or newer)"

HUGO="$(command -v hugo || true)"
if [ -z "$HUGO" ]; then
  log "hugo is not installed (apt-get install -y hugo); timing Parley only"
fi

# ---------------------------------------------------------------- build what is missing

CORPUS_CLASS="$CLASSES/news/parley/bench/Corpus.class"
if [ ! -f "$JAR" ]; then
  log "building Parley: mvn -B -q -DskipTests package"
  mvn -B -q -DskipTests package
  [ -f "$JAR" ] || die "$JAR is still missing after the build"
fi
# The generator needs only the JDK. Maven compiles it into bench/target/classes when bench is in
# the reactor; otherwise (or when the sources are newer) javac does the same here.
if [ ! -f "$CORPUS_CLASS" ] || [ -n "$(find "$BENCH/src/main/java" -name '*.java' -newer "$CORPUS_CLASS")" ]; then
  log "compiling the corpus generator into $CLASSES"
  mkdir -p "$CLASSES"
  find "$BENCH/src/main/java" -name '*.java' -print0 | xargs -0 javac --release 17 -encoding UTF-8 -d "$CLASSES"
fi

# ---------------------------------------------------------------- corpora

# A corpus is reused only if it was made with this seed by this version of the generator.
STAMP="seed $SEED generator $(find "$BENCH/src/main/java" -name '*.java' -print0 | LC_ALL=C sort -z | xargs -0 cat | cksum | cut -d ' ' -f 1)"
mkdir -p "$TARGET" "$LOGS"
for n in "${SIZES[@]}"; do
  corpus="$TARGET/corpus-$n"
  if [ -f "$corpus/.complete" ] && [ "$(cat "$corpus/.complete")" = "$STAMP" ]; then
    log "corpus of $n articles: present ($corpus)"
    continue
  fi
  log "corpus of $n articles: generating into $corpus"
  rm -rf "$corpus" "$corpus.tmp"
  java -cp "$CLASSES" news.parley.bench.Corpus --articles "$n" --seed "$SEED" --out "$corpus.tmp"
  echo "$STAMP" > "$corpus.tmp/.complete"
  mv "$corpus.tmp" "$corpus"
done

# ---------------------------------------------------------------- timed runs

RAW="$TARGET/raw.tsv"   # tool, articles, run, wall s, max RSS KB, files
: > "$RAW"

# Wall times mean little on a busy machine: measure how busy the CPUs are for a second before
# starting (the load average would still count the corpus generator that just ran), and note the
# load average before and after.
loadavg() { cut -d ' ' -f 1-3 /proc/loadavg; }
cpu_busy() {
  local a b
  a="$(head -n 1 /proc/stat)"; sleep 1; b="$(head -n 1 /proc/stat)"
  printf '%s\n%s\n' "$a" "$b" | awk '{ idle[NR] = $5 + $6; total[NR] = 0; for (i = 2; i <= NF; i++) total[NR] += $i }
    END { t = total[2] - total[1]; printf "%.0f", (t > 0 ? 100 * (1 - (idle[2] - idle[1]) / t) : 0) }'
}
LOAD_BEFORE="$(loadavg)"
BUSY_BEFORE="$(cpu_busy)"
# Time a copy of the jar, so that a rebuild of cli/ during the runs cannot mix two versions.
jar_stamp() { echo "$(stat -c '%y' "$1" | cut -c 1-19), cksum $(cksum < "$1" | cut -d ' ' -f 1)"; }
cp "$JAR" "$TARGET/parley.jar"
JAR_STAMP="$(jar_stamp "$JAR")"
if [ "$BUSY_BEFORE" -gt 20 ]; then
  log "warning: the CPUs are already ${BUSY_BEFORE}% busy; other work will skew the timings"
fi

# run_one TOOL N RUN OUTDIR COMMAND...
# OUTDIR is TARGET/out-N/TOOL/site, and all of TARGET/out-N/TOOL is deleted first: a clean build
# leaves nothing from the last one, neither the site nor what a tool keeps beside it (Parley keeps
# its build cache in .site.parley-cache next to the output).
run_one() {
  local tool="$1" n="$2" run="$3" out="$4"
  shift 4
  local timefile="$LOGS/$tool-$n-$run.time" logfile="$LOGS/$tool-$n-$run.log"
  rm -rf "$(dirname "$out")"
  mkdir -p "$(dirname "$out")"
  if ! "$TIME" -f '%e %M' -o "$timefile" "$@" > "$logfile" 2>&1; then
    log "$tool failed on $n articles (run $run); the end of $logfile:"
    tail -n 20 "$logfile" >&2
    exit 1
  fi
  local wall rss files
  read -r wall rss < <(tail -n 1 "$timefile")
  files=$(find "$out" -type f | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$n" "$run" "$wall" "$rss" "$files" >> "$RAW"
  log "$(printf '%-6s %7s articles, run %s/%s: %6.2f s, %7.1f MB, %s files' \
    "$tool" "$n" "$run" "$REPEAT" "$wall" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$files")"
}

for n in "${SIZES[@]}"; do
  corpus="bench/target/corpus-$n"
  for run in $(seq 1 "$REPEAT"); do
    # Alternate the tools, so that neither always meets the other's leftovers (page cache, heat).
    run_one parley "$n" "$run" "$TARGET/out-$n/parley/site" \
      java ${JAVA_OPTS[@]+"${JAVA_OPTS[@]}"} -jar "$TARGET/parley.jar" build --source "$corpus/parley" \
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
  JAR_CHANGED="; rebuilt since, the copy in bench/target/parley.jar was timed"
  log "note: $JAR was rebuilt during the runs; its copy taken at the start was timed"
fi

# Output counts must not change from run to run; say so if they did.
awk -F'\t' '{ k = $1 " " $2; if (k in f && f[k] != $6) print "run.sh: warning: " $1 " wrote " f[k] " then " $6 " files for " $2 " articles" > "/dev/stderr"; f[k] = $6 }' "$RAW"

{
  echo "Parley vs Hugo: full clean builds, each in a fresh process; medians of $REPEAT runs."
  echo
  echo "- Parley: cli/target/parley.jar (modified $JAR_STAMP$JAR_CHANGED), $(java -version 2>&1 | head -n 1), PARLEY_JAVA_OPTS='${JAVA_OPTS[*]:-}'"
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
