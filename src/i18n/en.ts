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
  indicators: {},

  // Question pages and cross-edition text.
  questions: {},

  // Layout, navigation, header, footer and search.
  layout: {},

  // Home, cities index, profile, data, about and other pages.
  pages: {},
} as const;

export type EnglishCatalogue = typeof en;
