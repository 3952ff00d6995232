internal import Yams

/// Imports the model records of Current AI's os-ai-map: `sources/scores/<slug>.yaml` (docs/schemas/
/// score.schema.json), with the product's display name from `sources/products/<slug>.yaml`
/// (product.schema.json).
///
/// A score gives an openness `class` (open_source, open_weights, restricted, closed) and `score` (0-5), and
/// `components`, a line of `key:value(detail)` parts separated by `;` (`weights:open(Apache-2.0);data:closed;
/// code:partial(inference);license:Apache-2.0(OSI)`). The class and score are the map's own verdict and go into
/// the note; the components are read into facts as `components` below says, and every part is quoted in the
/// fact notes. What a component value means is the map's own definition, written down in its rubric for
/// pre-trained models (sources/rubrics/pretrained.yaml, later commits of the same repository): `code: open` is
/// the full pre-training pipeline, `partial` inference or fine-tuning code only, `closed` no code.
public enum OSAIMapImporter {
    /// One part of `openness.components`: `key:level(detail)rest`.
    public struct Part: Hashable, Sendable {
        public var key: String
        /// The text before the first parenthesis (`open`, `closed`, or a licence name).
        public var head: String
        /// What the parentheses hold.
        public var detail: String?
        /// The whole value as written after `key:`.
        public var value: String
    }

    /// Splits `components` at `;` outside parentheses; each part at its first `:`.
    public static func parts(_ components: String) -> [Part] {
        var pieces: [String] = []
        var depth = 0
        var current = ""
        for ch in components {
            switch ch {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case ";" where depth == 0:
                pieces.append(current)
                current = ""
                continue
            default: break
            }
            current.append(ch)
        }
        pieces.append(current)
        return pieces.compactMap { piece in
            let text = String(piece.trimmingWhitespace)
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let key = String(String(text[..<colon]).trimmingWhitespace).lowercased()
            let value = String(String(text[text.index(after: colon)...]).trimmingWhitespace)
            var head = value
            var detail: String?
            if let open = value.firstIndex(of: "(") {
                head = String(String(value[..<open]).trimmingWhitespace)
                var depth = 0
                var inner = ""
                for ch in value[open...] {
                    if ch == "(" { depth += 1; if depth == 1 { continue } }
                    if ch == ")" { depth -= 1; if depth == 0 { break } }
                    inner.append(ch)
                }
                detail = inner
            }
            return key.isEmpty ? nil : Part(key: key, head: head, detail: detail, value: value)
        }
    }

    /// Whether a value joins several licences with `+` outside parentheses (the map's compound licence).
    static func isCompound(_ value: String) -> Bool {
        var depth = 0
        for ch in value {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) } else if ch == "+", depth == 0 { return true }
        }
        return false
    }

    /// What each component key is read as. Keys not listed (post-training-data, post-training, base-data and
    /// any other) stay in the notes only, as do values a key does not list.
    static let components: [(key: String, fact: String, values: [String: ImportedValue], why: String)] = [
        // "Are the trained model weights downloadable and runnable locally?" open / closed; a release that is
        // announced but not shipped (pending, announced_not_yet_released) is not released.
        ("weights", "weights.final.released",
         ["open": .bool(true), "closed": .bool(false), "pending": .bool(false), "announced_not_yet_released": .bool(false)],
         "the map's weights component: open means downloadable and runnable locally"),
        // "Is the pretraining corpus released, or reconstructible from released scripts?" open: released (or
        // reconstructible) in full; partial: in part; closed: not released.
        ("data", "data.training.released",
         ["open": .symbol("full"), "partial": .symbol("partial"), "closed": .symbol("none")],
         "the map's data component: open means the training corpus is released or reconstructible from released scripts"),
        // "Is the training pipeline released, not just inference code?" open: the full pre-training pipeline;
        // partial: inference or fine-tuning code only; closed: no code.
        ("code", "code.training.released",
         ["open": .bool(true), "partial": .bool(false), "closed": .bool(false)],
         "the map's code component: open means the full training pipeline, partial inference or fine-tuning code only"),
        ("code", "code.data_processing.released",
         ["open": .bool(true), "partial": .bool(false), "closed": .bool(false)],
         "the map's code component: open means the full pre-training pipeline including data preparation"),
        // "Are intermediate training checkpoints published?" open / not-released.
        ("checkpoints", "weights.intermediate.released",
         ["open": .bool(true), "not-released": .bool(false), "closed": .bool(false)],
         "the map's checkpoints component (intermediate training checkpoints)"),
        // A paper or model card listed as open is published.
        ("paper", "docs.research_paper.published", ["open": .bool(true), "closed": .bool(false)],
         "the map's paper component"),
        ("model_card", "docs.model_card.published", ["open": .bool(true), "closed": .bool(false)],
         "the map's model_card component"),
    ]

    // MARK: - The record

    struct Record {
        var product: String
        var scoreClass: String?
        var score: String?
        var confidence: String?
        var note: String?
        var components: String?
        var sources: [String]
    }

    static func parse(_ root: Node, reader: inout NodeReader) -> Record? {
        guard let top = reader.mapping(root, allowed: [], required: ["product", "openness"], what: "an os-ai-map score")
        else { return nil }
        guard let product = reader.optionalText(top["product"], what: "product") else {
            if top["product"] != nil { reader.error("the score names no product", at: top.location) }
            return nil
        }
        guard let opennessNode = top["openness"],
            let openness = reader.mapping(opennessNode, allowed: [], required: ["class"], what: "openness")
        else { return nil }
        var sources: [String] = []
        if let node = openness["sources"], !NodeReader.isNull(node) {
            for item in reader.sequence(node, what: "openness.sources") ?? [] {
                guard case .mapping = item, let s = reader.optionalMapping(item, what: "a source") else { continue }
                var text = NodeReader.nonEmptyText(s["url"]) ?? "(no url)"
                if let shows = NodeReader.nonEmptyText(s["shows"]) { text += " (shows: \(shows))" }
                if let accessed = NodeReader.nonEmptyText(s["accessed"]) { text += ", accessed \(accessed)" }
                sources.append(text)
            }
        }
        return Record(
            product: product, scoreClass: reader.optionalText(openness["class"], what: "openness.class"),
            score: NodeReader.nonEmptyText(openness["score"]), confidence: NodeReader.nonEmptyText(openness["confidence"]),
            note: NodeReader.nonEmptyText(openness["note"]),
            components: reader.optionalText(openness["components"], what: "openness.components"), sources: sources)
    }

    /// The product file beside the scores: display name and type.
    static func product(_ slug: String, scoreFile: String, sources: inout [String: String]) -> (name: String?, type: String?, path: String?) {
        let scores = ImportPaths.parent(ImportPaths.absolute(scoreFile))
        let path = ImportPaths.parent(scores) + "/products/\(slug).yaml"
        guard case .success(let file) = SourceFile.read(path: path), case .success(let root) = YAMLDocument.parse(file),
            case .mapping(let m) = root
        else { return (nil, nil, nil) }
        sources[path] = file.text
        return (NodeReader.nonEmptyText(m["display_name"]), NodeReader.nonEmptyText(m["type"]), path)
    }

    static func profile(
        _ record: Record, displayName: String?, productPath: String?, context: RecordContext, mapper: inout LicenceMapper
    ) -> ImportedProfile {
        var sheet = FactSheet(context: context)
        let parts = parts(record.components ?? "")
        func part(_ key: String) -> Part? { parts.first { $0.key == key } }

        for (key, fact, values, why) in components {
            guard let p = part(key) else { continue }
            let level = p.head.lowercased()
            let value = values[level] ?? .unknown
            let reading =
                value == .unknown
                ? "The value '\(p.head)' is not one this importer reads (\(values.keys.sorted().joined(separator: ", "))), so the fact is unknown."
                : "Read as \(why)."
            sheet.set(
                fact, value, grade: .derived, from: "openness.components \(key):\(p.value)",
                note: "The map records \("\(key):\(p.value)".quotedForNote). \(reading)")
        }

        // The weights' licence: `model-license` where given, else `license`; only for released weights.
        if let p = part("model-license") ?? part("license"), sheet.facts["weights.final.released"]?.value == .bool(true) {
            let detail = "openness.components \(p.key):\(p.value)"
            let whence = "The map records \("\(p.key):\(p.value)".quotedForNote)"
            if isCompound(p.value) {
                _ = mapper.map(p.value)
                sheet.set(
                    "weights.final.licence", .unknown, from: detail,
                    note: "\(whence), several licences joined by '+'; which one covers the weights is not said, so the licence is unknown.")
            } else if let id = mapper.map(p.head) {
                sheet.set("weights.final.licence", .symbol(id), grade: .reported, from: detail, note: "\(whence).")
            } else {
                sheet.set(
                    "weights.final.licence", .unknown, from: detail,
                    note: "\(whence); \(p.head.quotedForNote) names no licence in the catalogue (ids and aliases), so the licence is unknown.")
            }
        }
        // `base:<model>` says the model was made from another one.
        if let p = part("base") {
            sheet.set(
                "finetune.is_finetune", .bool(true), grade: .derived, from: "openness.components base:\(p.value)",
                note: "The map names the model it was made from: \("base:\(p.value)".quotedForNote).")
        }

        let read = Set(components.map(\.key) + ["license", "model-license", "base"])
        let noteOnly = parts.filter { !read.contains($0.key) }.map { "\($0.key):\($0.value)" }
        var verdict = ["class \(record.scoreClass.map { "'\($0)'" } ?? "(none)")"]
        if let score = record.score { verdict.append("score \(score) of 5") }
        if let confidence = record.confidence { verdict.append("confidence \(confidence)") }
        var note = """
            The claims of the os-ai-map score \(context.relativePath) (\(context.snapshot.name), commit \
            \(context.snapshot.commit), snapshot of \(context.snapshot.date); MIT licence) for the product \
            '\(record.product)'\(productPath.map { " (\(context.snapshot.relative($0)))" } ?? ""); nothing here was \
            checked against the model's own sources. The map's verdict: \(verdict.joined(separator: ", ")). Its \
            components: \((record.components ?? "(none)").quotedForNote).
            """
        if !noteOnly.isEmpty { note += " Kept in this note only: \(noteOnly.joined(separator: "; "))." }
        if let n = record.note { note += " The map's note: \(n.quotedForNote)." }
        if !record.sources.isEmpty { note += " Its sources: \(record.sources.joined(separator: "; "))." }
        return ImportedProfile(
            id: context.id, name: displayName ?? record.product, developer: nil, note: note, facts: sheet.facts,
            record: context.record)
    }
}

extension OSAIMapImporter: RecordImporter {
    static let formatHint =
        "a score is 'product: <slug>' with 'openness: {score: 0-5, class: ..., components: \"weights:...;data:...;code:...;license:...\"}' (docs/schemas/score.schema.json)"

    static func recordFiles(in folder: String) -> (files: [String], skipped: [String], hint: String) {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let candidates = [base + "/sources/scores", base + "/scores", base]
        // The corpus folder or `sources/`: the scores are below it; otherwise the folder itself.
        let scores = candidates.first(where: ImportPaths.isDirectory) ?? base
        return (
            ImportPaths.files(in: scores, extensions: [".yaml", ".yml"]), [],
            "give the os-ai-map folder, its sources/scores/ folder, or one score file"
        )
    }

    static func importRecord(
        _ root: Node, context: RecordContext, mapper: inout LicenceMapper, reader: inout NodeReader,
        sources: inout [String: String]
    ) -> ImportedProfile? {
        guard let record = parse(root, reader: &reader), !reader.diagnostics.hasErrors else { return nil }
        let product = product(record.product, scoreFile: context.path, sources: &sources)
        if let type = product.type, type != "model" {
            reader.report(
                ImportDiagnostics.fileWarning(
                    context.path, "the product '\(record.product)' is a \(type), not a model; it is not imported"))
            return nil
        }
        return profile(record, displayName: product.name, productPath: product.path, context: context, mapper: &mapper)
    }
}
