// What each channel does, over one open library. The shell-specific parts (file dialogs, printing)
// come from a Platform: Electron's in index.ts, the test harness's in testApp.ts and e2e/harness.ts.
// Writes go through main's connection; the heavy reads (search, verify, review, quote lists) go to
// the query worker, so main's event loop answers the window while they run.
import { randomUUID } from 'node:crypto'
import type { Handlers } from './dispatch.ts'
import { CodedError } from './shared/errors.ts'
import type { Library } from './services/library.ts'
import type { DeletedArticles } from './services/articles.ts'
import { Demo } from './services/demo.ts'
import { exportSheet, EXTENSIONS, renderSheet, type ExportFormat } from './services/export/index.ts'
import type { ImportJobs } from './services/importJobs.ts'
import type { QueryThread } from './services/queries/queryThread.ts'
import { SheetService, type SheetStatus } from './services/sheets.ts'
import { quotesByIds } from './store/quotes.ts'
import { EXPORT_FORMATS, SHEET_STATUSES } from './shared/api.ts'

// The contract lists these again (it must not import services at run time); they must agree.
const statusesAgree: readonly SheetStatus[] = SHEET_STATUSES
const formatsAgree: readonly ExportFormat[] = EXPORT_FORMATS
void statusesAgree
void formatsAgree

export interface Platform {
  shell: 'electron' | 'browser'
  /** Asks the user for files or a folder to import; [] when they cancel. */
  chooseImportPaths(kind: 'files' | 'folder'): Promise<string[]>
  /** Asks where to save an export; null when they cancel. */
  chooseSavePath(defaultName: string, format: ExportFormat | 'pdf'): Promise<string | null>
  /** Prints HTML to a PDF file (Electron only). */
  printPdf?: (html: string, path: string) => Promise<void>
}

export interface AppContext {
  library: Library
  jobs: ImportJobs
  queries: QueryThread
  demo: Demo
  platform: Platform
}

/** A file name from a sheet name: what the export path rules accept on every system. */
export const exportFileName = (sheet: string, extension: string) =>
  `${sheet.replace(/[\\/:*?"<>|\p{Cc}]/gu, '-').replace(/^\.+/, '').trim().slice(0, 120) || 'sheet'}${extension}`

export function handlersFor({ library, jobs, queries, demo, platform }: AppContext): Handlers {
  const sheets = new SheetService(library.db)
  const undo = new Map<string, DeletedArticles>()
  const remember = (deleted: DeletedArticles) => {
    const token = randomUUID()
    undo.set(token, deleted)
    // Undo is for the last few deletions only; older snapshots are let go.
    while (undo.size > 20) undo.delete(undo.keys().next().value!)
    return token
  }
  const article = (id: number) => {
    const found = library.article(id)
    if (!found) throw new CodedError('not-found', `There is no article #${id} in this library (was it deleted?).`)
    return found
  }
  const quote = (id: number) => {
    const [row] = quotesByIds(library.db, [id])
    if (!row) throw new CodedError('not-found', `There is no quote #${id} in this library.`)
    return row
  }

  return {
    'app:info': () => ({
      shell: platform.shell,
      libraryPath: library.path,
      demoArticleIds: demo.articleIds(),
      counts: library.counts(),
      canExportPdf: !!platform.printPdf,
    }),
    'demo:remove': () => {
      const ids = demo.articleIds()
      if (ids.length === 0) return { removed: 0, undoToken: null }
      return { removed: ids.length, undoToken: remember(library.deleteArticles(ids)) }
    },
    'articles:list': (input) => library.articles(input),
    'articles:get': ({ id }) => article(id),
    'articles:delete': ({ ids }) => {
      const deleted = library.deleteArticles(ids)
      if (deleted.articles.length === 0) throw new CodedError('not-found', 'Those articles are no longer in the library.')
      return { deleted: deleted.articles.length, undoToken: remember(deleted) }
    },
    'articles:restore': ({ undoToken }) => {
      const deleted = undo.get(undoToken)
      if (!deleted) throw new CodedError('not-found', 'There is nothing to undo any more.')
      const restored = library.restoreArticles(deleted)
      undo.delete(undoToken)
      return { restored }
    },
    'import:choose': async ({ kind }) => ({ paths: await platform.chooseImportPaths(kind) }),
    'import:start': ({ paths }) => jobs.start(paths),
    'import:cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'import:text': ({ text, title }) => library.importText(text, title),
    'import:url': ({ url }) => library.importUrl(url),
    'quotes:list': ({ speaker }) => queries.run('quotes', { speaker }),
    'quotes:get': ({ id }) => quote(id),
    'quotes:search': ({ q, typing, limit, speaker, outlet, from, to, includeCandidates }) =>
      queries.run('search', q, { typing, limit: limit ?? 50, speaker, outlet, from, to, includeCandidates }),
    'quotes:decide': ({ quoteId, action, speaker }) => {
      library.decide({ quoteId, action, speaker })
      return quote(quoteId)
    },
    'quotes:undoDecision': ({ quoteId }) => ({ undone: library.undoDecision(quoteId) }),
    'review:list': ({ limit }) => queries.run('review', limit ?? 200),
    'claims:verify': ({ claim }) => queries.run('verify', claim),
    'speakers:list': ({ filter }) => ({ people: library.people.list(filter), suggestions: library.people.suggestions() }),
    'speakers:quotes': ({ personId }) => queries.run('quotes', { person: personId }),
    'speakers:merge': ({ into, from }) => {
      const decision = library.people.merge(into, from)
      return { decision, message: `Merged into ${library.people.get(into).name}.` }
    },
    'speakers:split': ({ personId, articleId }) => {
      const { decision, person } = library.people.split(personId, { articleId })
      return { decision, message: `Split out as ${library.people.get(person).name} (#${person}); the two are kept apart.` }
    },
    'speakers:notSame': ({ a, b }) => ({ decision: library.people.notSame(a, b), message: 'Kept apart: they will not be suggested again.' }),
    'speakers:undo': ({ decision }) => ({ message: library.people.undo(decision) }),
    'sheets:list': () => sheets.list(),
    'sheets:get': ({ name }) => sheets.get(name),
    'sheets:create': ({ name }) => sheets.create(name),
    'sheets:delete': ({ name }) => {
      sheets.delete(name)
      return { deleted: true as const }
    },
    'sheets:add': ({ name, quoteIds }) => {
      sheets.add(name, quoteIds)
      return sheets.get(name)
    },
    'sheets:remove': ({ name, quoteId }) => {
      sheets.remove(name, quoteId)
      return sheets.get(name)
    },
    'sheets:move': ({ name, quoteId, position }) => {
      sheets.move(name, quoteId, position)
      return sheets.get(name)
    },
    'sheets:setStatus': ({ name, quoteId, status }) => {
      sheets.setStatus(name, quoteId, status)
      return sheets.get(name)
    },
    'sheets:setNote': ({ name, quoteId, note }) => {
      sheets.setNote(name, quoteId, note)
      return sheets.get(name)
    },
    'sheets:export': async ({ name, format }) => {
      const sheet = sheets.get(name)
      const target = await platform.chooseSavePath(exportFileName(sheet.name, EXTENSIONS[format]), format)
      if (!target) return { path: null }
      return { path: await exportSheet(sheet, format, target) }
    },
    'sheets:exportPdf': async ({ name }) => {
      if (!platform.printPdf) throw new CodedError('unsupported', 'PDF export needs the desktop app: export as HTML or DOCX here.')
      const sheet = sheets.get(name)
      const target = await platform.chooseSavePath(exportFileName(sheet.name, '.pdf'), 'pdf')
      if (!target) return { path: null }
      await platform.printPdf(String(await renderSheet(sheet, 'html')), target)
      return { path: target }
    },
  }
}
