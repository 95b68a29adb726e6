import { describe, expect, it } from 'vitest'
import { readArticle } from './index.ts'

const md = (s: string) => readArticle(new TextEncoder().encode(s), 'story.md')

describe('markdown', () => {
  it('strips markup, keeps words and quotation marks', () => {
    const r = md(
      [
        '# Council votes to **expand** the park',
        '',
        'By Jane Roe',
        '',
        'The council voted *unanimously* on Tuesday. "It\'s a [great day](https://example.com/x) for everyone," the mayor said.',
        '',
        '> "We waited _years_ for this," a resident said.',
        '',
        '- Item one costs `$5`',
        '',
        '![a photo of the park](park.jpg)',
        '',
        '[1]: https://example.com/ref',
      ].join('\n'),
    )
    expect(r.format).toBe('md')
    expect(r.meta.headline).toBe('Council votes to expand the park')
    expect(r.meta.byline).toBe('Jane Roe')
    expect(r.text).toBe(
      [
        'Council votes to expand the park',
        '',
        'The council voted unanimously on Tuesday. "It\'s a great day for everyone," the mayor said.',
        '',
        '"We waited years for this," a resident said.',
        '',
        'Item one costs $5',
      ].join('\n'),
    )
    expect(r.dropped.map((d) => d.rule).sort()).toEqual(['byline', 'image', 'markdown-link-definition'])
  })

  it('uses front matter for the headline, author and date', () => {
    const r = md('---\ntitle: "Port reopens after storm"\nauthor: Sam Lee\ndate: 2021-06-04\nsource: Example Gazette\n---\n\nThe port reopened on Friday, officials said.\n')
    expect(r.text).toBe('Port reopens after storm\n\nThe port reopened on Friday, officials said.')
    expect(r.meta).toMatchObject({ headline: 'Port reopens after storm', byline: 'Sam Lee', outlet: 'Example Gazette', date: '2021-06-04', dateRule: 'front-matter' })
  })

  it('leaves snake_case and arithmetic alone', () => {
    const r = md('Headline\n\nThe file_name_here and 5 * 3 * 2 stay.')
    expect(r.text).toContain('The file_name_here and 5 * 3 * 2 stay.')
  })
})
