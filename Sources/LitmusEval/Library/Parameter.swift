/// One parameter of a library function: its argument label, type and whether
/// it may be omitted.
struct Parameter: Sendable {
  /// The argument label; `nil` for `_`.
  var label: String?
  /// The parameter's type.
  var type: ParameterType
  /// Whether the parameter has a default value.
  var hasDefault = false
}
