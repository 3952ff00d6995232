/// Text with emoji markers (1️⃣, 2️⃣, ...) at the places a test expects diagnostics; the markers are
/// stripped and their line and column recorded, as swift-format's tests do.
struct MarkedText {
    let text: String
    let markers: [String: (line: Int, column: Int)]

    static let symbols = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    init(_ marked: String) {
        var text = ""
        var markers: [String: (Int, Int)] = [:]
        var line = 1, column = 1
        var rest = Substring(marked)
        outer: while !rest.isEmpty {
            for symbol in MarkedText.symbols where rest.hasPrefix(symbol) {
                markers[symbol] = (line, column)
                rest = rest.dropFirst(symbol.count)
                continue outer
            }
            let ch = rest.removeFirst()
            text.append(ch)
            if ch == "\n" {
                line += 1
                column = 1
            } else {
                column += ch.unicodeScalars.count
            }
        }
        self.text = text
        self.markers = markers
    }

    func location(_ symbol: String) -> (line: Int, column: Int)? { markers[symbol] }
}
