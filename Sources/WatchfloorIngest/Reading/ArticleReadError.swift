/// Why an article file could not be read, in words a user can act on.
public enum ArticleReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file has no bytes, or only whitespace.
    case empty
    /// The content is not text (NUL bytes or many control characters).
    case binary(reason: String)
    /// The file is bigger than the configured limit.
    case tooLarge(size: Int, limit: Int)
    /// JSON that does not parse; `line` is set for JSON Lines files, `offset` is a byte offset (in the line for JSON Lines).
    case invalidJSON(line: Int?, offset: Int, reason: String)
    /// JSON that parses but does not hold an article (no body, wrong shape).
    case notAnArticle(reason: String)
    /// A UTF-16 file with a byte-order mark whose content is not valid UTF-16.
    case invalidEncoding(reason: String)
    /// Not a regular file (FIFO, device, socket, directory).
    case notRegularFile(kind: String)
    /// The file could not be opened or read (permissions, I/O error).
    case unreadable(reason: String)
    /// The file was deleted between the event that announced it and the read.
    case vanished
    /// The path's file name is not valid UTF-8 (its bytes cannot be stored as a path).
    case invalidFileName
    /// A symbolic link that is not followed (dangling, a loop, or pointing outside the watched directories).
    case refusedLink(reason: String)

    /// A one-line message for the user.
    public var description: String {
        switch self {
        case .empty:
            return "file is empty; write the article text into it or remove it"
        case .binary(let reason):
            return "not a text file (\(reason)); article files must be UTF-8 or UTF-16 text"
        case .tooLarge(let size, let limit):
            return "file is \(size) bytes, over the \(limit)-byte limit; split it or raise the limit"
        case .invalidJSON(let line, let offset, let reason):
            if let line {
                return "invalid JSON on line \(line) at byte \(offset): \(reason)"
            }
            return "invalid JSON at byte \(offset): \(reason)"
        case .notAnArticle(let reason):
            return "JSON holds no article: \(reason)"
        case .invalidEncoding(let reason):
            return "cannot decode the text: \(reason)"
        case .notRegularFile(let kind):
            return "not a regular file (\(kind)); only plain files are read"
        case .unreadable(let reason):
            return "cannot read the file: \(reason)"
        case .vanished:
            return "the file was deleted before it could be read"
        case .invalidFileName:
            return "the file name is not valid UTF-8; rename the file to have it read"
        case .refusedLink(let reason):
            return "symbolic link not followed: \(reason)"
        }
    }
}
