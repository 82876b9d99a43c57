// The kit's verdicts as a table for people, JUnit XML for a CI, JSON for tools.

const MARK = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' };

export function summarize(results) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const r of results) counts[r.verdict] += 1;
  return counts;
}

/** One line per case, grouped by first tag, then failures with their evidence. */
export function table(results, durationMs) {
  const lines = [];
  const byTag = new Map();
  for (const r of results) {
    const tag = r.tags[0];
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag).push(r);
  }
  for (const [tag, list] of byTag) {
    const counts = summarize(list);
    lines.push(`\n${tag} — ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    for (const r of list) {
      lines.push(`  ${MARK[r.verdict]}  ${r.id}  ${r.title} (${r.ms} ms)${r.verdict === 'skipped' ? ` — ${r.message}` : ''}`);
    }
  }
  const failed = results.filter((r) => r.verdict === 'failed');
  if (failed.length > 0) {
    lines.push('\nFailures:');
    for (const r of failed) {
      lines.push(`\n  ${r.id}: ${r.message}`);
      lines.push(`    rule: ${r.rule}`);
      for (const e of r.evidence.slice(-3)) lines.push(`    > ${e.request}\n    < ${e.response}`);
      if (r.cleanup) lines.push(`    ${r.cleanup}`);
    }
  }
  const counts = summarize(results);
  lines.push(`\nconformance: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${(durationMs / 1000).toFixed(1)} s`);
  return lines.join('\n');
}

const xml = (text) => String(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);

export function junit(results, durationMs, baseUrl) {
  const counts = summarize(results);
  const cases = results.map((r) => {
    const evidence = r.evidence.map((e) => `> ${e.request}\n< ${e.response}`).join('\n');
    const inner =
      r.verdict === 'failed'
        ? `<failure message="${xml(r.message)}" type="${xml(r.rule)}">${xml(`${r.message}\nrule: ${r.rule}\n${evidence}`)}</failure>`
        : r.verdict === 'skipped'
          ? `<skipped message="${xml(r.message)}"/>`
          : '';
    return `    <testcase classname="conformance.${xml(r.tags[0])}" name="${xml(`${r.id} — ${r.title}`)}" time="${(r.ms / 1000).toFixed(3)}">${inner}</testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="ent-widgets-conformance" tests="${results.length}" failures="${counts.failed}" skipped="${counts.skipped}" time="${(durationMs / 1000).toFixed(3)}">
  <testsuite name="${xml(baseUrl)}" tests="${results.length}" failures="${counts.failed}" skipped="${counts.skipped}" time="${(durationMs / 1000).toFixed(3)}">
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}

export function json(results, durationMs, baseUrl) {
  return JSON.stringify({ baseUrl, durationMs, summary: summarize(results), results }, null, 2);
}
