import type { EditionDef, FieldDef, QuestionDef } from './types.ts';

/*
 * The LGQ 2022 form, transcribed from the questionnaire as returned by cities
 * (see content/sources/2022/almaty.txt). Wording is verbatim apart from
 * footnote markers, which are modelled as `definitions`, attached where the form prints
 * them; tests/unit/questionnaire/wording.test.ts checks every string against the form.
 */

const explanation = (label = 'Explanation'): FieldDef => ({ key: 'explanation', kind: 'text', label });
const links: FieldDef = { key: 'links', kind: 'links', label: 'Links' };
const answer = (label = 'Answer'): FieldDef => ({ key: 'answer', kind: 'closed', label });

/** III.2: the sixteen checklist items, in the form's order. */
const STRATEGY_ITEMS = [
  ['implementation_plan', 'has an implementation plan.', 'Implementation plan'],
  ['national_development_strategy', 'is aligned with the national development strategy.', 'National development strategy'],
  ['sdgs', 'is aligned with the sustainable development goals (SDGs).', 'SDGs'],
  ['national_digital_strategy', 'is aligned with national digital development strategy.', 'National digital strategy'],
  [
    'shared_platforms',
    'indicates the existence of shared solutions/platforms provided at the national/regional level.',
    'Shared platforms',
  ],
  ['sdg11', 'makes specific reference to SDG 11', 'SDG 11'],
  [
    'sendai',
    'makes specific reference to the Sendai Framework for Disaster Risk Reduction 2015-2030, holistic disaster risk management at all levels',
    'Sendai Framework',
  ],
  ['e_participation', 'makes specific reference to e-Participation and/or digital inclusion/engagement.', 'E-participation'],
  ['co_creation', 'makes specific reference to co-creation mechanisms for citizens.', 'Co-creation'],
  ['social_media', 'makes specific reference to social media.', 'Social media'],
  ['local_digital_id', 'makes specific reference to a local digital ID.', 'Local digital ID'],
  [
    'new_technologies',
    'makes specific reference to new technologies such as artificial intelligence, blockchain, big data etc.',
    'New technologies',
  ],
  [
    'vulnerable_groups',
    'provides other specific measures to ensure e-Government is used by the most vulnerable groups.',
    'Vulnerable groups',
  ],
  ['ict_training', 'provides other specific measures for ICT training and digital literacy by government officials.', 'ICT training'],
  ['cyber_security', 'makes specific reference to cyber security.', 'Cyber security'],
  ['mobile_government', 'makes specific reference to mobile government.', 'Mobile government'],
] as const;

const NEW_IN_2022 = new Set(['sdg11', 'sendai']);

const questions: QuestionDef[] = [
  // I. Institutional Framework
  {
    id: 'I.1',
    section: 'I',
    number: 1,
    shortTitle: 'Official e-government portal',
    wording: 'What is the official e-Government portal of the city/municipality? If more than one exists, please list all.',
    definitions: ['e-government'],
    fields: [{ key: 'portals', kind: 'links', label: 'Portals' }],
  },
  {
    id: 'I.2',
    section: 'I',
    number: 2,
    shortTitle: 'Portals for specific services',
    wording: 'Please provide URLs for portals providing specific services/features',
    fields: [
      { key: 'e_services', kind: 'links', label: 'E-services', wording: 'a. E-services', definitions: ['e-services-portal'] },
      { key: 'e_participation', kind: 'links', label: 'E-participation', wording: 'b. E-participation', definitions: ['e-participation'] },
      {
        key: 'open_government_data',
        kind: 'links',
        label: 'Open government data',
        wording: 'c. Open government data',
        definitions: ['open-government-data'],
      },
      { key: 'public_procurement', kind: 'links', label: 'Public procurement', wording: 'd. Public procurement' },
      { key: 'other', kind: 'links', label: 'Other major portals', wording: 'e. Other major portals at the city/municipality level' },
    ],
  },
  {
    id: 'I.3',
    section: 'I',
    number: 3,
    shortTitle: 'Chief Information Officer (CIO)',
    wording: 'Does your city/municipality have a Chief Information Officer (CIO) to manage its e-Government programs/strategies?',
    definitions: ['cio'],
    fields: [
      { key: 'has_cio', kind: 'closed', label: 'Has a CIO' },
      { key: 'cio', kind: 'person', label: 'CIO' },
      {
        key: 'national_link',
        kind: 'text',
        label: 'Link to the national CIO',
        wording:
          'If yes, is the city/municipality CIO linked to any extent to the national CIO or with any government agency/department/ministry at the national level in charge of e-government? (by mandate or other type of relation)',
      },
    ],
  },
  // II. Legal Framework
  {
    id: 'II.1',
    section: 'II',
    number: 1,
    shortTitle: 'Digital government legislation',
    wording:
      'Is there any legislation/regulations on digital government such as law on digital service provision or on access to information or data privacy at the:',
    fields: [
      { key: 'national', kind: 'closed', label: 'National level', wording: 'National level?' },
      { key: 'local', kind: 'closed', label: 'Local level', wording: 'Local level?' },
      { key: 'adoption', kind: 'text', label: 'How it is adopted', wording: 'If Yes, how do you adopt these in your organization?' },
    ],
  },
  // III. Strategy and Implementation
  {
    id: 'III.1',
    section: 'III',
    number: 1,
    shortTitle: 'E-government strategy',
    wording: 'Is there a city/municipality e-Government Strategy or equivalent? If yes, please provide link and/or further details.',
    fields: [answer(), explanation('Details'), links],
  },
  {
    id: 'III.2',
    section: 'III',
    number: 2,
    shortTitle: 'What the strategy covers',
    wording:
      'Please check whichever applies to the city/municipal e-Government Strategy or equivalent and provide link, details and/or specific references for the checked area.',
    fields: [
      ...STRATEGY_ITEMS.map(([key, wording, label]): FieldDef => ({
        key,
        kind: 'closed',
        label,
        wording,
        ...(NEW_IN_2022.has(key) ? { newInEdition: true } : {}),
        // The form footnotes this one item (⁶); e-participation's footnote (³) is at I.2.b only.
        ...(key === 'vulnerable_groups' ? { definitions: ['vulnerable-groups'] } : {}),
      })),
      explanation('Details'),
      links,
    ],
    checklist: { id: 'strategy', title: 'Strategy checklist', items: STRATEGY_ITEMS.map(([key]) => key) },
  },
  {
    id: 'III.3',
    section: 'III',
    number: 3,
    shortTitle: 'Digital government budget',
    wording:
      'Does your city/municipality have a dedicated budget for digital government? Please explain by informing on the percentage compared to the total municipality budget.',
    fields: [answer(), { key: 'percent', kind: 'percent', label: 'Share of the municipal budget', unit: '%' }, explanation(), links],
  },
  {
    id: 'III.4',
    section: 'III',
    number: 4,
    shortTitle: 'Budget published online',
    wording: 'Do you publish the city/municipality budget online on the portal? Please explain further and provide links.',
    fields: [answer(), explanation(), links],
  },
  {
    id: 'III.5',
    section: 'III',
    number: 5,
    shortTitle: 'Sustainability and green economy',
    wording:
      'Are there any digital initiatives in place in your city/municipality focused on sustainability issues and/or a green economy? Please explain further and provide links.',
    fields: [answer(), explanation(), links],
  },
  {
    id: 'III.6',
    section: 'III',
    number: 6,
    shortTitle: 'Sustainable transport',
    wording:
      'Are there any digital initiatives in place in your city/municipality focused on affordable, accessible, and sustainable transport systems for all, improving road safety, notably by expanding public transport, with special attention to the needs of those in vulnerable situations, women, children, persons with disabilities and older persons? Please explain further and provide links.',
    fields: [answer(), explanation(), links],
  },
  {
    id: 'III.7',
    section: 'III',
    number: 7,
    shortTitle: 'Affordable housing and basic services',
    wording:
      'Are there any digital initiatives in place in your city/municipality focused on affordable housing and basic services to the needs of those in vulnerable situations, women, children, persons with disabilities and older persons? Please explain further and provide links.',
    fields: [answer(), explanation(), links],
  },
  {
    id: 'III.8',
    section: 'III',
    number: 8,
    shortTitle: 'Safe, inclusive public spaces',
    wording:
      'Are there any digital initiatives in place in your city/municipality focused on universal access to safe, inclusive, and accessible, green and public spaces, in particular for women and children, older persons and persons with disabilities? Please explain further and provide links.',
    fields: [answer(), explanation(), links],
  },
  {
    id: 'III.9',
    section: 'III',
    number: 9,
    shortTitle: 'Partnerships',
    wording:
      'Does your city/municipality include partnerships with other national or international cities and/or private sector, civil society? Please explain further and provide links.',
    fields: [answer(), explanation(), links],
  },
  // IV. Usage of online services
  {
    id: 'IV.1',
    section: 'IV',
    number: 1,
    shortTitle: 'Services offered online',
    wording: 'What is the percentage of city/municipality services offered online (municipality website)? Please explain and provide links',
    fields: [
      { key: 'percent', kind: 'percent', label: 'Share of services online', unit: '%' },
      { key: 'figures', kind: 'figures', label: 'Other figures quoted' },
      explanation(),
      links,
    ],
  },
  {
    id: 'IV.2',
    section: 'IV',
    number: 2,
    shortTitle: 'Services offered via mobile',
    wording:
      'What is the percentage of city/municipality services offered through dedicated mobile means (mobile applications)? Please explain and provide links.',
    fields: [{ key: 'percent', kind: 'percent', label: 'Share of services via mobile', unit: '%' }, explanation(), links],
  },
  {
    id: 'IV.3',
    section: 'IV',
    number: 3,
    shortTitle: 'Usage statistics collected',
    wording: 'Do you collect usage statistics of e-Government services?',
    fields: [answer()],
  },
  {
    id: 'IV.4',
    section: 'IV',
    number: 4,
    shortTitle: 'Usage statistics published',
    wording: 'If yes, do you publish the results online and share those with the public institutions concerned?',
    fields: [answer(), explanation(), links],
  },
  // V. User satisfaction
  {
    id: 'V.1',
    section: 'V',
    number: 1,
    shortTitle: 'Satisfaction measured',
    wording: 'Do you measure the satisfaction of citizens with the e-Government services provided?',
    fields: [answer()],
  },
  {
    id: 'V.2',
    section: 'V',
    number: 2,
    shortTitle: 'Satisfaction results published',
    wording: 'If yes, do you publish the results online and share those with the public institutions concerned? Please explain further.',
    fields: [answer(), explanation(), links],
  },
  {
    id: 'V.3',
    section: 'V',
    number: 3,
    shortTitle: 'Population satisfied',
    wording:
      'What is the percentage of the population satisfied with their last experience of online public services? Please explain further.',
    definitions: ['sdg-16-6-2'],
    fields: [{ key: 'percent', kind: 'percent', label: 'Share of population satisfied', unit: '%' }, explanation(), links],
  },
  // VI. Social Media
  {
    id: 'VI.1',
    section: 'VI',
    number: 1,
    shortTitle: 'Social media',
    wording:
      'Do you use social media at the city/municipality level to interact with and engage people in e-government activities? Please explain further.',
    fields: [answer(), explanation(), links, { key: 'accounts', kind: 'accounts', label: 'Social media accounts' }],
  },
  // VII. Crisis/Emergency Response and Recovery
  {
    id: 'VII.1',
    section: 'VII',
    number: 1,
    shortTitle: 'Crisis and emergency portal',
    wording:
      'Is there a specific local government portal or a dedicated section of the city/municipality portal addressing crisis/emergency situations (e.g. natural disasters, pandemics and similar) Please explain further and provide links.',
    fields: [answer(), explanation(), links],
  },
  // VIII. Smart City and New Technologies
  {
    id: 'VIII.1',
    section: 'VIII',
    number: 1,
    shortTitle: 'New-technology strategy',
    wording:
      'Do you have a specific city/municipality strategy on new technologies? (e.g. Artificial Intelligence, IoT, Blockchain, Smart City, 5G, Virtual/Augmented Reality, Robotics, 3D Printing) If yes, please explain further and provide links.',
    fields: [answer(), explanation(), links],
  },
  {
    id: 'VIII.2',
    section: 'VIII',
    number: 2,
    shortTitle: 'Big data and AI in decisions',
    wording: 'Does your city/municipality strategy plans for the use of big data analytics or AI in their decision-making processes?',
    fields: [
      answer(),
      { key: 'explanation', kind: 'text', label: 'If yes, explanation', wording: 'If Yes, please explain further and provide links.' },
      links,
    ],
  },
  // IX. Contact and Additional Information
  {
    id: 'IX.1',
    section: 'IX',
    number: 1,
    shortTitle: 'Respondent',
    // The form asks no question here: it prints the section's heading, then the contact fields.
    wording: 'Contact and Additional Information',
    sectionHeadingOnly: true,
    fields: [
      { key: 'respondent', kind: 'person', label: 'Respondent' },
      {
        key: 'status',
        kind: 'choice',
        label: 'Respondent status',
        wording: 'Please select whichever applies:',
        options: [
          { value: 'authorized_fully_knowledgeable', label: 'I am authorized and fully knowledgeable to respond to this questionnaire.' },
          { value: 'not_full_information', label: 'I did not have the full information to respond to this questionnaire' },
          { value: 'mostly_own_opinion', label: 'I mostly provided my own opinion/assessment rather than official information.' },
          { value: 'other', label: 'Other' },
        ],
      },
      { key: 'status_other', kind: 'text', label: 'Other (please specify)', wording: 'Other:' },
    ],
  },
];

export const LGQ_2022: EditionDef = {
  edition: 2022,
  title: 'Local Government Questionnaire (LGQ) for the United Nations E-Government Survey 2022',
  introduction:
    'The objective of this questionnaire is to gather information from local governments/municipalities in preparation for the upcoming United Nations E-Government Survey. For the first time in 2018, the United Nations E-Government Survey assessed 40 pilot cities. The 2020 Survey featured 100 cities/local government websites assessment and the upcoming survey of 2022 has increased to 193 cities. The responses will be shared online in the UN E-Government Survey Knowledgebase unless otherwise requested. For any question about this questionnaire, please contact dpidg@un.org.',
  sections: [
    { id: 'I', title: 'Institutional Framework' },
    { id: 'II', title: 'Legal Framework' },
    { id: 'III', title: 'Strategy and Implementation' },
    { id: 'IV', title: 'Usage of online services' },
    { id: 'V', title: 'User satisfaction' },
    { id: 'VI', title: 'Social Media' },
    { id: 'VII', title: 'Crisis/Emergency Response and Recovery' },
    { id: 'VIII', title: 'Smart City and New Technologies' },
    { id: 'IX', title: 'Contact and Additional Information' },
  ],
  questions,
  definitions: [
    {
      id: 'e-government',
      footnote: 1,
      term: 'E-government',
      aliases: ['e-Government', 'digital government', 'e-government'],
      text: 'E-government or digital government will be used interchangeably in this Survey and is defined as delivering services online and engaging people by using Information and Communication Technologies (ICTs).',
    },
    {
      id: 'e-services-portal',
      footnote: 2,
      siteHeading: 'E-services portal',
      aliases: ['E-services'],
      text: 'A specific portal where you can see the list of all online services available to the public.',
    },
    {
      id: 'e-participation',
      footnote: 3,
      term: 'E-Participation',
      aliases: ['e-Participation', 'e-participation'],
      text: 'E-Participation is about fostering civic engagement and open, participatory governance through Information and Communications Technologies (ICTs).',
    },
    {
      id: 'open-government-data',
      footnote: 4,
      term: 'Open Government Data',
      aliases: ['Open government data', 'OGD'],
      text: 'Open Government Data allows citizens to monitor data streams and thereby improves the accountability and transparency of government. OGD also allows citizens to be aware of important issues and to be part of the decision-making process to address policy issues (e-participation).',
    },
    {
      id: 'cio',
      footnote: 5,
      term: 'CIO',
      aliases: ['Chief Information Officer', 'CTO', 'CDO'],
      text: 'CIO or a similar senior official with a leadership role, sometimes referred as Chief Technology Officer (CTO) or Chief Digital Officer (CDO)',
    },
    {
      id: 'vulnerable-groups',
      footnote: 6,
      siteHeading: 'Vulnerable groups',
      aliases: ['vulnerable groups', 'most vulnerable groups'],
      text: 'Poor, immigrants, older persons, persons with disabilities, women, youth, indigenous people',
    },
    {
      id: 'sdg-16-6-2',
      footnote: 7,
      siteHeading: 'Population (SDG indicator 16.6.2)',
      aliases: ['population'],
      text: 'Related to SDG Indicator 16.6.2 Proportion of population satisfied with their last experience of public services. See for all indicators: https://unstats.un.org/sdgs/indicators/Global%20Indicator%20Framework%20after%20refinement_Eng.pdf',
    },
  ],
  boilerplate: [
    'Local Government Questionnaire (LGQ) for the United Nations E-Government Survey',
    'United Nations E-Government Survey – Local Government Questionnaire (LGQ)',
    'Thank you for taking the time to fill out the Local Government Questionnaire (LGQ) 2022.',
    'We appreciate your participation.',
  ],
  indicators: [
    { id: 'services-online', questionId: 'IV.1', unit: '%', compute: 'percent', field: 'percent' },
    { id: 'services-mobile', questionId: 'IV.2', unit: '%', compute: 'percent', field: 'percent' },
    { id: 'satisfaction', questionId: 'V.3', unit: '%', compute: 'percent', field: 'percent' },
    { id: 'digital-budget', questionId: 'III.3', unit: '%', compute: 'percent', field: 'percent' },
    { id: 'strategy-items', questionId: 'III.2', unit: 'items', compute: 'checklistTicked' },
    {
      id: 'portals',
      questionId: 'I.1',
      unit: 'portals',
      compute: 'distinctLinks',
      fields: [
        { questionId: 'I.1', field: 'portals' },
        ...['e_services', 'e_participation', 'open_government_data', 'public_procurement', 'other'].map((field) => ({
          questionId: 'I.2',
          field,
        })),
      ],
    },
    { id: 'social-accounts', questionId: 'VI.1', unit: 'accounts', compute: 'entries', field: 'accounts' },
  ],
  contact: { questionId: 'IX.1', person: 'respondent', status: 'status' },
};
