import Foundation

/// Reads, hashes and extracts the files of a backlog on worker threads, at most `window` files ahead
/// of the one being written, and hands them back strictly in file order, so what is committed and
/// reported, and in which order, is the same as with one thread. Extraction is most of an article's
/// cost once writes are batched; this lets it use a second core while the writer commits.
final class PrepareAhead: @unchecked Sendable {
    /// One file's result: prepared, or to be ingested on its own (`IngestPipeline.prepare` gave nil).
    private enum Slot {
        case ready(PreparedFile?)
    }

    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var results: [Int: Slot] = [:]
    private var nextToTake = 0
    private var consumed = 0
    private var stopped = false
    private var running = 0

    /// Dropped by `stop()`: a finished Thread object may outlive the run, and must not keep the store
    /// open (the store is closed, and its WAL checkpointed away, when the last reference goes).
    private var pipeline: IngestPipeline?
    private let files: [String]
    private let window: Int

    /// Starts `workers` threads preparing `files` in order.
    init(files: [String], pipeline: IngestPipeline, workers: Int, window: Int = 32) {
        self.files = files
        self.pipeline = pipeline
        self.window = max(1, window)
        let count = max(1, min(workers, files.count))
        running = files.isEmpty ? 0 : count
        guard !files.isEmpty else { return }
        for _ in 0..<count {
            let thread = Thread { [self] in work() }
            thread.name = "watchfloor-extract"
            thread.start()
        }
    }

    /// How many workers to use: one per core, at most two (the writer needs a core too);
    /// `WATCHFLOOR_EXTRACT_THREADS` (1-8) overrides it, so the benchmark can compare.
    static var defaultWorkers: Int {
        if let text = ProcessInfo.processInfo.environment["WATCHFLOOR_EXTRACT_THREADS"], let n = Int(text), (1...8).contains(n) {
            return n
        }
        return max(1, min(2, ProcessInfo.processInfo.activeProcessorCount))
    }

    private func work() {
        while true {
            condition.lock()
            while !stopped && nextToTake < files.count && nextToTake >= consumed + window { condition.wait() }
            guard !stopped, nextToTake < files.count, let pipeline else {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let n = nextToTake
            nextToTake += 1
            condition.unlock()
            let prepared = pipeline.prepare(path: files[n])
            condition.lock()
            results[n] = .ready(prepared)
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The `n`-th file prepared (nil: ingest it on its own with `IngestPipeline.ingest`), waiting for it
    /// if a worker is still on it. Call with n = 0, 1, 2, ... in turn.
    func take(_ n: Int) -> PreparedFile? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if case .ready(let prepared) = results.removeValue(forKey: n) {
                consumed = n + 1
                condition.broadcast()
                return prepared
            }
            if running == 0 { return nil }
            condition.wait()
        }
    }

    /// Stops the workers after the file each is on, and waits for them.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        results = [:]
        pipeline = nil
        condition.unlock()
    }
}
