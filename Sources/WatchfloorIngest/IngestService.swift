import WatchfloorExtraction
import WatchfloorModel
import WatchfloorStore

/// Ingests article files into the store: once over a backlog (`ingestAll`) or continuously
/// (`startWatching`). Every bad file becomes one error record and one `.failed` event; nothing
/// stops the run. Events are delivered on the calling thread (`ingestAll`) or on the watch thread.
public final class IngestService: Sendable {
    private let store: EventStore
    private let extractor: Extractor
    private let options: IngestOptions

    /// Creates a service writing to `store` with `extractor`.
    public init(store: EventStore, extractor: Extractor, options: IngestOptions = IngestOptions()) {
        self.store = store
        self.extractor = extractor
        self.options = options
    }

    /// Ingests every article file under the paths (recursively) once, blocking; reports each outcome.
    /// Stored files under the paths that no longer exist are forgotten (`.removed`). With
    /// `options.keepDays`, old articles are pruned first. `isCancelled` is checked between files: the
    /// files already read when it turns true are committed whole, and the run ends there.
    public func ingestAll(paths: [String], isCancelled: @escaping @Sendable () -> Bool = { false },
                          onEvent: @escaping @Sendable (IngestEvent) -> Void) -> IngestSummary {
        // A one-shot run may write a large backlog: a larger writer cache for its duration only.
        store.withBulkWriteCache { ingestAllFiles(paths: paths, isCancelled: isCancelled, onEvent: onEvent) }
    }

    /// `ingestAll` inside the store's bulk write cache.
    private func ingestAllFiles(paths: [String], isCancelled: @escaping @Sendable () -> Bool,
                                onEvent: @escaping @Sendable (IngestEvent) -> Void) -> IngestSummary {
        let roots = IngestService.resolveRoots(paths)
        let walker = DirectoryWalker(roots: roots.resolved)
        let pipeline = IngestPipeline(store: store, extractor: extractor, options: options)
        var summary = IngestSummary()
        let report: (IngestEvent) -> Void = { event in
            summary.count(event)
            onEvent(event)
        }
        for missing in roots.missing { report(.failed(path: missing, message: "no such file or directory")) }
        pipeline.applyRetention(onEvent: report)
        let listings = roots.resolved.map { walker.walk($0) }
        let rejected = listings.flatMap(\.rejected)
        for entry in rejected { pipeline.reject(path: entry.path, error: entry.error, onEvent: report) }
        let files = listings.flatMap(\.files)
        report(.progress(done: 0, total: files.count))
        // Files are read and extracted one by one but written several per transaction (IngestBatch);
        // a file that cannot share one (unreadable, large JSON) is ingested on its own, in its turn.
        // Workers read and extract ahead (PrepareAhead); this thread writes, in file order.
        var batch = IngestBatch(pipeline: pipeline, growsAfter: IngestBatch.backlogAfter)
        let done = { (n: Int, _: String, _: IngestPipeline.Outcome) in report(.progress(done: n + 1, total: files.count)) }
        let ahead = PrepareAhead(files: files, pipeline: pipeline, workers: PrepareAhead.defaultWorkers)
        defer { ahead.stop() }
        for (n, file) in files.enumerated() {
            if isCancelled() {
                batch.flush(onEvent: report, onDone: done)
                return summary
            }
            if let prepared = ahead.take(n) {
                batch.add(prepared, index: n, onEvent: report, onDone: done)
            } else {
                batch.flush(onEvent: report, onDone: done)
                pipeline.ingest(path: file, onEvent: report)
                done(n, file, .finished)
            }
        }
        batch.flush(onEvent: report, onDone: done)
        let present = Set(files).union(rejected.map(\.path))
        for root in roots.resolved { pipeline.removeVanished(under: root, present: present, onEvent: report) }
        return summary
    }

    /// Scans the paths (emitting .progress(done,total) during the backlog) and then watches them on a background thread until stopped.
    public func startWatching(paths: [String], onEvent: @escaping @Sendable (IngestEvent) -> Void) throws -> IngestWatch {
        try startWatching(paths: paths, faults: nil, onEvent: onEvent)
    }

    /// `startWatching` with a fault-injection seam for tests.
    func startWatching(paths: [String], faults: WatchFaults?, onEvent: @escaping @Sendable (IngestEvent) -> Void) throws -> IngestWatch {
        let roots = IngestService.resolveRoots(paths)
        guard !roots.resolved.isEmpty else { throw IngestSetupError.nothingToWatch(roots.missing) }
        for missing in roots.missing { onEvent(.warning("not watching \(missing): no such directory")) }
        let signal = StopSignal(pipe: try WakePipe())
        let watch = IngestWatch(signal: signal)
        let pipeline = IngestPipeline(store: store, extractor: extractor, options: options)
        let walker = DirectoryWalker(roots: roots.resolved)
        let options = self.options
        watch.start {
            WatchLoop(pipeline: pipeline, walker: walker, signal: signal, options: options, faults: faults, onEvent: onEvent).run()
        }
        return watch
    }

    /// Absolute, symlink-free roots (so stored paths are the same whatever the working directory),
    /// and the paths that do not exist.
    static func resolveRoots(_ paths: [String]) -> (resolved: [String], missing: [String]) {
        var resolved: [String] = []
        var missing: [String] = []
        for path in paths {
            if let real = FileStatus.realPath(path) {
                if !resolved.contains(real) { resolved.append(real) }
            } else {
                missing.append(path)
            }
        }
        return (resolved, missing)
    }
}
