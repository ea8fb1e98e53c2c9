#ifndef SARABAN_SQLITE_FUNCTIONS_H
#define SARABAN_SQLITE_FUNCTIONS_H

/// Registers `saraban_near(a, b)` on the SQLite connection `db` (a `sqlite3 *`): 1 when the
/// texts are at most one character apart (one substituted, dropped or added), else 0; NULL
/// when either is NULL. Text with a non-ASCII byte counts as near: the function only narrows
/// what a query reads, and the caller's own rule decides. Returns an SQLite result code.
int saraban_register_near(void *db);

#endif
