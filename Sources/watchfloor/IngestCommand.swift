import ArgumentParser

/// `watchfloor ingest` (being built).
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "Not built yet.")
}
