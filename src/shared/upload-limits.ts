// Upload limits of the contract (POST /uploads), in one place for the widgets (checked before
// sending, so that an admin learns at once that a file is too big or of the wrong type), the
// mocks and the reference server.
const MB = 1024 * 1024;
const IMAGES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const OFFICE = [
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];
const OPEN_DOCUMENT = [
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/vnd.oasis.opendocument.graphics',
];

export type Purpose = 'illustration' | 'attachment';

export const UPLOAD_LIMITS: Record<Purpose, { types: readonly string[]; extensions: string; maxBytes: number }> = {
  illustration: { types: IMAGES, extensions: '.png,.jpg,.jpeg,.gif,.webp', maxBytes: 5 * MB },
  attachment: {
    types: ['application/pdf', ...IMAGES, ...OPEN_DOCUMENT, ...OFFICE, 'text/plain', 'audio/mpeg', 'video/mp4'],
    extensions: '.pdf,.png,.jpg,.jpeg,.gif,.webp,.odt,.ods,.odp,.odg,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.mp3,.mp4',
    maxBytes: 10 * MB,
  },
};

export const MAX_ATTACHMENTS = 10;

const BY_EXTENSION: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', pdf: 'application/pdf',
  txt: 'text/plain', odt: OPEN_DOCUMENT[0]!, ods: OPEN_DOCUMENT[1]!, odp: OPEN_DOCUMENT[2]!, odg: OPEN_DOCUMENT[3]!,
  doc: OFFICE[0]!, docx: OFFICE[1]!, xls: OFFICE[2]!, xlsx: OFFICE[3]!, ppt: OFFICE[4]!, pptx: OFFICE[5]!, mp3: 'audio/mpeg', mp4: 'video/mp4',
};

/** The file's type as the server will judge it: its own, else from its extension. */
export function fileType(file: Pick<File, 'name' | 'type'>): string {
  return (file.type || BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] || 'application/octet-stream').split(';')[0]!.trim();
}

export type UploadProblem = { key: 'upload.tooLarge'; maxMb: number } | { key: 'upload.badType' };

/** Why this file cannot be sent for that purpose; undefined when it can. */
export function checkUpload(file: Pick<File, 'name' | 'type' | 'size'>, purpose: Purpose): UploadProblem | undefined {
  const limits = UPLOAD_LIMITS[purpose];
  if (!limits.types.includes(fileType(file))) return { key: 'upload.badType' };
  if (file.size > limits.maxBytes) return { key: 'upload.tooLarge', maxMb: limits.maxBytes / MB };
  return undefined;
}
