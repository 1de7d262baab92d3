/**
 * The base of every error Bouncer raises on purpose. The `code` is stable, so the
 * UI can look up an explanation by code; details ride in `cause`.
 */
export class BouncerError extends Error {
  readonly code: string

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'BouncerError'
    this.code = code
  }
}
