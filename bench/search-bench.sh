#!/usr/bin/env bash
# Search benchmark: builds a generated archive of N reports, indexes the same built site with
# Pagefind (npm pagefind 1.6.0, report pages only), serves both with nginx (which answers HTTP
# Range requests, as most static hosts do) and measures both in headless Chromium: index time
# and peak memory, index size and file count, bytes and files a query fetches, the time until
# results show, and recall on the query set (docs/search/queries.tsv) against Lucene's
# answers (`gongkai search`). Prints one table. Not part of ./mvnw verify.
#
# Usage: bench/search-bench.sh N [WORKDIR]     (needs chromium, node, nginx, python3; see .ci/run)
#   CORPUS=/path/with/content  reuse a generated corpus instead of generating one
#   KEEP=1                     keep the built sites (they are large at 100,000 reports)
set -euo pipefail
n=${1:?N}
work=${2:-/tmp/gongkai-search-bench-$n}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$work"
cd "$repo"
./mvnw -q -B -o -DskipTests package
./mvnw -q -B -o test-compile
corpus=${CORPUS:-$work/corpus}
[ -d "$corpus/content" ] || java -cp target/classes:target/test-classes org.gongkai.bench.CorpusGenerator -n "$n" -o "$corpus"
rm -rf "$work/site" "$work/pf-site"
# The whole build (pages and search index); the build's own log says how long indexing took.
/usr/bin/time -f "%e %M" -o "$work/build.time" java -XX:+UseParallelGC -XX:InitialRAMPercentage=12.5 -jar target/gongkai.jar build \
  --content "$corpus/content" -o "$work/site" > "$work/build.log" 2>&1
# Search indexing alone (Lucene, then the static index), from the reports' text: the build
# runs it beside page rendering, so the build's time is not the indexer's.
rm -rf "$work/index-only" && mkdir -p "$work/index-only"
/usr/bin/time -f "%e %M" -o "$work/index.time" java -Xmx${INDEX_XMX:-2g} -cp target/gongkai.jar bench/IndexTime.java "$corpus/content" "$work/index-only" > "$work/index.steps"
rm -rf "$work/index-only"
cp -r "$work/site" "$work/pf-site"
rm -rf "$work/pf-site/search/lucene" "$work/pf-site/search/terms" "$work/pf-site/search/tiers" "$work/pf-site/search/docs"
# Pagefind indexes report pages only, like Gongkai: mark their <main> as the searchable body.
find "$work/pf-site" -regextype posix-extended -regex '.*/[0-9]{4}/index\.html' -not -path '*/年度/*' -print0 \
  | xargs -0 sed -i 's/<main id="main"/<main data-pagefind-body id="main"/'
cp bench/pagefind-probe.html bench/pagefind-probe.js "$work/pf-site/"
if [ ! -x "$work/npm/node_modules/.bin/pagefind" ]; then
  mkdir -p "$work/npm" && (cd "$work/npm" && npm init -y > /dev/null && npm install --no-audit --no-fund pagefind@1.6.0 > /dev/null)
fi
# Pagefind's memory grows with the site (9 GB at 10,000 reports): cap its address space so a
# large run fails on its own instead of pushing a shared machine out of memory.
if ! ( ulimit -v "${PAGEFIND_MEM_KB:-16000000}"; /usr/bin/time -f "%e %M" -o "$work/pagefind.time" \
    "$work/npm/node_modules/.bin/pagefind" --site "$work/pf-site" > "$work/pagefind.log" 2>&1 ); then
  echo "pagefind failed (see $work/pagefind.log)" >&2
  echo "failed 0" > "$work/pagefind.time"
fi

# nginx serving both sites
mkdir -p "$work/nginx/temp"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
master_process off;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $work/nginx/temp;
  proxy_temp_path $work/nginx/temp;
  fastcgi_temp_path $work/nginx/temp;
  uwsgi_temp_path $work/nginx/temp;
  scgi_temp_path $work/nginx/temp;
  server { listen 127.0.0.1:18701; root $work/site; }
  server { listen 127.0.0.1:18702; root $work/pf-site; }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" & ng=$!
trap 'kill $ng 2>/dev/null' EXIT
sleep 1
one="行政复议"; three="政务新媒体 信息处理费 行政复议"
gk=$(node browser-tests/bench-search.mjs gongkai http://127.0.0.1:18701/ "$one" "$three")
if [ -f "$work/pf-site/pagefind/pagefind.js" ]; then
  pf=$(node browser-tests/bench-search.mjs pagefind http://127.0.0.1:18702/ "$one" "$three")
else
  pf='[{"q":"","bytes":0,"files":0,"ms":0,"status":"(no index)"},{"q":"","bytes":0,"files":0,"ms":0,"status":"(no index)"}]'
fi

# Recall on the query set: Lucene's matching reports (up to 1,000 by rank) are the expected
# answer. Gongkai's browser search equals Lucene's by construction (StaticParityTest); Pagefind's
# recall is the share of those reports among its results, over the queries where both lists
# are complete (Lucene ≤ 1,000 matches, Pagefind ≤ RECALL_MAX results, whose URLs are loaded).
grep -v '^#' docs/search/queries.tsv | cut -f1 | grep -v '^$' > "$work/queries.txt"
: > "$work/lucene.jsonl"
while IFS= read -r q; do
  java -jar target/gongkai.jar search --site "$work/site" --json --limit 1000 -- "$q" >> "$work/lucene.jsonl"
  echo >> "$work/lucene.jsonl"
done < "$work/queries.txt"
if [ -f "$work/pf-site/pagefind/pagefind.js" ]; then
  node bench/pagefind-recall.mjs http://127.0.0.1:18702/ "$work/queries.txt" "${RECALL_MAX:-2000}" > "$work/pagefind-recall.json"
else
  echo '[]' > "$work/pagefind-recall.json"
fi

echo "$gk" > "$work/gongkai-queries.json"; echo "$pf" > "$work/pagefind-queries.json"
size() { { du -sb "$1" 2>/dev/null || echo 0; } | cut -f1; }
count() { { find "$1" -type f 2>/dev/null || true; } | wc -l; }
read -r gb gm < "$work/build.time"; read -r pb pm < "$work/pagefind.time"; read -r ib im < "$work/index.time"; read -r il is < "$work/index.steps"
static_size=$(( $(size "$work/site/search") - $(size "$work/site/search/lucene") ))
static_files=$(( $(count "$work/site/search") - $(count "$work/site/search/lucene") ))
python3 bench/search-bench-report.py "$n" "$gb" "$gm" "$pb" "$pm" "$il" "$is" "$im" "$static_size" "$static_files" \
  "$(size "$work/site/search/lucene")" "$(size "$work/pf-site/pagefind")" "$(count "$work/pf-site/pagefind")" "$gk" "$pf" \
  "$work/lucene.jsonl" "$work/pagefind-recall.json" "$work/build.log" | tee "$work/report.md"
[ "${KEEP:-0}" = 1 ] || rm -rf "$work/site" "$work/pf-site"
