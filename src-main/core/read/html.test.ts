import { describe, expect, it } from 'vitest'
import { readArticle } from './index.ts'

const html = (s: string, name = 'page.html') => readArticle(new TextEncoder().encode(s), name)

const PARA = 'officials said on Thursday, adding that the talks would continue next week in the capital as planned.'
const PAGE = `<!DOCTYPE html>
<html><head>
  <meta charset="utf-8">
  <title>Ministers agree on &ldquo;new&rdquo; trade rules | Example Daily</title>
  <meta property="og:title" content="Ministers agree on “new” trade rules">
  <meta property="og:site_name" content="Example Daily">
  <meta name="author" content="Jane Roe">
  <meta property="article:published_time" content="2022-03-09T08:30:00+09:00">
  <style>p { color: red }</style>
  <script>window.evil = "SCRIPT TEXT"</script>
</head><body onload="alert('ONLOAD')">
  <header><div class="logo">Example Daily</div><a href="/">Home</a></header>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
  <main><article>
    <h1>Ministers agree on “new” trade rules</h1>
    <p class="byline">By Jane Roe</p>
    <figure><img src="a.jpg" onerror="alert('IMG')"><figcaption>Ministers pose before the meeting. CAPTION TEXT</figcaption></figure>
    <p>SEOUL, March 9 (Example) -- Trade ministers agreed on new rules, ${PARA}</p>
    <p onclick="alert('CLICK')">&quot;This is a <b>good</b> day,&quot; Minister Kim said &amp; smiled. Tom &amp; Jerry&nbsp;laughed, ${PARA}</p>
    <p>The rules take effect next year, ${PARA}</p>
    <script>document.write('INLINE SCRIPT')</script>
    <p>(C) Example Daily. All Rights Reserved</p>
  </article></main>
  <aside><h2>MOST POPULAR</h2><ul><li><a>Other story one</a></li></ul></aside>
  <footer><p>Copyright 2022 Example Daily</p><a href="#">Back To Top</a></footer>
</body></html>`

describe('html', () => {
  const r = html(PAGE)

  it('keeps the article body as paragraphs under the headline', () => {
    expect(r.format).toBe('html')
    expect(r.text.split('\n')[0]).toBe('Ministers agree on “new” trade rules')
    const paragraphs = r.text.split('\n\n')
    expect(paragraphs).toEqual([
      'Ministers agree on “new” trade rules',
      `SEOUL, March 9 (Example) -- Trade ministers agreed on new rules, ${PARA}`,
      `"This is a good day," Minister Kim said & smiled. Tom & Jerry laughed, ${PARA}`,
      `The rules take effect next year, ${PARA}`,
    ])
  })

  it('never lets scripts, styles or handlers through', () => {
    for (const bad of ['SCRIPT', 'alert', 'ONLOAD', 'color: red', 'CAPTION TEXT', 'MOST POPULAR', 'Back To Top', 'World']) {
      expect(r.text).not.toContain(bad)
    }
  })

  it('records what it dropped', () => {
    const rules = new Map(r.dropped.map((d) => [d.text, d.rule]))
    expect(rules.get('Ministers pose before the meeting. CAPTION TEXT')).toBe('caption')
    expect(rules.get('(C) Example Daily. All Rights Reserved')).toBe('copyright')
    expect(rules.get('MOST POPULAR')).toBe('sidebar')
    expect(r.dropped.some((d) => d.text.includes('Back To Top'))).toBe(true)
  })

  it('reads the metadata', () => {
    expect(r.meta).toEqual({
      headline: 'Ministers agree on “new” trade rules',
      byline: 'Jane Roe',
      outlet: 'Example',
      dateline: 'SEOUL, March 9',
      date: '2022-03-09',
      dateRule: 'html-meta',
    })
  })

  it('falls back to <title> and <time> on a bare page, and reads fragments', () => {
    const bare = html(`<title>Budget passes - Town News</title><p>The budget passed.</p><time datetime="2019-05-02">May 2</time>`)
    expect(bare.meta.headline).toBe('Budget passes')
    expect(bare.meta.outlet).toBe('Town News')
    expect(bare.meta.date).toBe('2019-05-02')
    expect(bare.meta.dateRule).toBe('html-time')
    expect(bare.text).toContain('The budget passed.')
  })

  it('takes the byline from a byline element when no meta tag names the author', () => {
    const r = html(`<html><body><article><h1>A headline long enough</h1><div class="byline">By Kim Min-ji</div><p>${PARA}</p></article></body></html>`)
    expect(r.meta.byline).toBe('Kim Min-ji')
    expect(r.text).not.toContain('Kim Min-ji')
  })

  it('reads a saved page renamed .txt as HTML', () => {
    const r = html(PAGE, 'saved-page.txt')
    expect(r.format).toBe('html')
    expect(r.meta.headline).toBe('Ministers agree on “new” trade rules')
    expect(r.text).not.toContain('<p')
  })

  it('reads a huge page whole when readability would be too slow', () => {
    const cells = '<div><span>cell</span></div>'.repeat(16_000)
    const article = `<p>${PARA}</p>`.repeat(8)
    const r = html(`<html><body><h1>A headline long enough</h1><article>${article}</article><div class="comment-list">${cells}</div></body></html>`)
    expect(r.text.startsWith(`A headline long enough\n\n${PARA}`)).toBe(true)
    // Read whole: every cell is its own paragraph, where readability prunes a comment list.
    expect(r.text.split('\n\n').length).toBe(1 + 8 + 16_000)
  })

  it('does not mistake a structural headline for a byline', () => {
    const r = html(`<html><body><article><h1>By The Numbers: A Year Of Storms</h1><p>${PARA}</p><p>${PARA}</p></article></body></html>`)
    expect(r.meta.headline).toBe('By The Numbers: A Year Of Storms')
    expect(r.meta.byline).toBeNull()
    expect(r.text.startsWith('By The Numbers: A Year Of Storms\n\n')).toBe(true)
  })

  it('survives markup linkedom cannot root, and pages saved with a leading comment', () => {
    // An unclosed comment hides everything, as in a browser: a ReadError, not a TypeError.
    expect(() => html('<!--<html>By x<h1>Head</h1><p>A sentence here.</p>')).toThrow(expect.objectContaining({ code: 'no-text' }))
    const saved = html(`<!-- saved from url=(0014)about:internet -->\n<html><head><title>T</title></head><body><h1>A headline long enough</h1><p>${PARA}</p></body></html>`)
    expect(saved.text).toBe(`A headline long enough\n\n${PARA}`)
  })

  it('throws no-text for a page of navigation only', () => {
    expect(() => html('<html><body><nav>Home World</nav><script>x()</script></body></html>')).toThrow(
      expect.objectContaining({ code: 'no-text' }),
    )
  })
})
