// The import side of the command line: `verbatim import` (files, folders and URLs), `verbatim
// original` (the bytes a quote's article was read from) and `verbatim versions` (what changed
// between versions of an article).
import type { Command } from 'commander'
import { writeFileSync } from 'node:fs'
import { formatSummary, progressPrinter, writeOut } from './cliOutput.ts'
import { CommandFailure, EXIT_FAILED, parseQuoteId, UsageError } from './cliErrors.ts'
import type { EpubMode } from './core/read/index.ts'
import { fetchPage, FetchError, isUrl } from './services/fetchPage.ts'
import type { FetchedPage, ImportFailure } from './services/importer.ts'
import type { Library } from './services/library.ts'
import { diffVersions, formatLineDiff, formatWordDiff, type DiffMode } from './services/versionDiff.ts'
import { originalOfQuote, versionsOf, type Original } from './store/snapshots.ts'
import type { WithLibrary } from './cli.ts'



export interface ImportCliOptions {
  epub?: string
}

function epubMode(value: string | undefined): EpubMode {
  if (value === undefined || value === 'chapters') return 'chapters'
  if (value === 'book') return 'book'
  throw new UsageError(`--epub is "chapters" (each chapter an article) or "book" (the whole book as one); not "${value}"`)
}

/** `verbatim import PATHS_OR_URLS…`: URLs are fetched first (each failure named, never a hang), then everything is imported. */
export async function importCommand(withLibrary: WithLibrary, targets: string[], options: ImportCliOptions): Promise<void> {
  const epub = epubMode(options.epub)
  const paths = targets.filter((t) => !isUrl(t))
  const pages: FetchedPage[] = []
  const fetchFailures: ImportFailure[] = []
  for (const url of targets.filter(isUrl)) {
    try {
      pages.push(await fetchPage(url))
    } catch (error) {
      if (!(error instanceof FetchError)) throw error
      fetchFailures.push({ path: url, message: error.message })
    }
  }
  const summary = withLibrary((library) => library.import(paths, { onProgress: progressPrinter(), epub, pages }))
  summary.failures.unshift(...fetchFailures)
  summary.failed += fetchFailures.length
  process.stderr.write(formatSummary(summary))
  if (summary.versions) {
    const ids = (summary.versionIds ?? []).slice(0, 10).map((id) => `#${id}`).join(', ')
    const more = (summary.versionIds?.length ?? 0) > 10 ? ', …' : ''
    process.stderr.write(`${summary.versions} of the added are new versions of articles already in the library (articles ${ids}${more}); \`verbatim versions ID\` shows what changed.\n`)
  }
  if (summary.failed > 0) process.exitCode = EXIT_FAILED
}

function articleId(word: string): number {
  if (!/^\d{1,15}$/.test(word) || Number(word) < 1) throw new UsageError(`"${word}" is not an article id`)
  return Number(word)
}

function describeOriginal(o: Original): string {
  const lines = [`Article #${o.articleId}${o.title ? `: ${o.title}` : ''}`, `  source:      ${o.source}`]
  if (o.link) lines.push(`  link:        ${o.link}`)
  lines.push(`  format:      ${o.format}`, `  imported:    ${o.importedAt}`)
  if (o.snapshot) {
    const s = o.snapshot
    lines.push(
      `  original:    ${s.fileName} — ${s.size} bytes${s.mediaType ? `, ${s.mediaType}` : ''}`,
      `  sha256:      ${s.sha256}`,
      `  captured:    ${s.capturedAt}`,
      '  (write the original bytes with --out FILE)',
    )
  } else {
    lines.push('  original:    not kept (imported before Verbatim kept originals)')
  }
  return lines.join('\n') + '\n'
}

export function registerImportCommands(program: Command, withLibrary: WithLibrary): void {
  program
    .command('original')
    .description('where a quote\'s article came from, and its original bytes as imported (--out)')
    .argument('<quote-id>', 'the "id" that `verbatim quotes --json` prints')
    .option('--out <file>', 'write the original bytes to this file (- for standard output)')
    .action(async (id: string, options: { out?: string }) => {
      const quoteId = parseQuoteId(id)
      const original = withLibrary((library) => originalOfQuote(library.db, quoteId))
      if (!original) throw new CommandFailure(`there is no quote #${quoteId}`)
      if (!options.out) return writeOut(describeOriginal(original))
      if (!original.snapshot) {
        throw new CommandFailure(`the original of article #${original.articleId} was not kept (imported before Verbatim kept originals); it came from ${original.source}`)
      }
      if (options.out === '-') {
        process.stdout.write(original.snapshot.bytes)
        return
      }
      writeFileSync(options.out, original.snapshot.bytes)
      process.stderr.write(
        `Wrote ${original.snapshot.size} bytes (sha256 ${original.snapshot.sha256}, captured ${original.snapshot.capturedAt}) from ${original.source} to ${options.out}\n`,
      )
    })

  program
    .command('versions')
    .description('every version of an article, and what changed from each to the next')
    .argument('<article-id>', 'any version\'s article id')
    .option('--lines', 'a line diff instead of a word diff')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { lines?: boolean; json?: boolean }) => {
      const articleNo = articleId(id)
      const versions = withLibrary((library) => versionsOf(library.db, articleNo))
      if (!versions) throw new CommandFailure(`there is no article #${articleNo}`)
      const mode: DiffMode = options.lines ? 'lines' : 'words'
      const diffs = versions.slice(1).map((v, i) => diffVersions(versions[i].text, v.text, mode))
      if (options.json) {
        const json = versions.map((v, i) => ({
          id: v.id, title: v.title, source: v.source, link: v.link, importedAt: v.importedAt, capturedAt: v.capturedAt, sha256: v.sha256,
          previousVersionId: v.previousVersionId, changes: i === 0 ? null : diffs[i - 1].parts,
        }))
        return writeOut(JSON.stringify(json, null, 2) + '\n')
      }
      let out = versions.length === 1 ? `Article #${articleNo} has one version: nothing was re-imported with changes.\n` : ''
      versions.forEach((v, i) => {
        out += `\n■ Version ${i + 1} of ${versions.length}: article #${v.id} — ${v.title ?? '(untitled)'}\n`
        out += `  ${v.source}${v.link && v.link !== v.source ? ` (${v.link})` : ''}, captured ${v.capturedAt ?? v.importedAt}, sha256 ${v.sha256.slice(0, 16)}…\n`
        if (i === 0) return
        const d = diffs[i - 1]
        if (d.added === 0 && d.removed === 0) out += '  The text is the same as the version before (only the file\'s bytes differ).\n'
        else out += `  Changes from version ${i} (${d.removed} removed, ${d.added} added):\n\n${mode === 'lines' ? formatLineDiff(d) : formatWordDiff(d)}\n`
      })
      await writeOut(out.replace(/^\n/, ''))
    })
}
