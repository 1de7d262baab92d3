// The one module allowed to write to the console (see eslint.config.js).
const PREFIX = '[bouncer]'

/** The app's one logging voice: every message carries the same prefix. */
export const log = {
  info(message: string, ...details: unknown[]): void {
    console.info(PREFIX, message, ...details)
  },
  warn(message: string, ...details: unknown[]): void {
    console.warn(PREFIX, message, ...details)
  },
  error(message: string, ...details: unknown[]): void {
    console.error(PREFIX, message, ...details)
  },
  /** Developer-only detail, silent in the production build. */
  debug(message: string, ...details: unknown[]): void {
    if (import.meta.env?.DEV) console.debug(PREFIX, message, ...details)
  },
}
