#!/usr/bin/env bash
# Import benchmark (issue: import within 1.5x a raw JDBC baseline) and durable commit latency.
#   releng/benchmarks/import.sh [N...]        default: 1000 100000; each N three times
#   BENCH_JAVA_OPTS=-Druns=5 releng/benchmarks/import.sh 100000    five times
# Runs against the built product's bundle jars on a plain class path (the store and importer need
# no OSGi at run time). Work files (corpus, databases; ~2 GB for 100,000) go to $BENCH_WORK or
# /tmp/sanad-bench. Prints Markdown tables for docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
# shellcheck source=../../features/org.sanad.core.feature/rootfiles/lib/find-java.sh
source "$root/features/org.sanad.core.feature/rootfiles/lib/find-java.sh"
java_home=$(sanad_find_java)
product="$root/releng/org.sanad.product/target/products/org.sanad.product/linux/gtk/x86_64/sanad"
[[ -d "$product/plugins" ]] || { echo "import.sh: no product at $product; run ./sanad --help first" >&2; exit 1; }
work=${BENCH_WORK:-/tmp/sanad-bench}
mkdir -p "$work/classes"
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
"$java_home/bin/javac" -nowarn -d "$work/classes" -cp "$classpath" "$root"/releng/benchmarks/src/org/sanad/benchmarks/*.java
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 100000)
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options, for example a profiler
exec "$java_home/bin/java" -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "$work/classes:$classpath" org.sanad.benchmarks.ImportBenchmark \
	"$root/seeds" "$work" "${sizes[@]}"
