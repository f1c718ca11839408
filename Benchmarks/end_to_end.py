#!/usr/bin/env python3
"""End-to-end timings: `litmus check` against pytest --doctest-glob on equivalent notes.

    python3 Benchmarks/end_to_end.py [--litmus .build/release/litmus] [--notes 1000] [--runs 5]

1. `litmus check Notes` (the course), median of several runs.
2. A generated corpus of N notes x 20 stated values (Vector arithmetic, softmax, logSumExp,
   cross-entropy, gradients), written twice: as Litmus notes (`swift example` blocks with
   `// =>` values) and as the same examples in doctest form (numpy + scipy, the expected output
   produced by running them), then `litmus check` and `pytest --doctest-glob='*.md'` on each,
   for N notes and for 20 notes. Prints medians and the ratio.

The corpus is written under .build-bench/corpus (regenerated each run, deterministic).
"""
import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from scipy.special import logsumexp, softmax

ROOT = Path(__file__).resolve().parent.parent


def fmt(x):
    return f"{x:.4f}"


def fmt_vector(v):
    return "[" + ", ".join(fmt(x) for x in v) + "]"


def note_pair(index):
    """One note with 20 stated values, as Litmus Markdown and as doctest Markdown."""
    rng = random.Random(index)
    z = np.array([round(rng.uniform(-3, 3), 1) for _ in range(5)])
    w = np.array([round(rng.uniform(-3, 3), 1) for _ in range(5)])
    label = rng.randrange(5)
    zs = "[" + ", ".join(repr(float(x)) for x in z) + "]"
    ws = "[" + ", ".join(repr(float(x)) for x in w) + "]"
    s = softmax(z)
    g = s.copy()
    g[label] -= 1
    # (Litmus statement, numpy expression, stated value)
    checks = [
        ("z.sum()", "z.sum()", fmt(z.sum())),
        ("z.max()", "z.max()", fmt(z.max())),
        ("z.argmax()", "int(z.argmax())", str(int(z.argmax()))),
        ("z.mean()", "z.mean()", fmt(z.mean())),
        ("dot(z, w)", "np.dot(z, w)", fmt(np.dot(z, w))),
        ("softmax(z)", "softmax(z)", fmt_vector(s)),
        ("softmax(w)", "softmax(w)", fmt_vector(softmax(w))),
        ("logSumExp(z)", "logsumexp(z)", fmt(logsumexp(z))),
        ("logSumExp(w)", "logsumexp(w)", fmt(logsumexp(w))),
        ("logSoftmax(z)", "z - logsumexp(z)", fmt_vector(z - logsumexp(z))),
        (f"crossEntropy(logits: z, label: {label})", f"logsumexp(z) - z[{label}]",
         fmt(logsumexp(z) - z[label])),
        (f"crossEntropy(logits: w, label: {label})", f"logsumexp(w) - w[{label}]",
         fmt(logsumexp(w) - w[label])),
        (f"softmaxCrossEntropyGradient(logits: z, label: {label})",
         f"softmax(z) - np.eye(5)[{label}]", fmt_vector(g)),
        ("exp(z)", "np.exp(z)", fmt_vector(np.exp(z))),
        ("z + w", "z + w", fmt_vector(z + w)),
        ("z * w", "z * w", fmt_vector(z * w)),
        ("softmax(z + 100)", "softmax(z + 100)", fmt_vector(softmax(z + 100))),
        ("logSumExp(z + 1000)", "logsumexp(z + 1000)", fmt(logsumexp(z + 1000))),
        ("w.sum()", "w.sum()", fmt(w.sum())),
        ("w.min()", "w.min()", fmt(w.min())),
    ]
    assert len(checks) == 20
    litmus = [f"# Generated note {index}\n", "Twenty stated values.\n", "```swift example",
              f"let z: Vector = {zs}", f"let w: Vector = {ws}"]
    for statement, _, stated in checks:
        litmus += [statement, f"// => {stated}"]
    litmus.append("```\n")
    python = [f"# Generated note {index}\n", "Twenty stated values.\n", "```python",
              ">>> import numpy as np", ">>> from scipy.special import softmax, logsumexp",
              f">>> z = np.array({zs})", f">>> w = np.array({ws})"]
    for _, expression, stated in checks:
        python += [f">>> print(fmt({expression}))", stated]
    python += ["", "```\n"]  # a blank line ends the last expected output
    return "\n".join(litmus), "\n".join(python)


DOCTEST_PRELUDE = '''import numpy as np


def fmt(x):
    x = np.asarray(x, dtype=float)
    if x.ndim == 0:
        return f"{x:.4f}"
    return "[" + ", ".join(f"{v:.4f}" for v in x) + "]"
'''


def write_corpus(root, count):
    if root.exists():
        shutil.rmtree(root)
    (root / "litmus").mkdir(parents=True)
    (root / "pytest").mkdir(parents=True)
    # `fmt` prints like the stated values; integers print as themselves.
    (root / "pytest" / "conftest.py").write_text(
        DOCTEST_PRELUDE + '''

import pytest


@pytest.fixture(autouse=True)
def add_fmt(doctest_namespace):
    def show(x):
        return x if isinstance(x, int) else fmt(x)
    doctest_namespace["fmt"] = show
''')
    for index in range(count):
        litmus, python = note_pair(index)
        (root / "litmus" / f"note{index:04d}.md").write_text(litmus)
        (root / "pytest" / f"note{index:04d}.md").write_text(python)


def timed(command, cwd=ROOT, env=None):
    start = time.perf_counter()
    completed = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    return elapsed, completed


def median_run(command, runs, cwd=ROOT, env=None, expect_ok=True):
    times = []
    for _ in range(runs):
        elapsed, completed = timed(command, cwd, env)
        if expect_ok and completed.returncode != 0:
            sys.stderr.write(completed.stdout[-2000:] + completed.stderr[-2000:])
            raise SystemExit(f"failed ({completed.returncode}): {' '.join(map(str, command))}")
        times.append(elapsed)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--litmus", default=str(ROOT / ".build/release/litmus"))
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    litmus = Path(args.litmus)
    if not litmus.exists():
        raise SystemExit(f"no litmus at {litmus}: run `swift build -c release --product litmus`")
    load = os.getloadavg()[0]
    print(f"end to end ({os.cpu_count()} cores, load {load:.2f}), litmus = {litmus}")
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}

    notes = median_run([litmus, "check", "Notes"], max(args.runs, 9))
    print(f"litmus check Notes: {notes * 1e3:.1f} ms (median of {max(args.runs, 9)})")

    corpus = ROOT / ".build-bench" / "corpus"
    results = {}
    for count in (20, args.notes):
        root = corpus / str(count)
        write_corpus(root, count)
        lit = median_run([litmus, "check", root / "litmus"], args.runs)
        py = median_run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                         "--doctest-glob=*.md", "."], max(1, args.runs // 2 + 1),
                        cwd=root / "pytest", env=env)
        results[count] = (lit, py)
        print(f"{count} notes x 20 stated values: litmus check {lit * 1e3:.0f} ms, "
              f"pytest --doctest-glob {py * 1e3:.0f} ms, {py / lit:.1f}x faster")
    lit, py = results[args.notes]
    print(f"end-to-end {args.notes} notes: {lit:.3f} s litmus, {py:.2f} s pytest, "
          f"{py / lit:.1f}x")


if __name__ == "__main__":
    main()
