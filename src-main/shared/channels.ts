// The channel names alone, with no dependencies: the sandboxed preload and the e2e harness build
// window.api from this list (the preload cannot load packages such as zod). api.ts checks that the
// contract has exactly these keys.
export const CHANNELS = [
  'app:info',
  'demo:remove',
  'articles:list',
  'articles:get',
  'articles:delete',
  'articles:restore',
  'import:choose',
  'import:start',
  'import:cancel',
  'import:text',
  'import:url',
  'quotes:list',
  'quotes:get',
  'quotes:search',
  'quotes:decide',
  'quotes:undoDecision',
  'review:list',
  'claims:verify',
  'speakers:list',
  'speakers:quotes',
  'speakers:merge',
  'speakers:split',
  'speakers:notSame',
  'speakers:undo',
  'sheets:list',
  'sheets:get',
  'sheets:create',
  'sheets:delete',
  'sheets:add',
  'sheets:remove',
  'sheets:move',
  'sheets:setStatus',
  'sheets:setNote',
  'sheets:export',
  'sheets:exportPdf',
] as const
export type Channel = (typeof CHANNELS)[number]

/** The one channel main uses to tell the window something unasked (an AppEvent in api.ts). */
export const EVENT_CHANNEL = 'app:event'
