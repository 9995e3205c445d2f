#!/bin/sh
# Times scikit-image's iradon against Modalis' FBP on the same 512² × 720-view parallel sinogram.
# Needs Debian's python3-skimage (apt-get install -y python3-skimage) and the Maven repository offline.
# Usage: bench/compare_skimage.sh [size] [views] [iradon_repeats]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${MODALIS_BUILD_DIR:-$ROOT/simulator/target}
WORK=${WORK:-$BUILD/bench-skimage}
mkdir -p "$WORK"
cd "$ROOT"
mvn -o -q -B compile -Dmodalis.build.dir="$BUILD"
mvn -o -q -B -pl simulator dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmodalis.build.dir="$BUILD"
CLASSPATH="$BUILD/classes:$(cat "$WORK/cp.txt")"
export CLASSPATH
/usr/bin/python3 "$ROOT/bench/compare_skimage.py" --work "$WORK" --size "${1:-512}" --views "${2:-720}" --iradon-repeats "${3:-3}"
