#!/usr/bin/env bash
# Project administration benchmark: a label rename that every annotation follows, sanad backup,
# sanad restore, deleting 1,000 documents, deleting the project, on one H2 store.
#   releng/benchmarks/admin.sh [N]            default 10000 documents; BENCH_JAVA_OPTS=-Druns=5
# Runs against the built product's bundle jars on a plain class path. Work files go to
# $BENCH_WORK or /tmp/sanad-bench. Prints a Markdown table for docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
# shellcheck source=../../features/org.sanad.core.feature/rootfiles/lib/find-java.sh
source "$root/features/org.sanad.core.feature/rootfiles/lib/find-java.sh"
java_home=$(sanad_find_java)
product="$root/releng/org.sanad.product/target/products/org.sanad.product/linux/gtk/x86_64/sanad"
[[ -d "$product/plugins" ]] || { echo "admin.sh: no product at $product; run ./sanad --help first" >&2; exit 1; }
work=${BENCH_WORK:-/tmp/sanad-bench}
mkdir -p "$work/classes"
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
"$java_home/bin/javac" -nowarn -d "$work/classes" -cp "$classpath" "$root"/releng/benchmarks/src/org/sanad/benchmarks/*.java
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec "$java_home/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$work/classes:$classpath" org.sanad.benchmarks.AdminBenchmark \
	"$root/seeds" "$work" "${1:-10000}"
