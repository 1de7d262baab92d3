import { describe, expect, test } from 'vitest'
import { ExchangeDesk } from '../../src/transport/exchange-desk'
import { SERVER_STATE } from './arrange-node-mock'

const TICKET = { server: SERVER_STATE, now: 0 }

describe('ExchangeDesk', () => {
  test('gives each open exchange its own id', () => {
    const desk = new ExchangeDesk()
    expect([desk.open(TICKET), desk.open(TICKET)]).toEqual(['1', '2'])
  })

  test('hands a ticket out once, so a replayed request finds none', () => {
    const desk = new ExchangeDesk()
    const id = desk.open(TICKET)
    expect(desk.claim(id)).toBe(TICKET)
    expect(desk.claim(id)).toBeNull()
  })

  test('returns the recorded outcome once, on close', () => {
    const desk = new ExchangeDesk()
    const id = desk.open(TICKET)
    const outcome = { ok: false, error: new Error('boom') } as const
    desk.record(id, outcome)
    expect(desk.close(id)).toBe(outcome)
    expect(desk.close(id)).toBeNull()
  })

  test('forgets an unclaimed ticket when its exchange closes', () => {
    const desk = new ExchangeDesk()
    const id = desk.open(TICKET)
    expect(desk.close(id)).toBeNull()
    expect(desk.claim(id)).toBeNull()
  })
})
