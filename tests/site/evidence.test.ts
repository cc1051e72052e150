// Evidence on the built Almaty profile (issue 12): every answer part with evidence links to its
// source lines (and the link lands on an id of the source page, once that page is built), every
// yes/no says how it was read or why there is none, and the numbers carry the city's own words.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attr, findAll, textOf } from '../helpers/html.ts';
import type { Element, HtmlDocument } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';
import { almatyResponse } from '../helpers/almaty.ts';
import { formatLineSpec } from '../../src/schemas/evidence.ts';
import type { LineRange } from '../../src/schemas/evidence.ts';
import { sourcePath } from '../../src/lib/urls.ts';
import { getEdition } from '../../src/questionnaire/index.ts';

const load = (path: string): HtmlDocument => parseHtml(readFileSync(join(DIST, path), 'utf8'));
const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const text = (el: Element) => textOf(el).replace(/\s+/g, ' ').trim();

const almaty = almatyResponse();
const profile = load('cities/almaty/index.html');
const answers = findAll(profile, (el) => attr(el, 'data-answer') !== undefined && attr(el, 'data-answer') !== '');
const fieldOf = (path: string) => {
  const [qid, key] = [path.slice(0, path.lastIndexOf('.')), path.slice(path.lastIndexOf('.') + 1)];
  const block = answers.find((el) => attr(el, 'data-answer') === qid);
  return block && findAll(block, (el) => attr(el, 'data-field') === `${qid}.${key}`)[0];
};
const evidenceFields = Object.entries(almaty.evidence.fields).flatMap(([qid, byKey]) =>
  Object.entries(byKey).map(([key, e]) => ({ path: `${qid}.${key}`, lines: e.lines })),
);
const anchor = (r: LineRange) => (r.from === r.to ? `L${String(r.from)}` : `L${String(r.from)}-L${String(r.to)}`);
// The source page is another part of the site (issue 12 §1): once it is built, each link must land on one of its ids.
const SOURCE_PAGE = join(DIST, sourcePath('almaty').slice(1), 'index.html');
const sourceIds = existsSync(SOURCE_PAGE)
  ? new Set(findAll(parseHtml(readFileSync(SOURCE_PAGE, 'utf8')), (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')))
  : undefined;

describe('source lines on the Almaty profile', () => {
  it('has evidence to show', () => {
    expect(evidenceFields.length).toBeGreaterThan(50);
  });
  it.each(evidenceFields)('$path shows its lines and links each range', ({ path, lines }) => {
    const field = fieldOf(path);
    if (!field) throw new Error(`${path}: no data-field on the profile`);
    const line = findAll(field, (el) => hasClass(el, 'answer__source'))[0];
    if (!line) throw new Error(`${path}: no source line`);
    expect(text(line)).toMatch(/^In the source: lines? /);
    const links = findAll(line, (el) => el.nodeName === 'a');
    expect(links.map((a) => attr(a, 'href'))).toEqual(lines.map((r) => `${sourcePath('almaty')}#${anchor(r)}`));
    if (sourceIds) expect(lines.map(anchor).filter((id) => !sourceIds.has(id))).toEqual([]);
    expect(links.map(text).join(', ')).toBe(formatLineSpec(lines).replace(/-/g, '–'));
  });
});

describe('how each yes/no of the Almaty profile was read', () => {
  const closed = getEdition(2022).questions.flatMap((q) => q.fields.filter((f) => f.kind === 'closed').map((f) => `${q.id}.${f.key}`));
  it.each(closed)('%s shows its basis, or the words for no answer', (path) => {
    const field = fieldOf(path);
    // A question with nothing at all says "Not answered" once, without parts.
    const shown = field ?? answers.find((el) => attr(el, 'data-answer') === path.slice(0, path.lastIndexOf('.')));
    const state = shown && findAll(shown, (el) => hasClass(el, 'closed'))[0];
    if (!state) throw new Error(`${path}: no closed answer shown`);
    const value = attr(state, 'data-state');
    if (value === 'yes' || value === 'no') expect(text(state)).toMatch(/ — (box ticked|written in the answer)$/);
    else expect(['not_legible_in_source', 'not_answered']).toContain(value);
  });
  it('shows Almaty’s five written yes answers as written', () => {
    const written = findAll(profile, (el) => attr(el, 'data-answer') !== undefined).flatMap((block) =>
      findAll(block, (el) => hasClass(el, 'closed') && attr(el, 'data-basis') === 'written').map(() => attr(block, 'data-answer')),
    );
    expect(written).toEqual(['III.1', 'III.4', 'V.2', 'VII.1', 'VIII.1']);
  });
  it('counts the yes answers of the summary by how they were read', () => {
    const tally = findAll(profile, (el) => hasClass(el, 'checklist__tally'))[0];
    if (!tally) throw new Error('no yes/no tally');
    expect(text(tally)).toContain('5 yes (5 written in the answer)');
  });
});

describe('numbers in the city’s own words', () => {
  it.each([
    ['services-online', 'The overall share of electronic services was 93.3%.'],
    ['satisfaction', '85,13 % population satisfaction rating for year of 2022'],
  ])('the %s card quotes the city', (indicator, quote) => {
    const card = findAll(profile, (el) => attr(el, 'data-indicator') === indicator)[0];
    if (!card) throw new Error(`no ${indicator} card`);
    expect(text(card)).toContain(`In the city’s words: ${quote}`);
  });
  it('the IV.1 share shows its quote on the answer', () => {
    const field = fieldOf('IV.1.percent');
    expect(field && text(field)).toContain('The overall share of electronic services was 93.3%.');
  });
});
