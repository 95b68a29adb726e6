import { describe, expect, it } from 'vitest'
import { namesWithRoles, ownTitle, roleAround } from './roles.ts'

const role = (text: string, name: string) => roleAround(text, text.indexOf(name), text.indexOf(name) + name.length)

describe('namesWithRoles and ownTitle', () => {
  it('finds people named by their role, and cuts a title that ran into the next person', () => {
    const text = "Talks with his South Korean counterpart Cho Tae-yong. Sung Kim, Washington's top nuclear envoy, offered. They met him on Monday."
    expect(namesWithRoles(text).map((n) => n.name)).toEqual(['Cho Tae-yong', 'Sung Kim'])
    expect(namesWithRoles('Talks with South Korea, the official said.\nHeadline: official\nBy Song Sang-ho\n')).toEqual([])
    expect(ownTitle('Foreign Minister Park Jin and National Security Advisor')).toBe('National Security Advisor')
    expect(ownTitle('Assistant Secretary of State for East Asian and Pacific Affairs')).toBe('Assistant Secretary of State for East Asian and Pacific Affairs')
  })
})

describe('roleAround', () => {
  it('reads a role phrase before the name', () => {
    expect(role('Blinken plans to have talks with his South Korean counterpart Cho Tae-yong on Monday.', 'Cho Tae-yong')).toBe('South Korean counterpart')
    expect(role('The party spokeswoman Maria Lopez declined.', 'Maria Lopez')).toBe('party spokeswoman')
    expect(role('to meet his Japanese counterpart, Yoko Kamikawa, to discuss', 'Yoko Kamikawa')).toBe('Japanese counterpart')
  })

  it('reads an appositive after the name', () => {
    expect(role('His visit came as Wendy Sherman, U.S. undersecretary of state for political affairs, and others visited.', 'Wendy Sherman'))
      .toBe('U.S. undersecretary of state for political affairs')
    expect(role('Sung Kim, Washington\'s top nuclear envoy, had offered to meet.', 'Sung Kim')).toBe("Washington's top nuclear envoy")
  })

  it('finds nothing where there is no role', () => {
    expect(role('Yesterday Maria Lopez declined to comment.', 'Maria Lopez')).toBeNull()
    expect(role('Maria Lopez, who declined to comment, left.', 'Maria Lopez')).toBeNull()
  })
})
