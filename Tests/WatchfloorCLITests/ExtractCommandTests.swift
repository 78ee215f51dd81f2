import Foundation
import Testing

/// `watchfloor extract --json` end to end.
@Suite(.serialized) struct ExtractCommandTests {
    @Test func printsOneJSONObjectPerArticleInSortedPathOrder() throws {
        let dir = try CLITempDirectory()
        try dir.write("news/b/second.txt", "Talks in Kyiv\nDate: 2025-01-17\n\nRussian President Vladimir Putin spoke. Putin warned Ukraine.\n")
        try dir.write("news/a.txt", "Headline\nDate: 2025-01-16\n\nProtesters gathered in Tbilisi, Georgia.\n")
        try dir.write("news/notes.tmp", "ignored")
        let result = try CLIProcess.run(["extract", "--json", dir.path + "/news"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect((objects[0]["file"] as? String)?.hasSuffix("news/a.txt") == true)
        #expect((objects[1]["file"] as? String)?.hasSuffix("news/b/second.txt") == true)
        for o in objects {
            for key in ["file", "title", "published", "published_source", "mentions", "countries", "actors", "times", "incidents", "timeline"] {
                #expect(o[key] != nil, "missing \(key)")
            }
        }
        #expect(objects[1]["published"] as? String == "2025-01-17")
        let actors = try #require(objects[1]["actors"] as? [[String: Any]])
        let putin = try #require(actors.first { $0["name"] as? String == "Vladimir Putin" })
        #expect(putin["role"] as? String == "President")
        #expect(putin["country"] as? String == "RU")
        #expect(putin["mentions"] as? Int == 2)
        // Offsets are code points into the whole file, title and header included.
        let text = "Talks in Kyiv\nDate: 2025-01-17\n\nRussian President Vladimir Putin spoke. Putin warned Ukraine.\n"
        let scalars = Array(text.unicodeScalars)
        let mentions = try #require(objects[1]["mentions"] as? [[String: Any]])
        for m in mentions {
            let start = try #require(m["start"] as? Int)
            let end = try #require(m["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == m["text"] as? String)
        }
        let countries = try #require(objects[0]["countries"] as? [[String: Any]])
        #expect(countries.first?["code"] as? String == "GE")
    }

    @Test func aReaderThatGoesAwayEndsTheRunQuietly() throws {
        // Enough articles that the output outlasts the 64 KiB pipe after `head` has exited.
        let dir = try CLITempDirectory()
        for n in 0..<400 {
            try dir.write("news/a\(n).txt", "Report \(n)\nDate: 2025-01-16\n\nPolice arrested \(n) protesters in Tbilisi, Georgia, on Monday.\n")
        }
        let bin = try CLIProcess.binaryPath()
        let script = "'\(bin)' extract --json '\(dir.path)/news' | head -n 1 > /dev/null; exit ${PIPESTATUS[0]}"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!message.contains("Fatal error"), "\(message)")
    }

    @Test func unreadableFileIsReportedAndTheRunGoesOn() throws {
        let dir = try CLITempDirectory()
        try dir.write("ok.txt", "Title\n\nTroops left Mali.\n")
        let result = try CLIProcess.run(["extract", "--json", dir.path + "/missing.txt", dir.path + "/ok.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing.txt"))
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("\"ML\""))
    }

    @Test func offsetsCountCodePointsAfterNonASCIIText() throws {
        let dir = try CLITempDirectory()
        let text = "Überblick — 東京 📰\nDate: 2025-01-17\n\nÉmigrés in Kyiv met Emmanuel Macron in Paris.\n"
        try dir.write("a.txt", text)
        let result = try CLIProcess.run(["extract", "--json", dir.path + "/a.txt"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        #expect(mentions.contains { $0["text"] as? String == "Paris" })
        for m in mentions {
            let start = try #require(m["start"] as? Int)
            let end = try #require(m["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == m["text"] as? String)
        }
    }

    @Test func requiresTheJSONFlag() throws {
        let result = try CLIProcess.run(["extract", "/nonexistent"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
    }
}
