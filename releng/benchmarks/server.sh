#!/usr/bin/env bash
# Team server benchmark: N annotators and a curator editing at once through one Sanad server
# (HTTPS on loopback) for S seconds, then the same edits in the server's process, then one annotator
# alone through the server; on H2, and on PostgreSQL too when an address is given.
#   releng/benchmarks/server.sh [S] [N] [postgresql://USER@HOST:PORT/DB]   default 60 s, 8 annotators
# (releng/postgresql/test-server.sh start DIR makes a throw-away PostgreSQL server and prints its address;
# a password, if the server asks one, comes from SANAD_STORE_PASSWORD)
# Runs against the built product's bundle jars on a plain class path, with the load harness of
# the server's tests (so the benchmark lives apart from src/, which the other scripts compile
# without it). Work files go to $BENCH_WORK or /tmp/sanad-bench. Prints a Markdown table.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
# shellcheck source=../../features/org.sanad.core.feature/rootfiles/lib/find-java.sh
source "$root/features/org.sanad.core.feature/rootfiles/lib/find-java.sh"
java_home=$(sanad_find_java)
product="$root/releng/org.sanad.product/target/products/org.sanad.product/linux/gtk/x86_64/sanad"
[[ -d "$product/plugins" ]] || { echo "server.sh: no product at $product; run ./sanad --help first" >&2; exit 1; }
work=${BENCH_WORK:-/tmp/sanad-bench}
mkdir -p "$work/classes"
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
"$java_home/bin/javac" -nowarn -d "$work/classes" -cp "$classpath" \
	"$root"/releng/benchmarks/server/org/sanad/benchmarks/ServerBenchmark.java \
	"$root"/bundles/org.sanad.server.tests/src/org/sanad/server/internal/LoadHarness.java
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec "$java_home/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} \
	-Djava.util.logging.config.file="$root/features/org.sanad.core.feature/rootfiles/lib/logging.properties" \
	-cp "$work/classes:$classpath" org.sanad.benchmarks.ServerBenchmark "$work" "${1:-60}" "${2:-8}" "${3:-}"
