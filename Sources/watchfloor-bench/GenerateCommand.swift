import ArgumentParser
import Foundation

/// Writes synthetic articles to a directory (the same ones the ingest measures use), for manual tries.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write deterministic synthetic articles (recombined samples) to a directory."
    )

    @Option(help: "How many articles.")
    var count = 1000

    @Option(help: "The directory to write to (created if missing).")
    var out: String

    @Option(help: "The sample articles to recombine.")
    var samples = "Samples/articles"

    @Option(help: "The generator seed.")
    var seed: UInt64 = 1

    mutating func run() throws {
        var generator = SyntheticArticleGenerator(pool: try SentencePool(directory: samples), seed: seed)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var bytes = 0
        for _ in 0..<count {
            let article = generator.next()
            let data = Data(article.text.utf8)
            bytes += data.count
            try data.write(to: URL(fileURLWithPath: out + "/" + article.fileName))
        }
        print("wrote \(count) articles, \(bytes) bytes, to \(out)")
    }
}
