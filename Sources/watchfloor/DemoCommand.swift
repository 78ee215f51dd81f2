import ArgumentParser

/// `watchfloor demo` (being built).
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Not built yet.")
}
