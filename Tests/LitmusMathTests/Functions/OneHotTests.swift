import LitmusMath
import Testing

@Test func oneHotPutsASingleOneAtTheLabel() {
  #expect(oneHot(2, count: 5) == [0, 0, 1, 0, 0])
}

@Test func oneHotOfSeveralLabelsIsOneRowEach() {
  #expect(oneHot([0, 2], count: 3) == [[1, 0, 0], [0, 0, 1]])
}
