# Sourced by the benchmark scripts that need PostgreSQL: sets $address to the given one or, when
# none is given, starts a throw-away server (releng/postgresql/test-server.sh) and stops it on exit.
#   bench_postgresql ROOT [ADDRESS]
bench_postgresql() {
	local root=$1
	address=${2:-}
	if [[ -z "$address" ]]; then
		bench_pg_cluster=$(mktemp -d /tmp/sanad-bench-pg.XXXXXX)
		chmod 755 "$bench_pg_cluster"
		address=$("$root/releng/postgresql/test-server.sh" start "$bench_pg_cluster/cluster")
		trap '"$root/releng/postgresql/test-server.sh" stop "$bench_pg_cluster/cluster"; rm -rf "$bench_pg_cluster"' EXIT
	fi
}
