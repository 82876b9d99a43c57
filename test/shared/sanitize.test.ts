import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { MAX_DEPTH, safeHtml, sanitizeHtml, sanitizedText } from '../../src/shared/sanitize.js';
import { safeUrl } from '../../src/shared/url.js';

declare global {
  interface Window {
    __pwned?: unknown;
    __control?: unknown;
  }
}

const ALLOWED = new Set([
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a', 'blockquote',
  'h3', 'h4', 'h5', 'h6', 'span', 'code', 'pre', 'hr',
]);

/** Sanitises into a detached <div> so the result can be queried like any DOM. */
function clean(input: string): HTMLDivElement {
  const div = document.createElement('div');
  div.append(sanitizeHtml(input));
  return div;
}

/** The invariants every sanitised tree must satisfy, whatever the input. */
function assertSafe(root: Element, label = ''): void {
  for (const el of root.querySelectorAll('*')) {
    const name = el.localName;
    expect(ALLOWED.has(name), `${label}: <${name}> must not survive`).to.equal(true);
    expect(el.namespaceURI, label).to.equal('http://www.w3.org/1999/xhtml');
    expect(el.ownerDocument, label).to.equal(document);
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${label}: ${attr.name} on <${name}>`).to.equal(false);
      const allowed = ['lang', 'dir', ...(name === 'a' ? ['href', 'rel', 'target'] : [])];
      expect(allowed, `${label}: attribute ${attr.name} on <${name}>`).to.include(attr.name);
    }
    if (name === 'a') {
      const href = el.getAttribute('href');
      expect(safeUrl(href), `${label}: href ${href}`).to.equal(href);
      expect(el.getAttribute('rel'), label).to.equal('noopener noreferrer');
      expect((el as HTMLAnchorElement).protocol, label).to.match(/^https?:$/);
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION);
  expect(walker.nextNode(), `${label}: comment survived`).to.equal(null);
}

/** Flag-setting payloads (never alert(), which would block a headless browser if it slipped through). */
const PWN = 'window.__pwned=1';
const HOSTILE: Record<string, string> = {
  'script tag': `<p>avant</p><script>${PWN}</script><p>après</p>`,
  'script with src': `<script src="data:text/javascript,${PWN}"></script>`,
  'img onerror': `<img src=x onerror="${PWN}">`,
  'img onerror unquoted': `<IMG SRC=x ONERROR=${PWN}>`,
  'svg onload': `<svg onload="${PWN}"><circle r="1"/></svg>`,
  'svg script': `<svg><script>${PWN}</script></svg>`,
  'svg animate href': `<svg><a><animate attributeName="href" to="javascript:${PWN}"/><text y="10">x</text></a></svg>`,
  'math href': `<math><mi xlink:href="javascript:${PWN}">x</mi></math>`,
  'body onload': `<body onload="${PWN}"><p>corps</p></body>`,
  'details ontoggle': `<details open ontoggle="${PWN}"><summary>s</summary>d</details>`,
  'input autofocus onfocus': `<input autofocus onfocus="${PWN}">`,
  'marquee onstart': `<marquee onstart="${PWN}">défilant</marquee>`,
  'video source onerror': `<video><source onerror="${PWN}"></video>`,
  'audio onerror': `<audio src=x onerror="${PWN}"></audio>`,
  'iframe srcdoc': `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  'iframe javascript': `<iframe src="javascript:parent.__pwned=1"></iframe>`,
  'object data': `<object data="javascript:${PWN}"></object>`,
  'embed': `<embed src="data:text/html,<script>parent.__pwned=1</script>">`,
  'form action': `<form action="javascript:${PWN}"><button>Envoyer</button></form>`,
  'button formaction': `<button formaction="javascript:${PWN}">clic</button>`,
  'meta refresh': `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">`,
  'base href': `<base href="javascript:${PWN}//"><a href="/x">x</a>`,
  'link import': `<link rel="stylesheet" href="https://evil.example/x.css">`,
  'style tag': `<style>@import 'https://evil.example/x.css'; body{background:url("javascript:${PWN}")}</style>`,
  'style attribute': `<p style="background:url(javascript:${PWN});position:fixed;inset:0">stylé</p>`,
  'template': `<template><img src=x onerror="${PWN}"></template>`,
  'noscript mXSS': `<noscript><p title="</noscript><img src=x onerror=${PWN}>">`,
  'xmp mXSS': `<xmp><p title="</xmp><img src=x onerror=${PWN}>">`,
  'noembed mXSS': `<noembed><p title="</noembed><img src=x onerror=${PWN}>">`,
  'svg style mXSS': `<svg></p><style><a id="</style><img src=1 onerror=${PWN}>">`,
  'math mglyph mXSS': `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${PWN}&gt;">`,
  'form math mXSS': `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${PWN}>`,
  'textarea breakout': `<textarea><img src=x onerror=${PWN}></textarea>`,
  'title breakout': `<title><img src=x onerror=${PWN}></title>`,
  'comment breakout': `<!--><img src=x onerror=${PWN}>-->`,
  'cdata': `<![CDATA[<img src=x onerror=${PWN}>]]>`,
  'unclosed img': `<img src=x onerror="${PWN}"`,
  'a javascript': `<a href="javascript:${PWN}">lien</a>`,
  'a JaVaScRiPt': `<a href="JaVaScRiPt:${PWN}">lien</a>`,
  'a entity-encoded': `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${PWN}">lien</a>`,
  'a hex entities no semicolon': `<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A${PWN}">lien</a>`,
  'a &colon;': `<a href="javascript&colon;${PWN}">lien</a>`,
  'a tab entity': `<a href="jav&#x09;ascript:${PWN}">lien</a>`,
  'a newline entity': `<a href="java&NewLine;script:${PWN}">lien</a>`,
  'a leading space entity': `<a href="&#x20;javascript:${PWN}">lien</a>`,
  'a leading control char': `<a href="&#x01;javascript:${PWN}">lien</a>`,
  'a data html': `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">lien</a>`,
  'a vbscript': `<a href="vbscript:msgbox(1)">lien</a>`,
  'a onclick': `<a href="https://example.org" onclick="${PWN}" onmouseover="${PWN}">lien</a>`,
  'DOM clobbering': `<form id="cookie" name="cookie"><img name="getElementById" id="x"></form><a id="defaultView" name="x" href="/y">y</a>`,
  'custom element': `<x-evil onconnected="${PWN}" is="x">x</x-evil>`,
  'deep nesting': `${'<div><span>'.repeat(300)}<img src=x onerror=${PWN}>${'</span></div>'.repeat(300)}`,
};

describe('sanitizeHtml', () => {
  afterEach(() => {
    delete window.__pwned;
    delete window.__control;
  });

  describe('hostile payloads', () => {
    for (const [label, payload] of Object.entries(HOSTILE)) {
      it(`neutralises ${label}`, () => {
        const root = clean(payload);
        assertSafe(root, label);
        expect(root.querySelector('script, style, iframe, img, svg, math, form, input, object, embed, template')).to.equal(null);
        expect(root.innerHTML).not.to.match(/\son\w+=/i);
        expect(root.innerHTML.toLowerCase()).not.to.contain('javascript:');
      });
    }

    it('runs no handler once the sanitised payloads are in the page', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const payload of Object.values(HOSTILE)) host.append(sanitizeHtml(payload));
      // Positive control: the same kind of payload inserted unsanitised does fire, which
      // proves the wait below is long enough to catch an onerror.
      const control = document.createElement('div');
      control.innerHTML = '<img src="data:image/png;base64,AAAA" onerror="window.__control=1">';
      host.append(control);
      await waitUntil(() => window.__control === 1, 'control onerror never fired', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.__pwned).to.equal(undefined);
    });

    it('does not decode entity text into markup', () => {
      const root = clean('<p>&lt;img src=x onerror=alert(1)&gt; &amp;lt;script&amp;gt;</p>');
      expect(root.querySelector('img')).to.equal(null);
      expect(root.textContent).to.equal('<img src=x onerror=alert(1)> &lt;script&gt;');
    });
  });

  describe('kept content', () => {
    it('rebuilds allowed formatting exactly', () => {
      const input =
        '<h3>Sortie</h3><p><strong>Important</strong> : <em>réunion</em> <b>b</b> <i>i</i> <u>u</u> <s>s</s>' +
        ' <code>x</code> <span>y</span></p><ul><li>un</li><li>deux</li></ul><ol><li>premier</li></ol>' +
        '<blockquote>citation</blockquote><pre>  a\n  b</pre><hr><h4>q</h4><h5>r</h5><h6>s</h6><p>ligne<br>suivante</p>';
      expect(clean(input).innerHTML).to.equal(input);
    });

    it('keeps the text of unknown and disallowed elements (unwrapped)', () => {
      const root = clean('<p>Bonjour <font color="red">le</font> <x-widget>monde</x-widget> <img alt="logo" src="x.png">!</p>');
      expect(root.innerHTML).to.equal('<p>Bonjour le monde !</p>');
    });

    it('drops the content of script, style, template, textarea, select, title, svg, math', () => {
      const root = clean(
        '<title>titre</title><p>a<script>var s</script><style>p{}</style><template>t</template>' +
          '<textarea>ta</textarea><select><option>o</option></select><svg><text>svg</text></svg>' +
          '<math><mi>m</mi></math><iframe>i</iframe><noscript>n</noscript><object>o</object>b</p>',
      );
      expect(root.innerHTML).to.equal('<p>ab</p>');
    });

    it('puts unwrapped blocks on their own lines', () => {
      expect(clean('<div>un</div><div>deux</div>').innerHTML).to.equal('un<br>deux<br>');
      expect(clean('<div>un</div>\n<div>deux</div>').innerHTML).to.equal('un<br>\ndeux<br>');
      expect(clean('<p>p</p><div>d</div><p>q</p>').innerHTML).to.equal('<p>p</p>d<br><p>q</p>');
      expect(clean('texte<h1>Titre</h1>suite').innerHTML).to.equal('texte<br>Titre<br>suite');
      expect(clean('<table><tr><td>a</td><td>b</td></tr></table>').innerHTML).to.equal('a<br>b<br>');
    });

    it('drops comments and head content', () => {
      expect(clean('<!-- secret --><p>a<!-- b -->c</p>').innerHTML).to.equal('<p>ac</p>');
      expect(clean('<head><title>T</title><meta charset="x"></head><body><p>x</p></body>').innerHTML).to.equal('<p>x</p>');
    });

    it('repairs nested and unclosed tags through the parser', () => {
      const root = clean('<p><strong>gras <em>et italique</p> suite <ul><li>a<li>b</ul');
      assertSafe(root);
      expect(root.textContent).to.equal('gras et italique suite ab');
      expect(root.querySelectorAll('li')).to.have.length(2);
    });

    it('returns an empty fragment for empty or non-string input', () => {
      expect(sanitizeHtml('').childNodes).to.have.length(0);
      expect(sanitizeHtml(null as unknown as string).childNodes).to.have.length(0);
      expect(sanitizeHtml(42 as unknown as string).childNodes).to.have.length(0);
    });

    it('returns nodes owned by the current document', () => {
      const fragment = sanitizeHtml('<p>a <strong>b</strong></p>');
      expect(fragment.ownerDocument).to.equal(document);
      const walker = document.createTreeWalker(fragment);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        expect(node.ownerDocument).to.equal(document);
      }
    });
  });

  describe('attributes', () => {
    it('removes every attribute except a valid lang and dir', () => {
      const root = clean(
        '<p id="x" class="y" style="color:red" title="t" data-x="1" lang="en-GB" dir="RTL" onclick="x()" tabindex="0" hidden>a</p>',
      );
      expect(root.innerHTML).to.equal('<p lang="en-GB" dir="rtl">a</p>');
    });

    it('drops invalid lang and dir values', () => {
      expect(clean('<span lang="fr&quot; onload=&quot;x" dir="up">a</span>').innerHTML).to.equal('<span>a</span>');
      expect(clean('<span lang="" dir="">a</span>').innerHTML).to.equal('<span>a</span>');
      expect(clean('<span dir="auto" lang="oc">a</span>').innerHTML).to.equal('<span lang="oc" dir="auto">a</span>');
    });
  });

  describe('links', () => {
    it('keeps a same-origin link with rel and no target', () => {
      expect(clean('<a href="/mediacentre" target="_top" rel="opener" title="t">Médiacentre</a>').innerHTML).to.equal(
        '<a href="/mediacentre" rel="noopener noreferrer">Médiacentre</a>',
      );
      const sameOrigin = `${location.origin}/x`;
      expect(clean(`<a href="${sameOrigin}">x</a>`).querySelector('a')!.hasAttribute('target')).to.equal(false);
    });

    it('opens links to another origin in a new tab', () => {
      expect(clean('<a href="https://www.education.gouv.fr/">MEN</a>').innerHTML).to.equal(
        '<a href="https://www.education.gouv.fr/" rel="noopener noreferrer" target="_blank">MEN</a>',
      );
      expect(clean('<a href="//cdn.example.org/doc">doc</a>').querySelector('a')!.getAttribute('target')).to.equal('_blank');
    });

    it('trims hrefs and keeps lang on links', () => {
      expect(clean('<a href="  /x  " lang="en">x</a>').innerHTML).to.equal('<a href="/x" rel="noopener noreferrer" lang="en">x</a>');
    });

    it('unwraps links with a refused or missing href, keeping their text', () => {
      for (const href of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'mailto:a@b.fr', '']) {
        expect(clean(`<p>voir <a href="${href}">ici</a></p>`).innerHTML, href).to.equal('<p>voir ici</p>');
      }
      expect(clean('<p><a name="ancre">sans lien</a></p>').innerHTML).to.equal('<p>sans lien</p>');
    });

    it('never nests a link in a link', () => {
      // A table cell lets the parser nest anchors (the cell's formatting marker hides the outer <a>).
      const input = '<a href="/a">a<table><tr><td><a href="/b">b</a></td></tr></table></a>';
      const parsed = new DOMParser().parseFromString(input, 'text/html');
      expect(parsed.querySelectorAll('a a'), 'precondition: the parser nests them').to.have.length(1);

      const root = clean(input);
      expect(root.querySelectorAll('a')).to.have.length(1);
      expect(root.querySelector('a')!.getAttribute('href')).to.equal('/a');
      expect(root.textContent).to.equal('ab');
      assertSafe(root);
    });
  });

  describe('lists', () => {
    it('wraps stray list content in items', () => {
      expect(clean('<ul>texte<li>a</li><strong>g</strong> suite</ul>').innerHTML).to.equal(
        '<ul><li>texte</li><li>a</li><li><strong>g</strong> suite</li></ul>',
      );
      expect(clean('<ol><div>un</div><div>deux</div></ol>').innerHTML).to.equal('<ol><li>un</li><li>deux</li></ol>');
    });

    it('unwraps orphan list items', () => {
      const root = clean('<li>seul</li><p>après</p>');
      expect(root.querySelector('li')).to.equal(null);
      expect(root.innerHTML).to.equal('seul<br><p>après</p>');
    });
  });

  describe('depth cap', () => {
    function depth(node: Element): number {
      let max = 0;
      for (const child of node.children) max = Math.max(max, depth(child));
      return max + 1;
    }

    it(`rebuilds at most ${MAX_DEPTH} nested elements and keeps the deeper text`, () => {
      const root = clean(`${'<span>'.repeat(200)}profond${'</span>'.repeat(200)}`);
      expect(depth(root) - 1).to.equal(MAX_DEPTH);
      expect(root.textContent).to.equal('profond');
    });

    it('keeps line structure for blocks beyond the cap', () => {
      const root = clean(`${'<blockquote>'.repeat(MAX_DEPTH)}<p>a</p><p>b</p>${'</blockquote>'.repeat(MAX_DEPTH)}`);
      expect(root.querySelectorAll('p')).to.have.length(0);
      expect(root.querySelectorAll('br')).to.have.length(2);
      expect(root.textContent).to.equal('ab');
    });

    it('handles very deep input quickly', () => {
      const start = performance.now();
      const root = clean(`${'<div><b>'.repeat(5000)}x${'</b></div>'.repeat(5000)}`);
      expect(performance.now() - start).to.be.below(2000);
      expect(root.textContent).to.equal('x');
      assertSafe(root);
    });
  });
});

describe('sanitizedText', () => {
  it('returns the visible text with blocks separated and whitespace collapsed', () => {
    expect(sanitizedText('<h3>Titre</h3><p>Un\n  <strong>deux</strong></p><ul><li>a</li><li>b</li></ul>c<br>d')).to.equal(
      'Titre Un deux a b c d',
    );
  });

  it('excludes dropped content and decodes entities', () => {
    expect(sanitizedText('<p>A &amp; B</p><script>secret()</script><style>.x{}</style><!-- c -->')).to.equal('A & B');
    expect(sanitizedText('&lt;b&gt;')).to.equal('<b>');
  });

  it('is empty for empty input', () => {
    expect(sanitizedText('')).to.equal('');
    expect(sanitizedText('<script>x</script>')).to.equal('');
  });
});

describe('safeHtml directive', () => {
  afterEach(() => {
    delete window.__pwned;
    delete window.__control;
  });

  it('renders the sanitised formatting, accessibly', async () => {
    const body = '<p><strong>Rentrée</strong> le <em>1er septembre</em></p><ul><li>cartable</li><li>trousse</li></ul>' +
      '<p><a href="https://www.education.gouv.fr/">Calendrier</a> et <a href="/aide">aide</a></p>';
    const el = await fixture<HTMLElement>(html`<div>${safeHtml(body)}</div>`);
    expect(el.querySelector('strong')!.textContent).to.equal('Rentrée');
    expect(el.querySelectorAll('ul > li')).to.have.length(2);
    const [external, internal] = el.querySelectorAll('a');
    expect(external!.rel).to.equal('noopener noreferrer');
    expect(external!.target).to.equal('_blank');
    expect(internal!.rel).to.equal('noopener noreferrer');
    expect(internal!.hasAttribute('target')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('never lets an onerror run', async () => {
    const hostile = `<p>Salut</p><img src="/__missing__.png" onerror="window.__pwned=1"><svg><image href="/__x.png" onerror="window.__pwned=1"/></svg>`;
    const el = await fixture<HTMLElement>(html`<div>${safeHtml(hostile)}</div><div id="control"></div>`);
    // Positive control, as above: an unsanitised onerror does fire within the wait.
    el.parentElement!.querySelector('#control')!.innerHTML = '<img src="data:image/png;base64,AAAA" onerror="window.__control=1">';
    await waitUntil(() => window.__control === 1, 'control onerror never fired', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__pwned).to.equal(undefined);
    expect(el.innerHTML).to.contain('Salut');
    expect(el.querySelector('img, svg')).to.equal(null);
  });

  it('renders nothing for null, undefined and empty strings', async () => {
    for (const value of [null, undefined, '']) {
      const el = await fixture<HTMLElement>(html`<div>${safeHtml(value)}</div>`);
      expect(el.children).to.have.length(0);
      expect(el.textContent).to.equal('');
    }
  });

  it('does not rebuild the DOM while the string is unchanged', () => {
    const container = document.createElement('div');
    const view = (body: string | null) => html`<section>${safeHtml(body)}</section>`;

    render(view('<p><strong>a</strong></p>'), container);
    const first = container.querySelector('strong');
    expect(first).not.to.equal(null);

    render(view('<p><strong>a</strong></p>'), container);
    expect(container.querySelector('strong')).to.equal(first);

    render(view('<p><strong>b</strong></p>'), container);
    const second = container.querySelector('strong');
    expect(second).not.to.equal(first);
    expect(second!.textContent).to.equal('b');
    expect(container.querySelectorAll('strong')).to.have.length(1);

    render(view(null), container);
    expect(container.querySelector('section')!.textContent).to.equal('');

    render(view('<p><strong>b</strong></p>'), container);
    expect(container.querySelector('strong')!.textContent).to.equal('b');
  });

  it('refuses attribute positions', () => {
    const container = document.createElement('div');
    expect(() => render(html`<div title=${safeHtml('x')}></div>`, container)).to.throw(/child/);
  });
});
