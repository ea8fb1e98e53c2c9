/// Classes of the Thai block (U+0E00–U+0E7F) that the normalizer and the parser need.
///
/// Functions take the offset of a scalar inside the Thai block (`scalar - 0x0E00`), the form
/// in which the byte-level code sees a Thai character (`E0 B8 xx` → `xx - 0x80`,
/// `E0 B9 xx` → `xx - 0x40`).
public enum ThaiCharacter {
  /// ก…ฮ
  @inlinable public static func isConsonant(_ o: UInt8) -> Bool { o >= 0x01 && o <= 0x2E }

  /// A mark written above or below its consonant (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎).
  @inlinable public static func isCombining(_ o: UInt8) -> Bool {
    o == 0x31 || (o >= 0x34 && o <= 0x3A) || (o >= 0x47 && o <= 0x4E)
  }

  /// ไม้เอก ไม้โท ไม้ตรี ไม้จัตวา
  @inlinable public static func isToneMark(_ o: UInt8) -> Bool { o >= 0x48 && o <= 0x4B }

  /// The position of a combining mark in the order Thai is typed and NFC expects: พินทุ ฺ
  /// (combining class 9, so NFC puts it before ุ ู of class 103), vowels below (ุ ู), then
  /// vowels above (ั ิ ี ึ ื ็), then tone marks and ์ ๎.
  @inlinable public static func markRank(_ o: UInt8) -> UInt8 {
    switch o {
    case 0x3A: 1
    case 0x38, 0x39: 2
    case 0x31, 0x34, 0x35, 0x36, 0x37, 0x47: 3
    case 0x4D: 4  // นิคหิต sits between the vowel and the tone in น้ำ's decomposed forms
    default: 5
    }
  }

  /// The canonical combining class NFC orders by (ฺ 9, ุ ู 103, tone marks 107); 0 for the
  /// rest, which stop reordering.
  @inlinable public static func combiningClass(_ o: UInt8) -> UInt8 {
    switch o {
    case 0x3A: 9
    case 0x38, 0x39: 103
    case 0x48...0x4B: 107
    default: 0
    }
  }
}
