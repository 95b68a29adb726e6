import { expect, expectAccessible, openView, screenshot, test } from './harness.ts'

test('Speakers: one person under all names, roles by date, quotes on a timeline; split and undo', async ({ ui }) => {
  await openView(ui, 'Speakers')
  const list = ui.getByRole('listbox', { name: 'Speakers' })
  await expect(list.getByRole('option').first()).toContainText('Daniel Kritenbrink')
  const profile = ui.getByRole('region', { name: 'Speaker profile' })
  await expect(profile.getByText('Assistant Secretary of State for East Asian and Pacific Affairs', { exact: false }).first()).toBeVisible()

  await list.getByRole('option', { name: /Antony Blinken/ }).click()
  await expect(profile.getByRole('heading', { level: 2 })).toHaveText('Antony Blinken')
  await expect(profile.getByText(/Also named: .*Tony Blinken/)).toBeVisible()
  const roles = profile.getByRole('list', { name: 'Roles by date' })
  await expect(roles.getByRole('listitem')).toHaveCount(2)
  await expect(roles.getByRole('listitem').first()).toContainText('U.S. Deputy Secretary of State')
  await expect(roles.getByRole('listitem').last()).toContainText('U.S. Secretary of State')
  await expect(profile.getByRole('list', { name: 'Quotes on a timeline' }).getByText(/greatest source of regional instability/)).toBeVisible()
  await screenshot(ui, 'speakers')
  await expectAccessible(ui, 'Speakers')

  // The 2016 article's Blinken is someone else (he is not, but the user may say so), then undo.
  await profile.getByRole('button', { name: 'Not this person' }).click()
  await expect(list.getByRole('option', { name: /Tony Blinken/ })).toBeVisible()
  await expect(list.getByRole('option', { name: /Antony Blinken/ })).toBeVisible()
  await ui.getByRole('button', { name: 'Undo' }).click()
  await expect(list.getByRole('option', { name: /Tony Blinken/ })).toHaveCount(0)
  await expect(list.getByRole('option', { name: /Antony Blinken/ })).toContainText('2 articles')
})
