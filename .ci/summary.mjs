// Prints "N passed, N failed, N skipped" from the test runners' JSON reports (CI reads that line).
// Reads vitest's (Jest-style numPassedTests…) and Playwright's (stats.expected/unexpected/skipped/flaky).
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`no test report at ${file}: the test run did not finish`)
    failed++
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  if (report.stats && 'expected' in report.stats) {
    // Playwright: a flaky test passed on retry; errors outside tests (a broken config or spec file) fail the run.
    passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0)
    failed += (report.stats.unexpected ?? 0) + (report.errors?.length ?? 0)
    skipped += report.stats.skipped ?? 0
    continue
  }
  passed += report.numPassedTests ?? 0
  // A test file that fails to load has no test results of its own: count it as one failure.
  const brokenFiles = (report.testResults ?? []).filter((r) => r.status === 'failed' && !r.assertionResults?.length)
  failed += (report.numFailedTests ?? 0) + brokenFiles.length
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
