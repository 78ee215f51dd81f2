import Testing
@testable import WatchfloorExtraction

@Test func scalarBufferDecodesEveryUTF8Width() {
    let text = "Kyiv — Київ 東京 📰 e\u{301} \"q\""
    let scalars = ScalarBuffer.scalars(of: text)
    #expect(scalars == Array(text.unicodeScalars))
    #expect(ScalarBuffer.string(scalars, 0, scalars.count) == text)
    #expect(ScalarBuffer.string(scalars, 7, 11) == "Київ")
    #expect(ScalarBuffer.string(scalars, 5, 5).isEmpty)
}

@Test func jsonWriterEscapesOnlyWhatNeedsIt() {
    var w = JSONWriter()
    w.open("[")
    w.string("plain Київ")
    w.string("say \"hi\"\\ \u{2028}\n")
    w.close("]")
    #expect(w.out == "[\"plain Київ\",\"say \\\"hi\\\"\\\\ \\u2028\\n\"]")
}
