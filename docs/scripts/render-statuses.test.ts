import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeStatus, messageStatuses } from '../../packages/core/src/index';
import { renderStatusesPage } from './render-statuses';

describe('renderStatusesPage', () => {
  const page = renderStatusesPage();

  it('should list every message status with its texts in three languages', () => {
    for (const status of messageStatuses) {
      const row = page.split('\n').find((line) => line.startsWith(`| \`${status}\` | `));
      expect(row).toContain(describeStatus(status, 'sv').title);
      expect(row).toContain(describeStatus(status, 'nl').title);
    }
  });

  it('should show the transition table, a delivery after a bounce changing nothing', () => {
    const bounced = page.split('\n').find((line) => line.startsWith('| `bounced` | ·'));
    expect(bounced).toBeDefined();
    expect(page).toContain('| `none` | queued | sent |');
  });

  it('should match the committed docs/statuses.md', () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../statuses.md', import.meta.url)),
      'utf8',
    );
    expect(committed).toBe(page);
  });
});
