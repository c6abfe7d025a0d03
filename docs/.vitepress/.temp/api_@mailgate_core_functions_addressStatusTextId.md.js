import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: addressStatusTextId()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/addressStatusTextId.md","filePath":"api/@mailgate/core/functions/addressStatusTextId.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/addressStatusTextId.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-addressstatustextid" tabindex="-1">Function: addressStatusTextId() <a class="header-anchor" href="#function-addressstatustextid" aria-label="Permalink to &quot;Function: addressStatusTextId()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> addressStatusTextId</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">status</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> StatusTextId</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: ledger/describe-status.ts:16</p><p>The text id of an address status: its problem (<code>problem_bounced</code>, …) or its confirmation.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../interfaces/AddressStatus"><code>AddressStatus</code></a>, <code>&quot;status&quot;</code> | <code>&quot;confirmation&quot;</code> | <code>&quot;problem&quot;</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/StatusTextId"><code>StatusTextId</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/addressStatusTextId.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const addressStatusTextId = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  addressStatusTextId as default
};
