import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GmailMessageOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-gmail/interfaces/GmailMessageOptions.md","filePath":"api/@mailgate/transport-gmail/interfaces/GmailMessageOptions.md"}');
const _sfc_main = { name: "api/@mailgate/transport-gmail/interfaces/GmailMessageOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-gmailmessageoptions" tabindex="-1">Interface: GmailMessageOptions <a class="header-anchor" href="#interface-gmailmessageoptions" aria-label="Permalink to &quot;Interface: GmailMessageOptions&quot;">​</a></h1><p>Defined in: transport-gmail/src/convert-to-raw-message.ts:6</p><p>Options a message may carry for this transport only: <code>transportOptions.gmail</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="messageid" tabindex="-1">messageId? <a class="header-anchor" href="#messageid" aria-label="Permalink to &quot;messageId?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly messageId</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: transport-gmail/src/convert-to-raw-message.ts:10</p><p>The Message-ID header to use instead of a generated one.</p><hr><h3 id="threadid" tabindex="-1">threadId? <a class="header-anchor" href="#threadid" aria-label="Permalink to &quot;threadId?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly threadId</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: transport-gmail/src/convert-to-raw-message.ts:8</p><p>Send into this Gmail thread (<code>requestBody.threadId</code>); the headers must match the thread.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-gmail/interfaces/GmailMessageOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GmailMessageOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GmailMessageOptions as default
};
