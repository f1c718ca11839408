#!/usr/bin/env python3
"""Extracts the examples of the CommonMark spec into JSON for the
pipeline-level conformance tests (like commonmark's spec_tests.py --dump-tests).

Usage: scripts/reference/commonmark_examples.py SPEC.txt > examples.json
"""
import json
import re
import sys

FENCE = "`" * 32

def examples(text):
    result, lines = [], text.split("\n")
    state, markdown, html, number, section = 0, [], [], 0, ""
    for line in lines:
        heading = re.match(r"#{1,6} (.*)", line)
        if state == 0 and heading:
            section = heading.group(1)
        if line.strip() == FENCE + " example":
            state, markdown, html = 1, [], []
        elif state == 1 and line.strip() == ".":
            state = 2
        elif state == 2 and line.strip() == FENCE:
            number += 1
            result.append({
                "example": number,
                "section": section,
                "markdown": "".join(l + "\n" for l in markdown).replace("→", "\t"),
                "html": "".join(l + "\n" for l in html).replace("→", "\t"),
            })
            state = 0
        elif state == 1:
            markdown.append(line)
        elif state == 2:
            html.append(line)
    return result

if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as spec:
        print(json.dumps(examples(spec.read()), ensure_ascii=False, indent=1))
