// Build-time minification of Lit's `css` and `html` tagged templates (vite/rolldown plugin).
// The JS minifier leaves template literals alone, so the indentation of our styles and
// templates would ship as is. This rewrites only the static text of those literals, never an
// expression, and only in ways that keep the meaning:
// - `css`: comments dropped, whitespace collapsed, spaces around `{ } ; , >` and after `:` dropped
//   (quoted strings are left untouched);
// - `html` / `svg`: every whitespace run that holds a line break becomes that line break alone
//   (the browser renders it as the same single space: no text, binding or attribute name
//   changes). Templates holding a `<pre>` or text inside a `<textarea>` are left as they are.
// Line breaks are kept (one per source line), so line numbers — and lib/'s source maps —
// stay right; a line break costs what a space does.
// TypeScript's parser finds the literals, so strings and comments that merely look like
// templates are never touched.
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

/** Minifies one CSS text fragment; `atStart`/`atEnd`: whether it touches the template's ends. */
function minifyCss(text, atStart, atEnd) {
  // Split out comments and quoted strings, whichever comes first (an apostrophe in a comment
  // is not a string): comments are dropped, strings kept, only the rest is rewritten.
  const pieces = text.split(/(\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")/);
  let out = pieces
    .map((piece, i) =>
      i % 2
        ? piece.startsWith('/*')
          ? newlines(piece)
          : piece
        : piece
            .replace(/\s+/g, (run) => newlines(run) || ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;(\n*)}/g, '$1}'),
    )
    .join('');
  if (atStart) out = out.replace(/^ /, '');
  if (atEnd) out = out.replace(/ $/, '');
  return out;
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, newlines);
}

/** The line breaks of a piece of text, and nothing else. */
function newlines(text) {
  return '\n'.repeat(text.split('\n').length - 1);
}

/** Returns the code with its `css`/`html`/`svg` templates minified (unchanged when there are none). */
export function minifyTemplates(code, fileName) {
  if (!/\b(css|html|svg)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      // Raw text of each static part, between its delimiters (` … ${, } … ${, } … `).
      const ranges = parts.map((part) => {
        const start = part.getStart(source) + 1;
        const closesTemplate = ts.isNoSubstitutionTemplateLiteral(part) || ts.isTemplateTail(part);
        return [start, part.end - (closesTemplate ? 1 : 2)];
      });
      const whole = ranges.map(([s, e]) => code.slice(s, e)).join('');
      const skip = node.tag.text !== 'css' && /<pre\b|<textarea\b[^>]*>[^<]/.test(whole);
      if (!skip) {
        ranges.forEach(([start, end], i) => {
          const raw = code.slice(start, end);
          const min =
            node.tag.text === 'css' ? minifyCss(raw, i === 0, i === ranges.length - 1) : minifyHtml(raw);
          if (min !== raw) edits.push([start, end, min]);
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  edits.sort((a, b) => b[0] - a[0]);
  for (const [start, end, text] of edits) code = code.slice(0, start) + text + code.slice(end);
  return code;
}

/** Minifies the templates of lib/'s compiled JavaScript in place (after tsc). */
export async function minifyLibrary(dir) {
  const { readdir, readFile, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  for (const entry of await readdir(dir, { recursive: true })) {
    if (!entry.endsWith('.js')) continue;
    const file = join(dir, entry);
    const code = await readFile(file, 'utf8');
    const out = minifyTemplates(code, file);
    if (out !== code) await writeFile(file, out);
  }
}

/** Vite plugin: minifies the templates of our own TypeScript sources before they are compiled. */
export function minifyTemplatesPlugin() {
  return {
    name: 'ent-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/src/mocks/')) return null;
      const out = minifyTemplates(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}

// `node scripts/minify-templates.mjs lib`: run after tsc in `npm run build`.
if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  await minifyLibrary(process.argv[2] ?? 'lib');
}
