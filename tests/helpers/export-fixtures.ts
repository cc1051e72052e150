import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { toCityResponse } from '../../src/lib/data/response.ts';
import type { CityResponse } from '../../src/lib/data/response.ts';
import { schemaForEdition } from '../../src/schemas/response.ts';
import type { ResponseData } from '../../src/schemas/response.ts';
import { fictionalResponse } from './responses.ts';

/** The downloads' fixtures: the real response, and a fictional one with every awkward case. */
export function almaty(): CityResponse {
  const data = schemaForEdition(2022).parse(parseYaml(readFileSync('content/responses/2022/almaty.yaml', 'utf8')));
  return toCityResponse('almaty', data as ResponseData);
}

/** A fictional response that exercises every awkward case: withheld parts, labels, quotes, commas, line breaks, formulas. */
export function awkward(): CityResponse {
  return fictionalResponse(
    'quillon',
    {
      'I.1': {
        portals: ['https://portal.quillon.example/', { url: 'https://b.quillon.example/a?x=1,2', label: 'Portal, "second" (old)' }],
      },
      'I.3': {
        cio: { name: 'Ana Fictional', title: 'CIO', email: 'ana@quillon.example', phone: '+33 1 23 45 67 89' },
        national_link: 'Line one, with a comma.\n\nSecond paragraph with "quotes"\nand a break.',
      },
      'II.1': { national: 'yes', local: 'no', adoption: '=SUM(A1:A2) is text here, not a formula' },
      'III.2': { sendai: 'yes', sdg11: 'not_legible_in_source' },
      'III.3': { percent: 2.5, explanation: 'Secret budget text' },
      'IV.1': {
        percent: 0.71,
        figures: [
          { label: 'Services: total', value: 1234567, unit: 'services', year: 2021 },
          { label: 'Kinds', value: 12 },
        ],
      },
      'VI.1': { accounts: [{ platform: 'Fedi (main)', url: 'https://social.example/@quillon' }] },
      'IX.1': { respondent: { name: 'Bo Example', email: 'bo@quillon.example' }, status: 'other', status_other: 'Both, partly' },
    },
    {
      withheld: ['III.3.explanation', 'I.3.cio.title', 'II.1.local'],
      notes: { 'II.1': 'Read from the scan.' },
      city: { name: 'Quillon', local_name: 'Quillôn', country: 'FR', coordinates: { lat: 45.1, lon: 2.25 } },
    },
  );
}
