/** Whether the in-page mock monolith is ready to answer, and if not, why. */
export type MockStatus =
  | { readonly state: 'starting' }
  | { readonly state: 'active'; readonly workerUrl: string; readonly scope: string }
  | {
      readonly state: 'unavailable'
      /** Stable code, e.g. 'no-service-worker', 'insecure-context', 'worker-failed'. */
      readonly code: string
      /** What is wrong, why, and what the learner can do, in plain words. */
      readonly message: string
      /** The worker script URL that was tried, when it got that far. */
      readonly workerUrl: string | null
    }
