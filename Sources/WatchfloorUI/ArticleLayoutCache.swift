import Synchronization

/// Remembers the last few article layouts so that redrawing a scrolled article does not re-wrap it.
/// Rendering stays a function of its inputs: the cache only skips repeating the same computation.
final class ArticleLayoutCache: Sendable {
    private struct Key: Hashable {
        let articleID: Int64
        let width: Int
        let length: Int
    }

    private let entries = Mutex<[(Key, ArticleLayout)]>([])

    /// The shared cache.
    static let shared = ArticleLayoutCache()

    /// The layout of an article's text at a width.
    func layout(articleID: Int64, text: String, width: Int) -> ArticleLayout {
        let key = Key(articleID: articleID, width: width, length: text.utf8.count)
        if let hit = entries.withLock({ $0.first(where: { $0.0 == key })?.1 }) { return hit }
        let layout = ArticleLayout(text: text, width: width)
        entries.withLock { list in
            list.insert((key, layout), at: 0)
            if list.count > 2 { list.removeLast() }
        }
        return layout
    }
}
