import type { FictionalRecipe } from '../lib/fictional/recipe.ts';
import type { ClosedState } from './types.ts';
import { LGQ_2022 } from './lgq-2022.ts';
import { checklistItems, getQuestion } from './index.ts';

/*
 * How fictional LGQ 2022 answers are drawn for the demo and the tests: tuned by hand, question by
 * question, so the 193-city demo looks like the survey. The order of draws is the data: keep it.
 */

const clamp = (x: number, lo = 0, hi = 100) => Math.min(hi, Math.max(lo, x));
const PLATFORMS = ['Facebook', 'Instagram', 'X', 'YouTube', 'Telegram', 'LinkedIn', 'TikTok', 'WhatsApp', 'VK'] as const;
const strategy = getQuestion(LGQ_2022.edition, 'III.2');
const STRATEGY_ITEMS = strategy ? checklistItems(strategy).map((f) => f.key) : [];

export const LGQ_2022_FICTIONAL: FictionalRecipe = {
  answers(d) {
    // I. Institutional framework
    d.set('I.1', 'portals', d.linkList(0.92, 1, 3));
    d.set('I.2', 'e_services', d.linkList(0.7, 1, 2));
    d.set('I.2', 'e_participation', d.linkList(0.5, 1, 2));
    d.set('I.2', 'open_government_data', d.linkList(0.45, 1, 2));
    d.set('I.2', 'public_procurement', d.linkList(0.4, 1, 1));
    d.set('I.2', 'other', d.linkList(0.3, 1, 3));
    if (d.random.chance(0.8))
      d.set(
        'I.3',
        'cio',
        d.person(d.random.pick(['Chief Information Officer', 'Chief Digital Officer', 'Head of the Digital Services Department'])),
      );
    d.set('I.3', 'national_link', d.text(0.55, 1));

    // II. Legal framework
    d.set('II.1', 'national', d.yes(0.2));
    d.set('II.1', 'local', d.yes(-0.1));
    d.set('II.1', 'adoption', d.text(0.65, 2));

    // III. Strategy
    const strategy = d.yes(0.05);
    d.set('III.1', 'answer', strategy);
    d.set('III.1', 'explanation', d.text(strategy === 'yes' ? 0.7 : 0.2));
    d.set('III.1', 'links', strategy === 'yes' ? d.linkList(0.6, 1, 2) : undefined);
    STRATEGY_ITEMS.forEach((key, i) => {
      // Later items in the checklist are less common; without a strategy most items are "no".
      const bias = strategy === 'yes' ? 0.1 - i * 0.03 : -0.5;
      d.set('III.2', key, d.yes(bias, 0.15));
    });
    d.set('III.2', 'explanation', d.text(strategy === 'yes' ? 0.5 : 0.1, 2));
    d.set('III.2', 'links', d.linkList(0.3, 1, 2));
    if (d.random.chance(d.profile === 'sparse' ? 0.3 : 0.68))
      d.set('III.3', 'percent', Math.round(clamp(Math.exp(d.random.normal(0.2, 0.9)), 0.01, 40) * 100) / 100);
    d.set('III.3', 'explanation', d.text(0.6));
    d.set('III.3', 'links', d.linkList(0.2, 1, 1));
    d.set('III.4', 'answer', d.yes(0.15));
    d.set('III.4', 'explanation', d.text(0.4, 1));
    d.set('III.4', 'links', d.linkList(0.5, 1, 1));
    for (const qid of ['III.5', 'III.6', 'III.7', 'III.8', 'III.9']) {
      d.set(qid, 'explanation', d.text(d.profile === 'sparse' ? 0.3 : 0.75));
      d.set(qid, 'links', d.linkList(0.5, 1, 3));
    }

    // IV. Usage of online services
    d.set('IV.1', 'percent', d.percent(0.8, 25 + 60 * d.maturity, 14));
    if (d.random.chance(0.15))
      d.set('IV.1', 'figures', [
        { label: 'Types of public services provided', value: d.random.int(40, 400), unit: 'services', year: 2022 },
      ]);
    d.set('IV.1', 'explanation', d.text(0.6));
    d.set('IV.1', 'links', d.linkList(0.4, 1, 2));
    d.set('IV.2', 'percent', d.percent(0.62, 5 + 55 * d.maturity, 15));
    d.set('IV.2', 'explanation', d.text(0.45, 1));
    d.set('IV.2', 'links', d.linkList(0.3, 1, 2));
    const stats = d.yes(0.1);
    d.set('IV.3', 'answer', stats);
    d.set('IV.4', 'answer', stats === 'no' ? d.random.pick<ClosedState>(['no', 'no', 'not_answered']) : d.yes(-0.1));
    d.set('IV.4', 'explanation', d.text(0.35, 1));
    d.set('IV.4', 'links', d.linkList(0.3, 1, 1));

    // V. User satisfaction
    const measured = d.yes(-0.05);
    d.set('V.1', 'answer', measured);
    d.set('V.2', 'answer', measured === 'no' ? d.random.pick<ClosedState>(['no', 'no', 'not_answered']) : d.yes(-0.15));
    d.set('V.2', 'explanation', d.text(0.35, 1));
    d.set('V.2', 'links', d.linkList(0.25, 1, 1));
    d.set('V.3', 'percent', measured === 'no' ? undefined : d.percent(0.6, 55 + 30 * d.maturity, 14));
    d.set('V.3', 'explanation', d.text(0.4, 1));

    // VI. Social media
    d.set('VI.1', 'explanation', d.text(0.7, 2));
    d.set('VI.1', 'links', d.linkList(0.25, 1, 2));
    if (d.random.chance(d.profile === 'sparse' ? 0.4 : 0.82)) {
      const count = d.random.int(1, 6);
      const platforms = new Set<string>();
      for (let i = 0; i < count; i++) platforms.add(d.random.pick(PLATFORMS));
      d.set(
        'VI.1',
        'accounts',
        [...platforms].map((platform) => ({ platform, url: `https://${platform.toLowerCase()}.example/${d.slug}` })),
      );
    }

    // VII. Crisis response
    const crisis = d.yes(0.05);
    d.set('VII.1', 'answer', crisis);
    d.set('VII.1', 'explanation', d.text(crisis === 'yes' ? 0.7 : 0.2));
    d.set('VII.1', 'links', crisis === 'yes' ? d.linkList(0.6, 1, 2) : undefined);

    // VIII. Smart city
    for (const [qid, bias] of [
      ['VIII.1', -0.1],
      ['VIII.2', -0.2],
    ] as const) {
      const a = d.yes(bias);
      d.set(qid, 'answer', a);
      d.set(qid, 'explanation', d.text(a === 'yes' ? 0.65 : 0.15));
      d.set(qid, 'links', a === 'yes' ? d.linkList(0.5, 1, 2) : undefined);
    }

    // IX. Respondent
    if (d.random.chance(0.85))
      d.set(
        'IX.1',
        'respondent',
        d.person(d.random.pick(['Head of Digital Transformation', 'Senior Analyst', 'Director of Information Technology'])),
      );
    const status =
      d.profile === 'illegible_scan'
        ? 'not_legible_in_source'
        : d.random.weighted({
            authorized_fully_knowledgeable: 70,
            not_full_information: 12,
            mostly_own_opinion: 6,
            other: 5,
            not_answered: 7,
          });
    d.set('IX.1', 'status', status);
    if (status === 'other') d.set('IX.1', 'status_other', "Answered jointly by the digital department and the mayor's office.");
  },
  withholdable: ['I.3.cio.phone', 'I.3.cio.email', 'IX.1.respondent.phone', 'IX.1.respondent.email', 'III.3.percent', 'I.3.cio'],
  illegibleNote: ['III.2', 'The scan of the checklist is too faint to read which items were checked.'],
  transcriberNotes: [
    [['III.5', 'III.6', 'III.7', 'III.8', 'III.9', 'VI.1'], 'The scanned page is partly cut off; the legible part is transcribed.'],
    [['III.3', 'IV.1', 'IV.2', 'V.3'], 'The percentage was written with a decimal comma and has been converted.'],
    [['I.3', 'II.1', 'III.1', 'VII.1', 'VIII.1'], 'The answer was given in a covering letter rather than on the form.'],
    [['III.4', 'IV.4', 'V.2', 'VIII.2'], 'The respondent added a handwritten remark in the margin, transcribed in the explanation.'],
  ],
};
