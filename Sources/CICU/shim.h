#ifndef SARABAN_CICU_SHIM_H
#define SARABAN_CICU_SHIM_H
// System ICU, for ICUShim's C file only. Swift must not import this module: its
// declarations clash with the ICU that Foundation bundles on Linux.
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#endif
