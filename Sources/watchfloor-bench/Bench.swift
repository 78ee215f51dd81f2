import ArgumentParser

/// `watchfloor-bench`: measures extraction, ingest, queries and rendering (being built).
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "watchfloor-bench", abstract: "Watchfloor benchmarks.")
}
