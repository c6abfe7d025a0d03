import { type PageTexts, pageTexts, type UnsubscribeLanguage } from './page-texts';

/** What the recipient chose on the page (or a one-click POST). */
export type UnsubscribeChoice = 'type' | 'all' | 'resubscribe';

/** What the page shows. */
export interface PageView {
  readonly language: UnsubscribeLanguage;
  /** The masked address the link was sent to. */
  readonly address: string;
  /** The subscription type's name as the recipient should read it; absent: the message had none. */
  readonly typeLabel: string | undefined;
  /** Whether resubscribing is offered (it needs the suppression store). */
  readonly canResubscribe: boolean;
  /** The choice just saved, or `failed` when saving did not work. */
  readonly done?: UnsubscribeChoice | 'failed';
}

/*
 * One small page: no script, no external asset, no cookie. A fieldset with a legend
 * and labelled radio buttons, one submit button; the confirmation is a status region
 * and takes the focus order's first place. Colours meet WCAG AA (contrast above 7:1 for
 * text, the focus ring is thick and dark).
 */
const STYLE =
  'body{font:1.05rem/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fff;max-width:36rem;margin:2rem auto;padding:0 1rem}' +
  'fieldset{border:1px solid #6b6b6b;border-radius:.4rem;padding:.75rem 1rem}' +
  'label{display:block;padding:.35rem 0}' +
  'button{font:inherit;color:#fff;background:#1d4ed8;border:0;border-radius:.4rem;padding:.5rem 1.25rem;margin-top:1rem}' +
  ':focus-visible{outline:3px solid #111;outline-offset:2px}' +
  '[role=status]{background:#e8f5e9;color:#0b3d0f;border-radius:.4rem;padding:.75rem 1rem}' +
  '.failed{background:#fdecea;color:#5f1010}';

/** The preference page. */
export function renderPreferencePage(view: PageView): string {
  const texts = pageTexts[view.language];
  const fill = (text: string) =>
    escapeHtml(text)
      .replace('{type}', escapeHtml(view.typeLabel ?? ''))
      .replace('{address}', `<strong>${escapeHtml(view.address)}</strong>`);
  const options: [UnsubscribeChoice, string][] = [];
  if (view.typeLabel !== undefined) options.push(['type', texts.fromType]);
  options.push(['all', texts.fromAll]);
  if (view.canResubscribe) options.push(['resubscribe', texts.resubscribe]);
  const radios = options
    .map(
      ([value, label], i) =>
        `<label><input type="radio" name="action" value="${value}"${i === 0 ? ' checked' : ''}> ${fill(label)}</label>`,
    )
    .join('');
  return (
    `<!doctype html><html lang="${view.language}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<meta name="referrer" content="no-referrer"><title>${escapeHtml(texts.title)}</title>` +
    `<style>${STYLE}</style></head><body><main><h1>${escapeHtml(texts.title)}</h1>` +
    status(view, texts, fill) +
    `<p>${fill(texts.intro)}</p>` +
    `<form method="post"><fieldset><legend>${escapeHtml(texts.legend)}</legend>${radios}</fieldset>` +
    `<button type="submit">${escapeHtml(texts.save)}</button></form></main></body></html>`
  );
}

/** The plain page of a refused link: nothing to choose, nothing changed. */
export function renderRefusalPage(language: UnsubscribeLanguage): string {
  const texts = pageTexts[language];
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(texts.title)}</title>` +
    `<style>${STYLE}</style></head><body><main><h1>${escapeHtml(texts.title)}</h1>` +
    `<p>${escapeHtml(texts.refused)}</p></main></body></html>`
  );
}

function status(view: PageView, texts: PageTexts, fill: (text: string) => string): string {
  if (view.done === undefined) return '';
  if (view.done === 'failed')
    return `<p role="status" class="failed">${escapeHtml(texts.failed)}</p>`;
  const text =
    view.done === 'type'
      ? texts.doneType
      : view.done === 'all'
        ? texts.doneAll
        : texts.doneResubscribe;
  return `<p role="status">${fill(text)}</p>`;
}

/** `a***@example.com`: enough for the owner to recognise, little for anyone else. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
