// The `verbatim` command line: the same services the desktop app calls, from a terminal.
import { Command, CommanderError, Option } from 'commander'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Library } from './services/library.ts'
import { extractJsonl, ExtractInputError } from './services/extract.ts'
import { describeFsError } from './services/fileWalk.ts'
import { defaultLibraryPath } from './store/paths.ts'
import { CodedError } from './shared/errors.ts'
import { ExportPathError } from './services/export/index.ts'
import { registerSheetCommands } from './cliSheets.ts'
import { registerReviewCommands } from './cliReview.ts'
import { importCommand, registerImportCommands, type ImportCliOptions } from './cliImport.ts'
import { registerMaintenanceCommands } from './cliMaintenance.ts'
import { registerPeopleCommands } from './cliPeople.ts'
import { CommandFailure, EXIT_FAILED, EXIT_USAGE, UsageError } from './cliErrors.ts'
import { DecisionError } from './store/decisions.ts'
import { PeopleError } from './services/people/people.ts'
import { VERIFICATION_STATUSES, type VerificationStatus } from './store/quotes.ts'
import { highlight, formatHit, formatTimelineEntry, formatXref, formatQuote, formatSummary, formatVerification, progressPrinter, quoteJson, verificationJson, writeOut } from './cliOutput.ts'
import { readFileSync } from 'node:fs'

export const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url))


function libraryPath(program: Command): string {
  return (program.opts().db as string | undefined) ?? defaultLibraryPath()
}

/** Opens the library for one command and closes it when the work is done (also async work). */
/** Runs a command's body over the library, closed afterwards (also after a failure). */
export type WithLibrary = <T>(run: (library: Library) => T) => T

function withLibrary<T>(program: Command, run: (library: Library) => T): T {
  const library = new Library(libraryPath(program))
  let result: T
  try {
    result = run(library)
  } catch (error) {
    library.close()
    throw error
  }
  if (result instanceof Promise) return result.finally(() => library.close()) as T
  library.close()
  return result
}

async function runQuotes(program: Command, options: { speaker?: string; json?: boolean; all?: boolean }) {
  const rows = withLibrary(program, (library) =>
    library.quotes({ speaker: options.speaker, includeCandidates: options.all }),
  )
  if (options.json) {
    await writeOut(JSON.stringify(rows.map(quoteJson), null, 2) + '\n')
    return
  }
  if (rows.length === 0) {
    process.stderr.write(options.speaker ? `No quotes by "${options.speaker}".\n` : 'The library has no quotes yet.\n')
    return
  }
  for (const row of rows) await writeOut(formatQuote(row) + '\n')
}

interface SearchCliOptions {
  articles?: boolean
  status?: string
  speaker?: string
  outlet?: string
  from?: string
  to?: string
  limit: string
  json?: boolean
}

async function runSearch(program: Command, query: string, options: SearchCliOptions) {
  const limit = Number(options.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit takes a whole number from 1 to 1000')
  if (options.status && !(VERIFICATION_STATUSES as readonly string[]).includes(options.status)) {
    throw new UsageError(`--status takes one of: ${VERIFICATION_STATUSES.join(', ')}`)
  }
  if (options.articles) return runArticleSearch(program, query, options, limit)
  const status = options.status as VerificationStatus | undefined
  const result = withLibrary(program, (library) =>
    library.search(query, { speaker: options.speaker, outlet: options.outlet, from: options.from, to: options.to, status, limit }),
  )
  if (options.json) {
    const hits = result.hits.map((h) => ({ ...quoteJson(h.quote), score: h.score, exact: h.exact, highlights: h.highlights }))
    await writeOut(JSON.stringify({ query: result.query, variants: result.variants, hits }, null, 2) + '\n')
    return
  }
  if (result.hits.length === 0) {
    const tried = result.variants.map((v) => `${v.word} → ${v.terms.join(', ')}`).join('; ')
    process.stderr.write(`No quotes match "${query}".${tried ? ` Also tried: ${tried}.` : ''}\n`)
    return
  }
  for (const hit of result.hits) await writeOut(formatHit(hit) + '\n')
}

async function runArticleSearch(program: Command, query: string, options: SearchCliOptions, limit: number) {
  const result = withLibrary(program, (library) => library.searchArticles(query, { outlet: options.outlet, from: options.from, to: options.to, limit }))
  if (options.json) {
    await writeOut(JSON.stringify(result, null, 2) + '\n')
    return
  }
  if (result.hits.length === 0) process.stderr.write(`No article text matches "${query}".\n`)
  for (const hit of result.hits) {
    const a = hit.article
    const snippet = highlight(hit.snippet.text, hit.snippet.highlights).replace(/\s*\n\s*/g, ' ')
    await writeOut(`■ ${a.title ?? '(untitled)'} · ${a.outlet ?? 'unknown outlet'} · ${a.date ?? 'undated'}  (${a.source})\n    ${snippet}\n\n`)
  }
}

async function runVerify(program: Command, claim: string, options: { json?: boolean }) {
  const verification = withLibrary(program, (library) => library.verify(claim))
  if (options.json) await writeOut(JSON.stringify(verificationJson(verification), null, 2) + '\n')
  else await writeOut(formatVerification(verification))
}

async function runXref(program: Command, phrase: string, options: { json?: boolean }) {
  const uses = withLibrary(program, (library) => library.xref(phrase))
  if (options.json) {
    const json = uses.map((u) => ({
      speaker: u.speaker,
      firstDate: u.firstDate,
      statements: u.statements.map((s) => ({
        text: s.text,
        firstDate: s.firstDate,
        appearances: s.appearances.map((a) => ({ ...quoteJson(a.quote), diff: a.diff })),
      })),
    }))
    await writeOut(JSON.stringify(json, null, 2) + '\n')
    return
  }
  if (uses.length === 0) process.stderr.write(`Nobody in the library used "${phrase}" or anything close.\n`)
  else await writeOut(formatXref(uses))
}

async function runSpeaker(program: Command, name: string, options: { timeline?: boolean; json?: boolean }) {
  if (!options.timeline) throw new UsageError('say what to show: --timeline')
  const rows = withLibrary(program, (library) => library.quotes({ speaker: name }))
  if (options.json) {
    await writeOut(JSON.stringify(rows.map(quoteJson), null, 2) + '\n')
    return
  }
  if (rows.length === 0) process.stderr.write(`No quotes by "${name}".\n`)
  for (const row of rows) await writeOut(formatTimelineEntry(row) + '\n')
}

async function runExtract(options: { jsonl: string; allMarks?: boolean }) {
  for await (const record of extractJsonl(options.jsonl, options.allMarks)) await writeOut(JSON.stringify(record) + '\n')
}

async function runDemo() {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-demo-'))
  try {
    const library = new Library(join(dir, 'demo.sqlite'))
    try {
      const summary = library.import([SEEDS_DIR])
      await writeOut(`Demo library: ${summary.added} articles from ${SEEDS_DIR}, ${summary.quotes} quotes.\n\n`)
      let article = -1
      for (const row of library.quotes()) {
        if (row.article.id !== article) {
          article = row.article.id
          const meta = [row.article.outlet, row.article.date ?? 'undated'].filter(Boolean).join(', ')
          await writeOut(`■ ${row.article.title ?? '(untitled)'} — ${meta}\n\n`)
        }
        await writeOut(formatQuote(row) + '\n')
      }
      const gold = JSON.parse(readFileSync(join(SEEDS_DIR, 'gold.json'), 'utf8')) as { claims?: { claim: string }[] }
      await writeOut('■ Checking a few claims against the demo library\n\n')
      for (const { claim } of gold.claims ?? []) {
        await writeOut(`Claim: ${claim}\n${formatVerification(library.verify(claim)).split('\n').slice(0, 1).join('\n')}\n\n`)
      }
      if (summary.failed) process.stderr.write(formatSummary(summary))
    } finally {
      library.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function buildProgram(): Command {
  const program = new Command()
  program
    .name('verbatim')
    .description('Find every direct quote in news articles and who said it, in a local library.')
    .addOption(new Option('--db <file>', 'the library file (default: the desktop app\'s own library)'))
    .showHelpAfterError()
    .exitOverride()

  program
    .command('import')
    .description('import articles: files (.txt .md .html .pdf .docx .odt .epub .rss .atom .xml .eml), folders recursively, and http(s) URLs')
    .argument('<paths...>', 'files, folders or URLs')
    .option('--epub <mode>', 'an EPUB as "chapters" (each chapter an article, the default) or "book" (one article)')
    .action((paths: string[], options: ImportCliOptions) => importCommand((run) => withLibrary(program, run), paths, options))

  program
    .command('quotes')
    .description('list the quotes in the library with their speakers and provenance')
    .option('--speaker <name>', 'only quotes by this person (any part of any of their names)')
    .option('--all', 'also list candidates (probably titles or scare quotes)')
    .option('--json', 'print a JSON array')
    .action((options) => runQuotes(program, options))

  program
    .command('search')
    .description('search quotes, forgiving typos, spelling variants, accents and quotation-mark styles')
    .argument('<query>', 'words to find; put a phrase in quotation marks to keep it together')
    .option('--articles', 'search the articles\' whole text instead of the quotes')
    .option('--speaker <name>', 'only quotes by this person')
    .option('--status <status>', `only quotes with this status on a quote sheet (${VERIFICATION_STATUSES.join(', ')})`)
    .option('--outlet <name>', 'only quotes from this outlet')
    .option('--from <date>', 'only articles dated on or after (2016, 2016-02 or 2016-02-07)')
    .option('--to <date>', 'only articles dated on or before')
    .option('--limit <n>', 'at most this many results', '20')
    .option('--json', 'print JSON')
    .action((query: string, options: SearchCliOptions) => runSearch(program, query, options))

  program
    .command('xref')
    .description('who used this phrase or a close variant: grouped by speaker, earliest first, reprints folded together')
    .argument('<phrase>', 'the words to cross-reference')
    .option('--json', 'print JSON')
    .action((phrase: string, options: { json?: boolean }) => runXref(program, phrase, options))

  program
    .command('speaker')
    .description("one speaker's quotes")
    .argument('<name>', 'any part of any name the speaker goes by')
    .option('--timeline', 'in date order, with the role they held at the time')
    .option('--json', 'print JSON')
    .action((name: string, options: { timeline?: boolean; json?: boolean }) => runSpeaker(program, name, options))

  program
    .command('verify')
    .description('check a claim against the library: supported, altered, misattributed or not found, with evidence')
    .argument('<claim>', 'a sentence (Blinken said there is "no daylight" between Seoul and Washington) or a bare phrase')
    .option('--json', 'print JSON')
    .action((claim: string, options: { json?: boolean }) => runVerify(program, claim, options))

  program
    .command('extract')
    .description('run the pipeline on JSONL records {"id","text"} without a library; print one JSON line each')
    .requiredOption('--jsonl <file>', 'input records, or - for standard input')
    .option('--all-marks', "also print headline quotes and ''two-apostrophe'' quotes, which the benchmark does not annotate")
    .action((options) => runExtract(options))

  program
    .command('demo')
    .description('import the demo articles into a temporary library and show their quotes')
    .action(() => runDemo())

  registerSheetCommands(program, (run) => withLibrary(program, run))
  registerReviewCommands(program, (run) => withLibrary(program, run))
  registerImportCommands(program, (run) => withLibrary(program, run))
  registerPeopleCommands(program, (run) => withLibrary(program, run))
  registerMaintenanceCommands(program, (run) => withLibrary(program, run), () => libraryPath(program))

  return program
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram()
  try {
    await program.parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; usage mistakes were already printed.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE
      return
    }
    if (error instanceof UsageError || error instanceof ExportPathError) {
      process.stderr.write(`verbatim: ${error.message}\n`)
      process.exitCode = EXIT_USAGE
      return
    }
    // Errors written for the user: the library's (CodedError: sheets, reading, fetching, …) and the commands'.
    if (error instanceof CodedError || error instanceof CommandFailure || error instanceof ExtractInputError || error instanceof DecisionError || error instanceof PeopleError) {
      process.stderr.write(`verbatim: ${error.message}\n`)
      process.exitCode = EXIT_FAILED
      return
    }
    const fsError = error as NodeJS.ErrnoException
    if (fsError.code === 'EPIPE') return
    if (fsError.syscall) {
      process.stderr.write(`verbatim: ${fsError.path ?? fsError.syscall}: ${describeFsError(fsError)}\n`)
      process.exitCode = EXIT_FAILED
      return
    }
    throw error
  }
}
