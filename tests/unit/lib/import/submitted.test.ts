import { describe, expect, it } from 'vitest';
import { parseDate, readDateLine } from '../../../../src/lib/import/submitted.ts';

describe('submission dates', () => {
  it.each([
    ['May 3, 2023', '2023-05-03'],
    ['3 May 2023', '2023-05-03'],
    ['2023-05-03', '2023-05-03'],
    ['03.05.2023', '2023-05-03'],
    ['Sept. 1st, 2023', '2023-09-01'],
    ['February 30, 2023', null],
    ['soon', null],
  ])('reads %s in the usual forms, and refuses impossible ones', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each([
    ['Submission Date: 3 May 2023', '3 May 2023'],
    ['- Date of submission:', ''],
    ['Date submitted: soon', 'soon'],
    ['The date of the survey', null],
  ])('finds the date line %s', (text, expected) => {
    expect(readDateLine(text)).toBe(expected);
  });
});
