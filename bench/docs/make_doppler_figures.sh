#!/usr/bin/env bash
# Regenerates the pictures of docs/ultrasound-doppler.md (docs/images/ultrasound-doppler/*.png):
#   bash bench/docs/make_doppler_figures.sh
# Builds the simulator's classes offline, then runs make_doppler_figures.java as a single-file program.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${MODALIS_BUILD_DIR:-simulator/target}
mvn -o -q -B compile -Dmodalis.build.dir="$PWD/$build"
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
(cd simulator && mvn -o -q -B dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmodalis.build.dir="$PWD/../$build" > /dev/null)
java -cp "$build/classes:$(cat "$cp_file")" bench/docs/make_doppler_figures.java
