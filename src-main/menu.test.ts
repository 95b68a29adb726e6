import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { menuTemplate } from './menu.ts'
import { MENU_COMMANDS, type MenuCommand } from './shared/api.ts'

const items = (template: MenuItemConstructorOptions[]) =>
  template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])) as MenuItemConstructorOptions[]

describe('the application menu', () => {
  it('sends every menu command to the window, and nothing else', () => {
    const sent: MenuCommand[] = []
    for (const entry of items(menuTemplate('linux', (c) => sent.push(c)))) {
      ;(entry.click as (() => void) | undefined)?.()
    }
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort())
  })

  it('has an Edit menu with copy and paste (macOS needs it for the keys to work) and an app menu there', () => {
    const mac = menuTemplate('darwin', () => {})
    expect(mac[0].role).toBe('appMenu')
    const edit = mac.find((m) => m.label === 'Edit')!
    expect((edit.submenu as MenuItemConstructorOptions[]).map((i) => i.role).filter(Boolean)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    )
    expect(menuTemplate('win32', () => {})[0].label).toBe('File')
  })

  it('registers no key the page handles itself', () => {
    const registered = items(menuTemplate('linux', () => {})).filter((i) => i.accelerator && i.registerAccelerator !== false).map((i) => i.accelerator)
    expect(registered).not.toContain('CmdOrCtrl+K')
    expect(registered.some((a) => /^Alt\+\d$/.test(String(a)))).toBe(false)
    expect(registered).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+Shift+O'])
  })
})
