import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from './dispatch.ts'
import { CHANNELS, contract, type Channel } from './shared/api.ts'
import { createTestApp, type TestApp } from './testApp.ts'

let app: TestApp
beforeAll(() => {
  app = createTestApp()
})
afterAll(async () => {
  await app.close()
})

const call = (channel: unknown, input: unknown, trusted = true) => dispatch(app.handlers, channel, input, trusted)

// For every channel, inputs that must be refused before any service runs.
const MALFORMED: Record<Channel, unknown[]> = {
  'app:info': [{ x: 1 }],
  'demo:remove': [{ all: true }],
  'articles:list': [{ sort: 'sha256; DROP TABLE articles' }, { filter: 7 }, { desc: 'yes' }],
  'articles:get': [{}, { id: -1 }, { id: 1.5 }, { id: '1' }],
  'articles:delete': [{ ids: [] }, { ids: [0] }, { ids: 'all' }, { ids: Array(1001).fill(1) }],
  'articles:restore': [{}, { undoToken: '../../etc/passwd' }, { undoToken: 'x'.repeat(65) }],
  'import:choose': [{}, { kind: 'anything' }],
  'import:start': [{ paths: [] }, { paths: [''] }, { paths: ['a\0b'] }, { paths: 'seeds' }],
  'import:cancel': [{ jobId: 0 }],
  'import:text': [{ text: '   ' }, { text: 'x'.repeat(2_000_001) }, { text: 'ok', title: 5 }],
  'import:url': [{ url: 'file:///etc/passwd' }, { url: 'javascript:alert(1)' }, { url: 'https://' }, { url: 'x'.repeat(2049) }, {}],
  'quotes:list': [{ speaker: 'x'.repeat(201) }, { speaker: null }],
  'quotes:get': [{ id: 0 }, { quoteId: 1 }],
  'quotes:search': [{ q: '' }, { q: 'x'.repeat(501) }, { q: 'ok', limit: 10_000 }, { q: 'ok', from: 'yesterday' }],
  'quotes:decide': [{ quoteId: 1, action: 'delete' }, { quoteId: 1, action: 'correct' }, { quoteId: 1, action: 'correct', speaker: '  ' }],
  'quotes:undoDecision': [{ quoteId: -5 }],
  'review:list': [{ limit: 0 }, { limit: 1e6 }],
  'claims:verify': [{ claim: '' }, { claim: 'x'.repeat(2001) }, { claim: ['a'] }],
  'speakers:list': [{ filter: {} }],
  'speakers:quotes': [{ name: 'Sherman' }, {}, { personId: 0 }],
  'speakers:merge': [{ into: 1 }, { into: 1, from: '2' }, { into: -1, from: 2 }],
  'speakers:split': [{ personId: 1 }, { personId: 1, articleId: 1.5 }],
  'speakers:notSame': [{ a: 1, b: 'x' }, {}],
  'speakers:undo': [{ decision: 'last' }, { decision: 1, extra: true }],
  'sheets:list': [{ name: 'x' }],
  'sheets:get': [{ name: ' ' }, { name: 'x'.repeat(201) }],
  'sheets:create': [{}, { name: 12 }],
  'sheets:delete': [{ name: '' }],
  'sheets:add': [{ name: 'S', quoteIds: [] }, { name: 'S', quoteIds: ['1'] }],
  'sheets:remove': [{ name: 'S' }],
  'sheets:move': [{ name: 'S', quoteId: 1, position: 0 }, { name: 'S', quoteId: 1, position: 1.5 }],
  'sheets:setStatus': [{ name: 'S', quoteId: 1, status: 'approved' }],
  'sheets:setNote': [{ name: 'S', quoteId: 1, note: 'x'.repeat(10_001) }],
  'sheets:export': [{ name: 'S', format: 'exe' }, { name: 'S', format: 'docx', path: '/etc/passwd' }],
  'sheets:exportPdf': [{ name: 'S', path: '/tmp/x.pdf' }],
}

describe('dispatch', () => {
  it('has malformed inputs listed for every channel', () => {
    expect(Object.keys(MALFORMED).sort()).toEqual([...CHANNELS].sort())
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort())
  })

  for (const channel of CHANNELS) {
    it(`${channel}: rejects malformed input with an error value`, async () => {
      const bad = [...MALFORMED[channel], 'a string', 42, null, [], { unexpected: true }]
      for (const input of bad) {
        const result = await call(channel, input)
        expect(result, JSON.stringify(input)?.slice(0, 80)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      }
    })
  }

  it('refuses a request from an unknown frame before reading it', async () => {
    expect(await call('app:info', {}, false)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('refuses an unknown channel', async () => {
    expect(await call('fs:read', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
  })

  it('returns a service failure as a value with its message', async () => {
    expect(await call('sheets:get', { name: 'No such sheet' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no sheet named "No such sheet"' },
    })
    expect(await call('articles:get', { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('answers well-formed requests with the demo library', async () => {
    const info = await call('app:info', undefined)
    expect(info).toMatchObject({ ok: true, value: { shell: 'browser', counts: { articles: 2 } } })
    const found = await call('quotes:search', { q: 'ironclad comitment' })
    expect(found.ok && (found.value as { hits: unknown[] }).hits.length).toBeGreaterThan(0)
  })
})
