/// Collects prepared files from a backlog and writes them in shared transactions: at most
/// `maxArticles` articles, or what was prepared within `maxDelay` seconds of the first file, per
/// transaction. Each article is still written whole, and one that fails fails alone
/// (`IngestPipeline.commit`). One commit per article cost a WAL append and lock round trip each;
/// a shared one spreads that over the batch.
struct IngestBatch {
    /// Most articles per transaction while the watcher catches up (the monitor shows each commit).
    static let maxArticles = 200
    /// Longest time a prepared file waits for its transaction there (seconds), so a slow trickle is not held back.
    static let maxDelay = 0.25
    /// Most articles per transaction in a large one-shot run (`ingestAll`), once `backlogAfter` articles
    /// are written. Larger transactions write each shared index page once for more articles: 500
    /// instead of 200 took 9% less CPU and 20-30% less wall time over 10,000 files, for 6 MB more
    /// peak memory (`docs/DECISIONS.md`, "Store writer and ingest speed").
    static let backlogArticles = 500
    /// Longest wait for a transaction in a large one-shot run (seconds).
    static let backlogDelay = 1.0
    /// Articles a one-shot run writes with the watcher's limits first: its first commit comes as soon
    /// as the watcher's would (a reader sees progress early, a signal finds the run still going), then
    /// it moves to the larger transactions. 1,000 until session 5: a run of 1,000 files then made five
    /// commits of 200 instead of three, each writing every touched index page (DECISIONS, "Store writer
    /// (session 5)").
    static let backlogAfter = 200

    /// This batch's article limit.
    private var limit: Int
    /// This batch's time limit (seconds).
    private var delay: Double
    /// Articles added after which the backlog limits apply (nil: never).
    private let growsAfter: Int?
    private var added = 0
    /// What reads, extracts and writes.
    let pipeline: IngestPipeline
    private var files: [(index: Int, file: PreparedFile)] = []
    private var articles = 0
    private var firstAdded = 0.0

    /// Creates an empty batch writing through `pipeline` with the watcher's limits; with `growsAfter`,
    /// the backlog limits apply once that many articles were added.
    init(pipeline: IngestPipeline, growsAfter: Int? = nil) {
        self.pipeline = pipeline
        limit = IngestBatch.maxArticles
        delay = IngestBatch.maxDelay
        self.growsAfter = growsAfter
    }

    /// Whether nothing is waiting.
    var isEmpty: Bool { files.isEmpty }

    /// Adds a prepared file (the `index`-th of the run); writes the batch when it is full or old enough.
    /// `onDone` is called for each file once its articles are written, in the order they were added.
    mutating func add(_ file: PreparedFile, index: Int, onEvent: (IngestEvent) -> Void,
                      onDone: (_ index: Int, _ path: String, _ outcome: IngestPipeline.Outcome) -> Void) {
        if files.isEmpty { firstAdded = WatchLoop.monotonicNow() }
        files.append((index, file))
        articles += file.items.count
        added += file.items.count
        if let growsAfter, added >= growsAfter {
            limit = IngestBatch.backlogArticles
            delay = IngestBatch.backlogDelay
        }
        if articles >= limit || WatchLoop.monotonicNow() - firstAdded >= delay {
            flush(onEvent: onEvent, onDone: onDone)
        }
    }

    /// Writes everything waiting, then finishes each file (JSON files forget dropped elements).
    mutating func flush(onEvent: (IngestEvent) -> Void, onDone: (_ index: Int, _ path: String, _ outcome: IngestPipeline.Outcome) -> Void) {
        guard !files.isEmpty else { return }
        let waiting = files
        files = []
        articles = 0
        let outcomes = pipeline.commit(waiting.map(\.file), onEvent: onEvent)
        for (entry, outcome) in zip(waiting, outcomes) {
            let finished = pipeline.finish(path: entry.file.path, kept: entry.file.kept, outcome: outcome, onEvent: onEvent)
            onDone(entry.index, entry.file.path, finished)
        }
    }
}
