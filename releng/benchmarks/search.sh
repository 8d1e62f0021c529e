#!/usr/bin/env bash
# Search benchmark (issue: indexing within 1.3x a raw Lucene IndexWriter with the same analyzer on
# the same texts; query p50 <= 10 ms, p99 <= 50 ms over a fixed mix).
#   releng/benchmarks/search.sh [N...]        default: 100000
# Uses the stores that releng/benchmarks/import.sh N leaves in $BENCH_WORK (or /tmp/sanad-bench),
# and the built product's bundle jars on a plain class path. Prints a Markdown table.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
# shellcheck source=../../features/org.sanad.core.feature/rootfiles/lib/find-java.sh
source "$root/features/org.sanad.core.feature/rootfiles/lib/find-java.sh"
java_home=$(sanad_find_java)
product="$root/releng/org.sanad.product/target/products/org.sanad.product/linux/gtk/x86_64/sanad"
[[ -d "$product/plugins" ]] || { echo "search.sh: no product at $product; run ./sanad --help first" >&2; exit 1; }
work=${BENCH_WORK:-/tmp/sanad-bench}
mkdir -p "$work/classes"
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
"$java_home/bin/javac" -nowarn -d "$work/classes" -cp "$classpath" "$root"/releng/benchmarks/src/org/sanad/benchmarks/*.java
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100000)
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options, for example a profiler
exec "$java_home/bin/java" -Xmx4g --add-modules=jdk.incubator.vector ${BENCH_JAVA_OPTS:-} \
	-cp "$work/classes:$classpath" org.sanad.benchmarks.SearchBenchmark "$work" "${sizes[@]}"
