# Shared by bench/run.sh, bench/incremental.sh and bench/serve.sh (sourced, not run, first thing):
# the folders, REPEAT and SEED from the environment, `log` and `die`; then checks the settings, builds
# what is missing, generates corpora, stages a copy of Parley and times builds.

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
TARGET="$BENCH/target"
LOGS="$TARGET/logs"
TIME=/usr/bin/time
REPEAT="${REPEAT:-3}"
SEED="${SEED:-42}"
CLASSES="$TARGET/classes"
JAR="$ROOT/cli/target/parley.jar"

log() { echo "$(basename "$0"): $*" >&2; }
die() { log "$*"; exit 1; }

# check_settings SIZE...: the sizes (SIZES), REPEAT and SEED as whole numbers, and /usr/bin/time.
check_settings() {
  SIZES=("$@")
  local n
  for n in "${SIZES[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "a size must be a positive whole number, not '$n'"
  done
  [[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || die "REPEAT must be a positive whole number, not '$REPEAT'"
  [[ "$SEED" =~ ^-?[0-9]+$ ]] || die "SEED must be a whole number, not '$SEED'"
  [ -x "$TIME" ] || die "$TIME is missing: apt-get install -y time"
}

# ensure_built: the Parley jar and the corpus generator.
ensure_built() {
  local corpus_class="$CLASSES/news/parley/bench/Corpus.class"
  if [ ! -f "$JAR" ]; then
    log "building Parley: mvn -B -q -DskipTests install"
    (cd "$ROOT" && mvn -B -q -DskipTests install)
    [ -f "$JAR" ] || die "$JAR is still missing after the build"
  fi
  # The generator needs only the JDK. Maven compiles it into bench/target/classes when bench is in
  # the reactor; otherwise (or when the sources are newer) javac does the same here.
  if [ ! -f "$corpus_class" ] || [ -n "$(find "$BENCH/src/main/java" -name '*.java' -newer "$corpus_class")" ]; then
    log "compiling the corpus generator into $CLASSES"
    mkdir -p "$CLASSES"
    find "$BENCH/src/main/java" -name '*.java' -print0 | xargs -0 javac --release 17 -encoding UTF-8 -d "$CLASSES"
  fi
}

# ensure_corpora: TARGET/corpus-N for each size, reused only if this seed and generator made it.
ensure_corpora() {
  local stamp n corpus
  stamp="seed $SEED generator $(find "$BENCH/src/main/java" -name '*.java' -print0 | LC_ALL=C sort -z | xargs -0 cat | cksum | cut -d ' ' -f 1)"
  mkdir -p "$TARGET"
  for n in "${SIZES[@]}"; do
    corpus="$TARGET/corpus-$n"
    if [ -f "$corpus/.complete" ] && [ "$(cat "$corpus/.complete")" = "$stamp" ]; then
      log "corpus of $n articles: present ($corpus)"
      continue
    fi
    log "corpus of $n articles: generating into $corpus"
    rm -rf "$corpus" "$corpus.tmp"
    java -cp "$CLASSES" news.parley.bench.Corpus --articles "$n" --seed "$SEED" --out "$corpus.tmp"
    echo "$stamp" > "$corpus.tmp/.complete"
    mv "$corpus.tmp" "$corpus"
  done
}

# stage_parley: a copy of the launcher and the jar in TARGET/parley/, with a class data archive made
# for the copy (an archive names its jar), so that rebuilding cli/ while the benchmark runs cannot
# mix two versions. Sets PARLEY to the copy's launcher and JAR_STAMP to the jar's time and checksum.
jar_stamp() { echo "$(stat -c '%y' "$1" | cut -c 1-19), cksum $(cksum < "$1" | cut -d ' ' -f 1)"; }
stage_parley() {
  local copy="$TARGET/parley"
  rm -rf "$copy"
  mkdir -p "$copy/target"
  cp "$ROOT/cli/parley" "$copy/parley"
  cp "$JAR" "$copy/target/parley.jar"
  JAR_STAMP="$(jar_stamp "$JAR")"
  log "making a class data archive for the copy of Parley"
  java "$ROOT/cli/src/build/ClassDataArchive.java" "$copy/target/parley.jar" "$ROOT/content" "$copy/target" >&2
  PARLEY="$copy/parley"
}

# Wall times mean little on a busy machine: how busy the CPUs are over one second, and the load.
loadavg() { cut -d ' ' -f 1-3 /proc/loadavg; }
cpu_busy() {
  local a b
  a="$(head -n 1 /proc/stat)"; sleep 1; b="$(head -n 1 /proc/stat)"
  printf '%s\n%s\n' "$a" "$b" | awk '{ idle[NR] = $5 + $6; total[NR] = 0; for (i = 2; i <= NF; i++) total[NR] += $i }
    END { t = total[2] - total[1]; printf "%.0f", (t > 0 ? 100 * (1 - (idle[2] - idle[1]) / t) : 0) }'
}

# note_load: LOAD_BEFORE and BUSY_BEFORE, with a warning when the CPUs are busy already.
note_load() {
  LOAD_BEFORE="$(loadavg)"
  BUSY_BEFORE="$(cpu_busy)"
  if [ "$BUSY_BEFORE" -gt 20 ]; then
    log "warning: the CPUs are already ${BUSY_BEFORE}% busy; other work will skew the timings"
  fi
}

# timed TIMEFILE LOGFILE WHAT COMMAND...: runs COMMAND under /usr/bin/time, its output to LOGFILE, and
# sets WALL (seconds) and RSS (peak KB); if it fails, shows the end of its log and stops.
timed() {
  local timefile="$1" logfile="$2" what="$3"
  shift 3
  if ! "$TIME" -f '%e %M' -o "$timefile" "$@" > "$logfile" 2>&1; then
    log "$what failed; the end of $logfile:"
    tail -n 20 "$logfile" >&2
    exit 1
  fi
  read -r WALL RSS < <(tail -n 1 "$timefile")
}

# median_of: the median of the numbers on standard input.
median_of() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
