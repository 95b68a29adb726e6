// The application menu. Its commands go to the window as 'menu' events, where the same actions as
// the buttons and the palette run them. Keys the page already handles (Ctrl/Cmd+K, Alt+1…6) are
// shown in the menu but not registered, so one key press never does a thing twice. The Edit menu
// is what makes copy and paste work in the window on macOS.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from './shared/api.ts'

const VIEW_ITEMS: [MenuCommand, string][] = [
  ['go:library', 'Library'], ['go:quotes', 'Quotes'], ['go:speakers', 'Speakers'],
  ['go:verify', 'Verify'], ['go:sheets', 'Sheets'], ['go:review', 'Review'],
]

export function menuTemplate(platform: NodeJS.Platform, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const item = (label: string, command: MenuCommand, accelerator?: string, registerAccelerator = true): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator,
    click: () => send(command),
  })
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        item('Import Files…', 'import-files', 'CmdOrCtrl+O'),
        item('Import Folder…', 'import-folder', 'CmdOrCtrl+Shift+O'),
        // No key: Ctrl/Cmd+Shift+V is "paste as plain text" in the window's fields.
        item('Paste Article Text…', 'paste-text'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', label: 'Quit Verbatim' },
      ],
    },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: 'View',
      submenu: [
        ...VIEW_ITEMS.map(([command, label], i) => item(label, command, `Alt+${i + 1}`, false)),
        { type: 'separator' },
        item('Command Palette…', 'command-palette', 'CmdOrCtrl+K', false),
        { type: 'separator' },
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ]
  return mac ? [{ role: 'appMenu' }, ...template] : template
}
