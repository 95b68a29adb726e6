// npm run bench:quality — runs `verbatim extract` on the benchmark's dev split and scores it with
// the benchmark's own scorer. The last line printed is the scorer's machine-readable summary.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requireEvalFile } from './evalData.ts'

const gold = requireEvalFile(process.env.BENCH_SPLIT ?? 'dev.jsonl')
const scorer = requireEvalFile('score.mjs')
const bin = new URL('../bin/verbatim.mjs', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-quality-'))
try {
  const started = process.hrtime.bigint()
  const extract = spawnSync(process.execPath, [bin, 'extract', '--jsonl', gold], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (extract.status !== 0) {
    console.error(extract.stderr)
    process.exit(1)
  }
  const predictions = join(dir, 'predictions.jsonl')
  writeFileSync(predictions, extract.stdout)
  const records = extract.stdout.split('\n').filter(Boolean).length
  console.log(`extracted ${records} records in ${seconds.toFixed(2)} s (including start-up)`)
  const score = spawnSync(process.execPath, [scorer, gold, predictions, ...process.argv.slice(2)], { encoding: 'utf8' })
  process.stdout.write(score.stdout)
  process.stderr.write(score.stderr)
  process.exitCode = score.status ?? 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
