import Foundation

/// The text of one input file, read with the limits that keep hostile input harmless.
public struct SourceFile: Sendable {
    public var path: String
    public var text: String

    /// Real definition, profile and catalogue files are far smaller; anything bigger is refused unread.
    public static let maximumBytes = 8 * 1024 * 1024

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Reads a file, or returns the diagnostic that says why it cannot be used.
    public static func read(path: String) -> Result<SourceFile, Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            return .failure(.error("cannot read file: no such file or not readable", at: nil, hint: "check the path '\(path)'"))
        }
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            return .failure(.error("'\(path)' is not a regular file", at: nil))
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > maximumBytes {
            return .failure(
                .error(
                    "file is too large (\(size) bytes; the limit is \(maximumBytes) bytes)", at: start,
                    hint: "opendef files are small YAML documents; split the file or check that it is the right one"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.error("cannot open file", at: start))
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit, in case the file grew after stat.
        let data = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
        if data.count > maximumBytes {
            return .failure(.error("file is too large (the limit is \(maximumBytes) bytes)", at: start))
        }
        return decode(data, path: path)
    }

    /// Checks that bytes are UTF-8 text, not binary.
    public static func decode(_ data: Data, path: String) -> Result<SourceFile, Diagnostic> {
        if let nul = data.firstIndex(of: 0) {
            let location = location(ofByte: nul - data.startIndex, in: data, path: path)
            return .failure(
                .error("file contains binary data (a NUL byte)", at: location, hint: "opendef reads UTF-8 YAML text only"))
        }
        guard var text = String(validatingUTF8Data: data) else {
            let offset = firstInvalidUTF8Offset(data)
            return .failure(
                .error(
                    "file is not valid UTF-8 (invalid byte at offset \(offset))",
                    at: location(ofByte: offset, in: data, path: path), hint: "save the file as UTF-8"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(SourceFile(path: path, text: text))
    }

    private static func location(ofByte offset: Int, in data: Data, path: String) -> SourceLocation {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(file: path, line: line, column: column)
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var offset = 0
        let bytes = Array(data)
        while offset < bytes.count {
            let b = bytes[offset]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return offset
            }
            if offset + length > bytes.count { return offset }
            if String(validatingUTF8Data: Data(bytes[offset..<(offset + length)])) == nil { return offset }
            offset += length
        }
        return offset
    }
}

extension String {
    fileprivate init?(validatingUTF8Data data: Data) {
        guard let s = String(bytes: data, encoding: .utf8) else { return nil }
        self = s
    }
}
