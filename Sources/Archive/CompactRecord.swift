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
    // Raw pointers, not `Data.append` or checked subscripts: this runs for every letter stored.
    let bytes = text.withUTF8 { utf8 in
      [UInt8](unsafeUninitializedCapacity: utf8.count) { out, written in
        guard let src = utf8.baseAddress, let dst = out.baseAddress else { return }
        var page: UInt8 = 0xB8
        var i = 0
        var o = 0
        let n = utf8.count
        while i < n {
          let lead = src[i]
          if lead < 0x80 {
            dst[o] = lead
            o += 1
            i += 1
          } else if lead == 0xE0, i + 2 < n, src[i + 1] == 0xB8 || src[i + 1] == 0xB9 {
            if src[i + 1] != page {
              page = src[i + 1]
              dst[o] = page == 0xB8 ? pageB8 : pageB9
              o += 1
            }
            dst[o] = src[i + 2]
            o += 1
            i += 3
          } else {
            let end = min(n, i + (lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4))
            while i < end {
              dst[o] = src[i]
              o += 1
              i += 1
            }
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
    stored.withUnsafeBytes { raw in
      let input = raw.bindMemory(to: UInt8.self)
      // At most three bytes out for one in (a Thai character).
      return String(unsafeUninitializedCapacity: input.count * 3) { out in
        guard let src = input.baseAddress, let dst = out.baseAddress else { return 0 }
        var page: UInt8 = 0xB8
        var i = 0
        var o = 0
        let n = input.count
        while i < n {
          let byte = src[i]
          if byte < 0x80 {
            dst[o] = byte
            o += 1
            i += 1
          } else if byte & 0xC0 == 0x80 {
            dst[o] = 0xE0
            dst[o + 1] = page
            dst[o + 2] = byte
            o += 3
            i += 1
          } else if byte == pageB8 || byte == pageB9 {
            page = byte == pageB8 ? 0xB8 : 0xB9
            i += 1
          } else {
            // A lead byte of another character: it and its continuation bytes, as they are.
            let end = min(n, i + (byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4))
            while i < end {
              dst[o] = src[i]
              o += 1
              i += 1
            }
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
