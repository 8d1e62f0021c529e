#!/usr/bin/env bash
# Curation editor benchmark (issue: opening the curation editor on the 1 MB / 20,000-annotation
# document with 3 annotators' sets in at most 500 ms to first paint).
#   releng/benchmarks/curation.sh [RUNS]          default: 5 starts of the workbench
# Prepares a data folder once ($BENCH_WORK or /tmp/sanad-bench, folder curation-data): the editor
# benchmark's document with three sets (bench, bob, cat; one label in six differs). Each run starts
# the built product on a fresh copy of it (so every run is a first opening, with its merge of the
# unanimous units) under the display (Xvfb when there is none), opens the document, then the
# curation editor. The editor measures itself: open = from the part's creation to the first paint
# of the text; load = until the units are shown (three sets and the gold set read, the unanimous
# units merged and stored, the table filled). Prints a Markdown table row for docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
# shellcheck source=../../features/org.sanad.core.feature/rootfiles/lib/find-java.sh
source "$root/features/org.sanad.core.feature/rootfiles/lib/find-java.sh"
# shellcheck source=test-support.sh
source "$root/releng/benchmarks/test-support.sh"
java_home=$(sanad_find_java)
product="$root/releng/org.sanad.product/target/products/org.sanad.product/linux/gtk/x86_64/sanad"
[[ -d "$product/plugins" ]] || { echo "curation.sh: no product at $product; run ./sanad --help first" >&2; exit 1; }
support=$(sanad_test_support_option "$product")
runs=${1:-5}
work=${BENCH_WORK:-/tmp/sanad-bench}
prepared="$work/curation-data"
data="$work/curation-run"
mkdir -p "$work/classes"
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
"$java_home/bin/javac" -nowarn -d "$work/classes" -cp "$classpath" "$root"/releng/benchmarks/src/org/sanad/benchmarks/*.java
"$java_home/bin/java" -cp "$work/classes:$classpath" org.sanad.benchmarks.EditorCorpus "$root/seeds" "$prepared" \
	bench,bob,cat

script="$work/curation.script"
cat >"$script" <<'STEPS'
await explorer.tree
open-item explorer.tree Long document (1 MB)
await editor.text
pause 3000
command org.sanad.ui.curation.command.curate
await curation.units
await-text curation.status disagreements left
pause 1000
report curation-report.properties
STEPS

display=()
[[ -n "${DISPLAY:-}" ]] || display=(xvfb-run -a -s "-screen 0 1280x1024x24")
opens=()
loads=()
for run in $(seq 1 "$runs"); do
	rm -rf "$data" "$work/curation-report.properties" "$work/script-failed.txt"
	cp -r "$prepared" "$data"
	rm -rf "$data/workbench"
	SANAD_DATA="$data" SANAD_JAVA_OPTS="-Dsanad.annotator=curator -Dsanad.script=$script $support" \
		"${display[@]}" "$product/sanad" >/dev/null 2>&1 || true
	if [[ -f "$work/script-failed.txt" ]]; then
		cat "$work/script-failed.txt" >&2
		exit 1
	fi
	open=$(sed -n 's/^sanad.bench.curationOpenMillis=//p' "$work/curation-report.properties")
	load=$(sed -n 's/^sanad.bench.curationLoadMillis=//p' "$work/curation-report.properties")
	[[ -n "$open" && "$open" != 0 ]] || { echo "curation.sh: run $run reported no open time" >&2; exit 1; }
	echo "run $run: open ${open} ms, load ${load} ms" >&2
	opens+=("$open")
	loads+=("$load")
done
# shellcheck disable=SC2048,SC2086 # word splitting of the collected numbers is intended
median() { printf '%s\n' $* | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "| curation editor, 1 MB, 3 x 20,000 annotations | $runs | $(median "${opens[*]}") ms ($(printf '%s\n' "${opens[@]}" | sort -g | head -1)–$(printf '%s\n' "${opens[@]}" | sort -g | tail -1)) | $(median "${loads[*]}") ms |"
