#!/usr/bin/env python3
"""PyTorch CPU peer: torch.nn.functional.cross_entropy (mean) forward + backward.

Prints one JSON object per shape and dtype, like numpy_peer.py, or nothing (and a note on
stderr) when torch is not installed. PyTorch uses its own thread pool (all cores here).
"""
import argparse
import json
import sys
import time

try:
    import torch
    import torch.nn.functional as F
except ImportError:
    print("torch is not installed: skipping the PyTorch peer", file=sys.stderr)
    sys.exit(0)

from numpy_peer import make_batch, median_seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shapes", default="64x10,4096x1000,1024x32000,8192x32000")
    parser.add_argument("--dtypes", default="float32,float64")
    parser.add_argument("--budget", type=float, default=2.0)
    args = parser.parse_args()
    for dtype in args.dtypes.split(","):
        for shape in args.shapes.split(","):
            rows, columns = map(int, shape.split("x"))
            z, y = make_batch(rows, columns, dtype)
            logits = torch.from_numpy(z).requires_grad_(True)
            labels = torch.from_numpy(y.astype("int64"))
            result = {}

            def step():
                logits.grad = None
                loss = F.cross_entropy(logits, labels)
                loss.backward()
                result["loss"] = float(loss.detach())

            seconds = median_seconds(step, args.budget)
            itemsize = z.itemsize
            print(json.dumps({
                "impl": "torch", "dtype": dtype, "rows": rows, "columns": columns,
                "ms": seconds * 1e3, "gbps": 2 * rows * columns * itemsize / seconds / 1e9,
                "loss": result["loss"], "threads": torch.get_num_threads(),
                "version": torch.__version__,
            }), flush=True)
            del logits, labels


if __name__ == "__main__":
    main()
