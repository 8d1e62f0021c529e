# shellcheck shell=bash
# Sourced by the workbench benchmarks: the UI scripts, the self-check and the key timings live in
# the test-support bundle (bundles/org.sanad.ui.testsupport), which the product leaves out.
# sanad_test_support_option PRODUCT prints the JVM option that starts PRODUCT's workbench with it:
# a copy of the product's bundles.info with one more line, beside the product folder.
sanad_test_support_option() {
	local product=$1 root jar version copy
	root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
	jar=$(find "$root/bundles/org.sanad.ui.testsupport/target" -maxdepth 1 -name 'org.sanad.ui.testsupport-*.jar' \
		! -name '*sources*' | head -1)
	[[ -n "$jar" ]] || { echo "no built test-support bundle: run ./mvnw install first" >&2; return 1; }
	version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Bundle-Version: //p' | tr -d '\r')
	copy="$product.test-support.bundles.info"
	# locations made absolute: the copy lives outside the configuration they are relative to
	awk -v base="file:$product/" -F, 'BEGIN { OFS = "," } /^#/ { print; next } NF >= 5 {
		if ($3 !~ /:/) $3 = base $3; print }' \
		"$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" >"$copy"
	echo "org.sanad.ui.testsupport,$version,file:$jar,4,false" >>"$copy"
	echo "-Dorg.eclipse.equinox.simpleconfigurator.configUrl=file:$copy"
}
