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
/// classic way to make a small file explode.
enum AnchorScan {
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    static func firstAnchorOrAlias(in text: String) -> Position? {
        var quote: Unicode.Scalar?
        var blockParentIndent: Int?
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            if let parent = blockParentIndent, quote == nil {
                let blank = scalars.allSatisfy { $0 == " " || $0 == "\r" || $0 == "\t" }
                if blank || indent > parent { continue }
                blockParentIndent = nil
            }
            var tokenStart = true
            var i = 0
            while i < scalars.count {
                let c = scalars[i]
                let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
                if let q = quote {
                    if q == "\"" && c == "\\" {
                        i += 2
                        continue
                    }
                    if c == q {
                        if q == "'" && next == "'" {
                            i += 2
                            continue
                        }
                        quote = nil
                        tokenStart = false
                    }
                    i += 1
                    continue
                }
                let nextIsBlank = next == nil || next == " " || next == "\t" || next == "\r"
                if c == "#" && (i == 0 || scalars[i - 1] == " " || scalars[i - 1] == "\t") { break }
                if tokenStart {
                    if c == "\"" || c == "'" {
                        quote = c
                        i += 1
                        continue
                    }
                    if (c == "&" || c == "*") && !nextIsBlank && next != "," && next != "]" && next != "}" {
                        return Position(line: lineNumber, column: i + 1)
                    }
                    if c == "|" || c == ">" {
                        let rest = String(String.UnicodeScalarView(scalars[(i + 1)...]))
                        let beforeComment = rest.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
                        let trimmed = beforeComment.trimmingCharacters(in: " \t\r")
                        if trimmed.unicodeScalars.allSatisfy({ "+-0123456789".unicodeScalars.contains($0) }) {
                            blockParentIndent = indent
                            break
                        }
                    }
                }
                switch c {
                case " ", "\t":
                    break
                case "[", "{", ",":
                    tokenStart = true
                case "-", "?", ":":
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

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let drop = Set(set.unicodeScalars)
        var scalars = Substring(self).unicodeScalars
        while let f = scalars.first, drop.contains(f) { scalars.removeFirst() }
        while let l = scalars.last, drop.contains(l) { scalars.removeLast() }
        return String(scalars)
    }
}
