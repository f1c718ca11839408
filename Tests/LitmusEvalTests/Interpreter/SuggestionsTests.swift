import Testing

@testable import LitmusEval

@Suite struct SuggestionsTests {
  @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    #expect(Suggestions.editDistance("softmx", "softmax") == 1)
    #expect(Suggestions.editDistance("kitten", "sitting") == 3)
    #expect(Suggestions.editDistance("", "abc") == 3)
    #expect(Suggestions.editDistance("same", "same") == 0)
  }

  @Test func closestIgnoresCaseAndPrefersTheNearest() {
    #expect(Suggestions.closest(to: "SoftMax", among: ["softmax", "logSoftmax"]) == "softmax")
    #expect(Suggestions.closest(to: "onehot", among: ["oneHot", "outer"]) == "oneHot")
  }

  @Test func farNamesAreNotSuggested() {
    #expect(Suggestions.closest(to: "FileManager", among: ["softmax", "matmul"]) == nil)
  }
}
