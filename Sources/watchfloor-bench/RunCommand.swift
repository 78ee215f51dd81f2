import ArgumentParser
import Foundation
import WatchfloorExtraction
import WatchfloorModel

/// Runs the benchmark suite and prints the table (the default subcommand).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the benchmarks and print the table.")

    @Flag(help: "Small sizes only; finishes in under two minutes.")
    var quick = false

    @Option(help: "A directory of article files to time extraction on as well (e.g. ../shared/corpus/bbc/texts).")
    var corpus: [String] = []

    @Option(help: "The sample articles that are replicated and recombined.")
    var samples = "Samples/articles"

    @Option(help: "Runs per throughput measure (the median is reported).")
    var runs = 3

    @Option(help: "Where generated stores are cached between runs, keyed by size.")
    var cacheDir = NSTemporaryDirectory() + "watchfloor-bench-cache"

    @Option(help: "Comma-separated groups to run: extraction, gazetteer, ingest, query, render, watch, memory.")
    var only: String?

    @Flag(help: "Print the table as Markdown.")
    var markdown = false

    mutating func run() throws {
        let log = BenchLog()
        let groups = Set((only ?? "extraction,gazetteer,ingest,query,render,watch,memory").split(separator: ",").map(String.init))
        var rows: [BenchRow] = []
        let started = Stopwatch.now()

        // The gazetteer goes first so its RSS delta is measured in a process that has loaded nothing else.
        let (gazetteerRows, loaded) = GazetteerBench.run(runs: max(runs, 3), log: log)
        if groups.contains("gazetteer") { rows += gazetteerRows }
        let gazetteer = loaded ?? Gazetteer()

        if groups.contains("extraction") {
            let bench = ExtractionBench(extractor: Extractor(gazetteer: gazetteer), runs: runs)
            let sizes = quick ? [500_000, 1_000_000, 2_000_000] : [5_000_000, 10_000_000, 20_000_000]
            do {
                rows += bench.rows(measure: "extract: samples", corpus: try CorpusLoader.load(directory: samples), sizes: sizes, log: log)
            } catch {
                rows.append(.skipped("extract: samples", size: "-", reason: "cannot read \(samples): \(error)"))
            }
            for dir in corpus {
                do {
                    let articles = try CorpusLoader.load(directory: dir)
                    let total = articles.reduce(0) { $0 + $1.bytes }
                    let name = "extract: " + (dir.split(separator: "/").suffix(2).joined(separator: "/"))
                    rows += bench.rows(measure: name, corpus: articles, sizes: [quick ? min(total, 2_000_000) : total], log: log)
                } catch {
                    rows.append(.skipped("extract: \(dir)", size: "-", reason: "cannot read: \(error)"))
                }
            }
        }

        let needsPool = !groups.isDisjoint(with: ["query", "ingest", "render", "watch", "memory"])
        let pool = needsPool ? try SentencePool(directory: samples) : SentencePool(bodies: [])
        let storeSizes = quick ? [1_000, 3_000, 10_000] : [10_000, 100_000, 1_000_000]
        var fixtures: [StoreFixture] = []
        if !groups.isDisjoint(with: ["query", "render", "memory"]) {
            for size in storeSizes {
                fixtures.append(try StoreFixture.ensure(incidents: size, cacheDir: cacheDir, pool: pool, log: log))
            }
        }
        if groups.contains("query") {
            rows += QueryBench(iterations: quick ? 50 : 200).rows(fixtures: fixtures, goalSize: 1_000_000, log: log)
        }

        let table = BenchTable(rows: rows)
        print(markdown ? table.markdown() : table.text())
        let notes = log.notes
        if !notes.isEmpty {
            print("")
            for note in notes { print("note: " + note) }
        }
        print("")
        print("release build: \(Self.isRelease ? "yes" : "NO (debug figures are meaningless)"); runs: \(runs); total \(BenchTable.duration(Stopwatch.now() - started))")
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
