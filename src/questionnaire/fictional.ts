import type { FictionalRecipe } from '../lib/fictional/recipe.ts';
import { LGQ_2022_FICTIONAL } from './lgq-2022-fictional.ts';

/** Hand-tuned fictional-answer recipes by edition; other editions are generated from their definition alone. */
export const FICTIONAL_RECIPES: Readonly<Record<number, FictionalRecipe>> = { 2022: LGQ_2022_FICTIONAL };
