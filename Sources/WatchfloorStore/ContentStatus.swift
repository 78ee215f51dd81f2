/// What the store already knows about a piece of content, before anyone extracts facts from it.
public enum ContentStatus: Sendable, Equatable {
    /// Not stored under any path, and not pruned at this path: it must be extracted and recorded.
    case new
    /// Stored (under this path or another): `recordBatch` without an extraction settles it.
    case stored
    /// This path held this content before retention pruned it: skip it.
    case pruned
}
