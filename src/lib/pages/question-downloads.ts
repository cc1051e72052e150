import type { APIRoute, GetStaticPaths } from 'astro';
import { questionCharts } from '../charts/catalog.ts';
import { tableToCsv, tableToJson } from '../charts/table.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { questionAnchor } from '../../questionnaire/index.ts';
import { editionResponses, questions } from './questions.ts';

/** Static paths for every chart download of every question page, in one format. */
export function chartDownloadPaths(): ReturnType<GetStaticPaths> {
  return (async () => {
    const all = await editionResponses();
    return questions().flatMap((question) =>
      questionCharts(all, question).map((spec) => ({ params: { id: questionAnchor(question.id), chart: spec.id }, props: { spec } })),
    );
  })();
}

export const csvResponse: APIRoute = ({ props }) =>
  new Response(tableToCsv((props as { spec: ChartSpec }).spec.table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });

export const jsonResponse: APIRoute = ({ props }) => {
  const { spec } = props as { spec: ChartSpec };
  return new Response(
    `${JSON.stringify(tableToJson(spec.table, { title: spec.title, summary: spec.summary, notes: spec.notes }), null, 2)}\n`,
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  );
};
