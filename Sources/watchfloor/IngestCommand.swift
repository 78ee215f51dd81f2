import ArgumentParser
import Foundation
import WatchfloorData
import WatchfloorExtraction
import WatchfloorIngest
import WatchfloorStore

/// `watchfloor ingest DIR... [--watch] [--poll SECONDS]`: reads article files into the store.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read article files into the store, once or continuously.",
        discussion: """
            Reads every .txt, .md, .json and .jsonl file under the directories (recursively), runs the \
            extractor and stores the facts. Content already stored (the same file again, or a copy under \
            another name) adds nothing; a changed file replaces its facts; a deleted file is forgotten.
            Prints one line per article: `PATH  countries=N actors=N incidents=N`, `PATH  unchanged`, \
            `PATH  removed`, or `error: PATH: MESSAGE` for a file that cannot be read (it is also recorded \
            for `watchfloor errors`), then a summary. Bad files never stop the run.
            With --watch it keeps running and ingests each new or changed file as soon as it is written \
            (inotify), until Ctrl-C, SIGTERM or SIGHUP. --poll SECONDS rescans instead of using inotify (for \
            network file systems) and implies --watch; a file is read once two rescans in a row see it unchanged. \
            Files over --max-file-mb are refused without being read. --keep-days N forgets articles ingested \
            more than N days ago (at start, then hourly while watching); `watchfloor vacuum` then shrinks the file.

            Examples:
              watchfloor ingest Samples/articles
              watchfloor ingest ~/news --watch --store /tmp/news.sqlite
            """
    )

    @Argument(help: "Directories (or files) to ingest.")
    var paths: [String]

    @Flag(name: .long, help: "Keep running and ingest new and changed files as they are written.")
    var watch = false

    @Option(name: .long, help: "Rescan every SECONDS instead of using inotify (implies --watch).")
    var poll: Double?

    @Option(name: [.customLong("max-file-mb"), .customLong("max-file-mib")], help: "Refuse files larger than this many MiB (default 20).")
    var maxFileMib: Int = 20

    @Option(name: .long, help: "Forget articles ingested more than this many days ago.")
    var keepDays: Int?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one directory to ingest") }
        if let poll, !(poll > 0 && poll <= 86_400) { throw ValidationError("--poll must be between 0 and 86400 seconds") }
        guard maxFileMib >= 1 && maxFileMib <= 4096 else { throw ValidationError("--max-file-mb must be between 1 and 4096") }
        if let keepDays, !(1...36_500).contains(keepDays) { throw ValidationError("--keep-days must be between 1 and 36500") }
    }

    func run() throws {
        let storePath = storeOptions.resolvedPath
        for path in paths {
            guard FileManager.default.fileExists(atPath: path) else {
                throw StoreUsageError("no such file or directory: \(StoreTerminalText.escape(path))")
            }
            if StoreLocation.isStore(storePath, inside: path) {
                throw StoreUsageError("the store \(StoreTerminalText.escape(storePath)) is inside \(StoreTerminalText.escape(path)); pass --store with a path outside the watched directories")
            }
        }
        let store = try storeOptions.openForWriting()
        StoreOutput.continueAfterBrokenPipe.store(true, ordering: .relaxed)
        let extractor: Extractor
        do {
            extractor = Extractor(gazetteer: try GazetteerLoader.loadBundled())
        } catch {
            StoreOutput.err("watchfloor: \(error)\n")
            throw ExitCode.failure
        }
        let options = IngestOptions(maxFileBytes: maxFileMib << 20, pollInterval: poll, keepDays: keepDays)
        let service = IngestService(store: store, extractor: extractor, options: options)
        let printer = IngestLinePrinter(watching: watch || poll != nil)
        if watch || poll != nil {
            try runWatching(service: service, printer: printer)
        } else {
            try runOnce(service: service, printer: printer)
        }
    }

    /// Watches until SIGINT, SIGTERM or SIGHUP, then stops cleanly (the article being stored is
    /// committed or rolled back as a whole) and prints the summary. If the article being read is
    /// not done within `IngestSignals.grace` seconds (or a second signal comes), it is abandoned: it
    /// was not stored, so the next run reads it again.
    private func runWatching(service: IngestService, printer: IngestLinePrinter) throws {
        // Block the signals before the watch thread exists so that it inherits the mask and only
        // this thread receives them, in sigwait.
        IngestSignals.block()
        let watch: IngestWatch
        do {
            watch = try service.startWatching(paths: paths) { printer.print($0) }
        } catch {
            StoreOutput.err("watchfloor: \(error)\n")
            throw ExitCode.failure
        }
        while IngestSignals.next() == SIGUSR1 {}
        let waiter = pthread_self()
        Thread {
            watch.stop()
            IngestSignals.notify(waiter)
        }.start()
        let finished = IngestSignals.waitForWorker(seconds: IngestSignals.grace)
        if !finished {
            StoreOutput.err("watchfloor: stopped without waiting for the article being read; it will be read again\n")
        }
        StoreOutput.out(IngestLinePrinter.summaryLine(printer.summary))
        if !finished { IngestSignals.exitNow(0) }
    }

    /// Ingests once on a worker thread while this thread waits for the end or a stop signal; a signal
    /// lets the current article finish (within `IngestSignals.grace` seconds), prints the summary and
    /// exits with 128 + the signal number.
    private func runOnce(service: IngestService, printer: IngestLinePrinter) throws {
        IngestSignals.block()
        let state = IngestRunState()
        let paths = self.paths
        let waiter = pthread_self()
        let worker = Thread {
            state.finish(service.ingestAll(paths: paths, isCancelled: { state.isCancelled }) { printer.print($0) })
            // Aimed at the waiting thread, so no other thread can take it (and die of it).
            IngestSignals.notify(waiter)
        }
        worker.name = "watchfloor-ingest"
        worker.start()
        var received: Int32
        repeat {
            received = IngestSignals.next()
            if received == SIGUSR1, let summary = state.summary {
                StoreOutput.out(IngestLinePrinter.summaryLine(summary))
                return
            }
        } while received == SIGUSR1
        state.cancel()
        let finished = state.summary != nil || IngestSignals.waitForWorker(seconds: IngestSignals.grace)
        if !finished {
            StoreOutput.err("watchfloor: stopped without waiting for the article being read; it will be read again\n")
        }
        StoreOutput.out("interrupted; " + IngestLinePrinter.summaryLine(printer.summary))
        IngestSignals.exitNow(128 + received)
    }
}
