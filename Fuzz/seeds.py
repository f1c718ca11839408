#!/usr/bin/env python3
"""Writes a seed corpus for one fuzz target from Notes/ and the test fixtures.

    seeds.py TARGET DIRECTORY

tex: every formula in the notes and the d2l formula list; mathscan and markdown: every
note and check fixture; stated: every stated value (`// =>` text); eval: every example
block's code.
"""
import glob
import hashlib
import json
import os
import re
import sys

target, directory = sys.argv[1], sys.argv[2]
os.makedirs(directory, exist_ok=True)


def save(data):
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(directory, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


notes = sorted(glob.glob("Notes/*.md")) + sorted(glob.glob("Tests/LitmusTests/Fixtures/check/*.md"))
texts = [open(path, encoding="utf-8", errors="replace").read() for path in notes]
blocks = [b for t in texts for b in re.findall(r"```swift example[^\n]*\n(.*?)```", t, re.S)]

if target == "tex":
    for t in texts:
        for display, inline in re.findall(r"\$\$(.+?)\$\$|\$([^$\n]+)\$", t, re.S):
            save(display or inline)
    for entry in json.load(open("Tests/LitmusTeXTests/Fixtures/d2l-formulas.json")):
        save(entry["tex"])
elif target in ("mathscan", "markdown"):
    for t in texts:
        save(t)
        for part in t.split("\n\n"):
            save(part)
elif target == "stated":
    for b in blocks:
        for value in re.findall(r"// => (.*)", b):
            save(value)
    for seed in ["[0.3 0.4]", "[[1, 2], [3, 4]]", "nan", "-inf", "\"text\"", "4.5e-05", "true"]:
        save(seed)
elif target == "eval":
    for b in blocks:
        save(b)
        for line in b.split("\n"):
            save(line)
