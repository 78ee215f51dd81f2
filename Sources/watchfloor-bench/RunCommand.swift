import ArgumentParser
import Foundation
import WatchfloorExtraction
import WatchfloorModel

/// Runs the benchmark suite and prints the table (the default subcommand).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the benchmarks and print the table.")

    @Flag(help: "Small sizes only; finishes in under two minutes once the small stores are cached.")
    var quick = false

    @Option(help: "A directory of article files to time extraction on as well (e.g. ../shared/corpus/bbc/texts).")
    var corpus: [String] = []

    @Option(help: "The sample articles that are replicated and recombined.")
    var samples = "Samples/articles"

    @Option(help: "Runs per throughput measure (the median is reported).")
    var runs = 3

    @Option(help: "Where generated article directories and stores are cached between runs.")
    var cacheDir = NSTemporaryDirectory() + "watchfloor-bench-cache"

    @Option(help: "Comma-separated groups to run: extraction, gazetteer, ingest, query, render, monitor, watch.")
    var only: String?

    @Option(help: "Comma-separated store sizes in incidents (default 1000,3000,10000 with --quick, else 10000,100000,1000000).")
    var storeSizes: String?

    @Option(help: "Only the query rows whose name contains this text (e.g. \"actors, text\"), to time one query while changing it.")
    var queryMatch: String?

    @Flag(help: "Print the table as Markdown.")
    var markdown = false

    mutating func run() throws {
        let log = BenchLog()
        let allGroups = "extraction,gazetteer,ingest,query,render,monitor,watch"
        let groups = Set((only ?? allGroups).split(separator: ",").map(String.init))
        var rows: [BenchRow] = []
        let started = Stopwatch.now()
        let loadBefore = Stopwatch.loadAverage()

        // The gazetteer goes first so its RSS delta is measured in a process that has loaded nothing else.
        let (gazetteerRows, loaded) = GazetteerBench.run(runs: max(runs, 3), log: log)
        if groups.contains("gazetteer") { rows += gazetteerRows }
        let gazetteer = loaded ?? Gazetteer()
        let extractor = Extractor(gazetteer: gazetteer)

        if groups.contains("extraction") {
            rows += extractionRows(extractor: extractor, log: log)
        }
        let pool = groups.isDisjoint(with: ["query", "ingest", "render", "monitor", "watch"])
            ? SentencePool(bodies: []) : try SentencePool(directory: samples)
        if groups.contains("ingest") {
            let sizes = quick ? [30, 100, 300] : [1_000, 10_000, 100_000]
            rows += IngestBench(runs: runs, budget: quick ? 60 : 900).rows(sizes: sizes, cacheDir: cacheDir, pool: pool, log: log)
        }
        let storeSizes = storeSizes.map { $0.split(separator: ",").compactMap { Int($0) } }
            ?? (quick ? [1_000, 3_000, 10_000] : [10_000, 100_000, 1_000_000])
        var fixtures: [StoreFixture] = []
        if !groups.isDisjoint(with: ["query", "render", "monitor", "watch"]) {
            fixtures = try StoreFixture.ensureAll(sizes: storeSizes, cacheDir: cacheDir, pool: pool, log: log)
        }
        if groups.contains("query") {
            var bench = quick ? QueryBench(iterations: 50, budget: 1) : QueryBench(iterations: 200, budget: 10)
            bench.match = queryMatch
            rows += bench.rows(fixtures: fixtures, goalSize: 1_000_000, log: log)
        }
        if groups.contains("render"), let largest = fixtures.last {
            rows += RenderBench(iterations: quick ? 200 : 1_000).rows(fixture: largest, log: log)
        }
        if groups.contains("monitor") {
            rows += MonitorStartBench(runs: quick ? 3 : max(runs, 5)).rows(fixtures: fixtures, goalSize: 1_000_000, log: log)
        }
        if groups.contains("watch") {
            let bench = WatchBench(files: quick ? 20 : 100, extractor: extractor)
            rows += bench.rows(fixtures: [nil] + fixtures.map { Optional($0) }, pool: pool, workDir: cacheDir, log: log)
        }

        let table = BenchTable(rows: rows)
        print(markdown ? table.markdown() : table.text())
        let notes = log.notes
        if !notes.isEmpty {
            print("")
            for note in notes { print("note: " + note) }
        }
        print("")
        let load = [loadBefore, Stopwatch.loadAverage()].map { $0.map { BenchTable.number($0) } ?? "?" }
        print("release build: \(Self.isRelease ? "yes" : "NO (debug figures are meaningless)"); runs: \(runs); "
              + "cores: \(ProcessInfo.processInfo.activeProcessorCount); load average at start/end: \(load[0]) / \(load[1]); "
              + "total \(BenchTable.duration(Stopwatch.now() - started))")
    }

    /// Extraction over the samples repeated to three sizes, and over each `--corpus` directory once.
    private func extractionRows(extractor: Extractor, log: BenchLog) -> [BenchRow] {
        var rows: [BenchRow] = []
        let bench = ExtractionBench(extractor: extractor, runs: runs)
        let sizes = quick ? [250_000, 500_000, 1_000_000] : [5_000_000, 10_000_000, 20_000_000]
        do {
            rows += bench.rows(measure: "extract: samples", corpus: try CorpusLoader.load(directory: samples), sizes: sizes, log: log)
        } catch {
            rows.append(.skipped("extract: samples", size: "-", reason: "cannot read \(samples): \(error)"))
        }
        for dir in corpus {
            let name = "extract: " + dir.split(separator: "/").suffix(2).joined(separator: "/")
            do {
                let articles = try CorpusLoader.load(directory: dir)
                let total = articles.reduce(0) { $0 + $1.bytes }
                rows += bench.rows(measure: name, corpus: articles, sizes: [quick ? min(total, 1_000_000) : total], log: log)
            } catch {
                rows.append(.skipped(name, size: "-", reason: "cannot read: \(error)"))
            }
        }
        return rows
    }

    /// Whether this binary was built with optimisation.
    static var isRelease: Bool {
        #if DEBUG
        return false
        #else
        return true
        #endif
    }
}
