#!/usr/bin/env bash
# An adopter's view of the library: a project outside the build that depends on dev.khabar:khabar (as installed by
# `mvn -B install -DskipTests` at the root) must resolve at most 10 jars and 30 MB, compile as a module with
# `import dev.khabar.*; import java.time.*;`, extract on the module path, and see no package of dev.khabar but the
# exported ones. Arguments go to Maven (-o for offline). Run from anywhere: khabar-core/src/it/consumer/check.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$here/pom.xml" "$here/src" "$here/probe" "$work/"
cd "$work"
fail() { echo "consumer check: $*" >&2; exit 1; }

mvn -B -q -Dstyle.color=never "$@" -Dkhabar.version="$version" dependency:build-classpath -Dmdep.outputFile=classpath.txt
{ tr ':' '\n' < classpath.txt; echo; } | grep -v '^$' > jars.txt
jars=$(wc -l < jars.txt)
bytes=$(xargs du -cb < jars.txt | tail -n 1 | cut -f 1)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "consumer check: dev.khabar:khabar:$version resolves $jars jars, $mb MB"
sed 's:.*/::' jars.txt | sed 's/^/  /'
[ "$jars" -le 10 ] || fail "more than 10 jars"
[ "$bytes" -le 30000000 ] || fail "more than 30 MB"

exports=$(jar --describe-module --file "$(grep '/khabar-[^/]*\.jar$' jars.txt)" | sed -n 's/^exports //p' | sort | tr '\n' ' ')
echo "consumer check: module dev.khabar exports $exports"
[ "$exports" = "dev.khabar dev.khabar.json " ] || fail "the module should export dev.khabar and dev.khabar.json only"

mvn -B -q -Dstyle.color=never "$@" -Dkhabar.version="$version" compile
if javac -d probe-classes -p "$(cat classpath.txt)" src/main/java/module-info.java probe/demo/Internal.java \
    > probe.log 2>&1; then
  fail "an internal package of dev.khabar is visible from the module path"
fi
grep -q 'package dev.khabar.normalize is not visible' probe.log || { cat probe.log >&2; fail "unexpected javac error"; }
echo "consumer check: dev.khabar.normalize is not visible from the module path"

java -p "target/classes:$(cat classpath.txt)" -m demo.consumer/demo.Consumer \
    "$root/testdata/seed.txt" "$root/testdata/sample.jsonl"
echo "consumer check: passed"
