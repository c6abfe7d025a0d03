import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitepress';
import { repositoryUrl, siteUrl } from './site';

// Written by typedoc (typedoc-vitepress-theme) before the site is built.
const apiSidebar = JSON.parse(
  readFileSync(new URL('../api/typedoc-sidebar.json', import.meta.url), 'utf8'),
) as unknown[];

export default defineConfig({
  title: 'mailgate',
  description:
    'Decide whether an e-mail may be sent, send it through a pluggable transport, and say why it was not.',
  cleanUrls: true,
  lastUpdated: false,
  sitemap: { hostname: siteUrl },
  // docs/README.md is the index for readers of the repository; the site has its own home page.
  srcExclude: ['README.md', 'scripts/**', 'node_modules/**', '.samples/**'],
  themeConfig: {
    search: { provider: 'local' },
    nav: [
      { text: 'Guide', link: '/concepts/gate' },
      { text: 'Reasons', link: '/reasons' },
      { text: 'Command line', link: '/cli' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: {
      '/api/': [{ text: 'API reference', link: '/api/', items: apiSidebar }],
      '/': [
        {
          text: 'Concepts',
          items: [
            { text: 'The gate', link: '/concepts/gate' },
            { text: 'Recipients', link: '/concepts/recipients' },
            { text: 'Addresses', link: '/concepts/addresses' },
            { text: 'Policies', link: '/concepts/policies' },
            { text: 'Stores', link: '/concepts/stores' },
            { text: 'Transports', link: '/concepts/transports' },
            { text: 'Classifying SMTP replies', link: '/concepts/classify-smtp-reply' },
            { text: 'Failover', link: '/concepts/failover' },
            { text: 'The delivery ledger', link: '/concepts/ledger' },
            { text: 'Mailings', link: '/concepts/mailings' },
            { text: 'Inbound: webhooks, mailbox, provider', link: '/concepts/inbound' },
            { text: 'One-click unsubscribe', link: '/concepts/unsubscribe' },
            { text: 'Configuration', link: '/concepts/configuration' },
            { text: 'Scaling: a queue of workers', link: '/concepts/scaling' },
          ],
        },
        {
          text: 'Transports',
          items: [
            { text: 'SMTP', link: '/transports/smtp' },
            { text: 'Amazon SES', link: '/transports/ses' },
            { text: 'Microsoft Graph', link: '/transports/graph' },
            { text: 'Gmail API', link: '/transports/gmail' },
          ],
        },
        {
          text: 'Reference',
          items: [
            { text: 'Reasons', link: '/reasons' },
            { text: 'Statuses', link: '/statuses' },
            { text: 'Bounces', link: '/bounces' },
            { text: 'Command line', link: '/cli' },
            { text: 'Benchmarks', link: '/benchmarks' },
            { text: 'API', link: '/api/' },
          ],
        },
      ],
    },
    socialLinks: [{ icon: 'github', link: repositoryUrl }],
    outline: { level: [2, 3] },
  },
});
