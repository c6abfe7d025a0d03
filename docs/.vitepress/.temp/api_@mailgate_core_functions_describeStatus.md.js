import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: describeStatus()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/describeStatus.md","filePath":"api/@mailgate/core/functions/describeStatus.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/describeStatus.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-describestatus" tabindex="-1">Function: describeStatus() <a class="header-anchor" href="#function-describestatus" aria-label="Permalink to &quot;Function: describeStatus()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> describeStatus</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">status</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">locale</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> StatusText</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: ledger/describe-status.ts:27</p><p>A status explained to a person: a title and what it means, in <code>en</code>, <code>nl</code> or <code>sv</code>. Takes a message status, a confirmation state, <code>problem_&lt;kind&gt;</code>, or an address status. Never throws: anything unknown gives the texts of <code>unknown</code>, an unknown locale English.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><p>| <code>string</code> | <code>Pick</code>&lt;<a href="./../interfaces/AddressStatus"><code>AddressStatus</code></a>, <code>&quot;problem&quot;</code> | <code>&quot;status&quot;</code> | <code>&quot;confirmation&quot;</code>&gt;</p><h3 id="locale" tabindex="-1">locale? <a class="header-anchor" href="#locale" aria-label="Permalink to &quot;locale?&quot;">​</a></h3><p><code>string</code> = <code>&#39;en&#39;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/StatusText"><code>StatusText</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/describeStatus.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const describeStatus = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  describeStatus as default
};
