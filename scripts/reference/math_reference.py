#!/usr/bin/env python3
"""Reference values for LitmusMath, computed independently with numpy/scipy.

Writes Tests/LitmusMathTests/Fixtures/math_reference.json. Re-run after changing the cases:

    python3 scripts/reference/math_reference.py

logSumExp, logSoftmax and the fused cross-entropy are computed with mpmath at 50 significant
digits and rounded once to double, so they test accuracy near 0 (logSumExp([0, -40]) is
4.25e-18, where log(Σ exp) gives 0). Non-finite numbers are written as the strings "nan",
"inf" and "-inf" (JSON has no literal for them). The random cases use a fixed seed, so the
output is deterministic.
"""

import json
import math
import pathlib

import mpmath
import numpy as np
from scipy.special import logsumexp, log_softmax, softmax, xlogy

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "Tests" / "LitmusMathTests" / "Fixtures" / "math_reference.json"

rng = np.random.default_rng(20261123)
mpmath.mp.dps = 50


def mp_logsumexp(v):
    """log Σ exp(vᵢ) in 50-digit arithmetic, as an mpf (−∞ for empty or all −∞)."""
    terms = [mpmath.exp(mpmath.mpf(float(x))) for x in v]
    total = mpmath.fsum(terms)
    return mpmath.log(total) if total > 0 else mpmath.mpf("-inf")


def mp_float(x):
    return float(x)


def precise_logsumexp(v):
    return mp_float(mp_logsumexp(v))


def precise_log_softmax(v):
    lse = mp_logsumexp(v)
    return np.array([mp_float(mpmath.mpf(float(x)) - lse) for x in v])


def precise_cross_entropy(z, label):
    return mp_logsumexp(z) - mpmath.mpf(float(z[label]))


def enc(value):
    """numpy values → JSON-safe Python values (non-finite numbers as strings)."""
    if isinstance(value, np.ndarray):
        return [enc(v) for v in value.tolist()]
    if isinstance(value, (list, tuple)):
        return [enc(v) for v in value]
    if isinstance(value, (float, np.floating)):
        value = float(value)
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return value
    if isinstance(value, (int, np.integer)):
        return int(value)
    return value


def rand(*shape, scale=1.0):
    return rng.normal(size=shape) * scale


# The seed example (softmax derivative, part 3): a softmax output and the layer's input.
SEED_PROBABILITIES = np.array([0.19091352, 0.20353145, 0.21698333, 0.23132428, 0.15724743])
SEED_INPUT = np.array([0.1, 0.5, 0.4])

VECTORS = [
    np.array([3.0, 3.0, 4.0]),
    np.array([1.0, 2.0, 3.0, 4.0, 1.0, 2.0, 3.0]),
    np.array([-10.0, -1.0, 1000.0]),
    np.array([700.0, -700.0, 0.0, 699.0]),
    np.array([-700.0, -701.0, -699.5]),
    np.array([0.0]),
    np.array([0.0, -40.0]),
    np.array([1000.0, 960.0, 900.0]),
    rand(6),
    rand(10, scale=20.0),
]

MATRICES = [
    np.array([[1.0, 2.0, 3.0], [1000.0, 0.0, -1000.0]]),
    np.array([[700.0, -700.0], [-3.0, 5.0], [0.0, 0.0]]),
    rand(4, 5, scale=3.0),
]

cases = {}

with np.errstate(all="ignore"):
    cases["softmax"] = [{"input": enc(v), "output": enc(softmax(v))} for v in VECTORS]
    cases["naiveSoftmax"] = [
        {"input": enc(v), "output": enc(np.exp(v) / np.sum(np.exp(v)))} for v in VECTORS
    ]
    cases["logSumExp"] = [{"input": enc(v), "output": enc(precise_logsumexp(v))} for v in VECTORS]
    cases["logSoftmax"] = [
        {"input": enc(v), "output": enc(precise_log_softmax(v))} for v in VECTORS
    ]
    cases["softmaxMatrix"] = [
        {"input": enc(m), "output": enc(softmax(m, axis=1))} for m in MATRICES
    ]
    cases["logSumExpMatrix"] = [
        {"input": enc(m), "output": enc([precise_logsumexp(row) for row in m])} for m in MATRICES
    ]
    cases["logSoftmaxMatrix"] = [
        {"input": enc(m), "output": enc(np.array([precise_log_softmax(row) for row in m]))}
        for m in MATRICES
    ]
    cases["exp"] = [{"input": enc(v), "output": enc(np.exp(v))} for v in VECTORS]
    logs = [np.array([1.0, 0.5, 2.0, 1e-300, 1e300]), np.abs(rand(5)) + 0.01]
    cases["log"] = [{"input": enc(v), "output": enc(np.log(v))} for v in logs]
    cases["relu"] = [{"input": enc(v), "output": enc(np.maximum(v, 0.0))} for v in VECTORS]
    cases["clip"] = [
        {
            "input": enc(v),
            "lower": 1e-7,
            "upper": 1 - 1e-7,
            "output": enc(np.clip(v, 1e-7, 1 - 1e-7)),
        }
        for v in [np.array([0.0, 0.5, 1.0, -3.0, 2.0]), softmax(rand(6, scale=30.0))]
    ]

    pairs = [(rand(4), rand(4)), (rand(7, scale=5.0), rand(7))]
    cases["dot"] = [{"a": enc(a), "b": enc(b), "output": enc(np.dot(a, b))} for a, b in pairs]
    cases["outer"] = [
        {"a": enc(a), "b": enc(b), "output": enc(np.outer(a, b))}
        for a, b in [(rand(3), rand(5)), (rand(1), rand(2))]
    ]
    cases["matmul"] = [
        {"a": enc(a), "b": enc(b), "output": enc(a @ b)}
        for a, b in [(rand(2, 3), rand(3, 4)), (rand(5, 1), rand(1, 3)), (rand(4, 4), rand(4, 4))]
    ]
    cases["matmulVector"] = [
        {"a": enc(a), "v": enc(v), "output": enc(a @ v)}
        for a, v in [(rand(2, 3), rand(3)), (rand(4, 6), rand(6))]
    ]

    # Cross-entropy of probabilities: −Σ y log p with 0·log 0 = 0 (scipy's xlogy).
    prob_cases = []
    for v, label in [(VECTORS[0], 2), (VECTORS[8], 4), (VECTORS[3], 1), (VECTORS[9], 3)]:
        p = softmax(v)
        y = np.eye(len(v))[label]
        prob_cases.append((p, y, label))
    soft_p = softmax(rand(5))
    soft_y = softmax(rand(5))
    cases["crossEntropyProbabilities"] = [
        {"p": enc(p), "y": enc(y), "output": enc(-np.sum(xlogy(y, p)))}
        for p, y, _ in prob_cases + [(soft_p, soft_y, None)]
    ]
    cases["crossEntropyLabel"] = [
        {"p": enc(p), "label": label, "output": enc(-np.log(p[label]))}
        for p, _, label in prob_cases
    ]
    logit_cases = [
        (VECTORS[0], 2),
        (VECTORS[2], 0),
        (VECTORS[2], 2),
        (VECTORS[3], 1),
        (VECTORS[4], 2),
        (VECTORS[8], 5),
        (VECTORS[9], 0),
        (VECTORS[6], 0),
        (VECTORS[7], 0),
        (VECTORS[7], 1),
    ]
    cases["crossEntropyLogits"] = [
        {
            "logits": enc(z),
            "label": label,
            "output": enc(mp_float(precise_cross_entropy(z, label))),
        }
        for z, label in logit_cases
    ]
    cases["softmaxCrossEntropyGradient"] = [
        {
            "logits": enc(z),
            "label": label,
            "output": enc(softmax(z) - np.eye(len(z))[label]),
        }
        for z, label in logit_cases
    ]
    batch_cases = [
        (MATRICES[0], [2, 0]),
        (MATRICES[1], [1, 1, 0]),
        (MATRICES[2], [0, 4, 2, 2]),
    ]
    cases["crossEntropyLogitsBatch"] = [
        {
            "logits": enc(z),
            "labels": labels,
            "output": enc(
                mp_float(
                    mpmath.fsum(precise_cross_entropy(row, y) for row, y in zip(z, labels))
                    / len(labels)
                )
            ),
        }
        for z, labels in batch_cases
    ]
    cases["softmaxCrossEntropyGradientBatch"] = [
        {
            "logits": enc(z),
            "labels": labels,
            "output": enc((softmax(z, axis=1) - np.eye(z.shape[1])[labels]) / z.shape[0]),
        }
        for z, labels in batch_cases
    ]
    prob_matrix = softmax(rand(3, 4), axis=1)
    target_matrix = np.eye(4)[[1, 3, 0]]
    soft_target_matrix = softmax(rand(3, 4), axis=1)
    cases["crossEntropyMatrix"] = [
        {
            "p": enc(prob_matrix),
            "y": enc(y),
            "output": enc(np.mean(-np.sum(xlogy(y, prob_matrix), axis=1))),
        }
        for y in [target_matrix, soft_target_matrix]
    ]
    cases["softmaxJacobian"] = [
        {"s": enc(s), "output": enc(np.diag(s) - np.outer(s, s))}
        for s in [softmax(VECTORS[0]), softmax(VECTORS[6]), SEED_PROBABILITIES]
    ]
    cases["crossEntropyGradient"] = [
        {"p": enc(p), "y": enc(y), "output": enc(-y / p)}
        for p, y, _ in prob_cases + [(soft_p, soft_y, None)]
    ]
    cases["linearWeightGradient"] = [
        {"input": enc(x), "outputGradient": enc(g), "output": enc(np.outer(x, g))}
        for x, g in [(SEED_INPUT, softmax(rand(5)) - np.eye(5)[2]), (rand(4), rand(3))]
    ]
    cases["linearWeightGradientBatch"] = [
        {"input": enc(x), "outputGradient": enc(g), "output": enc(x.T @ g)}
        for x, g in [(rand(4, 3), rand(4, 5)), (rand(2, 6), rand(2, 2))]
    ]

    # CS231n two-layer network: scores = relu(X W1 + b1) W2 + b2, mean softmax loss.
    networks = []
    for n, d, h, c in [(5, 4, 10, 3), (3, 2, 4, 5)]:
        w1, b1 = rand(d, h, scale=0.5), rand(h, scale=0.1)
        w2, b2 = rand(h, c, scale=0.5), rand(c, scale=0.1)
        x = rand(n, d, scale=2.0)
        labels = rng.integers(0, c, size=n).tolist()
        pre = x @ w1 + b1
        hidden = np.maximum(pre, 0)
        scores = hidden @ w2 + b2
        loss = np.mean(logsumexp(scores, axis=1) - scores[np.arange(n), labels])
        dscores = (softmax(scores, axis=1) - np.eye(c)[labels]) / n
        dw2 = hidden.T @ dscores
        db2 = dscores.sum(axis=0)
        dhidden = dscores @ w2.T
        dhidden[pre <= 0] = 0
        dw1 = x.T @ dhidden
        db1 = dhidden.sum(axis=0)
        networks.append(
            {
                "w1": enc(w1), "b1": enc(b1), "w2": enc(w2), "b2": enc(b2),
                "x": enc(x), "labels": labels,
                "scores": enc(scores), "loss": enc(loss),
                "gradients": {"w1": enc(dw1), "b1": enc(db1), "w2": enc(dw2), "b2": enc(db2)},
            }
        )
    cases["twoLayerNetwork"] = networks

OUTPUT.parent.mkdir(parents=True, exist_ok=True)
OUTPUT.write_text(json.dumps(cases, indent=1, sort_keys=True) + "\n")
print(f"wrote {OUTPUT.relative_to(ROOT)}")
