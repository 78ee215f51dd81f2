import Foundation
import Testing

/// Enforces the module boundaries of docs/ARCHITECTURE.md by reading the package's own sources.
@Suite struct ArchitectureTests {
    /// The package root, found from this file's path (Tests/WatchfloorModelTests/ArchitectureTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func swiftFiles(in target: String) -> [(name: String, text: String)] {
        let dir = root.appendingPathComponent("Sources").appendingPathComponent(target)
        guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        var files: [(String, String)] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                files.append((url.path.replacingOccurrences(of: root.path + "/", with: ""), text))
            }
        }
        return files
    }

    static let allTargets = [
        "WatchfloorModel", "WatchfloorExtraction", "WatchfloorData", "WatchfloorStore", "WatchfloorIngest",
        "WatchfloorCore", "WatchfloorUI", "WatchfloorTerminal", "watchfloor",
    ]

    static func imports(_ text: String, module: String) -> Bool {
        text.split(separator: "\n").contains { line in
            let words = line.split(separator: " ").map(String.init)
            guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { return false }
            return words[index + 1] == module && words[..<index].allSatisfy { ["@testable", "internal", "public", "private", "package", "@_exported"].contains($0) }
        }
    }

    @Test func pureTargetsUseNoFilesCursesOrDatabase() {
        let forbidden = [
            "FileManager", "FileHandle", "fopen(", "Data(contentsOf", "String(contentsOf", "contentsOfFile",
            "contentsOfDirectory", "import GRDB", "import CNCursesw", "import Glibc", "inotify",
        ]
        var violations: [String] = []
        for target in ["WatchfloorModel", "WatchfloorExtraction", "WatchfloorCore", "WatchfloorUI"] {
            let files = Self.swiftFiles(in: target)
            #expect(!files.isEmpty, "no sources found for \(target)")
            for file in files {
                for word in forbidden where file.text.contains(word) {
                    violations.append("\(file.name): \(word)")
                }
            }
        }
        #expect(violations.isEmpty, "pure targets touch I/O: \(violations)")
    }

    @Test func onlyTheStoreImportsGRDBAndOnlyTheBackendImportsCurses() {
        var violations: [String] = []
        for target in Self.allTargets {
            for file in Self.swiftFiles(in: target) {
                for module in ["GRDB", "GRDBSQLite"] where target != "WatchfloorStore" && Self.imports(file.text, module: module) {
                    violations.append(file.name + " imports " + module)
                }
                if target != "WatchfloorTerminal" && Self.imports(file.text, module: "CNCursesw") { violations.append(file.name + " imports CNCursesw") }
            }
        }
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test func theImportScannerSeesQualifiedImports() {
        #expect(Self.imports("internal import CNCursesw\n", module: "CNCursesw"))
        #expect(Self.imports("import GRDB\n", module: "GRDB"))
        #expect(!Self.imports("// we never import GRDB here\n", module: "GRDB"))
    }
}
