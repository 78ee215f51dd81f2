import Foundation
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
    /// Whether a failed store write will be tried again (the watcher does; a one-shot run does not).
    var retriesStoreFailures = false
    /// How much text the extractor is given.
    var budget = ExtractionBudget()

    /// How one file ended.
    enum Outcome: Equatable {
        /// Stored, unchanged, or refused with an error record: nothing more to do until the file changes.
        case finished
        /// The store could not be written (full disk, read-only store, lock timeout): try again later.
        case storeFailed
    }

    /// Ingests `path`, reporting each article's outcome.
    @discardableResult
    func ingest(path: String, onEvent: (IngestEvent) -> Void) -> Outcome {
        let contents: FileBytes.Contents
        let articles: [Article]
        do throws(ArticleReadError) {
            contents = try FileBytes.read(path: path, maxBytes: options.maxFileBytes)
            articles = try ArticleReader.parse(bytes: contents.bytes, path: path, modificationTime: contents.modificationTime)
        } catch .vanished {
            // Deleted between the event and the read: that is a removal, not a broken file.
            remove(path: path, onEvent: onEvent)
            return .finished
        } catch {
            return fail(path: path, message: error.description, onEvent: onEvent) ? .finished : .storeFailed
        }
        var outcome = Outcome.finished
        let kept = Set(articles.map(\.path))
        var start = 0
        while start < articles.count {
            let chunk = Array(articles[start..<min(articles.count, start + IngestPipeline.chunkSize)])
            start += IngestPipeline.chunkSize
            if storeChunk(chunk, fileSize: articles.count == 1 ? contents.bytes.count : nil, onEvent: onEvent) == .storeFailed {
                outcome = .storeFailed
            }
        }
        let ext = ArticleReader.fileExtension(of: path)
        if outcome == .finished, ext == "json" || ext == "jsonl" {
            do {
                for gone in try store.pruneArticles(fromFile: path, keeping: kept) { onEvent(.removed(path: gone)) }
            } catch {
                onEvent(.warning("could not forget old elements of \(path): \(IngestPipeline.describe(error))"))
                outcome = .storeFailed
            }
        }
        return outcome
    }

    /// Articles of one file stored per write transaction (a JSON array can hold tens of thousands).
    static let chunkSize = 128

    /// Stores a group of articles from one file: one read to learn which are new, extraction of those
    /// only, then one write transaction for the group. `fileSize` is the file's size when it holds one article.
    private func storeChunk(_ chunk: [Article], fileSize: Int?, onEvent: (IngestEvent) -> Void) -> Outcome {
        let hashes = chunk.map { ContentHash.sha256(text: $0.text) }
        var notes: [String: String] = [:]
        do {
            let statuses = try store.contentStatus(zip(chunk, hashes).map { (path: $0.0.path, contentHash: $0.1) })
            var batch: [BatchArticle] = []
            for (n, article) in chunk.enumerated() {
                let size = fileSize ?? article.text.utf8.count
                switch statuses[n] {
                case .pruned:
                    onEvent(.unchanged(path: article.path))
                case .stored:
                    batch.append(BatchArticle(article: article, contentHash: hashes[n], size: size, extraction: nil))
                case .new:
                    let (view, note) = budget.bounded(article)
                    notes[article.path] = note
                    batch.append(BatchArticle(article: article, contentHash: hashes[n], size: size, extraction: extractor.extract(view)))
                }
            }
            let outcomes = try store.recordBatch(batch)
            for (item, recorded) in zip(batch, outcomes) {
                guard let recorded else {
                    // Its stored copy was removed between the read and the write: read it as new content.
                    try storeAlone(item, onEvent: onEvent)
                    continue
                }
                report(recorded, item, note: notes[item.article.path], onEvent: onEvent)
            }
            return .finished
        } catch {
            let retry = retriesStoreFailures ? "; will try again" : ""
            for article in chunk {
                _ = fail(path: article.path, message: "store write failed: \(IngestPipeline.describe(error))\(retry)", onEvent: onEvent)
            }
            return .storeFailed
        }
    }

    /// Extracts and records one article on its own.
    private func storeAlone(_ item: BatchArticle, onEvent: (IngestEvent) -> Void) throws {
        let (view, note) = budget.bounded(item.article)
        let extraction = extractor.extract(view)
        let recorded = try store.record(article: item.article, extraction: extraction, contentHash: item.contentHash, size: item.size)
        var done = item
        done.extraction = extraction
        report(recorded, done, note: note, onEvent: onEvent)
    }

    /// Reports what happened to one article.
    private func report(_ recorded: RecordOutcome, _ item: BatchArticle, note: String?, onEvent: (IngestEvent) -> Void) {
        guard recorded.stored, let extraction = item.extraction else {
            onEvent(.unchanged(path: item.article.path))
            return
        }
        if item.article.headers["encoding"] == "windows-1252" {
            onEvent(.warning("\(item.article.path): not valid UTF-8; read as Windows-1252"))
        }
        if let note { onEvent(.warning(note)) }
        onEvent(.stored(path: item.article.path, articleID: recorded.articleID, countries: extraction.countries.count,
                        actors: extraction.actors.count, incidents: extraction.incidents.count))
    }

    /// Records an article-named file that will not be read (FIFO, device, refused link, bad name).
    @discardableResult
    func reject(path: String, error: ArticleReadError, onEvent: (IngestEvent) -> Void) -> Outcome {
        fail(path: path, message: error.description, onEvent: onEvent) ? .finished : .storeFailed
    }

    /// Forgets a file or directory that disappeared.
    func remove(path: String, onEvent: (IngestEvent) -> Void) {
        do {
            for gone in try store.markRemoved(path: path) { onEvent(.removed(path: gone)) }
        } catch {
            onEvent(.warning("could not forget \(path): \(IngestPipeline.describe(error))"))
        }
    }

    /// Forgets stored files under `root` that no longer exist (after a scan or rescan).
    func removeVanished(under root: String, present: Set<String>, onEvent: (IngestEvent) -> Void) {
        guard let stored = try? store.storedFiles(under: root) else { return }
        for path in stored.subtracting(present).sorted() where !FileStatus.exists(path) {
            remove(path: path, onEvent: onEvent)
        }
    }

    /// Prunes articles older than `options.keepDays` (if set); reports how many went.
    func applyRetention(onEvent: (IngestEvent) -> Void) {
        guard let days = options.keepDays else { return }
        let cutoff = Date().timeIntervalSince1970 - Double(days) * 86_400
        do {
            let pruned = try store.prune(olderThan: cutoff)
            if pruned > 0 {
                onEvent(.warning("retention: forgot \(pruned) article\(pruned == 1 ? "" : "s") ingested more than \(days) day\(days == 1 ? "" : "s") ago"))
            }
        } catch {
            onEvent(.warning("retention could not prune the store: \(IngestPipeline.describe(error))"))
        }
    }

    /// Writes the error record and reports `.failed`; false when even the error could not be stored.
    private func fail(path: String, message: String, onEvent: (IngestEvent) -> Void) -> Bool {
        var written = true
        do {
            try store.recordError(path: path, message: message)
        } catch {
            written = false
            onEvent(.warning("could not record the error for \(path): \(IngestPipeline.describe(error))"))
        }
        onEvent(.failed(path: path, message: message))
        return written
    }

    /// A short description of a store error (SQLite's own words, e.g. "database or disk is full").
    static func describe(_ error: any Error) -> String { EventStore.describe(error) }
}
