// The channel names alone, with no dependencies: the sandboxed preload can bundle this file
// (it cannot load packages such as zod). api.ts checks that the contract has exactly these keys.
export const CHANNELS = ['quotes:list'] as const
export type Channel = (typeof CHANNELS)[number]
