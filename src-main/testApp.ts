// A whole app context over a fresh temporary library, for tests (vitest and the e2e harness):
// the real services, the import and query workers, the demo from seeds/, a platform whose dialogs
// answer from what the test set beforehand, and the events main pushes, kept and passed on.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { handlersFor, type Platform } from './handlers.ts'
import type { Handlers } from './dispatch.ts'
import { Demo, stateFileFor } from './services/demo.ts'
import { ImportJobs } from './services/importJobs.ts'
import { Library } from './services/library.ts'
import { QueryThread } from './services/queries/queryThread.ts'
import type { AppEvent } from './shared/api.ts'

export const REPO = new URL('..', import.meta.url).pathname
export const SEEDS_DIR = join(REPO, 'seeds')
export const WORKER_URL = new URL('./services/importWorker.ts', import.meta.url)

export interface TestApp {
  dir: string
  library: Library
  jobs: ImportJobs
  queries: QueryThread
  handlers: Handlers
  /** Every event main pushed, in order. */
  events: AppEvent[]
  /** Where events go besides `events` (the e2e harness sends them to the page). */
  onEvent: ((event: AppEvent) => void) | null
  /** Pushes an event to the window, as main does (import progress, the application menu's commands). */
  emit(event: AppEvent): void
  /** Prints HTML to a PDF file; the e2e harness sets it (Chromium prints as Electron does). */
  printPdf: ((html: string, path: string) => Promise<void>) | null
  /** What the next "choose files/folder" dialog answers. */
  dialogPaths: string[]
  /** Where exports are written (the save dialog answers a file in this folder). */
  exportDir: string
  close(): Promise<void>
}

export function createTestApp(options: { seedDemo?: boolean; dir?: string } = {}): TestApp {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'verbatim-app-'))
  const exportDir = join(dir, 'exports')
  mkdirSync(exportDir, { recursive: true })
  const libraryPath = join(dir, 'library.sqlite')
  const library = new Library(libraryPath)
  const demo = new Demo(library.db, SEEDS_DIR, stateFileFor(libraryPath))
  if (options.seedDemo ?? true) demo.seedOnFirstLaunch()
  const jobs = new ImportJobs(libraryPath, WORKER_URL)
  const queries = new QueryThread(libraryPath)
  const app: TestApp = {
    dir,
    library,
    jobs,
    queries,
    events: [],
    onEvent: null,
    emit(event) {
      app.events.push(event)
      app.onEvent?.(event)
    },
    printPdf: null,
    dialogPaths: [],
    exportDir,
    handlers: null as unknown as Handlers,
    async close() {
      await jobs.cancelAll()
      await queries.close()
      library.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  const platform: Platform = {
    shell: 'browser',
    chooseImportPaths: async () => app.dialogPaths,
    chooseSavePath: async (name) => join(exportDir, name),
    get printPdf() {
      return app.printPdf ?? undefined
    },
  }
  jobs.onChange = (job) => app.emit({ type: 'import:progress', job })
  app.handlers = handlersFor({ library, jobs, queries, demo, platform })
  return app
}
