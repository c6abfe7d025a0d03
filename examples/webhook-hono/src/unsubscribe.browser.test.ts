import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createMailgate,
  memoryStores,
  recordingTransport,
  type SendRequestInput,
  unsubscribeHandler,
} from '@mailgate/core';
import { serveWebHandler } from '@mailgate/testkit';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/*
 * The preference page in a real browser: Debian's headless Chromium, driven by
 * playwright-core. A keyboard-only user unsubscribes from one type; the tenant is Dutch,
 * so the page confirms in Dutch whatever the browser asks for. CI installs Chromium
 * (scripts/ensure-chromium.sh); elsewhere a missing one skips this file with one line.
 */

const CHROMIUM = process.env.MAILGATE_CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const required = process.env.CI === 'true';
if (!present && !required)
  console.log(`unsubscribe page browser test skipped: no Chromium at ${CHROMIUM}`);

const keys = ['a-key-for-the-unsubscribe-links-01'];
const request = (subscriptionType: string): SendRequestInput => ({
  recipient: { id: 'r-1', addresses: [{ address: 'ann@example.test', state: 'confirmed' }] },
  message: { from: 'news@agency.test', subject: 'Nieuws', text: 'Hallo' },
  context: { mode: 'bulk', category: 'marketing', subscriptionType, tenant: 'bakkerij' },
});

describe.runIf(present || required)('the preference page in Chromium', () => {
  it('should let a keyboard-only user unsubscribe from one type and confirm in Dutch', async () => {
    const stores = memoryStores();
    const transport = recordingTransport();
    const gate = createMailgate({
      transport,
      stores,
      unsubscribe: { url: 'https://mail.agency.test/unsubscribe', keys },
    });
    const handler = unsubscribeHandler({
      gate,
      keys,
      suppressions: stores.suppressions,
      language: (tenant) => (tenant === 'bakkerij' ? 'nl' : undefined),
      typeLabel: (type, language) =>
        type === 'newsletter' && language === 'nl' ? 'Nieuwsbrief' : undefined,
    });
    expect((await gate.send(request('newsletter'))).isOk()).toBe(true);
    const header = transport.sent[0]!.headers!['List-Unsubscribe']!;
    const link = new URL(/<(https:[^>]+)>/.exec(header)![1]!);
    const server = await serveWebHandler(handler);
    const shots = mkdtempSync(join(tmpdir(), 'mailgate-unsubscribe-'));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    });
    try {
      // The browser asks for English: the tenant's setting (Dutch) wins.
      const page = await browser.newPage({ locale: 'en-GB' });
      const response = await page.goto(`${server.url}/unsubscribe${link.search}`);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      // Every radio button has its label; the group has a legend.
      expect(await page.locator('fieldset legend').textContent()).toBe('Wat wilt u?');
      const inputs = await page.locator('input').count();
      expect(inputs).toBe(3);
      expect(await page.locator('label > input[type=radio]').count()).toBe(inputs);
      await page.screenshot({ path: join(shots, '1-page-loaded.png'), fullPage: true });

      // What has the keyboard focus: a radio button's value, or the button's text.
      const focused = async () => {
        const element = page.locator(':focus');
        return (await element.getAttribute('value')) ?? (await element.textContent());
      };
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('type');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('all');
      await page.keyboard.press('ArrowUp');
      expect(await focused()).toBe('type');
      expect(await page.isChecked('input[value=type]')).toBe(true);
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Opslaan');
      await page.screenshot({ path: join(shots, '2-save-focused.png'), fullPage: true });
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

      await expect
        .poll(() => page.locator('[role=status]').textContent())
        .toBe('Gelukt: u krijgt geen e-mails van het type “Nieuwsbrief” meer.');
      await page.screenshot({ path: join(shots, '3-confirmed.png'), fullPage: true });
      console.log(`unsubscribe page screenshots: ${shots}`);
    } finally {
      await browser.close();
      await server.close();
    }
    const next = await gate.send(request('newsletter'));
    expect(next._unsafeUnwrapErr().reason).toBe('unsubscribed_from_type');
    expect((await gate.send(request('vacancies'))).isOk()).toBe(true);
  }, 60_000);
});
