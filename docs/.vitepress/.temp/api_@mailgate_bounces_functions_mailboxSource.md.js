import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: mailboxSource()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/bounces/functions/mailboxSource.md","filePath":"api/@mailgate/bounces/functions/mailboxSource.md"}');
const _sfc_main = { name: "api/@mailgate/bounces/functions/mailboxSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-mailboxsource" tabindex="-1">Function: mailboxSource() <a class="header-anchor" href="#function-mailboxsource" aria-label="Permalink to &quot;Function: mailboxSource()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> mailboxSource</span><span style="--shiki-light:#6F42C1;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#6F42C1;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#6F42C1;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#6F42C1;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> BounceSource</span><span style="--shiki-light:#6F42C1;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">MailboxCursor</span><span style="--shiki-light:#6F42C1;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>Defined in: bounces/src/watch/mailbox-source.ts:49</p><p>Wraps Graph&#39;s or Gmail&#39;s <code>readBounces</code> as a source for <code>watchBounces</code>: each read starts at the cursor&#39;s time and skips the reports already ingested there, so none counts twice. A report that could not be downloaded (<code>unread</code>) holds the cursor at its arrival time (at the read&#39;s start when the provider does not say), so the next read tries it again; after <code>maxAttempts</code> reads it is given up on and reported.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/MailboxSourceOptions"><code>MailboxSourceOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/BounceSource"><code>BounceSource</code></a>&lt;<a href="./../interfaces/MailboxCursor"><code>MailboxCursor</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/bounces/functions/mailboxSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mailboxSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mailboxSource as default
};
