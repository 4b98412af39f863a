import { describe, expect, it } from 'vitest';
import { emptyForm, entryFromForm, formOf } from '@/lib/progress/form';
import { entry } from './fixtures';

const filled = {
  ...emptyForm(),
  title: ' Fix a landing page ',
  skills: 'HTML, CSS; html',
  hours: '4,5',
  earnings: '90',
};

describe('the log entry form', () => {
  it('makes an entry from the fields, trimmed, with empty optional fields left out', () => {
    expect(
      entryFromForm({ ...filled, currency: 'eur', rating: '4.8', client: ' Acme ' }, { id: 'e1' }),
    ).toEqual({
      entry: {
        id: 'e1',
        title: 'Fix a landing page',
        platform: 'upwork',
        client: 'Acme',
        skills: ['HTML', 'CSS', 'html'],
        hours: 4.5,
        earnings: 90,
        currency: 'EUR',
        rating: 4.8,
      },
    });
  });

  it('says what is wrong with each field', () => {
    const result = entryFromForm(
      {
        ...emptyForm(),
        platform: 'myspace',
        hours: '-1',
        earnings: 'lots',
        currency: 'dollars',
        startedAt: '2026-02-10',
        finishedAt: '2026-02-01',
        rating: '6',
      },
      { id: 'e1' },
    );
    expect(result).toEqual({
      errors: {
        title: 'Title: say what the gig was.',
        platform: 'Platform: choose where the gig was.',
        hours: 'Hours: enter a number of hours, 0 or more.',
        earnings: 'Earnings: enter an amount, 0 or more.',
        currency: 'Currency: a three-letter code such as USD or EUR.',
        finishedAt: 'Finished: the gig cannot finish before it started.',
        rating: 'Rating: a number from 0 to 5, or leave it empty.',
      },
    });
    expect(entryFromForm({ ...filled, finishedAt: '2026-02-30' }, { id: 'e1' })).toEqual({
      errors: { finishedAt: 'Finished: no such date.' },
    });
  });

  it('round-trips an entry, keeping its id and listing', () => {
    const gig = entry({
      id: 'g',
      listingId: 'upwork:1',
      client: 'Acme',
      startedAt: '2026-02-01',
      finishedAt: '2026-02-02',
      rating: 5,
      feedback: 'Great',
      learned: 'Grid',
    });
    expect(entryFromForm(formOf(gig), { id: 'g', listingId: 'upwork:1' })).toEqual({ entry: gig });
    expect(formOf(gig, (id) => id.toUpperCase()).skills).toBe('HTML');
  });

  it('keeps "delivered on time" and "repeat client" unanswered, yes or no, and refuses anything else', () => {
    const base = { ...emptyForm(), title: 'Landing page', hours: '3', earnings: '90' };
    const made = entryFromForm({ ...base, onTime: 'yes', repeatClient: 'no' }, { id: 'e1' });
    expect('entry' in made && made.entry).toMatchObject({ onTime: true, repeatClient: false });
    const unanswered = entryFromForm(base, { id: 'e2' });
    expect('entry' in unanswered && unanswered.entry).not.toHaveProperty('onTime');
    expect('entry' in unanswered && unanswered.entry).not.toHaveProperty('repeatClient');
    expect(entryFromForm({ ...base, onTime: 'maybe' }, { id: 'e3' })).toEqual({
      errors: { onTime: 'Choose yes, no, or leave it unanswered.' },
    });
    expect(formOf(entry({ id: 'e4', onTime: false, repeatClient: true }))).toMatchObject({
      onTime: 'no',
      repeatClient: 'yes',
    });
    expect(formOf(entry({ id: 'e5' }))).toMatchObject({ onTime: '', repeatClient: '' });
  });
});
