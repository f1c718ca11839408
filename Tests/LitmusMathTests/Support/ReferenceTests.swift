import Testing

@Test func referenceFixtureHasCasesForEveryFunction() {
  let names = [
    "softmax", "naiveSoftmax", "logSumExp", "logSoftmax", "softmaxMatrix", "logSumExpMatrix",
    "logSoftmaxMatrix", "exp", "log", "relu", "clip", "dot", "outer", "matmul", "matmulVector",
    "crossEntropyProbabilities", "crossEntropyLabel", "crossEntropyLogits",
    "crossEntropyLogitsBatch", "crossEntropyMatrix", "softmaxJacobian", "crossEntropyGradient",
    "softmaxCrossEntropyGradient", "softmaxCrossEntropyGradientBatch", "linearWeightGradient",
    "linearWeightGradientBatch", "twoLayerNetwork",
  ]
  for name in names {
    #expect(!Reference.cases(name).isEmpty, "no reference cases for \(name)")
  }
}
