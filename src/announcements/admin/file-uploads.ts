// The composer's illustration and attachments: checked before sending (type, size, count),
// sent with their progress and a cancel button, and shown in the form with what the reader
// will get (the illustration's alternative text, each file's type and size).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { newIdempotencyKey } from '../../shared/api/client.js';
import { controlValue, field } from '../../shared/field.js';
import { formatFileSize } from '../../shared/format.js';
import { errorMessage, logError } from '../../shared/states.js';
import { safeImageUrl, safeUrl } from '../../shared/url.js';
import { announcementMessages as t } from '../messages.js';
import { fileTypeName } from '../view.js';
import { adminMessages as a } from './admin-messages.js';
import type { Draft, DraftField } from './admin-model.js';
import type { ComposerHost } from './composer.js';
import { checkUpload, MAX_ATTACHMENTS, sendUpload, UPLOAD_LIMITS, uploadPercent, type Purpose, type UploadProgress } from './upload.js';

const TAG = 'ent-announcement-admin';

/** What the uploads need of the composer. */
export interface UploadTarget {
  /** The draft being written; undefined once the composer has closed. */
  draft(): Draft | undefined;
  change(patch: Partial<Draft>): void;
  /** Shows an error under a field, or clears it (''). */
  problem(field: DraftField, message: string): void;
  errorOf(field: DraftField): string;
}

interface ActiveUpload {
  id: number;
  name: string;
  /** Undefined until the first progress event: an indeterminate bar until then (or until done). */
  progress?: UploadProgress;
  controller: AbortController;
}

let uploadCounter = 0;

export class FileUploads {
  /** The files being sent, with the bytes sent so far when the browser reports them. */
  private uploading: ActiveUpload[] = [];
  /** Last outcome of an upload (sent, cancelled), for the polite status. */
  private status = '';

  constructor(
    private readonly host: ComposerHost,
    private readonly target: UploadTarget,
  ) {}

  private async upload(file: File, purpose: Purpose): Promise<void> {
    const draft = this.target.draft();
    if (!draft) return;
    const field: DraftField = purpose === 'illustration' ? 'illustration' : 'attachments';
    const locale = this.host.locale;
    const problem = checkUpload(file, purpose);
    if (problem) {
      const message = problem.key === 'upload.tooLarge' ? a(locale, problem.key, { name: file.name, maxMb: problem.maxMb }) : a(locale, problem.key, { name: file.name });
      this.target.problem(field, message);
      return;
    }
    if (purpose === 'attachment' && draft.attachments.length >= MAX_ATTACHMENTS) {
      this.target.problem(field, a(locale, 'tooManyAttachments', { max: MAX_ATTACHMENTS }));
      return;
    }
    const active: ActiveUpload = { id: ++uploadCounter, name: file.name, controller: new AbortController() };
    const stop = () => active.controller.abort();
    this.host.signal.addEventListener('abort', stop, { once: true });
    this.uploading = [...this.uploading, active];
    this.status = '';
    this.host.requestUpdate();
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('purpose', purpose);
    try {
      const uploaded = await sendUpload(this.host.api.url('/uploads'), form, {
        headers: await this.host.api.requestHeaders(),
        idempotencyKey: newIdempotencyKey(),
        signal: active.controller.signal,
        onProgress: (progress) => {
          active.progress = progress;
          this.uploading = [...this.uploading];
          this.host.requestUpdate();
        },
      });
      const current = this.target.draft();
      if (!current) return;
      this.target.problem(field, '');
      if (purpose === 'illustration') this.target.change({ illustration: { url: uploaded.url, alt: current.illustration?.alt ?? '' } });
      else this.target.change({ attachments: [...current.attachments, { id: uploaded.id, name: uploaded.name, url: uploaded.url, size: uploaded.size, mimeType: uploaded.mimeType }] });
      this.status = a(locale, 'uploaded', { name: uploaded.name });
    } catch (error) {
      if (this.host.signal.aborted) return;
      if (active.controller.signal.aborted) {
        this.status = a(locale, 'uploadCancelled', { name: file.name });
        return;
      }
      logError(TAG, error);
      this.target.problem(field, a(locale, 'uploadFailed', { name: file.name, reason: errorMessage(locale, error) }));
      this.status = '';
    } finally {
      this.host.signal.removeEventListener('abort', stop);
      this.uploading = this.uploading.filter((other) => other !== active);
      this.host.requestUpdate();
    }
  }

  /** One file being sent: a determinate bar once the browser reports bytes, else an indeterminate one; cancel. */
  private renderUploading(sending: ActiveUpload): TemplateResult {
    const locale = this.host.locale;
    const percent = uploadPercent(sending.progress);
    const label = a(locale, 'uploading', { name: sending.name });
    return html`<li class="uploading">
      ${percent === undefined
        ? html`<progress aria-label=${label}></progress> <span>${label}</span>`
        : // The text moves by tens so that screen readers are not flooded; the bar is exact.
          html`<progress max="100" .value=${percent} aria-label=${label}></progress>
            <span>${a(locale, 'uploadingPercent', { name: sending.name, percent: Math.floor(percent / 10) * 10 })}</span>`}
      <button type="button" class="button cancel-upload" @click=${() => sending.controller.abort()}>${a(locale, 'cancelUpload', { name: sending.name })}</button>
    </li>`;
  }

  render(draft: Draft): TemplateResult {
    const locale = this.host.locale;
    const image = draft.illustration ? safeImageUrl(draft.illustration.url) : undefined;
    const pick = (purpose: Purpose) => async (e: Event) => {
      const input = e.target as HTMLInputElement;
      const files = [...(input.files ?? [])];
      input.value = '';
      for (const file of files) await this.upload(file, purpose);
    };
    const illustration = draft.illustration
      ? html`<div class="uploaded">
          ${image ? html`<img class="thumb" src=${image} alt="" width="96" />` : nothing}
          ${field(
            { id: 'f-alt', label: a(locale, 'illustrationAlt'), hint: a(locale, 'illustrationAltHint') },
            (wire) =>
              html`<input ${wire} type="text" .value=${live(draft.illustration!.alt)} @input=${(e: Event) => this.target.change({ illustration: { ...draft.illustration!, alt: controlValue(e) } })} />`,
          )}
          <button type="button" class="button remove-illustration" @click=${() => this.target.change({ illustration: undefined })}>${a(locale, 'removeIllustration')}</button>
        </div>`
      : nothing;
    const attachments =
      draft.attachments.length > 0
        ? html`<ul class="files">
            ${draft.attachments.map(
              (file, index) => html`<li>
                ${safeUrl(file.url) ? html`<a href=${safeUrl(file.url)!} download=${file.name}>${file.name}</a>` : file.name}
                <span class="file-meta">(${t(locale, 'attachmentType', { type: fileTypeName(file) })}, ${formatFileSize(locale, file.size)})</span>
                <button type="button" class="button remove-attachment" @click=${() => this.target.change({ attachments: draft.attachments.filter((_, other) => other !== index) })}>
                  ${a(locale, 'removeAttachment', { name: file.name })}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing;
    return html`${field(
        { id: 'f-illustration', label: a(locale, 'illustration'), hint: a(locale, 'illustrationHint'), error: this.target.errorOf('illustration'), extra: illustration },
        (wire) =>
          html`<input ${wire} type="file" accept=${UPLOAD_LIMITS.illustration.types.join(',')} @change=${pick('illustration')} />`,
      )}
      ${field(
        { id: 'f-attachments', label: a(locale, 'attachments'), hint: a(locale, 'attachmentsHint', { max: MAX_ATTACHMENTS }), error: this.target.errorOf('attachments'), extra: attachments },
        (wire) =>
          html`<input ${wire} type="file" multiple accept=${UPLOAD_LIMITS.attachment.extensions} @change=${pick('attachment')} />`,
      )}
      <div class="upload-status" role="status">
        ${this.uploading.length > 0 ? html`<ul class="uploads">${repeat(this.uploading, (sending) => sending.id, (sending) => this.renderUploading(sending))}</ul>` : this.status}
      </div>`;
  }
}
