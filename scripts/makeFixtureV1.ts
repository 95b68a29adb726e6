// Writes db/fixtures/library-v1.sqlite: a library at schema version 1 (the first migration only)
// with a small made-up article, so a test can prove that opening an old library migrates it with
// its data intact. Run once when the fixture must change: node scripts/makeFixtureV1.ts
import Database from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { loadMigrations } from '../src-main/store/migrations.ts'

const file = new URL('../db/fixtures/library-v1.sqlite', import.meta.url).pathname
rmSync(file, { force: true })
const db = new Database(file)
db.exec(loadMigrations()[0].sql)
db.pragma('user_version = 1')
const text = 'Harbour plan approved\n\n"We will rebuild the old harbour wall before winter," Mayor Ana Ruiz said on Tuesday.\n'
const quote = 'We will rebuild the old harbour wall before winter,'
const start = text.indexOf(quote)
const article = db
  .prepare(`INSERT INTO articles (sha256, source, format, encoding, title, outlet, date, date_rule, text, imported_at)
            VALUES ('${'f'.repeat(64)}', '/fixture/harbour.txt', 'txt', 'utf-8', 'Harbour plan approved', 'Fixture Gazette', '2020-05-05', 'fixture', ?, '2020-05-06T00:00:00.000Z')`)
  .run(text).lastInsertRowid
const speaker = db.prepare("INSERT INTO speakers (article_id, name, is_descriptor, title) VALUES (?, 'Ana Ruiz', 0, 'Mayor')").run(article).lastInsertRowid
db.prepare("INSERT INTO speaker_names (speaker_id, name) VALUES (?, 'Ana Ruiz'), (?, 'Ruiz')").run(speaker, speaker)
const mention = text.indexOf('Mayor Ana Ruiz') + 'Mayor '.length
db.prepare(`INSERT INTO quotes (article_id, start, end, text, kind, quote_rule, speaker_id, mention, mention_start, mention_end, rule, confidence)
            VALUES (?, ?, ?, ?, 'full', 'double-quotes', ?, 'Ana Ruiz', ?, ?, 'said-after-quote', 0.95)`)
  .run(article, start, start + quote.length, quote, speaker, mention, mention + 'Ana Ruiz'.length)
db.pragma('journal_mode = DELETE')
db.exec('VACUUM')
db.close()
console.log(`wrote ${file}`)
