/// The wording of a failed store write in ingest events, kept in one place: the pipeline writes it and the
/// monitor reads it back to show one standing "store write failed" problem instead of an error per file.
public enum StoreWriteFailure {
    private static let prefix = "store write failed: "
    private static let retrying = "; will try again"
    private static let notRecorded = "could not record the error for "

    /// The `.failed` message for an article whose store write failed with `reason`.
    static func message(reason: String, retrying: Bool) -> String {
        prefix + reason + (retrying ? self.retrying : "")
    }

    /// The warning when even a file's error record could not be written.
    static func notRecordedWarning(path: String, reason: String) -> String {
        notRecorded + path + ": " + reason
    }

    /// The store's reason when `event` reports a failed store write in either form, else nil.
    public static func reason(in event: IngestEvent) -> String? {
        switch event {
        case .failed(_, let message) where message.hasPrefix(prefix):
            let reason = message.dropFirst(prefix.count)
            return String(reason.hasSuffix(retrying) ? reason.dropLast(retrying.count) : reason)
        case .warning(let text) where text.hasPrefix(notRecorded):
            // The path may hold ": " itself; the reason never does.
            return text.ranges(of: ": ").last.map { String(text[$0.upperBound...]) }
        default:
            return nil
        }
    }
}
