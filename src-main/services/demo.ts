// The demo library: on first launch the app imports the articles in seeds/ so the first screen
// teaches by example. Demo articles are recognised by the SHA-256 of the seed files, and the app
// remembers (in a small JSON file next to the library) that it has offered them once.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Db } from '../store/open.ts'
import { IMPORTABLE_EXTENSIONS } from './fileWalk.ts'
import { importPaths, sha256 } from './importer.ts'

export interface AppStateFile {
  demoOffered?: boolean
}

export const stateFileFor = (libraryPath: string) => join(dirname(libraryPath), 'verbatim-app.json')

function readState(file: string): AppStateFile {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as AppStateFile
  } catch {
    return {}
  }
}

export function seedFiles(seedsDir: string): string[] {
  if (!existsSync(seedsDir)) return []
  return readdirSync(seedsDir)
    .filter((name) => IMPORTABLE_EXTENSIONS.has(name.slice(name.lastIndexOf('.')).toLowerCase()))
    .sort()
    .map((name) => join(seedsDir, name))
}

export class Demo {
  private readonly db: Db
  private readonly seedsDir: string
  private readonly stateFile: string
  private shas: string[] | null = null

  constructor(db: Db, seedsDir: string, stateFile: string) {
    this.db = db
    this.seedsDir = seedsDir
    this.stateFile = stateFile
  }

  /** First launch of an empty library: import the demo articles, once. */
  seedOnFirstLaunch(): number {
    const state = readState(this.stateFile)
    if (state.demoOffered) return 0
    const empty = (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n === 0
    const added = empty ? importPaths(this.db, seedFiles(this.seedsDir)).added : 0
    writeFileSync(this.stateFile, JSON.stringify({ ...state, demoOffered: true }, null, 2))
    return added
  }

  /** Ids of the library's articles that are the demo's. */
  articleIds(): number[] {
    this.shas ??= seedFiles(this.seedsDir).map((file) => sha256(readFileSync(file)))
    return this.db
      .prepare<[string], { id: number }>('SELECT id FROM articles WHERE sha256 IN (SELECT value FROM json_each(?)) ORDER BY id')
      .all(JSON.stringify(this.shas))
      .map((r) => r.id)
  }
}
