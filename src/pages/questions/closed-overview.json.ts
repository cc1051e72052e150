import type { APIRoute } from 'astro';
import { QUESTION_EDITION } from '../../lib/pages/questions.ts';
import { closedOverviewJson } from '../../lib/pages/question-downloads.ts';

export const GET: APIRoute = () => closedOverviewJson(QUESTION_EDITION);
