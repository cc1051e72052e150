import type { APIRoute } from 'astro';
import { QUESTION_EDITION } from './_data.ts';
import { closedOverviewCsv } from './_downloads.ts';

export const GET: APIRoute = () => closedOverviewCsv(QUESTION_EDITION);
