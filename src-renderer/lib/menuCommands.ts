// The application menu's commands, run with the same actions as the buttons and the palette.
import type { MenuCommand } from '../../src-main/shared/api.ts'
import { onAppEvent } from './api.ts'
import { app, VIEWS } from './state/app.svelte.ts'
import { library } from './state/library.svelte.ts'

export function runMenuCommand(command: MenuCommand): void {
  if (command === 'import-files' || command === 'import-folder') {
    app.go('library')
    void library.choose(command === 'import-files' ? 'files' : 'folder')
  } else if (command === 'paste-text') {
    app.go('library')
    library.pasteOpen = true
  } else if (command === 'command-palette') {
    app.paletteOpen = !app.paletteOpen
  } else {
    const view = VIEWS.find((v) => `go:${v.id}` === command)
    if (view) app.go(view.id)
  }
}

/** Runs each command the menu sends; returns the function that stops listening. */
export function followMenu(): () => void {
  return onAppEvent((event) => {
    if (event.type === 'menu') runMenuCommand(event.command)
  })
}
