#!/usr/bin/env bash
# Start-up benchmark of the built product (run ./sanad or ./test once first):
#   1. `sanad version`, headless, end to end (script, JVM, OSGi, command, exit);
#   2. the workbench, from starting the script to its first window being up (the self-check
#      add-on's APP_STARTUP_COMPLETE time stamp), under Xvfb when there is no display.
# Usage: releng/benchmarks/startup.sh [RUNS]   (default 10; the first run of each is a warm-up)
# Prints a Markdown table for docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
product="$root/releng/org.sanad.product/target/products/org.sanad.product/linux/gtk/x86_64/sanad"
runs=${1:-10}
[[ -x "$product/sanad" ]] || { echo "startup.sh: no product at $product; run ./sanad --help first" >&2; exit 1; }
if [[ -z "${DISPLAY:-}" ]]; then
	exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

stats() { # reads numbers, prints "median p90 min max"
	sort -n | awk '{ v[NR] = $1 } END { printf "%d %d %d %d\n", v[int((NR + 1) / 2)], v[int(NR * 0.9 + 0.5)], v[1], v[NR] }'
}

headless() {
	local start
	"$product/sanad" --data "$work/data" version >/dev/null 2>&1 # warm-up: OSGi cache and CDS archive
	for ((i = 0; i < runs; i++)); do
		start=$(now_ms)
		"$product/sanad" --data "$work/data" version >/dev/null 2>&1
		echo $(( $(now_ms) - start ))
	done
}

workbench() {
	local start shown
	for ((i = 0; i <= runs; i++)); do
		rm -rf "$work/check"
		start=$(now_ms)
		SANAD_JAVA_OPTS="-Dsanad.selfcheck=$work/check" "$product/sanad" --data "$work/data" >/dev/null 2>&1
		shown=$(sed -n 's/^startup.epochMillis=//p' "$work/check/selfcheck.properties")
		(( i > 0 )) && echo $(( shown - start )) # run 0 is the warm-up
	done
}

read -r h_med h_p90 h_min h_max < <(headless | stats)
read -r w_med w_p90 w_min w_max < <(workbench | stats)
echo "| start-up ($runs runs after a warm-up) | median | p90 | min | max | goal |"
echo "|---|---|---|---|---|---|"
echo "| \`sanad version\`, end to end | $h_med ms | $h_p90 ms | $h_min ms | $h_max ms | < 1000 ms |"
echo "| workbench to its first window | $w_med ms | $w_p90 ms | $w_min ms | $w_max ms | < 2000 ms |"
