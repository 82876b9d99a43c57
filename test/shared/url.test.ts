import { expect } from '@open-wc/testing';
import { MAX_URL_LENGTH, isExternalUrl, safeImageUrl, safeUrl } from '../../src/shared/url.js';

const BASE = 'https://ent.example.fr/portail/accueil';

describe('safeUrl', () => {
  it('accepts absolute http and https URLs, returned as given', () => {
    expect(safeUrl('https://www.education.gouv.fr/', BASE)).to.equal('https://www.education.gouv.fr/');
    expect(safeUrl('http://example.org/a?b=c#d', BASE)).to.equal('http://example.org/a?b=c#d');
    expect(safeUrl('HTTPS://EXAMPLE.ORG/Casse', BASE)).to.equal('HTTPS://EXAMPLE.ORG/Casse');
  });

  it('trims surrounding whitespace', () => {
    expect(safeUrl('  https://example.org/x \n', BASE)).to.equal('https://example.org/x');
  });

  it('accepts relative URLs when the base is http(s)', () => {
    expect(safeUrl('/mediacentre', BASE)).to.equal('/mediacentre');
    expect(safeUrl('ressources/42', BASE)).to.equal('ressources/42');
    expect(safeUrl('../autre', BASE)).to.equal('../autre');
    expect(safeUrl('?page=2', BASE)).to.equal('?page=2');
    expect(safeUrl('#contenu', BASE)).to.equal('#contenu');
    expect(safeUrl('//cdn.example.org/a.png', BASE)).to.equal('//cdn.example.org/a.png');
  });

  it('defaults the base to document.baseURI (the test page is http)', () => {
    expect(new URL(document.baseURI).protocol).to.match(/^https?:$/);
    expect(safeUrl('/api/ping')).to.equal('/api/ping');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
  });

  it('rejects relative and protocol-relative URLs against a non-http base', () => {
    expect(safeUrl('/x', 'file:///etc/passwd')).to.equal(undefined);
    expect(safeUrl('//example.org/x', 'file:///home/')).to.equal(undefined);
    expect(safeUrl('x', 'about:blank')).to.equal(undefined);
    expect(safeUrl('/x', 'not a url')).to.equal(undefined);
  });

  it('rejects non-strings and empty strings', () => {
    for (const value of [undefined, null, 0, 42, true, {}, [], new URL(BASE), Symbol('x'), '', '   ', '\n\t']) {
      expect(safeUrl(value, BASE), String(typeof value === 'symbol' ? 'symbol' : value)).to.equal(undefined);
    }
  });

  it('rejects javascript: in every disguise', () => {
    const payloads = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      '\tjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'jav\u0000ascript:alert(1)',
      '\u0001javascript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u001fjavascript:alert(1)',
      '\u00a0javascript:alert(1)',
      '\ufeffjavascript:alert(1)',
      'javascript:\u2028alert(1)',
      'javascript://example.org/%0aalert(1)',
      'javascript:void(0)',
    ];
    for (const payload of payloads) {
      expect(safeUrl(payload, BASE), JSON.stringify(payload)).to.equal(undefined);
    }
  });

  it('rejects other dangerous or non-web schemes', () => {
    const payloads = [
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'DATA:image/png;base64,iVBORw0KGgo=',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://ent.example.fr/4b3c1f6e-0000-4000-8000-000000000000',
      'about:blank',
      'ftp://example.org/x',
      'mailto:vie.scolaire@college.example.fr',
      'tel:+33100000000',
      'chrome://settings',
      'view-source:https://example.org',
      'filesystem:https://example.org/x',
      'ws://example.org/socket',
    ];
    for (const payload of payloads) {
      expect(safeUrl(payload, BASE), payload).to.equal(undefined);
    }
  });

  it('treats entity-encoded schemes as inert relative paths (nothing decodes them later)', () => {
    // As a raw string (not HTML), `&#106;avascript:` is a relative path: the browser would
    // resolve it to an https URL on our origin, never run it.
    const value = '&#106;avascript:alert(1)';
    expect(safeUrl(value, BASE)).to.equal(value);
    const a = document.createElement('a');
    a.setAttribute('href', safeUrl(value, BASE)!);
    expect(a.protocol).to.match(/^https?:$/);
  });

  it('rejects strings longer than the cap, accepts one at the cap', () => {
    const prefix = 'https://example.org/';
    const atCap = prefix + 'a'.repeat(MAX_URL_LENGTH - prefix.length);
    expect(atCap.length).to.equal(MAX_URL_LENGTH);
    expect(safeUrl(atCap, BASE)).to.equal(atCap);
    expect(safeUrl(atCap + 'a', BASE)).to.equal(undefined);
    expect(MAX_URL_LENGTH).to.equal(2048);
  });

  it('rejects URLs with control characters anywhere', () => {
    expect(safeUrl('https://exa\tmple.org/', BASE)).to.equal(undefined);
    expect(safeUrl('https://example.org/\u0007', BASE)).to.equal(undefined);
    expect(safeUrl('/chemin\u0085', BASE)).to.equal(undefined);
  });

  it('rejects unparsable absolute URLs', () => {
    expect(safeUrl('https://', BASE)).to.equal(undefined);
    expect(safeUrl('https://[::1', BASE)).to.equal(undefined);
  });
});

describe('safeImageUrl', () => {
  const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

  it('accepts what safeUrl accepts', () => {
    expect(safeImageUrl('https://cdn.example.org/vignette.jpg', BASE)).to.equal('https://cdn.example.org/vignette.jpg');
    expect(safeImageUrl('/img/logo.png', BASE)).to.equal('/img/logo.png');
  });

  it('accepts base64 raster data URLs', () => {
    expect(safeImageUrl(PNG, BASE)).to.equal(PNG);
    for (const type of ['png', 'jpeg', 'jpg', 'gif', 'webp', 'avif', 'PNG']) {
      const url = `data:image/${type};base64,AAAA`;
      expect(safeImageUrl(url, BASE), type).to.equal(url);
    }
    expect(safeImageUrl(' DATA:IMAGE/PNG;BASE64,AAAA ', BASE)).to.equal('DATA:IMAGE/PNG;BASE64,AAAA');
  });

  it('accepts data URLs longer than the link cap (upload previews)', () => {
    const big = 'data:image/jpeg;base64,' + 'A'.repeat(100_000);
    expect(safeImageUrl(big, BASE)).to.equal(big);
  });

  it('rejects SVG, non-image, non-base64 and malformed data URLs', () => {
    const payloads = [
      'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'data:image/svg+xml;utf8,<svg/>',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/png,rawbytes',
      'data:image/png;base64,AAAA<script>',
      'data:image/png;base64,AA AA',
      'data:image/png;charset=utf-8;base64,AAAA',
      'data:image/png;base64,AAAA===',
      'data:image/bmp;base64,AAAA',
      'data:;base64,AAAA',
      'data:image/png;base64,',
    ];
    for (const payload of payloads) {
      expect(safeImageUrl(payload, BASE), payload).to.equal(undefined);
    }
  });

  it('accepts blob URLs created by an http(s) origin, including a real one', () => {
    const real = URL.createObjectURL(new Blob(['x'], { type: 'image/png' }));
    try {
      expect(safeImageUrl(real)).to.equal(real);
    } finally {
      URL.revokeObjectURL(real);
    }
    const url = 'blob:https://ent.example.fr/4b3c1f6e-0000-4000-8000-000000000000';
    expect(safeImageUrl(url, BASE)).to.equal(url);
  });

  it('rejects blob URLs with an opaque or non-web origin', () => {
    expect(safeImageUrl('blob:null/4b3c1f6e-0000-4000-8000-000000000000', BASE)).to.equal(undefined);
    expect(safeImageUrl('blob:file:///x/4b3c1f6e', BASE)).to.equal(undefined);
    expect(safeImageUrl('blob:javascript:alert(1)', BASE)).to.equal(undefined);
    expect(safeImageUrl('blob:', BASE)).to.equal(undefined);
  });

  it('still rejects scripts and non-strings', () => {
    expect(safeImageUrl('javascript:alert(1)', BASE)).to.equal(undefined);
    expect(safeImageUrl('\u0001data:image/png;base64,AAAA', BASE)).to.equal(undefined);
    expect(safeImageUrl(null, BASE)).to.equal(undefined);
    expect(safeImageUrl(12, BASE)).to.equal(undefined);
  });
});

describe('isExternalUrl', () => {
  it('is false for relative URLs and the same origin', () => {
    expect(isExternalUrl('/mediacentre', BASE)).to.equal(false);
    expect(isExternalUrl('autre-page', BASE)).to.equal(false);
    expect(isExternalUrl('#ancre', BASE)).to.equal(false);
    expect(isExternalUrl('https://ent.example.fr/x', BASE)).to.equal(false);
    expect(isExternalUrl('HTTPS://ENT.EXAMPLE.FR:443/x', BASE)).to.equal(false);
  });

  it('is true for another host, scheme or port', () => {
    expect(isExternalUrl('https://www.education.gouv.fr/', BASE)).to.equal(true);
    expect(isExternalUrl('//cdn.example.org/a', BASE)).to.equal(true);
    expect(isExternalUrl('http://ent.example.fr/x', BASE)).to.equal(true);
    expect(isExternalUrl('https://ent.example.fr:8443/x', BASE)).to.equal(true);
    expect(isExternalUrl('https://sub.ent.example.fr/x', BASE)).to.equal(true);
  });

  it('defaults the base to document.baseURI', () => {
    expect(isExternalUrl('/x')).to.equal(false);
    expect(isExternalUrl(location.origin + '/x')).to.equal(false);
    expect(isExternalUrl('https://example.invalid/')).to.equal(true);
  });

  it('is false for unparsable input', () => {
    expect(isExternalUrl('https://', BASE)).to.equal(false);
    expect(isExternalUrl('/x', 'not a url')).to.equal(false);
  });
});
