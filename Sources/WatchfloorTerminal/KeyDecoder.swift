internal import CNCursesw
import WatchfloorCore

/// Turns what `wget_wch` returns into `Key`s.
enum KeyDecoder {
    /// A plain character (`wget_wch` returned OK).
    static func character(_ value: UInt32) -> Key {
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26:
            guard let letter = Unicode.Scalar(value + 96) else { return .unknown }
            return .control(Character(letter))
        case 0..<32: return .unknown
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown }
            return .character(Character(scalar))
        }
    }

    /// A function-key code (`wget_wch` returned KEY_CODE_YES); nil for KEY_RESIZE, which is not a key.
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_RESIZE: return nil
        default: return .unknown
        }
    }
}
