#!/usr/bin/env python3
"""A simulated reader for demonstrating 'modalis exercise score' (the picture in docs/training.md): it rates
each case from the NPW model observer's statistic in the answer key plus Gaussian internal noise (a human
reader is less efficient than the observer), binned to the 1-5 confidence scale. It reads the key, so it is
a demonstration only, never a way to answer an exercise.

Usage: /usr/bin/python3 bench/training/simulated_reader.py EXERCISE_DIR ANSWERS.csv [internal_noise]
"""
import csv
import statistics
import sys
import random

exercise, out = sys.argv[1], sys.argv[2]
internal = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
rows = list(csv.DictReader(open(f"{exercise}/key/answer-key.csv")))
rng = random.Random(20261124)
# noise scale of the statistic per dose level, from the lesion-absent cases
scale = {}
for level in {r.get("dose_value", "") for r in rows}:
    absent = [float(r["npw_t"]) for r in rows if r.get("dose_value", "") == level and r["present"] == "0"]
    scale[level] = statistics.pstdev(absent) if len(absent) > 1 and statistics.pstdev(absent) > 0 else 1.0
with open(out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["case", "confidence"])
    for r in rows:
        z = float(r["npw_t"]) / scale[r.get("dose_value", "")] + rng.gauss(0, internal)
        w.writerow([r["case"], 1 + sum(z > t for t in (-0.5, 0.5, 1.5, 2.5))])
