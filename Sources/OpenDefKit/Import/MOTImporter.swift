internal import Yams

/// Imports records of LF AI & Data's Model Openness Tool (MOT), the reference implementation of the Model
/// Openness Framework: `models/*.yml`, one record per model variant.
///
/// It follows MOT exactly (web/modules/mof/src/ModelUpdater.php and ModelEvaluator.php, resolveLicense):
/// - a component listed in `release.components` is included (released); one not listed is not, and then has
///   no licence;
/// - a listed component's licence is its own `license`; when it has none (the key is missing or null), the
///   record's global licence for the component's content type (`release.license.code|data|document`), else
///   the global `distribution` licence;
/// - a component whose own licence is `unlicensed` or empty is unlicensed: MOT stores it as blank and does not
///   fall back to the global licences.
/// Licence strings become catalogue ids only through the catalogue's ids and aliases. An unlicensed component,
/// or one whose licence string names no catalogue licence, gets the licence `unknown`, with a note quoting
/// the record: MOT counts such a component as not openly licensed, but what the licence is, is not known.
public enum MOTImporter {
    public enum ContentType: String, Sendable, CaseIterable {
        case code, data, document
    }

    /// One MOF component: its name as MOT writes it, its content type and the vocabulary facts it sets.
    public struct Component: Sendable {
        /// MOT's component id (`cid`).
        public let cid: Int
        public let name: String
        public let contentType: ContentType
        /// The fact saying whether the component is released (bool), or `data.training.released` (enum).
        public let releasedFact: String
        /// The fact holding its licence, where the vocabulary has one.
        public let licenceFact: String?
    }

    /// The 17 components of `config/mof.settings.yml` (MOT's web/modules/mof/config/install/mof.settings.yml)
    /// and the facts each maps to. The Datasets component (training, validation and testing data) sets
    /// `data.training.released` to `full` when listed and `none` when not; every other component sets a
    /// boolean. Sample model outputs have no licence fact in the vocabulary.
    public static let components: [Component] = [
        Component(cid: 9, name: "Model architecture", contentType: .code,
                  releasedFact: "code.architecture.released", licenceFact: "code.architecture.licence"),
        Component(cid: 10, name: "Model parameters (Final)", contentType: .data,
                  releasedFact: "weights.final.released", licenceFact: "weights.final.licence"),
        Component(cid: 11, name: "Technical report", contentType: .document,
                  releasedFact: "docs.technical_report.published", licenceFact: "docs.technical_report.licence"),
        Component(cid: 12, name: "Evaluation results", contentType: .document,
                  releasedFact: "eval.results.published", licenceFact: "eval.results.licence"),
        Component(cid: 13, name: "Model card", contentType: .document,
                  releasedFact: "docs.model_card.published", licenceFact: "docs.model_card.licence"),
        Component(cid: 14, name: "Data card", contentType: .document,
                  releasedFact: "docs.data_card.published", licenceFact: "docs.data_card.licence"),
        Component(cid: 15, name: "Datasets", contentType: .data,
                  releasedFact: "data.training.released", licenceFact: "data.training.licence"),
        Component(cid: 16, name: "Data preprocessing code", contentType: .code,
                  releasedFact: "code.data_processing.released", licenceFact: "code.data_processing.licence"),
        Component(cid: 17, name: "Model metadata", contentType: .data,
                  releasedFact: "model.metadata.released", licenceFact: "model.metadata.licence"),
        Component(cid: 18, name: "Evaluation code", contentType: .code,
                  releasedFact: "code.evaluation.released", licenceFact: "code.evaluation.licence"),
        Component(cid: 19, name: "Evaluation data", contentType: .data,
                  releasedFact: "eval.data.released", licenceFact: "eval.data.licence"),
        Component(cid: 20, name: "Sample model outputs", contentType: .document,
                  releasedFact: "docs.sample_outputs.published", licenceFact: nil),
        Component(cid: 21, name: "Research paper", contentType: .document,
                  releasedFact: "docs.research_paper.published", licenceFact: "docs.research_paper.licence"),
        Component(cid: 22, name: "Supporting libraries and tools", contentType: .code,
                  releasedFact: "code.supporting_libraries.released", licenceFact: "code.supporting_libraries.licence"),
        Component(cid: 24, name: "Model parameters (Intermediate)", contentType: .data,
                  releasedFact: "weights.intermediate.released", licenceFact: "weights.intermediate.licence"),
        Component(cid: 7, name: "Training code", contentType: .code,
                  releasedFact: "code.training.released", licenceFact: "code.training.licence"),
        Component(cid: 8, name: "Inference code", contentType: .code,
                  releasedFact: "code.inference.released", licenceFact: "code.inference.licence"),
    ]

    /// Records in a folder named `models` that are not model records.
    static let testRecords: [String: String] = [
        "DeepSeek-V3-test.yml": "a test record among the real ones (SOURCE.md)"
    ]

    // MARK: - The record

    /// A MOT record as MOT reads it: what the importer needs, nothing more.
    public struct Record: Hashable, Sendable {
        public enum LicenceField: Hashable, Sendable {
            /// No `license` key, or a null: the global licences apply.
            case absent
            /// The string written (possibly empty or `unlicensed`).
            case text(String)
        }

        public struct ListedComponent: Hashable, Sendable {
            public var name: String
            public var licence: LicenceField
            public var location: SourceLocation

            public init(name: String, licence: LicenceField, location: SourceLocation) {
                self.name = name
                self.licence = licence
                self.location = location
            }
        }

        public var name: String
        public var version: String?
        public var producer: String?
        public var type: String?
        public var architecture: String?
        public var date: String?
        /// `release.license.<key>.name`, for the keys whose name is not empty (`distribution`, `code`, ...).
        public var globalLicences: [String: String]
        public var components: [ListedComponent]

        public init(
            name: String, version: String?, producer: String?, type: String?, architecture: String?, date: String?,
            globalLicences: [String: String], components: [ListedComponent]
        ) {
            self.name = name
            self.version = version
            self.producer = producer
            self.type = type
            self.architecture = architecture
            self.date = date
            self.globalLicences = globalLicences
            self.components = components
        }
    }

    /// Reads a record, reporting every structural problem with its location.
    public static func parse(_ file: SourceFile) -> Loaded<Record> {
        switch YAMLDocument.parse(file) {
        case .failure(let diagnostic): return Loaded(value: nil, diagnostics: [diagnostic])
        case .success(let root):
            var reader = NodeReader(file: file.path)
            let record = parse(root, reader: &reader)
            return Loaded(value: reader.diagnostics.hasErrors ? nil : record, diagnostics: reader.diagnostics)
        }
    }

    static func parse(_ root: Node, reader: inout NodeReader) -> Record? {
        guard let top = reader.mapping(root, allowed: [], required: ["release"], what: "a MOT record") else { return nil }
        if let framework = top["framework"].flatMap({ reader.optionalMapping($0, what: "framework") }),
            let name = NodeReader.nonEmptyText(framework["name"]), name != "Model Openness Framework"
        {
            reader.report(
                .warning(
                    "framework '\(name)' is not the Model Openness Framework", at: framework.keyLocation("name"),
                    hint: "MOT records name 'Model Openness Framework'"))
        }
        guard let releaseNode = top["release"],
            let release = reader.mapping(releaseNode, allowed: [], required: ["name"], what: "release")
        else { return nil }
        guard let name = reader.name(of: release, what: "release") else { return nil }
        var globals: [String: String] = [:]
        if let licence = reader.optionalMapping(release["license"], what: "release.license") {
            for (key, _, value) in licence.entries {
                guard !NodeReader.isNull(value) else { continue }
                guard let entry = reader.mapping(value, allowed: [], what: "release.license.\(key)") else { continue }
                if let text = reader.optionalText(entry["name"], what: "release.license.\(key).name") {
                    globals[key] = text
                }
            }
        }
        var listed: [Record.ListedComponent] = []
        var seen: [String: SourceLocation] = [:]
        if let node = release["components"], !NodeReader.isNull(node) {
            for item in reader.sequence(node, what: "release.components") ?? [] {
                guard let c = reader.mapping(item, allowed: [], required: ["name"], what: "a component") else { continue }
                guard let nameNode = c["name"], let componentName = reader.optionalText(nameNode, what: "component name")
                else {
                    if c["name"] != nil { reader.error("a component has an empty name", at: c.location) }
                    continue
                }
                let location = reader.location(nameNode)
                guard components.contains(where: { $0.name == componentName }) else {
                    reader.error(
                        "unknown MOF component '\(componentName)'", at: location,
                        hint: Suggestion.hint(for: componentName, in: components.map(\.name))
                            ?? "the components are those of config/mof.settings.yml")
                    continue
                }
                if let first = seen[componentName] {
                    // MOT keeps the later entry (ModelUpdater.processComponentLicenses overwrites by id).
                    reader.report(
                        Diagnostic(
                            .warning, at: location, "component '\(componentName)' is listed twice; the later entry is used, as MOT does",
                            notes: [Diagnostic(.note, at: first, "first listed here")]))
                    listed.removeAll { $0.name == componentName }
                }
                seen[componentName] = location
                var licence = Record.LicenceField.absent
                if let licenceNode = c["license"] {
                    if case .scalar = licenceNode {
                        if let text = NodeReader.text(licenceNode) { licence = .text(text) }
                    } else {
                        reader.error(
                            "expected the component's license as a single value, found \(NodeReader.describe(licenceNode))",
                            at: reader.location(licenceNode))
                    }
                }
                listed.append(Record.ListedComponent(name: componentName, licence: licence, location: location))
            }
        }
        return Record(
            name: name, version: NodeReader.nonEmptyText(release["version"]),
            producer: NodeReader.nonEmptyText(release["producer"]), type: NodeReader.nonEmptyText(release["type"]),
            architecture: NodeReader.nonEmptyText(release["architecture"]), date: NodeReader.nonEmptyText(release["date"]),
            globalLicences: globals, components: listed)
    }

    // MARK: - Licence resolution

    /// Where a listed component's licence comes from, after MOT's fallback.
    public enum ResolvedLicence: Hashable, Sendable {
        /// A licence string, from the component itself or from a global licence (`code`, `distribution`, ...).
        case named(String, from: String)
        /// The component's own licence is `unlicensed` or empty.
        case unlicensed(written: String)
        /// Neither the component nor the global licences name one.
        case none
    }

    /// MOT's resolveLicense for a listed component.
    public static func resolveLicence(_ component: Record.ListedComponent, type: ContentType, in record: Record)
        -> ResolvedLicence
    {
        switch component.licence {
        case .text(let text):
            let trimmed = String(text.trimmingWhitespace)
            if trimmed.isEmpty || trimmed == "unlicensed" { return .unlicensed(written: text) }
            return .named(text, from: "component")
        case .absent:
            for key in [type.rawValue, "distribution"] {
                guard let text = record.globalLicences[key] else { continue }
                if text == "unlicensed" { return .unlicensed(written: text) }
                return .named(text, from: key)
            }
            return .none
        }
    }

    // MARK: - The profile

    static func profile(
        _ record: Record, context: RecordContext, mapper: inout LicenceMapper
    ) -> ImportedProfile {
        var sheet = FactSheet(context: context)
        for component in components {
            let listed = record.components.first { $0.name == component.name }
            let entry = "release.components '\(component.name)'"
            guard let listed else {
                let released: ImportedValue = component.releasedFact == "data.training.released" ? .symbol("none") : .bool(false)
                sheet.set(
                    component.releasedFact, released, grade: .derived, from: "release.components (no '\(component.name)')",
                    note: "The record does not list the component '\(component.name)'; MOT counts a component that is not listed as not included.")
                if let licenceFact = component.licenceFact {
                    sheet.set(
                        licenceFact, .unknown, from: "release.components (no '\(component.name)')",
                        note: "The component '\(component.name)' is not listed in the record, so there is no licence to state.")
                }
                continue
            }
            let released: ImportedValue = component.releasedFact == "data.training.released" ? .symbol("full") : .bool(true)
            var releasedNote =
                component.releasedFact == "data.training.released"
                ? "The record lists the component 'Datasets' (training, validation and testing datasets), read as the training data released in full."
                : "The record lists the component '\(component.name)'."
            if component.licenceFact == nil, case .named(let text, let origin) = resolveLicence(listed, type: component.contentType, in: record) {
                let whence = origin == "component" ? "its own" : "the record's global \(origin) licence"
                releasedNote += " Its licence (\(whence)) is \(text.quotedForNote); the vocabulary has no licence fact for it."
            }
            sheet.set(component.releasedFact, released, grade: .reported, from: entry, note: releasedNote)
            guard let licenceFact = component.licenceFact else { continue }
            switch resolveLicence(listed, type: component.contentType, in: record) {
            case .named(let text, let origin):
                let detail = origin == "component" ? "\(entry), license" : "release.license.\(origin).name, for \(entry)"
                let whence =
                    origin == "component"
                    ? "The record gives the licence \(text.quotedForNote) for this component."
                    : "The component names no licence; MOT applies the record's global \(origin) licence \(text.quotedForNote)."
                if let id = mapper.map(text) {
                    sheet.set(licenceFact, .symbol(id), grade: origin == "component" ? .reported : .derived, from: detail, note: whence)
                } else {
                    sheet.set(
                        licenceFact, .unknown, from: detail,
                        note: "\(whence) It names no licence in the catalogue (ids and aliases), so the licence is unknown; MOT counts it as not open.")
                }
            case .unlicensed(let written):
                let what = written.trimmingWhitespace.isEmpty ? "gives an empty licence for" : "marks as 'unlicensed'"
                sheet.set(
                    licenceFact, .unknown, from: "\(entry), license",
                    note: "The record \(what) this component; MOT reads it as unlicensed (not open) and does not fall back to the global licences. What licence applies is unknown.")
            case .none:
                sheet.set(
                    licenceFact, .unknown, from: "\(entry); release.license",
                    note: "Neither the component nor the record's global licences (\(component.contentType.rawValue), distribution) name a licence; MOT reads the component as unlicensed. What licence applies is unknown.")
            }
        }
        var name = record.name
        if let version = record.version, !name.lowercased().contains(version.lowercased()) { name += " \(version)" }
        var described = ["release \(record.name.quotedForNote)"]
        if let v = record.version { described.append("version \(v.quotedForNote)") }
        if let t = record.type { described.append("type \(t.quotedForNote)") }
        if let a = record.architecture { described.append("architecture \(a.quotedForNote)") }
        if let d = record.date { described.append("record date \(d) (its last change in MOT)") }
        let note = """
            The claims of the LF AI & Data Model Openness Tool (MOT) record \(context.relativePath) (\(context.snapshot.name), \
            commit \(context.snapshot.commit), snapshot of \(context.snapshot.date)), as MOT reads them; nothing here was \
            checked against the model's own sources. Record: \(described.joined(separator: ", ")). MOT's rules, followed \
            here: a component listed in the record is released and one not listed is not; a listed component's licence \
            is its own, else the record's global licence for its content type (code, data or document), else the global \
            distribution licence; a component marked 'unlicensed' has none. Licence strings become catalogue ids only \
            through the catalogue's ids and aliases; an unlicensed component, or a string that names no catalogue \
            licence, leaves the licence unknown (MOT counts both as not open).
            """
        return ImportedProfile(
            id: context.id, name: name, developer: record.producer, note: note, facts: sheet.facts, record: context.record)
    }
}

extension MOTImporter: RecordImporter {
    static let formatHint =
        "a MOT record is 'release: {name: ..., license: {distribution: {name: ...}}, components: [{name: ..., license: ...}]}' (schema/mof_schema.json)"

    static func recordFiles(in folder: String) -> (files: [String], skipped: [String], hint: String) {
        let hint = "give the corpus folder, its models/ folder, a folder of MOT .yml records, or one record file"
        // The corpus folder: its records are in models/ (config/, schema/ and Test_Data/ are not models).
        let models = folder.hasSuffix("/") ? folder + "models" : folder + "/models"
        let recordFolder = ImportPaths.isDirectory(models) ? models : folder
        var files: [String] = []
        var skipped: [String] = []
        for file in ImportPaths.files(in: recordFolder, extensions: [".yml", ".yaml"]) {
            if let reason = testRecords[ImportPaths.fileName(file)] {
                skipped.append("\(file): skipped, \(reason)")
            } else {
                files.append(file)
            }
        }
        return (files, skipped, hint)
    }

    static func importRecord(
        _ root: Node, context: RecordContext, mapper: inout LicenceMapper, reader: inout NodeReader,
        sources: inout [String: String]
    ) -> ImportedProfile? {
        guard let record = parse(root, reader: &reader), !reader.diagnostics.hasErrors else { return nil }
        return profile(record, context: context, mapper: &mapper)
    }
}
