/// Finds the samples' people, places and countries in a sentence (whole words, longest first) and makes a template.
struct SlotMatcher: Sendable {
    /// One name to look for.
    private struct Slot: Sendable {
        let scalars: [Unicode.Scalar]
        let segment: TemplateSegment
    }

    private let slots: [Slot]

    /// Builds the slot list from `SyntheticPools`.
    init() {
        var slots: [Slot] = []
        for (i, person) in SyntheticPools.samplePersons.enumerated() {
            slots.append(Slot(scalars: Array((person.first + " " + person.last).unicodeScalars), segment: .person(i, surnameOnly: false)))
            slots.append(Slot(scalars: Array(person.last.unicodeScalars), segment: .person(i, surnameOnly: true)))
        }
        for (i, place) in SyntheticPools.samplePlaces.enumerated() {
            slots.append(Slot(scalars: Array(place.unicodeScalars), segment: .place(i)))
        }
        for (i, country) in SyntheticPools.sampleCountries.enumerated() {
            slots.append(Slot(scalars: Array(country.unicodeScalars), segment: .country(i)))
        }
        // Longest first so "Jordan Whitfield" wins over "Jordan" and "Burkina Faso" over nothing shorter.
        self.slots = slots.sorted { $0.scalars.count > $1.scalars.count }
    }

    /// The sentence as literal text and slots.
    func template(for sentence: String) -> [TemplateSegment] {
        let scalars = Array(sentence.unicodeScalars)
        var segments: [TemplateSegment] = []
        var literal = String.UnicodeScalarView()
        var p = 0
        outer: while p < scalars.count {
            if p == 0 || !Self.isWordScalar(scalars[p - 1]) {
                for slot in slots where Self.matches(slot.scalars, in: scalars, at: p) {
                    if !literal.isEmpty {
                        segments.append(.text(String(literal)))
                        literal = String.UnicodeScalarView()
                    }
                    segments.append(slot.segment)
                    p += slot.scalars.count
                    continue outer
                }
            }
            literal.append(scalars[p])
            p += 1
        }
        if !literal.isEmpty { segments.append(.text(String(literal))) }
        return segments
    }

    /// Whether `needle` occurs at `p` as a whole word.
    private static func matches(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], at p: Int) -> Bool {
        guard p + needle.count <= hay.count, hay[p] == needle[0] else { return false }
        for k in 1..<needle.count where hay[p + k] != needle[k] { return false }
        let after = p + needle.count
        return after == hay.count || !isWordScalar(hay[after])
    }

    /// Letters and digits continue a word; apostrophes and punctuation end it ("Ukraine's" matches "Ukraine").
    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ("0"..."9").contains(s)
    }
}
