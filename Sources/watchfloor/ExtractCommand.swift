import ArgumentParser

/// `watchfloor extract` (being built).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Not built yet.")
}
