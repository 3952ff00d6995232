/// `list definitions|models|licences`.
public enum ListRendering {
    public struct Row: Sendable {
        public var id: String
        public var title: String
        public var extra: [(String, JSONValue)]

        public init(id: String, title: String, extra: [(String, JSONValue)] = []) {
            self.id = id
            self.title = title
            self.extra = extra
        }
    }

    public static func text(_ rows: [Row]) -> String {
        let width = min(40, rows.map(\.id.count).max() ?? 0)
        return rows.map { "\($0.id.padding(width))  \($0.title)\n" }.joined()
    }

    public static func json(_ rows: [Row]) -> String {
        JSONValue.array(rows.map { .object([("id", .string($0.id)), ("title", .string($0.title))] + $0.extra) }).rendered()
    }

    public static func definitions(_ definitions: [Definition]) -> [Row] {
        definitions.map {
            Row(
                id: $0.id, title: $0.title,
                extra: [
                    ("publisher", .string($0.publisher)), ("kind", .string($0.kind.rawValue)),
                    ("status", .string($0.status.rawValue)), ("date", .optional($0.date?.text)),
                ])
        }
    }

    public static func models(_ profiles: [Profile]) -> [Row] {
        profiles.map { Row(id: $0.id, title: $0.name, extra: [("developer", .optional($0.developer))]) }
    }

    public static func licences(_ catalogue: LicenceCatalogue, vocabulary: Vocabulary?) -> [Row] {
        catalogue.licences.map { licence in
            var extra: [(String, JSONValue)] = []
            for id in ["osi_approved", "fsf_libre"] {
                let value = licence.trait(id)?.value.flatMap { try? FactType.bool.value(of: $0).get() }
                extra.append((id, JSONValue.from(value)))
            }
            extra.append(("url", .optional(licence.url)))
            return Row(id: licence.id, title: licence.name, extra: extra)
        }
    }
}
