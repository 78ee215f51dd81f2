import Foundation
import Testing

/// `watchfloor errors` end to end.
@Suite(.serialized) struct ErrorsCommandTests {
    @Test func listsIngestErrorsNewestFirst() throws {
        let dir = try CLITempDirectory()
        try dir.write("news/good.txt", "Good\n\nFine text.\n")
        try dir.write("news/empty.txt", "")
        let store = dir.path + "/store.sqlite"
        #expect(try CLIProcess.run(["ingest", dir.path + "/news", "--store", store]).status == 0)
        try dir.write("news/broken.jsonl", "{\"body\": \"ok\"}\nnot json\n")
        #expect(try CLIProcess.run(["ingest", dir.path + "/news", "--store", store]).status == 0)
        let result = try CLIProcess.run(["errors", "--format", "json", "--store", store])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let paths = rows.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } }
        // The second run re-records empty.txt after broken.jsonl (files go in name order).
        #expect(paths == ["empty.txt", "broken.jsonl"])
        #expect((rows.last?["message"] as? String)?.contains("line 2") == true)
        // A deleted file's error goes away with it.
        try FileManager.default.removeItem(atPath: dir.path + "/news/empty.txt")
        #expect(try CLIProcess.run(["ingest", dir.path + "/news", "--store", store]).status == 0)
        let after = try CLIProcess.run(["errors", "--format", "csv", "--store", store])
        #expect(after.stdout.split(separator: "\r\n").count == 2)
        #expect(!after.stdout.contains("empty.txt"))
        let table = try CLIProcess.run(["errors", "--store", store])
        #expect(table.stdout.split(separator: "\n").count == 2)  // header and broken.jsonl
        #expect(table.stdout.hasPrefix("WHEN (UTC)"))
    }

    @Test func noStoreIsARuntimeFailure() throws {
        let dir = try CLITempDirectory()
        let result = try CLIProcess.run(["errors", "--store", dir.path + "/none.sqlite"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no store"))
    }
}
