// CI's share of the fuzzer: every reader, 200 inputs each (npm run fuzz runs 10,000). The budget per
// call is wider here than the full run's 2 s because CI runs the other test files alongside.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('..', import.meta.url).pathname

describe('npm run fuzz', () => {
  it('finds no crash and no hang in 200 inputs per reader', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'fuzz.ts')], {
      encoding: 'utf8',
      env: { ...process.env, FUZZ_COUNT: '200', FUZZ_BUDGET_MS: '10000', FUZZ_WORKERS: '1', FUZZ_SEED: '3' },
      timeout: 170_000,
    })
    const readers = [...run.stdout.matchAll(/^reader=(\w+) inputs=(\d+) crashes=(\d+) hangs=(\d+)/gm)]
    expect(readers.map((m) => m[1])).toEqual(['txt', 'md', 'html', 'pdf', 'docx', 'odt', 'epub', 'feed', 'eml'])
    for (const m of readers) expect({ reader: m[1], inputs: m[2], crashes: m[3], hangs: m[4] }).toEqual({ reader: m[1], inputs: '200', crashes: '0', hangs: '0' })
    expect(run.status, run.stdout + run.stderr).toBe(0)
  }, 180_000)
})
