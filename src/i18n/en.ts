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
  charts: {
    units: {
      percent: '{value}%',
      value: '{value} {unit}',
    },
    noValue: 'no value: {reason}',
    median: 'median {value}',
    cityValue: '{city}: {value}',
    /** A count and what is counted, in a list of several: "3 withheld". */
    tally: '{count} {what}',
    symbolLabel: '{symbol} {label}',
    sentence: '{text}.',
    categories: {
      withheld: 'Withheld',
      given: 'Given',
      notGiven: 'Not given',
    },
    ranked: {
      summaryOne: 'One response so far: {city} gives {value}, so there is nothing to rank yet.',
      summaryOneMissing: 'One response so far, and it gives no value.',
      summary: '{n} of {total} cities give a value for the {measure}; {city} ranks first with {value}.',
      summaryNone: 'None of the {total} cities gives a value for the {measure}.',
      noteOne: 'One response so far: the chart shows that city’s own value, not a ranking.',
      noteMissing: {
        one: '{count} city gives no value: listed after the bars, never counted as zero.',
        other: '{count} cities give no value: listed after the bars, never counted as zero.',
      },
      noteTies:
        'More cities share the value {value} than the top rows can show; tied cities are listed by name, the rest are in the others row.',
      noteAggregated: 'With {total} cities, the chart shows the top {top}; the others are drawn as one row (their median and range).',
      noteAggregatedHighlight:
        'With {total} cities, the chart shows the top {top} and the highlighted city; the others are drawn as one row (their median and range).',
      othersName: '{count} others',
      missingGroupName: '{count} without',
      tipValue: '{city}, {country}: {value} (rank {rank} of {n})',
      tipMissing: '{city}, {country}: no value ({reason})',
      tipOthers: {
        one: '{count} other city (ranks {from}–{to}): median {median}, range {min}–{max}',
        other: '{count} other cities (ranks {from}–{to}): median {median}, range {min}–{max}',
      },
      tipMissingGroup: {
        one: '{count} city without a value: {reasons}',
        other: '{count} cities without a value: {reasons}',
      },
      table: {
        rank: 'Rank',
        city: 'City',
        country: 'Country',
        value: 'Value ({unit})',
        note: 'Note',
        highlighted: 'highlighted',
        rankRange: '{from}–{to}',
        others: { one: '{count} other city', other: '{count} other cities' },
        othersNote: 'median of the group; range {min}–{max}',
        missingGroup: { one: '{count} city without a value', other: '{count} cities without a value' },
      },
    },
    stacked: {
      summaryEmpty: 'No rows to show.',
      summaryOne: "One response so far: each bar is that city's own answer.",
      summaryOneWithAnswer: "One response so far: each bar is that city's own answer ({row}: {answer}).",
      summary: 'How {total} cities answered {what}.',
      summaryWithAnswer: 'How {total} cities answered {what}; for {row} the most common answer is {answer} ({count} of {rowTotal}).',
      thisQuestion: 'this question',
      items: { one: '{count} item', other: '{count} items' },
      noteOne: 'One response so far: each bar shows that city’s answer, not a share of many.',
      tip: '{row} — {category}: {count} of {total} ({share})',
      table: { total: 'Total' },
    },
    strip: {
      summaryEmpty: 'No city gives a value for the {measure} yet.',
      summaryEmptyHighlight: 'No city gives a value for the {measure} yet; {highlight}.',
      summaryOne: 'One response so far gives the {measure}: there is no distribution to compare with yet.',
      summaryOneHighlight: 'One response so far gives the {measure} ({highlight}): there is no distribution to compare with yet.',
      summary: 'Across {n} cities the median {measure} is {median}, the middle half between {q1} and {q3}.',
      aboveMedian: '{highlight}, above the median.',
      belowMedian: '{highlight}, below the median.',
      atMedian: '{highlight}, at the median.',
      cityMissing: '{city}: no value ({reason})',
      noteOne: 'One response so far: only that value is drawn, with no median or quartiles.',
      noteMissing: {
        one: '{count} city gives no value: not drawn, and not counted as zero.',
        other: '{count} cities give no value: not drawn, and not counted as zero.',
      },
      noteBinsValues: '{count} values are too many to draw one dot each: bars count the cities in each value.',
      noteBinsIntervals: '{count} values are too many to draw one dot each: bars count the cities in each interval.',
      q1: 'Q1 {value}',
      q3: 'Q3 {value}',
      empty: 'No values yet',
      binTipValue: { one: '{count} city with {value}', other: '{count} cities with {value}' },
      binTipRange: { one: '{count} city from {from} to under {to}', other: '{count} cities from {from} to under {to}' },
      binTipRangeLast: { one: '{count} city from {from} to {to}', other: '{count} cities from {from} to {to}' },
      table: {
        measure: 'Measure',
        value: 'Value',
        withValue: 'Cities with a value',
        withoutValue: 'Cities without a value',
        ofWhich: 'Of which: {reason}',
        oneValue: 'The one value ({unit})',
        min: 'Minimum ({unit})',
        q1: 'Lower quartile ({unit})',
        median: 'Median ({unit})',
        q3: 'Upper quartile ({unit})',
        max: 'Maximum ({unit})',
        binValue: 'Cities with {value} {unit}',
        binRange: 'Cities from {from} to under {to} {unit}',
        binRangeLast: 'Cities from {from} to {to} {unit}',
      },
    },
    heatmap: {
      summaryRegions: 'Share of cities answering yes to each of the {items} strategy items, by UN region, across {total} cities.',
      summaryRegionsBest:
        'Share of cities answering yes to each of the {items} strategy items, by UN region, across {total} cities; most often checked: {item} ({share}).',
      noteRegions:
        "With {total} cities, rows are UN regions: each cell gives the share of that region's cities answering yes (the table has every count).",
      summaryOne: 'One response so far: {city} answers yes to {yes} of {items} strategy items.',
      theCity: 'the city',
      noteOne: 'One response so far: the row shows that city’s own answers.',
      summary: 'Answers of {total} cities to each of the {items} strategy items, grouped by UN region.',
      allRegions: 'All regions',
      group: '{region} ({count})',
      stateCount: '{state} {count}',
      cityTip: '{city}, {country}: {answers} (of {items} items)',
      cellTip: '{region} — {item}: {share} yes ({yes} of {n})',
      shade: '{from}–{to}% yes',
      table: {
        city: 'City',
        country: 'Country',
        region: 'Region',
        item: 'Item',
        cities: 'Cities',
        shareYes: 'Share yes (%)',
      },
    },
    // Titles and first-column headers of the charts each page shows (src/lib/charts/catalog.ts).
    titles: {
      distribution: '{indicator}: distribution across cities',
      ranked: '{indicator}, city by city',
      closedOverview: 'Every yes/no question: how cities answered',
      answers: '{question}: how cities answered',
      coverage: '{question}: which parts cities answered',
      checklistHeatmap: '{checklist}, city by item',
      rowQuestion: 'Question',
      rowItem: 'Item',
      rowPart: 'Part of the answer',
    },
    // Small ranked bars drawn in the browser, one per indicator (the compare page).
    bars: {
      title: '{label} ({question}, {unit})',
    },
    figure: {
      frameLabel: '{title} (chart)',
      dataTable: 'Data table: {title}',
      downloads: 'Download this data:',
      csv: 'CSV',
      json: 'JSON',
    },
    // The chart client script's words, rendered into the page as data attributes (chart-element.ts).
    client: {
      hint: 'Hover a mark, or focus the chart and use the arrow keys, to read its values.',
      sortByName: 'Sort by name',
      sortByValue: 'Sort by value',
      sortedByName: 'Sorted by name',
      sortedByValue: 'Sorted by value',
      find: 'Highlight a city',
      // Filled in by the client script, which has no plural rules of its own: so a form without plurals.
      found: 'Cities highlighted: {count}',
    },
    map: {
      skip: 'Skip the map',
    },
    // Where a city stands among the others, on its profile (ProfileDistributions.astro).
    profile: {
      heading: 'Where {city} stands',
      onlyResponse:
        "{city} is the only response to the LGQ {edition} so far, so there is nothing to compare with yet: each strip shows the city's own value.",
      among:
        'Each strip places {city} (marked ▲) among the {count} responses to the LGQ {edition}: the median is a line, the middle half a band, and the cities dots (or, when there are very many, counts per interval).',
      fromQuestion: 'From question',
    },
  },

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
