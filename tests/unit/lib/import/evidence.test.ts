import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getEdition } from '../../../../src/questionnaire/index.ts';
import { sentenceWith } from '../../../../src/fields/percent/import.ts';
import { compactLines, renderEvidence } from '../../../../src/lib/import/evidence.ts';
import { formatLineSpec } from '../../../../src/schemas/evidence.ts';
import { importText } from './helpers.ts';

describe('compactLines', () => {
  // [recorded lines, the non-blank lines of the document, the spec written]
  it.each([
    [[53, 55, 57, 59, 61], [53, 55, 57, 59, 61], '53-61'],
    [[244, 246, 248, 252, 256, 258], [244, 246, 248, 252, 254, 256, 258], '244-252, 256-258'],
    [[296, 300], [296, 298, 300], '296, 300'],
    [[314, 315, 316, 317], [314, 315, 316, 317], '314-317'],
    [[7, 3, 3, 5], [3, 5, 7], '3-7'],
    [[194], [194], '194'],
  ])('%j over %j -> %s', (lines, content, spec) => {
    expect(formatLineSpec(compactLines(lines, new Set(content)))).toBe(spec);
  });
});

describe('sentenceWith', () => {
  it.each([
    ['In 2022, 14.5 million were provided (13.3 million in 2021). The overall share was 93.3%.', 93.3, 'The overall share was 93.3%.'],
    ['The goal is set. The budget share in 2022 was 0.71 %.', 0.71, 'The budget share in 2022 was 0.71 %.'],
    ['85,13 % population satisfaction rating for year of 2022', 85.13, '85,13 % population satisfaction rating for year of 2022'],
    ['Nothing here is a percentage.', 12, undefined],
  ])('%j quoting %d -> %j', (text, value, sentence) => {
    expect(sentenceWith(text, value)).toBe(sentence);
  });
});

describe('renderEvidence', () => {
  const def = getEdition(2022);

  it('writes bare lines, one-line mappings for a basis, and nothing for an empty block', () => {
    const text = renderEvidence(
      {
        city: [
          { from: 3, to: 3 },
          { from: 5, to: 5 },
        ],
        fields: {
          'III.1': { answer: { lines: [{ from: 83, to: 83 }], basis: 'written' }, links: { lines: [{ from: 85, to: 87 }] } },
        },
      },
      def,
    );
    expect(text).toContain('\nevidence:\n  city: 3, 5\n  III.1:\n    answer: { lines: 83, basis: written }\n    links: 85-87\n');
    expect(renderEvidence({ fields: {} }, def)).toBe('');
  });
});

describe('the evidence of a text import', () => {
  it('records each value’s lines, the basis of a typed box and of a written Yes, and a percentage’s quote', async () => {
    const result = await importText(
      [
        'Local Government Questionnaire (LGQ) 2022',
        'Lowmoor',
        'France',
        'II. Legal Framework',
        '1. Is there any legislation/regulations on digital government such as law on digital service provision or on access to information or data privacy at the:',
        'National level? [x] Yes [ ] No',
        'Local level? Yes No',
        'V. User satisfaction',
        '2. If yes, do you publish the results online and share those with the public institutions concerned? Please explain further.',
        'Yes, every year.',
        '3. What is the percentage of the population satisfied with their last experience of online public services? Please explain further.',
        'Most are happy. About 71,5 % said so in 2023.',
      ].join('\n\n'),
    );
    const evidence = (parse(result.yaml) as { evidence: Record<string, Record<string, unknown>> }).evidence;
    expect(evidence).toMatchObject({
      city: '3, 5',
      'II.1': { national: { lines: 11, basis: 'ticked' }, local: 13 },
      'V.2': { answer: { lines: 19, basis: 'written' }, explanation: 19 },
      'V.3': { percent: { lines: 23, quote: 'About 71,5 % said so in 2023.' }, explanation: 23 },
    });
    // Not answered and not read: no evidence.
    expect(evidence['V.1']).toBeUndefined();
  });
});
