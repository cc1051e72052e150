/*
 * The English interface-text catalogue: every sentence, label and message of the site's own
 * interface. Questionnaire wording and answers are data, not interface text, and are not here.
 * Placeholders are `{name}`; plural messages are chosen on `{count}` (see ./index.ts).
 */
export const en = {
  site: {
    name: 'LGQ Knowledgebase',
    mark: 'LGQ',
    tagline: 'Local Government Questionnaire · UN E-Government Survey',
    survey: 'United Nations E-Government Survey',
  },
  common: {
    cityCount: { one: '{count} city', other: '{count} cities' },
    breadcrumb: 'Breadcrumb',
    responseCount: { one: '{count} response', other: '{count} responses' },
    countryCount: { one: '{count} country', other: '{count} countries' },
    questionCount: { one: '{count} question', other: '{count} questions' },
    sectionCount: { one: '{count} section', other: '{count} sections' },
    edition: 'LGQ {edition}',
    search: 'Search',
    percent: '{value}%',
    withUnit: '{value} {unit}',
    // How an e-mail address is read out: "name at domain dot kz".
    spokenEmail: '{user} at {domain}',
    spokenDot: ' dot ',
    externalLink: '(external link)',
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
    // The data dictionary's "allowed values" of each kind's columns (src/fields/*/index.ts).
    allowed: {
      text: 'free text, verbatim; paragraphs separated by a blank line',
      percent: 'number from 0 to 100 (decimal point)',
      figures: 'one number per line: label (year): value unit — year and unit when given',
      links: 'one link per line: URL, or URL (label)',
      accounts: 'one account per line: URL (platform)',
      person: 'single line',
    },
  },

  // The compare page and its client script.
  compare: {
    title: 'Compare cities',
    description: 'Choose two to five cities and see their answers to the Local Government Questionnaire side by side.',
    lead: 'Choose two to five cities to see their answers side by side, question by question, with their figures charted together.',
    noScript: '{needs}, which is off or unavailable in this browser. The page loads only the answers of the cities you choose.',
    noScriptNeeds: 'Comparing cities side by side needs JavaScript',
    noScriptBrowse:
      "Without it, the {questions} show every city's answer to each question, and the {cities} lists every response with a few headline figures. All answers are also in the {data}.",
    questionsLink: 'question pages',
    citiesLink: 'cities index',
    dataLink: 'open data downloads',
    lonelyNone: 'The knowledgebase has no responses so far, so there is no other city to compare with yet.',
    lonelyOne:
      'The knowledgebase has only one response so far, so there is no other city to compare with yet. Its answers are shown below; the picker is ready for when more cities respond.',
    pickerHeading: 'Choose cities',
    filter: 'Find a city or country',
    pickerHelp: 'Tick up to {max} cities. Enter adds the first match; the arrow keys move between the filter and the list.',
    cities: 'Cities',
    chosen: 'Chosen',
    resultsHeading: 'Answers side by side',
    onlyDiffer: 'Show only questions where the answers differ',
    // The client script's words (compare-element.ts), rendered into the page's data-i18n.
    client: {
      citiesFailed: 'The list of cities could not be loaded ({error}). Reload the page to try again.',
      unknown: 'Not in the knowledgebase, left out: {slugs}.',
      dropped: 'At most {max} cities can be compared; left out: {names}.',
      noMatch: 'No city matches.',
      showingSome: 'Showing {shown} of {count} cities; type to narrow the list.',
      matches: { one: '{count} city.', other: '{count} cities.' },
      chosen: 'Chosen: {count} of at most {max}',
      remove: 'Remove {name}',
      full: 'At most {max} cities can be compared. Remove one first.',
      empty: 'Choose two or more cities above to see their answers side by side.',
      answersFailed: 'Could not load the answers ({error}).',
      onlyCity: 'Showing {city}, the only city in the knowledgebase so far.',
      oneChosen: 'Showing {city}. Choose at least one more city to compare.',
      comparing: 'Comparing {cities}.',
      figuresHeading: 'Figures side by side',
      figuresNote: 'As stated by each city. A missing figure is named, not drawn as zero.',
      question: 'Question',
      cityMeta: '{country} · LGQ {edition}',
      caption: 'Answers of {cities}, in questionnaire order',
      rowWithUnit: '{label} ({unit})',
      differs: 'Answers differ',
      scrollHint: 'The table is wider than the screen: swipe it sideways to see every city →',
      hidden: {
        one: '{count} question with the same answers hidden.',
        other: '{count} questions with the same answers hidden.',
      },
    },
  },

  // Download columns, data dictionary and export labels (src/lib/export).
  export: {
    // What each response column holds (the data dictionary's "What it holds").
    columns: {
      id: 'Response id: edition and city slug, e.g. 2022/almaty.',
      slug: 'City slug, as in the page address /cities/<slug>/.',
      edition: 'Survey edition (year) of the questionnaire answered.',
      city: 'City name in English, as the city writes it.',
      local_name: 'City name in the local language and script.',
      country_code: 'ISO 3166-1 alpha-2 country code.',
      country: 'Country name in English (from the code).',
      country_m49: 'UN M49 numeric country code.',
      region: 'UN M49 region.',
      subregion: 'UN M49 sub-region.',
      lat: 'Latitude of the city centre (WGS 84); for maps, not part of the response.',
      lon: 'Longitude of the city centre (WGS 84); for maps, not part of the response.',
      submitted: 'Date the city submitted the response.',
      fictional: 'true for generated demonstration data; false for real responses.',
      source_document: 'File name of the document the city returned.',
      source_format: 'What the source document is.',
      source_note: 'What a reader should know about the source document.',
      withheld: 'Fields the city asked to withhold, column names separated by spaces; their cells read "withheld".',
      profile: "Address of the response's page on this site.",
      part: '{label}: {part}',
      note: "Transcriber's note on {question}: how the answer was read from the source.",
    },
    // Allowed values in words; tokens and patterns are joined with " | ".
    allowed: {
      id: '<edition>/<slug>',
      slug: 'lower-case letters, digits and hyphens',
      singleLine: 'single line',
      countryCode: 'two capital letters',
      m49: 'three digits',
      latitude: '-90 to 90',
      longitude: '-180 to 180',
      date: 'YYYY-MM-DD',
      withheld: 'column names, separated by spaces',
      nothingWithheld: '{token} (nothing withheld)',
      noNote: '{token} (no note)',
      url: 'URL',
      blank: 'blank (no number; the __status column says why)',
    },
    units: { degrees: 'degrees' },
    // The data dictionary's "Type" column, as the /data/ page shows it (downloads keep the type names).
    types: {
      identifier: 'identifier',
      text: 'text',
      number: 'number',
      boolean: 'boolean',
      date: 'date',
      closed: 'closed',
      choice: 'choice',
      percent: 'percent',
      figures: 'figures',
      links: 'links',
      accounts: 'accounts',
      person: 'person',
      part: '{kind} part',
    },
    // File sizes on the /data/ page, in decimal units.
    size: {
      bytes: { one: '{count} byte', other: '{count} bytes' },
      kB: '{value} kB',
      MB: '{value} MB',
    },
    // What a cell token means (the data dictionary and the /data/ page).
    tokens: {
      not_given: 'The city gave no value for this field (no text, no number, no link).',
      withheld: 'The city asked for this field to be withheld; its value is not published.',
      not_in_edition: "The column's question is not part of the edition this response answered.",
    },
    // Columns of the wide CSV that stand beside a field's value.
    wide: {
      status: '{label}: given, or why there is no value (not_given, withheld, not_in_edition).',
      number: '{label}: the number, blank when there is none (its __status column says why).',
      basis:
        '{label}: how the yes/no was read: ticked (a box marked in the source) or written (the respondent wrote Yes or No); blank when neither applies.',
    },
    // Columns of the long CSV (one row per response, question and field).
    long: {
      response_id: 'Response id: edition and city slug, e.g. 2022/almaty.',
      city: 'City name in English.',
      country: 'Country name in English.',
      edition: 'Survey edition (year) of the questionnaire answered.',
      question: 'Question id, e.g. IV.1.',
      field: 'Field key within the question (a record part as key.part, e.g. cio.name).',
      column: 'The column name of this field in the wide CSV and the data dictionary.',
      kind: 'The answer kind (closed, choice, text, percent, links, figures, accounts) or "person part".',
      value: 'The value, in the format of the data dictionary (lists one item per line); blank when there is none.',
      status: 'given, or why there is no value: not_given, withheld.',
      basis: 'For a yes/no: ticked (a box marked in the source) or written (the respondent wrote Yes or No); blank otherwise.',
      evidence_lines: 'Lines of the source document the value was read from, e.g. 194-202, 210.',
      quote: "The respondent's words a number was read from (one per line for several figures).",
      note: "The transcriber's note on the question, if any.",
    },
    // Columns of cities.csv: what the cities index lists.
    cities: {
      id: 'Response id: edition and city slug.',
      region: 'UN M49 region.',
      subregion: 'UN M49 sub-region.',
      city: 'City name in English.',
      local_name: 'City name in the local language and script; blank when not given.',
      country_code: 'ISO 3166-1 alpha-2 country code.',
      country: 'Country name in English.',
      edition: 'Survey edition (year) answered.',
      latest_edition: "true for the city's newest response.",
      submitted: 'Date the city submitted the response.',
      fictional: 'true for generated demonstration data.',
      profile: "Address of the response's page.",
    },
    // The data package's resource titles and source.
    package: {
      responses: 'Responses, one row per response (wide)',
      long: 'Responses, one row per response, question and field (long)',
      cities: 'Cities, as the cities index lists them',
      dictionary: 'Data dictionary of the wide responses table',
      source: "The cities' filled-in Local Government Questionnaires, as returned by each city",
    },
    // The workbook's README sheet.
    readme: {
      title: 'Data set',
      version: 'Version',
      released: 'Released',
      licence: 'Licence',
      cite: 'Cite as',
      sheets: 'Sheets',
      sheetsText:
        'responses: one row per response; long: one row per response, question and field, with values, source lines and quotes; cities: the cities index; data dictionary: what each column of "responses" holds.',
      home: 'More',
    },
  },

  // Chart descriptions, labels and the chart client script (src/lib/charts, components/charts).
  charts: {
    units: {
      percent: '{value}%',
      value: '{value} {unit}',
      // One entry per indicator unit (indicators.units): the charts write "1 portal", "4 portals".
      counted: {
        items: { one: '{value} item', other: '{value} items' },
        portals: { one: '{value} portal', other: '{value} portals' },
        accounts: { one: '{value} account', other: '{value} accounts' },
      },
    },
    noValue: 'no value: {reason}',
    // One line under a chart for every city it does not draw (src/lib/charts/few.ts).
    noValueLine: {
      one: '{count} city gives no value ({reasons}): see the table.',
      other: '{count} cities give no value ({reasons}): see the table.',
    },
    // Fewer than three values: a sentence instead of a chart.
    few: {
      none: {
        one: 'The one response so far gives no value for the {measure}.',
        other: 'None of the {count} cities gives a value for the {measure}.',
      },
      all: {
        one: 'One response so far gives the {measure}: {values}. One value is not a chart; the table has it.',
        other: 'Only {count} responses so far give the {measure}: {values}. Too few values for a chart.',
      },
      some: {
        one: 'Only {count} of {total} cities gives the {measure}: {values}. Too few values for a chart; the table has every city.',
        other: 'Only {count} of {total} cities give the {measure}: {values}. Too few values for a chart; the table has every city.',
      },
    },
    median: 'median {value}',
    cityValue: '{city}: {value}',
    /** A count and what is counted, in a list of several: "3 withheld". */
    tally: '{count} {what}',
    symbolLabel: '{symbol} {label}',
    sentence: '{text}.',
    // Category names of the charts' own (the closed states' and missing reasons' come from questions.states and fields.missing).
    categories: {
      given: 'Given',
    },
    ranked: {
      summary: '{n} of {total} cities give a value for the {measure}; {city} ranks first with {value}.',
      noteHighlightMissing: '{city} gives no value ({reason}), so it is not drawn.',
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
      summaryOne: 'One response so far: one answer is not a chart; the table has it.',
      summaryOneWithAnswer: 'One response so far: {row}: “{answer}”. One answer is not a chart; the table has it.',
      summary: 'How {total} cities answered {what}.',
      summaryWithAnswer: 'How {total} cities answered {what}; for {row} the most common answer is “{answer}” ({count} of {rowTotal}).',
      thisQuestion: 'this question',
      items: { one: '{count} item', other: '{count} items' },
      tip: '{row} — {category}: {count} of {total} ({share})',
      table: { total: 'Total' },
    },
    strip: {
      summary: 'Across {n} cities the median {measure} is {median}, the middle half between {q1} and {q3}.',
      aboveMedian: '{highlight}, above the median.',
      belowMedian: '{highlight}, below the median.',
      atMedian: '{highlight}, at the median.',
      cityMissing: '{city}: no value ({reason})',
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
      summaryFew: {
        one: 'One response so far, too few for a chart: {cities} (of {items} strategy items; the table has each).',
        other: 'Only {count} responses so far, too few for a chart: {cities} (of {items} strategy items each; the table has each).',
      },
      cityAnswers: '{city}: {answers}',
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
      fromQuestion: 'From question {question}: {description}',
    },
  },

  // Headline indicators (src/lib/indicators) and edition-level text.
  indicators: {
    // What a count indicator counts, as charts and tables write it: "4 portals", "Value (portals)".
    units: {
      items: 'items',
      portals: 'portals',
      accounts: 'accounts',
    },
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
        description:
          'Distinct sites listed under {questions}: language versions of one site, and pages inside a site already listed, count once.',
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
    // The list of an edition's questions (src/pages/questions/_QuestionsIndex.astro).
    index: {
      title: 'Questions',
      titleOfEdition: 'Questions (LGQ {edition})',
      heading: 'Questions',
      headingOfEdition: 'Questions of the LGQ {edition}',
      description: "Every question of the LGQ {edition}, section by section, with charts of how cities answered and every city's answer.",
      lede: "The {title} has {questions} in {sections}. Each question's page gives its wording and definitions, charts of how {cities} answered, and a table of every city's answer, by UN region, with where in the city's document each answer was read.",
      respondingCities: { one: 'the one responding city', other: 'the {count} responding cities' },
      overview: 'Every yes/no question at a glance',
    },
    // A question (or one of its parts) named with its number: "III.2 Strategy", in titles, charts and links.
    numbered: '{id} {title}',
    // One question's page (src/pages/questions/_QuestionPage.astro).
    page: {
      paged: '{text}: page {page} of {pages}',
      description: 'How cities answered LGQ {edition} question {id}: {wording}',
      wording: 'Wording',
      definitions: 'Definitions',
      chartsHeading: 'How cities answered',
      responded: { one: 'One city has responded so far.', other: '{count} cities responded to the LGQ {edition}.' },
      chartsElsewhere: 'Charts of how all cities answered are on {link}.',
      chartsElsewhereLink: 'the first page of this question',
      answersHeading: "Every city's answer",
      pagination: 'Pages of answers',
      paginationBottom: 'Pages of answers (bottom)',
      perPage: 'Cities are listed by UN region, then by name, {count} per page.',
      pageRange: ': {first} – {last}',
      rangeCity: '{city} ({region})',
      previousPage: 'Previous page',
      nextPage: 'Next page',
      otherQuestions: 'Other questions',
      allQuestions: 'All questions',
      previousQuestion: '← {id} {title}',
      nextQuestion: '{id} {title} →',
    },
    // How the form's own text is presented where the site adds to it.
    definitions: {
      siteHeading: '{heading} (heading added by this site)',
    },
    wording: {
      sectionHeadingOnly: 'The form asks no question here: it prints only the section’s heading and the fields below.',
    },
    // The answer states of closed (yes/no) fields: one vocabulary for answers, charts and downloads.
    states: {
      label: {
        yes: 'Yes',
        no: 'No',
      },
      explanation: {
        yes: 'The city answered yes.',
        no: 'The city answered no.',
        not_answered: 'The city left this question blank.',
        not_legible_in_source: 'The form was returned, but the option the city chose cannot be read in the source document.',
      },
    },
  },

  // Layout, navigation, header, footer and search.
  layout: {
    title: '{title} · {site}',
    skipLink: 'Skip to main content',
    fictionalLabel: 'Demonstration data.',
    fictionalText: 'The cities and answers on this site are fictional, generated for testing; they are not real survey responses.',
    navMain: 'Main',
    navSite: 'Site',
    nav: {
      home: 'Home',
      cities: 'Cities',
      questions: 'Questions',
      compare: 'Compare',
      data: 'Data',
      search: 'Search',
      about: 'About',
      methodology: 'Methodology',
    },
    footer:
      "Responses are self-reported by city governments to the United Nations E-Government Survey's Local Government Questionnaire, and published here as submitted. See the {methodology} for how they are transcribed, and {cite} them.",
    footerMethodology: 'methodology',
    footerCite: 'how to cite',
    search: {
      dialog: 'Search the knowledgebase',
      input: 'Search responses and pages',
      close: 'Close',
      help: '↓ to reach the results, Enter to open all results with filters, Esc to close.',
      all: 'All results and filters',
      unavailable: 'Search is not available: the search index could not be loaded.',
      noResults: 'No results.',
      noResultsFor: 'No results for “{query}”.',
      results: { one: '{count} result.', other: '{count} results.' },
      resultsFor: { one: '{count} result for “{query}”.', other: '{count} results for “{query}”.' },
      editorialPage: 'Editorial page',
      cityProfile: 'City profile',
    },
  },

  // Home, cities index, profile, data, about and other pages.
  pages: {
    home: {
      title: 'City responses to the UN Local Government Questionnaire',
      description:
        "The public knowledgebase of city governments' own responses to the United Nations E-Government Survey's Local Government Questionnaire (LGQ).",
      heading: 'What cities say about their digital government',
      lead: "The LGQ Knowledgebase publishes city governments' answers to the Local Government Questionnaire (LGQ) of the United Nations E-Government Survey: their portals, strategies, budgets, online services, user satisfaction, social media, crisis portals and new technologies, question by question.",
      whoseData:
        '{label} every answer is {selfReported} by the city government that returned the questionnaire, and is published as submitted, not verified or scored.',
      whoseDataLabel: 'Whose data:',
      selfReported: 'self-reported',
      editions: {
        one: 'The site holds the {editions} edition of the questionnaire;',
        other: 'The site holds the {editions} editions of the questionnaire;',
      },
      submittedOn: 'the response was submitted on {date}.',
      submittedBetween: 'responses were submitted between {first} and {last}.',
      transcribed: 'How answers are transcribed',
      statsLabel: 'The knowledgebase in numbers',
      stats: { cities: 'Cities', countries: 'Countries', regions: 'UN regions', regionsOf: 'of {count}', editions: 'Survey editions' },
      mapHeading: 'Where the responses come from',
      mapTitle: { one: 'Map of the {count} responding city', other: 'Map of the {count} responding cities' },
      mapTitleLinks: "{title}; each point links to the city's profile",
      mapCaption:
        'Each point is a responding city (latest edition); shaded countries have at least one response. Equal Earth projection; country outlines from Natural Earth (world-atlas). The same cities are listed on the cities page.',
      exploreHeading: 'Explore the responses',
      explore: {
        cities: 'Every response in one table, by UN region, with the headline figures.',
        questions: "Each question of the questionnaire, with every city's answer side by side.",
        compare: 'Put two or more cities next to each other, question by question.',
        search: 'Find a portal, a programme or a phrase in any answer.',
        data: 'Download every response as CSV or JSON, with a data dictionary.',
        about: 'What the LGQ is, the licence, how to cite, and how to add a city.',
      },
      recentHeading: 'Most recent responses',
      recent: '{city}, {country}: LGQ {edition}, submitted {date}',
    },
    notFound: {
      title: 'Page not found',
      description: 'The page you asked for is not in the LGQ Knowledgebase.',
      lead: "There is no page at this address. It may have been mistyped, or a city's page may have a different name (city pages are at {pattern}, for example {list}).",
      list: 'the list of cities',
      searchForm: 'Search for the page you wanted',
      searchLabel: 'Search for what you were looking for',
      orGoTo: 'Or go to',
      home: 'The home page',
      destination: '{link}: {what}',
      destinations: {
        cities: 'every city response, by UN region',
        questions: 'each question with every city’s answer',
        compare: 'cities side by side',
        data: 'downloads and the data dictionary',
        about: 'what the knowledgebase is',
        methodology: 'how answers are transcribed',
      },
    },
    editorial: {
      onThisPage: 'On this page',
    },
    cities: {
      title: 'Cities',
      titlePaged: 'Cities: page {page} of {pages}',
      description: 'Every city response in the LGQ Knowledgebase: {responses} from {countries}, by UN region.',
      lead: '{responses} from {countries}, grouped by UN region. Tick two or more cities to compare them.',
      pagination: 'Pages of the cities list',
      pageLink: 'Page {page}: {span} ({size})',
      pagedNote:
        'The list is split into pages of up to {size} responses. Sorting and the filter work within this page; to find any city, use {search}.',
      searchLink: 'search',
      filter: 'Filter cities',
      filterPlaceholder: 'City, country or region',
      shown: { one: '{count} response shown', other: '{count} responses shown' },
      caption: 'Responses, by UN region, with four of the figures the cities report (explained below the table).',
      captionSpan: 'Responses ({span}), by UN region, with four of the figures the cities report (explained below the table).',
      columns: {
        compare: 'Compare',
        city: 'City',
        country: 'Country',
        subregion: 'Sub-region',
        edition: 'Edition',
        submitted: 'Submitted',
      },
      indicatorColumn: '{label} %',
      indicatorColumnNote: '({label}, question {question})',
      indicatorTerm: '{label} % ({question})',
      shortLabels: { online: 'Online', mobile: 'Mobile', satisfied: 'Satisfied', budget: 'Budget' },
      continued: '(continued)',
      compareCity: 'Compare {city} ({edition})',
      compareSelected: 'Compare selected',
      selected: { one: '{count} city selected', other: '{count} cities selected' },
      groupByRegion: 'Group by UN region',
      missingTerm: 'Not given, not legible',
      missingNote:
        'The city gave no figure, or the figure cannot be read in the returned form. Missing figures are never counted as zero, and sort last.',
    },
    profile: {
      title: '{city}, {country}: LGQ {edition} response',
      description:
        "{city}'s self-reported response to the UN E-Government Survey's Local Government Questionnaire {edition}, question by question.",
      descriptionOlder:
        "{city}'s self-reported response to the UN E-Government Survey's Local Government Questionnaire {edition} (an earlier edition), question by question.",
      article: "{city}'s response, question by question",
      contents: 'Contents',
      atAGlance: 'At a glance',
      yesNo: 'Yes/no answers',
      definitions: 'Definitions',
      cite: 'Cite this response',
      // "n = 12" with no-break spaces, so it never splits across lines.
      nEquals: 'n\u00a0=\u00a0{count}',
      noneYet: 'No {edition} response gives this figure yet.',
      onlyThis: 'Only response so far to give this figure ({n}).',
      oneOther: 'One {edition} response gives this figure: {value} ({n}).',
      median: 'Median of {edition} responses: {value} ({n}).',
      barNote: "The bar shows this city's figure, the line the median.",
      checklistIntro: {
        one: '{count} yes/no item in the {edition} questionnaire{including}:',
        other: '{count} yes/no items in the {edition} questionnaire{including}:',
      },
      checklistIncluding: ', including the {parts}',
      checklistParts: { one: '{count} part of the {checklist} ({question})', other: '{count} parts of the {checklist} ({question})' },
      citeIntro: "The response is the city's own statement. Please cite it as the city's, with the edition and the date you read it.",
      linkToAnswer: 'Link to this answer',
      linkWhat: '({what})',
      question: 'question {question}',
      copyLink: 'Copy link',
      copyLinkTo: 'Copy link to {what}',
      copied: 'Link copied',
      copyFailed: 'Could not copy: use the link instead',
      definition: 'Definition: {term}',
      footnote: '(footnote {footnote} of the questionnaire)',
      definitionsHeading: 'Definitions from the questionnaire',
      definitionsIntro: 'The {edition} form defines these terms in footnotes; answers should be read with them in mind.',
      // The header (ProfileHeader.astro): who answered, where, when, and what a reader can do with it.
      country: 'Country',
      region: 'UN region',
      regionValue: '{region} · {subregion}',
      questionnaire: 'Questionnaire',
      submitted: 'Submitted',
      selfReported:
        'Self-reported by the city government and published as submitted: the knowledgebase transcribes the returned form; it does not verify or score the answers. {methodology}.',
      methodology: 'How answers are transcribed',
      source: '{label} {format}.',
      sourceLabel: 'Source:',
      editionsAnswered: 'Editions answered:',
      thisPage: '{edition} (this page)',
      downloadJson: 'Download this response (JSON)',
      downloadCountryJson: {
        one: 'Download this response (JSON)',
        other: 'Download the {count} responses from {country}, {edition} (JSON)',
      },
      compareWith: 'Compare with…',
    },
    search: {
      title: 'Search',
      description: "Search every city's answers to the Local Government Questionnaire, and the editorial pages.",
      noScript: 'Search runs in your browser and needs JavaScript, which is off or not available here.',
      noScriptBrowse:
        "You can still browse every response from the {cities}, or read all cities' answers question by question from the {questions} pages.",
      citiesLink: 'cities index',
      questionsLink: 'questions',
      order: 'Order',
      bestMatch: 'Best match',
      cityAZ: 'City name, A–Z',
      filters: 'Filters',
      section: 'Questionnaire section',
      allSections: 'All sections',
      results: 'Results',
      prompt: 'Type a word to search every response.',
      more: 'Show more results',
      groups: { type: 'Kind', region: 'UN region', country: 'Country', edition: 'Edition' },
      // Labels of the `type` filter's values (src/lib/search/records.ts).
      kinds: { response: 'Response', editorial: 'Editorial' },
    },
    data: {
      title: 'Open data',
      description:
        'Download every LGQ response as CSV or JSON, with a data dictionary generated from the questionnaire, the JSON Schema, the licence and how to cite.',
      lead: 'Every response in this knowledgebase ({responses}) as CSV and JSON, generated by the same code that builds the pages, under an open licence.',
      downloadsHeading: 'Downloads',
      readingHeading: 'Reading the files',
      csv: 'CSV',
      json: 'JSON',
      readingCsv:
        "{csv}: one row per response, one column per question field, named {pattern} (e.g. {example}; an official's name is {official}). UTF-8 with a byte-order mark, so spreadsheet software reads accents and non-Latin scripts; comma-separated, quoted where needed (RFC 4180, by d3-dsv); line breaks inside answers are kept.",
      readingCells:
        'No cell is ever blank. Closed answers are written out: {yes}, {no}, {notAnswered} (the city left it blank), {notLegible} (the form was returned but the choice cannot be read). Instead of a value a cell may hold:',
      readingLists:
        'Lists in one cell, one item per line: links as {link} or {linkLabel}; social media accounts as {account}; numbers quoted in the text as {number}.',
      readingNumbers: 'Numbers use a decimal point; percentages are 0–100 without the % sign.',
      readingFormulas:
        'Answers are published exactly as written. A cell can begin with {equals}, {plus}, {minus} or {at}; to be sure your spreadsheet treats it as text, import the file (for example “Data → From Text/CSV”) rather than opening it by double-click.',
      readingJson:
        '{json}: each response in the shape of the content files described by the JSON Schema (links are a URL or {link}), plus {id}, {slug}, the {country} (name, UN M49 code, region, sub-region) and the {profile} address. Fields a city gave no value for are left out.',
      withheldHeading: 'What is withheld, and why',
      withheldContactsLabel: "Officials' e-mail addresses and phone numbers",
      officialIn: 'the {official} in {question}',
      withheldContacts:
        "{label} ({officials}) are in no download, not even a single response's JSON: they are personal contact details, and files are easy to harvest. Their names, titles and organizations are included. Each profile page shows the e-mail address in a spelled-out form for people to read.",
      withheldFieldsLabel: 'Fields a city asked to withhold',
      withheldFields:
        "{label} are left out of every page, the search index and every download. The response's {list} list names them, and their CSV cells read {token}, so the gap is never mistaken for “not answered”.",
      licenceHeading: 'Licence',
      licence:
        'The responses were given by city governments for publication: the questionnaire states that “the responses will be shared online in the UN E-Government Survey Knowledgebase unless otherwise requested”. This compilation — the transcription, structure and derived facts — is published under the {licence} licence: you may share and adapt it for any purpose, with attribution to the LGQ Knowledgebase and the responding cities.',
      citeHeading: 'How to cite',
      citeDataset: 'The whole data set:',
      citeResponse: 'A single response: use the “{box}” box on its profile page.',
      dictionaryHeading: 'Data dictionary',
      dictionaryIntro: 'Generated from the questionnaire definition, like the files. Also as {csv} and {json}.',
      files: {
        caption: 'Download files',
        file: 'File',
        contents: 'Contents',
        size: 'Size',
        responsesJson: 'All responses, JSON',
        responsesJsonWhat: 'Every response with its answers, notes and country facts.',
        dictionaryCsv: 'Data dictionary, CSV',
        dictionaryCsvWhat: 'Every CSV column: question, wording, type, allowed values, unit.',
        dictionaryJson: 'Data dictionary, JSON',
        dictionaryJsonWhat: 'The same, with the meaning of each token.',
        schema: 'JSON Schema, LGQ {edition}',
        schemaWhat: 'The structure of a response file (JSON Schema 2020-12).',
        documents: 'Source documents, LGQ {edition}',
        documentsWhat:
          'The documents the cities returned, byte for byte, one file each (except responses that withhold part of their answer). Each city’s source page shows its document line by line.',
        oneLabel: 'The responses of one country',
        one: '{label} to one edition as JSON (the LGQ asks one city per country), at a stable address: {pattern}.',
        example: 'Example: {link} ({size}).',
        exampleLink: '{city}, {edition}',
        ownLink: "Each city's profile page links to its own.",
      },
      dictionary: {
        caption: {
          one: 'Data dictionary: {count} column of the CSV, in order',
          other: 'Data dictionary: {count} columns of the CSV, in order',
        },
        aboutResponse: 'About the response',
        notes: "Transcriber's notes (one column per question)",
        column: 'Column',
        holds: 'What it holds',
        type: 'Type',
        allowed: 'Allowed values',
        unit: 'Unit',
        none: 'none',
      },
    },
    about: {
      statesCaption: 'How yes/no answers are shown',
      statesShownAs: 'Shown as',
      statesMeaning: 'Meaning',
      editionCaption: 'LGQ {edition}: {questions} in {sections}',
      editionSection: 'Section',
      editionQuestions: 'Questions',
    },
  },

  // The /data/ page: the dataset version, its changelog and the release files (src/pages/data/).
  data: {
    versionHeading: 'Version',
    version:
      'This is version {version} of the data set, released on {date}. Every download names it: the data package and the JSON files in their "version", the workbook on its README sheet, the zip in its file name.',
    changelogHeading: 'What changed',
    dictionaryWide: 'Wide CSV:',
    changelogCaption: 'Releases of the data set, newest first',
    changeKinds: { Added: 'Added', Corrected: 'Corrected', Changed: 'Changed' },
    releaseHeading: 'Version {version} ({date})',
    files: {
      responsesCsv: 'All responses, CSV',
      responsesCsvWhat:
        'One row per response, every cell on one line: numbers as numbers, each with a status column; how each yes/no was read. Loads as a table in pandas, R and spreadsheets.',
      longCsv: 'Long table, CSV',
      longCsvWhat:
        'One row per response, question and field: value, status, how a yes/no was read, source lines, quote and note. The texts, links and figures are here.',
      citiesCsv: 'Cities, CSV',
      citiesCsvWhat: 'What the cities index lists: one row per response, with region, country, edition and address.',
      datapackage: 'Data package (Frictionless)',
      datapackageWhat:
        'Describes every CSV: each column’s type and allowed values, blank as the missing value, primary keys, licence, sources and version.',
      workbook: 'Workbook, Excel (.xlsx)',
      workbookWhat: 'A README sheet (version, licence, how to cite), the responses, the long table, the cities and the data dictionary.',
      zip: 'Everything, zip (version {version})',
      zipWhat: 'Every file listed here, and the changelog, in one archive named by the version.',
    },
    wideCsv:
      'The responses CSV keeps every cell on one line: numbers are numbers (blank when there is none, with a {status} column beside saying why), each yes/no has a {basis} column ({ticked} or {written}), and fields whose text may run over several lines (texts, links, figures, accounts) have only their {status} column there: their values are in the long CSV.',
  },

  // Citations (src/lib/cite, Citation.astro): one record per work, in four formats.
  cite: {
    author: '{city} city government ({country})',
    title: 'Response of {city} to the Local Government Questionnaire (LGQ) {edition}, {survey}',
    responseNote: 'Self-reported; submitted {submitted}',
    datasetAuthor: 'LGQ Knowledgebase contributors',
    datasetNote: 'Data set, licensed {licence}',
    text: '{author} ({year}). {title}. {note}. {publisher}, dataset version {version}. {url} (accessed {accessed}).',
    textNoUrl: '{author} ({year}). {title}. {note}. {publisher}, dataset version {version}. Accessed {accessed}.',
    formats: { text: 'Plain text', bibtex: 'BibTeX', ris: 'RIS', csl: 'CSL-JSON' },
    formatsHint: 'RIS and CSL-JSON import into reference managers (Zotero, Mendeley, EndNote) and Pandoc.',
    noAddress: 'This copy of the site was built without its public address, so the citation gives none: add the address you read it at.',
    copy: 'Copy',
    copyWhat: 'Copy the citation as {format}',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text instead',
  },

  // Page metadata for search engines, catalogues, feeds and link previews (Base.astro, JSON-LD, Atom).
  meta: {
    feedTitle: '{site}: responses added and corrected',
    feedLink: 'Responses added and corrected (Atom feed)',
    feedSubtitle: 'A new entry when a city response is added to the knowledgebase, and again when it is corrected.',
    entryAdded: '{city} ({country}): LGQ {edition} response added',
    entryCorrected: '{city} ({country}): LGQ {edition} response corrected',
    entrySummary: "{city}'s self-reported response to the LGQ {edition}, submitted {submitted}.",
    profileDataset: 'Response of {city} ({country}) to the Local Government Questionnaire {edition}',
    profileDatasetDescription:
      "{city}'s self-reported response to the Local Government Questionnaire {edition} of the United Nations E-Government Survey: the city government's own answers, question by question, on its digital government — portals, open data, services, participation and technology. Transcribed from the returned form and published as submitted.",
    datasetDescription:
      "City governments' own responses to the Local Government Questionnaire (LGQ) of the United Nations E-Government Survey, transcribed from the returned forms and published as submitted: {responses} from {cities}, question by question, with a data dictionary and JSON Schema. Contacts' e-mail addresses and phone numbers are withheld.",
    keywords: 'e-government, local government, digital government, cities, United Nations E-Government Survey, LGQ',
    sourceDocument: 'Source document of the response of {city}',
  },

  // Where each answer is in the city's own document, and how it was read (src/lib/pages/evidence.ts).
  evidence: {
    // Before the links to the source lines: "In the source: lines 194–198".
    inSource: { one: 'In the source: line', other: 'In the source: lines' },
    // How a yes/no was read, after the answer: "Yes — written in the answer".
    basis: { ticked: 'box ticked', written: 'written in the answer' },
    // The yes/no tally of a profile, by how the answers were read: "5 yes (2 box ticked, 3 written in the answer)".
    tallyBasis: '({parts})',
    tallyPart: { ticked: '{count} box ticked', written: '{count} written in the answer', unrecorded: '{count} not recorded how' },
    // Before the respondent's words a number was read from.
    // A chart table's column of yes (or no) answers read one way: "Yes: box ticked".
    column: '{answer}: {basis}',
    cityWords: 'In the city’s words:',
    chartWords: '{city}, in its own words:',
  },

  // Charts to take away: the words inside their images and beside their links (src/lib/charts/take-away.ts).
  embed: {
    source: 'LGQ Knowledgebase · self-reported by cities · CC BY 4.0 · {url}',
    date: 'Data as of {date}',
    images: 'Download this chart:',
    svg: 'SVG',
    png: 'PNG',
    // The chart's embed page (/embed/…) and the <iframe> snippet offered on the question page.
    embed: 'Embed this chart',
    snippetHint: 'Copy this HTML into your page:',
    snippetWhat: 'the embed HTML',
    copy: 'Copy',
    copyTo: 'Copy {what}',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the HTML and copy it.',
    frameTitle: '{title}: chart from the LGQ Knowledgebase',
    pageTitle: '{title}: chart',
    backLink: 'All answers to {question}, on the LGQ Knowledgebase',
  },

  // The city profile's own words added with issue 13 (the older ones are under pages.profile).
  profile: {
    // Ordinal numbers, chosen by Intl.PluralRules({ type: 'ordinal' }): 1st, 2nd, 3rd, 4th, 11th, 21st.
    ordinalOne: '{rank}st',
    ordinalTwo: '{rank}nd',
    ordinalFew: '{rank}rd',
    ordinalOther: '{rank}th',
    rank: { one: '{ordinal} highest of {count} city that gave a value', other: '{ordinal} highest of {count} cities that gave a value' },
    rankTied: {
      one: 'Joint {ordinal} highest of {count} city that gave a value',
      other: 'Joint {ordinal} highest of {count} cities that gave a value',
    },
    // The yes/no overview's tally, after a number: "3 not legible in source".
    tally: { yes: 'yes', no: 'no', notAnswered: 'not answered', notLegible: 'not legible in source', withheld: 'withheld' },
  },

  // The answers table of a question page (src/components/questions/AnswerTable.astro).
  questionPage: {
    tableHeading: "Every city's answer",
    caption: { one: '{question}: {count} answer, by UN region', other: '{question}: {count} answers, by UN region' },
    columns: {
      city: 'City',
      country: 'Country',
      answer: 'Answer',
      basis: 'How it was read',
      evidence: 'Source lines',
    },
    regionCount: { one: '{count} city', other: '{count} cities' },
    /** A table group that is one sub-region (or intermediate region) of a region too large for one page. */
    regionPart: '{region}: {part}',
    /** A page link's regions: a region with only some of its parts on the page, and which. */
    regionWithParts: '{region} ({parts})',
    state: { given: 'Answered' },
    stateCount: '{count} {state}',
    basis: {
      ticked: 'Ticked box',
      written: 'Written answer',
    },
    fullAnswer: 'Full answer',
    fullAnswerOf: 'Full answer of {city}',
    line: 'line {line}',
    lines: 'lines {from}–{to}',
    moreLines: { one: 'and {count} more range', other: 'and {count} more ranges' },
    none: '—',
    filters: {
      heading: 'Filter the table',
      city: 'Find a city',
      region: 'UN region',
      country: 'Country',
      state: 'Answer',
      all: 'All',
      reset: 'Show all',
    },
    shown: { one: '{count} of {total} answers shown.', other: '{count} of {total} answers shown.' },
    pagesIntro: 'The answers run over {count} pages, by UN region; a region too large for one page is divided at its sub-regions.',
    pageLink: 'Page {page}: {regions}',
    chartsOnly: 'charts',
    onLaterPages: 'The answers are on the pages that follow, region by region.',
    pages: 'Pages of answers',
    map: {
      heading: 'Where the values are',
      title: { one: '{indicator}: map of the city that gave a value', other: '{indicator}: map of the {count} cities that gave a value' },
      caption: 'Each dot is a city, coloured by its value. Every city and value is in the table of answers below.',
      missing: { one: 'One city gives no value and is not drawn.', other: '{count} cities give no value and are not drawn.' },
      legend: 'Cities by value',
      band: 'Value',
      cities: 'Cities',
      bandRange: '{from}–{to}{unit}',
      point: '{city}, {country}',
    },
  },

  // Search: what the search dialog and page add around Pagefind's results.
  search: {
    questionPage: 'Question page',
    didYouMean: 'Did you mean {suggestion}?',
  },

  // The source page of a response (src/pages/cities/[slug]/source.astro) and the profile's link to it.
  source: {
    title: 'Source document of {city} ({edition})',
    description: 'The document {city} returned for the LGQ {edition}, line by line, with what each line was used for.',
    heading: 'Source document',
    breadcrumb: 'Source',
    intro:
      'The document as received, line by line. Each line says what this site used it for: the answer it is evidence for (linked to the profile), or the form’s own text, a footnote, page furniture or a blank line. Lines the site did not use are marked “not used”. E-mail addresses are spelled out, as on the profiles, so they cannot be harvested from the page.',
    facts: {
      document: 'File',
      format: 'Format',
      submitted: 'Submitted',
      lines: 'Lines',
    },
    summary: {
      one: '{count} line: {parts}.',
      other: '{count} lines: {parts}.',
    },
    kinds: {
      used: { one: '{count} used by answers', other: '{count} used by answers' },
      'form text': { one: '{count} form text', other: '{count} form text' },
      footnote: { one: '{count} footnote', other: '{count} footnotes' },
      'page furniture': { one: '{count} page furniture', other: '{count} page furniture' },
      introduction: { one: '{count} introduction', other: '{count} introduction' },
      blank: { one: '{count} blank', other: '{count} blank' },
      'not used': { one: '{count} not used', other: '{count} not used' },
      withheld: { one: '{count} withheld', other: '{count} withheld' },
    },
    mark: {
      'form text': 'form text',
      footnote: 'footnote',
      'page furniture': 'page furniture',
      introduction: 'introduction',
      'not used': 'not used',
      withheld: 'withheld at the city’s request',
      city: 'city and country',
      submitted: 'submission date',
      field: '{question} {field}',
    },
    usedFor: 'Evidence for:',
    rangeLabel: 'Lines {from}–{to}: {fields}',
    withheldLine: 'Withheld at the city’s request.',
    download: 'Download the original file ({document}): in the zip of all {edition} documents ({size})',
    noDownload:
      'The original file is not offered for download: part of this response is withheld at the city’s request, and the file would show it.',
    notShown:
      'This response withholds {fields} at the city’s request, and the lines they were read from are not recorded, so the document is not shown.',
    crossing: 'Lines {from}–{to} ({fields}) overlap another range without containing it; links point to their first line.',
    backToProfile: 'Back to the answers',
    linesHeading: 'The document',
    profileLink: '{label} {format}, {lines} — {link}.',
    profileLinkLabel: 'Source document:',
    profileLinkLines: { one: '{count} line', other: '{count} lines' },
    profileLinkText: 'view with line numbers',
  },

  // A profile's strips of where the city stands (ProfileDistributions.astro, src/lib/pages/profile-strips.ts).
  profileStrips: {
    // "Baichen: 45%. 5th highest of 73 cities that gave a value; the median is 38%."
    value: '{city}: {value}. {rank}; the median is {median}.',
    valueNoRank: '{city}: {value}; the median is {median}.',
    missing: {
      one: '{city} gives no value ({reason}); the median of the {count} city that gave one is {median}.',
      other: '{city} gives no value ({reason}); the median of the {count} cities that gave one is {median}.',
    },
    noValue: { one: '{count} city gives no value.', other: '{count} cities give no value.' },
    allCities: 'See all cities',
    allCitiesLabel: 'See all cities: {title}',
  },

  /** The /search/ page's questionnaire-section filter, checked in the browser over the ranked results. */
  searchScale: {
    inSection: { one: '{count} result in {section}.', other: '{count} results in {section}.' },
    inSectionFor: { one: '{count} result for “{query}” in {section}.', other: '{count} results for “{query}” in {section}.' },
    inSectionSoFar: {
      one: '{count} result in {section} among the first {checked} checked (of {total}).',
      other: '{count} results in {section} among the first {checked} checked (of {total}).',
    },
    inSectionSoFarFor: {
      one: '{count} result for “{query}” in {section} among the first {checked} checked (of {total}).',
      other: '{count} results for “{query}” in {section} among the first {checked} checked (of {total}).',
    },
    checkMore: 'Check more',
  },
} as const;

export type EnglishCatalogue = typeof en;
