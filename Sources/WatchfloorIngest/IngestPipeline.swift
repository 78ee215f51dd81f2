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
        var start = 0
        while start < articles.count {
            let chunk = Array(articles[start..<min(articles.count, start + IngestPipeline.chunkSize)])
            start += IngestPipeline.chunkSize
            do {
                let prepared = try prepareChunk(chunk, path: path, fileSize: articles.count == 1 ? contents.bytes.count : nil)
                if commit([prepared], onEvent: onEvent).contains(.storeFailed) { outcome = .storeFailed }
            } catch {
                failAll(chunk.map(\.path), error: error, onEvent: onEvent)
                outcome = .storeFailed
            }
        }
        return finish(path: path, kept: Set(articles.map(\.path)), outcome: outcome, onEvent: onEvent)
    }

    /// Articles of one file stored per write transaction (a JSON array can hold tens of thousands).
    static let chunkSize = 128

    /// Reads, hashes and extracts a file for a write shared with other files; nil when the file must
    /// go through `ingest(path:)` instead (unreadable, vanished, more articles than one chunk, or the
    /// store could not be read), which handles and reports each of those.
    func prepare(path: String) -> PreparedFile? {
        guard let contents = try? FileBytes.read(path: path, maxBytes: options.maxFileBytes),
              let articles = try? ArticleReader.parse(bytes: contents.bytes, path: path, modificationTime: contents.modificationTime),
              articles.count <= IngestPipeline.chunkSize else { return nil }
        return try? prepareChunk(articles, path: path, fileSize: articles.count == 1 ? contents.bytes.count : nil)
    }

    /// One read to learn which articles of a group are new, and extraction of those only.
    /// `fileSize` is the file's size when it holds one article.
    private func prepareChunk(_ chunk: [Article], path: String, fileSize: Int?) throws -> PreparedFile {
        let hashes = chunk.map { ContentHash.sha256(text: $0.text) }
        let statuses = try store.contentStatus(zip(chunk, hashes).map { (path: $0.0.path, contentHash: $0.1) })
        var prepared = PreparedFile(path: path, kept: Set(chunk.map(\.path)))
        for (n, article) in chunk.enumerated() {
            let size = fileSize ?? article.text.utf8.count
            switch statuses[n] {
            case .pruned:
                prepared.skipped.append(article.path)
            case .stored:
                prepared.items.append(BatchArticle(article: article, contentHash: hashes[n], size: size, extraction: nil))
            case .new:
                let (view, note) = budget.bounded(article)
                prepared.notes[article.path] = note
                var item = BatchArticle(article: article, contentHash: hashes[n], size: size, extraction: extractor.extract(view))
                // Here, on an extraction thread when ingest reads ahead (PrepareAhead), not on the single writing thread.
                item.prepareForStore()
                prepared.items.append(item)
            }
        }
        return prepared
    }

    /// Writes the articles of prepared files in one transaction and reports each. When that write
    /// fails for a reason that may lie in one article (not a full disk, a lock or a read-only store),
    /// each article is written again on its own, so one bad article fails alone. Returns each file's outcome.
    func commit(_ files: [PreparedFile], onEvent: (IngestEvent) -> Void) -> [Outcome] {
        let items = files.flatMap(\.items)
        do {
            let outcomes = items.isEmpty ? [] : try store.recordBatch(items)
            var next = 0
            return files.map { file in
                for path in file.skipped { onEvent(.unchanged(path: path)) }
                var outcome = Outcome.finished
                for item in file.items {
                    let recorded = outcomes[next]
                    next += 1
                    do {
                        if let recorded {
                            report(recorded, item, note: file.notes[item.article.path], onEvent: onEvent)
                        } else {
                            // Its stored copy was removed between the read and the write: read it as new content.
                            try storeAlone(item, onEvent: onEvent)
                        }
                    } catch {
                        failAll([item.article.path], error: error, onEvent: onEvent)
                        outcome = .storeFailed
                    }
                }
                return outcome
            }
        } catch {
            guard items.count > 1, !EventStore.isStoreWide(error) else {
                return files.map { file in
                    for path in file.skipped { onEvent(.unchanged(path: path)) }
                    failAll(file.items.map(\.article.path), error: error, onEvent: onEvent)
                    return file.items.isEmpty ? .finished : .storeFailed
                }
            }
            return files.map { file in
                var outcome = Outcome.finished
                for path in file.skipped { onEvent(.unchanged(path: path)) }
                for item in file.items {
                    var alone = PreparedFile(path: file.path, kept: [])
                    alone.items = [item]
                    alone.notes = file.notes
                    if commit([alone], onEvent: onEvent).contains(.storeFailed) { outcome = .storeFailed }
                }
                return outcome
            }
        }
    }

    /// After a file's articles are written: a JSON file forgets the elements it no longer has.
    func finish(path: String, kept: Set<String>, outcome: Outcome, onEvent: (IngestEvent) -> Void) -> Outcome {
        let ext = ArticleReader.fileExtension(of: path)
        guard outcome == .finished, ext == "json" || ext == "jsonl" else { return outcome }
        do {
            for gone in try store.pruneArticles(fromFile: path, keeping: kept) { onEvent(.removed(path: gone)) }
            return .finished
        } catch {
            onEvent(.warning("could not forget old elements of \(path): \(IngestPipeline.describe(error))"))
            return .storeFailed
        }
    }

    /// Records a failed store write for each path.
    private func failAll(_ paths: [String], error: any Error, onEvent: (IngestEvent) -> Void) {
        let message = StoreWriteFailure.message(reason: IngestPipeline.describe(error), retrying: retriesStoreFailures)
        for path in paths {
            _ = fail(path: path, message: message, onEvent: onEvent)
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
            onEvent(.warning(StoreWriteFailure.notRecordedWarning(path: path, reason: IngestPipeline.describe(error))))
        }
        onEvent(.failed(path: path, message: message))
        return written
    }

    /// A short description of a store error (SQLite's own words, e.g. "database or disk is full").
    static func describe(_ error: any Error) -> String { EventStore.describe(error) }
}
