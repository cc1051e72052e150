import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { MISSING_REASONS, missingReasonLabel } from '../../../../src/lib/data/missing.ts';

describe('the missing-reason vocabulary', () => {
  it.each([
    ['not_given', 'Not given'],
    ['withheld', 'Withheld'],
    ['not_legible_in_source', 'Not legible in source'],
    ['not_answered', 'Not answered'],
  ] as const)('%s reads "%s" in English', (reason, label) => {
    expect(missingReasonLabel(reason)).toBe(label);
  });

  it('has a label for every reason, through the catalogue (the pseudo-locale changes every one)', () => {
    const pseudo = createI18n('en-XA');
    for (const reason of MISSING_REASONS) expect(missingReasonLabel(reason, pseudo)).not.toBe(missingReasonLabel(reason));
  });
});
