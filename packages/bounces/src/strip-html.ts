/**
 * An HTML notice as plain text: scripts and styles dropped, line-breaking tags as line
 * breaks, other tags removed, the four common entities decoded. Each step is one pass:
 * once a search for a closing `>` or `</script>` fails, nothing further can match it,
 * so a text of unclosed `<` (or of `<script` repeated) is read once, not once per `<`.
 */
export function stripHtml(html: string): string {
  if (!html.includes('<')) return decodeEntities(html);
  return decodeEntities(withoutTags(withoutScripts(html).replace(BREAK, '\n')));
}

const SCRIPT_START = /<(?:script|style)/gi;
const SCRIPT_END = /<\/(?:script|style)>/gi;
const BREAK = /<br\s*\/?>|<\/(?:p|div|tr|li|h\d)>/gi;

/** `html.replace(/<(?:script|style)[\s\S]*?<\/(?:script|style)>/gi, '')`. */
function withoutScripts(html: string): string {
  let out = '';
  let from = 0;
  SCRIPT_START.lastIndex = 0;
  for (let start = SCRIPT_START.exec(html); start; start = SCRIPT_START.exec(html)) {
    SCRIPT_END.lastIndex = SCRIPT_START.lastIndex;
    const end = SCRIPT_END.exec(html);
    if (!end) break; // no script after this one can close either
    out += html.slice(from, start.index);
    from = SCRIPT_END.lastIndex;
    SCRIPT_START.lastIndex = from;
  }
  return from === 0 ? html : out + html.slice(from);
}

/** `text.replace(/<[^>]*>/g, '')`. */
function withoutTags(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<'); open >= 0; open = text.indexOf('<', from)) {
    const close = text.indexOf('>', open + 1);
    if (close < 0) break; // no tag can end: the rest is text
    out += text.slice(from, open);
    from = close + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
