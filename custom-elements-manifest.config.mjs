// custom-elements.json: our elements register through defineElement(tag, Class) (it tolerates a
// second registration), which the analyzer does not know; this plugin reads those calls.
function defineElementPlugin() {
  return {
    name: 'ent-widgets-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag)) return;
      const className = klass.getText();
      const exportsList = (moduleDoc.exports ??= []);
      if (!exportsList.some((e) => e.kind === 'custom-element-definition' && e.name === tag.text)) {
        exportsList.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module: moduleDoc.path } });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // Put the tag name on each class declaration, wherever the class is declared.
      const tags = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const e of mod.exports ?? []) if (e.kind === 'custom-element-definition') tags.set(e.declaration.name, e.name);
      }
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind === 'class' && tags.has(d.name)) {
            d.tagName ??= tags.get(d.name);
            d.customElement = true;
          }
          // Internal reactive state (`state: true` in lit's static properties) is read as an
          // attribute by the analyzer: only public fields have one.
          const internal = new Set((d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          if (d.attributes) d.attributes = d.attributes.filter((a) => !internal.has(a.fieldName));
          for (const m of d.members ?? []) if (internal.has(m.name)) delete m.attribute;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/**/*.d.ts'],
  litelement: true,
  plugins: [defineElementPlugin()],
};
