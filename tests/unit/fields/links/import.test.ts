import { describe, expect, it } from 'vitest';
import { addLinks, importer } from '../../../../src/fields/links/import.ts';
import type { QuestionDef } from '../../../../src/questionnaire/index.ts';
import { answerLine, DIARY, field, finishContext, LIGHTHOUSE, readContext, readingsOf } from '../import-fixtures.ts';

const TWO_LISTS: QuestionDef = {
  ...DIARY,
  fields: [
    { key: 'maps', kind: 'links', label: 'Maps' },
    { key: 'charts', kind: 'links', label: 'Charts' },
  ],
};

describe('links importer', () => {
  it.each([
    ['a line of URLs', 'https://a.example.org, https://b.example.org', ['https://a.example.org', 'https://b.example.org']],
    ['a URL then its label', 'https://a.example.org/map - Harbour map', [{ url: 'https://a.example.org/map', label: 'Harbour map' }]],
    ['a label then its URL', 'Harbour map: https://a.example.org/map', [{ url: 'https://a.example.org/map', label: 'Harbour map' }]],
  ])('reads %s', (_, text, links) => {
    const outcome = importer.read?.(answerLine(text), readContext(readingsOf(LIGHTHOUSE, { lastText: { key: 'explanation', line: 9 } })));
    expect(outcome).toMatchObject({ done: true, readings: { answered: true, lastText: null } });
    expect(outcome?.readings.links.get('links')).toEqual(links);
  });

  it.each([
    ['a URL inside a sentence', 'The map at https://a.example.org is old.', readingsOf(), null],
    ['a line without URLs', 'The harbour map.', readingsOf(), null],
    ['two links fields and no label seen', 'https://a.example.org', readingsOf(TWO_LISTS), null],
  ])('declines %s', (_, text, readings, labelled) => {
    expect(importer.read?.(answerLine(text), readContext(readings, labelled))).toBeNull();
  });

  it('writes to the links field labelled last when the question has several', () => {
    const outcome = importer.read?.(answerLine('https://a.example.org'), readContext(readingsOf(TWO_LISTS), field('charts', TWO_LISTS)));
    expect(outcome?.readings.links.get('charts')).toEqual(['https://a.example.org']);
  });

  it('keeps each URL once, the first way it was written', () => {
    expect(addLinks(['https://a.example.org'], [{ url: 'https://a.example.org', label: 'A' }, 'https://b.example.org'])).toEqual([
      'https://a.example.org',
      'https://b.example.org',
    ]);
  });

  it('finishes with the links and their URLs for the report', () => {
    const links = new Map([['links', ['https://a.example.org', { url: 'https://b.example.org', label: 'B' }]]]);
    expect(importer.finish(field('links'), finishContext(readingsOf(LIGHTHOUSE, { links })))).toEqual({
      value: ['https://a.example.org', { url: 'https://b.example.org', label: 'B' }],
      urls: ['https://a.example.org', 'https://b.example.org'],
    });
    expect(importer.finish(field('links'), finishContext(undefined))).toEqual({});
  });
});
