import { expect } from '@open-wc/testing';
import { sortAnnouncements } from '../../src/announcements/order.js';
import { delayUntil, isDismissed, isLive, MAX_TIMER_DELAY, nextChange, scheduleStatus } from '../../src/announcements/schedule.js';
import { uploadPercent } from '../../src/announcements/admin/upload.js';
import { questionForField, responseBody, validateAnswers } from '../../src/announcements/form.js';
import { fileTypeName, linkIsExternal } from '../../src/announcements/view.js';
import { announcement, HOUR, iso, sondage, T0 } from './fixtures.js';

describe('announcements: pure logic', () => {
  it('orders by severity, then newest start, then last edit', () => {
    const list = [
      announcement({ id: 'i-old', kind: 'information', startsAt: iso(T0 - 2 * HOUR) }),
      announcement({ id: 'a', kind: 'alerte', startsAt: iso(T0 - 9 * HOUR) }),
      announcement({ id: 'i-new', kind: 'information', startsAt: iso(T0 - HOUR) }),
      announcement({ id: 'w', kind: 'avertissement', startsAt: iso(T0 - 3 * HOUR) }),
      announcement({ id: 'i-edited', kind: 'information', startsAt: iso(T0 - HOUR), updatedAt: iso(T0) }),
    ];
    expect(sortAnnouncements(list).map((a) => a.id)).to.deep.equal(['a', 'w', 'i-edited', 'i-new', 'i-old']);
  });

  it('knows what is live at an instant and when the next change comes', () => {
    const a = { startsAt: iso(T0), endsAt: iso(T0 + HOUR) };
    const open = { startsAt: iso(T0 - HOUR), endsAt: null };
    expect(isLive(a, T0 - 1)).to.equal(false);
    expect(isLive(a, T0)).to.equal(true);
    expect(isLive(a, T0 + HOUR - 1)).to.equal(true);
    expect(isLive(a, T0 + HOUR)).to.equal(false);
    expect(isLive(open, T0 + 1000 * HOUR)).to.equal(true);
    expect(isLive({ startsAt: 'pas une date', endsAt: null }, T0)).to.equal(false);
    expect(nextChange([a, open], T0 - HOUR)).to.equal(T0);
    expect(nextChange([a, open], T0)).to.equal(T0 + HOUR);
    expect(nextChange([a, open], T0 + HOUR)).to.equal(undefined);
    expect(delayUntil(T0 + 1000, T0)).to.equal(1050);
    expect(delayUntil(T0 + 100 * 24 * HOUR, T0)).to.equal(MAX_TIMER_DELAY);
    expect(delayUntil(undefined, T0)).to.equal(undefined);
  });

  it('gives the status of a published announcement at an instant', () => {
    const week = { startsAt: iso(T0), endsAt: iso(T0 + 7 * 24 * HOUR) };
    expect(scheduleStatus(week, T0 - 1)).to.equal('scheduled');
    expect(scheduleStatus(week, T0)).to.equal('active');
    expect(scheduleStatus(week, T0 + 7 * 24 * HOUR - 1)).to.equal('active');
    expect(scheduleStatus(week, T0 + 7 * 24 * HOUR)).to.equal('ended');
    expect(scheduleStatus({ startsAt: iso(T0) }, T0 + 1000 * HOUR), 'no end').to.equal('active');
  });

  it('turns upload progress into a whole percentage, unknown without a total', () => {
    expect(uploadPercent(undefined)).to.equal(undefined);
    expect(uploadPercent({ loaded: 10, total: 0 })).to.equal(undefined);
    expect(uploadPercent({ loaded: 0, total: 200 })).to.equal(0);
    expect(uploadPercent({ loaded: 91, total: 200 })).to.equal(45);
    expect(uploadPercent({ loaded: 200, total: 200 })).to.equal(100);
  });

  it('treats an announcement edited after it was read as not dismissed', () => {
    expect(isDismissed({ read: false, readAt: null, updatedAt: iso(T0) })).to.equal(false);
    expect(isDismissed({ read: true, readAt: iso(T0), updatedAt: iso(T0 - HOUR) })).to.equal(true);
    expect(isDismissed({ read: true, readAt: iso(T0 - HOUR), updatedAt: iso(T0) })).to.equal(false);
    expect(isDismissed({ read: true, readAt: null, updatedAt: iso(T0) })).to.equal(true);
  });

  it('validates required questions and lengths, and builds the response body', () => {
    const questions = sondage().form!.questions;
    const empty = validateAnswers(questions, {});
    expect([...empty.entries()]).to.deep.equal([
      ['q-participe', { key: 'invalid.requiredChoice' }],
      ['q-activites', { key: 'invalid.requiredChoices' }],
    ]);
    const answers = {
      'q-participe': { optionIds: ['non', 'inconnu'], text: '' },
      'q-activites': { optionIds: ['flamenco'], text: '' },
      'q-remarque': { optionIds: [], text: 'x'.repeat(201) },
    };
    expect([...validateAnswers(questions, answers).entries()]).to.deep.equal([['q-remarque', { key: 'invalid.tooLong', max: 200 }]]);
    answers['q-remarque'].text = '  ';
    expect(validateAnswers(questions, answers).size).to.equal(0);
    expect(responseBody(questions, answers)).to.deep.equal({
      answers: [
        { questionId: 'q-participe', optionIds: ['non'] },
        { questionId: 'q-activites', optionIds: ['flamenco'] },
      ],
    });
    expect(questionForField(questions, 'answers.q-remarque')).to.equal('q-remarque');
    expect(questionForField(questions, 'q-activites')).to.equal('q-activites');
    expect(questionForField(questions, 'answers.inconnu')).to.equal(undefined);
  });

  it('names file types and classifies links', () => {
    expect(fileTypeName({ name: 'a.pdf', mimeType: 'application/pdf' })).to.equal('PDF');
    expect(fileTypeName({ name: 'tableau.xlsx', mimeType: 'application/octet-stream' })).to.equal('XLSX');
    expect(linkIsExternal({ url: '/actualites/1', external: false })).to.equal(false);
    expect(linkIsExternal({ url: '/actualites/1', external: true })).to.equal(true);
    expect(linkIsExternal({ url: 'https://autre.example.org/', external: false })).to.equal(true);
  });
});
