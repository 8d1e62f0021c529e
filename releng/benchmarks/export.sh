#!/usr/bin/env bash
# Export benchmark (issue: JSONL export within 1.5x of plain JDBC + Gson, XMI export and import
# within 1.3x of uimaj-core alone, heap under 512 MB), each beside its baseline in one run.
#   releng/benchmarks/export.sh [N [xmi=M]]   default: 100000 documents, XMI on the first 10000
#   BENCH_JAVA_OPTS=-Druns=5 releng/benchmarks/export.sh 100000
#   BENCH_JAVA_OPTS="-Druns=1 -Dparts=xmi" releng/benchmarks/export.sh 10000   (one part: jsonl or xmi)
#   -Dimport.batch=N: documents per import batch in the XMI import (default: the importer's, 500)
# Runs against the built product's bundle jars on a plain class path with -Xmx512m. The corpus
# (imported and annotated once, ~50 gold annotations a document) stays in $BENCH_WORK or
# /tmp/sanad-bench; building it for 100,000 documents takes a few minutes. Prints Markdown tables.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
# shellcheck source=../../features/org.sanad.core.feature/rootfiles/lib/find-java.sh
source "$root/features/org.sanad.core.feature/rootfiles/lib/find-java.sh"
java_home=$(sanad_find_java)
product="$root/releng/org.sanad.product/target/products/org.sanad.product/linux/gtk/x86_64/sanad"
[[ -d "$product/plugins" ]] || { echo "export.sh: no product at $product; run ./sanad --help first" >&2; exit 1; }
work=${BENCH_WORK:-/tmp/sanad-bench}
mkdir -p "$work/classes"
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
"$java_home/bin/javac" -nowarn -d "$work/classes" -cp "$classpath" "$root"/releng/benchmarks/src/org/sanad/benchmarks/*.java
n=${1:-100000}
xmi=${2:-xmi=$(( n < 10000 ? n : 10000 ))}
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options, for example a profiler
exec "$java_home/bin/java" -Xmx512m ${BENCH_JAVA_OPTS:-} -cp "$work/classes:$classpath" \
	org.sanad.benchmarks.ExportBenchmark "$root/seeds" "$work" "$n" "$xmi"
