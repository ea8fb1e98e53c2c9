#ifndef SARABAN_SHA256_KERNEL_H
#define SARABAN_SHA256_KERNEL_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has the x86 SHA extensions (SHA-NI)
/// (asks CPUID each call: the caller keeps the answer); 0 elsewhere (other
/// CPUs, other architectures). Then the caller uses its portable code.
int saraban_sha256_hardware_available(void);

/// Compresses `blocks` 64-byte blocks of `data` into the SHA-256 state `state` (8 words,
/// FIPS 180-4 order a…h) with the SHA-NI instructions. Only call when
/// `saraban_sha256_hardware_available()` returned 1.
void saraban_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
