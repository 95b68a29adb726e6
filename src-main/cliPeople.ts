// `verbatim speakers`: the people of the library under all their names, with their roles by date;
// suggested merges with reasons; merge, split and "not the same person", each undoable.
import type { Command } from 'commander'
import { writeOut } from './cliOutput.ts'
import { UsageError } from './cliErrors.ts'
import type { Library } from './services/library.ts'
import type { Person } from './services/people/people.ts'
import type { WithLibrary } from './cli.ts'


function personId(word: string): number {
  if (!/^\d{1,15}$/.test(word)) throw new UsageError(`"${word}" is not a person id (the "id" that \`verbatim speakers --json\` prints)`)
  return Number(word)
}

function formatPerson(p: Person): string {
  const others = p.names.filter((n) => n !== p.name)
  const lines = [`#${p.id}  ${p.name}${others.length ? `  (also: ${others.join(', ')})` : ''} — ${p.quotes} quote${p.quotes === 1 ? '' : 's'} in ${p.articles} article${p.articles === 1 ? '' : 's'}`]
  for (const r of p.roles) lines.push(`      ${r.date ?? 'undated'}  ${r.title}${r.outlet ? ` (${r.outlet})` : ''}`)
  return lines.join('\n') + '\n'
}

export function registerPeopleCommands(program: Command, withLibrary: WithLibrary): void {
  const speakers = program
    .command('speakers')
    .description('the people in the library: names, roles with dates, quote counts; merge, split, not-same, undo')
    .option('--json', 'print JSON')
    .option('--name <name>', 'only people who go by this name (or part of it)')
    .action(async (options: { json?: boolean; name?: string }) => {
      const { list, suggestions } = withLibrary((library) => ({ list: library.people.list(options.name), suggestions: library.people.suggestions() }))
      if (options.json) return writeOut(JSON.stringify({ people: list, suggestions }, null, 2) + '\n')
      for (const p of list) await writeOut(formatPerson(p))
      if (suggestions.length) {
        await writeOut('\nPossibly the same person (merge with `verbatim speakers merge A B`, or `not-same A B`):\n')
        for (const s of suggestions) await writeOut(`  #${s.a.id} ${s.a.name}  ~  #${s.b.id} ${s.b.name}: ${s.reasons.join('; ')}\n`)
      }
    })

  speakers.command('merge').description('make two people one (B goes into A)').argument('<a>').argument('<b>')
    .action(async (a: string, b: string) => {
      const id = withLibrary((library) => library.people.merge(personId(a), personId(b)))
      await writeOut(`Merged #${b} into #${a} (decision #${id}; \`verbatim speakers undo\` takes it back).\n`)
    })
  speakers.command('split').description("take one article's mention of a person out into a person of its own").argument('<person>')
    .requiredOption('--article <id>', 'the article whose speaker is someone else')
    .action(async (p: string, options: { article: string }) => {
      const { decision, person } = withLibrary((library) => library.people.split(personId(p), { articleId: Number(options.article) }))
      await writeOut(`Split out as #${person}; the two are kept apart from now on (decision #${decision}).\n`)
    })
  speakers.command('not-same').description('record that two people are not the same person').argument('<a>').argument('<b>')
    .action(async (a: string, b: string) => {
      const id = withLibrary((library) => library.people.notSame(personId(a), personId(b)))
      await writeOut(`#${a} and #${b} are kept apart (decision #${id}).\n`)
    })
  speakers.command('undo').description('undo the latest decision on people, or the one given').argument('[decision]')
    .action(async (decision?: string) => {
      const done = withLibrary((library) => library.people.undo(decision === undefined ? undefined : personId(decision)))
      await writeOut(`${done[0].toUpperCase()}${done.slice(1)}.\n`)
    })
}
