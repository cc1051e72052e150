import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetVersion } from '../export/version.ts';
import { closedOverviewChart, questionCharts } from '../charts/catalog.ts';
import { tableToCsv, tableToJson } from '../charts/table.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { questionAnchor } from '../../questionnaire/index.ts';
import { editionResponses, OTHER_EDITIONS, QUESTION_EDITION, questions } from './questions.ts';

/** Every chart download of every question page of an edition: the question, the chart and its spec. */
export async function chartDownloadsOf(edition: number) {
  const all = await editionResponses(edition);
  return questions(edition).flatMap((question) =>
    questionCharts(all, question, edition).map((spec) => ({ id: questionAnchor(question.id), chart: spec.id, spec })),
  );
}

/** Static paths for every chart download of the latest edition's question pages, in one format. */
export function chartDownloadPaths(): ReturnType<GetStaticPaths> {
  return chartDownloadsOf(QUESTION_EDITION).then((list) => list.map(({ id, chart, spec }) => ({ params: { id, chart }, props: { spec } })));
}

/** The same for every other edition, under `/editions/<edition>/questions/`. */
export async function otherEditionChartDownloadPaths() {
  const perEdition = await Promise.all(
    OTHER_EDITIONS.map(async (edition) =>
      (await chartDownloadsOf(edition)).map(({ id, chart, spec }) => ({
        params: { edition: String(edition), id, chart },
        props: { spec },
      })),
    ),
  );
  return perEdition.flat();
}

/** The yes/no overview of an edition, as CSV. */
export async function closedOverviewCsv(edition: number): Promise<Response> {
  return new Response(tableToCsv(closedOverviewChart(await editionResponses(edition), edition).table), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}

/** The yes/no overview of an edition, as JSON. */
export async function closedOverviewJson(edition: number): Promise<Response> {
  return specJson(closedOverviewChart(await editionResponses(edition), edition));
}

function specJson(spec: ChartSpec): Response {
  return new Response(
    `${JSON.stringify(tableToJson(spec.table, { title: spec.title, summary: spec.summary, notes: spec.notes, version: datasetVersion() }), null, 2)}\n`,
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  );
}

export const csvResponse: APIRoute = ({ props }) =>
  new Response(tableToCsv((props as { spec: ChartSpec }).spec.table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });

export const jsonResponse: APIRoute = ({ props }) => specJson((props as { spec: ChartSpec }).spec);
