import { describe, expect, it } from 'vitest';
import { answerCategory, answerWithoutPart, publicAnswer } from '../../../src/fields/index.ts';
import type { FieldAnswer } from '../../../src/fields/index.ts';

const cio: FieldAnswer = { kind: 'person', value: { name: 'Ana', email: 'ana@city.example', phone: '+33 1 23 45 67 89' } };
const portals: FieldAnswer = { kind: 'links', value: [{ url: 'https://a.example/' }] };

describe('publicAnswer: what downloads and search may carry', () => {
  it.each([
    ['a person loses e-mail and phone', cio, { kind: 'person', value: { name: 'Ana' } }],
    ['a person with only private parts has nothing left', { kind: 'person', value: { email: 'a@b.example' } }, undefined],
    ['other kinds are unchanged', portals, portals],
  ] as const)('%s', (_what, answer, expected) => {
    expect(publicAnswer(answer)).toEqual(expected);
  });
});

describe('answerWithoutPart: a withheld part of a record', () => {
  it.each([
    ['phone of a person', cio, 'phone', { kind: 'person', value: { name: 'Ana', email: 'ana@city.example' } }],
    ['the only part of a person', { kind: 'person', value: { name: 'Ana' } }, 'name', undefined],
    ['a kind without parts is unchanged', portals, 'url', portals],
  ] as const)('%s', (_what, answer, part, expected) => {
    expect(answerWithoutPart(answer, part)).toEqual(expected);
  });
});

describe('answerCategory: the chart category of closed and choice answers', () => {
  it.each([
    [{ kind: 'closed', value: 'not_legible_in_source' }, 'not_legible_in_source'],
    [{ kind: 'choice', value: 'other' }, 'other'],
    [{ kind: 'percent', value: 12 }, undefined],
    [portals, undefined],
  ] as const)('%j -> %s', (answer, expected) => {
    expect(answerCategory(answer)).toBe(expected);
  });
});
