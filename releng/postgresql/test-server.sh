#!/usr/bin/env bash
# A throw-away PostgreSQL server for Sanad's tests and benchmarks, from Debian's packages.
#   test-server.sh start DIR   makes a cluster in DIR (a new folder), starts it on a free loopback
#                              port and prints its address, postgresql://USER@127.0.0.1:PORT/postgres
#   test-server.sh stop DIR    stops it (the caller removes DIR)
# As root it installs the packages when missing and runs the server as the postgres user (PostgreSQL
# refuses to run as root); otherwise it runs the server as the caller. Exit code 3: no PostgreSQL here.
set -euo pipefail

command=${1:?usage: test-server.sh start|stop DIR}
dir=${2:?usage: test-server.sh start|stop DIR}

find_bin() {
	local found
	found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
	[[ -n "$found" && -x "$found/initdb" ]] && echo "$found"
}

as_owner() {
	if [[ $(id -u) -eq 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

case "$command" in
start)
	bin=$(find_bin || true)
	if [[ -z "$bin" && $(id -u) -eq 0 ]]; then
		echo "test-server: installing postgresql" >&2
		apt-get update -qq >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1 || true
		bin=$(find_bin || true)
	fi
	if [[ -z "$bin" ]]; then
		echo "test-server: no PostgreSQL here (apt-get install postgresql as root)" >&2
		exit 3
	fi
	mkdir -p "$dir"
	user=$(id -un)
	if [[ $(id -u) -eq 0 ]]; then
		chown postgres "$dir"
		user=postgres
	fi
	as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
		|| { cat "$dir/initdb.log" >&2; exit 1; }
	if command -v python3 >/dev/null; then
		port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	else
		port=$(shuf -i 20000-59999 -n 1)
	fi
	as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >&2 \
		|| { cat "$dir/server.log" >&2; exit 1; }
	echo "postgresql://$user@127.0.0.1:$port/postgres"
	;;
stop)
	bin=$(find_bin || true)
	if [[ -n "$bin" && -f "$dir/data/postmaster.pid" ]]; then
		as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
	fi
	;;
*)
	echo "usage: test-server.sh start|stop DIR" >&2
	exit 2
	;;
esac
