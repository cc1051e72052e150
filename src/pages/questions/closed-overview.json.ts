import type { APIRoute } from 'astro';
import { QUESTION_EDITION } from './_data.ts';
import { closedOverviewJson } from './_downloads.ts';

export const GET: APIRoute = () => closedOverviewJson(QUESTION_EDITION);
