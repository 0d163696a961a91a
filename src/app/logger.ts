import type { FastifyServerOptions } from 'fastify';

/**
 * Structured logs with request ids. Personal data never reaches them: request lines carry the path without the
 * query string (searches may hold an ID number), bodies are not logged, and known personal fields are redacted.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        '*.idNumber',
        '*.phone',
        '*.bankAccount',
        '*.disabilityCert',
        '*.password',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        path: req.url.split('?')[0],
        id: req.id,
      }),
    },
  };
}
