#!/usr/bin/env bash
# Editor benchmark (issue: a 1 MB Arabic document with 20,000 annotations opens in at most 300 ms;
# applying a label takes at most 16 ms of UI-thread time).
#   releng/benchmarks/editor.sh [RUNS]          default: 5 starts of the workbench
# Prepares a data folder once ($BENCH_WORK or /tmp/sanad-bench, folder editor-data), then starts the
# built product RUNS times under the display (Xvfb when there is none) with a UI script that opens
# the document and labels 60 words by key (selecting each, pausing 100 ms, then the key). The
# editor measures itself: load = from the part's creation until document and annotations are
# loaded (off the UI thread); open = until the first
# paint of the text; label = the key's UI-thread time (the edit, the outline, the repaint request);
# label until painted = the UI thread's CPU time from the key until the text is painted after it.
# The first 10 keys of a run (cold code) and the rest (warm) are reported apart.
# Prints a Markdown table for docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
# shellcheck source=../../features/org.sanad.core.feature/rootfiles/lib/find-java.sh
source "$root/features/org.sanad.core.feature/rootfiles/lib/find-java.sh"
# shellcheck source=test-support.sh
source "$root/releng/benchmarks/test-support.sh"
java_home=$(sanad_find_java)
product="$root/releng/org.sanad.product/target/products/org.sanad.product/linux/gtk/x86_64/sanad"
[[ -d "$product/plugins" ]] || { echo "editor.sh: no product at $product; run ./sanad --help first" >&2; exit 1; }
support=$(sanad_test_support_option "$product")
runs=${1:-5}
keys=${EDITOR_KEYS:-60} # label keys per start; EDITOR_KEYS=200 for a longer, warmer run
work=${BENCH_WORK:-/tmp/sanad-bench}
data="$work/editor-data"
mkdir -p "$work/classes"
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
"$java_home/bin/javac" -nowarn -d "$work/classes" -cp "$classpath" "$root"/releng/benchmarks/src/org/sanad/benchmarks/*.java
"$java_home/bin/java" -cp "$work/classes:$classpath" org.sanad.benchmarks.EditorCorpus "$root/seeds" "$data" bench

script="$work/editor.script"
{
	echo "await explorer.tree"
	echo "open-item explorer.tree Long document (1 MB)"
	echo "await editor.text"
	echo "pause 1500"
	for i in $(seq 1 "$keys"); do
		echo "select editor.text الولايات $((i * 2))"
		# as a person does: the selection is on screen (scrolled to and painted) before the key
		echo "pause 100"
		echo "key 3"
	done
	echo "pause 500"
	echo "report editor-report.properties"
} >"$script"

display=()
[[ -n "${DISPLAY:-}" ]] || display=(xvfb-run -a -s "-screen 0 1280x1024x24")
opens=()
loads=()
cold=()
warm=()
warmCpu=()
warmPainted=()
for run in $(seq 1 "$runs"); do
	rm -f "$work/editor-report.properties" "$work/script-failed.txt"
	# no saved window layout: otherwise the last run's editor is restored at start-up, before the
	# store is even open, and the run no longer measures opening from the explorer
	rm -rf "$data/workbench"
	SANAD_DATA="$data" SANAD_JAVA_OPTS="-Dsanad.annotator=bench -Dsanad.script=$script $support" \
		"${display[@]}" "$product/sanad" >/dev/null 2>&1 || true
	if [[ -f "$work/script-failed.txt" ]]; then
		cat "$work/script-failed.txt" >&2
		exit 1
	fi
	open=$(sed -n 's/^sanad.bench.openMillis=//p' "$work/editor-report.properties")
	load=$(sed -n 's/^sanad.bench.loadMillis=//p' "$work/editor-report.properties")
	key=$(sed -n 's/^sanad.bench.keyMillis=//p' "$work/editor-report.properties")
	cpu=$(sed -n 's/^sanad.bench.keyCpuMillis=//p' "$work/editor-report.properties")
	painted=$(sed -n 's/^sanad.bench.keyPaintedCpuMillis=//p' "$work/editor-report.properties")
	echo "run $run: load ${load} ms, open ${open} ms; label keys (ms): ${key}" >&2
	opens+=("$open")
	loads+=("$load")
	cold+=("$(echo "$key" | tr ',' '\n' | head -10 | tr '\n' ' ')")
	warm+=("$(echo "$key" | tr ',' '\n' | tail -n +11 | tr '\n' ' ')")
	warmCpu+=("$(echo "$cpu" | tr ',' '\n' | tail -n +11 | tr '\n' ' ')")
	warmPainted+=("$(echo "$painted" | tr ',' '\n' | tail -n +11 | tr '\n' ' ')")
done

# shellcheck disable=SC2048,SC2086 # word splitting of the collected numbers is intended
stats() { printf '%s\n' $* | sort -g | awk '{ a[NR] = $1 } END { printf "%s | %s | %s", a[int((NR + 1) / 2)], a[int(NR * 0.95 + 0.999)], a[NR] }'; }
echo
echo "| Measure (${runs} starts) | median | p95 | max |"
echo "|---|---|---|---|"
echo "| Load 1 MB + 20,000 annotations, off the UI thread (ms) | $(stats "${loads[*]}") |"
echo "| Open: first paint of the text (ms) | $(stats "${opens[*]}") |"
echo "| Label key, first 10 of a run (ms, UI thread) | $(stats "${cold[*]}") |"
echo "| Label key, keys 11-${keys} (ms, UI thread) | $(stats "${warm[*]}") |"
echo "| Label key, keys 11-${keys}, CPU time of the UI thread (ms) | $(stats "${warmCpu[*]}") |"
echo "| Label key until painted, keys 11-${keys}, CPU time of the UI thread (ms) | $(stats "${warmPainted[*]}") |"
