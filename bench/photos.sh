#!/usr/bin/env bash
# Times Parley on the benchmark corpus with photos: one article in PHOTOS_EVERY (default 5) has a
# camera-sized JPEG (4,000 x 3,000) of its own as its lead photo. Reports a cold build, a rebuild with
# nothing changed, the image stage's photos per second and peak memory.
# Run by hand (never as a test): bench/photos.sh [SIZES...]   (default: 10000)
# Environment: PHOTOS_EVERY, PARLEY_JAVA_OPTS (JVM options added to the launcher's), SEED. See bench/README.md.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

NOW=2030-01-01T00:00:00Z
EVERY="${PHOTOS_EVERY:-5}"
[[ "$EVERY" =~ ^[1-9][0-9]*$ ]] || die "PHOTOS_EVERY must be a positive whole number, not '$EVERY'"
if [ "$#" -gt 0 ]; then check_settings "$@"; else check_settings 10000; fi
ensure_built
stage_parley
mkdir -p "$LOGS"

OUT="$TARGET/photos.md"
{
  echo "Parley with photos: one article in $EVERY has a 4,000 x 3,000 JPEG of its own."
  echo
  echo "- Parley: $JAR_STAMP; PARLEY_JAVA_OPTS='${PARLEY_JAVA_OPTS:-}'"
  echo "- Machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
  echo
  echo "| articles | photos | source MB | build | wall s | peak RSS MB | photos decoded | image stage s | photos/s |"
  echo "|---:|---:|---:|---|---:|---:|---:|---:|---:|"
} > "$OUT"

for n in "${SIZES[@]}"; do
  corpus="$TARGET/corpus-$n-photos-$EVERY"
  stamp="seed $SEED every $EVERY generator $(find "$BENCH/src/main/java" -name '*.java' -print0 | LC_ALL=C sort -z | xargs -0 cat | cksum | cut -d ' ' -f 1)"
  if [ ! -f "$corpus/.complete" ] || [ "$(cat "$corpus/.complete")" != "$stamp" ]; then
    log "corpus of $n articles with photos: generating into $corpus"
    rm -rf "$corpus" "$corpus.tmp"
    java -cp "$CLASSES" news.parley.bench.Corpus --articles "$n" --seed "$SEED" --photos-every "$EVERY" --out "$corpus.tmp"
    echo "$stamp" > "$corpus.tmp/.complete"
    mv "$corpus.tmp" "$corpus"
  fi
  photos=$(find "$corpus/parley/articles" -name '*.jpg' | wc -l)
  megabytes=$(du -sm --apparent-size "$corpus/parley/articles" | cut -f 1)
  site="$TARGET/out-photos-$n/site"
  rm -rf "$(dirname "$site")"
  note_load
  for step in cold rebuild; do
    logfile="$LOGS/photos-$n-$step.log"
    timed "$LOGS/photos-$n-$step.time" "$logfile" "the $step build of $n articles with photos" \
      "$PARLEY" build --verbose --source "$corpus/parley" --output "$site" --now "$NOW"
    summary="$(grep '^Built' "$logfile")"
    decoded=$(sed -n 's/.*, \([0-9]*\) of \([0-9]*\) photos).*/\2 \1/p' <<< "$summary" | awk '{ print $1 - $2 }')
    stage=$(grep -o 'images [0-9.]* s' "$logfile" | awk '{ print $2 }')
    rate=$(awk -v d="${decoded:-0}" -v s="${stage:-0}" 'BEGIN { if (s > 0 && d > 0) printf "%.1f", d / s; else print "-" }')
    log "$(printf '%7s articles, %s: %6.2f s, %7.1f MB, %s of %s photos decoded, image stage %s s' \
      "$n" "$step" "$WALL" "$(awk -v k="$RSS" 'BEGIN { print k / 1024 }')" "${decoded:-?}" "$photos" "${stage:-?}")"
    printf '| %s | %s | %s | %s | %.2f | %.0f | %s | %s | %s |\n' "$n" "$photos" "$megabytes" "$step" "$WALL" \
      "$(awk -v k="$RSS" 'BEGIN { print k / 1024 }')" "${decoded:-?}" "${stage:-?}" "$rate" >> "$OUT"
  done
done
log "written to $OUT"
cat "$OUT"
