import { describe, expect, it } from 'vitest';
import { fieldStatus, questionUnanswered } from '../../../../src/lib/data/answers.ts';
import { readAnswers } from '../../../../src/lib/data/response.ts';
import { getEdition, getQuestion } from '../../../../src/questionnaire/index.ts';
import type { FieldDef, QuestionDef } from '../../../../src/questionnaire/index.ts';

const def = getEdition(2022);
const question = (id: string): QuestionDef => {
  const q = getQuestion(2022, id);
  if (!q) throw new Error(id);
  return q;
};
const field = (q: QuestionDef, key: string): FieldDef => {
  const f = q.fields.find((x) => x.key === key);
  if (!f) throw new Error(key);
  return f;
};

const stored = {
  'I.1': { portals: ['https://a.example/'] },
  'I.3': { cio: { name: 'Ana', title: 'CIO', phone: '+33 1 23 45 67 89' } },
  'II.1': { national: 'yes', local: 'no' },
};
const withheld = ['II.1.local', 'I.3.cio.phone'];
const response = { withheld, answers: readAnswers(def, stored, withheld) };

describe('readAnswers', () => {
  it('tags each present value, leaves out empty and withheld fields, and removes withheld parts', () => {
    expect(response.answers['I.1']).toEqual({ portals: { kind: 'links', value: [{ url: 'https://a.example/' }] } });
    expect(response.answers['I.3']).toEqual({ cio: { kind: 'person', value: { name: 'Ana', title: 'CIO' } } });
    expect(response.answers['II.1']).toEqual({ national: { kind: 'closed', value: 'yes' } });
    expect(Object.keys(response.answers)).toEqual(def.questions.map((q) => q.id));
  });

  it('throws on a value its kind does not allow (content is validated first; a download is our own)', () => {
    expect(() => readAnswers(def, { 'IV.1': { percent: 'ninety' } })).toThrow();
  });
});

describe('fieldStatus: one status for pages, charts, indicators and downloads', () => {
  it.each([
    ['a value', 'II.1', 'national', undefined, { kind: 'value', answer: { kind: 'closed', value: 'yes' } }],
    ['a withheld field', 'II.1', 'local', undefined, { kind: 'withheld' }],
    ['an absent field', 'I.3', 'national_link', undefined, { kind: 'absent' }],
    ['a withheld part', 'I.3', 'cio', 'phone', { kind: 'withheld' }],
    [
      'a record with a part asked about that is not withheld',
      'I.3',
      'cio',
      'name',
      { kind: 'value', answer: { kind: 'person', value: { name: 'Ana', title: 'CIO' } } },
    ],
  ] as const)('%s', (_what, qid, key, part, expected) => {
    const q = question(qid);
    expect(fieldStatus(response, q, field(q, key), part)).toEqual(expected);
  });
});

describe('questionUnanswered', () => {
  it.each([
    ['every closed field not_answered and nothing else', { 'II.1': { national: 'not_answered', local: 'not_answered' } }, [], true],
    ['a closed field not legible', { 'II.1': { national: 'not_legible_in_source', local: 'not_answered' } }, [], false],
    ['a closed field withheld', { 'II.1': { national: 'not_answered', local: 'not_answered' } }, ['II.1.local'], false],
    ['a closed field yes', { 'II.1': { national: 'yes', local: 'not_answered' } }, [], false],
  ] as const)('%s -> %s', (_what, answers, withheldPaths, expected) => {
    expect(questionUnanswered({ withheld: withheldPaths, answers: readAnswers(def, answers, withheldPaths) }, question('II.1'))).toBe(
      expected,
    );
  });
});
