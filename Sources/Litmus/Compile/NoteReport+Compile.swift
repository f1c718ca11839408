extension NoteReport {
  /// The report with more diagnostics (from `litmus check --compile`), in source order.
  /// - Parameter more: The diagnostics to add.
  /// - Returns: A report with the same checks and every diagnostic.
  public func adding(_ more: [Diagnostic]) -> NoteReport {
    NoteReport(
      path: path, title: title, order: order, checks: checks, diagnostics: diagnostics + more,
      isUnreadable: isUnreadable)
  }
}
