import type { APIRoute } from 'astro';
import { closedOverviewChart } from '../../lib/charts/catalog.ts';
import { tableToJson } from '../../lib/charts/table.ts';
import { editionResponses, QUESTION_EDITION } from '../../lib/pages/questions.ts';

export const GET: APIRoute = async () => {
  const spec = closedOverviewChart(await editionResponses(), QUESTION_EDITION);
  return new Response(
    `${JSON.stringify(tableToJson(spec.table, { title: spec.title, summary: spec.summary, notes: spec.notes }), null, 2)}\n`,
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  );
};
