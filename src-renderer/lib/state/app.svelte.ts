// Window-wide state: the current view, library counts, the demo flag, notifications, the palette.
import type { AppInfo } from '../../../src-main/shared/api.ts'
import { call } from '../api.ts'

export const VIEWS = [
  { id: 'library', label: 'Library', count: 'articles' },
  { id: 'quotes', label: 'Quotes', count: 'quotes' },
  { id: 'speakers', label: 'Speakers', count: 'speakers' },
  { id: 'verify', label: 'Verify', count: null },
  { id: 'sheets', label: 'Sheets', count: 'sheets' },
  { id: 'review', label: 'Review', count: 'review' },
] as const
export type View = (typeof VIEWS)[number]['id']

export interface Toast {
  id: number
  message: string
  tone: 'info' | 'error'
  action?: { label: string; run: () => void | Promise<void> }
}

export type Theme = 'system' | 'light' | 'dark'

const viewFromHash = (): View => {
  const name = location.hash.replace(/^#\/?/, '')
  return (VIEWS.find((v) => v.id === name)?.id ?? 'library') as View
}

class AppState {
  view = $state<View>(viewFromHash())
  info = $state<AppInfo | null>(null)
  toasts = $state<Toast[]>([])
  paletteOpen = $state(false)
  theme = $state<Theme>((localStorage.getItem('verbatim.theme') as Theme | null) ?? 'system')
  private nextToast = 1

  constructor() {
    window.addEventListener('hashchange', () => (this.view = viewFromHash()))
  }

  get demo(): boolean {
    return (this.info?.demoArticleIds.length ?? 0) > 0
  }

  go(view: View): void {
    this.view = view
    if (location.hash !== `#/${view}`) history.replaceState(null, '', `#/${view}`)
  }

  setTheme(theme: Theme): void {
    this.theme = theme
    localStorage.setItem('verbatim.theme', theme)
  }

  async refresh(): Promise<void> {
    try {
      this.info = await call('app:info', {})
    } catch (error) {
      this.error(error)
    }
  }

  notify(message: string, action?: Toast['action'], tone: Toast['tone'] = 'info'): void {
    const id = this.nextToast++
    this.toasts = [...this.toasts.slice(-1), { id, message, tone, action }]
    setTimeout(() => this.dismiss(id), action ? 12_000 : 6_000)
  }

  error(error: unknown): void {
    this.notify((error as Error)?.message ?? String(error), undefined, 'error')
  }

  dismiss(id: number): void {
    this.toasts = this.toasts.filter((t) => t.id !== id)
  }
}

export const app = new AppState()

/** Runs an action and shows its failure as a notification instead of throwing. */
export async function attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action()
  } catch (error) {
    app.error(error)
    return undefined
  }
}
