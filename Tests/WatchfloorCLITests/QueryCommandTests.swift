import Foundation
import Testing
import WatchfloorModel
import WatchfloorStore

/// `watchfloor query` end to end over a store filled with hand-made facts (no dependence on extraction quality).
@Suite(.serialized) struct QueryCommandTests {
    /// A store with a French arrest (2024-03-04), a German talks incident (2024-03-10) and `extra` Japanese protests.
    private func makeStore(_ dir: CLITempDirectory, extra: Int = 1) throws -> String {
        let path = dir.path + "/store.sqlite"
        let store = try EventStore(path: path)
        func record(_ file: String, _ code: String, _ name: String, _ type: IncidentType, _ date: String, _ body: String, count: Int = 1) throws {
            let text = "Headline\n\n" + body
            let article = Article(path: dir.path + "/" + file, title: "Headline", text: text, bodyStart: 10,
                                  published: CalendarDay(iso: date), publishedSource: .header)
            let sentence = Span(start: 10, end: text.unicodeScalars.count)
            let incidents = (0..<count).map { _ in
                Incident(type: type, trigger: Span(start: 10, end: 15), text: "x", sentence: sentence, date: date,
                         datePrecision: .day, country: code, place: "Town \u{1B}[31m")
            }
            let extraction = Extraction(countries: [CountryCount(code: code, name: name, mentions: 1, focus: true)],
                                        incidents: incidents,
                                        timeline: incidents.indices.map { TimelineEntry(date: date, precision: .day, label: "Entry \(code)", incident: $0, sentence: sentence) })
            _ = try store.record(article: article, extraction: extraction, contentHash: file, size: text.utf8.count)
        }
        try record("fr.txt", "FR", "France", .arrest, "2024-03-04", "Police arrested a courier.")
        try record("de.txt", "DE", "Germany", .talks, "2024-03-10", "Envoys held talks.")
        try record("jp.txt", "JP", "Japan", .protest, "2024-02-20", "Crowds protested.", count: extra)
        return path
    }

    private func jsonRows(_ text: String) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [[String: Any]])
    }

    @Test func aTextSearchThatStoppedAtTheCapSaysSoOnStderrOnly() throws {
        let dir = try CLITempDirectory()
        let path = dir.path + "/store.sqlite"
        let store = try EventStore(path: path)
        // 1,001 articles say "curfew": one more than a text search reads (FilterSQL.textMatchLimit).
        let items = (0...1_000).map { n in
            let text = "Headline\n\nA curfew was declared\(n == 0 ? " at the harbour" : ""), item \(n)."
            return BatchArticle(article: Article(path: dir.path + "/c\(n).txt", title: "Headline", text: text, bodyStart: 10,
                                                 published: CalendarDay(iso: "2024-03-04"), publishedSource: .header),
                                contentHash: "c\(n)", size: text.utf8.count,
                                extraction: Extraction(incidents: [Incident(type: .protest, trigger: Span(start: 12, end: 18), text: "curfew",
                                                                            sentence: Span(start: 10, end: 30), date: "2024-03-04", datePrecision: .day)]))
        }
        _ = try store.recordBatch(items)
        let capped = try CLIProcess.run(["query", "--text", "curfew", "--format", "json", "--limit", "5", "--store", path])
        #expect(capped.status == 0, "\(capped.stderr)")
        #expect(try jsonRows(capped.stdout).count == 5)
        #expect(capped.stderr.contains("note: --text read the newest 1000 matching articles"))
        let whole = try CLIProcess.run(["query", "--text", "harbour", "--format", "json", "--store", path])
        #expect(try jsonRows(whole.stdout).count == 1)
        #expect(!whole.stderr.contains("note:"))
    }

    @Test func filtersByCountryCode() throws {
        let dir = try CLITempDirectory()
        let store = try makeStore(dir)
        let result = try CLIProcess.run(["query", "--country", "fr", "--format", "json", "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try jsonRows(result.stdout)
        #expect(rows.map { $0["country"] as? String } == ["FR"])
        #expect(rows.first?["type"] as? String == "arrest")
        #expect((rows.first?["article_path"] as? String)?.hasSuffix("/fr.txt") == true)
    }

    @Test func filtersByCountryName() throws {
        let dir = try CLITempDirectory()
        let store = try makeStore(dir)
        let result = try CLIProcess.run(["query", "--country", "Germany", "--country", "Japan", "--format", "json", "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Set(try jsonRows(result.stdout).compactMap { $0["country"] as? String }) == ["DE", "JP"])
        let unknown = try CLIProcess.run(["query", "--country", "Atlantis", "--store", store])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown country"))
    }

    @Test func typeDatesTimelineAndFormats() throws {
        let dir = try CLITempDirectory()
        let store = try makeStore(dir)
        let since = try CLIProcess.run(["query", "--since", "2024-03-01", "--until", "2024-03-05", "--format", "csv", "--store", store])
        #expect(since.status == 0)
        let lines = since.stdout.split(separator: "\r\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("id,date,precision,type,country") == true)
        #expect(lines.last?.contains(",arrest,FR,") == true)
        let types = try CLIProcess.run(["query", "--type", "talks", "--timeline", "--format", "json", "--store", store])
        #expect(try jsonRows(types.stdout).map { $0["label"] as? String } == ["Entry DE"])
        let table = try CLIProcess.run(["query", "--store", store])
        #expect(table.status == 0)
        let tableLines = table.stdout.split(separator: "\n")
        #expect(tableLines.first?.hasPrefix("DATE") == true)
        #expect(tableLines.dropFirst().first?.hasPrefix("2024-03-10") == true)
        // Text from the store never reaches the terminal as raw escape sequences.
        #expect(!table.stdout.contains("\u{1B}"))
        #expect(table.stdout.contains("\\x1b[31m"))
        #expect(try CLIProcess.run(["query", "--type", "nonsense", "--store", store]).status == 2)
        #expect(try CLIProcess.run(["query", "--since", "yesterday", "--store", store]).status == 2)
        #expect(try CLIProcess.run(["query", "--store", dir.path + "/missing.sqlite"]).status == 1)
    }

    @Test func pipingIntoHeadDoesNotCrash() throws {
        let dir = try CLITempDirectory()
        let store = try makeStore(dir, extra: 3000)
        let bin = try CLIProcess.binaryPath()
        let script = "'\(bin)' query --limit 100000 --store '\(store)' | head -n 1 > /dev/null; exit ${PIPESTATUS[0]}"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
        #expect(process.terminationReason == .exit)
    }

    @Test func helpHasAnExample() throws {
        let help = try CLIProcess.run(["query", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("watchfloor query --country"))
    }
}
