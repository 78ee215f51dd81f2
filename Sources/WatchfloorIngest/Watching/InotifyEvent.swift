/// One inotify event, decoded from the kernel's byte layout.
struct InotifyEvent: Equatable, Sendable {
    /// Watch descriptor the event is for.
    var wd: Int32
    /// `IN_*` bits.
    var mask: UInt32
    /// Pairs a MOVED_FROM with its MOVED_TO.
    var cookie: UInt32
    /// Entry name inside the watched directory ("" for events about the directory itself);
    /// nil when the name is not valid UTF-8.
    var name: String?
    /// When `name` is nil because the bytes are not UTF-8: the name with U+FFFD replacements, for error records.
    var invalidName: String? = nil

    /// The Linux ABI bit values (`<sys/inotify.h>`), spelled here so their Swift type is fixed.
    enum Mask {
        static let closeWrite: UInt32 = 0x0000_0008
        static let movedFrom: UInt32 = 0x0000_0040
        static let movedTo: UInt32 = 0x0000_0080
        static let create: UInt32 = 0x0000_0100
        static let delete: UInt32 = 0x0000_0200
        static let deleteSelf: UInt32 = 0x0000_0400
        static let moveSelf: UInt32 = 0x0000_0800
        static let queueOverflow: UInt32 = 0x0000_4000
        static let ignored: UInt32 = 0x0000_8000
        static let onlyDirectory: UInt32 = 0x0100_0000
        static let dontFollow: UInt32 = 0x0200_0000
        static let excludeUnlinked: UInt32 = 0x0400_0000
        static let isDirectory: UInt32 = 0x4000_0000
    }

    /// Whether `bit` is set.
    func has(_ bit: UInt32) -> Bool { mask & bit != 0 }

    /// Decodes a buffer returned by `read(2)` on an inotify descriptor: each record is
    /// wd@0 (Int32), mask@4, cookie@8, len@12 (UInt32), then `len` bytes of NUL-padded name.
    /// A truncated trailing record is ignored.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        var offset = 0
        while offset + 16 <= bytes.count {
            let wd = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let cookie = bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameStart = offset + 16
            guard nameStart + length <= bytes.count else { break }
            var nameBytes = Array(bytes[nameStart..<(nameStart + length)])
            if let nul = nameBytes.firstIndex(of: 0) { nameBytes.removeSubrange(nul...) }
            let name = String(validating: nameBytes, as: UTF8.self)
            let invalid = name == nil ? String(decoding: nameBytes, as: UTF8.self) : nil
            events.append(InotifyEvent(wd: wd, mask: mask, cookie: cookie, name: name, invalidName: invalid))
            offset = nameStart + length
        }
        return events
    }
}
