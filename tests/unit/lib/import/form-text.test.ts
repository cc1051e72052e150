import { describe, expect, it } from 'vitest';
import { furnitureKind, isFootnote, isFormSentence, sectionOf } from '../../../../src/lib/import/form-text.ts';
import { FORM, LOWMOOR } from './edition-fixture.ts';

describe("recognising the form's own text", () => {
  it.each([
    ['¹ A lighthouse is a tower with a bright light that guides ships at night.', true],
    ['¹ A lighthouse is a tall tower whose bright light guides ships', true],
    ['[1] A lighthouse is a tower with a bright light that guides ships at night.', true],
    ['1 A lighthouse is a tall tower whose bright light guides ships', false],
    ['A lighthouse is a tower with a bright light that guides ships at night.', true],
    ['¹ See above.', false],
  ])('footnote: %s -> %s', (text, expected) => {
    expect(isFootnote(text, FORM)).toBe(expected);
  });

  it.each([
    ['Lowmoor Harbour Questionnaire – returned copy', 'page furniture'],
    ['Lowmoor Harbour Questionnaire', 'page furniture'],
    ['Page 3 of 9', 'page furniture'],
    [LOWMOOR.introduction, 'introduction'],
    // Only part of it: a respondent's sentence may start the same way.
    ['This questionnaire gathers information about the lighthouses and harbours of fictional towns', null],
    ['For any question about this questionnaire, write to us.', 'introduction'],
    ['The harbour master answered.', null],
  ])('furniture: %s -> %s', (text, expected) => {
    expect(furnitureKind(text, FORM)).toBe(expected);
  });

  it.each([
    ['XI. Harbour Records', 'XI'],
    ['XI Harbor Records', 'XI'],
    ['Lights and Keepers', 'X'],
    ['X. Harbour Records', null],
    ['Harbour Records kept by the town', null],
  ])('section heading: %s -> %s', (text, expected) => {
    expect(sectionOf(text, FORM)).toBe(expected);
  });

  it.each([
    ['Please explain.', true],
    ['2. Please explain.', true],
    ['The light is lit every night', true],
    ['Please explain', true],
    ['We explain it every year.', false],
  ])('a sentence of the wording: %s -> %s', (text, expected) => {
    expect(isFormSentence(text, FORM)).toBe(expected);
  });
});
