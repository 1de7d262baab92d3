import { describe, expect, it } from 'vitest'
import type { HttpRequest, HttpResponse } from '../../src/http/message'
import {
  formatExchange,
  formatRequest,
  formatResponse,
  isCredentialHeader,
  requestLines,
} from '../../src/trace/format-http'

const login: HttpRequest = {
  method: 'POST',
  url: 'https://example.com/login',
  headers: [
    { name: 'Host', value: 'example.com' },
    { name: 'Content-Type', value: 'application/json' },
  ],
  body: '{"username":"alice","password":"securepassword123"}',
}

const loggedIn: HttpResponse = {
  status: 200,
  statusText: 'OK',
  headers: [
    { name: 'Content-Type', value: 'application/json; charset=utf-8' },
    {
      name: 'Set-Cookie',
      value: 'session_id=abc; HttpOnly; Secure; SameSite=Strict; Path=/',
    },
    { name: 'Set-Cookie', value: 'theme=dark; Path=/' },
  ],
  body: '{"message":"Login successful"}',
}

describe('formatRequest', () => {
  it('writes the request line with the path only, then headers, a blank line and the body', () => {
    expect(formatRequest(login)).toBe(
      [
        'POST /login HTTP/1.1',
        'Host: example.com',
        'Content-Type: application/json',
        '',
        '{"username":"alice","password":"securepassword123"}',
      ].join('\n'),
    )
  })

  it('keeps the query string on the request line (origin form, RFC 9112 section 3.2.1)', () => {
    const request = {
      ...login,
      method: 'GET',
      url: 'https://example.com/profile?full=1',
      body: '',
    }
    expect(requestLines(request)[0]).toEqual({
      kind: 'start',
      text: 'GET /profile?full=1 HTTP/1.1',
    })
  })

  it('ends a bodiless request with the blank line', () => {
    const request = {
      ...login,
      method: 'GET',
      url: 'https://example.com/profile',
      body: '',
    }
    expect(formatRequest(request)).toBe(
      'GET /profile HTTP/1.1\nHost: example.com\nContent-Type: application/json\n',
    )
  })
})

describe('formatResponse', () => {
  it('writes the status line and each Set-Cookie on its own line, in order', () => {
    expect(formatResponse(loggedIn)).toBe(
      [
        'HTTP/1.1 200 OK',
        'Content-Type: application/json; charset=utf-8',
        'Set-Cookie: session_id=abc; HttpOnly; Secure; SameSite=Strict; Path=/',
        'Set-Cookie: theme=dark; Path=/',
        '',
        '{"message":"Login successful"}',
      ].join('\n'),
    )
  })

  it('leaves out an empty reason phrase rather than writing a trailing space', () => {
    const response = { ...loggedIn, status: 299, statusText: '', headers: [], body: '' }
    expect(formatResponse(response)).toBe('HTTP/1.1 299\n')
  })
})

describe('formatExchange', () => {
  it('puts the response after the request', () => {
    expect(formatExchange({ request: login, response: loggedIn })).toBe(
      `${formatRequest(login)}\n${formatResponse(loggedIn)}`,
    )
  })
})

describe('isCredentialHeader', () => {
  it('picks out Cookie, Set-Cookie and Authorization in any case', () => {
    const names = ['cookie', 'Set-Cookie', 'AUTHORIZATION', 'Host', 'Content-Type']
    expect(names.filter(isCredentialHeader)).toEqual([
      'cookie',
      'Set-Cookie',
      'AUTHORIZATION',
    ])
  })
})
