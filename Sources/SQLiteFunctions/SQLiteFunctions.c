// SQL functions written in C, because they run once per index entry a query passes over:
// through GRDB's Swift wrapper each call cost about half a microsecond in argument
// conversion alone, more than the comparison.
#include <sqlite3.h>
#include <string.h>
#include "SQLiteFunctions.h"

// Whether a and b (ASCII) differ by at most one substitution, deletion or insertion.
static int near_ascii(const unsigned char *a, int n, const unsigned char *b, int m) {
  if (n == m) {
    int diffs = 0;
    for (int i = 0; i < n && diffs <= 1; i++) diffs += a[i] != b[i];
    return diffs <= 1;
  }
  if (n - m == 1 || m - n == 1) {
    const unsigned char *lng = n > m ? a : b, *sht = n > m ? b : a;
    int ln = n > m ? n : m, sn = n > m ? m : n;
    int i = 0;
    while (i < sn && lng[i] == sht[i]) i++;
    // Skip lng[i]; the rest must be equal.
    return memcmp(lng + i + 1, sht + i, (size_t)(ln - i - 1)) == 0;
  }
  return 0;
}

static void near_function(sqlite3_context *context, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
    sqlite3_result_null(context);
    return;
  }
  const unsigned char *a = sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  const unsigned char *b = sqlite3_value_text(argv[1]);
  int m = sqlite3_value_bytes(argv[1]);
  if (!a || !b) {
    sqlite3_result_null(context);
    return;
  }
  for (int i = 0; i < n; i++) if (a[i] >= 0x80) { sqlite3_result_int(context, 1); return; }
  for (int i = 0; i < m; i++) if (b[i] >= 0x80) { sqlite3_result_int(context, 1); return; }
  sqlite3_result_int(context, near_ascii(a, n, b, m));
}

int saraban_register_near(void *db) {
  return sqlite3_create_function_v2(
    (sqlite3 *)db, "saraban_near", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, 0, near_function, 0, 0,
    0);
}
