#include "ICUShim.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>
#include <unicode/utypes.h>

const char *saraban_icu_error_name(int32_t code) { return u_errorName((UErrorCode)code); }

// MARK: Converters

typedef struct {
  const char *start;
  int32_t count;
  int32_t first;
} InvalidBytes;

// Counts every invalid sequence and lets ICU substitute U+FFFD: invalid bytes are
// reported, never silently dropped.
static void count_invalid(const void *context, UConverterToUnicodeArgs *args,
                          const char *units, int32_t length, UConverterCallbackReason reason,
                          UErrorCode *error) {
  InvalidBytes *invalid = (InvalidBytes *)context;
  if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) {
    if (invalid->count == 0) {
      invalid->first = (int32_t)(args->source - invalid->start) - length;
      if (invalid->first < 0) invalid->first = 0;
    }
    invalid->count += 1;
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, units, length, reason, error);
}

int32_t saraban_decode(const char *encoding, const uint8_t *source, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *invalid_count,
                       int32_t *first_invalid, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter *converter = ucnv_open(encoding, &status);
  if (U_FAILURE(status)) {
    *error = status;
    return 0;
  }
  InvalidBytes invalid = {(const char *)source, 0, -1};
  ucnv_setToUCallBack(converter, count_invalid, &invalid, NULL, NULL, &status);
  int32_t written = 0;
  if (U_SUCCESS(status)) {
    written = ucnv_toUChars(converter, (UChar *)dest, capacity, (const char *)source, length,
                            &status);
  }
  ucnv_close(converter);
  *invalid_count = invalid.count;
  *first_invalid = invalid.first;
  if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
  *error = status;
  return written;
}

// MARK: Word break

struct SarabanWordBreaker {
  UBreakIterator *iterator;
};

SarabanWordBreaker *saraban_word_breaker_open(const char *locale, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
  *error = status;
  if (U_FAILURE(status)) return NULL;
  SarabanWordBreaker *breaker = malloc(sizeof(SarabanWordBreaker));
  if (breaker == NULL) {
    ubrk_close(iterator);
    *error = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  breaker->iterator = iterator;
  return breaker;
}

void saraban_word_breaker_close(SarabanWordBreaker *breaker) {
  if (breaker == NULL) return;
  ubrk_close(breaker->iterator);
  free(breaker);
}

int32_t saraban_word_breaker_words(SarabanWordBreaker *breaker, const uint16_t *text,
                                   int32_t length, int32_t *starts, int32_t *ends,
                                   int32_t capacity, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
  if (U_FAILURE(status)) {
    *error = status;
    return 0;
  }
  int32_t count = 0;
  int32_t start = ubrk_first(breaker->iterator);
  for (int32_t end = ubrk_next(breaker->iterator); end != UBRK_DONE;
       start = end, end = ubrk_next(breaker->iterator)) {
    // Rule status below UBRK_WORD_NONE_LIMIT marks spaces and punctuation.
    if (ubrk_getRuleStatus(breaker->iterator) < UBRK_WORD_NONE_LIMIT) continue;
    if (count < capacity) {
      starts[count] = start;
      ends[count] = end;
    }
    count += 1;
  }
  // Release ICU's pointer to the caller's buffer before it goes away.
  ubrk_setText(breaker->iterator, NULL, 0, &status);
  *error = U_ZERO_ERROR;
  return count;
}

// MARK: Collation

struct SarabanCollator {
  UCollator *collator;
};

SarabanCollator *saraban_collator_open(const char *locale, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UCollator *collator = ucol_open(locale, &status);
  *error = status;
  if (U_FAILURE(status)) return NULL;
  SarabanCollator *wrapper = malloc(sizeof(SarabanCollator));
  if (wrapper == NULL) {
    ucol_close(collator);
    *error = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  wrapper->collator = collator;
  return wrapper;
}

void saraban_collator_close(SarabanCollator *collator) {
  if (collator == NULL) return;
  ucol_close(collator->collator);
  free(collator);
}

int32_t saraban_collator_compare(SarabanCollator *collator, const uint16_t *a, int32_t a_length,
                                 const uint16_t *b, int32_t b_length) {
  UCollationResult result =
      ucol_strcoll(collator->collator, (const UChar *)a, a_length, (const UChar *)b, b_length);
  return result == UCOL_LESS ? -1 : (result == UCOL_GREATER ? 1 : 0);
}

int32_t saraban_collator_sort_key(SarabanCollator *collator, const uint16_t *text,
                                  int32_t length, uint8_t *key, int32_t capacity) {
  return ucol_getSortKey(collator->collator, (const UChar *)text, length, key, capacity);
}

// MARK: Normalization

int32_t saraban_nfc_is_normalized(const uint16_t *text, int32_t length, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
  UBool result = U_SUCCESS(status) ? unorm2_isNormalized(nfc, (const UChar *)text, length, &status)
                                   : 0;
  *error = status;
  return result ? 1 : 0;
}

int32_t saraban_nfc(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity,
                    int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
  int32_t written = 0;
  if (U_SUCCESS(status)) {
    written = unorm2_normalize(nfc, (const UChar *)text, length, (UChar *)dest, capacity, &status);
  }
  if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
  *error = status;
  return written;
}
