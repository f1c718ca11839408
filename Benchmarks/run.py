#!/usr/bin/env python3
"""Runs the kernel benchmarks and their peers in one run and prints times, GB/s and ratios.

    python3 Benchmarks/run.py [--quick] [--json OUT]

1. The Swift benchmark (`LitmusBenchmarks`), once per build found: `.build-bench` (baseline
   x86-64, SSE2) and `.build-bench-v3` (`-target-cpu haswell`: AVX2 and FMA), each with its
   same-run copy bandwidth.
2. The numpy peer (`peers/numpy_peer.py`), with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset
   for that command only.
3. The PyTorch CPU peer (`peers/torch_peer.py`) when torch is installed.

--quick measures only float32 1024x32000 (and 64x10 for Swift) and prints the headline line:
    softmax-ce float32 1024x32000: <ms> ms, <GB/s> GB/s, <P>% of copy, <R>x numpy
"""
import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILDS = [("v3", ROOT / ".build-bench-v3/release/LitmusBenchmarks"),
          ("baseline", ROOT / ".build-bench/release/LitmusBenchmarks")]
HEADLINE = ("float32", 1024, 32000)


def json_lines(command, env=None):
    completed = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr)
        raise SystemExit(f"failed: {' '.join(map(str, command))}")
    if completed.stderr.strip():
        sys.stderr.write(completed.stderr)
    return [json.loads(line) for line in completed.stdout.splitlines() if line.startswith("{")]


def machine():
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {"cpu": model, "cores": os.cpu_count(), "system": platform.platform(),
            "load": round(load, 2)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--budget", type=float, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    budget = args.budget or (0.8 if args.quick else 2.0)
    shapes = "1024x32000" if args.quick else "64x10,4096x1000,1024x32000,8192x32000"
    dtypes = "float32" if args.quick else "float32,float64"

    info = machine()
    print(f"machine: {info['cpu']}, {info['cores']} cores, load {info['load']}")
    results = []
    for name, binary in BUILDS:
        if not binary.exists():
            print(f"(no {name} build at {binary.relative_to(ROOT)})")
            continue
        command = [binary, "--budget", str(budget), "--build", name]
        if args.quick:
            command.append("--quick")
        results += json_lines(command)
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    peer = [sys.executable, "-u"]
    peer_args = ["--shapes", shapes, "--dtypes", dtypes, "--budget", str(budget)]
    results += json_lines(peer + [ROOT / "Benchmarks/peers/numpy_peer.py"] + peer_args, env)
    results += json_lines(peer + [ROOT / "Benchmarks/peers/torch_peer.py"] + peer_args, env)

    def find(impl, dtype, rows, columns, build=None):
        for r in results:
            if (r["impl"] == impl and r.get("dtype") == dtype and r.get("rows") == rows
                    and r.get("columns") == columns and (build is None or r.get("build") == build)):
                return r
        return None

    builds = [name for name, binary in BUILDS if binary.exists()]
    copies = {b: max((r["gbps"] for r in results if r["impl"] == "copy" and r["build"] == b),
                     default=float("nan")) for b in builds}
    for b in builds:
        print(f"copy bandwidth ({b} run, best of 1 and {info['cores']} threads): "
              f"{copies[b]:.2f} GB/s")
    header = f"{'case':<26}{'impl':<24}{'ms':>9}{'cpu ms':>8}{'GB/s':>7}{'% copy':>7}" \
             f"{'numpy ms':>10}{'x numpy':>8}{'torch ms':>10}{'x torch':>8}"
    print(header)
    cases = sorted({(r["dtype"], r["rows"], r["columns"]) for r in results if r["impl"] == "litmus"},
                   key=lambda c: (c[0], c[1] * c[2]))
    for dtype, rows, columns in cases:
        npr = find("numpy", dtype, rows, columns)
        tor = find("torch", dtype, rows, columns)
        name = f"{dtype} {rows}x{columns}"
        for b in builds:
            for impl in ("litmus", "litmus-inplace"):
                r = find(impl, dtype, rows, columns, b)
                if r is None:
                    continue
                ratio_np = f"{npr['ms'] / r['ms']:.1f}" if npr else "-"
                ratio_t = f"{tor['ms'] / r['ms']:.1f}" if tor else "-"
                print(f"{name:<26}{impl + ' (' + b + ')':<24}{r['ms']:>9.3f}{r['cpu_ms']:>8.2f}"
                      f"{r['gbps']:>7.2f}{100 * r['gbps'] / copies[b]:>7.0f}"
                      f"{(npr['ms'] if npr else float('nan')):>10.3f}{ratio_np:>8}"
                      f"{(tor['ms'] if tor else float('nan')):>10.3f}{ratio_t:>8}")
    # The headline uses the first build present (AVX2 when built).
    if builds:
        b = builds[0]
        r = find("litmus", *HEADLINE, build=b)
        npr = find("numpy", *HEADLINE)
        tor = find("torch", *HEADLINE)
        if r and npr:
            line = (f"softmax-ce float32 1024x32000: {r['ms']:.1f} ms, {r['gbps']:.1f} GB/s, "
                    f"{100 * r['gbps'] / copies[b]:.0f}% of copy, {npr['ms'] / r['ms']:.1f}x numpy")
            print(line)
            if tor:
                print(f"softmax-ce float32 1024x32000 vs torch: {tor['ms'] / r['ms']:.1f}x torch "
                      f"({tor['ms']:.1f} ms, torch {tor['version']}, {tor['threads']} threads)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"machine": info, "results": results}, indent=1) + "\n")
        print(f"wrote {args.json.relative_to(ROOT) if args.json.is_absolute() else args.json}")


if __name__ == "__main__":
    main()
