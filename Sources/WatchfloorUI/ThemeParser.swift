/// Reads the `key = value` theme format. Pure: it takes the file's text; reading the file is the caller's job.
///
/// ```
/// # comment lines start with '#'
/// selected = #f0f0f0 on #2c4a6e bold      # FOREGROUND [on BACKGROUND] [bold dim underline reverse italic]
/// dim = grey
/// ```
/// Colours are names (`red`, `bright_blue`, `grey`, `default` for the terminal's own) or `#rrggbb`/`#rgb`.
/// A value may start with `on` to set only the background. Unknown keys, bad values and duplicate keys are
/// reported as `ThemeIssue`s and fall back to the built-in default; nothing in a theme file can crash the monitor.
public enum ThemeParser {
    /// A parse that keeps going: the theme (complete, with fallbacks) and what was wrong.
    public static func parse(name: String, text: String) -> (theme: Theme, issues: [ThemeIssue]) {
        var styles = Theme.builtIn.styles
        var issues: [ThemeIssue] = []
        var seen: Set<ThemeKey> = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if issues.count >= 50 { break }
            let line = stripComment(String(rawLine)).trimmingCharacters
            if line.isEmpty { continue }
            guard let eq = line.firstIndex(of: "=") else {
                issues.append(ThemeIssue(theme: name, line: lineNumber, message: "expected 'key = value' (line ignored)"))
                continue
            }
            let keyText = String(line[..<eq]).trimmingCharacters.lowercased()
            let value = String(line[line.index(after: eq)...]).trimmingCharacters
            guard let key = ThemeKey(rawValue: keyText) else {
                issues.append(ThemeIssue(theme: name, line: lineNumber, message: "unknown key '\(printable(keyText))' (ignored)"))
                continue
            }
            if seen.contains(key) {
                issues.append(ThemeIssue(theme: name, line: lineNumber, message: "'\(key.rawValue)' set twice (last one wins)"))
            }
            seen.insert(key)
            switch parseStyle(value) {
            case .success(let style): styles[key] = style
            case .failure(let problem):
                issues.append(ThemeIssue(
                    theme: name, line: lineNumber,
                    message: "\(key.rawValue): \(problem.message) (default used)"
                ))
            }
        }
        return (Theme(name: name, styles: styles), issues)
    }

    /// Why a value could not be read.
    public struct ValueProblem: Error, Hashable, Sendable {
        /// What is wrong.
        public var message: String
    }

    /// Parses `FOREGROUND [on BACKGROUND] [attributes...]` (or `on BACKGROUND ...`).
    public static func parseStyle(_ value: String) -> Result<Style, ValueProblem> {
        let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return .failure(ValueProblem(message: "empty value")) }
        var style = Style()
        var sawForeground = false
        var i = 0
        while i < words.count {
            let word = words[i].lowercased()
            if word == "on" {
                guard i + 1 < words.count, let bg = TerminalColor(parsing: words[i + 1]) else {
                    return .failure(ValueProblem(message: "'on' needs a colour after it"))
                }
                style.background = bg
                i += 2
                continue
            }
            if let attr = TextAttributes.named[word] {
                style.attributes.insert(attr)
            } else if !sawForeground, let fg = TerminalColor(parsing: word) {
                style.foreground = fg
                sawForeground = true
            } else {
                return .failure(ValueProblem(message: "'\(printable(word))' is not a colour or attribute"))
            }
            i += 1
        }
        return .success(style)
    }

    /// The line without its `#` comment. Before the `=` a `#` always starts a comment; after it,
    /// a `#` directly followed by a hex digit is a colour (`#ff0000`), any other `#` starts a comment.
    private static func stripComment(_ line: String) -> String {
        let chars = Array(line)
        var sawEquals = false
        for i in chars.indices {
            if chars[i] == "=" { sawEquals = true }
            guard chars[i] == "#", i == 0 || chars[i - 1].isWhitespace else { continue }
            let nextIsHex = i + 1 < chars.count && chars[i + 1].isHexDigit
            if !sawEquals || !nextIsHex { return String(chars[..<i]) }
        }
        return line
    }

    /// Keeps issue messages short and free of control characters.
    private static func printable(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(40).map(Character.init))
    }
}
