import WatchfloorModel

/// Reads article files (`.txt`, `.md`/`.markdown`, `.json`, `.jsonl`) into `Article` values.
///
/// Text is decoded as UTF-8 (a byte-order mark stays in the text as U+FEFF at offset 0, so offsets
/// equal Python `str` indices of the file decoded as `utf-8`), UTF-16 with a byte-order mark, or
/// Windows-1252 when the bytes are not valid UTF-8 (`headers["encoding"]` then names it).
/// Line endings are kept as they are; CR LF header lines parse the same as LF ones.
public enum ArticleReader {
    /// The file extensions read as articles.
    public static let extensions: Set<String> = ["txt", "md", "markdown", "json", "jsonl"]

    /// Whether a file name is an article file (.txt .md .markdown .json .jsonl), not a dotfile/*.tmp/*.part/*~/.swp etc.
    public static func isArticleFile(name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("."), !name.hasPrefix("~"), !name.hasPrefix("#"),
              let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        let ext = name[name.index(after: dot)...].lowercased()
        // Temp and swap names (`a.txt~`, `a.txt.tmp`, `.a.txt.swp`) never end in an article extension.
        return extensions.contains(ext)
    }

    /// Reads one file (size limit checked with stat BEFORE reading) into one or more articles.
    public static func read(path: String, maxBytes: Int = 20 * 1024 * 1024) throws(ArticleReadError) -> [Article] {
        let contents = try FileBytes.read(path: path, maxBytes: maxBytes)
        return try parse(bytes: contents.bytes, path: path, modificationTime: contents.modificationTime)
    }

    /// Parses already-read bytes; `modificationTime` (seconds since 1970) is the last-resort published date.
    public static func parse(bytes: [UInt8], path: String, modificationTime: Double?) throws(ArticleReadError) -> [Article] {
        let decoded = try ArticleTextDecoder.decode(bytes)
        switch fileExtension(of: path) {
        case "json":
            return try JSONArticleParser.parseJSON(text: decoded.text, path: path, modificationTime: modificationTime)
        case "jsonl":
            return try JSONArticleParser.parseLines(text: decoded.text, path: path, modificationTime: modificationTime)
        case "md", "markdown":
            return [MarkdownArticleParser.parse(text: decoded.text, path: path, modificationTime: modificationTime, encoding: decoded.encoding)]
        default:
            return [TextArticleParser.parse(text: decoded.text, path: path, modificationTime: modificationTime, encoding: decoded.encoding)]
        }
    }

    /// The lower-cased extension of the last path component, or "" when there is none.
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
