// English copy of announcements/messages.ts (loaded on demand). Same keys, same kinds, as the French.
import type { EnglishOf } from '../shared/i18n.js';
import type { AnnouncementCatalog } from './messages.js';

const en: EnglishOf<AnnouncementCatalog> = {
  regionTitle: 'Announcements',
  'kind.information': 'Information',
  'kind.avertissement': 'Warning',
  'kind.alerte': 'Alert',
  dismiss: 'Hide the message',
  dismissFailed: 'The message “{title}” could not be hidden. It is shown again; try again later.',
  showAgainFailed: 'The message “{title}” could not be shown again. Try again later.',
  hiddenToggle: { one: 'Hidden message ({count})', other: 'Hidden messages ({count})' },
  showMore: { one: 'Show the next announcement', other: 'Show {count} more announcements ({left} left)' },
  unreadable: 'This announcement cannot be displayed.',
  showAgain: 'Show again',
  newAnnouncement: 'New announcement: {kind}, {title}',
  newWindow: '(opens in a new tab)',
  linkEnt: 'ENT article:',
  linkExternal: 'External site:',
  labelled: '{label}:',
  quoted: '“{text}”',
  attachments: 'Attachments',
  attachmentType: '{type} file',
  published: 'Published on {start}',
  publishedUntil: 'Published on {start}, until {end}',
  formTitle: 'Questionnaire',
  drawingUnavailable: 'Your announcements could not be displayed. Check your connection, then reload the page.',
  required: '(required)',
  requiredNote: 'Questions marked “required” must be answered.',
  submit: 'Send my answer',
  submitting: 'Sending…',
  'invalid.required': 'Answer this question.',
  'invalid.requiredChoice': 'Choose an answer.',
  'invalid.requiredChoices': 'Tick at least one answer.',
  'invalid.tooLong': 'Your answer is longer than {max} characters.',
  formErrors: { one: 'Your answer has {count} error: fix it and send again.', other: 'Your answer has {count} errors: fix them and send again.' },
  sendFailed: 'Your answer could not be sent. Your answers are kept: try again.',
  answered: 'Thank you, your answer has been recorded.',
  alreadyAnswered: 'You have already answered this questionnaire.',
  charactersLeft: { one: '{count} character left', other: '{count} characters left' },
};

export default en;
