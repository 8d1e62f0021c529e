# Sourced by Sanad's scripts: prints the home of a Java 21+ runtime, or explains and fails.
# Order: $JAVA_HOME if it is 21 or newer, else the newest 21+ JDK under /usr/lib/jvm (Debian's
# place) or /Library/Java/JavaVirtualMachines (macOS), else the `java` on PATH if it is 21+.

sanad_java_major() { # $1 = a Java home; prints its feature version, 0 if unknown
	local release="$1/release" version
	if [[ -r "$release" ]]; then
		version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
	elif [[ -x "$1/bin/java" ]]; then
		version=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
	fi
	echo "${version:-0}"
}

sanad_find_java() {
	local home major best="" best_major=0
	if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
		major=$(sanad_java_major "$JAVA_HOME")
		if (( major >= 21 )); then
			echo "$JAVA_HOME"
			return 0
		fi
		echo "sanad: JAVA_HOME is Java $major; Sanad needs 21 or newer, looking elsewhere" >&2
	fi
	for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
		[[ -x "$home/bin/java" ]] || continue
		major=$(sanad_java_major "$home")
		if (( major >= 21 && major > best_major )); then
			best=$home
			best_major=$major
		fi
	done
	if [[ -z "$best" ]] && command -v java >/dev/null; then
		home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
		(( $(sanad_java_major "$home") >= 21 )) && best=$home
	fi
	if [[ -z "$best" ]]; then
		echo "sanad: no Java 21 or newer found (JAVA_HOME, /usr/lib/jvm, PATH). Install a JDK 21+ and set JAVA_HOME." >&2
		return 1
	fi
	echo "$best"
}
