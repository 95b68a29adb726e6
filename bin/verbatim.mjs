#!/usr/bin/env node
// Entry point of the `verbatim` command. Runs the TypeScript sources directly (Node 22 strips types).
const [major] = process.versions.node.split('.').map(Number)
if (major < 22 || Number(process.versions.napi ?? 0) < 10) {
  process.stderr.write(
    `verbatim needs Node.js 22 or newer; this is ${process.version}.\n` +
      'In the repository run it as `npx verbatim …` (after `npm install`), which uses the project\'s Node 22.\n',
  )
  process.exit(1)
}
process.stdout.on('error', (error) => {
  // The reader went away (`verbatim quotes | head`): stop quietly.
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
const { main } = await import('../src-main/cli.ts')
await main(process.argv)
