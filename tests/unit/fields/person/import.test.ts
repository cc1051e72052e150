import { describe, expect, it } from 'vitest';
import { importer, personPart, readPersonLine } from '../../../../src/fields/person/import.ts';
import { answerLine, DIARY, field, finishContext, LIGHTHOUSE, readContext, readingsOf } from '../import-fixtures.ts';

describe('person lines', () => {
  it.each([
    ['Name: Ada Lowmoor', { part: 'name', value: 'Ada Lowmoor' }],
    ['- Job title: Keeper', { part: 'title', value: 'Keeper' }],
    ['E-mail address: mailto:ada@lowmoor.example.org', { part: 'email', value: 'ada@lowmoor.example.org' }],
    ['Tel.: +00 555 0100', { part: 'phone', value: '+00 555 0100' }],
    ['Department: Harbour office', { part: 'organization', value: 'Harbour office' }],
    ['Title:', { part: 'title', value: '' }],
    ['The keeper’s name is Ada.', null],
  ])('%s', (text, expected) => {
    expect(readPersonLine(text)).toEqual(expected);
  });

  it.each([
    ['Mobile', 'phone'],
    ['Position', 'title'],
    ['Organisation', 'organization'],
    ['Full name', 'name'],
  ])('the label "%s" is the %s', (label, part) => {
    expect(personPart(label)).toBe(part);
  });
});

describe('person importer', () => {
  const read = (text: string, readings = readingsOf()) => importer.read?.(answerLine(text), readContext(readings));

  it('collects the parts of one person', () => {
    const named = read('Name: Ada Lowmoor')?.readings;
    const titled = read('Title: Keeper', named)?.readings;
    expect(titled?.person.get('keeper')).toEqual({ name: 'Ada Lowmoor', title: 'Keeper' });
    expect(titled?.answered).toBe(true);
  });

  it('reports a second value of a part instead of overwriting the first', () => {
    const named = read('Name: Ada Lowmoor')?.readings;
    const again = read('Name: Bob Lowmoor', named);
    expect(again).toMatchObject({ done: true, unplaced: 'X.1 Keeper: a second name' });
    expect(again?.readings.person.get('keeper')).toEqual({ name: 'Ada Lowmoor' });
  });

  it('treats a label left blank as the form’s text, and declines in a question without a person', () => {
    expect(read('Title:')).toMatchObject({ done: true, formText: true, readings: { answered: false } });
    expect(read('Name: Ada Lowmoor', readingsOf(DIARY))).toBeNull();
  });

  it('finishes with the parts read, or nothing', () => {
    const person = new Map([['keeper', { name: 'Ada Lowmoor' }]]);
    expect(importer.finish(field('keeper'), finishContext(readingsOf(LIGHTHOUSE, { person })))).toEqual({ value: { name: 'Ada Lowmoor' } });
    expect(importer.finish(field('keeper'), finishContext(readingsOf()))).toEqual({});
  });
});
