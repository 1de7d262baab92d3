import { errorResponse } from './json-response'
import type { Route, RouteContext } from './route'
import { login } from './routes/login'
import { logout } from './routes/logout'
import { profile } from './routes/profile'
import type { ServerReply } from './server-reply'
import { failed, passed } from './steps'

/** Every endpoint the monolith serves. */
export const ROUTES: readonly Route[] = [
  {
    method: 'POST',
    path: '/login',
    summary: 'log in with username and password',
    handle: login,
  },
  { method: 'GET', path: '/profile', summary: 'who is logged in', handle: profile },
  { method: 'POST', path: '/logout', summary: 'log out', handle: logout },
]

const KNOWN_ROUTES = ROUTES.map((route) => `${route.method} ${route.path}`)

/**
 * Finds the route for a request's method and path and runs it. An unknown path
 * gets a 404 listing the routes there are; a known path with another method gets
 * a 405 with `Allow` (RFC 9110 §15.5.6).
 */
export async function routeRequest(
  context: RouteContext,
  path: string,
): Promise<ServerReply> {
  const { state, request } = context
  // Methods are case-sensitive (RFC 9110 §9.1): "get" is not GET.
  const method = request.method
  const route = ROUTES.find(
    (candidate) => candidate.path === path && candidate.method === method,
  )
  if (route !== undefined) {
    const matched = passed('route.matched', `${method} ${path}: ${route.summary}.`)
    const reply = await route.handle(context)
    return { ...reply, steps: [matched, ...reply.steps] }
  }

  const allowed = ROUTES.filter((candidate) => candidate.path === path).map(
    (r) => r.method,
  )
  if (allowed.length > 0) {
    const message = `${path} does not accept ${method}; it accepts ${allowed.join(', ')}.`
    return {
      response: errorResponse(405, 'method_not_allowed', message, [
        { name: 'Allow', value: allowed.join(', ') },
      ]),
      server: state,
      steps: [failed('route.unknown', message)],
    }
  }
  const message = `There is no route for ${method} ${path}. This server knows ${KNOWN_ROUTES.join(', ')}.`
  return {
    response: errorResponse(404, 'not_found', message, [], { routes: KNOWN_ROUTES }),
    server: state,
    steps: [failed('route.unknown', message)],
  }
}
