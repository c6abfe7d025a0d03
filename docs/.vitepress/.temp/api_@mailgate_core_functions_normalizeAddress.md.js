import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: normalizeAddress()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/normalizeAddress.md","filePath":"api/@mailgate/core/functions/normalizeAddress.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/normalizeAddress.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-normalizeaddress" tabindex="-1">Function: normalizeAddress() <a class="header-anchor" href="#function-normalizeaddress" aria-label="Permalink to &quot;Function: normalizeAddress()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> normalizeAddress</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">address</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> string</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> undefined</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: address/normalize-address.ts:17</p><p>The form addresses are compared and stored in: trimmed, lower case, the domain in its ASCII (punycode) form. Answers <code>undefined</code> for anything that is not <code>local@domain</code>. The original spelling is kept elsewhere, for display.</p><p>Deliberately lenient (it does not judge the syntax, <code>validateAddress</code> does): it is also used on addresses that come back in bounces and provider events, which must still find the suppression entry they belong to. For an address that <code>validateAddress</code> accepts, it answers exactly that check&#39;s <code>address</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="address" tabindex="-1">address <a class="header-anchor" href="#address" aria-label="Permalink to &quot;address&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code> | <code>undefined</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/normalizeAddress.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const normalizeAddress = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  normalizeAddress as default
};
