import Letters

/// Many rows sent as one `jsonb` parameter and read on the server with
/// `jsonb_to_recordset`: one round trip for a file's letters, copies or citations, or a
/// batch's resolutions, where a statement per row would wait for the server each time.
struct RowBatch {
  /// Column names and SQL types, as `jsonb_to_recordset` needs them.
  let columns: [(name: String, type: String)]
  private(set) var rows: [[JSONValue]] = []

  init(_ columns: [(name: String, type: String)]) { self.columns = columns }

  var isEmpty: Bool { rows.isEmpty }

  mutating func append(_ values: [JSONValue]) {
    precondition(values.count == columns.count, "a row has one value per column")
    rows.append(values)
  }

  /// The rows as the parameter's JSON text.
  var parameter: SQLValue {
    .text(JSONValue.array(rows.map { .object(Array(zip(columns.map(\.name), $0))) }).serialized())
  }

  /// `jsonb_to_recordset($n::jsonb) AS r(…)`, the rows as a table named `r`.
  func recordset(_ parameter: Int) -> String {
    "jsonb_to_recordset($\(parameter)::jsonb) AS r(" + columns.map { "\($0.name) \($0.type)" }.joined(separator: ", ")
      + ")"
  }

  /// The column names, comma-separated (prefixed with `r.` when `qualified`).
  func names(qualified: Bool = false) -> String {
    columns.map { (qualified ? "r." : "") + $0.name }.joined(separator: ", ")
  }
}

extension JSONValue {
  init(_ text: String?) { self = text.map(JSONValue.string) ?? .null }
  init(_ int: Int?) { self = int.map(JSONValue.int) ?? .null }
  init(_ flag: Bool) { self = .int(flag ? 1 : 0) }
  /// A double as the text PostgreSQL reads back to the same double (`'…'::double precision`).
  init(exactly double: Double?) { self = double.map { .string(String($0)) } ?? .null }
}
