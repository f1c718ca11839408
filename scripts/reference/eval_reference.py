#!/usr/bin/env python3
"""Reference values for LitmusEval's differential tests.

Draws random logits (up to magnitude 700, where a naive softmax overflows),
computes softmax, logSumExp, logSoftmax, cross-entropy (single, batch, and
against a target distribution), their gradients and the softmax Jacobian with
numpy in float64 (max-shifted, the numerically stable forms), and writes them
to Tests/LitmusEvalTests/Fixtures/eval_reference.json.

The tests turn each case into an example statement such as
`softmax([…])`, evaluate it with the interpreter and compare.

Usage: python3 scripts/reference/eval_reference.py   (fixed seed; re-run to regenerate)
"""

import json
import os

import numpy as np

SEED = 20261123
rng = np.random.default_rng(SEED)


def logits(n, scale):
    return rng.uniform(-scale, scale, size=n)


def log_sum_exp(z):
    m = np.max(z, axis=-1, keepdims=True)
    return (m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True)))


def softmax(z):
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def one_hot(labels, count):
    y = np.zeros((len(labels), count))
    y[np.arange(len(labels)), labels] = 1
    return y


cases = []
scales = [1.0, 10.0, 100.0, 700.0]
for index in range(48):
    scale = scales[index % len(scales)]
    n = int(rng.integers(2, 8))
    z = logits(n, scale)
    label = int(rng.integers(0, n))
    s = softmax(z)
    lse = float(log_sum_exp(z)[0])
    cases.append({"function": "softmax", "logits": z.tolist(), "expected": s.tolist()})
    cases.append({"function": "logSumExp", "logits": z.tolist(), "expected": lse})
    cases.append({"function": "logSoftmax", "logits": z.tolist(), "expected": (z - lse).tolist()})
    cases.append({
        "function": "crossEntropyLogits", "logits": z.tolist(), "label": label,
        "expected": float(lse - z[label]),
    })
    y = np.zeros(n)
    y[label] = 1
    cases.append({
        "function": "softmaxCrossEntropyGradient", "logits": z.tolist(), "label": label,
        "expected": (s - y).tolist(),
    })
    cases.append({
        "function": "softmaxJacobian", "probabilities": s.tolist(),
        "expected": (np.diag(s) - np.outer(s, s)).tolist(),
    })

    # Batch forms: m rows of logits with integer labels (mean over rows).
    m = int(rng.integers(1, 5))
    batch = np.stack([logits(n, scale) for _ in range(m)])
    labels = [int(v) for v in rng.integers(0, n, size=m)]
    batch_lse = log_sum_exp(batch)[:, 0]
    cases.append({
        "function": "crossEntropyBatch", "logits": batch.tolist(), "labels": labels,
        "expected": float(np.mean(batch_lse - batch[np.arange(m), labels])),
    })
    cases.append({
        "function": "softmaxCrossEntropyGradientBatch", "logits": batch.tolist(), "labels": labels,
        "expected": ((softmax(batch) - one_hot(labels, n)) / m).tolist(),
    })

    # Probabilities against a soft target (strictly positive p, no overflow).
    p = softmax(logits(n, 3.0))
    target = softmax(logits(n, 3.0))
    cases.append({
        "function": "crossEntropyTarget", "probabilities": p.tolist(), "target": target.tolist(),
        "expected": float(-np.sum(target * np.log(p))),
    })
    cases.append({
        "function": "crossEntropyGradient", "probabilities": p.tolist(), "target": target.tolist(),
        "expected": (-target / p).tolist(),
    })

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "..", "Tests", "LitmusEvalTests", "Fixtures", "eval_reference.json")
with open(out, "w") as f:
    json.dump({"seed": SEED, "generator": "scripts/reference/eval_reference.py", "cases": cases},
              f, indent=1)
    f.write("\n")
print(f"wrote {len(cases)} cases to {os.path.normpath(out)}")
