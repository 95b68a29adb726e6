// `verbatim sheet …` and `verbatim export`: quote sheets from a terminal. Their errors become one
// line "verbatim: …" in cli.ts (exit 1 when the library could not do it, 2 when the command line was
// wrong).
import { Command } from 'commander'
import { resolve } from 'node:path'
import { parseQuoteId, UsageError } from './cliErrors.ts'
import { writeOut } from './cliOutput.ts'
import type { WithLibrary } from './cli.ts'
import { EXPORT_FORMATS, ExportPathError, exportSheet, isExportFormat } from './services/export/index.ts'
import { STATUS_WORDS } from './services/export/fields.ts'
import {
  isSheetStatus, SHEET_STATUSES, SheetError, SheetService, type SheetRecord, type SheetWithRows,
} from './services/sheets.ts'

function position(word: string): number {
  if (!/^\d{1,9}$/.test(word) || Number(word) < 1) throw new UsageError(`"${word}" is not a position (1, 2, 3…)`)
  return Number(word)
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

function formatSheetLine(s: SheetRecord): string {
  return `${s.name}  (${s.items} ${s.items === 1 ? 'quote' : 'quotes'}, changed ${s.updatedAt})`
}

function formatSheet(sheet: SheetWithRows): string {
  const lines = [`■ ${sheet.name} — ${sheet.rows.length} ${sheet.rows.length === 1 ? 'quote' : 'quotes'}`, '']
  for (const r of sheet.rows) {
    const who = r.verifiedBy || r.verifiedAt ? ` by ${r.verifiedBy ?? 'someone'} at ${r.verifiedAt ?? '?'}` : ''
    lines.push(`${r.position}. [${STATUS_WORDS[r.status]}${who}] #${r.quoteId}${r.quoteAvailable ? '' : ' (article deleted)'}`)
    lines.push(`    “${oneLine(r.quote)}”`)
    lines.push(`    ${oneLine(r.citation)}`)
    if (r.note) lines.push(`    Note: ${oneLine(r.note)}`)
    lines.push('')
  }
  if (sheet.rows.length === 0) lines.push('No quotes yet: add some with `verbatim sheet add NAME QUOTE_ID…`.', '')
  return lines.join('\n')
}

export function registerSheetCommands(program: Command, withLibrary: WithLibrary): void {
  const sheets = <T>(run: (service: SheetService) => T): T => withLibrary((library) => run(new SheetService(library.db)))
  const done = (message: string) => process.stderr.write(message + '\n')

  const sheet = program.command('sheet').description('quote sheets: named lists of quotes to check and export')

  sheet
    .command('create')
    .description('create an empty sheet')
    .argument('<name>', 'the sheet name')
    .action((name: string) => {
      const created = sheets((s) => s.create(name))
      done(`Created the sheet "${created.name}".`)
    })

  sheet
    .command('rename')
    .description('rename a sheet')
    .argument('<name>', 'the sheet name')
    .argument('<new-name>', 'its new name')
    .action((name: string, newName: string) => {
      const renamed = sheets((s) => s.rename(name, newName))
      done(`Renamed "${name}" to "${renamed.name}".`)
    })

  sheet
    .command('add')
    .description('add quotes to the end of a sheet, by the id `verbatim quotes --json` prints')
    .argument('<name>', 'the sheet name')
    .argument('<quote-ids...>', 'quote ids')
    .action((name: string, ids: string[]) => {
      const quoteIds = ids.map((id) => parseQuoteId(id))
      sheets((s) => s.add(name, quoteIds))
      done(`Added ${quoteIds.length} ${quoteIds.length === 1 ? 'quote' : 'quotes'} to "${name}".`)
    })

  sheet
    .command('status')
    .description(`record a verdict: ${SHEET_STATUSES.join(', ')}`)
    .argument('<name>', 'the sheet name')
    .argument('<quote-id>', 'the quote id')
    .argument('<status>', SHEET_STATUSES.join(' | '))
    .option('--by <who>', 'who checked it')
    .option('--note <text>', 'a note to keep with the verdict')
    .action((name: string, id: string, status: string, options: { by?: string; note?: string }) => {
      const word = status.toLowerCase()
      if (!isSheetStatus(word)) throw new UsageError(`A status is one of ${SHEET_STATUSES.join(', ')}; not "${status}"`)
      sheets((s) => s.setStatus(name, parseQuoteId(id), word, { by: options.by, note: options.note }))
      done(`Quote ${id} on "${name}" is now ${STATUS_WORDS[word]}.`)
    })

  sheet
    .command('note')
    .description('set the note of a quote on a sheet ("" clears it)')
    .argument('<name>', 'the sheet name')
    .argument('<quote-id>', 'the quote id')
    .argument('<text>', 'the note')
    .action((name: string, id: string, text: string) => {
      sheets((s) => s.setNote(name, parseQuoteId(id), text))
      done(`Noted quote ${id} on "${name}".`)
    })

  sheet
    .command('move')
    .description('move a quote to a position on its sheet (1 is the top)')
    .argument('<name>', 'the sheet name')
    .argument('<quote-id>', 'the quote id')
    .argument('<position>', 'the new position')
    .action((name: string, id: string, to: string) => {
      sheets((s) => s.move(name, parseQuoteId(id), position(to)))
      done(`Moved quote ${id} to position ${to} on "${name}".`)
    })

  sheet
    .command('remove')
    .description('take a quote off a sheet')
    .argument('<name>', 'the sheet name')
    .argument('<quote-id>', 'the quote id')
    .action((name: string, id: string) => {
      sheets((s) => s.remove(name, parseQuoteId(id)))
      done(`Removed quote ${id} from "${name}".`)
    })

  sheet
    .command('list')
    .description('list the sheets, or the quotes on one sheet')
    .argument('[name]', 'the sheet to show')
    .option('--json', 'print JSON')
    .action(async (name: string | undefined, options: { json?: boolean }) => {
      if (name === undefined) {
        const all = sheets((s) => s.list())
        if (options.json) await writeOut(JSON.stringify(all, null, 2) + '\n')
        else if (all.length === 0) done('There are no sheets yet: make one with `verbatim sheet create NAME`.')
        else for (const s of all) await writeOut(formatSheetLine(s) + '\n')
        return
      }
      const one = sheets((s) => s.get(name))
      await writeOut(options.json ? JSON.stringify(one, null, 2) + '\n' : formatSheet(one))
    })

  sheet
    .command('delete')
    .description('delete a sheet (the quotes stay in the library)')
    .argument('<name>', 'the sheet name')
    .action((name: string) => {
      sheets((s) => s.delete(name))
      done(`Deleted the sheet "${name}".`)
    })

  program
    .command('export')
    .description(`write a sheet to a file: ${EXPORT_FORMATS.join(', ')}`)
    .requiredOption('--sheet <name>', 'the sheet to export')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .requiredOption('--out <file>', 'the file to write (replaced if it exists)')
    .action(async (options: { sheet: string; format: string; out: string }) => {
      const format = options.format.toLowerCase()
      if (!isExportFormat(format)) {
        throw new UsageError(`--format is one of ${EXPORT_FORMATS.join(', ')}; not "${options.format}"`)
      }
      // Read the sheet and close the library before rendering: a slow export holds no lock.
      const data = sheets((s) => s.get(options.sheet))
      const written = await exportSheet(data, format, resolve(options.out))
      done(`Wrote ${data.rows.length} ${data.rows.length === 1 ? 'quote' : 'quotes'} from "${data.name}" to ${written}.`)
    })
}
