import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: UnsubscribeMailOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/bounces/interfaces/UnsubscribeMailOptions.md","filePath":"api/@mailgate/bounces/interfaces/UnsubscribeMailOptions.md"}');
const _sfc_main = { name: "api/@mailgate/bounces/interfaces/UnsubscribeMailOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-unsubscribemailoptions" tabindex="-1">Interface: UnsubscribeMailOptions <a class="header-anchor" href="#interface-unsubscribemailoptions" aria-label="Permalink to &quot;Interface: UnsubscribeMailOptions&quot;">​</a></h1><p>Defined in: bounces/src/unsubscribe-mail.ts:16</p><p>Options of <code>readUnsubscribeMail</code>: the gate&#39;s <code>unsubscribe.keys</code>, and the clock.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="keys" tabindex="-1">keys <a class="header-anchor" href="#keys" aria-label="Permalink to &quot;keys&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">keys</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: readonly string[];</span></span></code></pre></div><p>Defined in: bounces/src/unsubscribe-mail.ts:18</p><p>The gate&#39;s <code>unsubscribe.keys</code>: every one is accepted.</p><hr><h3 id="now" tabindex="-1">now? <a class="header-anchor" href="#now" aria-label="Permalink to &quot;now?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly now</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Defined in: bounces/src/unsubscribe-mail.ts:20</p><p>The time to check expiry against (ms since the epoch); default: now.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/bounces/interfaces/UnsubscribeMailOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const UnsubscribeMailOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  UnsubscribeMailOptions as default
};
