import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/*
 * The checks RFC 4287 makes of a feed: a single <feed> in the Atom namespace with one id, title and
 * updated (a date-time), an author (on the feed or every entry), and entries that each have one id
 * (an absolute IRI), one title, one updated and a link or content. Returns what is wrong, [] if nothing.
 */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

const children = (el: Element, name: string) => el.children.filter((c): c is Element => c.type === 'tag' && c.name === name);
const textOf = (el: Element | undefined): string =>
  el ? el.children.map((c) => ('data' in c ? String(c.data) : c.type === 'tag' ? textOf(c) : '')).join('') : '';

function required(el: Element, where: string, name: string, problems: string[]): Element | undefined {
  const found = children(el, name);
  if (found.length === 0) problems.push(`${where}: no ${name}`);
  else if (found.length > 1) problems.push(`${where}: ${found.length} ${name} elements`);
  return found[0];
}

export function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  const doc = parseDocument(xml, { xmlMode: true });
  const feeds = doc.children.filter((c): c is Element => c.type === 'tag');
  const feed = feeds[0];
  if (feeds.length !== 1 || !feed || feed.name !== 'feed') return ['not one <feed> root element'];
  if (feed.attribs['xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('feed: not in the Atom namespace');
  const id = required(feed, 'feed', 'id', problems);
  if (id && !ABSOLUTE_IRI.test(textOf(id))) problems.push(`feed: id "${textOf(id)}" is not an absolute IRI`);
  required(feed, 'feed', 'title', problems);
  const updated = required(feed, 'feed', 'updated', problems);
  if (updated && !RFC3339.test(textOf(updated))) problems.push(`feed: updated "${textOf(updated)}" is not RFC 3339`);
  const feedAuthor = children(feed, 'author').some((a) => textOf(children(a, 'name')[0]).trim() !== '');
  if (!children(feed, 'link').some((l) => l.attribs['rel'] === 'self')) problems.push('feed: no rel="self" link');
  children(feed, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const entryId = required(entry, where, 'id', problems);
    if (entryId && !ABSOLUTE_IRI.test(textOf(entryId))) problems.push(`${where}: id "${textOf(entryId)}" is not an absolute IRI`);
    required(entry, where, 'title', problems);
    const entryUpdated = required(entry, where, 'updated', problems);
    if (entryUpdated && !RFC3339.test(textOf(entryUpdated))) problems.push(`${where}: updated "${textOf(entryUpdated)}" is not RFC 3339`);
    const links = children(entry, 'link');
    if (links.some((l) => !l.attribs['href'])) problems.push(`${where}: a link without href`);
    if (!links.some((l) => (l.attribs['rel'] ?? 'alternate') === 'alternate') && children(entry, 'content').length === 0)
      problems.push(`${where}: no alternate link and no content`);
    if (!feedAuthor && children(entry, 'author').length === 0) problems.push(`${where}: no author, and the feed has none`);
  });
  return problems;
}
