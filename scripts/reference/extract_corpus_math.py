#!/usr/bin/env python3
"""Extract every TeX formula from the shared corpus into a JSON fixture.

Sources:
  /work/shared/corpus/d2l/*.md  -- `$...$` inline and `$$...$$` display math,
                                   found with approximate Pandoc
                                   `tex_math_dollars` rules, outside fenced code
                                   blocks and code spans; `\\(...\\)` and
                                   `\\[...\\]` too.
  /work/shared/seeds/*.txt      -- the same delimiters, plus the bare TeX
                                   display lines of seeds whose math lost its
                                   delimiters (a line that starts with `\\` or
                                   `-\\` and is not prose).

Output: Tests/LitmusTeXTests/Fixtures/d2l-formulas.json, a list of
{"file", "line", "tex", "display"} in file order. Deterministic.

Usage: scripts/reference/extract_corpus_math.py [--corpus DIR] [--seeds DIR] [--output FILE]
"""
import argparse
import glob
import json
import os
import re
import sys


def strip_code(text):
    """Blank out fenced code blocks and code spans, keeping offsets and newlines."""
    out = list(text)
    lines = text.split("\n")
    pos = 0
    fence = None
    for line in lines:
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        m = re.match(r"(`{3,}|~{3,})", stripped) if indent < 4 else None
        if fence is None and m:
            fence = m.group(1)
            blank = True
        elif fence is not None:
            blank = True
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) \
                    and stripped[len(m.group(1)):].strip() == "":
                fence = None
        else:
            blank = False
        if blank:
            for i in range(pos, pos + len(line)):
                out[i] = " "
        pos += len(line) + 1
    text = "".join(out)
    # Code spans: a run of N backticks up to the next run of exactly N backticks.
    out = list(text)
    i = 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "`":
            j = i
            while j < len(text) and text[j] == "`":
                j += 1
            run = text[i:j]
            close = re.compile(r"(?<!`)" + run + r"(?!`)")
            m = close.search(text, j)
            if m:
                for k in range(i, m.end()):
                    if out[k] != "\n":
                        out[k] = " "
                i = m.end()
                continue
            i = j
            continue
        i += 1
    return "".join(out)


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def scan(text):
    """Yield (offset, tex, display) for each formula in text (code already blanked)."""
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n:
            nxt = text[i + 1]
            if nxt in "([":
                close = "\\)" if nxt == "(" else "\\]"
                end = text.find(close, i + 2)
                if end != -1:
                    yield i, text[i + 2:end], nxt == "["
                    i = end + 2
                    continue
            i += 2
            continue
        if c == "$":
            if text.startswith("$$", i):
                end = text.find("$$", i + 2)
                if end != -1 and text[i + 2:end].strip():
                    yield i, text[i + 2:end], True
                    i = end + 2
                    continue
                i += 2
                continue
            # Inline: not followed by whitespace.
            if i + 1 < n and not text[i + 1].isspace():
                j = i + 1
                while j < n:
                    if text[j] == "\\":
                        j += 2
                        continue
                    if text[j] == "\n" and text[j + 1:j + 2] == "\n":
                        break  # a blank line ends the paragraph
                    if text[j] == "$":
                        if not text[j - 1].isspace() and not (j + 1 < n and text[j + 1].isdigit()):
                            yield i, text[i + 1:j], False
                            i = j + 1
                            break
                    j += 1
                else:
                    i += 1
                    continue
                if j < n and text[j] == "$" and i == j + 1:
                    continue
            i += 1
            continue
        i += 1


BARE_TEX_LINE = re.compile(r"^-?\\(frac|sum|left|begin|mathbf|delta|Delta)\b")


def extract(path, bare_lines):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    found = []
    blanked = strip_code(text)
    for offset, tex, display in scan(blanked):
        found.append((line_of(text, offset), offset, tex, display))
    if bare_lines:
        pos = 0
        for number, line in enumerate(text.split("\n"), start=1):
            if "$" not in line and "\\(" not in line and "\\[" not in line \
                    and BARE_TEX_LINE.match(line.strip()):
                found.append((number, pos, line.strip(), True))
            pos += len(line) + 1
    found.sort(key=lambda item: item[1])
    name = os.path.relpath(path, os.path.dirname(os.path.dirname(path)))
    return [{"file": name, "line": line, "tex": tex, "display": display}
            for line, _, tex, display in found]


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="/work/shared/corpus/d2l")
    parser.add_argument("--seeds", default="/work/shared/seeds")
    parser.add_argument("--output", default=os.path.join(
        root, "Tests", "LitmusTeXTests", "Fixtures", "d2l-formulas.json"))
    args = parser.parse_args()
    formulas = []
    for path in sorted(glob.glob(os.path.join(args.corpus, "*.md"))):
        if os.path.basename(path) == "README.md":
            continue
        formulas.extend(extract(path, bare_lines=False))
    for path in sorted(glob.glob(os.path.join(args.seeds, "*.txt"))):
        formulas.extend(extract(path, bare_lines=True))
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(formulas, f, ensure_ascii=False, indent=1)
        f.write("\n")
    by_file = {}
    for item in formulas:
        by_file[item["file"]] = by_file.get(item["file"], 0) + 1
    for name, count in by_file.items():
        print(f"{count:5d}  {name}", file=sys.stderr)
    print(f"{len(formulas):5d}  formulas -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
