/// The cross-entropy −Σ yᵢ log pᵢ of probabilities `p` against a one-hot or soft target `y`.
///
/// Terms with yᵢ = 0 count as 0 even where pᵢ = 0 (the limit of y log p, scipy's `xlogy`), so
/// only the classes the target weighs matter. A weighted pᵢ = 0 gives +∞ and reports
/// "division by zero in log"; a negative pᵢ gives NaN and "invalid value in log"; NaN
/// propagates; empty vectors give 0. Traps when the counts differ.
/// - Parameter p: the predicted probabilities.
/// - Parameter y: the target distribution, with `p.count` elements.
/// - Returns: the loss in nats.
public func crossEntropy(_ p: Vector, _ y: Vector) -> Double {
  trapping { () throws(MathError) in try Checked.crossEntropy(p, y) }
}

/// The cross-entropy −log p[label] of probabilities `p` against a class index. p[label] = 0
/// gives +∞ and reports "division by zero in log". Traps when the label is out of range.
/// - Parameter p: the predicted probabilities.
/// - Parameter label: the true class, in `0..<p.count`.
/// - Returns: the loss in nats.
public func crossEntropy(_ p: Vector, label: Int) -> Double {
  trapping { () throws(MathError) in try Checked.crossEntropy(p, label: label) }
}

/// The fused, stable cross-entropy of softmax(logits) against a class index:
/// logSumExp(z) − z[label], computed as (max z − z[label]) + log1p(Σ_{j≠k} exp(zⱼ − max z)).
/// Finite for finite logits even when the softmax probability of the label underflows to 0
/// (where `crossEntropy(softmax(z), label:)` would be +∞), and accurate for a confidently
/// correct label (`crossEntropy(logits: [1000, 960], label: 0)` is 4.25e-18, not 0). NaN
/// propagates; +∞ logits give +∞ unless the label's logit is +∞ too. Traps when the label is out
/// of range.
/// - Parameter logits: the unnormalised scores z.
/// - Parameter label: the true class, in `0..<logits.count`.
/// - Returns: the loss in nats.
public func crossEntropy(logits: Vector, label: Int) -> Double {
  trapping { () throws(MathError) in try Checked.crossEntropy(logits: logits, label: label) }
}

/// The mean over rows of the fused cross-entropy of each row of logits against its label.
/// Traps unless there is one valid label per row and at least one row.
/// - Parameter logits: one row of scores per example.
/// - Parameter labels: the true class of each row.
/// - Returns: the mean loss in nats.
public func crossEntropy(logits: Matrix, labels: [Int]) -> Double {
  trapping { () throws(MathError) in try Checked.crossEntropy(logits: logits, labels: labels) }
}

/// The mean over rows of `crossEntropy(_: Vector, _: Vector)` of each row of `p` against the
/// same row of `y`. Traps unless the shapes match and there is at least one row.
/// - Parameter p: one row of probabilities per example.
/// - Parameter y: one row of target probabilities per example.
/// - Returns: the mean loss in nats.
public func crossEntropy(_ p: Matrix, _ y: Matrix) -> Double {
  trapping { () throws(MathError) in try Checked.crossEntropy(p, y) }
}
