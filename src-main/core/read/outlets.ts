import data from './data/outlets.json' with { type: 'json' }

function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s.,;:]+$/, '')
    .replace(/\s+/g, ' ')
}

const ALIASES = new Map<string, string>()
for (const [canonical, aliases] of Object.entries(data.outlets)) {
  ALIASES.set(key(canonical), canonical)
  for (const a of aliases) ALIASES.set(key(a), canonical)
}

/** The canonical name of a known outlet, or null. */
export function knownOutlet(name: string): string | null {
  return ALIASES.get(key(name)) ?? null
}

/** Known outlets map to their canonical name; unknown ones are kept as written, tidied. */
export function normalizeOutlet(name: string): string | null {
  const tidy = name.replace(/\s+/g, ' ').replace(/^[\s.,;:|–—-]+|[\s.,;:|–—-]+$/g, '')
  if (tidy.length < 2 || tidy.length > 60) return null
  return knownOutlet(tidy) ?? tidy
}

/** "(C) Yonhap News Agency. All Rights Reserved" / "Copyright 2016 The Associated Press." → outlet. */
export function outletFromCopyright(line: string): string | null {
  const name = line
    .replace(/^\s*(?:\(c\)|ⓒ|©|copyright)\s*/i, '')
    .replace(/^(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–]\s*)?(?:19|20)\d{2}\s*/, '')
    .replace(/\.?\s*all rights reserved.*$/i, '')
    .replace(/[.,]\s.*$/, '')
  if (!/\p{L}/u.test(name)) return null
  return normalizeOutlet(name)
}
