#!/usr/bin/env bash
# Whole-build benchmark, side by side with Hugo: for each N, generates N reports for Gongkai
# (CorpusGenerator) and the same-size Hugo site (../shared/bench/gen_hugo_corpus.py), builds
# both in the same run and prints one table: wall and CPU seconds, reports per second, peak
# RSS, site size and page count, Gongkai's stage times and Lucene index size, the rebuild
# after one report changed (a corrected table, then edited prose), and Gongkai/Hugo ratios. Not part of ./mvnw verify.
#
# Usage: bench/build-bench.sh [N ...]          (default: 1000 10000 100000)
#   WORK=/tmp/gongkai-build-bench   where corpora and sites go (about 8 GB at 100,000)
#   HUGO_GEN=../shared/bench/gen_hugo_corpus.py   SEEDS=../shared/seeds
#   JAVA_OPTS="-XX:+UseParallelGC …"   run java with these options instead of ./gongkai (whose
#                                       JVM options, and choice of JIT per run, are its own)
# Needs: a JDK, python3, Debian's hugo (apt-get install hugo), GNU time (/usr/bin/time).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=${WORK:-/tmp/gongkai-build-bench}
hugo_gen=${HUGO_GEN:-$repo/../shared/bench/gen_hugo_corpus.py}
seeds=${SEEDS:-$repo/../shared/seeds}
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000 100000)
command -v hugo >/dev/null || { echo "hugo not found: apt-get install hugo" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time not found: apt-get install time" >&2; exit 2; }

cd "$repo"
./mvnw -q -B -DskipTests package
./mvnw -q -B test-compile
jar="$repo/target/gongkai.jar"
if [[ -n ${JAVA_OPTS:-} ]]; then gk=(java $JAVA_OPTS -jar "$jar"); else gk=("$repo/gongkai"); fi
mkdir -p "$work"

# Earlier outputs are moved aside and deleted after the last measurement: on ext4 without a
# journal (this VM's root), creating files soon after deleting many walks the inode bitmaps
# past each recently freed inode (the kernel's recently_deleted()); 100,000 files written just
# after 100,000 were deleted took 5.8 s of system time instead of 1.7.
trash="$work/trash-$$"
trap 'rm -rf "$trash"' EXIT
aside() { mkdir -p "$trash"; for d in "$@"; do [[ -e $d ]] && mv "$d" "$trash/$(basename "$d")-$RANDOM"; done; return 0; }

# The launcher's first build after the jar was made leaves its class-data-sharing archive as the
# JVM exits (about a second at 100,000 reports); every later build maps it. Made here, on the
# repository's five reports, so the timed builds run as a user's do from the second on.
if [[ -z ${JAVA_OPTS:-} ]]; then
  aside "$work/warm-up"
  "${gk[@]}" build --content "$repo/content" -o "$work/warm-up" > /dev/null
fi

# "wall cpu rss_kb" from GNU time's -f output
measure() { /usr/bin/time -f "%e %U %S %M" -o "$1" "${@:2}"; }
warm() { find "$1" -type f -print0 | xargs -0 cat > /dev/null; }

rows=()
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n" hsite="$work/hugo-$n"
  [[ -d $corpus/content ]] || java -cp target/classes:target/test-classes org.gongkai.bench.CorpusGenerator \
    -n "$n" -o "$corpus" > /dev/null
  [[ -f $hsite/hugo.toml ]] || python3 "$hugo_gen" -n "$n" -o "$hsite" --seeds "$seeds" > /dev/null

  # Gongkai: full build from a cold start (no previous site), page cache warm
  aside "$work/site-$n" "$work/hugo-out-$n"
  warm "$corpus/content"
  measure "$work/gk-$n.time" "${gk[@]}" build --content "$corpus/content" -o "$work/site-$n" \
    > "$work/gk-$n.out"
  # one report changed, twice: a corrected table (the search index stays), then edited prose
  one=$(find "$corpus/content" -name '2023.yaml' | sort | sed -n 1p)
  cp "$one" "$work/one.yaml.bak"
  sed -i 's/^  punishment: \([0-9]*\)/  punishment: 1\1/' "$one"
  measure "$work/gk-$n-table.time" "${gk[@]}" build --content "$corpus/content" -o "$work/site-$n" \
    > "$work/gk-$n-table.out"
  sed -i '0,/^intro: |$/s//intro: |\n  本报告已更正。/' "$one"
  measure "$work/gk-$n-one.time" "${gk[@]}" build --content "$corpus/content" -o "$work/site-$n" \
    > "$work/gk-$n-one.out"
  cp "$work/one.yaml.bak" "$one" && touch "$one"
  measure "$work/jvm.time" "${gk[@]}" --version > /dev/null

  # Hugo: the same-size site, rendered alone
  warm "$hsite/content"
  measure "$work/hugo-$n.time" hugo --quiet -s "$hsite" -d "$work/hugo-out-$n"

  pages=$(grep -oE '[0-9]+ (个页面|pages)' "$work/gk-$n.out" | grep -oE '^[0-9]+')
  stages=$(grep -E '^(各阶段用时|Stages)' "$work/gk-$n.out")
  one_s=$(grep -oE '用时 [0-9.]+ 秒|in [0-9.]+ s' "$work/gk-$n-one.out" | grep -oE '[0-9.]+' | tail -1)
  table_s=$(grep -oE '用时 [0-9.]+ 秒|in [0-9.]+ s' "$work/gk-$n-table.out" | grep -oE '[0-9.]+' | tail -1)
  hpages=$(find "$work/hugo-out-$n" -name '*.html' | wc -l)
  rows+=("$n|$(cat "$work/gk-$n.time")|$(du -sb "$work/site-$n" | cut -f1)|$pages|$(du -sb "$work/site-$n/search/lucene" | cut -f1)|$(cat "$work/gk-$n-one.time")|$one_s|$(cat "$work/gk-$n-table.time")|$table_s|$(cat "$work/jvm.time")|$(cat "$work/hugo-$n.time")|$(du -sb "$work/hugo-out-$n" | cut -f1)|$hpages|$stages")
done

python3 - "${rows[@]}" <<'PY'
import sys
print("| N | | Gongkai | Hugo 0.111 | Gongkai / Hugo |")
print("|---:|---|---:|---:|---:|")
for row in sys.argv[1:]:
    (n, gk, size, pages, lucene, one, one_in, table, table_in, jvm, hugo, hsize, hpages, stages) = row.split("|")
    n = int(n)
    gw, gu, gs, gm = map(float, gk.split()); hw, hu, hs, hm = map(float, hugo.split())
    ow, ou, os_, om = map(float, one.split()); tw = float(table.split()[0]); jw = float(jvm.split()[0])
    def r(a, b): return f"{a / b:.2f}" if b else "–"
    print(f"| {n:,} | wall s | {gw:.1f} | {hw:.1f} | {r(gw, hw)} |")
    print(f"| | CPU s (user+sys) | {gu + gs:.1f} | {hu + hs:.1f} | {r(gu + gs, hu + hs)} |")
    print(f"| | reports/s (wall) | {n / gw:,.0f} | {n / hw:,.0f} | {r(hw, gw)} |")
    print(f"| | CPU ms per report | {1000 * (gu + gs) / n:.2f} | {1000 * (hu + hs) / n:.2f} | |")
    print(f"| | peak RSS MB | {gm / 1024:,.0f} | {hm / 1024:,.0f} | {r(gm, hm)} |")
    print(f"| | site MB | {int(size) / 1e6:,.0f} | {int(hsize) / 1e6:,.0f} | |")
    print(f"| | HTML pages | {int(pages):,} | {int(hpages):,} | |")
    print(f"| | Lucene index MB | {int(lucene) / 1e6:.1f} | | |")
    print(f"| | stages | {stages} | | |")
    print(f"| | one table corrected: wall s (in the build; JVM start {jw:.2f}) | {tw:.2f} ({table_in}) | | |")
    print(f"| | one report's prose edited: wall s (in the build) | {ow:.2f} ({one_in}) | | |")
PY
