import WatchfloorExtraction
import WatchfloorModel
import WatchfloorStore

/// Ingests one file: read, skip known content, extract, store; every failure becomes one error
/// record and one `.failed` event, never a thrown error.
struct IngestPipeline: Sendable {
    /// Where facts go.
    let store: EventStore
    /// What finds the facts.
    let extractor: Extractor
    /// Limits.
    let options: IngestOptions

    /// Ingests `path`, reporting each article's outcome.
    func ingest(path: String, onEvent: (IngestEvent) -> Void) {
        let contents: FileBytes.Contents
        let articles: [Article]
        do {
            contents = try FileBytes.read(path: path, maxBytes: options.maxFileBytes)
            articles = try ArticleReader.parse(bytes: contents.bytes, path: path, modificationTime: contents.modificationTime)
        } catch {
            fail(path: path, message: error.description, onEvent: onEvent)
            return
        }
        var kept = Set<String>()
        for article in articles {
            kept.insert(article.path)
            let hash = ContentHash.sha256(text: article.text)
            do {
                if try store.recordIfKnown(path: article.path, contentHash: hash) != nil {
                    onEvent(.unchanged(path: article.path))
                    continue
                }
                let extraction = extractor.extract(article)
                let size = articles.count == 1 ? contents.bytes.count : article.text.utf8.count
                let outcome = try store.record(article: article, extraction: extraction, contentHash: hash, size: size)
                if outcome.stored {
                    onEvent(.stored(path: article.path, articleID: outcome.articleID, countries: extraction.countries.count,
                                    actors: extraction.actors.count, incidents: extraction.incidents.count))
                } else {
                    onEvent(.unchanged(path: article.path))
                }
            } catch {
                fail(path: article.path, message: "store write failed: \(error)", onEvent: onEvent)
            }
        }
        let ext = ArticleReader.fileExtension(of: path)
        if ext == "json" || ext == "jsonl" {
            do {
                for gone in try store.pruneArticles(fromFile: path, keeping: kept) { onEvent(.removed(path: gone)) }
            } catch {
                onEvent(.warning("could not forget old elements of \(path): \(error)"))
            }
        }
    }

    /// Forgets a file or directory that disappeared.
    func remove(path: String, onEvent: (IngestEvent) -> Void) {
        do {
            for gone in try store.markRemoved(path: path) { onEvent(.removed(path: gone)) }
        } catch {
            onEvent(.warning("could not forget \(path): \(error)"))
        }
    }

    /// Forgets stored files under `root` that no longer exist (after a scan or rescan).
    func removeVanished(under root: String, present: Set<String>, onEvent: (IngestEvent) -> Void) {
        guard let stored = try? store.storedFiles(under: root) else { return }
        for path in stored.subtracting(present).sorted() where !FileStatus.exists(path) {
            remove(path: path, onEvent: onEvent)
        }
    }

    private func fail(path: String, message: String, onEvent: (IngestEvent) -> Void) {
        do {
            try store.recordError(path: path, message: message)
        } catch {
            onEvent(.warning("could not record the error for \(path): \(error)"))
        }
        onEvent(.failed(path: path, message: message))
    }
}
