import { describe, expect, it } from 'vitest';
import {
  closedAnswers,
  closedFields,
  closedTally,
  editionIndicators,
  getIndicator,
  indicatorValue,
  NUMERIC_INDICATORS,
  summarize,
} from '../../../../src/lib/indicators/index.ts';
import type { IndicatorValue } from '../../../../src/lib/indicators/index.ts';
import { createI18n } from '../../../../src/i18n/index.ts';
import { checklistItems, getQuestion } from '../../../../src/questionnaire/index.ts';

const STRATEGY_ITEMS = checklistItems(getQuestion(2022, 'III.2')!).map((f) => f.key);
import { fictionalResponse } from '../../../helpers/responses.ts';

const v = (value: number): IndicatorValue => ({ kind: 'value', value });
const m: IndicatorValue = { kind: 'missing', reason: 'not_given' };

describe('summarize', () => {
  it('computes n, median, quartiles, min and max over present values only', () => {
    const s = summarize([v(10), m, v(30), v(20), v(40), m]);
    expect(s).toMatchObject({ n: 4, missing: 2, min: 10, max: 40, median: 25, q1: 17.5, q3: 32.5 });
    expect(s.missingByReason).toEqual({ not_given: 2 });
  });
  it('at n = 1 the median is the one value', () => {
    expect(summarize([v(93.3)])).toMatchObject({ n: 1, missing: 0, median: 93.3, min: 93.3, max: 93.3 });
  });
  it('with nothing present has no median (never zero)', () => {
    const s = summarize([m, { kind: 'missing', reason: 'withheld' }]);
    expect(s.n).toBe(0);
    expect(s.median).toBeUndefined();
    expect(s.missingByReason).toEqual({ not_given: 1, withheld: 1 });
  });
});

describe('numeric indicators', () => {
  it('reads percentages from their questions and keeps missing values missing', () => {
    const r = fictionalResponse('a', { 'IV.1': { percent: 80 }, 'V.3': { explanation: 'No survey yet.' } });
    expect(indicatorValue(r, getIndicator('services-online'))).toEqual(v(80));
    expect(indicatorValue(r, getIndicator('satisfaction'))).toEqual({ kind: 'missing', reason: 'not_given' });
  });
  it('reports withheld values as withheld', () => {
    const r = fictionalResponse('a', { 'III.3': { percent: 2 } }, { withheld: ['III.3.percent'] });
    expect(indicatorValue(r, getIndicator('digital-budget'))).toEqual({ kind: 'missing', reason: 'withheld' });
  });
  it('counts strategy items only when every item can be read', () => {
    const items = Object.fromEntries(STRATEGY_ITEMS.map((key, i) => [key, i < 5 ? 'yes' : 'no']));
    expect(indicatorValue(fictionalResponse('a', { 'III.2': items }), getIndicator('strategy-items'))).toEqual(v(5));
    const illegible = { ...items, sendai: 'not_legible_in_source' };
    expect(indicatorValue(fictionalResponse('b', { 'III.2': illegible }), getIndicator('strategy-items'))).toEqual({
      kind: 'missing',
      reason: 'not_legible_in_source',
    });
    expect(indicatorValue(fictionalResponse('c'), getIndicator('strategy-items'))).toEqual({ kind: 'missing', reason: 'not_answered' });
  });
  it('counts distinct portals across I.1 and I.2, and social media accounts', () => {
    const r = fictionalResponse('a', {
      'I.1': { portals: ['https://city.example/', 'https://city.example'] },
      'I.2': { e_services: ['https://services.city.example'], other: [{ url: 'https://open.city.example', label: 'Open data' }] },
      'VI.1': { accounts: [{ platform: 'X', url: 'https://x.example/city' }] },
    });
    expect(indicatorValue(r, getIndicator('portals'))).toEqual(v(3));
    expect(indicatorValue(r, getIndicator('social-accounts'))).toEqual(v(1));
    expect(indicatorValue(fictionalResponse('b'), getIndicator('portals'))).toEqual({ kind: 'missing', reason: 'not_given' });
  });
  it('every indicator names its question and unit', () => {
    for (const i of NUMERIC_INDICATORS) {
      expect(i.questionId).toMatch(/^[IVX]+\.\d+$/);
      expect(i.unit).not.toBe('');
    }
  });
});

describe('closed answers', () => {
  it('lists every closed field, the 16 strategy items included', () => {
    const ids = closedFields(2022).map((c) => c.id);
    expect(ids).toContain('II.1.national');
    expect(ids).toContain('III.2.sendai');
    expect(ids.filter((id) => id.startsWith('III.2.'))).toHaveLength(16);
  });
  it('tallies states across responses, keeping not legible apart from no', () => {
    const a = fictionalResponse('a', { 'IV.3': { answer: 'yes' } });
    const b = fictionalResponse('b', { 'IV.3': { answer: 'not_legible_in_source' } });
    const c = fictionalResponse('c', { 'IV.3': { answer: 'no' } });
    expect(closedTally([a, b, c], 'IV.3.answer')).toEqual({ yes: 1, no: 1, not_answered: 0, not_legible_in_source: 1, withheld: 0 });
    expect(closedAnswers(a).find((x) => x.closed.id === 'IV.3.answer')?.state).toBe('yes');
  });
});

describe('indicators as the edition declares them', () => {
  it.each([
    ['services-online', 'IV.1', '%', 100],
    ['services-mobile', 'IV.2', '%', 100],
    ['satisfaction', 'V.3', '%', 100],
    ['digital-budget', 'III.3', '%', 100],
    ['strategy-items', 'III.2', 'items', 16],
    ['portals', 'I.1', 'portals', undefined],
    ['social-accounts', 'VI.1', 'accounts', undefined],
  ] as const)('2022 reads %s from %s (%s, max %s)', (id, questionId, unit, max) => {
    const i = editionIndicators(2022).find((x) => x.id === id);
    expect(i).toMatchObject({ edition: 2022, questionId, unit });
    expect(i?.max).toBe(max);
  });

  it('describes each indicator with the edition’s own numbers, in the build’s language', () => {
    const portals = getIndicator('portals', 2022);
    expect(portals.description).toBe(
      'Distinct sites listed under I.1 (Official e-government portal) and I.2 (Portals for specific services): language versions of one site, and pages inside a site already listed, count once.',
    );
    expect(getIndicator('strategy-items', 2022).description).toMatch(/^Number of the 16 strategy checklist items/);
    const pseudo = editionIndicators(2022, createI18n('en-XA')).find((x) => x.id === 'portals');
    expect(pseudo?.label).not.toBe(portals.label);
    expect(pseudo?.questionId).toBe('I.1');
  });

  it.each([
    ['services-online', /^%$/],
    ['portals', /^⟦.+⟧$/],
    ['strategy-items', /^⟦.+⟧$/],
  ])('writes the unit of %s in the build’s language (%s): what is counted comes from the catalogue', (id, unit) => {
    expect(editionIndicators(2022, createI18n('en-XA')).find((x) => x.id === id)?.unit).toMatch(unit);
  });

  it('refuses an indicator the edition does not declare', () => {
    expect(() => getIndicator('no-such-indicator', 2022)).toThrow(/Unknown indicator no-such-indicator in the 2022 questionnaire/);
  });
});
