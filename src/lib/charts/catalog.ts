import { answerCategory } from '../../fields/index.ts';
import { i18n, t } from '../../i18n/index.ts';
import { fieldStatus } from '../data/answers.ts';
import type { CityResponse } from '../data/response.ts';
import { closedBases } from '../data/evidence.ts';
import type { ClosedBases } from '../data/evidence.ts';
import { editionIndicators, indicatorValue } from '../indicators/index.ts';
import type { IndicatorDef } from '../indicators/index.ts';
import { checklistItems, getEdition, LATEST_EDITION } from '../../questionnaire/index.ts';
import type { QuestionDef } from '../../questionnaire/index.ts';
import { chartEmbedPath, closedOverviewPath, profilePath, questionChartImagePath, questionChartPath } from '../urls.ts';
import { choiceCategories, closedCategories, coverageCategories } from './categories.ts';
import { heatmapChart } from './heatmap/index.ts';
import { rankedChart } from './ranked/index.ts';
import type { ChartDownloads, ChartSpec } from './spec.ts';
import { stackedChart } from './stacked/index.ts';
import type { StackedRow } from './stacked/index.ts';
import { stripChart } from './strip/index.ts';

/*
 * Which charts each page shows, built from plain responses. The question pages, the profiles and the
 * CSV/JSON endpoints all call these, so a chart's table and its downloads come from one object.
 * Results are memoised per responses array (the data module hands out one array per build).
 */

/**
 * Where a question's chart downloads live (beside the edition's question page). The latest
 * edition's charts are images too (src/pages/questions/[id]/[chart].svg.ts, .png.ts); older
 * editions' only their data.
 */
export function chartDownloads(edition: number, questionId: string, chartId: string): ChartDownloads {
  const data = {
    csv: questionChartPath(edition, questionId, chartId, 'csv'),
    json: questionChartPath(edition, questionId, chartId, 'json'),
  };
  if (edition !== LATEST_EDITION) return data;
  return {
    ...data,
    images: {
      svg: questionChartImagePath(edition, questionId, chartId, 'svg'),
      png: questionChartImagePath(edition, questionId, chartId, 'png'),
      embed: chartEmbedPath(edition, questionId, chartId),
    },
  };
}

const cache = new WeakMap<readonly CityResponse[], Map<string, unknown>>();
function memo<T>(responses: readonly CityResponse[], key: string, make: () => T): T {
  let m = cache.get(responses);
  if (!m) cache.set(responses, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

const cityHref = (r: CityResponse) => profilePath(r.slug);

function indicatorValues(responses: readonly CityResponse[], indicator: IndicatorDef) {
  return memo(responses, `values:${indicator.id}`, () => responses.map((r) => ({ r, value: indicatorValue(r, indicator) })));
}

export const indicatorsOf = (edition: number, question: QuestionDef) =>
  editionIndicators(edition).filter((i) => i.questionId === question.id);

/** What a distribution strip of one indicator is drawn from: one items array per indicator (the strip layout caches its sorting and binning on it). */
export function distributionInput(responses: readonly CityResponse[], indicator: IndicatorDef) {
  return memo(responses, `strip-input:${indicator.id}`, () => ({
    id: `${indicator.id}-distribution`,
    title: t('charts.titles.distribution', { indicator: indicator.label }),
    measure: indicator.label.toLocaleLowerCase(i18n.lang),
    items: indicatorValues(responses, indicator).map(({ r, value }) => ({ id: r.id, label: r.city.name, value })),
    options: {
      // The unit's key: the charts write its plural forms ("1 item", "8 items").
      unit: indicator.source.unit,
      ...(indicator.max !== undefined ? { max: indicator.max } : {}),
    },
  }));
}

/** The distribution strip of one indicator, optionally with one city highlighted. */
export function distributionChart(responses: readonly CityResponse[], indicator: IndicatorDef, highlight?: CityResponse): ChartSpec {
  const input = distributionInput(responses, indicator);
  const make = () =>
    stripChart({
      ...input,
      // With a highlighted city dots are bare: the page stays light; the question page has the tooltips.
      options: { ...input.options, ...(highlight ? { highlight: highlight.id, compact: true } : {}) },
      downloads: chartDownloads(indicator.edition, indicator.questionId, input.id),
    });
  // Highlighted variants are used once each: not worth keeping.
  return highlight ? make() : memo(responses, `strip:${indicator.id}`, make);
}

export function rankedIndicatorChart(responses: readonly CityResponse[], indicator: IndicatorDef, highlight?: CityResponse): ChartSpec {
  return memo(responses, `ranked:${indicator.id}:${highlight?.id ?? ''}`, () =>
    rankedChart({
      id: `${indicator.id}-ranked`,
      title: t('charts.titles.ranked', { indicator: indicator.label }),
      measure: indicator.label.toLocaleLowerCase(i18n.lang),
      items: indicatorValues(responses, indicator).map(({ r, value }) => ({
        id: r.id,
        label: r.city.name,
        country: r.country.name,
        href: cityHref(r),
        value,
      })),
      options: {
        // The unit's key: the charts write its plural forms ("1 item", "8 items").
        unit: indicator.source.unit,
        ...(indicator.max !== undefined ? { max: indicator.max } : {}),
        ...(highlight ? { highlight: highlight.id } : {}),
      },
      downloads: chartDownloads(indicator.edition, indicator.questionId, `${indicator.id}-ranked`),
    }),
  );
}

function closedRows(responses: readonly CityResponse[], question: QuestionDef): StackedRow[] {
  return question.fields
    .filter((f) => f.kind === 'closed')
    .map((field) => {
      const counts: Record<string, number> = {};
      for (const r of responses) {
        const s = fieldStatus(r, question, field);
        const key = s.kind === 'withheld' ? 'withheld' : s.kind === 'absent' ? 'not_answered' : (answerCategory(s.answer) ?? 'given');
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return { id: `${question.id}.${field.key}`, label: field.key === 'answer' ? question.shortTitle : field.label, counts };
    });
}

/** How the yes and no answers of each closed row were read (a ticked box, a written word), by row id. */
function closedRowBases(responses: readonly CityResponse[], questions: readonly QuestionDef[]): Map<string, ClosedBases> {
  return new Map(
    questions.flatMap((q) =>
      q.fields.filter((f) => f.kind === 'closed').map((f) => [`${q.id}.${f.key}`, closedBases(responses, q.id, f.key)] as const),
    ),
  );
}

/** Every closed question of the edition in one stacked chart (the /questions/ overview). */
export function closedOverviewChart(responses: readonly CityResponse[], edition: number): ChartSpec {
  return memo(responses, `closed-overview:${edition}`, () =>
    stackedChart({
      id: 'closed-overview',
      title: t('charts.titles.closedOverview'),
      rows: getEdition(edition).questions.flatMap((q) =>
        closedRows(responses, q).map((row) => ({ ...row, label: t('questions.numbered', { id: q.id, title: row.label }) })),
      ),
      categories: closedCategories(),
      rowHeader: t('charts.titles.rowQuestion'),
      bases: closedRowBases(responses, getEdition(edition).questions),
      downloads: { csv: closedOverviewPath(edition, 'csv'), json: closedOverviewPath(edition, 'json') },
    }),
  );
}

/** The charts of one question page, in the order shown. */
export function questionCharts(responses: readonly CityResponse[], question: QuestionDef, edition: number): ChartSpec[] {
  return memo(responses, `question:${edition}:${question.id}`, () => {
    const charts: ChartSpec[] = [];
    const closed = closedRows(responses, question);
    if (closed.length)
      charts.push(
        stackedChart({
          id: 'closed-answers',
          title: t('charts.titles.answers', { question: t('questions.numbered', { id: question.id, title: question.shortTitle }) }),
          rows: closed,
          categories: closedCategories(),
          rowHeader: t('charts.titles.rowItem'),
          bases: closedRowBases(responses, [question]),
          downloads: chartDownloads(edition, question.id, 'closed-answers'),
        }),
      );
    if (question.checklist) {
      const items = checklistItems(question);
      charts.push(
        heatmapChart({
          id: `${question.checklist.id}-heatmap`,
          title: t('charts.titles.checklistHeatmap', { checklist: question.checklist.title }),
          items: items.map((f) => ({ key: f.key, label: f.label })),
          rows: responses.map((r) => ({
            id: r.id,
            label: r.city.name,
            country: r.country.name,
            region: r.country.region,
            states: Object.fromEntries(
              items.map((f) => {
                const s = fieldStatus(r, question, f);
                return [
                  f.key,
                  s.kind === 'withheld' ? 'withheld' : s.kind === 'absent' ? 'not_answered' : (answerCategory(s.answer) ?? 'given'),
                ];
              }),
            ),
          })),
          downloads: chartDownloads(edition, question.id, `${question.checklist.id}-heatmap`),
        }),
      );
    }
    for (const indicator of indicatorsOf(edition, question))
      charts.push(rankedIndicatorChart(responses, indicator), distributionChart(responses, indicator));
    const choice = question.fields.find((f) => f.kind === 'choice');
    if (choice?.options) {
      const counts: Record<string, number> = {};
      for (const r of responses) {
        const s = fieldStatus(r, question, choice);
        const key = s.kind === 'withheld' ? 'withheld' : s.kind === 'absent' ? 'not_answered' : (answerCategory(s.answer) ?? 'given');
        counts[key] = (counts[key] ?? 0) + 1;
      }
      charts.push(
        stackedChart({
          id: 'choice',
          title: t('charts.titles.answers', { question: t('questions.numbered', { id: question.id, title: choice.label }) }),
          rows: [{ id: `${question.id}.${choice.key}`, label: choice.label, counts }],
          categories: choiceCategories(choice.options),
          rowHeader: t('charts.titles.rowItem'),
          downloads: chartDownloads(edition, question.id, 'choice'),
        }),
      );
    }
    const other = question.fields.filter((f) => f.kind !== 'closed' && f.kind !== 'choice');
    if (other.length) {
      const rows = other.map((field) => {
        const counts: Record<string, number> = {};
        for (const r of responses) {
          const s = fieldStatus(r, question, field);
          const key = s.kind === 'withheld' ? 'withheld' : s.kind === 'absent' ? 'not_given' : 'given';
          counts[key] = (counts[key] ?? 0) + 1;
        }
        return { id: `${question.id}.${field.key}`, label: field.label, counts };
      });
      charts.push(
        stackedChart({
          id: 'coverage',
          title: t('charts.titles.coverage', { question: t('questions.numbered', { id: question.id, title: question.shortTitle }) }),
          rows,
          categories: coverageCategories(),
          rowHeader: t('charts.titles.rowPart'),
          downloads: chartDownloads(edition, question.id, 'coverage'),
        }),
      );
    }
    return charts;
  });
}
