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
# shellcheck source=test-support.sh
source "$root/releng/benchmarks/test-support.sh"
support=$(sanad_test_support_option "$product") # the self-check add-on, left out of the product
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
		# an annotator named: otherwise the first start asks "Who is annotating?" and waits for a person
		SANAD_JAVA_OPTS="-Dsanad.annotator=bench -Dsanad.selfcheck=$work/check $support" timeout 120 "$product/sanad" \
			--data "$work/data" >/dev/null 2>&1 || true
		shown=$(sed -n 's/^startup.epochMillis=//p' "$work/check/selfcheck.properties" 2>/dev/null || true)
		if [[ -z "$shown" ]] || (( shown <= start )); then
			echo "startup.sh: the workbench reported no start-up time (run $i); see $work/data" >&2
			trap - EXIT
			exit 1
		fi
		(( i > 0 )) && echo $(( shown - start )) # run 0 is the warm-up
	done
}

headless >"$work/headless.ms"
workbench >"$work/workbench.ms"
read -r h_med h_p90 h_min h_max < <(stats <"$work/headless.ms")
read -r w_med w_p90 w_min w_max < <(stats <"$work/workbench.ms")
echo "| start-up ($runs runs after a warm-up) | median | p90 | min | max | goal |"
echo "|---|---|---|---|---|---|"
echo "| \`sanad version\`, end to end | $h_med ms | $h_p90 ms | $h_min ms | $h_max ms | < 1000 ms |"
echo "| workbench to its first window | $w_med ms | $w_p90 ms | $w_min ms | $w_max ms | < 2000 ms |"
