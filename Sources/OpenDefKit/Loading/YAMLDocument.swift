internal import Yams

/// Parses a source file into a Yams node tree, turning every YAML problem into a located diagnostic.
enum YAMLDocument {
    static func parse(_ file: SourceFile) -> Result<Node, Diagnostic> {
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        if file.text.allSatisfy({ $0.isWhitespace }) {
            return .failure(.error("file is empty", at: start, hint: "a file starts with 'schema_version: 1'"))
        }
        if let anchor = AnchorScan.firstAnchorOrAlias(in: file.text) {
            return .failure(
                .error(
                    "YAML anchors and aliases ('&name', '*name') are not allowed in opendef files",
                    at: SourceLocation(file: file.path, line: anchor.line, column: anchor.column),
                    hint: "write the value out in full; aliases can expand without bound"))
        }
        do {
            // Tags are never read (values are typed by the vocabulary), so skip regex-based tag resolution.
            guard let node = try Yams.Parser(yaml: file.text, resolver: .basic).singleRoot() else {
                return .failure(.error("file has no YAML document", at: start))
            }
            return .success(node)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: file))
        } catch {
            return .failure(.error("cannot parse YAML: \(error)", at: start))
        }
    }

    private static func diagnostic(for error: YamlError, in file: SourceFile) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file.path, line: mark.line, column: mark.column)
        }
        let lineCount = file.text.split(separator: "\n", omittingEmptySubsequences: false).count
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // The problem mark is usually the culprit; at end of stream, the context says where it began.
            let useContext = mark.line >= lineCount && context != nil
            let location = useContext ? context!.mark : mark
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context.text) at \(context.mark.line):\(context.mark.column))" }
            if problem.hasPrefix("Maximum nesting level") {
                return .error(
                    "YAML is nested too deeply", at: at(location),
                    hint: "opendef files need only a few levels of nesting")
            }
            return .error(message, at: at(location), hint: syntaxHint(for: problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let first = at(context.mark)
            let second = secondOccurrence(ofKey: key, after: context.mark, in: file.text).map {
                SourceLocation(file: file.path, line: $0.line, column: $0.column)
            } ?? first
            var d = Diagnostic.error(
                "duplicate key '\(key)' in the same mapping", at: second, hint: "each key may appear once; remove or merge one")
            if second != first { d.notes = [Diagnostic(.note, at: first, "first occurrence of '\(key)' is here")] }
            return d
        case .reader(let problem, let offset, _, _):
            var location = SourceLocation(file: file.path, line: 1, column: 1)
            if let offset {
                let prefix = file.text.prefix(offset)
                let line = prefix.filter { $0 == "\n" }.count + 1
                let column = (prefix.split(separator: "\n", omittingEmptySubsequences: false).last?.unicodeScalars.count ?? 0) + 1
                location = SourceLocation(file: file.path, line: line, column: column)
            }
            return .error("YAML cannot be read: \(problem)", at: location, hint: "YAML forbids most control characters")
        default:
            return .error("YAML error: \(error)", at: SourceLocation(file: file.path, line: 1, column: 1))
        }
    }

    private static func syntaxHint(for problem: String) -> String? {
        if problem.contains("tab") { return "indent with spaces, not tabs" }
        if problem.contains("mapping values are not allowed") {
            return "a value containing ': ' must be quoted"
        }
        if problem.contains("did not find expected") { return "check the indentation and the closing brackets or quotes" }
        return nil
    }

    /// Yams reports a duplicate key at its first occurrence; find the repeat at the same indentation.
    private static func secondOccurrence(ofKey key: String, after mark: Mark, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let column = mark.column
        for index in mark.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            guard scalars.count >= column else { continue }
            let rest = String(String.UnicodeScalarView(scalars[(column - 1)...]))
            let indentation = scalars.prefix(column - 1)
            let onlyIndent = indentation.allSatisfy { $0 == " " || $0 == "-" }
            if onlyIndent, rest.hasPrefix("\(key):") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                return SourceLocation(file: "", line: index + 1, column: column)
            }
        }
        return nil
    }
}

/// Finds YAML anchors and aliases before parsing: opendef never needs them, and alias expansion is the
/// classic way to make a small file explode. Works on UTF-8 bytes: every character that matters is ASCII.
enum AnchorScan {
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    static func firstAnchorOrAlias(in text: String) -> Position? {
        var text = text
        return text.withUTF8 { bytes in scan(bytes) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Position? {
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), cr = UInt8(ascii: "\r"), newline = UInt8(ascii: "\n")
        var quote: UInt8?
        var blockParentIndent: Int?
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != newline { end += 1 }
            lineNumber += 1
            defer { start = end + 1 }
            if start == bytes.count && end == start { break }
            var indent = 0
            while start + indent < end && bytes[start + indent] == space { indent += 1 }
            if let parent = blockParentIndent, quote == nil {
                var blank = true
                for k in start..<end where bytes[k] != space && bytes[k] != tab && bytes[k] != cr { blank = false; break }
                if blank || indent > parent { continue }
                blockParentIndent = nil
            }
            var tokenStart = true
            var i = start
            lineLoop: while i < end {
                let c = bytes[i]
                let next: UInt8? = i + 1 < end ? bytes[i + 1] : nil
                if let q = quote {
                    if q == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") {
                        i += 2
                        continue
                    }
                    if c == q {
                        if q == UInt8(ascii: "'") && next == UInt8(ascii: "'") {
                            i += 2
                            continue
                        }
                        quote = nil
                        tokenStart = false
                    }
                    i += 1
                    continue
                }
                let nextIsBlank = next == nil || next == space || next == tab || next == cr
                if c == UInt8(ascii: "#") && (i == start || bytes[i - 1] == space || bytes[i - 1] == tab) { break }
                if tokenStart {
                    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                        quote = c
                        i += 1
                        continue
                    }
                    if (c == UInt8(ascii: "&") || c == UInt8(ascii: "*")) && !nextIsBlank && next != UInt8(ascii: ",")
                        && next != UInt8(ascii: "]") && next != UInt8(ascii: "}")
                    {
                        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self).unicodeScalars.count + 1
                        return Position(line: lineNumber, column: column)
                    }
                    if c == UInt8(ascii: "|") || c == UInt8(ascii: ">") {
                        // A block scalar header: indicators only, then blanks or a comment.
                        var k = i + 1
                        while k < end, "+-0123456789".utf8.contains(bytes[k]) { k += 1 }
                        while k < end, bytes[k] == space || bytes[k] == tab || bytes[k] == cr { k += 1 }
                        if k == end || bytes[k] == UInt8(ascii: "#") {
                            blockParentIndent = indent
                            break lineLoop
                        }
                    }
                }
                switch c {
                case space, tab:
                    break
                case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","):
                    tokenStart = true
                case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                    tokenStart = nextIsBlank
                default:
                    tokenStart = false
                }
                i += 1
            }
        }
        return nil
    }
}
