import { msg, t } from '../../core/i18n/language';
import type { AmendsKind, HarmAnswer, HarmAnswers, HarmQuestionId } from './types';

/** The four questions asked before any direct amends, in the order a person meets them. */
export const HARM_QUESTIONS: readonly { id: HarmQuestionId; text: string }[] = [
  { id: 'riskToMe', text: msg('Would reaching out put you at risk, in body, mind or safety?') },
  { id: 'hurtThem', text: msg('Could reaching out hurt them, or someone else?') },
  {
    id: 'noContact',
    text: msg('Is there a no-contact order, or a reason they would not want to hear from you?'),
  },
  { id: 'myRelief', text: msg('Is this more about your own relief than their good?') },
];

export const HARM_ANSWERS: readonly { id: HarmAnswer; label: string }[] = [
  { id: 'yes', label: msg('Yes') },
  { id: 'unsure', label: msg('Not sure') },
  { id: 'no', label: msg('No') },
];

export const AMENDS_KINDS: readonly { id: AmendsKind; label: string; meaning: string }[] = [
  {
    id: 'direct',
    label: msg('Direct amends'),
    meaning: msg('Speaking with them yourself and naming what you did, without excuses.'),
  },
  {
    id: 'indirect',
    label: msg('Indirect amends'),
    meaning: msg('Repair without contact, such as giving time to something that matters to them.'),
  },
  {
    id: 'living',
    label: msg('Living amends'),
    meaning: msg('A steady change in how you act from now on.'),
  },
  {
    id: 'letter',
    label: msg('An unsent letter'),
    meaning: msg('Saying everything on paper, kept private, never sent.'),
  },
  {
    id: 'not-now',
    label: msg('Not now'),
    meaning: msg('Waiting is a safe choice. You can come back.'),
  },
];

/** A kind of amends in the person's language (an export says it too). */
export function kindLabel(kind: AmendsKind): string {
  const label = AMENDS_KINDS.find((item) => item.id === kind)?.label;
  return label ? t(label) : kind;
}

export interface Suggestion {
  kind: AmendsKind;
  reasons: string[];
}

// Each "yes" brings its own reason; the first one in this order decides the suggestion, because
// the person's own safety comes before everything else.
const WHEN_YES: readonly { id: HarmQuestionId; kind: AmendsKind; reason: string }[] = [
  {
    id: 'riskToMe',
    kind: 'letter',
    reason: msg(
      'Your safety comes first. An unsent letter lets you say everything without reaching out.',
    ),
  },
  {
    id: 'noContact',
    kind: 'living',
    reason: msg(
      'Respecting their wish, or an order, is part of the amends. A living amends honours it without any contact.',
    ),
  },
  {
    id: 'hurtThem',
    kind: 'indirect',
    reason: msg(
      'Reaching out could reopen a wound. An indirect amends can repair something without contact.',
    ),
  },
  {
    id: 'myRelief',
    kind: 'living',
    reason: msg(
      'When it is mostly for your own relief, a change in how you act may serve them better than words.',
    ),
  },
];

/**
 * Suggests a kind of amends from the answers, with the reasons in plain words. Undefined until
 * there is enough to go on. It only suggests: the person chooses.
 */
export function suggestAmends(answers: HarmAnswers): Suggestion | undefined {
  const yes = WHEN_YES.filter((rule) => answers[rule.id] === 'yes');
  const first = yes[0];
  if (first) return { kind: first.kind, reasons: yes.map((rule) => rule.reason) };
  const answered = HARM_QUESTIONS.filter((question) => answers[question.id] !== undefined);
  if (answered.length < HARM_QUESTIONS.length) return undefined;
  if (HARM_QUESTIONS.some((question) => answers[question.id] === 'unsure')) {
    return {
      kind: 'not-now',
      reasons: [
        msg(
          'Some answers are not clear yet. It is fine to wait and talk it through with someone you trust. An unsent letter is there meanwhile.',
        ),
      ],
    };
  }
  return {
    kind: 'direct',
    reasons: [
      msg(
        'Nothing you answered points to harm. Speaking with them directly may fit, when and how you choose.',
      ),
    ],
  };
}

/** What the person said about their own safety, in their own terms, to keep beside the way
 * they chose; undefined when they said it would not put them at risk, or did not answer. */
export function riskAnswerLine(answers: HarmAnswers | undefined): string | undefined {
  if (answers?.riskToMe === 'yes') return t('You said reaching out could put you at risk.');
  if (answers?.riskToMe === 'unsure') {
    return t('You were not sure whether reaching out could put you at risk.');
  }
  return undefined;
}

/**
 * A gentle word when someone chooses to speak with a person directly after saying it could put
 * them at risk (or that they are not sure). Nothing is forbidden: it names the choice, leaves
 * it with them, and suggests not doing it alone.
 */
export function directWithRisk(
  kind: AmendsKind | undefined,
  answers: HarmAnswers | undefined,
): string | undefined {
  if (kind !== 'direct') return undefined;
  const said = riskAnswerLine(answers);
  if (!said) return undefined;
  const choice = t(
    'You chose to speak with them directly, and that is yours to decide. It may help to plan it with someone you trust first: where you meet, who knows you are going, and how you can leave if it stops feeling safe.',
  );
  return `${said} ${choice}`;
}
