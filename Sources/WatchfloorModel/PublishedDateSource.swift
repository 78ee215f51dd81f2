/// Where an article's published date came from, in order of trust.
public enum PublishedDateSource: String, Sendable, Codable, CaseIterable {
    /// A `Date:` header, front-matter `date`, or JSON date field.
    case header
    /// A dateline at the top of the body ("LONDON 1996-08-30").
    case dateline
    /// A date in the file name.
    case fileName = "filename"
    /// The file's modification time.
    case modificationTime = "mtime"
    /// No date could be found.
    case none
}
