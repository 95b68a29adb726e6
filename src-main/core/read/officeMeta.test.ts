import { describe, expect, it } from 'vitest'
import { officeMetaHints } from './officeMeta.ts'

const core = (inner: string) => `<cp:coreProperties xmlns:cp="c" xmlns:dc="d" xmlns:meta="m">${inner}</cp:coreProperties>`

describe('officeMetaHints', () => {
  it('takes the title and the first creator tag present, spaces squashed', () => {
    expect(officeMetaHints(core('<dc:title> Harbor\n plan </dc:title><dc:creator>Jane Roe</dc:creator>'), 'a.docx')).toMatchObject({ headline: 'Harbor plan', byline: 'Jane Roe' })
    expect(officeMetaHints(core('<meta:initial-creator>Ann Lee</meta:initial-creator>'), 'a.odt', ['creator', 'initial-creator'])).toMatchObject({ headline: null, byline: 'Ann Lee' })
  })

  it('gives no hints for a missing or damaged part', () => {
    expect(officeMetaHints(null, 'a.docx')).toMatchObject({ headline: null, byline: null })
    expect(officeMetaHints('no element here', 'a.docx')).toMatchObject({ headline: null, byline: null })
  })
})
