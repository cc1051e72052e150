/*
 * The English interface-text catalogue: every sentence, label and message of the site's own
 * interface. Questionnaire wording and answers are data, not interface text, and are not here.
 * Placeholders are `{name}`; plural messages are chosen on `{count}` (see ./index.ts).
 */
export const en = {
  site: {
    name: 'LGQ Knowledgebase',
  },
  common: {
    cityCount: { one: '{count} city', other: '{count} cities' },
  },

  // Answers and their kinds (src/fields, components/answer).
  fields: {
    absent: {
      notGiven: 'Not given',
      noPercentage: 'No percentage given',
      notInEdition: 'Not asked in the {edition} questionnaire',
    },
    withheld: "Withheld at the city's request",
    person: { name: 'Name', title: 'Title', organization: 'Organization', email: 'E-mail', phone: 'Phone' },
    newInEdition: 'New in {edition}',
    noteLabel: "Transcriber's note:",
    // Why a value is missing: downloads, indicators, charts and pages use the same four words.
    missing: {
      not_given: 'Not given',
      withheld: 'Withheld',
      not_legible_in_source: 'Not legible in source',
      not_answered: 'Not answered',
    },
  },

  // The compare page and its client script.
  compare: {},

  // Download columns, data dictionary and export labels (src/lib/export).
  export: {},

  // Chart descriptions, labels and the chart client script (src/lib/charts, components/charts).
  charts: {},

  // Headline indicators (src/lib/indicators) and edition-level text.
  indicators: {
    // One entry per indicator id; editions say which question each reads (src/questionnaire).
    byId: {
      'services-online': {
        label: 'Services offered online',
        description: 'Share of city services offered online, as stated by the city.',
      },
      'services-mobile': {
        label: 'Services via mobile',
        description: 'Share of city services offered through dedicated mobile means, as stated by the city.',
      },
      satisfaction: {
        label: 'Population satisfied',
        description: 'Share of the population satisfied with their last experience of online public services (cf. SDG 16.6.2).',
      },
      'digital-budget': {
        label: 'Digital budget share',
        description: 'Dedicated digital government budget as a share of the total municipal budget.',
      },
      'strategy-items': {
        label: 'Strategy checklist items',
        description: 'Number of the {count} strategy checklist items the city checked (only where every item can be read).',
      },
      portals: {
        label: 'Portals listed',
        description: 'Distinct portal URLs listed under {questions}.',
      },
      'social-accounts': {
        label: 'Social media accounts',
        description: 'Social media accounts listed under {questions}.',
      },
    },
  },

  // Question pages and cross-edition text.
  questions: {
    counterparts: {
      heading: 'In other editions',
      intro: 'The same question as asked in the other editions of the questionnaire.',
      comparable: '{edition}: {id} {title} (comparable)',
      changed: '{edition}: {id} {title} (changed wording or options: compare with care)',
      none: '{edition}: not asked in this edition',
      newHere: 'New in {edition}: no earlier edition asked this question.',
    },
    editionNav: {
      heading: 'Questions of other editions',
      link: 'LGQ {edition} questions',
    },
  },

  // Layout, navigation, header, footer and search.
  layout: {},

  // Home, cities index, profile, data, about and other pages.
  pages: {},
} as const;

export type EnglishCatalogue = typeof en;
