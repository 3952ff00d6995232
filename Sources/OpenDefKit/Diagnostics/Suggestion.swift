/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
    /// The closest candidate, if it is close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(2, word.count / 3)
        let folded = word.lowercased()
        // Rank by distance, then by the longest shared prefix (typos are mostly at the end), then by name.
        var best: (candidate: String, distance: Int, prefix: Int)?
        for candidate in candidates {
            let distance = editDistance(folded, candidate.lowercased(), limit: limit)
            guard distance <= limit else { continue }
            let prefix = zip(folded, candidate.lowercased()).prefix { $0 == $1 }.count
            if let b = best, (distance, -prefix, candidate) >= (b.distance, -b.prefix, b.candidate) { continue }
            best = (candidate, distance, prefix)
        }
        return best?.candidate
    }

    /// `did you mean 'x'?` or nil.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// Levenshtein distance, giving up early once every path exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
