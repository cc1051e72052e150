import type { APIRoute } from 'astro';
import { OTHER_EDITIONS } from '../../../../lib/pages/questions.ts';
import { closedOverviewJson } from '../../../../lib/pages/question-downloads.ts';

export const getStaticPaths = () => OTHER_EDITIONS.map((edition) => ({ params: { edition: String(edition) }, props: { edition } }));
export const GET: APIRoute = ({ props }) => closedOverviewJson((props as { edition: number }).edition);
