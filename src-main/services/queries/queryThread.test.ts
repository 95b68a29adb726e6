import { afterEach, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../testApp.ts'
import { dispatch } from '../../dispatch.ts'
import { QueryError, QueryThread } from './queryThread.ts'

let app: TestApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})

describe('the query worker', () => {
  it('answers search, verify, review and quote lists as the library does in place', async () => {
    app = createTestApp()
    const { queries, library } = app
    expect(await queries.run('search', 'ironclad comitment', { limit: 5 })).toEqual(library.search('ironclad comitment', { limit: 5 }))
    const claim = 'Blinken said there is "no daylight" between Seoul and Washington'
    const verdict = await queries.run('verify', claim)
    expect(verdict.verdict).toBe('misattributed')
    expect(verdict).toEqual(library.verify(claim))
    expect(await queries.run('review', 10)).toEqual(library.review(10))
    expect(await queries.run('quotes', { speaker: 'Sherman' })).toEqual(library.quotes({ speaker: 'Sherman' }))
    expect(queries.answered).toBe(4)
  })

  it('serves the app’s heavy channels', async () => {
    app = createTestApp()
    const before = app.queries.answered
    const result = await dispatch(app.handlers, 'quotes:search', { q: 'daylight' }, true)
    expect(result.ok).toBe(true)
    await dispatch(app.handlers, 'claims:verify', { claim: 'Sherman said "no daylight"' }, true)
    await dispatch(app.handlers, 'review:list', {}, true)
    expect(app.queries.answered).toBe(before + 3)
  })

  it('sees what main wrote on its own connection at the next query', async () => {
    app = createTestApp()
    expect((await app.queries.run('search', 'zeppelin')).hits).toHaveLength(0)
    app.library.importText('Airship plan\n\n"The zeppelin will fly again," the mayor said on Monday.')
    const hits = (await app.queries.run('search', 'zeppelin')).hits
    expect(hits.map((h) => h.quote.text)).toEqual(['The zeppelin will fly again,'])
    const [quote] = hits
    app.library.decide({ quoteId: quote.quote.id, action: 'correct', speaker: 'Mayor Jane Doe' })
    expect((await app.queries.run('quotes', { speaker: 'Jane Doe' })).map((q) => q.id)).toEqual([quote.quote.id])
  })

  it('a query that fails comes back as an error with its message, and the worker goes on', async () => {
    app = createTestApp()
    const bad = app.queries.run('verify', undefined as never)
    await expect(bad).rejects.toBeInstanceOf(QueryError)
    await expect(bad).rejects.toMatchObject({ code: 'failed', message: expect.stringMatching(/\S/) })
    expect((await app.queries.run('search', 'daylight')).hits.length).toBeGreaterThan(0)
  })

  it('a worker that dies mid-query fails that query with a reason, and the next query starts a new one', async () => {
    app = createTestApp()
    await app.queries.run('review', 1)
    const worker = (app.queries as unknown as { worker: { terminate(): Promise<number> } }).worker
    const inFlight = app.queries.run('verify', 'Sherman said "no daylight"')
    await worker.terminate()
    await expect(inFlight).rejects.toMatchObject({ code: 'query-stopped' })
    expect((await app.queries.run('search', 'daylight')).hits.length).toBeGreaterThan(0)
  })

  it('a query past the time limit is stopped with a reason, and the next one gets a new worker', async () => {
    app = createTestApp()
    const impatient = new QueryThread(app.library.path, undefined, 5)
    try {
      // Starting a worker alone takes longer than 5 ms.
      await expect(impatient.run('review', 1)).rejects.toMatchObject({ code: 'query-stopped', message: expect.stringMatching(/took longer/) })
    } finally {
      await impatient.close()
    }
  })

  it('refuses queries once closed', async () => {
    app = createTestApp()
    await app.queries.close()
    await expect(app.queries.run('review', 1)).rejects.toMatchObject({ code: 'query-stopped' })
  })
})
