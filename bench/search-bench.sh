#!/usr/bin/env bash
# Search benchmark: builds a generated archive of N reports, indexes the same built site with
# Pagefind (npm pagefind 1.6.0, report pages only), and measures both in headless Chromium:
# index time and peak memory, index size and file count, bytes and files a query fetches, and
# the time until results show. Prints one table. Not part of ./mvnw verify.
#
# Usage: bench/search-bench.sh N [WORKDIR]     (needs chromium, node, python3; see .ci/run)
set -euo pipefail
n=${1:?N}
work=${2:-/tmp/gongkai-search-bench-$n}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$work"
cd "$repo"
./mvnw -q -B -DskipTests package
./mvnw -q -B test-compile
[ -d "$work/corpus/content" ] || java -cp target/classes:target/test-classes org.gongkai.bench.CorpusGenerator -n "$n" -o "$work/corpus"
rm -rf "$work/site" "$work/pf-site"
/usr/bin/time -f "%e %M" -o "$work/build.time" java -XX:+UseParallelGC -jar target/gongkai.jar build \
  --content "$work/corpus/content" -o "$work/site" > /dev/null
cp -r "$work/site" "$work/pf-site"
# Pagefind indexes report pages only, like Gongkai: mark their <main> as the searchable body.
find "$work/pf-site" -regextype posix-extended -regex '.*/[0-9]{4}/index\.html' -not -path '*/年度/*' -print0 \
  | xargs -0 sed -i 's/<main id="main"/<main data-pagefind-body id="main"/'
cp bench/pagefind-probe.html bench/pagefind-probe.js "$work/pf-site/"
if [ ! -x "$work/npm/node_modules/.bin/pagefind" ]; then
  mkdir -p "$work/npm" && (cd "$work/npm" && npm init -y > /dev/null && npm install --no-audit --no-fund pagefind@1.6.0 > /dev/null)
fi
/usr/bin/time -f "%e %M" -o "$work/pagefind.time" "$work/npm/node_modules/.bin/pagefind" --site "$work/pf-site" > /dev/null

python3 -m http.server 18701 --bind 127.0.0.1 --directory "$work/site" > /dev/null 2>&1 & g=$!
python3 -m http.server 18702 --bind 127.0.0.1 --directory "$work/pf-site" > /dev/null 2>&1 & p=$!
trap 'kill $g $p 2>/dev/null' EXIT
sleep 1
one="行政复议"; three="政务新媒体 信息处理费 行政复议"
gk=$(node browser-tests/bench-search.mjs gongkai http://127.0.0.1:18701/ "$one" "$three")
pf=$(node browser-tests/bench-search.mjs pagefind http://127.0.0.1:18702/ "$one" "$three")

size() { du -sb "$1" | cut -f1; }
count() { find "$1" -type f | wc -l; }
read -r gb gm < "$work/build.time"; read -r pb pm < "$work/pagefind.time"
python3 - "$n" "$gb" "$gm" "$pb" "$pm" "$(size "$work/site/search")" "$(count "$work/site/search")" \
  "$(size "$work/site/search/lucene")" "$(size "$work/pf-site/pagefind")" "$(count "$work/pf-site/pagefind")" "$gk" "$pf" <<'PY'
import json, sys
n, gb, gm, pb, pm, gs, gf, gl, ps, pfiles, gk, pf = sys.argv[1:]
gk, pf = json.loads(gk), json.loads(pf)
print(f"N = {n} reports")
print(f"| | Gongkai | Pagefind 1.6.0 |")
print(f"|---|---|---|")
print(f"| index time (s) | whole build {gb} | {pb} |")
print(f"| peak RSS (MB) | whole build {int(gm)//1024} | {int(pm)//1024} |")
print(f"| static index size (MB) | {int(gs)/1e6:.1f} (Lucene {int(gl)/1e6:.1f}) | {int(ps)/1e6:.1f} |")
print(f"| static index files | {gf} | {pfiles} |")
for i, label in enumerate(["one word", "three words"]):
    a, b = gk[i], pf[i]
    print(f"| {label} ({a['q']}): bytes / files | {a['bytes']/1e3:.0f} KB / {a['files']} | {b['bytes']/1e3:.0f} KB / {b['files']} |")
    print(f"| {label}: ms to results | {a['ms']} | {b['ms']} |")
    print(f"| {label}: status | {a['status']} | {b['status']} |")
PY
