import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './harness.ts'

// The sandbox fixture fails the test on any request outside http://app.test, any CSP violation
// and any error in the page; here the article is built to try all three.
const HOSTILE = `<!doctype html><html><head><title>Hostile page</title>
<script>window.__pwned = 'head script'</script>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<link rel="stylesheet" href="https://evil.example/style.css"></head>
<body><article><h1>Minister speaks</h1>
<p>"We will not be moved," the minister said at a press conference <img src="https://evil.example/pixel.png" onerror="window.__pwned='onerror'">.</p>
<p><a href="javascript:window.__pwned='link'">Click here</a> and <a href="https://evil.example/">read more</a> about the visit.</p>
<p><iframe src="https://evil.example/frame"></iframe><svg onload="window.__pwned='svg'"></svg>
"<img src=x onerror=window.__pwned=1>" was the caption, an aide said.</p>
<script>window.__pwned = 'body script'</script></article></body></html>`

test('an imported page with scripts, handlers, javascript: links and remote images runs and loads nothing', async ({ ui, app, sandbox }) => {
  const file = join(app.dir, 'hostile.html')
  writeFileSync(file, HOSTILE)
  let dialogs = 0
  ui.on('dialog', (d) => {
    dialogs++
    void d.dismiss()
  })
  app.dialogPaths = [file]
  await ui.getByRole('button', { name: 'Import files…' }).click()
  await expect(ui.getByText(/Import finished: 1 added/)).toBeVisible()
  await ui.getByRole('option', { name: /Minister speaks/ }).click()
  const reader = ui.getByRole('region', { name: 'Reader' })
  await expect(reader.getByText(/We will not be moved/).first()).toBeVisible()
  for (const quote of await reader.getByRole('button', { name: /^Quote by / }).all()) await quote.click()
  await ui.getByRole('link', { name: /^Quotes/ }).click()
  await ui.getByRole('searchbox', { name: 'Search quotes' }).fill('img onerror')
  await ui.waitForTimeout(300)

  expect(await ui.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(await reader.count()).toBe(0) // left the Reader: nothing navigated away meanwhile
  expect(await ui.locator('img, iframe, script[src*="evil"], a[href^="javascript:"]').count()).toBe(0)
  expect(dialogs).toBe(0)
  expect(ui.url()).toMatch(/^http:\/\/app\.test\//)
  expect(sandbox.outside).toEqual([])
})
