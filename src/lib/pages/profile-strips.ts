import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { i18n } from '../../i18n/index.ts';
import type { I18n } from '../../i18n/index.ts';
import { distributionChart, distributionInput } from '../charts/catalog.ts';
import { MIN_CHARTED } from '../charts/few.ts';
import { formatValue } from '../charts/format.ts';
import { missingReasonText } from '../charts/reasons.ts';
import { CHART_WIDTHS } from '../charts/spec.ts';
import { layoutStrip } from '../charts/strip/layout.ts';
import { stripImage, stripImageDrawing } from '../charts/strip/image.ts';
import type { StripImageInput } from '../charts/strip/image.ts';
import { stripMarker } from '../charts/strip/marker.ts';
import type { StripMarker } from '../charts/strip/marker.ts';
import { serializeSvg } from '../charts/svg.ts';
import { stripImageStyle } from '../charts/take-away-style.ts';
import type { CityResponse } from '../data/response.ts';
import { editionIndicators, indicatorValue, summarize } from '../indicators/index.ts';
import type { IndicatorDef, IndicatorValue, Summary } from '../indicators/index.ts';
import { questionAnchor } from '../../questionnaire/index.ts';
import { questionChartAnchorPath, stripImageName, stripImagePath } from '../urls.ts';
import type { ChartDrawing } from '../urls.ts';
import { responsesOfEdition } from './chart-responses.ts';
import { indicatorQuote } from './evidence.ts';
import { rankOf, rankText } from './profiles.ts';

/*
 * Where a city stands, on its profile (issue 13): one small figure per numeric indicator. The
 * distribution of every city is a shared image per indicator and drawing width, written once per
 * build beside the question's page (`stripImagePath`); the profile adds only its own sentence and
 * the city's marker, laid over the image from the same pure layout (strip/marker.ts). The bins
 * table and downloads stay on the question page, which "See all cities" links to.
 */

const DRAWINGS = ['wide', 'narrow'] as const satisfies readonly ChartDrawing[];

export interface StripDrawing {
  readonly src: string;
  readonly width: number;
  readonly height: number;
  /** The city's marker on this drawing; none without a value. */
  readonly marker?: StripMarker;
}

export interface ProfileStrip {
  /** The strip's id on the profile, the same as its chart's on the question page. */
  readonly id: string;
  readonly title: string;
  /** The city's value, its rank where that means something, and the median; or, with too few values, what they are. */
  readonly sentence: string;
  /** The shared image's description (the distribution, no city named): the <img> alt. */
  readonly alt: string;
  readonly notes: readonly string[];
  /** The label beside the marker ("Baichen: 45%"). */
  readonly label: string;
  /** Absent when too few cities gave a value to draw a distribution (the sentence says them). */
  readonly drawings?: { readonly wide: StripDrawing; readonly narrow: StripDrawing };
  /** The chart on the question page, with every city, its table and downloads. */
  readonly allCities: string;
  readonly questionId: string;
  /** What the indicator measures (its definition). */
  readonly description: string;
  readonly quote?: string;
}

function imageInput(all: readonly CityResponse[], indicator: IndicatorDef): StripImageInput {
  const input = distributionInput(all, indicator);
  return { ...input, summary: distributionChart(all, indicator).summary };
}

const valuesOf = new WeakMap<readonly object[], { values: readonly IndicatorValue[]; summary: Summary }>();

/** Every city's value of the indicator and their summary, once per build (each profile asks). */
function distribution(all: readonly CityResponse[], indicator: IndicatorDef) {
  const items = distributionInput(all, indicator).items;
  let found = valuesOf.get(items);
  if (!found) {
    const values = items.map((i) => i.value);
    found = { values, summary: summarize(values) };
    valuesOf.set(items, found);
  }
  return found;
}

function sentenceOf(all: readonly CityResponse[], indicator: IndicatorDef, response: CityResponse, text: I18n): string {
  const own = indicatorValue(response, indicator);
  const { values, summary } = distribution(all, indicator);
  const city = response.city.name;
  const unit = indicator.source.unit;
  // Too few values for a distribution: the highlighted chart's sentence lists them, the city's among them.
  if (summary.n < MIN_CHARTED || summary.median === undefined) return distributionChart(all, indicator, response).summary;
  const median = formatValue(text, summary.median, unit);
  if (own.kind !== 'value')
    return text.t('profileStrips.missing', { city, reason: missingReasonText(text, own.reason), count: summary.n, median });
  const rank = rankOf(own, values);
  const value = formatValue(text, own.value, unit);
  return rank
    ? text.t('profileStrips.value', { city, value, rank: rankText(rank, text), median })
    : text.t('profileStrips.valueNoRank', { city, value, median });
}

const imageSizes = new WeakMap<I18n, WeakMap<object, Map<ChartDrawing, { width: number; height: number }>>>();

/**
 * The shared image's size, once per build and drawing: every profile places its marker on the same
 * image, and drawing the whole image for each one to read its viewBox was 3% of a profiled build.
 */
function imageSize(input: StripImageInput, variant: ChartDrawing, text: I18n): { width: number; height: number } {
  let byItems = imageSizes.get(text);
  if (!byItems) imageSizes.set(text, (byItems = new WeakMap()));
  let byVariant = byItems.get(input.items);
  if (!byVariant) byItems.set(input.items, (byVariant = new Map()));
  let size = byVariant.get(variant);
  if (!size) {
    const [, , width = 0, height = 0] = String(stripImageDrawing(input, variant, text).attrs['viewBox'])
      .split(' ')
      .map(Number);
    byVariant.set(variant, (size = { width, height }));
  }
  return size;
}

/** The strips of one profile, in the edition's order of indicators. */
export async function profileStrips(response: CityResponse, text: I18n = i18n): Promise<ProfileStrip[]> {
  const all = await responsesOfEdition(response.edition);
  return editionIndicators(response.edition, text).map((indicator) => {
    const input = imageInput(all, indicator);
    const spec = distributionChart(all, indicator);
    const own = indicatorValue(response, indicator);
    const label =
      own.kind === 'value'
        ? text.t('charts.cityValue', { city: response.city.name, value: formatValue(text, own.value, indicator.source.unit) })
        : '';
    const drawing = (variant: ChartDrawing): StripDrawing => {
      const marks = layoutStrip(input.items, {
        compare: text.compare,
        ...input.options,
        width: CHART_WIDTHS[variant],
        highlight: response.id,
      });
      const marker = stripMarker(marks, label);
      const { width, height } = imageSize(input, variant, text);
      return {
        src: stripImagePath(indicator.edition, indicator.questionId, indicator.id, variant),
        width,
        height,
        ...(marker ? { marker } : {}),
      };
    };
    const quote = indicatorQuote(response, indicator);
    const missing = input.items.filter((i) => i.value.kind !== 'value').length;
    return {
      id: input.id,
      title: input.title,
      sentence: sentenceOf(all, indicator, response, text),
      alt: input.summary,
      // The chart's own notes point to its table, which is on the question page: here only how many gave no value.
      notes: missing ? [text.t('profileStrips.noValue', { count: missing })] : [],
      label,
      ...(spec.svg ? { drawings: { wide: drawing('wide'), narrow: drawing('narrow') } } : {}),
      allCities: questionChartAnchorPath(indicator.edition, indicator.questionId, input.id),
      questionId: indicator.questionId,
      description: indicator.description,
      ...(quote ? { quote } : {}),
    };
  });
}

export interface StripImageProps {
  readonly edition: number;
  readonly indicatorId: string;
  readonly drawing: ChartDrawing;
}

/** Every shared strip image of an edition: one per drawn indicator and drawing width (none below MIN_CHARTED values). */
export async function stripImagePaths(edition: number) {
  const all = await responsesOfEdition(edition);
  return editionIndicators(edition)
    .filter((indicator) => distributionChart(all, indicator).svg !== undefined)
    .flatMap((indicator) =>
      DRAWINGS.map((drawing) => ({
        params: { id: questionAnchor(indicator.questionId), drawing: stripImageName(indicator.id, drawing) },
        props: { edition, indicatorId: indicator.id, drawing } satisfies StripImageProps,
      })),
    );
}

let sources: { charts: string; page: string } | undefined;
/** The strip image's stylesheet, for the classes it uses (charts.css and the page tokens, read once per build). */
function styleFor(classes: ReadonlySet<string>): string {
  sources ??= {
    charts: readFileSync(resolve('src/components/charts/charts.css'), 'utf8'),
    page: readFileSync(resolve('src/styles/global.css'), 'utf8'),
  };
  return stripImageStyle(sources.charts, sources.page, classes);
}

/** One shared strip image file. */
export async function stripImageSvg(props: StripImageProps, text: I18n = i18n): Promise<string> {
  const all = await responsesOfEdition(props.edition);
  const indicator = editionIndicators(props.edition, text).find((i) => i.id === props.indicatorId);
  if (!indicator) throw new Error(`No indicator ${props.indicatorId} in edition ${props.edition}`);
  return `${serializeSvg(stripImage(imageInput(all, indicator), props.drawing, text, styleFor))}\n`;
}

export const stripImageResponse: APIRoute = async (context) =>
  new Response(await stripImageSvg(context.props as StripImageProps), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
