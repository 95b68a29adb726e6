import { SEEDS_DIR } from '../src-main/testApp.ts'
import { screenshot, test } from './harness.ts'
import { reporterJourney } from './journey.ts'

test('a reporter’s journey: import, search, verify, add to a sheet, mark verified, export DOCX', async ({ ui, app }) => {
  app.dialogPaths = [SEEDS_DIR]
  await reporterJourney(ui, `${app.exportDir}/Blinken fact-check.docx`)
  await screenshot(ui, 'journey-sheet')
})
