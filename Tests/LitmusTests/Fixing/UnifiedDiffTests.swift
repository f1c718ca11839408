import Testing

@testable import Litmus

@Suite struct UnifiedDiffTests {
  @Test func identicalFilesGiveNoDiff() {
    #expect(UnifiedDiff.make(old: Array("a\n".utf8), new: Array("a\n".utf8), path: "x") == "")
  }

  @Test func oneChangedLineGivesOneHunkWithContext() {
    let old = Array((1...10).map { "line \($0)\n" }.joined().utf8)
    let new = Array((1...10).map { $0 == 5 ? "LINE 5\n" : "line \($0)\n" }.joined().utf8)
    let diff = UnifiedDiff.make(old: old, new: new, path: "x.md")
    #expect(
      diff == """
        --- x.md
        +++ x.md
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +LINE 5
         line 6
         line 7
         line 8

        """)
  }
}
