import Foundation
import WatchfloorCore
import WatchfloorExtraction
import WatchfloorIngest
import WatchfloorModel
import WatchfloorStore

/// File close-write to changed frame, through the real inotify watcher and ingest pipeline, in process:
/// write an article file, wait for the watcher's `.stored` event, refresh the monitor state from the
/// store as the run loop does, render. Runs over copies of stores of growing size.
struct WatchBench {
    /// Files written per store size.
    let files: Int
    /// The extractor the pipeline uses.
    let extractor: Extractor

    /// Rows: end-to-end latency per store size, then its two halves (watch+ingest, refresh+render).
    func rows(fixtures: [StoreFixture?], pool: SentencePool, workDir: String, log: BenchLog) -> [BenchRow] {
        let target = BenchTarget(figure: .p99, bound: 0.3, isMinimum: false, label: "p99 < 300 ms", atSize: nil)
        var total: [BenchRow] = []
        var ingest: [BenchRow] = []
        var refresh: [BenchRow] = []
        let fm = FileManager.default
        for fixture in fixtures {
            let incidents = fixture?.nominal ?? 0
            let label = (incidents == 0 ? "empty" : BenchSize.label(incidents)) + " store"
            log.say("file-to-screen on \(label) x \(files)")
            let root = workDir + "/watch-\(getpid())-\(incidents)"
            try? fm.removeItem(atPath: root)
            defer { try? fm.removeItem(atPath: root) }
            do {
                try fm.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
                let storePath = root + "/store.sqlite"
                if let fixture { try fm.copyItem(atPath: fixture.path, toPath: storePath) }
                let samples = try measure(storePath: storePath, directory: root + "/in", pool: pool, seed: UInt64(7 + incidents), log: log)
                var row = BenchRow(measure: "file-to-screen (watcher)", size: max(1, incidents), sizeLabel: label)
                row.p50 = samples.total.p50
                row.p99 = samples.total.p99
                row.cpuP50 = samples.cpu.p50
                row.cpuP99 = samples.cpu.p99
                row.target = target
                total.append(row)
                var a = BenchRow(measure: "  of which watch+read+extract+store", size: max(1, incidents), sizeLabel: label)
                a.p50 = samples.ingest.p50
                a.p99 = samples.ingest.p99
                ingest.append(a)
                var b = BenchRow(measure: "  of which refresh+render", size: max(1, incidents), sizeLabel: label)
                b.p50 = samples.refresh.p50
                b.p99 = samples.refresh.p99
                refresh.append(b)
            } catch {
                total.append(.skipped("file-to-screen (watcher)", size: label, reason: "\(error)", target: target))
            }
        }
        return total + ingest + refresh
    }

    /// Errors while measuring.
    enum Failure: Error, CustomStringConvertible {
        case timeout(String)
        case notStored(String)

        var description: String {
            switch self {
            case .timeout(let name): "no ingest event for \(name) within 10 s"
            case .notStored(let what): "file was not stored: \(what)"
            }
        }
    }

    private func measure(storePath: String, directory: String, pool: SentencePool, seed: UInt64, log: BenchLog) throws
        -> (total: LatencySamples, ingest: LatencySamples, refresh: LatencySamples, cpu: LatencySamples) {
        let store = try EventStore(path: storePath)
        var session = MonitorSession(source: store, size: Size(width: 200, height: 60))
        session.send(.started)
        var lastFrame = session.frame()
        let inbox = EventInbox()
        let watch = try IngestService(store: store, extractor: extractor).startWatching(paths: [directory]) { inbox.push($0) }
        defer { watch.stop() }
        var generator = SyntheticArticleGenerator(pool: pool, seed: seed)
        var total = LatencySamples()
        var ingest = LatencySamples()
        var refresh = LatencySamples()
        var cpu = LatencySamples()
        var unchangedFrames = 0
        // The first file proves the watch is live (the backlog scan has finished); it is not timed.
        let started = Stopwatch.now()
        for i in 0...files {
            // On a large store a refresh can take seconds: stop after a minute once there are a few samples.
            if i > 5, Stopwatch.now() - started > 60 { break }
            let article = generator.next()
            let path = directory + "/" + article.fileName
            let cpuBefore = Stopwatch.processCPU()
            let closedAt = try Self.writeAndClose(path: path, text: article.text)
            guard let outcome = inbox.waitForOutcome(fileName: article.fileName, timeout: 10) else { throw Failure.timeout(article.fileName) }
            guard case .stored = outcome.event else { throw Failure.notStored("\(outcome.event)") }
            session.fileStored(path: path)
            let frame = session.frame()
            let drawnAt = Stopwatch.now()
            let cpuUsed = Stopwatch.processCPU() - cpuBefore
            if frame == lastFrame { unchangedFrames += 1 }
            lastFrame = frame
            guard i > 0 else { continue }
            total.append(drawnAt - closedAt)
            ingest.append(outcome.at - closedAt)
            refresh.append(drawnAt - outcome.at)
            cpu.append(cpuUsed)
        }
        if unchangedFrames > 0 { log.note("file-to-screen: \(unchangedFrames) stored files left the frame unchanged") }
        return (total, ingest, refresh, cpu)
    }

    /// Writes a file with one open/write/close (a single close-write event) and returns when close returned.
    static func writeAndClose(path: String, text: String) throws -> Double {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                close(fd)
                throw CocoaError(.fileWriteUnknown)
            }
            written += n
        }
        close(fd)
        return Stopwatch.now()
    }
}
