import { describe, expect, it } from 'vitest';
import { isMessageTree, textI18n } from '../../../src/i18n/core.ts';

describe('textI18n (the catalogue-free t() that client scripts use with their page’s messages)', () => {
  const page = textI18n('en', {
    charts: { median: 'median {value}', noValueLine: { one: '{count} city', other: '{count} cities' } },
  });

  it('fills messages and chooses plurals like the build’s i18n', () => {
    expect(page.t('charts.median', { value: '5%' })).toBe('median 5%');
    expect(page.t('charts.noValueLine', { count: 1 })).toBe('1 city');
    expect(page.t('charts.noValueLine', { count: 5000 })).toBe('5,000 cities');
  });

  it('says which message the page did not hand over', () => {
    expect(() => page.t('charts.noValue', { reason: 'withheld' })).toThrow(/No interface text "charts.noValue"/);
  });
});

describe('isMessageTree', () => {
  it.each([
    [{ a: 'x', b: { c: 'y', d: { one: '1', other: 'n' } } }, true],
    [{}, true],
    [{ a: 1 }, false],
    [{ a: { other: 5 } }, false],
    [['x'], false],
    [null, false],
    ['x', false],
  ])('%j -> %s', (value, expected) => expect(isMessageTree(value)).toBe(expected));
});
