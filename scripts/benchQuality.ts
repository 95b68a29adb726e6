// npm run bench:quality — runs `verbatim extract` on the benchmark's dev split, scores it with the
// benchmark's own scorer, and prints a calibration table: for each confidence band, the share of
// quotes whose speaker is right (the scorer run on that band's predictions alone).
// The last line printed is the scorer's machine-readable summary for all predictions.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requireEvalFile } from './evalData.ts'

interface Prediction { id: string; quotes: { confidence: number }[] }

const gold = requireEvalFile(process.env.BENCH_SPLIT ?? 'dev.jsonl')
const scorer = requireEvalFile('score.mjs')
const bin = new URL('../bin/verbatim.mjs', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-quality-'))

const score = (predictions: Prediction[], name: string, extra: string[] = []) => {
  const file = join(dir, `${name}.jsonl`)
  writeFileSync(file, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n')
  const run = spawnSync(process.execPath, [scorer, gold, file, ...extra], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`score.mjs failed: ${run.stderr}`)
  return run.stdout
}

try {
  const started = process.hrtime.bigint()
  const extract = spawnSync(process.execPath, [bin, 'extract', '--jsonl', gold], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (extract.status !== 0) {
    console.error(extract.stderr)
    process.exit(1)
  }
  const predictions = extract.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Prediction)
  console.log(`extracted ${predictions.length} records in ${seconds.toFixed(2)} s (including start-up)\n`)

  const bands: [number, number, string][] = [[0.9, 1.01, '≥ 0.90'], [0.75, 0.9, '0.75–0.90'], [0.6, 0.75, '0.60–0.75'], [0.4, 0.6, '0.40–0.60'], [0, 0.4, '< 0.40']]
  console.log('calibration: confidence band → share of matched quotes with the right speaker')
  for (const [lo, hi, label] of bands) {
    const inBand = predictions.map((p) => ({ ...p, quotes: p.quotes.filter((q) => q.confidence >= lo && q.confidence < hi) }))
    const n = inBand.reduce((sum, p) => sum + p.quotes.length, 0)
    const line = score(inBand, `band-${lo}`).match(/speaker accuracy on overlap-matched quotes: ([\d.]+) \((\d+)\/(\d+)\)/)
    const [, share, right, matched] = line ?? ['', 'n/a', '0', '0']
    console.log(`  ${label.padEnd(10)} predicted=${String(n).padStart(5)} matched=${matched.padStart(5)} right=${right.padStart(5)} share=${share}`)
  }
  console.log('')
  process.stdout.write(score(predictions, 'all', process.argv.slice(2)))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
