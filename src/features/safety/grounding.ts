import { msg } from '../../core/i18n/language';

/** The 5-4-3-2-1 grounding exercise, one sense at a time, in the project's own words;
 * the screen draws each title and prompt through `t`. */
export interface GroundingStep {
  count: number;
  title: string;
  prompt: string;
}

export const GROUNDING_STEPS: readonly GroundingStep[] = [
  {
    count: 5,
    title: msg('Five things you can see'),
    prompt: msg(
      'Look around slowly. A colour, a shape, light on a wall. Name each one, out loud or inside.',
    ),
  },
  {
    count: 4,
    title: msg('Four things you can touch'),
    prompt: msg(
      'Your feet on the floor, the fabric of your sleeve, something cool, something soft.',
    ),
  },
  {
    count: 3,
    title: msg('Three things you can hear'),
    prompt: msg('Near or far: traffic, a fridge humming, your own breath.'),
  },
  {
    count: 2,
    title: msg('Two things you can smell'),
    prompt: msg('The air, your skin, a cup nearby. If nothing comes, name two smells you like.'),
  },
  {
    count: 1,
    title: msg('One thing you can taste'),
    prompt: msg('What is in your mouth right now, or a sip of water.'),
  },
];
