const METHODS_WITHOUT_BODY: ReadonlySet<string> = new Set(['GET', 'HEAD'])

/** Whether fetch() refuses a body on this method (it throws a TypeError for GET and HEAD). */
export function methodForbidsBody(method: string): boolean {
  return METHODS_WITHOUT_BODY.has(method.toUpperCase())
}
