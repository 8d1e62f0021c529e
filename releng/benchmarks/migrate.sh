#!/usr/bin/env bash
# store migrate on a large store: N synthetic documents (half annotated, with audit) in an H2 data
# folder, copied to an empty PostgreSQL database and verified, then copied again (nothing to do).
#   releng/benchmarks/migrate.sh [N] [ADDRESS]     default 100000; without ADDRESS a throw-away
#                                                  server (releng/postgresql/test-server.sh)
# ADDRESS (postgresql://USER@HOST:PORT/DB) must name an empty database; its password, if any, from
# SANAD_STORE_PASSWORD. Runs against the built product's bundle jars on a plain class path. Work files
# (corpus, the H2 store, reused by later runs) go to $BENCH_WORK or /tmp/sanad-bench.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
# shellcheck source=../../features/org.sanad.core.feature/rootfiles/lib/find-java.sh
source "$root/features/org.sanad.core.feature/rootfiles/lib/find-java.sh"
java_home=$(sanad_find_java)
product="$root/releng/org.sanad.product/target/products/org.sanad.product/linux/gtk/x86_64/sanad"
[[ -d "$product/plugins" ]] || { echo "migrate.sh: no product at $product; run ./sanad --help first" >&2; exit 1; }
work=${BENCH_WORK:-/tmp/sanad-bench}
mkdir -p "$work/classes"
# shellcheck source=postgresql-server.sh
source "$root/releng/benchmarks/postgresql-server.sh"
bench_postgresql "$root" "${2:-}"
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
"$java_home/bin/javac" -nowarn -d "$work/classes" -cp "$classpath" "$root"/releng/benchmarks/src/org/sanad/benchmarks/*.java
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
"$java_home/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$work/classes:$classpath" org.sanad.benchmarks.MigrateBenchmark \
	"$root/seeds" "$work" "$address" "${1:-100000}"
