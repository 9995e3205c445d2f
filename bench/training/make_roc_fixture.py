#!/usr/bin/env python3
"""Reference ROC fixtures for org.modalis.training.roc.RocAnalysisTest, made with scikit-learn
(an implementation independent of Modalis): fixed rating sets (5-point confidence scales with many ties,
and continuous scores), their roc_auc_score and the roc_curve points (drop_intermediate=False).

Run: /usr/bin/python3 bench/training/make_roc_fixture.py  (Debian: apt-get install python3-sklearn)
Writes simulator/src/test/resources/training/roc-fixture.txt, one block per data set:
  set NAME
  truth 1 0 1 ...
  score 5 2 4 ...
  auc VALUE
  fpr ...
  tpr ...
"""
import os
import numpy as np
import sklearn
from sklearn.metrics import roc_auc_score, roc_curve

rng = np.random.default_rng(20261124)
sets = []
# A reader with 5-point confidence ratings: lesion-present cases rated higher on average, many ties.
truth = rng.random(40) < 0.5
score = np.clip(np.round(3 + 1.2 * truth + rng.normal(0, 1.1, 40)), 1, 5)
sets.append(("five-point", truth, score))
# Continuous model-observer scores (binormal, d' = 1.5): no ties.
truth = rng.random(60) < 0.4
score = rng.normal(0, 1, 60) + 1.5 * truth
sets.append(("continuous", truth, np.round(score, 6)))
# A worse-than-chance reader and a perfect one (edge cases 0 < AUC < 0.5 and AUC = 1).
sets.append(("inverted", np.array([1, 1, 1, 0, 0, 0, 0], bool), np.array([1, 2, 3, 3, 4, 5, 5], float)))
sets.append(("perfect", np.array([1, 0, 1, 0], bool), np.array([5, 1, 4, 2], float)))

out = os.path.join(os.path.dirname(__file__), "..", "..", "simulator", "src", "test", "resources",
                   "training", "roc-fixture.txt")
with open(out, "w") as f:
    f.write(f"# made by bench/training/make_roc_fixture.py with scikit-learn {sklearn.__version__}\n")
    for name, t, s in sets:
        fpr, tpr, _ = roc_curve(t.astype(int), s, drop_intermediate=False)
        f.write(f"set {name}\n")
        f.write("truth " + " ".join(str(int(v)) for v in t) + "\n")
        f.write("score " + " ".join(repr(float(v)) for v in s) + "\n")
        f.write(f"auc {roc_auc_score(t.astype(int), s)!r}\n")
        f.write("fpr " + " ".join(repr(float(v)) for v in fpr) + "\n")
        f.write("tpr " + " ".join(repr(float(v)) for v in tpr) + "\n")
