import { expect, expectAccessible, openView, screenshot, test } from './harness.ts'

test('Verify: a misattributed claim shows the verdict, who said it, the evidence and its diff', async ({ ui }) => {
  await openView(ui, 'Verify')
  await ui.getByLabel('Claim to check').fill('Blinken said there is "no daylight" between Seoul and Washington')
  await ui.getByRole('button', { name: 'Verify', exact: true }).click()
  const verdict = ui.getByRole('region', { name: 'Verdict' })
  await expect(verdict.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'misattributed')
  await expect(verdict.locator('[data-verdict]')).toHaveText(/Misattributed/)
  await expect(verdict.locator('.who')).toContainText('said by Wendy Sherman')
  await expect(verdict.getByText(/Context:/).first()).toBeVisible()
  await screenshot(ui, 'verify')
  await expectAccessible(ui, 'Verify')

  // Altered wording: the diff strikes what was said and underlines what was not.
  await ui.getByLabel('Claim to check').fill('Kritenbrink said "our ironclad promise to the security of our Korean allies"')
  await ui.getByLabel('Claim to check').press('Control+Enter')
  await expect(verdict.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'altered')
  await expect(verdict.locator('ins').first()).toHaveText('promise')
  await expect(verdict.locator('del').first()).toBeVisible()
  await screenshot(ui, 'verify-altered')
})
