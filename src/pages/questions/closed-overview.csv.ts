import type { APIRoute } from 'astro';
import { QUESTION_EDITION } from '../../lib/pages/questions.ts';
import { closedOverviewCsv } from '../../lib/pages/question-downloads.ts';

export const GET: APIRoute = () => closedOverviewCsv(QUESTION_EDITION);
