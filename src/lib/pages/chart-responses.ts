import { getResponses } from '../data/index.ts';
import type { CityResponse } from '../data/index.ts';

/*
 * The responses a chart compares: the latest response of each city to one edition, one array per
 * edition for the whole build (chart layouts are memoised on the array).
 */
const byEdition = new Map<number, Promise<readonly CityResponse[]>>();

export function responsesOfEdition(edition: number): Promise<readonly CityResponse[]> {
  let p = byEdition.get(edition);
  if (!p) {
    p = getResponses().then((all) => all.filter((r) => r.edition === edition));
    byEdition.set(edition, p);
  }
  return p;
}
