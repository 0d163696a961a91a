import type { Disclosure, Footer } from '../schemas.ts';

/**
 * The shapes of the demo portal's content: the two sites and what they publish, dated back from the demo's
 * day so the portal looks alive whenever the demo is made. The texts are written for this project about the
 * demo county's work; they name no real person and carry no personal data.
 */
export interface DemoSite {
  /** 12-digit region code. */
  regionCode: string;
  name: string;
  isPrimary: boolean;
  footer: Footer;
  logoAlt: string;
}

export interface DemoArticle {
  /** The slug of the default column it goes in. */
  column: string;
  title: string;
  /** Published this many days before the demo's day, at `time` (HH:mm, China time). */
  daysAgo: number;
  time: string;
  source?: string;
  author?: string;
  organisation?: string;
  /** Paragraphs; a line starting with `## ` is a heading, lines starting with `- ` make a list. */
  body: string[];
}

export interface DemoDisclosure extends Omit<DemoArticle, 'column'> {
  /** The disclosure's fields; the period is given in days from the demo's day (negative: before it). */
  fields: Omit<Disclosure, 'periodFrom' | 'periodTo'>;
  periodDays: [from: number, to: number];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The body's HTML. Lines are plain text, escaped here, except the `[text](/path)` links the demo puts in on
 * purpose (to the town's site, to a column), which become anchors.
 */
export function bodyHtml(lines: readonly string[]): string {
  const html: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) html.push(`<ul>${list.map((li) => `<li>${li}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of lines) {
    const text = inline(line.replace(/^(## |- )/, ''));
    if (line.startsWith('- ')) {
      list.push(text);
      continue;
    }
    flush();
    html.push(line.startsWith('## ') ? `<h3>${text}</h3>` : `<p>${text}</p>`);
  }
  flush();
  return html.join('');
}

function inline(line: string): string {
  return escape(line).replace(
    /\[([^\]]+)\]\((\/[^)\s]*)\)/g,
    (_, label: string, href: string) => `<a href="${href}">${label}</a>`,
  );
}

/** The demo's day minus `days`, at `time` China time, as an instant. */
export function daysBefore(today: string, days: number, time: string): Date {
  const day = new Date(`${today}T${time}:00+08:00`);
  day.setUTCDate(day.getUTCDate() - days);
  return day;
}

/** The demo's day plus `days` (may be negative), as YYYY-MM-DD. */
export function dayOffset(today: string, days: number): string {
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
