#ifndef SARABAN_ICUSHIM_H
#define SARABAN_ICUSHIM_H
// The only door from Swift to the system ICU. Plain C types and opaque handles only:
// importing <unicode/*.h> into Swift clashes with the ICU Foundation bundles on Linux.
// Text is UTF-16 (ICU's native form); every function reports ICU's UErrorCode as an int.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The name of an ICU error code (`U_BUFFER_OVERFLOW_ERROR`, …).
const char *saraban_icu_error_name(int32_t code);

// MARK: Converters (ucnv)

/// Decodes `length` bytes in `encoding` into `dest`; returns the UTF-16 length (which may
/// exceed `capacity`: then call again with a larger buffer). Bytes that are invalid in the
/// encoding become U+FFFD and are counted in `invalid_count`; the byte offset of the first
/// is written to `first_invalid` (-1 when none).
int32_t saraban_decode(const char *encoding, const uint8_t *source, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *invalid_count,
                       int32_t *first_invalid, int32_t *error);

// MARK: Word break (ubrk)

typedef struct SarabanWordBreaker SarabanWordBreaker;
/// A dictionary word-break iterator for `locale` ("th"); NULL on error.
SarabanWordBreaker *saraban_word_breaker_open(const char *locale, int32_t *error);
void saraban_word_breaker_close(SarabanWordBreaker *breaker);
/// Writes the [start, end) UTF-16 offsets of every word (letters, numbers; not spaces or
/// punctuation) and returns their count; when it exceeds `capacity` nothing past it is
/// written.
int32_t saraban_word_breaker_words(SarabanWordBreaker *breaker, const uint16_t *text,
                                   int32_t length, int32_t *starts, int32_t *ends,
                                   int32_t capacity, int32_t *error);

// MARK: Collation (ucol)

typedef struct SarabanCollator SarabanCollator;
SarabanCollator *saraban_collator_open(const char *locale, int32_t *error);
void saraban_collator_close(SarabanCollator *collator);
/// -1, 0 or 1.
int32_t saraban_collator_compare(SarabanCollator *collator, const uint16_t *a, int32_t a_length,
                                 const uint16_t *b, int32_t b_length);
/// The sort key's length, which may exceed `capacity`.
int32_t saraban_collator_sort_key(SarabanCollator *collator, const uint16_t *text,
                                  int32_t length, uint8_t *key, int32_t capacity);

// MARK: Normalization (unorm2)

/// 1 when the text is already NFC.
int32_t saraban_nfc_is_normalized(const uint16_t *text, int32_t length, int32_t *error);
/// NFC of `text`; returns the length, which may exceed `capacity`.
int32_t saraban_nfc(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity,
                    int32_t *error);

#ifdef __cplusplus
}
#endif
#endif
