/// `TimeToken.key(of:)` of the marks and short words the time and incident rules compare tokens with, made once for
/// every rule (`token.isMark(".", key: MarkKey.period)` answers as `token.lower == "."`).
enum MarkKey {
    /// The key of "-".
    static let hyphen = TimeToken.key(of: "-")
    /// The key of "'".
    static let apostrophe = TimeToken.key(of: "'")
    /// The key of "s".
    static let s = TimeToken.key(of: "s")
    /// The key of "the".
    static let the = TimeToken.key(of: "the")
    /// The key of "to".
    static let to = TimeToken.key(of: "to")
    /// The key of "by".
    static let by = TimeToken.key(of: "by")
    /// The key of ";".
    static let semicolon = TimeToken.key(of: ";")
    /// The key of ":".
    static let colon = TimeToken.key(of: ":")
    /// The key of ",".
    static let comma = TimeToken.key(of: ",")
    /// The key of ".".
    static let period = TimeToken.key(of: ".")
    /// The key of "!".
    static let bang = TimeToken.key(of: "!")
    /// The key of "?".
    static let question = TimeToken.key(of: "?")
    /// The key of "%".
    static let percent = TimeToken.key(of: "%")
    /// The key of "=".
    static let equals = TimeToken.key(of: "=")
    /// The key of "(".
    static let parenthesis = TimeToken.key(of: "(")
}
