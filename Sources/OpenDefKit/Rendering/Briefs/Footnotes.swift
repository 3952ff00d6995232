/// Numbered footnotes for a brief: each distinct source once, numbered in order of first use.
struct Footnotes {
    private(set) var sources: [String] = []
    private var numbers: [String: Int] = [:]

    /// The Markdown reference (`[^3]`) for a source, adding it if new.
    mutating func cite(_ source: String) -> String {
        let text = String(source.map { $0 == "\n" ? " " : $0 })
        if let n = numbers[text] { return "[^\(n)]" }
        sources.append(text)
        numbers[text] = sources.count
        return "[^\(sources.count)]"
    }

    var rendered: String {
        sources.enumerated().map { "[^\($0.offset + 1)]: \(EvaluationMarkdown.escape($0.element))\n" }.joined()
    }
}

extension Citation {
    /// The citation as a footnote text: instrument, version, section and URL.
    var footnote: String {
        "\(instrument)\(version.map { " (\($0))" } ?? ""), \(section): \(url)"
    }
}
