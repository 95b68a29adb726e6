// Commands for reviewing attributions: the queue, and accepting, correcting or rejecting one.
// A decision is the user's and wins over the machine, also after `verbatim reextract`.
import type { Command } from 'commander'
import type { Library } from './services/library.ts'
import { formatQuote, quoteJson, writeOut } from './cliOutput.ts'
import { parseQuoteId as quoteId } from './cliErrors.ts'
import type { WithLibrary } from './cli.ts'


export function registerReviewCommands(program: Command, withLibrary: WithLibrary): void {
  program
    .command('review')
    .description('attributions nobody has decided on yet, the least certain first')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'print JSON')
    .action(async (options: { limit: string; json?: boolean }) => {
      const rows = withLibrary((library) => library.review(Number(options.limit) || 50))
      if (options.json) return writeOut(JSON.stringify(rows.map(quoteJson), null, 2) + '\n')
      if (rows.length === 0) return writeOut('Nothing to review: every attribution has a decision.\n')
      for (const row of rows) await writeOut(`#${row.id}  ${formatQuote(row)}\n`)
    })

  const decide = (action: 'accept' | 'reject') => async (id: string, options: { by?: string }) => {
    withLibrary((library) => library.decide({ quoteId: quoteId(id), action, by: options.by }))
    await writeOut(`Quote #${id}: attribution ${action === 'accept' ? 'accepted' : 'rejected'}.\n`)
  }
  program.command('accept').description('accept the attribution of a quote').argument('<quote-id>')
    .option('--by <who>', 'who decided').action(decide('accept'))
  program.command('reject').description('reject the attribution of a quote (the speaker becomes unknown)').argument('<quote-id>')
    .option('--by <who>', 'who decided').action(decide('reject'))
  program.command('correct').description('name the person who really said a quote').argument('<quote-id>').argument('<speaker>')
    .option('--by <who>', 'who decided')
    .action(async (id: string, speaker: string, options: { by?: string }) => {
      withLibrary((library) => library.decide({ quoteId: quoteId(id), action: 'correct', speaker, by: options.by }))
      await writeOut(`Quote #${id}: attributed to ${speaker.trim()} (your correction).\n`)
    })
  program.command('undecide').description('take back a decision: the machine attribution shows again').argument('<quote-id>')
    .action(async (id: string) => {
      const had = withLibrary((library) => library.undoDecision(quoteId(id)))
      await writeOut(had ? `Quote #${id}: decision taken back.\n` : `Quote #${id} had no decision.\n`)
    })
  program.command('reextract').description('run the extraction again on every stored article; your decisions stay')
    .action(async () => {
      const s = withLibrary((library) => library.reextract())
      await writeOut(`${s.articles} articles: ${s.quotes} quotes, ${s.changed} attributions changed, ${s.added} new, ${s.removed} gone. Your decisions were kept.\n`)
    })
}
