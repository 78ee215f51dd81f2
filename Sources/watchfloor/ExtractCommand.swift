import ArgumentParser
import Foundation
import WatchfloorData
import WatchfloorExtraction
import WatchfloorIngest
import WatchfloorModel

/// `watchfloor extract --json FILE|DIR...`: runs the extractor on article files and prints one JSON object per article.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract people, places, countries, times and incidents from article files.",
        discussion: "Directories are walked recursively in sorted order. Prints one JSON object per article and line (schema in docs/EXTRACTION.md). A file that cannot be read is reported on standard error and the run goes on; the exit status is 1 if any file failed."
    )

    @Flag(name: .long, help: "Print one JSON object per article (the only output format).")
    var json = false

    @Argument(help: "Article files or directories.")
    var paths: [String]

    func validate() throws {
        guard json else { throw ValidationError("pass --json (the only output format)") }
        guard !paths.isEmpty else { throw ValidationError("name at least one file or directory") }
    }

    func run() throws {
        let gazetteer: Gazetteer
        do {
            gazetteer = try GazetteerLoader.loadBundled()
        } catch {
            StoreOutput.err("watchfloor: \(error)\n")
            throw ExitCode(2)
        }
        let extractor = Extractor(gazetteer: gazetteer)
        let encoder = ExtractionJSONEncoder()
        var failed = false
        var buffer = ""
        for path in ExtractFileWalker.files(in: paths, failed: &failed) {
            do {
                for article in try ArticleReader.read(path: path) {
                    buffer += encoder.encode(article: article, extraction: extractor.extract(article))
                    buffer += "\n"
                }
            } catch {
                failed = true
                ExtractFileWalker.report("\(ExtractFileWalker.printable(path)): \(error)")
            }
            if buffer.utf8.count >= 1 << 16 {
                StoreOutput.out(buffer)
                buffer = ""
            }
        }
        StoreOutput.out(buffer)
        if failed { throw ExitCode(1) }
    }
}
