import { describe, expect, it } from 'vitest';
import { genericRecipe } from '../../../../src/lib/fictional/recipe.ts';
import type { FictionalDraws } from '../../../../src/lib/fictional/recipe.ts';
import { generateResponses, recipeFor } from '../../../../src/lib/fictional/generate.ts';
import { schemaForEdition } from '../../../../src/schemas/response.ts';
import { createRandom } from '../../../../src/lib/fictional/random.ts';
import { LGQ_2099 } from '../../../fixtures/editions/lgq-2099.ts';

/** Draws that always give something, recording what the recipe sets. */
function recordingDraws(): { draws: FictionalDraws; set: Map<string, unknown> } {
  const set = new Map<string, unknown>();
  const draws: FictionalDraws = {
    random: createRandom(1),
    profile: 'ordinary',
    maturity: 0.5,
    cityName: 'Testville',
    slug: 'testville',
    text: () => 'Text.',
    linkList: () => ['https://testville.example/'],
    yes: () => 'yes',
    percent: () => 50,
    person: (title) => ({ name: 'Ada Example', title, organization: 'City of Testville' }),
    set: (questionId, key, v) => {
      if (v !== undefined) set.set(`${questionId}.${key}`, v);
    },
  };
  return { draws, set };
}

describe('fictional recipes', () => {
  it('2022 has its own tuned recipe (with withholdable fields and transcriber notes)', () => {
    const recipe = recipeFor(2022);
    expect(recipe.withholdable.length).toBeGreaterThan(0);
    expect(recipe.transcriberNotes.length).toBeGreaterThan(0);
  });

  it('any other edition is drawn from its definition alone, field by field', () => {
    const { draws, set } = recordingDraws();
    genericRecipe(LGQ_2099).answers(draws);
    expect(set.get('VI.2.answer')).toBe('yes');
    expect(set.get('IV.1.percent')).toBe(50);
    expect(set.get('IX.1.status')).toEqual(expect.any(String));
    // Kinds without a generic draw (figures, accounts) are left out.
    expect(set.has('IV.1.figures')).toBe(false);
    expect(set.has('VI.1.accounts')).toBe(false);
    const closedFields = LGQ_2099.questions.flatMap((q) => q.fields.filter((f) => f.kind === 'closed').map((f) => `${q.id}.${f.key}`));
    expect(closedFields.every((path) => set.get(path) === 'yes')).toBe(true);
  });

  it('fills the required answers a recipe leaves out (a question added after the recipe was tuned)', () => {
    const silent = { answers: () => undefined, withholdable: [], transcriberNotes: [] };
    const generated = generateResponses(5, 3, 2022, silent);
    for (const r of generated) expect(schemaForEdition(2022).safeParse(r.data).error).toBeUndefined();
    const answers = generated[0]?.data['answers'] as Record<string, Record<string, unknown>>;
    expect(answers['IX.1']?.['status']).toEqual(expect.any(String));
    expect(answers['III.1']?.['answer']).toEqual(expect.any(String));
  });
});
