#!/usr/bin/env python3
"""Looks for short token patterns on which the Swift parser is exponential or quadratic.

    python3 Fuzz/pattern_search.py [--litmus .build/release/litmus] [--length 2] [--timeout 4]

Each pattern is 1 to LENGTH tokens from a list of Swift tokens (brackets, operators,
attributes, keywords, a character the lexer skips), repeated 26 times and then to about
1 KiB, and given to `litmus eval -`. Every run slower than a second, ended by the timeout
or by a signal is printed: a new entry for NestingScan or BoundedSwiftParse. Libfuzzer
finds such patterns slowly (it found `[[[[[[[[` + U+FFFD); a search over all pairs found
`@a<@a<…` in minutes. Exit 1 when anything was printed.
"""
import argparse
import itertools
import subprocess
import sys
import time

TOKENS = ["[", "(", "{", "<", "a", "?", ".", ",", ":", "->", "@a", "\\", "#", "$0", " in ",
          "...", "!", "&", "\ufffd", "/**/", "\n", "1", "\"", "=", "let ", "_", "try ", "x:",
          "}", ")", "]", ">", "#if ", "`", "'", "*", "-", "^", "~", "|", "some ", "inout "]


def run(litmus, source, timeout):
    started = time.time()
    try:
        status = subprocess.run([litmus, "eval", "-"], input=source.encode(),
                                capture_output=True, timeout=timeout).returncode
    except subprocess.TimeoutExpired:
        status = "timeout"
    return time.time() - started, status


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--litmus", default=".build/release/litmus")
    parser.add_argument("--length", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=4)
    args = parser.parse_args()
    found = 0
    tried = 0
    for length in range(1, args.length + 1):
        for pattern in itertools.product(TOKENS, repeat=length):
            unit = "".join(pattern)
            for count in sorted({26, max(1, 1000 // len(unit.encode()))}):
                tried += 1
                seconds, status = run(args.litmus, unit * count + "x", args.timeout)
                if seconds > 1 or status not in (0, 1):
                    found += 1
                    print(f"{seconds:6.2f} s  status {status}  {count} x {unit!r}", flush=True)
    print(f"{tried} runs, {found} slow or failed", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
