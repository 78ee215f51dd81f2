import ArgumentParser

/// `watchfloor query` (being built).
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "query", abstract: "Not built yet.")
}
