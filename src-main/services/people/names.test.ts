import { describe, expect, it } from 'vitest'
import { relate } from './names.ts'

describe('relate', () => {
  it('knows a full name, a nickname form, a bare surname and two people sharing a surname', () => {
    expect(relate('Antony Blinken', 'antony  BLINKEN')).toBe('same-name')
    expect(relate('Tony Blinken', 'Antony Blinken')).toBe('given-name-variant')
    expect(relate('Daniel J. Kritenbrink', 'Dan Kritenbrink')).toBe('given-name-variant')
    expect(relate('Blinken', 'Antony Blinken')).toBe('surname-only')
    expect(relate('Ewen Jones', 'Stephen Jones')).toBe('different')
    expect(relate('Stephen Jones', 'Steve Jones')).toBe('given-name-variant')
    expect(relate('Wendy Sherman', 'Brad Sherman')).toBe('different')
    expect(relate('Cho Tae-yong', 'Cho Tae-yong')).toBe('same-name')
    expect(relate('Martin Luther King Jr.', 'Martin Luther King')).toBe('same-name')
  })
})
