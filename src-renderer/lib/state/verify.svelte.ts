// The Verify view: a claim in, a verdict with its evidence out.
import type { Verification } from '../../../src-main/shared/api.ts'
import { call } from '../api.ts'
import { attempt } from './app.svelte.ts'

class VerifyState {
  claim = $state('')
  checked = $state('')
  result = $state<Verification | null>(null)
  busy = $state(false)

  async verify(): Promise<void> {
    const claim = this.claim.trim()
    if (!claim) return
    this.busy = true
    const result = await attempt(() => call('claims:verify', { claim }))
    this.busy = false
    if (result) {
      this.result = result
      this.checked = claim
    }
  }
}

export const verify = new VerifyState()
