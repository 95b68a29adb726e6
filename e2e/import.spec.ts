import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { SEEDS_DIR } from '../src-main/testApp.ts'
import { expect, screenshot, test } from './harness.ts'

test('Library: remove the demo and undo; import a folder with progress; paste text; delete and undo', async ({ ui, app }) => {
  const list = ui.getByRole('listbox', { name: 'Articles' })
  await ui.getByRole('button', { name: 'Remove demo library' }).click()
  await expect(ui.getByText(/The library is empty/)).toBeVisible()
  await ui.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(list.getByRole('option')).toHaveCount(2)
  await ui.getByRole('button', { name: 'Remove demo library' }).click()
  await expect(ui.getByText(/The library is empty/)).toBeVisible()

  // A folder with a broken file among good ones: progress, then a summary naming the failure.
  const folder = join(app.dir, 'incoming')
  mkdirSync(folder)
  for (let i = 0; i < 30; i++) writeFileSync(join(folder, `note-${i}.txt`), `Report ${i}\n\n"We are ready, case ${i}," the spokesman said.\n`)
  writeFileSync(join(folder, 'empty.txt'), '')
  app.dialogPaths = [folder, SEEDS_DIR]
  await ui.getByRole('button', { name: 'Import folder…' }).click()
  await expect(ui.getByText(/Import finished: 32 added, 0 already there, 1 failed/)).toBeVisible()
  await ui.getByText('1 failed — see details').click()
  await expect(ui.getByText(/empty\.txt/)).toBeVisible()
  await expect(list.getByRole('option')).toHaveCount(32)
  await screenshot(ui, 'library-import')

  // Sorted by headline, then filtered.
  await ui.getByRole('combobox', { name: 'Sort' }).selectOption('title')
  await expect(list.getByRole('option').first()).toContainText('Blinken to discuss')
  await expect(list.getByRole('option').last()).toContainText("Washington's No. 2")
  await ui.getByRole('searchbox', { name: 'Filter articles' }).fill('Report 1')
  await expect(list.getByRole('option')).toHaveCount(11)
  await ui.getByRole('searchbox', { name: 'Filter articles' }).fill('')
  await expect(list.getByRole('option')).toHaveCount(32)

  await ui.getByRole('button', { name: 'Paste…' }).click()
  await ui.getByLabel('Headline (optional)').fill('Minister in Seoul')
  await ui.getByLabel('Article text').fill('"We stand together," Foreign Minister Park Jin said on Monday.')
  await ui.getByRole('button', { name: 'Import text' }).click()
  await expect(ui.getByRole('region', { name: 'Reader' }).getByRole('heading', { name: 'Minister in Seoul' })).toBeVisible()
  await expect(list.getByRole('option')).toHaveCount(33)

  await list.focus()
  await ui.keyboard.press('Delete')
  await expect(list.getByRole('option')).toHaveCount(32)
  await expect(list.getByRole('option', { name: /Minister in Seoul/ })).toHaveCount(0)
  await ui.getByRole('status').getByRole('button', { name: 'Undo' }).last().click()
  await expect(list.getByRole('option', { name: /Minister in Seoul/ })).toHaveCount(1)
})

test('Library: cancelling an import keeps what was imported, whole', async ({ ui, app }) => {
  const folder = join(app.dir, 'big')
  mkdirSync(folder)
  const body = Array.from({ length: 400 }, (_, k) => `"Point ${k} stands," the official said.`).join('\n')
  for (let i = 0; i < 300; i++) writeFileSync(join(folder, `a-${i}.txt`), `Long report ${i}\n\n${body}\n`)
  app.dialogPaths = [folder]
  await ui.getByRole('button', { name: 'Import folder…' }).click()
  await expect(ui.getByText(/Importing \d+ of 300/)).toBeVisible()
  // A second import while one runs is refused with a reason; the running one keeps its progress.
  await ui.getByRole('button', { name: 'Import folder…' }).click()
  await expect(ui.getByRole('status').getByText(/An import is already running/)).toBeVisible()
  await ui.getByRole('button', { name: 'Cancel import' }).click()
  await expect(ui.getByText(/Import cancelled: \d+ added/)).toBeVisible()
  const added = Number((await ui.getByText(/Import cancelled: \d+ added/).textContent())!.match(/(\d+) added/)![1])
  expect(added).toBeLessThan(300)
  // Every article there is whole: the demo's 2 plus those added, each with its 400 quotes.
  const counts = app.library.counts()
  expect(counts.articles).toBe(2 + added)
  expect(counts.quotes).toBe(14 + added * 400)
})

test('Library: files dropped on the window are imported', async ({ ui, app }) => {
  await ui.getByRole('button', { name: 'Remove demo library' }).click()
  await expect(ui.getByText(/The library is empty/)).toBeVisible()
  await ui.evaluate((seeds) => {
    ;(window as unknown as { __dropPaths: Record<string, string> }).__dropPaths.seeds = seeds
    const data = new DataTransfer()
    data.items.add(new File([''], 'seeds'))
    document.querySelector('main')!.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }))
    document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  }, SEEDS_DIR)
  await expect(ui.getByText(/Import finished: 2 added/)).toBeVisible()
  expect(app.library.counts().articles).toBe(2)
})

test('Library: a web address pasted in the Paste form is fetched and opened; a dead server is one clear line', async ({ ui }) => {
  const page = `<!doctype html><html><head><title>Ferry fares frozen</title></head><body><article><h1>Ferry fares frozen</h1>
<p>The transport board froze ferry fares for another year at its meeting on Wednesday evening in the harbor office.</p>
<p>"Nobody should pay more to get to work," board chair Lena Moss said, adding that the budget allowed it.</p>
<p>Commuters welcomed the decision, though some asked for more frequent crossings during the winter months.</p></article></body></html>`
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ferry`
  try {
    await ui.getByRole('button', { name: 'Paste…' }).click()
    await ui.getByLabel('Article text or web address').fill(url)
    await ui.getByRole('button', { name: 'Fetch and import page' }).click()
    const reader = ui.getByRole('region', { name: 'Reader' })
    await expect(reader.getByRole('heading', { name: 'Ferry fares frozen' })).toBeVisible()
    await expect(reader.getByRole('button', { name: /^Quote by Lena Moss/ })).toBeVisible()
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
  // The same address again, now that nobody answers there.
  await ui.getByRole('button', { name: 'Paste…' }).click()
  await ui.getByLabel('Article text or web address').fill(url)
  await ui.getByRole('button', { name: 'Fetch and import page' }).click()
  await expect(ui.getByRole('status').getByText(`Could not import ${url}: the server refused the connection.`)).toBeVisible()
})
