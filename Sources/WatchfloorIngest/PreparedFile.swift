import WatchfloorStore

/// One file read, hashed and extracted, waiting for the transaction that writes it (possibly
/// together with other files).
struct PreparedFile {
    /// The file.
    let path: String
    /// The article paths the file holds now (a JSON file forgets its other elements after the write).
    let kept: Set<String>
    /// Articles to record, in file order (with an extraction when their content is new).
    var items: [BatchArticle] = []
    /// Extraction-budget notes by article path.
    var notes: [String: String] = [:]
    /// Articles retention pruned whose content is unchanged: reported as `.unchanged`, not read again.
    var skipped: [String] = []

    /// Creates an empty prepared file.
    init(path: String, kept: Set<String>) {
        self.path = path
        self.kept = kept
    }
}
