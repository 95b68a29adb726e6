// The Library view and the Reader: the article list, the open article, its selected quote, imports.
import type { ArticleDetail, ArticleSummary, ImportJobStatus, QuoteRow } from '../../../src-main/shared/api.ts'
import { call, onAppEvent } from '../api.ts'
import { count } from '../format.ts'
import { app, attempt } from './app.svelte.ts'

export type ArticleSort = 'date' | 'title' | 'outlet' | 'quotes' | 'imported'

class LibraryState {
  articles = $state<ArticleSummary[]>([])
  loaded = $state(false)
  filter = $state('')
  sort = $state<ArticleSort>('date')
  desc = $state(true)
  selectedId = $state<number | null>(null)
  article = $state<ArticleDetail | null>(null)
  selectedQuoteId = $state<number | null>(null)
  job = $state<ImportJobStatus | null>(null)
  pasteOpen = $state(false)
  /** The latest status main pushed for each import, and who waits for each one's end. */
  private readonly pushed = new Map<number, ImportJobStatus>()
  private readonly waiting = new Map<number, (status: ImportJobStatus) => void>()

  constructor() {
    onAppEvent((event) => {
      if (event.type !== 'import:progress') return
      const status = event.job
      this.pushed.set(status.jobId, status)
      if (this.job?.jobId === status.jobId) this.job = status
      if (status.state !== 'running') this.waiting.get(status.jobId)?.(status)
    })
  }

  /** Resolves with the job's last status once main says it ended (its events may come before the start's answer). */
  private ended(jobId: number): Promise<ImportJobStatus> {
    const known = this.pushed.get(jobId)
    if (known && known.state !== 'running') return Promise.resolve(known)
    return new Promise((resolve) => this.waiting.set(jobId, resolve))
  }

  get selectedIndex(): number {
    return this.articles.findIndex((a) => a.id === this.selectedId)
  }

  get selectedQuote(): QuoteRow | null {
    return this.article?.quoteRows.find((q) => q.id === this.selectedQuoteId) ?? null
  }

  async load(): Promise<void> {
    await attempt(async () => {
      this.articles = await call('articles:list', { filter: this.filter || undefined, sort: this.sort, desc: this.desc })
      this.loaded = true
      if (this.selectedId === null && this.articles.length) await this.select(this.articles[0].id)
    })
  }

  async select(id: number | null, quoteId: number | null = null): Promise<void> {
    this.selectedId = id
    this.selectedQuoteId = quoteId
    if (id === null) {
      this.article = null
      return
    }
    await attempt(async () => {
      const article = await call('articles:get', { id })
      if (this.selectedId === id) this.article = article
    })
  }

  /** Reloads the open article after a decision, keeping the selection. */
  async reloadArticle(): Promise<void> {
    if (this.selectedId !== null) await this.select(this.selectedId, this.selectedQuoteId)
  }

  /** One import at a time: its progress and its Cancel button stand for that one. */
  private importRunning(): boolean {
    if (this.job?.state !== 'running') return false
    app.notify('An import is already running: wait for it to finish, or cancel it first.', undefined, 'error')
    return true
  }

  async choose(kind: 'files' | 'folder'): Promise<void> {
    if (this.importRunning()) return
    const chosen = await attempt(() => call('import:choose', { kind }))
    if (chosen?.paths.length) await this.startImport(chosen.paths)
  }

  async startImport(paths: string[]): Promise<void> {
    if (this.importRunning()) return
    const job = await attempt(() => call('import:start', { paths }))
    if (!job) return
    this.job = this.pushed.get(job.jobId) ?? job
    this.job = await this.ended(job.jobId)
    this.waiting.delete(job.jobId)
    this.pushed.delete(job.jobId)
    await Promise.all([this.load(), app.refresh()])
    const s = this.job?.summary
    if (s) {
      const verb = this.job?.state === 'cancelled' ? 'Import cancelled' : 'Imported'
      app.notify(`${verb}: ${count(s.added, 'article')} added, ${s.duplicates} already in the library, ${s.failed} failed.`)
    }
  }

  async cancelImport(): Promise<void> {
    if (this.job) await attempt(() => call('import:cancel', { jobId: this.job!.jobId }))
  }

  async importText(text: string, title: string): Promise<boolean> {
    const result = await attempt(() => call('import:text', { text, title: title.trim() || undefined }))
    if (!result) return false
    await Promise.all([this.load(), app.refresh()])
    await this.select(result.articleId)
    app.notify(result.duplicate ? 'This text is already in the library: opened it.' : `Imported the pasted text: ${count(result.quotes, 'quote')} found.`)
    return true
  }

  /** Fetches a web page and imports it; opens it when it is one article. */
  async importUrl(url: string): Promise<boolean> {
    app.notify(`Fetching ${url}…`)
    const result = await attempt(() => call('import:url', { url }))
    if (!result) return false
    await Promise.all([this.load(), app.refresh()])
    if (result.articleId !== null) await this.select(result.articleId)
    if (result.duplicate) app.notify('This page is already in the library: opened it.')
    else app.notify(`Imported the page: ${count(result.added, 'article')}, ${count(result.quotes, 'quote')} found.`)
    return true
  }

  async deleteSelected(): Promise<void> {
    const target = this.articles.find((a) => a.id === this.selectedId)
    if (!target) return
    const index = this.selectedIndex
    const result = await attempt(() => call('articles:delete', { ids: [target.id] }))
    if (!result) return
    this.selectedId = null
    this.article = null
    await Promise.all([this.load(), app.refresh()])
    const next = this.articles[Math.min(index, this.articles.length - 1)]
    if (next) await this.select(next.id)
    app.notify(`Deleted “${target.title ?? target.source}”.`, { label: 'Undo', run: () => this.restore(result.undoToken, target.id) })
  }

  async restore(undoToken: string, selectId?: number): Promise<void> {
    const done = await attempt(() => call('articles:restore', { undoToken }))
    if (!done) return
    await Promise.all([this.load(), app.refresh()])
    if (selectId) await this.select(selectId)
    app.notify(`Restored ${count(done.restored, 'article')}.`)
  }

  async removeDemo(): Promise<void> {
    const result = await attempt(() => call('demo:remove', {}))
    if (!result) return
    this.selectedId = null
    this.article = null
    await Promise.all([this.load(), app.refresh()])
    if (result.undoToken) {
      const token = result.undoToken
      app.notify(`Removed the demo library (${count(result.removed, 'article')}).`, { label: 'Undo', run: () => this.restore(token) })
    }
  }

  async decide(quoteId: number, action: 'accept' | 'correct' | 'reject', speaker?: string): Promise<boolean> {
    const row = await attempt(() => call('quotes:decide', { quoteId, action, speaker }))
    if (!row) return false
    await Promise.all([this.reloadArticle(), app.refresh()])
    return true
  }

  async undoDecision(quoteId: number): Promise<void> {
    await attempt(() => call('quotes:undoDecision', { quoteId }))
    await Promise.all([this.reloadArticle(), app.refresh()])
  }
}

export const library = new LibraryState()

/** Opens an article in the Reader, scrolled to a quote. */
export async function openInReader(articleId: number, quoteId: number | null = null): Promise<void> {
  app.go('library')
  await library.select(articleId, quoteId)
}

/** Opens the article a quote is in, scrolled to it. */
export async function openQuote(quoteId: number): Promise<void> {
  const quote = await attempt(() => call('quotes:get', { id: quoteId }))
  if (quote) await openInReader(quote.article.id, quote.id)
}
