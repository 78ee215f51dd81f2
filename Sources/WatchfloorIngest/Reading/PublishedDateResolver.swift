import WatchfloorModel

/// Chooses an article's published date: header or field, then a dateline at the top of the body,
/// then a date in the file name, then the file's modification time (as a UTC day).
enum PublishedDateResolver {
    /// The date and where it came from.
    static func resolve(
        headerValue: String?, firstBodyLine: String?, path: String, modificationTime: Double?
    ) -> (CalendarDay?, PublishedDateSource) {
        if let headerValue, let day = DateScanner.parse(headerValue) { return (day, .header) }
        if let firstBodyLine, let day = DateScanner.dateline(firstBodyLine) { return (day, .dateline) }
        if let day = DateScanner.fromFileName(fileName(of: path)) { return (day, .fileName) }
        if let modificationTime, let day = DateScanner.day(fromEpochSeconds: modificationTime) {
            return (day, .modificationTime)
        }
        return (nil, .none)
    }

    /// The last path component, without a `#N` element suffix.
    static func fileName(of path: String) -> String {
        var name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        if let hash = name.lastIndex(of: "#"), name[name.index(after: hash)...].allSatisfy(\.isNumber) {
            name = String(name[..<hash])
        }
        return name
    }
}
