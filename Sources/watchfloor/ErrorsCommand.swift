import ArgumentParser

/// `watchfloor errors` (being built).
struct ErrorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "errors", abstract: "Not built yet.")
}
