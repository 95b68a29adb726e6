// Keeping the library safe: `verbatim backup FILE` and `verbatim restore FILE`, both verified.
import type { Command } from 'commander'
import { resolve } from 'node:path'
import { writeOut } from './cliOutput.ts'
import { backupLibrary, restoreLibrary, type LibraryCheck } from './services/backup.ts'
import type { Library } from './services/library.ts'
import type { WithLibrary } from './cli.ts'


const describe = (c: LibraryCheck) => `${c.articles} articles, ${c.quotes} quotes, schema ${c.schema}, integrity ok`

export function registerMaintenanceCommands(program: Command, withLibrary: WithLibrary, libraryPath: () => string): void {
  program
    .command('backup')
    .description('copy the library to FILE while it stays in use, and check the copy')
    .argument('<file>', 'where to write the backup')
    .action(async (file: string) => {
      const check = await withLibrary((library) => backupLibrary(library.db, resolve(file)))
      await writeOut(`Backed up to ${resolve(file)}: ${describe(check)}.\n`)
    })

  program
    .command('restore')
    .description('replace the library with a checked backup (close the desktop app first); the current library is kept beside it')
    .argument('<file>', 'a backup made by verbatim backup')
    .action(async (file: string) => {
      const { check, kept } = await restoreLibrary(resolve(file), libraryPath())
      await writeOut(`Restored ${libraryPath()} from ${resolve(file)}: ${describe(check)}.\n`)
      if (kept) await writeOut(`The library it replaced is kept as ${kept}.\n`)
    })
}
