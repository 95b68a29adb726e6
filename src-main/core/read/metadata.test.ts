import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDateline } from './dateline.ts'
import { dateFromFileName, findDates, inferYear } from './dates.ts'
import { readArticle } from './index.ts'
import { normalizeOutlet, outletFromCopyright } from './outlets.ts'

const seed = (name: string) => readArticle(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url)), name)
const txt = (s: string, name = 'story.txt') => readArticle(new TextEncoder().encode(s), name)
const BODY = 'Officials met for two hours and agreed to keep talking, according to a statement released after the meeting ended.'

describe('seed articles', () => {
  it('2023 seed: full metadata, year from the caption', () => {
    const r = seed('yonhap-2023-blinken-to-discuss-threats.txt')
    expect(r.meta).toEqual({
      headline: "Blinken to discuss N. Korean threats, stress 'unshakable' commitment to S. Korea: official",
      byline: 'Song Sang-ho',
      outlet: 'Yonhap',
      dateline: 'WASHINGTON, Nov. 2',
      date: '2023-11-02',
      dateRule: 'dateline+year-from:"Oct. 12, 2023"',
    })
    const lines = r.text.split('\n')
    expect(lines[0]).toBe(r.meta.headline)
    expect(lines[1].startsWith('WASHINGTON, Nov. 2 (Yonhap) -- U.S. Secretary of State Antony Blinken')).toBe(true)
    expect(lines.at(-1)?.startsWith('Kritenbrink pointed out')).toBe(true)
    for (const gone of ['▲', '![]', 'Blinken-Seoul visit', 'By Song Sang-ho', '(END)', 'All Rights Reserved']) {
      expect(r.text).not.toContain(gone)
    }
    expect(r.dropped.map((d) => d.rule)).toEqual(['image', 'caption', 'image', 'caption', 'kicker', 'byline', 'end-marker', 'copyright'])
  })

  it('2016 seed: outlet from the trailing credit, year from the file name', () => {
    const r = seed('yonhap-2016-blinken-visits-seoul.txt')
    expect(r.meta).toEqual({
      headline: "Washington's No. 2 diplomat visits S. Korea",
      byline: null,
      outlet: 'Yonhap',
      dateline: null,
      date: '2016',
      dateRule: 'year-from-file-name',
    })
    expect(r.dropped.map((d) => d.text)).toEqual(['Back To Top', 'MOST POPULAR', 'LATEST NEWS', 'subscribe', '지나쌤'])
  })

  it('loses no body paragraph of either seed', () => {
    for (const name of ['yonhap-2016-blinken-visits-seoul.txt', 'yonhap-2023-blinken-to-discuss-threats.txt']) {
      const raw = readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8')
      const r = seed(name)
      for (const line of raw.split('\n').filter((l) => l.length > 100 && !l.startsWith('|'))) expect(r.text).toContain(line)
    }
  })
})

describe('datelines', () => {
  it.each([
    ['WASHINGTON, Nov. 2 (Yonhap) -- U.S. officials said', { text: 'WASHINGTON, Nov. 2', month: 11, day: 2, year: null, outlet: 'Yonhap', byline: null }],
    ['NEW YORK, March 3, 2016 (AP) — The mayor', { text: 'NEW YORK, March 3, 2016', month: 3, day: 3, year: 2016, outlet: 'AP', byline: null }],
    ['LONDON (Reuters) - Britain said', { text: 'LONDON', month: null, day: null, year: null, outlet: 'Reuters', byline: null }],
  ])('parses %j', (line, expected) => {
    expect(parseDateline(line)).toEqual(expected)
  })

  it('reads a Korean wire dateline with its reporter', () => {
    const r = txt('정상회담 다음 달 개최\n\n(서울=연합뉴스) 홍길동 기자 = 정부는 2023년 11월 2일 회담이 열린다고 밝혔다.\n\n© 연합뉴스')
    expect(r.meta).toMatchObject({ headline: '정상회담 다음 달 개최', byline: '홍길동', outlet: 'Yonhap', dateline: '서울' })
  })

  it('ignores openings that are not datelines', () => {
    expect(parseDateline('U.S. officials said on Monday that talks - if any - would wait.')).toBeNull()
    expect(parseDateline('THAAD refers to a missile defense system.')).toBeNull()
  })
})

describe('dates', () => {
  it('finds written dates', () => {
    expect(findDates('on Oct. 12, 2023, and Nov. 2 and 5 May 2021 and 2016/02/07 and 2020년 3월 1일 and Feb. 30, 2020').map((d) => [d.year, d.month, d.day])).toEqual([
      [2023, 10, 12],
      [null, 11, 2],
      [2021, 5, 5],
      [2020, 3, 1],
      [2016, 2, 7],
    ])
  })

  it('puts a yearless dateline on or after the latest dated mention', () => {
    const dec = findDates('a photo taken Dec. 20, 2022')
    expect(inferYear(1, 5, dec)?.year).toBe(2023)
    expect(inferYear(12, 28, dec)?.year).toBe(2022)
    expect(inferYear(1, 5, findDates('no dates here'))).toBeNull()
  })

  it('reads dates from file names', () => {
    expect(dateFromFileName('yonhap-2016-blinken.txt')).toEqual({ date: '2016', rule: 'year-from-file-name' })
    expect(dateFromFileName('/x/2023-11-02 story.txt')).toEqual({ date: '2023-11-02', rule: 'date-from-file-name' })
    expect(dateFromFileName('story-12345.txt')).toBeNull()
  })

  it('takes the year from a copyright line when nothing else dates a dateline', () => {
    const r = txt(`Talks resume\n\nSEOUL, Jan. 4 (Example) -- ${BODY}\n\nCopyright 2019 Example Wire`)
    expect(r.meta).toMatchObject({ date: '2019-01-04', dateRule: 'dateline+year-from:copyright 2019', outlet: 'Example' })
  })

  it('uses a dateline with its own year', () => {
    const r = txt(`Talks resume\n\nSEOUL, Jan. 4, 2020 (Example) -- ${BODY}`, 'file-1999.txt')
    expect(r.meta).toMatchObject({ date: '2020-01-04', dateRule: 'dateline' })
  })

  it('leaves an article with no evidence undated', () => {
    const r = txt(`Talks resume\n\n${BODY}`, 'notes.txt')
    expect(r.meta).toMatchObject({ date: null, dateRule: 'undated', dateline: null, outlet: null, byline: null })
  })
})

describe('outlets', () => {
  it('normalises known names and keeps unknown ones', () => {
    expect(normalizeOutlet('Yonhap News Agency')).toBe('Yonhap')
    expect(normalizeOutlet('The Associated Press')).toBe('AP')
    expect(normalizeOutlet('Riverside Courier')).toBe('Riverside Courier')
    expect(outletFromCopyright('(C) Yonhap News Agency. All Rights Reserved')).toBe('Yonhap')
    expect(outletFromCopyright('Copyright 2016 The Associated Press. All rights reserved.')).toBe('AP')
    expect(outletFromCopyright('© 2024 Riverside Courier Ltd')).toBe('Riverside Courier Ltd')
  })
})
