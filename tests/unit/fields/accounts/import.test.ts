import { describe, expect, it } from 'vitest';
import { importer, isPlatformName } from '../../../../src/fields/accounts/import.ts';
import { answerLine, DIARY, field, finishContext, LIGHTHOUSE, readContext, readingsOf } from '../import-fixtures.ts';

describe('accounts importer', () => {
  it.each([
    ['Facebook: https://facebook.example.org/lowmoor', { platform: 'Facebook', url: 'https://facebook.example.org/lowmoor' }],
    ['- Telegram channel (https://t.example.org/lowmoor)', { platform: 'Telegram channel', url: 'https://t.example.org/lowmoor' }],
  ])('reads "%s"', (text, account) => {
    const outcome = importer.read?.(answerLine(text), readContext());
    expect(outcome).toMatchObject({ done: true, readings: { answered: true, lastText: null } });
    expect(outcome?.readings.accounts).toEqual([account]);
  });

  it.each([
    ['a long label (a labelled link)', 'The keeper’s page on the town website: https://a.example.org', readingsOf()],
    ['a URL then a label', 'https://facebook.example.org/lowmoor - Facebook', readingsOf()],
    ['a bare URL', 'https://facebook.example.org/lowmoor', readingsOf()],
    ['a question without an accounts field', 'Facebook: https://facebook.example.org/lowmoor', readingsOf(DIARY)],
  ])('declines %s', (_, text, readings) => {
    expect(importer.read?.(answerLine(text), readContext(readings))).toBeNull();
  });

  it.each([
    ['VK', true],
    ['Official Telegram channel', true],
    ['Our city on a popular network', false],
    ['A platform name well over thirty characters', false],
  ])('"%s" is a platform name: %s', (label, expected) => {
    expect(isPlatformName(label)).toBe(expected);
  });

  it('finishes with the accounts and their URLs', () => {
    const accounts = [{ platform: 'VK', url: 'https://vk.example.org/lowmoor' }];
    expect(importer.finish(field('accounts'), finishContext(readingsOf(LIGHTHOUSE, { accounts })))).toEqual({
      value: accounts,
      urls: ['https://vk.example.org/lowmoor'],
    });
    expect(importer.finish(field('accounts'), finishContext(readingsOf()))).toEqual({});
  });
});
