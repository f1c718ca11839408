/// The Jacobian of softmax at output `s`: diag(s) − s sᵀ, i.e. `[i, j] = s[i] * (δᵢⱼ − s[j])`.
/// Symmetric; each row sums to 0 when `s` sums to 1. NaN propagates. Traps above
/// `MathLimits.maximumElements` (the result has `s.count²` elements).
/// - Parameter s: a softmax output.
/// - Returns: the `s.count`×`s.count` Jacobian ∂sᵢ/∂zⱼ.
public func softmaxJacobian(_ s: Vector) -> Matrix {
  trapping { () throws(MathError) in try Checked.softmaxJacobian(s) }
}

/// The gradient of `crossEntropy(p, y)` with respect to `p`: −yᵢ / pᵢ. Entries with yᵢ = 0
/// are −0 (matching the loss's convention that they do not count), so
/// `crossEntropyGradient([0.19, 0.20, 0.22, 0.23, 0.16], oneHot(2, count: 5))` is
/// `[-0, -0, -4.6086…, -0, -0]`. A weighted pᵢ = 0 gives −∞ and reports "division by zero in
/// divide". Traps when the counts differ.
/// - Parameter p: the predicted probabilities.
/// - Parameter y: the target distribution.
/// - Returns: dL/dp.
public func crossEntropyGradient(_ p: Vector, _ y: Vector) -> Vector {
  trapping { () throws(MathError) in try Checked.crossEntropyGradient(p, y) }
}

/// The gradient of `crossEntropy(logits: z, label:)` with respect to the logits:
/// softmax(z) − oneHot(label); NaN and ±∞ logits behave as in `softmax(_:)`. Traps when the
/// label is out of range.
/// - Parameter logits: the unnormalised scores z.
/// - Parameter label: the true class.
/// - Returns: dL/dz.
public func softmaxCrossEntropyGradient(logits: Vector, label: Int) -> Vector {
  trapping { () throws(MathError) in
    try Checked.softmaxCrossEntropyGradient(logits: logits, label: label)
  }
}

/// The gradient of `crossEntropy(logits: Z, labels:)` (a mean over m rows) with respect to Z:
/// (softmax(Z) − Y) / m; NaN and ±∞ logits behave as in `softmax(_:)`, row by row. Traps
/// unless there is one valid label per row and at least one row.
/// - Parameter logits: one row of scores per example.
/// - Parameter labels: the true class of each row.
/// - Returns: dL/dZ, the shape of `logits`.
public func softmaxCrossEntropyGradient(logits: Matrix, labels: [Int]) -> Matrix {
  trapping { () throws(MathError) in
    try Checked.softmaxCrossEntropyGradient(logits: logits, labels: labels)
  }
}

/// The gradient of a loss with respect to the weights W of a linear layer z = x W (row-vector
/// convention, W is inputs × classes), given the gradient g = dL/dz: outer(x, g).
///
/// For the seed example (x = [0.1, 0.5, 0.4], g = s − y over 5 classes) this is 3×5. NaN
/// propagates. Traps above the element limit.
/// - Parameter input: the layer's input x.
/// - Parameter outputGradient: dL/dz, e.g. `softmaxCrossEntropyGradient(logits:label:)`.
/// - Returns: dL/dW, `input.count`×`outputGradient.count`.
public func linearWeightGradient(input: Vector, outputGradient: Vector) -> Matrix {
  trapping { () throws(MathError) in
    try Checked.linearWeightGradient(input: input, outputGradient: outputGradient)
  }
}

/// The batch weight gradient of Z = X W: Xᵀ G, where G = dL/dZ is already averaged over the
/// batch (e.g. from `softmaxCrossEntropyGradient(logits:labels:)`, giving Xᵀ(S − Y)/m).
/// NaN propagates. Traps when X and G have different row counts.
/// - Parameter input: the batch X, one example per row.
/// - Parameter outputGradient: G, one row per example.
/// - Returns: dL/dW, `input.columns`×`outputGradient.columns`.
public func linearWeightGradient(input: Matrix, outputGradient: Matrix) -> Matrix {
  trapping { () throws(MathError) in
    try Checked.linearWeightGradient(input: input, outputGradient: outputGradient)
  }
}
