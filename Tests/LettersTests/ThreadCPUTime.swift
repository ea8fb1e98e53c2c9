import Foundation

/// The CPU time the calling thread spends in `body`, and its result.
///
/// The linear-time tests bound this, not wall-clock time: other work on a loaded 2-core
/// machine stretches wall time (a test once failed at 10.1 s against 10 s with a load average
/// of 13), but not the CPU a linear reading needs — while a quadratic path still blows the
/// limit by a minute. Speed itself is measured in `Benchmarks/`, not here.
func threadCPUTime<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
  var start = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
  let result = try body()
  var end = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
  let nanoseconds = Int64(end.tv_sec - start.tv_sec) * 1_000_000_000 + Int64(end.tv_nsec - start.tv_nsec)
  return (result, .nanoseconds(nanoseconds))
}
