import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { i18n } from '../../i18n/index.ts';
import { questionCharts } from '../charts/catalog.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { FONT_FAMILY, renderPng } from '../charts/png.ts';
import { serializeSvg } from '../charts/svg.ts';
import { shareImage, takeAway } from '../charts/take-away.ts';
import type { TakeAway } from '../charts/take-away.ts';
import { takeAwayStyle } from '../charts/take-away-style.ts';
import { questionAnchor } from '../../questionnaire/index.ts';
import { questionPath } from '../urls.ts';
import { editionResponses, QUESTION_EDITION, questions } from './questions.ts';

/*
 * The charts of the question pages as images to take away, written at build time: a standalone SVG
 * (title, summary, notes, source line and date inside), a PNG of it, and a 1200×630 share image.
 * One of each per drawn question chart of the latest edition, never per profile (issue 15 caps the
 * file count); a profile's strip links to its question's chart. PNGs are drawn by resvg with the
 * DejaVu Sans shipped in src/assets/fonts/, so they look the same on every machine.
 */

let style: string | undefined;
/** The charts' stylesheet with its colours resolved (read once per build). */
export function imageStyle(): string {
  style ??= takeAwayStyle(
    readFileSync(resolve('src/components/charts/charts.css'), 'utf8'),
    readFileSync(resolve('src/styles/global.css'), 'utf8'),
    FONT_FAMILY,
  );
  return style;
}

export interface ChartImageProps {
  readonly spec: ChartSpec;
  readonly questionId: string;
  /** The date of the newest response in the chart, written out. */
  readonly date: string;
}

/** Every drawn chart of the latest edition's question pages, with what its images need. */
export async function chartImagePaths() {
  const all = await editionResponses(QUESTION_EDITION);
  const newest = all.reduce((max, r) => (r.submitted > max ? r.submitted : max), '');
  const date = newest ? i18n.date(newest) : '';
  return questions(QUESTION_EDITION).flatMap((question) =>
    questionCharts(all, question, QUESTION_EDITION)
      .filter((spec) => spec.svg !== undefined)
      .map((spec) => ({
        params: { id: questionAnchor(question.id), chart: spec.id },
        props: { spec, questionId: question.id, date } satisfies ChartImageProps,
      })),
  );
}

function imageOf(props: ChartImageProps, site: URL | undefined): TakeAway {
  // Without LGQ_SITE the image names the page by its path: never an invented address.
  const path = questionPath(QUESTION_EDITION, props.questionId);
  const pageUrl = site ? new URL(path, site).href : path;
  const image = takeAway(props.spec, { pageUrl, date: props.date, style: imageStyle() }, i18n);
  if (!image) throw new Error(`Chart ${props.spec.id} of ${props.questionId} is not drawn: it has no image`);
  return image;
}

const props = (context: Parameters<APIRoute>[0]) => context.props as ChartImageProps;

export const svgImageResponse: APIRoute = (context) =>
  new Response(`${serializeSvg(imageOf(props(context), context.site).tree)}\n`, {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });

export const pngImageResponse: APIRoute = async (context) =>
  new Response(await renderPng(serializeSvg(imageOf(props(context), context.site).tree)), {
    headers: { 'content-type': 'image/png' },
  });

export const shareImageResponse: APIRoute = async (context) =>
  new Response(await renderPng(serializeSvg(shareImage(imageOf(props(context), context.site), imageStyle())), 1), {
    headers: { 'content-type': 'image/png' },
  });
