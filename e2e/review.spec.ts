import { expect, expectAccessible, openView, screenshot, test } from './harness.ts'

test('Review: least certain first; j/k move, a accepts, e corrects, r rejects', async ({ ui, app }) => {
  await openView(ui, 'Review')
  const list = ui.getByRole('listbox', { name: 'Attributions to review' })
  await expect(list.getByRole('option').first()).toContainText('robust')
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
  await screenshot(ui, 'review')
  await expectAccessible(ui, 'Review')

  const decision = (id: number) => app.library.db.prepare('SELECT d.action, d.speaker FROM decisions d JOIN quotes q ON q.article_id = d.article_id AND q.start = d.start WHERE q.id = ?').get(id) as { action: string; speaker: string | null } | undefined
  const queue = app.library.review(3).map((q) => q.id)

  await ui.keyboard.press('a') // accept the first; the selection moves on
  await expect(list.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect.poll(() => decision(queue[0])?.action).toBe('accept')

  await ui.keyboard.press('e')
  const who = ui.getByLabel('Who said it?')
  await expect(who).toBeFocused()
  await who.fill('Antony Blinken')
  await who.press('Enter')
  await expect.poll(() => decision(queue[1])).toEqual({ action: 'correct', speaker: 'Antony Blinken' })

  await ui.keyboard.press('k')
  await expect(list.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true')
  await ui.keyboard.press('j')
  await ui.keyboard.press('r')
  await expect.poll(() => decision(queue[2])?.action).toBe('reject')
  await expect(list.getByRole('option').nth(2)).toContainText('rejected')
})
