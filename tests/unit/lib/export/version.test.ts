import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeSpans, DATASET_VERSION, datasetChangelog, datasetVersion, parseChangelog } from '../../../../src/lib/export/version.ts';

const release = (heading: string, ...items: string[]) => [heading, '', ...items, ''].join('\n');

describe('parseChangelog', () => {
  it('reads each release, newest first, with its changes (continuation lines joined)', () => {
    const text = [
      '# Dataset changelog',
      'Intro text.',
      release('## 2027.03 (2027-03-15)', '- Added: 2022/bravo', '- Corrected: 2022/almaty: III.3 read', '  again from the source.'),
      release('## 2026.12 (2026-12-02)', '- Added: 2022/almaty'),
    ].join('\n');
    expect(parseChangelog(text)).toEqual([
      {
        version: '2027.03',
        date: '2027-03-15',
        changes: [
          { kind: 'Added', text: '2022/bravo' },
          { kind: 'Corrected', text: '2022/almaty: III.3 read again from the source.' },
        ],
      },
      { version: '2026.12', date: '2026-12-02', changes: [{ kind: 'Added', text: '2022/almaty' }] },
    ]);
  });

  it.each([
    ['no release', '# Dataset changelog\n', /no release heading/],
    ['a heading without a date', release('## 2026.12'), /YYYY.MM \(YYYY-MM-DD\)/],
    ['a month 13', release('## 2026.13 (2026-12-02)'), /YYYY.MM/],
    ['an unknown kind of change', release('## 2026.12 (2026-12-02)', '- Removed: 2022/x'), /Added/],
    ['releases out of order', release('## 2026.11 (2026-11-01)') + release('## 2026.12 (2026-12-02)'), /newer/],
  ])('refuses %s', (_what, text, message) => {
    expect(() => parseChangelog(text)).toThrow(message);
  });
});

describe('codeSpans', () => {
  it.each([
    ['plain text', [{ text: 'plain text', code: false }]],
    [
      'IV.4 is `not_legible_in_source` now',
      [
        { text: 'IV.4 is ', code: false },
        { text: 'not_legible_in_source', code: true },
        { text: ' now', code: false },
      ],
    ],
    [
      '`a.csv`, `b.csv`',
      [
        { text: 'a.csv', code: true },
        { text: ', ', code: false },
        { text: 'b.csv', code: true },
      ],
    ],
  ])('splits %j', (text, parts) => {
    expect(codeSpans(text)).toEqual(parts);
  });
});

describe('the dataset version', () => {
  it("is the newest entry of the repository's DATA-CHANGELOG.md", () => {
    const first = /^## (\S+) /m.exec(readFileSync('DATA-CHANGELOG.md', 'utf8'))?.[1];
    expect(datasetVersion()).toBe(first);
    expect(DATASET_VERSION).toBe(first);
    expect(datasetChangelog()[0]?.changes.some((c) => c.kind === 'Added' && c.text.includes('2022/almaty'))).toBe(true);
  });
});
