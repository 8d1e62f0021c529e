#!/usr/bin/env bash
# Agreement benchmark (issue: every point estimate for 100,000 documents x 3 annotators x ~50
# annotations in at most 5 s; with 1,000 bootstrap samples in at most 30 s;
# dkpro-statistics-agreement on a 10,000-document subset of the same units in the same run).
#   releng/benchmarks/agreement.sh [N [M [SAMPLES]]]   default: 100000 10000 1000
# Generates the annotators' sets in memory, document by document, and times the agreement run
# (adding the documents page by page, then the figures) on the built product's bundle jars with
# -Xmx1g; generation is not timed. Reading the sets from a store is not part of it: see the
# export benchmark for how fast H2 gives annotation sets back.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
# shellcheck source=../../features/org.sanad.core.feature/rootfiles/lib/find-java.sh
source "$root/features/org.sanad.core.feature/rootfiles/lib/find-java.sh"
java_home=$(sanad_find_java)
product="$root/releng/org.sanad.product/target/products/org.sanad.product/linux/gtk/x86_64/sanad"
[[ -d "$product/plugins" ]] || { echo "agreement.sh: no product at $product; run ./sanad --help first" >&2; exit 1; }
# The oracle is not in the product; the build fetched it for the tests (target platform).
dkpro=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/org/dkpro/statistics/dkpro-statistics-agreement" \
	-name 'dkpro-statistics-agreement-2.2.1.jar' 2>/dev/null | head -1)
[[ -n "$dkpro" ]] || { echo "agreement.sh: dkpro-statistics-agreement 2.2.1 is not in the Maven repository; run ./test once" >&2; exit 1; }
work=${BENCH_WORK:-/tmp/sanad-bench}
mkdir -p "$work/agreement-classes"
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')$dkpro
"$java_home/bin/javac" -nowarn -d "$work/agreement-classes" -cp "$classpath" \
	"$root"/releng/benchmarks/src/org/sanad/benchmarks/agreement/*.java
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options, for example a profiler
exec "$java_home/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$work/agreement-classes:$classpath" \
	org.sanad.benchmarks.agreement.AgreementBenchmark "${1:-100000}" "${2:-10000}" "${3:-1000}"
