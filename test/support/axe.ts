// Helpers for axe audits that must hold in every browser.

function shadowRoots(node: Element | ShadowRoot, found: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of node.querySelectorAll('*')) {
    if (el.shadowRoot) {
      found.push(el.shadowRoot);
      shadowRoots(el.shadowRoot, found);
    }
  }
  return found;
}

/**
 * Runs `audit` with every element under `host` laid out, then puts the page back as it was.
 * Off-screen content under `content-visibility: auto` (the médiacentre's cards) skips layout;
 * in Firefox its elements then report a computed size of 0 while their rectangles are real,
 * so axe drops some of them (a GAR badge) from what it sees and judges text against whatever
 * lies behind. What axe audits is the markup and its colours, not when the browser paints it.
 */
export async function withEverythingLaidOut(host: Element, audit: () => PromiseLike<unknown>): Promise<void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  const roots = [...(host.shadowRoot ? [host.shadowRoot] : []), ...shadowRoots(host.shadowRoot ?? host)];
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  try {
    await audit();
  } finally {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  }
}
