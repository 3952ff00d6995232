internal import Yams

/// Imports records of the European Open Source AI Index (osai-index.eu, the Language-Technology-Assessment
/// main database): one YAML file per model family, judged on 12 dimensions as open, partial or closed, and
/// evaluated on the family's end model (`system.endmodelname`), which is the variant the profile describes.
///
/// A dimension says something about a vocabulary fact only where its criterion (the index's readme) does;
/// `dimensions` is the one table of what each dimension is read as. An empty judgement is unknown, never
/// closed (the readme: "leave empty to signify NA"). Every judgement, mapped or not, is quoted in the
/// profile's note.
public enum OSAIImporter {
    public enum Judgement: String, Sendable, CaseIterable {
        case open, partial, closed
    }

    /// What a dimension is read as.
    public enum Reading: Sendable, Equatable {
        /// Read together with the other training-data dimension into `data.training.released`.
        case trainingData
        /// Read into `weights.final.released` and `weights.final.access`.
        case endModelWeights
        /// Read into `code.training.released` and `code.data_processing.released`.
        case trainingCode
        /// Read together with the other research-paper dimension into `docs.research_paper.published`.
        case researchPaper
        /// Open or partial: the document is published; closed: it is not.
        case published(fact: String)
        /// Says nothing a vocabulary fact can hold; the judgement is kept in the note only.
        case noteOnly(why: String)
    }

    public struct Dimension: Sendable {
        public let key: String
        public let reading: Reading
    }

    /// The index's 12 dimensions (`_parameters.yml`) and how each is read. The criteria quoted are the index's
    /// readme ("Openness Criteria and system information").
    public static let dimensions: [Dimension] = [
        // "Are datasources for training the base model comprehensively documented and made available?"
        // closed: not shared; partial: some shared; open: all shared. The base model's training data is part
        // of the end model's training data, so it is read with datasources_endmodel (see trainingData(_:_:)).
        Dimension(key: "datasources_basemodel", reading: .trainingData),
        // The same question for the data that made the end model from the base model (fine-tuning).
        Dimension(key: "datasources_endmodel", reading: .trainingData),
        // "Are the weights of the base models made freely available?" The base model is another model than
        // the end model this profile describes, and the vocabulary has no facts about a base model.
        Dimension(
            key: "weights_basemodel",
            reading: .noteOnly(why: "it judges the base model's weights; the profile describes the end model")),
        // "Are the weights of the model that the end user interacts with made freely available?"
        // open: "shared" (and gated downloads are partial, so open means an ungated download): released,
        // public_ungated. closed: "not shared": not released. partial ("partially/not fully shared, e.g.
        // gated downloads", in practice also delta weights or only a smaller variant): both unknown.
        Dimension(key: "weights_endmodel", reading: .endModelWeights),
        // "Is the source code of dataset processing, model training and tuning comprehensively made
        // available?" open: all of it, so training and data-processing code are released; closed: "no source
        // code available", so neither is; partial ("sparse source code"): which part is missing is not
        // said, so both are unknown.
        Dimension(key: "trainingcode", reading: .trainingCode),
        // "Is the source code ... comprehensively documented?" Code documentation has no vocabulary fact.
        Dimension(key: "code", reading: .noteOnly(why: "the vocabulary has no fact for code documentation")),
        // "Is the hardware architecture used for datasource processing and model training comprehensively
        // documented?" Hardware and training set-up, not the model architecture of arch.info.public.
        Dimension(
            key: "hardware_architecture",
            reading: .noteOnly(why: "it is about the training hardware, which no vocabulary fact covers")),
        // "Are archived preprint(s) available ...?" Any preprint (open or partial) is a research paper
        // published (docs.research_paper.published counts preprints); read with paper.
        Dimension(key: "preprint", reading: .researchPaper),
        // "Are peer-reviewed scientific publications available ...?" As preprint.
        Dimension(key: "paper", reading: .researchPaper),
        // "Is a model card available ...?" open (comprehensive) or partial (partial insight): a model card is
        // published; closed: "not available".
        Dimension(key: "modelcard", reading: .published(fact: "docs.model_card.published")),
        // "Is a datasheet ... available?" open or partial: a data card is published; closed: none.
        Dimension(key: "datasheet", reading: .published(fact: "docs.data_card.published")),
        // "Is the project fully covered by open licenses ...?" A judgement over all of the project's licences
        // together, naming no licence; kept in the note. (The end model's licence is system.endmodellicense.)
        Dimension(
            key: "licenses",
            reading: .noteOnly(why: "it judges all the project's licences together and names none")),
    ]

    /// Files in the index's folder that are not model records.
    static func isRecordFile(_ name: String) -> Bool {
        !name.hasPrefix("_") && !name.hasPrefix(".") && name != "a_submission_template.yaml"
    }

    // MARK: - The record

    struct JudgedDimension {
        let key: String
        /// nil: empty (not applicable or not assessed), read as unknown.
        let judgement: Judgement?
        let notes: String?
        let links: [String]
    }

    struct Record {
        var systemName: String
        var endModel: String?
        var baseModel: String?
        var endModelLicence: String?
        var releaseDate: String?
        var organisation: String?
        var dimensions: [String: JudgedDimension]
    }

    static func parse(_ root: Node, reader: inout NodeReader) -> Record? {
        guard let top = reader.mapping(root, allowed: [], required: ["system"], what: "an index record") else {
            return nil
        }
        guard let systemNode = top["system"],
            let system = reader.mapping(systemNode, allowed: [], required: ["name"], what: "system")
        else { return nil }
        guard let systemName = reader.name(of: system, what: "system") else { return nil }
        let org = reader.optionalMapping(top["org"], what: "org")
        var judged: [String: JudgedDimension] = [:]
        for dimension in dimensions {
            guard let node = top[dimension.key] else {
                reader.report(
                    .warning(
                        "the record has no '\(dimension.key)' judgement; it is read as unknown", at: top.location,
                        hint: "add '\(dimension.key): {class: open|partial|closed, link: ..., notes: ...}'"))
                judged[dimension.key] = JudgedDimension(key: dimension.key, judgement: nil, notes: nil, links: [])
                continue
            }
            guard let block = reader.optionalMapping(node, what: dimension.key) else {
                judged[dimension.key] = JudgedDimension(key: dimension.key, judgement: nil, notes: nil, links: [])
                continue
            }
            var judgement: Judgement?
            if let classNode = block["class"], let text = reader.optionalText(classNode, what: "\(dimension.key).class") {
                judgement = Judgement(rawValue: text.lowercased())
                if judgement == nil {
                    reader.error(
                        "'\(text)' is not a judgement of the index; expected open, partial, closed, or nothing (not applicable)",
                        at: reader.location(classNode),
                        hint: Suggestion.hint(for: text, in: Judgement.allCases.map(\.rawValue)))
                }
            }
            var links: [String] = []
            if let linkNode = block["link"] {
                if case .sequence(let items) = linkNode {
                    links = items.compactMap { NodeReader.nonEmptyText($0) }
                } else if let link = NodeReader.nonEmptyText(linkNode) {
                    links = [link]
                }
            }
            let notes = NodeReader.nonEmptyText(block["notes"]).flatMap { $0 == "None" ? nil : $0 }
            judged[dimension.key] = JudgedDimension(key: dimension.key, judgement: judgement, notes: notes, links: links)
        }
        func meaningful(_ text: String?) -> String? {
            guard let text, !["none", "unknown", "undisclosed", "n/a", "na"].contains(text.lowercased()) else { return nil }
            return text
        }
        return Record(
            systemName: systemName, endModel: meaningful(NodeReader.nonEmptyText(system["endmodelname"])),
            baseModel: NodeReader.nonEmptyText(system["basemodelname"]),
            endModelLicence: NodeReader.nonEmptyText(system["endmodellicense"]),
            releaseDate: NodeReader.nonEmptyText(system["releasedate"]),
            organisation: org.flatMap { NodeReader.nonEmptyText($0["name"]) }, dimensions: judged)
    }

    // MARK: - Readings

    /// data.training.released from the base-model and end-model data judgements: all open, full; all closed,
    /// none; any partial, or open beside closed, partial; otherwise (an empty judgement that could still
    /// decide it) unknown.
    public static func trainingData(_ base: Judgement?, _ end: Judgement?) -> String? {
        let known = [base, end].compactMap { $0 }
        if known.contains(.partial) { return "partial" }
        if known.contains(.open) && known.contains(.closed) { return "partial" }
        guard known.count == 2 else { return nil }
        return known.allSatisfy { $0 == .open } ? "full" : "none"
    }

    /// docs.research_paper.published from the preprint and paper judgements: any open or partial, true; both
    /// closed, false; otherwise unknown.
    public static func researchPaper(_ preprint: Judgement?, _ paper: Judgement?) -> Bool? {
        let known = [preprint, paper].compactMap { $0 }
        if known.contains(where: { $0 != .closed }) { return true }
        return known.count == 2 ? false : nil
    }

    static func profile(_ record: Record, context: RecordContext, mapper: inout LicenceMapper) -> ImportedProfile {
        var sheet = FactSheet(context: context)
        let d = record.dimensions

        func judged(_ key: String) -> String {
            guard let j = d[key] else { return "\(key): (none)" }
            return "\(key): \(j.judgement?.rawValue ?? "empty")"
        }
        func evidence(_ keys: String...) -> String {
            keys.compactMap { key -> String? in
                guard let j = d[key] else { return nil }
                var parts = ["\(key) is \(j.judgement.map { "'\($0.rawValue)'" } ?? "empty (not applicable or not assessed)")"]
                if let notes = j.notes { parts.append("the index notes \(notes.quotedForNote)") }
                if !j.links.isEmpty { parts.append("evidence: \(j.links.joined(separator: ", "))") }
                return parts.joined(separator: "; ")
            }.joined(separator: ". ") + "."
        }
        func source(_ keys: String...) -> String {
            keys.map(judged).joined(separator: "; ")
        }

        // Training data (datasources_basemodel with datasources_endmodel).
        let base = d["datasources_basemodel"]?.judgement, end = d["datasources_endmodel"]?.judgement
        let data = trainingData(base, end)
        sheet.set(
            "data.training.released", data.map { .symbol($0) } ?? .unknown, grade: .derived,
            from: source("datasources_basemodel", "datasources_endmodel"),
            note: "Read from the index's judgements of the base-model and end-model training data (all open: full; all closed: none; partial, or open beside closed: partial; an empty judgement that could change it: unknown). "
                + evidence("datasources_basemodel", "datasources_endmodel"))

        // End-model weights.
        let weights = d["weights_endmodel"]?.judgement
        let weightsNote = evidence("weights_endmodel")
        switch weights {
        case .open:
            sheet.set(
                "weights.final.released", .bool(true), grade: .derived, from: source("weights_endmodel"),
                note: "The index's criterion for open: 'Weights of the user-facing end model are shared'. " + weightsNote)
            sheet.set(
                "weights.final.access", .symbol("public_ungated"), grade: .derived, from: source("weights_endmodel"),
                note: "The index judges gated downloads partial, so open weights are an ungated download. " + weightsNote)
        case .closed:
            sheet.set(
                "weights.final.released", .bool(false), grade: .derived, from: source("weights_endmodel"),
                note: "The index's criterion for closed: 'Weights of the user-facing end model are not shared'. " + weightsNote)
        case .partial:
            let why = "The index's partial ('partially/not fully shared, e.g. gated downloads') covers gated downloads, delta weights and releases of a smaller variant only, so it does not say whether or how these weights can be obtained. "
            sheet.set("weights.final.released", .unknown, from: source("weights_endmodel"), note: why + weightsNote)
            sheet.set("weights.final.access", .unknown, from: source("weights_endmodel"), note: why + weightsNote)
        case nil:
            let why = "The index leaves this judgement empty (not applicable or not assessed). "
            sheet.set("weights.final.released", .unknown, from: source("weights_endmodel"), note: why + weightsNote)
        }
        // The end model's licence, stated beside the judgements (not one of the 12 dimensions). Read as the
        // weights' licence unless the index says the weights are not shared.
        if let licence = record.endModelLicence, weights != .closed {
            let whence = "The index gives the end model's licence (system.endmodellicense) as \(licence.quotedForNote)"
            if let id = mapper.map(licence) {
                sheet.set(
                    "weights.final.licence", .symbol(id), grade: .reported, from: "system.endmodellicense",
                    note: whence + ".")
            } else {
                sheet.set(
                    "weights.final.licence", .unknown, from: "system.endmodellicense",
                    note: whence + ", which names no licence in the catalogue (ids and aliases), so the licence is unknown.")
            }
        }

        // Training code.
        let code = d["trainingcode"]?.judgement
        let codeValue: ImportedValue =
            switch code {
            case .open: .bool(true)
            case .closed: .bool(false)
            case .partial, nil: .unknown
            }
        let codeWhy =
            switch code {
            case .open: "The index's criterion for open: the source code of dataset processing, model training and tuning is 'openly available and fully open'. "
            case .closed: "The index's criterion for closed: 'No source code available'. "
            case .partial: "The index's partial ('sparse source code is available') does not say which of data-processing, training and tuning code is missing. "
            case nil: "The index leaves this judgement empty (not applicable or not assessed). "
            }
        for fact in ["code.training.released", "code.data_processing.released"] {
            sheet.set(fact, codeValue, grade: .derived, from: source("trainingcode"), note: codeWhy + evidence("trainingcode"))
        }

        // Research paper (preprint with paper).
        let paper = researchPaper(d["preprint"]?.judgement, d["paper"]?.judgement)
        sheet.set(
            "docs.research_paper.published", paper.map { .bool($0) } ?? .unknown, grade: .derived,
            from: source("preprint", "paper"),
            note: "A preprint or peer-reviewed paper judged open or partial is a research paper published; both closed, none. "
                + evidence("preprint", "paper"))

        // Documents judged on their own.
        for dimension in dimensions {
            guard case .published(let fact) = dimension.reading else { continue }
            let j = d[dimension.key]?.judgement
            let value: ImportedValue = j.map { .bool($0 != .closed) } ?? .unknown
            sheet.set(
                fact, value, grade: .derived, from: source(dimension.key),
                note: "Open or partial: published; closed: not available. " + evidence(dimension.key))
        }

        let judgements = dimensions.map { judged($0.key) }.joined(separator: ", ")
        let unmapped = dimensions.compactMap { dimension -> String? in
            guard case .noteOnly(let why) = dimension.reading else { return nil }
            return "\(dimension.key) (\(why))"
        }.joined(separator: "; ")
        var system = ["family \(record.systemName.quotedForNote)"]
        if let end = record.endModel { system.append("end model \(end.quotedForNote)") }
        if let base = record.baseModel { system.append("base model \(base.quotedForNote)") }
        if let licence = record.endModelLicence { system.append("end-model licence \(licence.quotedForNote)") }
        if let date = record.releaseDate { system.append("release date \(date.quotedForNote)") }
        let note = """
            The claims of the European Open Source AI Index record \(context.relativePath) (\(context.snapshot.name), \
            commit \(context.snapshot.commit), snapshot of \(context.snapshot.date); data CC-BY-4.0, \
            doi:10.5281/zenodo.15386042), read as facts about the family's end model; nothing here was checked against \
            the model's own sources. Record: \(system.joined(separator: ", ")). The index's judgements: \(judgements) \
            (an empty judgement is read as unknown, not closed). Kept in this note only: \(unmapped).
            """
        return ImportedProfile(
            id: context.id, name: record.endModel ?? record.systemName, developer: record.organisation, note: note,
            facts: sheet.facts, record: context.record)
    }
}

extension OSAIImporter: RecordImporter {
    static let formatHint =
        "an index record has 'system: {name: ...}' and the 12 dimensions as '{class: open|partial|closed, link: ..., notes: ...}' (a_submission_template.yaml)"

    static func recordFiles(in folder: String) -> (files: [String], skipped: [String], hint: String) {
        var files: [String] = []
        var skipped: [String] = []
        for file in ImportPaths.files(in: folder, extensions: [".yaml", ".yml"]) {
            let name = ImportPaths.fileName(file)
            if isRecordFile(name) {
                files.append(file)
            } else if name == "a_submission_template.yaml" {
                skipped.append("\(file): skipped, the index's submission template")
            }
        }
        return (files, skipped, "give the index's folder of <model>.yaml records, or one record file")
    }

    static func importRecord(
        _ root: Node, context: RecordContext, mapper: inout LicenceMapper, reader: inout NodeReader,
        sources: inout [String: String]
    ) -> ImportedProfile? {
        guard let record = parse(root, reader: &reader), !reader.diagnostics.hasErrors else { return nil }
        return profile(record, context: context, mapper: &mapper)
    }
}
