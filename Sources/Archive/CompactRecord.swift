import Foundation
import GRDB

/// How `letter.record` is stored: the record's JSON with each Thai character in one byte
/// instead of UTF-8's three.
///
/// Every Thai character is `E0 B8 xx` or `E0 B9 xx` in UTF-8, and Thai is most of a letter's
/// text, so the JSON record was 3,386 bytes for 1,785 characters. Here a Thai character is
/// its last byte alone (a continuation byte, which never starts a character in UTF-8), and
/// the middle byte, the page, is set by `F8` (`B8`) or `F9` (`B9`) when it changes (bytes
/// that never occur in UTF-8); every other character is copied as it is. Records shrink to
/// about 59 %, the decoding is a byte loop, and any valid UTF-8 round-trips. Rows written
/// before migration v4 keep their JSON text: ``text(of:)`` and the SQL function
/// `saraban_record` read both.
enum CompactRecord {
  static let pageB8: UInt8 = 0xF8
  static let pageB9: UInt8 = 0xF9

  /// The stored form of a record's JSON text.
  /// - Complexity: O(n) in the text's UTF-8 length.
  static func encode(_ text: String) -> Data {
    var text = text
    // Bytes are gathered in an array: `Data.append` of one byte costs tens of nanoseconds.
    let bytes = text.withUTF8 { utf8 in
      [UInt8](unsafeUninitializedCapacity: utf8.count) { out, written in
        var page: UInt8 = 0xB8
        var i = 0
        var o = 0
        let n = utf8.count
        while i < n {
          let lead = utf8[i]
          if lead == 0xE0, i + 2 < n, utf8[i + 1] == 0xB8 || utf8[i + 1] == 0xB9 {
            if utf8[i + 1] != page {
              page = utf8[i + 1]
              out[o] = page == 0xB8 ? pageB8 : pageB9
              o += 1
            }
            out[o] = utf8[i + 2]
            o += 1
            i += 3
            continue
          }
          let end = min(n, i + (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4))
          while i < end {
            out[o] = utf8[i]
            o += 1
            i += 1
          }
        }
        written = o
      }
    }
    return Data(bytes)
  }

  /// The JSON text of a stored record.
  /// - Complexity: O(n) in the stored length.
  static func decode(_ stored: Data) -> String {
    stored.withUnsafeBytes { input in
      // At most three bytes out for one in (a Thai character).
      String(unsafeUninitializedCapacity: input.count * 3) { out in
        var page: UInt8 = 0xB8
        var pending = 0  // continuation bytes still to copy after a multi-byte lead
        var o = 0
        for byte in input {
          if pending > 0 {
            out[o] = byte
            o += 1
            pending -= 1
          } else if byte == pageB8 || byte == pageB9 {
            page = byte == pageB8 ? 0xB8 : 0xB9
          } else if byte & 0xC0 == 0x80 {
            out[o] = 0xE0
            out[o + 1] = page
            out[o + 2] = byte
            o += 3
          } else {
            out[o] = byte
            o += 1
            pending = byte < 0x80 ? 0 : byte < 0xE0 ? 1 : byte < 0xF0 ? 2 : 3
          }
        }
        return o
      }
    }
  }

  /// The JSON text of a `letter.record` value: compact (a blob) or, from before v4, text.
  static func text(of value: DatabaseValue) -> String? {
    switch value.storage {
    case let .blob(data): decode(data)
    case let .string(text): text
    default: nil
    }
  }

  /// `saraban_record(record)`: the JSON text, for the SQL that reads records (the search
  /// index's source view). Registered on every connection.
  static let function = DatabaseFunction("saraban_record", argumentCount: 1, pure: true) { values in
    values.first.flatMap(text(of:))
  }
}
