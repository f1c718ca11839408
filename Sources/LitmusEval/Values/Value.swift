import LitmusMath
import LitmusPlot

/// A value computed by an example: the kinds of values LitmusMath's API and
/// Swift's scalars produce.
public enum Value: Sendable {
  /// A Swift `Int` (`v.count`, `v.argmax()`, `3 / 2`).
  case int(Int)
  /// A Swift `Double`.
  case double(Double)
  /// A Swift `Bool`.
  case bool(Bool)
  /// A Swift `String`.
  case string(String)
  /// A LitmusMath `Vector`.
  case vector(Vector)
  /// A LitmusMath `Matrix`.
  case matrix(Matrix)
  /// A Swift `[Int]` (`let labels = [0, 2]`).
  case intArray([Int])
  /// A Swift `[Double]` (`let xs = [0.5, 1]`).
  case doubleArray([Double])
  /// A Swift `[String]` (`["candy", "toy", "cake"]`, labels of a figure).
  case stringArray([String])
  /// A `ClosedRange<Double>` (`1e-7...(1 - 1e-7)`).
  case doubleRange(ClosedRange<Double>)
  /// A `ClosedRange<Int>` (`0...2`).
  case intClosedRange(ClosedRange<Int>)
  /// A `Range<Int>` (`0..<3`).
  case intRange(Range<Int>)
  /// A LitmusMath `TwoLayerNetwork`.
  case network(TwoLayerNetwork)
  /// A LitmusMath `TwoLayerGradients`.
  case gradients(TwoLayerGradients)
  /// A closure written in the example (`{ z in crossEntropy(logits: z, label: 2) }`).
  case closure(InterpretedClosure)
  /// A LitmusPlot `Figure` (`plot(-4...4) { x in exp(x) }`); it has no stated form.
  case figure(Figure)
}
