import Foundation
import WatchfloorIngest

/// Expands the paths given to `watchfloor extract` into article files: directories recursively, in sorted order.
enum ExtractFileWalker {
    /// Files to read, in order; missing paths are reported and set `failed`.
    static func files(in paths: [String], failed: inout Bool) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                report("\(printable(path)): no such file or directory")
                failed = true
                continue
            }
            guard isDir.boolValue else {
                out.append(path)
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                report("\(printable(path)): cannot list directory")
                failed = true
                continue
            }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                let name = (rel as NSString).lastPathComponent
                guard ArticleReader.isArticleFile(name: name) else { continue }
                let full = (path as NSString).appendingPathComponent(rel)
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
            }
            out.append(contentsOf: found.sorted())
        }
        return out
    }

    /// Writes one line to standard error.
    static func report(_ message: String) {
        StoreOutput.err("watchfloor: \(message)\n")
    }

    /// A path with control characters replaced, safe to print on a terminal.
    static func printable(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) ? "?" : $0 }))
    }
}
