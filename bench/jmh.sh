#!/usr/bin/env bash
# Micro-benchmarks of the build's hot spots with JMH (src/test/java: org.gongkai.bench.jmh.LoadBench,
# org.gongkai.render.RenderBench). Not part of ./mvnw verify.
#
# Usage: bench/jmh.sh [JMH options and benchmark patterns]   e.g. bench/jmh.sh LoadBench -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B -o test-compile
cp=$(./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
args=("$@")
((${#args[@]})) || args=(-f 1 -wi 3 -w 2s -i 5 -r 2s)
exec java -cp "target/test-classes:target/classes:$cp" org.openjdk.jmh.Main "${args[@]}"
