#!/usr/bin/env bash
# PostgreSQL store benchmark: import of N documents into a store on PostgreSQL beside a raw COPY of
# the same texts into one table (issue: within 1.5x), and listing pages of a project of LISTING-N.
#   releng/benchmarks/postgresql.sh [ADDRESS] [N] [LISTING-N]   default: a throw-away server, 100000, N
# ADDRESS is postgresql://USER@HOST:PORT/DB (its password, if any, from SANAD_STORE_PASSWORD); without
# one, releng/postgresql/test-server.sh starts a server for the run and stops it afterwards. Runs
# against the built product's bundle jars on a plain class path. Work files go to $BENCH_WORK or
# /tmp/sanad-bench. Prints Markdown tables for docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
# shellcheck source=../../features/org.sanad.core.feature/rootfiles/lib/find-java.sh
source "$root/features/org.sanad.core.feature/rootfiles/lib/find-java.sh"
java_home=$(sanad_find_java)
product="$root/releng/org.sanad.product/target/products/org.sanad.product/linux/gtk/x86_64/sanad"
[[ -d "$product/plugins" ]] || { echo "postgresql.sh: no product at $product; run ./sanad --help first" >&2; exit 1; }
work=${BENCH_WORK:-/tmp/sanad-bench}
mkdir -p "$work/classes"
# shellcheck source=postgresql-server.sh
source "$root/releng/benchmarks/postgresql-server.sh"
bench_postgresql "$root" "${1:-}"
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
"$java_home/bin/javac" -nowarn -d "$work/classes" -cp "$classpath" "$root"/releng/benchmarks/src/org/sanad/benchmarks/*.java
n=${2:-100000}
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
"$java_home/bin/java" -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "$work/classes:$classpath" org.sanad.benchmarks.PostgreSQLBenchmark \
	"$root/seeds" "$work" "$address" "$n" "${3:-$n}"
