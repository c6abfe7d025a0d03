import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeReason, reasonIds } from '../../packages/core/src/index';
import { renderReasonsPage } from './render-reasons';

describe('renderReasonsPage', () => {
  const page = renderReasonsPage();

  it('should give every reason its own section', () => {
    for (const id of reasonIds) {
      expect(page.split('\n')).toContain(`### \`${id}\``);
    }
  });

  it('should show the English texts and the Dutch and Swedish titles', () => {
    const { title, cause, remedy } = describeReason('previously_bounced', 'en');
    expect(page).toContain(title);
    expect(page).toContain(cause);
    expect(page).toContain(remedy);
    expect(page).toContain(`- nl: ${describeReason('previously_bounced', 'nl').title}`);
    expect(page).toContain(`- sv: ${describeReason('previously_bounced', 'sv').title}`);
  });

  it('should be the same every time', () => {
    expect(renderReasonsPage()).toBe(page);
  });

  it('should match the committed docs/reasons.md', () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../reasons.md', import.meta.url)),
      'utf8',
    );
    expect(committed).toBe(page);
  });
});
