import axe from 'axe-core';

/**
 * axe-core in happy-dom. Colour contrast needs layout and computed colours happy-dom does not have,
 * so that rule is off here (theme.css documents the contrast of its token pairs; the browser tests
 * cover it). Returns "rule: target" strings so failures read well.
 */
export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}
