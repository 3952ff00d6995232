import Foundation

/// The copy of another system's data that records are imported from, as its `SOURCE.md` describes it:
/// the folder, the upstream repository, the commit that was copied and the date of that snapshot.
///
/// The snapshot date is what every imported fact gives as `accessed`, so that importing the same copy twice
/// writes the same files (never today's date).
public struct CorpusSnapshot: Hashable, Sendable {
    /// The folder that holds `SOURCE.md` (absolute, standardised).
    public var root: String
    /// The folder's name, e.g. `lfai-model-openness-tool`.
    public var name: String
    /// The upstream repository, when `SOURCE.md` names one.
    public var repository: String?
    /// The upstream commit the copy was taken from (40 hex digits).
    public var commit: String
    /// The date of that commit, as `SOURCE.md` states it.
    public var date: Day

    public init(root: String, name: String, repository: String?, commit: String, date: Day) {
        self.root = root
        self.name = name
        self.repository = repository
        self.commit = commit
        self.date = date
    }

    public static let fileName = "SOURCE.md"

    /// The snapshot a record belongs to: the nearest folder at or above `path` that holds `SOURCE.md`.
    public static func locate(near path: String) -> Result<CorpusSnapshot, Diagnostic> {
        let start = ImportPaths.absolute(path)
        var isDirectory: ObjCBool = false
        var folder = start
        if !(FileManager.default.fileExists(atPath: start, isDirectory: &isDirectory) && isDirectory.boolValue) {
            folder = ImportPaths.parent(start)
        }
        while true {
            let candidate = folder == "/" ? "/\(fileName)" : "\(folder)/\(fileName)"
            if FileManager.default.fileExists(atPath: candidate) {
                switch SourceFile.read(path: candidate) {
                case .success(let file): return parse(file.text, root: folder, sourcePath: candidate)
                case .failure(let diagnostic): return .failure(diagnostic)
                }
            }
            if folder == "/" || folder.isEmpty { break }
            folder = ImportPaths.parent(folder)
        }
        return .failure(
            ImportDiagnostics.fileError(
                path, "no \(fileName) in this folder or any folder above it, so the corpus, commit and snapshot date are unknown",
                hint: "import records from a corpus copy whose \(fileName) states '**Commit:** `<sha>` (YYYY-MM-DD)'"))
    }

    /// Reads the `**Repository:**` and `**Commit:**` lines of a `SOURCE.md`.
    static func parse(_ text: String, root: String, sourcePath: String) -> Result<CorpusSnapshot, Diagnostic> {
        var repository: String?
        var commit: String?
        var date: Day?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if repository == nil, line.contains("**Repository:**") {
                repository = line.split(separator: " ").first { $0.hasPrefix("https://") || $0.hasPrefix("http://") }
                    .map { String($0.trimmingCharacters(in: CharacterSet(charactersIn: "(),;"))) }
            }
            guard commit == nil, line.contains("**Commit:**") else { continue }
            let words = line.split(whereSeparator: { " `(),.;".contains($0) })
            commit = words.first { $0.count == 40 && $0.allSatisfy(\.isHexDigit) }.map { String($0).lowercased() }
            date = words.lazy.compactMap { Day(String($0)) }.first
            if commit == nil || date == nil {
                return .failure(
                    .error(
                        "the **Commit:** line names no 40-digit commit and snapshot date",
                        at: SourceLocation(file: sourcePath, line: index + 1, column: 1),
                        hint: "write it as '- **Commit:** `<40 hex digits>` (YYYY-MM-DD)'"))
            }
        }
        guard let commit, let date else {
            return .failure(
                ImportDiagnostics.fileError(
                    sourcePath, "no '**Commit:**' line, so the snapshot's commit and date are unknown",
                    hint: "add '- **Commit:** `<40 hex digits>` (YYYY-MM-DD)'"))
        }
        let name = root.split(separator: "/").last.map(String.init) ?? root
        return .success(CorpusSnapshot(root: root, name: name, repository: repository, commit: commit, date: date))
    }

    /// A path below the root, relative to it (`models/Amber.yml`).
    public func relative(_ path: String) -> String {
        let absolute = ImportPaths.absolute(path)
        let prefix = root == "/" ? "/" : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// How facts cite a record: corpus, path within it, commit and upstream repository.
    public func cite(_ relativePath: String) -> String {
        let upstream = repository.map { ", \($0)" } ?? ""
        return "\(name) \(relativePath) (commit \(commit)\(upstream))"
    }
}

/// Path helpers that never touch the file system beyond what they say.
enum ImportPaths {
    /// Absolute and standardised (`.` and `..` removed), symbolic links left alone.
    static func absolute(_ path: String) -> String {
        let url = path.hasPrefix("/")
            ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        var result = url.standardizedFileURL.path
        while result.count > 1 && result.hasSuffix("/") { result.removeLast() }
        return result
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `to`, written relative to the folder `from` (both made absolute first).
    static func relative(from folder: String, to target: String) -> String {
        let a = absolute(folder).split(separator: "/")
        let b = absolute(target).split(separator: "/")
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let ups = Array(repeating: "..", count: a.count - common)
        let parts = ups + b[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Regular files directly in a folder whose names end in one of `extensions`, sorted by name.
    static func files(in folder: String, extensions: [String]) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { name in extensions.contains { name.hasSuffix($0) } && !name.hasPrefix(".") }
            .sorted()
            .map { folder == "/" ? "/\($0)" : "\(folder)/\($0)" }
            .filter { !isDirectory($0) }
    }
}
