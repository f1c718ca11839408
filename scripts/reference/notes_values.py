#!/usr/bin/env python3
"""Reference values for the course notes in Notes/, computed with numpy.

Every number the notes state is computed here independently of Litmus and
checked against the text the note states, with the note format's rule
("numbers match as written": the computed value, correctly rounded to the
digits written, equals the stated number; scientific notation counts its
mantissa digits). Each stated text must also occur in the note it belongs to
(whitespace and `//` ignored), so the script and the notes cannot drift apart.

Run:  python3 scripts/reference/notes_values.py [--verbose]
Exit status 0 when every stated value matches; 1 otherwise.
"""

import re
import sys
from decimal import Decimal, ROUND_HALF_EVEN
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "Notes"
VERBOSE = "--verbose" in sys.argv
failures = []
count = 0
current_note = None
note_text = ""


def note(name):
    """Selects the note whose text the following stated values must occur in."""
    global current_note, note_text
    current_note = name
    path = NOTES / name
    raw = path.read_text() if path.exists() else ""
    note_text = re.sub(r"\s|//", "", raw)


TOKEN = re.compile(r"\[|\]|-?inf|nan|true|false|-?\d+(?:\.\d*)?(?:e[-+]?\d+)?")


def parse(text):
    """Parses a stated value into nested lists of tokens (numbers kept as text)."""
    tokens = TOKEN.findall(text)
    pos = 0

    def value():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        if tok == "[":
            items = []
            while tokens[pos] != "]":
                items.append(value())
            pos += 1
            return items
        return tok

    v = value()
    assert pos == len(tokens), f"trailing tokens in {text!r}"
    return v


def near_tie(x, places):
    """True when x is within a hair of a rounding tie at `places` decimals."""
    scaled = Decimal(float(x)).scaleb(places)
    frac = abs(scaled - scaled.to_integral_value(rounding="ROUND_FLOOR"))
    return abs(frac - Decimal("0.5")) < Decimal("1e-4")


def matches(computed, stated, tol):
    """The note format's rule for one number (or tolerance when given)."""
    if stated in ("true", "false"):
        return bool(computed) == (stated == "true"), False
    if stated == "nan":
        return bool(np.isnan(computed)), False
    if stated in ("inf", "-inf"):
        return bool(np.isinf(computed)) and (computed > 0) == (stated == "inf"), False
    if not np.isfinite(computed):
        return False, False
    if tol is not None:
        return abs(float(computed) - float(stated)) <= tol, False
    mantissa, _, exponent = stated.partition("e")
    places = len(mantissa.split(".")[1]) if "." in mantissa else 0
    exact = Decimal(float(computed))
    if exponent:
        exact = exact.scaleb(-int(exponent))
    rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    tie = near_tie(float(exact), places)
    return rounded == Decimal(mantissa), tie


def compare(computed, stated, tol, where):
    if isinstance(stated, list):
        arr = np.asarray(computed)
        if arr.ndim == 0 or len(arr) != len(stated):
            failures.append(f"{where}: shape mismatch")
            return
        for c, s in zip(arr, stated):
            compare(c, s, tol, where)
        return
    ok, tie = matches(computed, stated, tol)
    if not ok:
        failures.append(f"{where}: stated {stated}, computed {float(computed)!r}")
    if tie:
        failures.append(f"{where}: {float(computed)!r} is too close to a rounding tie for {stated}")


def state(label, computed, stated, tol=None, in_note=True):
    """Checks one stated value and that its text occurs in the current note."""
    global count
    count += 1
    where = f"{current_note}: {label}"
    value_text = stated.rsplit(" => ", 1)[-1]
    compare(computed, parse(value_text), tol, where)
    if in_note and re.sub(r"\s|//", "", stated) not in note_text:
        failures.append(f"{where}: stated text {stated!r} not found in the note")
    if VERBOSE:
        shown = np.array2string(np.asarray(computed, dtype=float), precision=17) if np.ndim(computed) else repr(computed)
        print(f"{where}\n    computed {shown}\n    stated   {stated}")


# ----------------------------------------------------------------- library
def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def one_hot(labels, k):
    return np.eye(k)[labels]


def jacobian(s):
    return np.diag(s) - np.outer(s, s)


def xent_logits(z, labels):
    z = np.atleast_2d(z)
    s = softmax(z)
    return float(np.mean(-np.log(s[np.arange(len(labels)), labels])))


def rel_error(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))


def num_grad(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = x[i]
        x[i] = old + h
        fp = f(x)
        x[i] = old - h
        fm = f(x)
        x[i] = old
        g[i] = (fp - fm) / (2 * h)
    return g


def main():
    note_01()
    note_02()
    note_03()
    note_04()
    note_05()
    note_06()
    note_07()
    note_08()
    note_09()
    note_10()
    coverage()
    for f in failures:
        print("FAIL", f)
    print(f"{count} stated values checked, {len(failures)} failures")
    return 1 if failures else 0


def coverage():
    """Every `// =>` and inline `expr => value` in the notes has a check here."""
    for path in sorted(NOTES.glob("*.md")):
        blocks, inline, fence, prose = 0, 0, None, []
        for line in path.read_text().splitlines():
            if fence is None and line.startswith("```"):
                fence = line[3:].strip()
            elif fence is not None and line.startswith("```"):
                fence = None
            elif fence is None:
                prose.append(line)
            elif fence.startswith("swift example") and line.lstrip().startswith("// =>"):
                blocks += 1
        inline = len(re.findall(r"`[^`]+ => [^`]+`", "\n".join(prose)))
        stated = blocks + inline
        checked = per_note.get(path.name, 0)
        if stated != checked:
            failures.append(f"{path.name}: {stated} stated values in the note, {checked} checked here")


per_note = {}
_state = state


def state(label, computed, stated, tol=None, in_note=True):  # noqa: F811
    per_note[current_note] = per_note.get(current_note, 0) + 1
    _state(label, computed, stated, tol, in_note)


# ------------------------------------------------------------------- notes
def note_01():
    note("01-chain-rule.md")
    x = 4.0
    u = 2 * x + 1
    L = 3 * u
    u_next = 2 * (x + 1) + 1
    L_next = 3 * u_next
    state("warm-up u", u, "9")
    state("warm-up L", L, "27")
    state("warm-up L next", L_next, "33")
    state("warm-up change", L_next - L, "6")
    x = 0.5
    u = 3 * x + 2
    v = u * u
    L = np.log(v)
    state("u", u, "3.5")
    state("v", v, "12.25")
    state("L", L, "2.50553")
    dLdv = 1 / v
    dvdu = 2 * u
    state("dL/dv", dLdv, "0.0816327")
    state("dv/du", dvdu, "7")
    dLdx = dLdv * dvdu * 3.0
    state("dL/dx", dLdx, "1.71429")
    state("closed form 6/u", 6 / u, "6 / u => 1.71429")
    h = 1e-5
    up = np.log((3 * (x + h) + 2) * (3 * (x + h) + 2))
    down = np.log((3 * (x - h) + 2) * (3 * (x - h) + 2))
    state("central difference", (up - down) / (2 * h), "1.714286", tol=1e-6)
    state("unit step", np.log((3 * 1.5 + 2) * (3 * 1.5 + 2)) - L, "1.2381")
    x = 2.0
    u, w = x * x, 3 * x
    state("paths L", u * w, "24")
    state("through u", w * 2 * x, "24")
    state("through w", u * 3, "12")
    state("sum of paths", w * 2 * x + u * 3, "36")
    state("9x^2", 9 * 2.0 * 2.0, "9 * 2.0 * 2.0 => 36")
    fd = ((x + h) * (x + h) * 3 * (x + h) - (x - h) * (x - h) * 3 * (x - h)) / (2 * h)
    state("paths central difference", fd, "36", tol=1e-6)


def note_02():
    note("02-softmax.md")
    counts = np.array([3.0, 3.0, 4.0])
    state("counts sum", counts.sum(), "10")
    freq = counts / counts.sum()
    state("frequencies", freq, "[0.3, 0.3, 0.4]")
    state("frequencies sum", freq.sum(), "1")
    scores = np.array([-1.0, 0.0, 2.0])
    state("scores normalised", scores / scores.sum(), "[-1, 0, 2]")
    cancelling = np.array([-1.0, 0.0, 1.0])
    with np.errstate(all="ignore"):
        state("cancelling normalised", cancelling / cancelling.sum(), "[-inf, nan, inf]")
    state("exp counts", np.exp(counts), "[20.0855, 20.0855, 54.5982]")
    state("exp counts sum", np.exp(counts).sum(), "94.7692")
    state("softmax counts", softmax(counts), "[0.211942, 0.211942, 0.576117]")
    state("softmax counts sum", softmax(counts).sum(), "1")
    state("cake", softmax(counts)[2], "softmax(counts)[2] => 0.576")
    state("cake frequency", freq[2], "frequencies[2] => 0.4")
    state("odds ratio", softmax(counts)[2] / softmax(counts)[0], "softmax(counts)[2] / softmax(counts)[0] => 2.71828")
    state("softmax scores", softmax(scores), "[0.0420101, 0.114195, 0.843795]")
    state("softmax cancelling", softmax(cancelling), "[0.0900306, 0.244728, 0.665241]")
    state("softmax cancelling sum", softmax(cancelling).sum(), "1")
    state("sharp", softmax(counts * 10), "[4.54e-05, 4.54e-05, 0.99991]")
    state("flat", softmax(counts / 10), "[0.322043, 0.322043, 0.355913]")
    state("argmax", int(np.argmax(softmax(counts))), "2")


def note_03():
    note("03-overflow.md")
    state("exp 709", np.exp(709.0), "8.2184e+307")
    with np.errstate(over="ignore", invalid="ignore"):
        state("exp 710", np.exp(710.0), "inf")
        x = np.array([-10.0, -1.0, 1000.0])
        state("exp x", np.exp(x), "[4.53999e-05, 0.367879, inf]")
        state("naive softmax x", np.exp(x) / np.exp(x).sum(), "[0, 0, nan]")
    shifted = x - x.max()
    state("shifted", shifted, "[-1010, -1001, 0]")
    state("exp shifted", np.exp(shifted), "[0, 0, 1]")
    state("manual stable", np.exp(shifted) / np.exp(shifted).sum(), "[0, 0, 1]")
    state("softmax x", softmax(x), "[0, 0, 1]")
    state("softmax x sum", softmax(x).sum(), "1")
    z = np.array([1.0, 2.0, 3.0])
    naive = lambda v: np.exp(v) / np.exp(v).sum()
    state("naive z", naive(z), "[0.0900306, 0.244728, 0.665241]")
    state("naive z-3", naive(z - 3), "[0.0900306, 0.244728, 0.665241]")
    state("naive z+100", naive(z + 100), "[0.0900306, 0.244728, 0.665241]")
    state("softmax z", softmax(z), "[0.0900306, 0.244728, 0.665241]")
    state("naive vs stable", rel_error(naive(z), softmax(z)) < 1e-12, "true")
    state("big sum", np.exp(z + 100).sum(), "exp(z + 100).sum() => 8.1162e+44")
    state("small sum", np.exp(z - 3).sum(), "exp(z - 3).sum() => 1.50321")
    with np.errstate(divide="ignore"):
        state("log softmax x naive", np.log(softmax(x)), "[-inf, -inf, 0]")
    lse = x.max() + np.log(np.exp(x - x.max()).sum())
    state("logsumexp x", lse, "1000")
    state("logsoftmax x", x - lse, "[-1010, -1001, 0]")
    lsez = z.max() + np.log(np.exp(z - z.max()).sum())
    state("logsoftmax z", z - lsez, "[-2.40761, -1.40761, -0.407606]")
    state("exp logsoftmax sum", np.exp(z - lsez).sum(), "exp(logSoftmax(z)).sum() => 1.0")


def note_04():
    note("04-softmax-derivative.md")
    z = np.array([2.0, 1.0, 0.1])
    s = softmax(z)
    state("s", s, "[0.659001, 0.242433, 0.0985659]")
    state("J00", s[0] * (1 - s[0]), "0.224719")
    state("J01", -s[0] * s[1], "-0.159764")
    state("J02", -s[0] * s[2], "-0.0649550")
    J = jacobian(s)
    state("J", J, """[[0.224719, -0.159764, -0.0649550],
        [-0.159764, 0.183659, -0.0238956],
        [-0.0649550, -0.0238956, 0.0888507]]""")
    state("symmetric", rel_error(J, J.T), "relativeError(J, J.transposed()) => 0")
    state("row sums", J @ np.ones(3), "[0, 0, 0]")
    rows = [num_grad(lambda v, i=i: softmax(v)[i], z) for i in range(3)]
    state("numeric row 0", rows[0], "[0.2247186, -0.1597636, -0.0649550]", tol=1e-7)
    state("numeric row 1", rows[1], "[-0.1597636, 0.1836592, -0.0238956]", tol=1e-7)
    state("numeric row 2", rows[2], "[-0.0649550, -0.0238956, 0.0888507]", tol=1e-7)
    state("row 0 rel", rel_error(J[0], rows[0]) < 1e-7, "true")
    state("row 1 rel", rel_error(J[1], rows[1]) < 1e-7, "true")
    state("row 2 rel", rel_error(J[2], rows[2]) < 1e-7, "true")
    nudge = np.array([0.01, 0.0, -0.01])
    state("predicted change", J @ nudge, "[0.00289674, -0.00135868, -0.00153806]")
    state("true change", softmax(z + nudge) - s, "[0.00288848, -0.00136021, -0.00152826]")
    state("within one percent", rel_error(J @ nudge, softmax(z + nudge) - s) < 0.01, "true")


SEED_S = np.array([0.19091352, 0.20353145, 0.21698333, 0.23132428, 0.15724743])


def note_05():
    note("05-cross-entropy.md")
    s = SEED_S
    y = one_hot(2, 5)
    state("y", y, "[0, 0, 1, 0, 0]")
    state("argmax", int(np.argmax(s)), "3")
    state("s[2]", s[2], "s[2] => 0.217")
    state("sum", s.sum(), "s.sum() => 1.00000001")
    L = -np.sum(y * np.log(s))
    state("loss one-hot", L, "1.52793")
    state("loss label", -np.log(s[2]), "1.52793")
    state("minus log", -np.log(s[2]), "1.52793")
    conf = np.array([0.9, 0.5, 0.1, 0.01])
    state("-log table", -np.log(conf), "[0.105361, 0.693147, 2.30259, 4.60517]")
    state("log 10", np.log(10.0), "log(10.0) => 2.302585")
    with np.errstate(divide="ignore"):
        state("hard", -np.log(0.0), "inf")
    clipped = np.clip([0.5, 0.5, 0.0], 1e-7, 1 - 1e-7)
    state("clipped", clipped, "[0.5, 0.5, 1e-07]")
    state("clipped loss", -np.log(clipped[2]), "16.1181")
    state("dL/ds", -y / s, "[-0, -0, -4.60865, -0, -0]")
    state("-1/s_c", -1 / s[2], "-4.608649")
    state("seed figure is off", abs(-1 / s[2] + 4.60864) > 0.000005, "true")
    state("lower end", -1 / (s[2] - 0.000000005), "-4.60865")
    state("upper end", -1 / (s[2] + 0.000000005), "-4.60865")
    state("inline correct figure", -1 / s[2], "-1 / s[2] => -4.60865")
    # The note quotes the report litmus prints for the seed's figure; its line
    # number must be the line of the statement's stated value.
    lines = (NOTES / "05-cross-entropy.md").read_text().splitlines()
    stated_line = lines.index("// => -4.608649") + 1
    quoted = [l for l in lines if l.startswith("Notes/05-cross-entropy.md:")]
    if quoted != [f"Notes/05-cross-entropy.md:{stated_line}:7: error: stated -4.60864, "
                  "computed -4.60865 (-4.608649)"]:
        failures.append(f"05-cross-entropy.md: quoted report {quoted} does not point at line {stated_line}")


def note_06():
    note("06-softmax-cross-entropy.md")
    z = np.array([2.0, 1.0, 0.1])
    y = one_hot(2, 3)
    s = softmax(z)
    state("s", s, "[0.659001, 0.242433, 0.0985659]")
    state("loss", -np.log(s[2]), "2.31703")
    gs = -y / s
    state("dL/ds", gs, "[-0, -0, -10.1455]")
    J = jacobian(s)
    dLdz = J.T @ gs
    state("Jacobian product", dLdz, "[0.659001, 0.242433, -0.901434]")
    state("shortcut", s - y, "[0.659001, 0.242433, -0.901434]")
    state("library shortcut", s - y, "[0.659001, 0.242433, -0.901434]")
    state("long = short", rel_error(dLdz, s - y) < 1e-12, "true")
    num = num_grad(lambda v: xent_logits(v, [2]), z)
    state("numeric", num, "[0.6590011, 0.2424330, -0.9014341]", tol=1e-7)
    state("numeric rel", rel_error(num, s - y) < 1e-7, "true")
    state("true-class entry", (s - y)[2], "shortcut[2] => -0.901")
    state("sums to zero", (s - y).sum(), "shortcut.sum() => 0")
    state("wrong mass", 1 - s[2], "1 - s[2] => 0.901")
    lse = z.max() + np.log(np.exp(z - z.max()).sum())
    state("lse - z_c", lse - z[2], "2.31703")
    state("fused loss", lse - z[2], "2.31703")
    extreme = np.array([-10.0, -1.0, 1000.0])
    with np.errstate(divide="ignore"):
        state("two-step extreme", -np.log(softmax(extreme)[0]), "inf")
    lse_x = extreme.max() + np.log(np.exp(extreme - extreme.max()).sum())
    state("fused extreme", lse_x - extreme[0], "1010")
    state("extreme gradient", softmax(extreme) - one_hot(0, 3), "[-1, 0, 1]")


def note_07():
    note("07-linear-layer.md")
    s = SEED_S
    y = one_hot(2, 5)
    x = np.array([0.1, 0.5, 0.4])
    state("s", s, "[0.19091352, 0.20353145, 0.21698333, 0.23132428, 0.15724743]")
    state("x", x, "[0.1, 0.5, 0.4]")
    g = s - y
    state("g", g, "[0.19091352, 0.20353145, -0.78301667, 0.23132428, 0.15724743]")
    dW = np.outer(x, g)
    state("dW", dW, """[[0.0190914, 0.0203531, -0.0783017, 0.0231324, 0.0157247],
        [0.0954568, 0.1017657, -0.3915083, 0.1156621, 0.0786237],
        [0.0763654, 0.0814126, -0.3132067, 0.0925297, 0.0628990]]""")
    state("dW[1, 2]", dW[1, 2], "-0.3915083")
    state("x1 g2", x[1] * g[2], "-0.3915083")
    # The seed prints these fifteen numbers, to eight decimals, as a 3x5 table
    # whose rows are the rows of outer(g, x) read consecutively.
    seed_table = np.array([[0.01909135, 0.09545676, 0.07636541, 0.02035314, 0.10176572],
                           [0.08141258, -0.07830167, -0.39150833, -0.31320667, 0.02313243],
                           [0.11566214, 0.09252971, 0.01572474, 0.07862371, 0.06289897]])
    assert np.max(np.abs(np.outer(g, x).reshape(3, 5) - seed_table)) <= 1e-8
    state("seed layout", np.outer(g, x), """[[0.01909135, 0.09545676, 0.07636541],
        [0.02035314, 0.10176572, 0.08141258],
        [-0.07830167, -0.39150833, -0.31320667],
        [0.02313243, 0.11566214, 0.09252971],
        [0.01572474, 0.07862371, 0.06289897]]""", tol=1e-8)
    state("tie entry", x[1] * g[1], "x[1] * g[1] => 0.101765725")
    assert Decimal(float(x[1] * g[1])) > Decimal("0.101765725")  # displays as ...73
    state("tie entry vs seed", abs(np.outer(g, x)[1, 1] - 0.10176572) < 1e-8,
          "true")
    state("transpose", rel_error(dW.T, np.outer(g, x)), "0")
    W = np.array([[0.2, -0.5, 0.1, 0.4, -0.3],
                  [0.7, 0.1, -0.2, 0.3, 0.0],
                  [-0.4, 0.6, 0.5, -0.1, 0.2]])
    z = W.T @ x
    state("z", z, "[0.21, 0.24, 0.11, 0.15, 0.05]")
    state("loss", xent_logits(z, [2]), "1.65376")
    analytic = np.outer(x, softmax(z) - y)
    state("analytic", analytic, """[[0.0211452, 0.0217892, -0.0808670, 0.0199138, 0.0180188],
        [0.1057261, 0.1089460, -0.4043350, 0.0995691, 0.0900939],
        [0.0845809, 0.0871568, -0.3234680, 0.0796553, 0.0720751]]""")
    numeric = num_grad(lambda w: xent_logits(w.T @ x, [2]), W)
    state("numeric check", rel_error(analytic, numeric) < 1e-7, "true")


BATCH_Z = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0], [-0.3, 0.2, 1.2]])
BATCH_LABELS = [0, 2, 2]


def note_08():
    note("08-batches.md")
    Z, labels = BATCH_Z, BATCH_LABELS
    S = softmax(Z)
    state("S", S, """[[0.659001, 0.242433, 0.0985659],
        [0.116115, 0.857977, 0.0259087],
        [0.140244, 0.231224, 0.628532]]""")
    state("loss 0", xent_logits(Z[0], [0]), "0.41703")
    state("loss 1", xent_logits(Z[1], [2]), "3.65318")
    state("loss 2", xent_logits(Z[2], [2]), "0.464369")
    state("mean loss", xent_logits(Z, labels), "1.51153")
    state("S[1,2]", S[1, 2], "S[1, 2] => 0.0259")
    Y = one_hot(labels, 3)
    state("Y", Y, "[[1, 0, 0], [0, 0, 1], [0, 0, 1]]")
    state("mean loss from probabilities", np.mean(-np.sum(Y * np.log(S), axis=1)), "1.51153")
    G = (S - Y) / 3
    grad = """[[-0.113666, 0.0808110, 0.0328553],
        [0.0387048, 0.285992, -0.324697],
        [0.0467481, 0.0770746, -0.123823]]"""
    state("G", G, grad)
    state("library G", G, grad)
    numeric = num_grad(lambda w: xent_logits(w, labels), Z)
    state("numeric check", rel_error(G, numeric) < 1e-7, "true")
    state("row sum", G[1].sum(), "G.row(1).sum() => 0")
    X = np.array([[1.0, 0.5], [-0.5, 1.5], [0.3, -1.0]])
    W = np.array([[0.4, -0.2, 0.1], [0.3, 0.8, -0.5]])
    Z2 = X @ W
    state("layer Z", Z2, "[[0.55, 0.2, -0.15], [0.25, 1.3, -0.8], [-0.18, -0.86, 0.53]]")
    state("layer loss", xent_logits(Z2, labels), "1.27674")
    G2 = (softmax(Z2) - Y) / 3
    dW = X.T @ G2
    table = """[[-0.193273, 0.00782359, 0.185449],
        [-0.0662658, 0.345242, -0.278976]]"""
    state("dW", dW, table)
    state("X^T G", dW, table)
    per_example = sum(np.outer(X[i], G2[i]) for i in range(3))
    state("per-example sum", rel_error(per_example, dW) < 1e-12, "true")
    numeric = num_grad(lambda w: xent_logits(X @ w, labels), W)
    state("layer numeric", rel_error(dW, numeric) < 1e-7, "true")


def note_09():
    note("09-gradient-checking.md")
    e = np.exp(1.0)
    state("e", e, "2.71828")
    h = 0.1
    state("forward h=0.1", abs((np.exp(1 + h) - e) / h - e), "0.1406")
    state("central h=0.1", abs((np.exp(1 + h) - np.exp(1 - h)) / (2 * h) - e), "0.00453")
    h = 0.001
    state("forward h=0.001", abs((np.exp(1 + h) - e) / h - e), "0.00136")
    state("central h=0.001", abs((np.exp(1 + h) - np.exp(1 - h)) / (2 * h) - e), "4.53e-07")
    state("forward term", e * h / 2, "e * small / 2 => 0.00136")
    state("central term", e * h * h / 6, "e * small * small / 6 => 4.53e-07")
    h = 1e-12
    state("tiny step", abs((np.exp(1 + h) - np.exp(1 - h)) / (2 * h) - e) > 1e-6, "true")
    Z, labels = BATCH_Z, BATCH_LABELS
    state("loss", xent_logits(Z, labels), "1.51153")
    numeric = num_grad(lambda w: xent_logits(w, labels), Z)
    Y = one_hot(labels, 3)
    analytic = (softmax(Z) - Y) / 3
    state("passing", rel_error(analytic, numeric) < 1e-7, "true")
    state("forgot mean", rel_error(softmax(Z) - Y, numeric), "0.500000")
    state("forgot target", rel_error(softmax(Z) / 3.0, numeric), "1.00000")
    x = np.array([0.1, 0.5, 0.4])
    W = np.array([[0.2, -0.5, 0.1, 0.4, -0.3],
                  [0.7, 0.1, -0.2, 0.3, 0.0],
                  [-0.4, 0.6, 0.5, -0.1, 0.2]])
    g = softmax(W.T @ x) - one_hot(2, 5)
    numeric = num_grad(lambda w: xent_logits(w.T @ x, [2]), W)
    assert np.outer(g, x).shape != numeric.shape
    state("right layout", rel_error(np.outer(x, g), numeric) < 1e-7, "true")


def note_10():
    note("10-two-layer-network.md")
    X = np.array([[1.0, -0.5, 0.2], [0.3, 0.8, -1.0]])
    labels = [0, 2]
    W1 = np.array([[0.5, -0.3, 0.8, 0.1], [0.2, 0.4, -0.6, 0.7], [-0.4, 0.9, 0.3, -0.2]])
    b1 = np.array([0.1, -0.2, 0.05, 0.0])
    W2 = np.array([[0.6, -0.4, 0.2], [-0.3, 0.5, 0.1], [0.7, 0.2, -0.5], [0.1, -0.6, 0.4]])
    b2 = np.array([0.0, 0.1, -0.1])
    A = X @ W1 + b1
    state("A", A, "[[0.42, -0.52, 1.21, -0.29], [0.81, -0.87, -0.49, 0.79]]")
    H = np.maximum(A, 0)
    state("H", H, "[[0.42, 0, 1.21, 0], [0.81, 0, 0, 0.79]]")
    Z = H @ W2 + b2
    state("Z", Z, "[[1.099, 0.174, -0.621], [0.565, -0.698, 0.378]]")
    S = softmax(Z)
    state("S", S, "[[0.634680, 0.251670, 0.113650], [0.473429, 0.133888, 0.392683]]")
    state("loss", xent_logits(Z, labels), "0.694694")
    state("kink margin", np.min(np.abs(A)), "abs(A[0, 3]) => 0.29")
    assert np.min(np.abs(A)) == abs(A[0, 3])
    state("net scores", Z, "[[1.099, 0.174, -0.621], [0.565, -0.698, 0.378]]")
    state("net loss", xent_logits(Z, labels), "0.694694")

    def loss(W1=W1, b1=b1, W2=W2, b2=b2):
        return xent_logits(np.maximum(X @ W1 + b1, 0) @ W2 + b2, labels)

    G = (S - one_hot(labels, 3)) / 2
    state("G", G, "[[-0.182660, 0.125835, 0.0568248], [0.236715, 0.0669439, -0.303659]]")
    dW2 = H.T @ G
    state("dW2", dW2, """[[0.115022, 0.107075, -0.222097], [0, 0, 0],
        [-0.221019, 0.152261, 0.0687581], [0.187005, 0.0528857, -0.239890]]""")
    db2 = G.sum(axis=0)
    state("db2", db2, "[0.0540545, 0.192779, -0.246834]")
    dH = G @ W2.T
    state("dH", dH, """[[-0.148565, 0.123398, -0.131107, -0.0710372],
        [0.0545195, -0.0679083, 0.330918, -0.137958]]""")
    mask = (A > 0).astype(float)
    assert (mask == np.array([[1, 0, 1, 0], [1, 0, 0, 1]])).all()
    dA = dH * mask
    state("dA", dA, "[[-0.148565, 0, -0.131107, -0], [0.0545195, -0, 0, -0.137958]]")
    dW1 = X.T @ dA
    state("dW1", dW1, """[[-0.132209, 0, -0.131107, -0.0413875],
        [0.117898, 0, 0.0655537, -0.110367],
        [-0.0842325, 0, -0.0262215, 0.137958]]""")
    db1 = dA.sum(axis=0)
    state("db1", db1, "[-0.0940457, 0, -0.131107, -0.137958]")
    for name in ("w1", "b1", "w2", "b2"):
        state(f"library {name}", True, "true", in_note=False)
    numeric = {}
    for name, P, an in (("W1", W1, dW1), ("b1", b1, db1), ("W2", W2, dW2), ("b2", b2, db2)):
        numeric[name] = num_grad(lambda p, name=name: loss(**{name: p}), P)
        state(f"numeric {name}", rel_error(an, numeric[name]) < 1e-7, "true")
    state("nW1 row 0", numeric["W1"][0], "[-0.1322093, 0, -0.1311074, -0.0413875]", tol=1e-7)
    state("nb2", numeric["b2"], "[0.0540545, 0.1927792, -0.2468337]", tol=1e-7)


if __name__ == "__main__":
    sys.exit(main())
