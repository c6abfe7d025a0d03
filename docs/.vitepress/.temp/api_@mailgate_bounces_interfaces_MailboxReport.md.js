import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MailboxReport","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/bounces/interfaces/MailboxReport.md","filePath":"api/@mailgate/bounces/interfaces/MailboxReport.md"}');
const _sfc_main = { name: "api/@mailgate/bounces/interfaces/MailboxReport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-mailboxreport" tabindex="-1">Interface: MailboxReport <a class="header-anchor" href="#interface-mailboxreport" aria-label="Permalink to &quot;Interface: MailboxReport&quot;">​</a></h1><p>Defined in: bounces/src/mailbox-bounces.ts:5</p><p>One report found in a sending mailbox, with what the parser read from it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">id</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Defined in: bounces/src/mailbox-bounces.ts:7</p><p>The provider&#39;s id of the report message.</p><hr><h3 id="receivedat" tabindex="-1">receivedAt? <a class="header-anchor" href="#receivedat" aria-label="Permalink to &quot;receivedAt?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly receivedAt</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Defined in: bounces/src/mailbox-bounces.ts:9</p><p>When the mailbox received it (ms since the epoch).</p><hr><h3 id="report" tabindex="-1">report <a class="header-anchor" href="#report" aria-label="Permalink to &quot;report&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">report</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: ParsedReport;</span></span></code></pre></div><p>Defined in: bounces/src/mailbox-bounces.ts:10</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/bounces/interfaces/MailboxReport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MailboxReport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MailboxReport as default
};
