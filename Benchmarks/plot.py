#!/usr/bin/env python3
"""Plots GB/s against batch size (bytes of logits) per implementation, from run.py --json.

    python3 Benchmarks/plot.py Benchmarks/results/latest.json Benchmarks/results/throughput.png
"""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main():
    source, target = sys.argv[1], sys.argv[2]
    data = json.load(open(source))
    results = data["results"]
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.5), sharey=True)
    for ax, dtype in zip(axes, ["float32", "float64"]):
        itemsize = 4 if dtype == "float32" else 8
        series = {}
        for r in results:
            if r.get("dtype") != dtype:
                continue
            # Each Swift series per build (litmus-inplace included: without the build its two
            # builds were drawn as one zig-zag line).
            label = f"{r['impl']} ({r['build']})" if r["impl"].startswith("litmus") else r["impl"]
            series.setdefault(label, []).append((r["rows"] * r["columns"] * itemsize, r["gbps"]))
        for label, points in sorted(series.items()):
            points.sort()
            ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=label)
        copies = [r["gbps"] for r in results if r["impl"] == "copy"]
        if copies:
            ax.axhline(max(copies), color="gray", linestyle="--", label="memcpy (same run)")
        ax.set_xscale("log")
        ax.set_xlabel("logits size (bytes)")
        ax.set_title(f"softmax cross-entropy fwd+bwd, {dtype}")
        ax.grid(True, which="both", alpha=0.3)
    axes[0].set_ylabel("GB/s (one read of logits + one write of gradient)")
    for ax in axes:
        ax.legend(fontsize=7)
    m = data.get("machine", {})
    fig.suptitle(f"{m.get('cpu', '')}, {m.get('cores', '?')} cores, load {m.get('load', '?')}",
                 fontsize=9)
    fig.tight_layout()
    fig.savefig(target, dpi=110)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
