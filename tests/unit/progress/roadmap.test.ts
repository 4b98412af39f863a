import { describe, expect, it } from 'vitest';
import { roadmap } from '@/lib/progress/roadmap';
import type { RoadmapStep } from '@/lib/progress/schemas';
import { demandOf, entry, profileWith, queued, skillDemand } from './fixtures';

const names = (id: string) => id.toUpperCase();
const stepsOf = (steps: RoadmapStep[]) => Object.fromEntries(steps.map((s) => [s.id, s]));

describe('the roadmap', () => {
  it('for a newcomer: nothing done, and each step says what to do first', () => {
    const steps = stepsOf(
      roadmap({
        profile: profileWith({ skills: ['html'] }),
        queue: [],
        entries: [],
        demand: demandOf([skillDemand('html', 30), skillDemand('n8n', 12)]),
        nudges: [],
        skillName: names,
      }),
    );
    expect(Object.values(steps).map((s) => s.done)).toEqual([false, false, false, false, false]);
    expect(steps.pick?.next).toBe('Add N8N to your learning goals: 12 listings asked for it in 90 days.');
    expect(steps.learn?.next).toBe('Choose a skill to learn first (step 1).');
    expect(steps.land?.status).toBe('0 of 3 gigs logged.');
    expect(steps.document?.next).toBe('Finish a gig first (step 3).');
    expect(steps.scale?.next).toBe('Land 3 gigs rated 4.5 or more in one skill to earn a raise.');
  });

  it('without demand data asks the user to browse listings', () => {
    const steps = stepsOf(
      roadmap({
        profile: profileWith({}),
        queue: [],
        entries: [],
        demand: undefined,
        nudges: [],
        skillName: names,
      }),
    );
    expect(steps.pick?.next).toBe(
      'Browse job listings on a marketplace so SkillScout can see which skills are asked for.',
    );
  });

  it('follows a learner through their first gig', () => {
    const gig = queued('1', ['applied', 'hired', 'done'], { title: 'Shopify store fix' });
    const input = {
      profile: profileWith({ goals: ['shopify'] }),
      queue: [gig, queued('2', ['applied'])],
      entries: [],
      demand: demandOf([skillDemand('shopify', 7)]),
      nudges: [],
      skillName: names,
    };
    let steps = stepsOf(roadmap(input));
    expect(steps.pick).toMatchObject({
      done: true,
      status: 'Learning SHOPIFY, asked for in 7 listings you saw in 90 days.',
    });
    expect(steps.learn).toMatchObject({ done: true, status: '2 proposals sent from your learning queue.' });
    expect(steps.land?.next).toBe('Log "Shopify store fix" in the progress log.');
    const logged = entry({
      id: 'g1',
      listingId: gig.listingId,
      finishedAt: '2026-02-10',
      skills: ['shopify'],
    });
    steps = stepsOf(roadmap({ ...input, entries: [logged] }));
    expect(steps.land).toMatchObject({
      done: false,
      next: 'Apply to entry-level gigs: 2 applied, 1 won so far.',
    });
    expect(steps.document).toMatchObject({ done: false, status: '0 of 1 finished gig documented.' });
    expect(steps.document?.next).toBe(
      `Add the client's words and what you learned to "Gig g1", then copy its case study.`,
    );
    steps = stepsOf(roadmap({ ...input, entries: [{ ...logged, feedback: 'Great', learned: 'Liquid' }] }));
    expect(steps.document).toMatchObject({ done: true, status: '1 of 1 finished gig documented.' });
    expect(steps.document?.next).toBeUndefined();
  });

  it('scales up once a later gig in a skill pays 30% more per hour than the first', () => {
    const first = entry({ id: 'a', finishedAt: '2026-01-01', hours: 10, earnings: 200 });
    const base = { profile: profileWith({}), queue: [], demand: undefined, skillName: names };
    const nudge = {
      skill: 'html',
      currency: 'USD',
      successfulGigs: 3,
      currentRate: 20,
      suggestedRate: 26,
      capped: false,
    };
    const notYet = stepsOf(
      roadmap({
        ...base,
        nudges: [nudge],
        entries: [first, entry({ id: 'b', finishedAt: '2026-02-01', hours: 10, earnings: 250 })],
      }),
    );
    expect(notYet.scale).toMatchObject({
      done: false,
      next: 'Quote $26/h (now $20) for your next HTML gig.',
    });
    const raised = stepsOf(
      roadmap({
        ...base,
        nudges: [],
        entries: [first, entry({ id: 'b', finishedAt: '2026-02-01', hours: 10, earnings: 260 })],
      }),
    );
    expect(raised.scale).toMatchObject({
      done: true,
      status: 'You raised your rate by 30% or more in HTML.',
    });
    expect(raised.land).toMatchObject({ done: false, status: '2 of 3 gigs logged.' });
  });

  it('counts a gig logged by hand as learning done, and says so', () => {
    const steps = stepsOf(
      roadmap({
        profile: profileWith({ skills: ['html'], goals: ['shopify'] }),
        queue: [],
        entries: [entry({ id: 'typed-in', skills: ['shopify'] })],
        demand: demandOf([skillDemand('shopify', 6)]),
        nudges: [],
        skillName: names,
      }),
    );
    expect(steps.learn).toMatchObject({ done: true, status: '1 gig in your progress log.' });
  });
});
