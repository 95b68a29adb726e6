import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../dispatch.ts'
import { createTestApp, SEEDS_DIR, type TestApp } from '../testApp.ts'

let app: TestApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})

/** The import statuses main pushed, in order. */
const pushedJobs = (app: TestApp) => app.events.flatMap((e) => (e.type === 'import:progress' ? [e.job] : []))

const ok = async <T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> => {
  const r = await p
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value as T
}

describe('app services', () => {
  it('seeds the demo once, removes it in one action, and undo brings it back with its sheet links', async () => {
    app = createTestApp()
    const h = app.handlers
    const info = await ok<{ demoArticleIds: number[]; counts: { articles: number; quotes: number } }>(dispatch(h, 'app:info', {}, true))
    expect(info.demoArticleIds).toHaveLength(2)
    const quoteId = app.library.quotes()[0].id
    await ok(dispatch(h, 'sheets:create', { name: 'Check' }, true))
    await ok(dispatch(h, 'sheets:add', { name: 'Check', quoteIds: [quoteId] }, true))
    const removed = await ok<{ removed: number; undoToken: string }>(dispatch(h, 'demo:remove', {}, true))
    expect(removed.removed).toBe(2)
    expect(app.library.counts()).toMatchObject({ articles: 0, quotes: 0 })
    expect(app.library.search('ironclad commitment').hits).toHaveLength(0)
    await ok(dispatch(h, 'articles:restore', { undoToken: removed.undoToken }, true))
    expect(app.library.counts()).toMatchObject({ articles: 2, quotes: info.counts.quotes })
    expect(app.library.search('ironclad commitment').hits.length).toBeGreaterThan(0)
    const sheet = await ok<{ rows: { quoteAvailable: boolean }[] }>(dispatch(h, 'sheets:get', { name: 'Check' }, true))
    expect(sheet.rows[0].quoteAvailable).toBe(true)
  })

  it('imports a folder in a worker thread with progress, and a second run finds duplicates', async () => {
    app = createTestApp({ seedDemo: false })
    const started = await ok<{ jobId: number }>(dispatch(app.handlers, 'import:start', { paths: [SEEDS_DIR] }, true))
    const done = await app.jobs.settled(started.jobId)
    expect(done).toMatchObject({ state: 'done', done: 2, total: 2, summary: { added: 2, failed: 0 } })
    // Progress is pushed, not asked for: the start and the end at least, the end last and complete.
    const pushed = pushedJobs(app).filter((job) => job.jobId === started.jobId)
    expect(pushed[0]).toMatchObject({ state: 'running', done: 0 })
    expect(pushed.at(-1)).toEqual(done)
    const again = await app.jobs.settled(app.jobs.start([SEEDS_DIR]).jobId)
    expect(again?.summary).toMatchObject({ added: 0, duplicates: 2 })
  })

  it('cancelling an import stops between articles and leaves whole articles only', async () => {
    app = createTestApp({ seedDemo: false })
    const folder = join(app.dir, 'many')
    mkdirSync(folder)
    for (let i = 0; i < 200; i++) writeFileSync(join(folder, `a${String(i).padStart(3, '0')}.txt`), `Headline ${i}\n\n"We will act, number ${i}," the minister said.\n`)
    const job = app.jobs.start([folder])
    await new Promise((r) => setTimeout(r, 150))
    app.jobs.cancel(job.jobId)
    const end = await app.jobs.settled(job.jobId)
    expect(end?.state === 'cancelled' || end?.state === 'done').toBe(true)
    expect(pushedJobs(app).at(-1)?.state).toBe(end!.state)
    const { articles, quotes } = app.library.counts()
    expect(articles).toBe(end!.summary.added)
    expect(quotes).toBe(end!.summary.quotes)
  })

  it('pushes import progress at most every 100 ms, never backwards, the end always', async () => {
    app = createTestApp({ seedDemo: false })
    const folder = join(app.dir, 'many')
    mkdirSync(folder)
    for (let i = 0; i < 300; i++) writeFileSync(join(folder, `a${String(i).padStart(3, '0')}.txt`), `Headline ${i}\n\n"We will act, number ${i}," the minister said.\n`)
    const started = Date.now()
    const end = await app.jobs.settled(app.jobs.start([folder]).jobId)
    const took = Date.now() - started
    expect(end).toMatchObject({ state: 'done', done: 300, total: 300 })
    const pushed = pushedJobs(app).map((job) => job.done)
    // The start, the end, and no more than one per 100 ms between them.
    expect(pushed.length).toBeLessThanOrEqual(2 + Math.ceil(took / 100))
    expect(pushed).toEqual([...pushed].sort((a, b) => a - b))
    expect(pushedJobs(app).at(-1)).toEqual(end)
  })

  it('tells the count reached before a slow file while that file is read, not only after it', async () => {
    app = createTestApp({ seedDemo: false })
    const folder = join(app.dir, 'mixed')
    mkdirSync(folder)
    for (const n of [1, 2, 3]) writeFileSync(join(folder, `a${n}.txt`), `Short ${n}\n\n"Quick one ${n}," the clerk said.\n`)
    const paragraph = '"We will keep reading this long record for a while," the archivist said on Monday.\n\n'
    writeFileSync(join(folder, 'z-long.txt'), `A long record\n\n${paragraph.repeat(20_000)}`)
    const end = await app.jobs.settled(app.jobs.start([folder]).jobId)
    expect(end).toMatchObject({ state: 'done', done: 4 })
    expect(pushedJobs(app).some((job) => job.state === 'running' && job.done === 3)).toBe(true)
  })

  it('imports pasted text once', async () => {
    app = createTestApp({ seedDemo: false })
    const text = 'Minister visits Seoul\n\n"We stand together," Foreign Minister Park Jin said on Monday.'
    const first = await ok<{ articleId: number; duplicate: boolean; quotes: number }>(dispatch(app.handlers, 'import:text', { text }, true))
    expect(first).toMatchObject({ duplicate: false, quotes: 1 })
    const second = await ok<{ duplicate: boolean }>(dispatch(app.handlers, 'import:text', { text }, true))
    expect(second.duplicate).toBe(true)
    const article = await ok<{ quoteRows: { speaker: string | null }[] }>(dispatch(app.handlers, 'articles:get', { id: first.articleId }, true))
    expect(article.quoteRows[0].speaker).toMatch(/Park Jin/)
  })

  it('exports a sheet to the file the save dialog names', async () => {
    app = createTestApp()
    const quoteId = app.library.quotes()[0].id
    await ok(dispatch(app.handlers, 'sheets:create', { name: 'Seoul: check/1' }, true))
    await ok(dispatch(app.handlers, 'sheets:add', { name: 'Seoul: check/1', quoteIds: [quoteId] }, true))
    const { path } = await ok<{ path: string }>(dispatch(app.handlers, 'sheets:export', { name: 'Seoul: check/1', format: 'csv' }, true))
    expect(path).toBe(join(app.exportDir, 'Seoul- check-1.csv'))
    const pdf = await dispatch(app.handlers, 'sheets:exportPdf', { name: 'Seoul: check/1' }, true)
    expect(pdf).toMatchObject({ ok: false, error: { code: 'unsupported' } })
  })
})
