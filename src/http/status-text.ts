const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
}

/** The reason phrase HTTP/1.1 servers conventionally send with a status code. */
export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? ''
}
