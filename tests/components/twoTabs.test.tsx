import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccountability } from '../../src/features/amends/accountabilityRepo';
import { saveLetter } from '../../src/features/amends/lettersRepo';
import { saveSelfForgiveness } from '../../src/features/amends/selfAmendsRepo';
import { saveInventoryItem } from '../../src/features/inventory/classicInventoryRepo';
import {
  getEmotionInventory,
  saveEmotionInventory,
} from '../../src/features/inventory/emotionInventoryRepo';
import { saveLetterToMyself } from '../../src/features/inventory/letterToMyselfRepo';
import { getSafetyPlan, saveSafetyPlan } from '../../src/features/safety/safetyPlanRepo';
import {
  emptySafetyPlan,
  SAFETY_PLAN_SECTIONS,
} from '../../src/features/safety/safetyPlanSections';
import { renderApp } from '../helpers/renderApp';
import { freshVault } from '../helpers/freshVault';

// A second tab of the app writes through the same database; these tests write the same way.
const earlier = () => Date.now() - 60_000;

describe('an editor open while another tab saves the same record', () => {
  beforeEach(freshVault);

  it('emotion inventory: takes the other tab’s words, and the next save here builds on them', async () => {
    const feelings = [{ feelingId: 'lonely', intensity: 6 }];
    await saveEmotionInventory({ id: 'shared', feelings, thoughts: 'first thoughts' }, earlier());
    const { user } = renderApp('/inventory/emotions/shared');
    const thoughts = await screen.findByLabelText('What thoughts came with it?');
    expect(thoughts).toHaveValue('first thoughts');

    await saveEmotionInventory({ id: 'shared', feelings, thoughts: 'from the other tab' });
    await waitFor(() => expect(thoughts).toHaveValue('from the other tab'));
    await user.type(screen.getByLabelText('What did you need?'), 'rest');
    await waitFor(async () => expect((await getEmotionInventory('shared'))?.needs).toBe('rest'));
    expect((await getEmotionInventory('shared'))?.thoughts).toBe('from the other tab');
  });

  it('a classic row, a letter to yourself and an amends letter show the other tab’s words', async () => {
    await saveInventoryItem({ id: 'row', list: 'fear', subject: 'Money' }, earlier());
    const first = renderApp('/inventory/classic/fear/row');
    const subject = await screen.findByLabelText('The fear');
    await saveInventoryItem({ id: 'row', list: 'fear', subject: 'Money running out' });
    await waitFor(() => expect(subject).toHaveValue('Money running out'));
    first.unmount();

    await saveLetterToMyself({ id: 'letter-to-myself:l', body: 'Dear me' }, earlier());
    const second = renderApp('/inventory/letter/l');
    const body = await screen.findByLabelText('Your letter');
    await saveLetterToMyself({ id: 'letter-to-myself:l', body: 'Dear me, from the laptop' });
    await waitFor(() => expect(body).toHaveValue('Dear me, from the laptop'));
    second.unmount();

    const sections = { happened: 'I forgot your birthday.' };
    await saveLetter({ id: 'amends-letter', recipient: 'Sam', sections }, earlier());
    renderApp('/amends/letters/amends-letter');
    const recipient = await screen.findByDisplayValue('Sam');
    await saveLetter({ id: 'amends-letter', recipient: 'Sam and Jo', sections });
    await waitFor(() => expect(recipient).toHaveValue('Sam and Jo'));
  });

  it('safety plan: takes the other tab’s plan, and the next save here keeps it', async () => {
    const [first, second] = SAFETY_PLAN_SECTIONS;
    const plan = { ...emptySafetyPlan(), [first!.key]: 'Not sleeping' };
    await saveSafetyPlan(plan, earlier());
    const { user } = renderApp('/help/safety-plan/edit');
    const firstBox = await screen.findByLabelText(first!.title);
    expect(firstBox).toHaveValue('Not sleeping');

    await saveSafetyPlan({ ...plan, [first!.key]: 'Not sleeping, skipping meals' });
    await waitFor(() => expect(firstBox).toHaveValue('Not sleeping, skipping meals'));
    await user.type(screen.getByLabelText(second!.title), 'A walk by the river');
    await waitFor(async () =>
      expect((await getSafetyPlan()).plan[second!.key]).toBe('A walk by the river'),
    );
    expect((await getSafetyPlan()).plan[first!.key]).toBe('Not sleeping, skipping meals');
  });

  it('the accountability worksheet and forgiving yourself show the other tab’s words', async () => {
    await saveAccountability({ values: 'Honesty' }, earlier());
    const first = renderApp('/amends/accountability');
    const values = await screen.findByLabelText('What I value in my relationships');
    expect(values).toHaveValue('Honesty');
    await saveAccountability({ values: 'Honesty and patience' });
    await waitFor(() => expect(values).toHaveValue('Honesty and patience'));
    first.unmount();

    await saveSelfForgiveness({ coped: 'I hid' }, earlier());
    renderApp('/amends/myself');
    const coped = await screen.findByDisplayValue('I hid');
    await saveSelfForgiveness({ coped: 'I hid, and I survived' });
    await waitFor(() => expect(coped).toHaveValue('I hid, and I survived'));
  });
});
