#!/usr/bin/env bash
# How long a maintainer waits under `gongkai serve` (or `gongkai build --watch`, with
# MODE=watch): from a saved edit (a corrected table: the first `punishment:` count of FILE,
# alternately +1 and back) to the report's page rewritten on disk, and the rebuild's own time as
# it prints it (from the watcher's call, after its 300 ms of quiet). Starts the process on SITE
# (built before from CONTENT with the same jar, else the first build is a full one), edits ROUNDS
# times, prints each wait, puts FILE back. Not part of ./mvnw verify.
#
# Usage: [MODE=watch] bench/serve-latency.sh CONTENT SITE FILE [ROUNDS]     (after ./mvnw package)
set -euo pipefail
content=$1 site=$2 file=$3 rounds=${4:-6}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rel=${file#"$content"/}
page="$site/${rel%.yaml}/index.html"
original=$(grep -m1 -E '^  punishment: [0-9]+' "$file" | grep -oE '[0-9]+')
log=$(mktemp)
if [ "${MODE:-serve}" = watch ]; then
  command=(build --watch) ready="正在监视"
else
  command=(serve --port "${PORT:-8931}") ready="预览地址"
fi
java -XX:+UseParallelGC -XX:InitialRAMPercentage=12.5 -jar "$repo/target/gongkai.jar" "${command[@]}" \
  --content "$content" -o "$site" > "$log" 2>&1 &
pid=$!
trap 'sed -i -E "0,/^  punishment: [0-9]+/s//  punishment: $original/" "$file"; kill $pid 2>/dev/null; rm -f "$log"' EXIT
until grep -q "$ready" "$log"; do kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; sleep 0.5; done
sleep 2
built=$(grep -cE '^(已更新|Updated) ' "$log" || true) # the first build's line, when it updated the site
for r in $(seq 1 "$rounds"); do
  if (( r % 2 )); then to=$((original + 1)); else to=$original; fi
  start=$(date +%s%N)
  sed -i -E "0,/^  punishment: [0-9]+/s//  punishment: $to/" "$file"
  until grep -q "行政处罚</th><td colspan=\"3\">$to<" "$page"; do sleep 0.01; done
  waited=$(( ($(date +%s%N) - start) / 1000000 ))
  until [ "$(grep -cE '^(已更新|Updated) ' "$log")" -ge $((built + r)) ]; do sleep 0.01; done
  echo "edit $r: $waited ms from the save to the page rewritten; $(grep -E '^(已更新|Updated) ' "$log" | tail -1 | grep -oE '[0-9.]+ 秒|[0-9.]+ s$')"
  sleep 3
done
