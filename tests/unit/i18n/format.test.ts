import { describe, expect, it } from 'vitest';
import { fillTemplate, splitTemplate } from '../../../src/i18n/format.ts';
import { lookup } from '../../../src/i18n/core.ts';

const formatNumber = (n: number) => `#${String(n)}`;

describe('splitTemplate', () => {
  // The same templates twice, with other values: templates are cut once and kept, the values never.
  it.each([
    ['See the {link}.', {}, ['See the ', { slot: 'link' }, '.']],
    ['See the {link}.', { link: 'map' }, ['See the map.']],
    ['{a}{b}', { a: 'x' }, ['x', { slot: 'b' }]],
    ['{a}{b}', { a: 'x', b: 'y' }, ['xy']],
    ['{count} cities', { count: 3 }, ['#3 cities']],
    ['{count} cities', { count: 4 }, ['#4 cities']],
    ['No placeholder', { count: 4 }, ['No placeholder']],
    ['', {}, []],
    ['{empty} and {name}', { empty: '', name: 'n' }, [' and n']],
  ])('%j with %j', (template, params, want) => {
    expect(splitTemplate(template, params, formatNumber)).toEqual(want);
  });

  it('fills every placeholder, or names the one missing', () => {
    expect(fillTemplate('{x} of {y}', { x: 1, y: 'two' }, formatNumber)).toBe('#1 of two');
    expect(fillTemplate('{x} of {y}', { x: 2, y: 'three' }, formatNumber)).toBe('#2 of three');
    expect(() => fillTemplate('{x} of {y}', { x: 1 }, formatNumber)).toThrow('needs a value for {y}');
  });
});

describe('lookup', () => {
  it('finds a message per catalogue, and refuses an unknown key each time it is asked', () => {
    const one = { a: { b: 'first' } };
    const two = { a: { b: 'second' } };
    expect(lookup(one, 'a.b')).toBe('first');
    expect(lookup(two, 'a.b')).toBe('second');
    expect(lookup(one, 'a.b')).toBe('first');
    expect(() => lookup(one, 'a.c')).toThrow('No interface text "a.c"');
    expect(() => lookup(one, 'a.c')).toThrow('No interface text "a.c"');
    expect(() => lookup(one, 'a')).toThrow('No interface text "a"');
  });
});
