/// Renders diagnostics the way compilers do: the located one-line form, the source line and a caret.
public struct DiagnosticPrinter: Sendable {
    /// Source text by file path, used to show the offending line.
    public var sources: [String: String]

    public init(sources: [String: String] = [:]) {
        self.sources = sources
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = diagnostic.description + "\n"
        out += snippet(at: diagnostic.location)
        if let hint = diagnostic.hint {
            out += "  hint: \(hint)\n"
        }
        for note in diagnostic.notes {
            out += render(note)
        }
        return out
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    private func snippet(at location: SourceLocation?) -> String {
        guard let location, let text = sources[location.file], location.line >= 1 else { return "" }
        var lineNumber = 1
        var found: Substring?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if lineNumber == location.line {
                found = line
                break
            }
            lineNumber += 1
        }
        guard var line = found else { return "" }
        if line.hasSuffix("\r") { line = line.dropLast() }
        // Very long lines (minified or hostile input) are cut around the column.
        let scalars = Array(line.unicodeScalars)
        let column = max(1, min(location.column, scalars.count + 1))
        let start = max(0, column - 1 - 100)
        let end = min(scalars.count, column - 1 + 100)
        var shown = String(String.UnicodeScalarView(scalars[start..<end]))
        shown = String(shown.map { $0 == "\t" ? " " : $0 })
        let caretOffset = column - 1 - start
        return "    \(shown)\n    \(String(repeating: " ", count: caretOffset))^\n"
    }
}
