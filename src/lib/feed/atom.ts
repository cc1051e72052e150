/*
 * A small Atom 1.0 writer (RFC 4287): a feed with its id, title, updated, author and links, and
 * entries with id, title, updated, a link and an optional summary. Text is XML-escaped; nothing else
 * is produced, so the output is well-formed by construction (tests/unit/lib/feed/atom.test.ts parses it).
 */

export interface AtomLink {
  readonly href: string;
  readonly rel?: 'alternate' | 'self' | 'related';
  readonly type?: string;
}

export interface AtomEntry {
  /** A permanent, absolute IRI (RFC 4287 §4.2.6). */
  readonly id: string;
  readonly title: string;
  /** RFC 3339 date-time. */
  readonly updated: string;
  readonly published?: string;
  readonly link: AtomLink;
  readonly summary?: string;
}

export interface AtomFeed {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly updated: string;
  readonly author: string;
  readonly links: readonly AtomLink[];
  readonly entries: readonly AtomEntry[];
}

export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** `2023-05-03` -> `2023-05-03T00:00:00Z`; a full date-time is kept. */
export function atomDate(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  if (!Number.isNaN(Date.parse(date)) && /^\d{4}-\d{2}-\d{2}T/.test(date)) return new Date(date).toISOString().replace(/\.000Z$/, 'Z');
  throw new Error(`Not an RFC 3339 date: "${date}"`);
}

const element = (name: string, text: string) => `<${name}>${xmlEscape(text)}</${name}>`;
const link = (l: AtomLink) =>
  `<link href="${xmlEscape(l.href)}"${l.rel ? ` rel="${l.rel}"` : ''}${l.type ? ` type="${xmlEscape(l.type)}"` : ''}/>`;

function entryXml(e: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', e.id)}`,
    `    ${element('title', e.title)}`,
    `    ${element('updated', atomDate(e.updated))}`,
    ...(e.published ? [`    ${element('published', atomDate(e.published))}`] : []),
    `    ${link(e.link)}`,
    ...(e.summary ? [`    ${element('summary', e.summary)}`] : []),
    '  </entry>',
  ].join('\n');
}

export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    ...(feed.subtitle ? [`  ${element('subtitle', feed.subtitle)}`] : []),
    `  ${element('updated', atomDate(feed.updated))}`,
    `  <author>${element('name', feed.author)}</author>`,
    ...feed.links.map((l) => `  ${link(l)}`),
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
