import Foundation
import OpenDefKit

/// Writes results to stdout and diagnostics to stderr.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints diagnostics (sorted, with source lines) and a one-line count.
    static func report(_ diagnostics: [Diagnostic], sources: [String: String], summary: Bool = true) {
        let sorted = diagnostics.sortedForOutput()
        err(DiagnosticPrinter(sources: sources).render(sorted))
        guard summary else { return }
        let errors = sorted.filter { $0.severity == .error }.count
        let warnings = sorted.filter { $0.severity == .warning }.count
        if errors + warnings > 0 {
            err("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        }
    }
}
