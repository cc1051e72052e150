import type { APIRoute } from 'astro';
import { closedOverviewChart } from '../../lib/charts/catalog.ts';
import { tableToCsv } from '../../lib/charts/table.ts';
import { editionResponses, QUESTION_EDITION } from '../../lib/pages/questions.ts';

export const GET: APIRoute = async () =>
  new Response(tableToCsv(closedOverviewChart(await editionResponses(), QUESTION_EDITION).table), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
