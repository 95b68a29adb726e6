// THE contract between the renderer and main: every channel, its input schema and its output type.
// Main validates inputs with these schemas (dispatch.ts); the preload and the e2e harness build
// window.api from CHANNELS, so the renderer, the preload and main cannot drift apart. The renderer
// only `import type`s from here: zod and the service types stay out of its bundle.
import { z } from 'zod'
import type { Channel } from './channels.ts'
import type { ArticleDetail, ArticleSummary, LibraryCounts } from '../services/articles.ts'
import type { ImportJobStatus } from '../services/importJobs.ts'
import type { SearchResult } from '../services/search/quoteSearch.ts'
import type { SheetRecord, SheetWithRows } from '../services/sheets.ts'
import type { Verification } from '../services/verify/verify.ts'
import type { Person, Suggestion } from '../services/people/people.ts'
import type { QuoteRow } from '../store/quotes.ts'

export { CHANNELS, type Channel } from './channels.ts'
export type { Person, Suggestion }
export type { ArticleDetail, ArticleSummary, ImportJobStatus, LibraryCounts, QuoteRow, SearchResult, SheetRecord, SheetWithRows, Verification }
export type { SearchHit } from '../services/search/quoteSearch.ts'
export type { Evidence, Verdict } from '../services/verify/verify.ts'
export type { DiffOp } from '../services/verify/wordDiff.ts'
export type { SheetRow } from '../services/sheets.ts'

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } }

// Kept here (not imported from the services) so this file stays free of Node imports at run time.
export const SHEET_STATUSES = ['unverified', 'verified', 'disputed', 'misattributed'] as const
export const EXPORT_FORMATS = ['csv', 'md', 'docx', 'html', 'json', 'claimreview'] as const
export const ARTICLE_SORTS = ['date', 'title', 'outlet', 'quotes', 'imported'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface AppInfo {
  /** 'electron' in the desktop app; 'browser' in the e2e transport. */
  shell: 'electron' | 'browser'
  libraryPath: string
  /** Ids of the demo articles still in the library (empty once removed). */
  demoArticleIds: number[]
  counts: LibraryCounts
  /** PDF export needs Electron's printToPDF. */
  canExportPdf: boolean
}

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
const none = z.object({}).strict()
const text = (max: number) => z.string().max(max)
const sheetName = z.string().trim().min(1).max(200)
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'A date is YYYY, YYYY-MM or YYYY-MM-DD')
const path = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'A path cannot hold a NUL character')

const out = <T>() => null as unknown as T

export const contract = {
  'app:info': { input: none, output: out<AppInfo>() },
  'demo:remove': { input: none, output: out<{ removed: number; undoToken: string | null }>() },
  'articles:list': {
    input: z.object({ filter: text(200).optional(), sort: z.enum(ARTICLE_SORTS).optional(), desc: z.boolean().optional() }).strict(),
    output: out<ArticleSummary[]>(),
  },
  'articles:get': { input: z.object({ id }).strict(), output: out<ArticleDetail>() },
  'articles:delete': {
    input: z.object({ ids: z.array(id).min(1).max(1000) }).strict(),
    output: out<{ deleted: number; undoToken: string }>(),
  },
  'articles:restore': { input: z.object({ undoToken: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict(), output: out<{ restored: number }>() },
  'import:choose': { input: z.object({ kind: z.enum(['files', 'folder']) }).strict(), output: out<{ paths: string[] }>() },
  'import:start': { input: z.object({ paths: z.array(path).min(1).max(10_000) }).strict(), output: out<ImportJobStatus>() },
  'import:cancel': { input: z.object({ jobId: id }).strict(), output: out<{ cancelled: boolean }>() },
  'import:text': {
    input: z.object({ text: z.string().trim().min(1, 'Paste some text first').max(2_000_000), title: text(500).optional() }).strict(),
    output: out<{ articleId: number; quotes: number; duplicate: boolean }>(),
  },
  'import:url': {
    input: z.object({ url: z.string().trim().max(2048).regex(/^https?:\/\/\S+$/i, 'Only a web address (http:// or https://) can be imported') }).strict(),
    output: out<{ articleId: number | null; added: number; quotes: number; duplicate: boolean }>(),
  },
  'quotes:list': { input: z.object({ speaker: text(200).optional() }).strict(), output: out<QuoteRow[]>() },
  'quotes:get': { input: z.object({ id }).strict(), output: out<QuoteRow>() },
  'quotes:search': {
    input: z
      .object({
        q: z.string().trim().min(1).max(500),
        typing: z.boolean().optional(),
        limit: z.number().int().min(1).max(500).optional(),
        speaker: text(200).optional(),
        outlet: text(200).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        includeCandidates: z.boolean().optional(),
      })
      .strict(),
    output: out<SearchResult>(),
  },
  'quotes:decide': {
    input: z
      .object({ quoteId: id, action: z.enum(['accept', 'correct', 'reject']), speaker: z.string().trim().min(1).max(200).optional() })
      .strict()
      .refine((d) => d.action !== 'correct' || !!d.speaker, { message: 'A correction needs the name of the person who said it', path: ['speaker'] }),
    output: out<QuoteRow>(),
  },
  'quotes:undoDecision': { input: z.object({ quoteId: id }).strict(), output: out<{ undone: boolean }>() },
  'review:list': { input: z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(), output: out<QuoteRow[]>() },
  'claims:verify': { input: z.object({ claim: z.string().trim().min(1, 'Paste a claim first').max(2000) }).strict(), output: out<Verification>() },
  'speakers:list': { input: z.object({ filter: text(200).optional() }).strict(), output: out<{ people: Person[]; suggestions: Suggestion[] }>() },
  'speakers:quotes': { input: z.object({ personId: id }).strict(), output: out<QuoteRow[]>() },
  'speakers:merge': { input: z.object({ into: id, from: id }).strict(), output: out<{ decision: number; message: string }>() },
  'speakers:split': { input: z.object({ personId: id, articleId: id }).strict(), output: out<{ decision: number; message: string }>() },
  'speakers:notSame': { input: z.object({ a: id, b: id }).strict(), output: out<{ decision: number; message: string }>() },
  'speakers:undo': { input: z.object({ decision: id.optional() }).strict(), output: out<{ message: string }>() },
  'sheets:list': { input: none, output: out<SheetRecord[]>() },
  'sheets:get': { input: z.object({ name: sheetName }).strict(), output: out<SheetWithRows>() },
  'sheets:create': { input: z.object({ name: sheetName }).strict(), output: out<SheetRecord>() },
  'sheets:delete': { input: z.object({ name: sheetName }).strict(), output: out<{ deleted: true }>() },
  'sheets:add': { input: z.object({ name: sheetName, quoteIds: z.array(id).min(1).max(1000) }).strict(), output: out<SheetWithRows>() },
  'sheets:remove': { input: z.object({ name: sheetName, quoteId: id }).strict(), output: out<SheetWithRows>() },
  'sheets:move': { input: z.object({ name: sheetName, quoteId: id, position: z.number().int().min(1).max(100_000) }).strict(), output: out<SheetWithRows>() },
  'sheets:setStatus': { input: z.object({ name: sheetName, quoteId: id, status: z.enum(SHEET_STATUSES) }).strict(), output: out<SheetWithRows>() },
  'sheets:setNote': { input: z.object({ name: sheetName, quoteId: id, note: z.string().max(10_000) }).strict(), output: out<SheetWithRows>() },
  'sheets:export': { input: z.object({ name: sheetName, format: z.enum(EXPORT_FORMATS) }).strict(), output: out<{ path: string | null }>() },
  'sheets:exportPdf': { input: z.object({ name: sheetName }).strict(), output: out<{ path: string | null }>() },
} as const satisfies Record<Channel, { input: z.ZodType; output: unknown }>

// Every channel of channels.ts has a contract entry and no entry lacks a channel.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const contractMatchesChannels: Exact<keyof typeof contract, Channel> = true
export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>
export type Parsed<C extends Channel> = z.output<(typeof contract)[C]['input']>
export type Output<C extends Channel> = (typeof contract)[C]['output']

/** window.api: one method per channel, named after the channel. */
export type VerbatimApi = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> }

/**
 * What main tells the window without being asked: the app sends it on EVENT_CHANNEL, the e2e
 * harness through page.evaluate. An import's progress arrives this way, not by polling, and so do
 * the application menu's commands.
 */
export type AppEvent = { type: 'import:progress'; job: ImportJobStatus } | { type: 'menu'; command: MenuCommand }

/** What the application menu asks the window to do (src-main/menu.ts builds the menu). */
export const MENU_COMMANDS = [
  'import-files', 'import-folder', 'paste-text', 'command-palette',
  'go:library', 'go:quotes', 'go:speakers', 'go:verify', 'go:sheets', 'go:review',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** window.appEvents: subscribe returns the function that unsubscribes. */
export interface AppEvents {
  subscribe(listener: (event: AppEvent) => void): () => void
}

/** window.droppedFiles: the path of a file dropped on the window ('' when it has none). */
export interface DroppedFiles {
  pathFor(file: File): string
}
