import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../testApp.ts'

let server: Server
let base = ''
let app: TestApp
const PAGE = `<!doctype html><html><head><title>Harbor plan approved</title></head><body><article><h1>Harbor plan approved</h1>
<p>The council approved the harbor plan on Tuesday after a long debate about costs and dredging schedules.</p>
<p>"This is the right plan for the town," Mayor Dana Holt said after the vote, adding that work would begin in spring.</p>
<p>Opponents said the costs were too high and promised to keep watching the project as it moves ahead this year.</p></article></body></html>`

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
    else res.writeHead(404).end('not here')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  app = createTestApp({ seedDemo: false })
})
afterAll(async () => {
  await app.close()
  await new Promise((resolve) => server.close(resolve))
})

describe('importing a web page from the app', () => {
  it('fetches, stores and opens the page as an article, once', async () => {
    const first = await app.library.importUrl(`${base}/article`)
    expect(first).toMatchObject({ added: 1, quotes: 1, duplicate: false })
    const article = app.library.article(first.articleId!)!
    expect(article.quoteRows[0]).toMatchObject({ text: 'This is the right plan for the town,', speaker: 'Dana Holt' })
    expect(await app.library.importUrl(`${base}/article`)).toMatchObject({ articleId: first.articleId, added: 0, duplicate: true })
  })

  it('says plainly why a page could not be imported', async () => {
    await expect(app.library.importUrl(`${base}/missing`)).rejects.toThrow(new RegExp(`^Could not import ${base}/missing: .*404`))
    // A port nobody listens on any more: the server refused the connection.
    const gone = createServer()
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve))
    const port = (gone.address() as AddressInfo).port
    await new Promise((resolve) => gone.close(resolve))
    await expect(app.library.importUrl(`http://127.0.0.1:${port}/x`)).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(/^Could not import .*refused the connection\.$/) })
  })
})
