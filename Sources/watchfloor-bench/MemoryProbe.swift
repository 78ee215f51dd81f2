import Foundation

/// Reads this process's resident memory from `/proc/self/status` (Linux only; zeros elsewhere).
enum MemoryProbe {
    /// Current resident set size in bytes (VmRSS).
    static func residentBytes() -> Int { field("VmRSS:") }

    /// Peak resident set size in bytes since start or the last `resetPeak()` (VmHWM).
    static func peakBytes() -> Int { field("VmHWM:") }

    /// Resets VmHWM to the current RSS (writes 5 to /proc/self/clear_refs); returns whether it worked.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// The kB value of one `/proc/self/status` line, in bytes.
    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter { $0.isNumber }
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }
}
