/** A learning goal's chip opens onto its free resources and a first gig to try it on (real Upwork page). */
import { describe, expect, it, vi } from 'vitest';
import { optionsApiOver } from '@/components/options/api';
import { GoalPlans } from '@/components/options/GoalPlans';
import { LEARNER, useBackground, useRoot } from '../helpers';

const root = useRoot();
const background = useBackground();
const $$ = (selector: string) => [...root.get().querySelectorAll<HTMLElement>(selector)];

const learningFor = (profile = LEARNER) => {
  const api = optionsApiOver(background.request(), {
    load: async () => ({ profile }),
    update: async () => {},
  });
  if (!api.profile.learning) throw new Error('the options page wires learning');
  return api.profile.learning;
};

describe('goal plans', () => {
  it('shows each saved goal with its resources and the beginner gig that uses it beside the user’s skills', async () => {
    await background.record();
    await root.show(<GoalPlans goals={['stripe']} load={learningFor()} />);
    // The plan waits on the fake database, whose callbacks may need more turns than `show` gives
    // when the machine is busy (a CI run saw it still loading): wait for it, then check it all.
    await vi.waitFor(() => expect(root.get().querySelector('[data-goal="stripe"] summary')).not.toBeNull());
    const plan = root.get().querySelector('[data-goal="stripe"]');
    expect(plan?.querySelector('summary')?.textContent).toBe('Stripe');
    const links = [...(plan?.querySelectorAll<HTMLAnchorElement>('[data-testid="learn-links"] a') ?? [])];
    expect(links.map((a) => a.href)).toContain('https://docs.stripe.com/');
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).toBe(true);
    const gigs = $$('[data-testid="practice-gigs"] li');
    expect(gigs.map((g) => g.querySelector('a')?.textContent)).toEqual(['Build shopify website b2b']);
    expect(gigs[0]?.textContent).toContain('Uses Shopify and Website Design; practises Stripe');
  });

  it('says when no gig seen yet fits, and asks for a goal when there is none', async () => {
    await root.show(<GoalPlans goals={['stripe']} load={learningFor()} />);
    expect(root.get().textContent).toContain('No beginner gig seen yet uses it beside your skills');
    await root.show(<GoalPlans goals={[]} load={learningFor()} />);
    expect(root.get().textContent).toContain('Save a learning goal to see where to learn it');
  });

  it('says what failed when the background cannot answer', async () => {
    await root.show(
      <GoalPlans
        goals={['stripe']}
        load={async () => {
          throw new Error('The background did not answer.');
        }}
      />,
    );
    expect(root.get().querySelector('[role="alert"]')?.textContent).toBe(
      'Could not load where to learn: The background did not answer.',
    );
  });
});
