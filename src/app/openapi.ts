import type { App } from './context.ts';

/** The OpenAPI document as committed in openapi.json (stable formatting, trailing newline). */
export function openApiText(app: App): string {
  return `${JSON.stringify(app.swagger(), null, 2)}\n`;
}
