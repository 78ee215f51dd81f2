import ArgumentParser
import Foundation
import WatchfloorStore
import WatchfloorTerminal

/// `watchfloor demo`: the monitor on a temporary directory that fills with the sample articles,
/// one every two seconds, so a newcomer sees the panes fill live.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "The monitor on a temporary directory that fills with the sample articles, one every two seconds."
    )

    @Option(help: "Seconds between articles.")
    var interval: Double = 2

    @Option(help: "Directory of articles to drop in (default: the package's Samples/articles).")
    var samples: String?

    @Option(help: "Theme name or .theme file path.")
    var theme: String?

    @Flag(help: "Keep the temporary directory and its store after quitting.")
    var keep = false

    func run() throws {
        SignalTrap.blockLoopSignals()
        let samplesDirectory: String
        do {
            samplesDirectory = try DemoSamples.locate(explicit: samples)
        } catch {
            throw ValidationError("\(error)")
        }
        let files = DemoSamples.files(in: samplesDirectory)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("watchfloor-demo-" + UUID().uuidString.prefix(8)).path
        let articles = root + "/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        defer {
            if keep {
                StoreOutput.err("watchfloor demo: kept \(root)\n")
            } else {
                try? FileManager.default.removeItem(atPath: root)
            }
        }
        let storePath = root + "/store.sqlite"
        let store = try MonitorSession.openStore(at: storePath)
        let gazetteer = MonitorGazetteer()
        var session = MonitorSession(
            source: store, storePath: storePath, watchedDirectory: articles, filter: .init(), themeRequest: theme,
            resolveCountry: MonitorCountries(gazetteer: gazetteer).resolver
        )
        session.jobs = [
            MonitorIngestJob.make(store: store, gazetteer: gazetteer, directory: articles),
            DemoFeeder.make(files: files, directory: articles, interval: max(0.1, interval)),
        ]
        let status = session.run()
        if status != 0 { throw ExitCode(status) }
    }
}
