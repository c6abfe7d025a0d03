import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: addProblem()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/addProblem.md","filePath":"api/@mailgate/core/functions/addProblem.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/addProblem.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-addproblem" tabindex="-1">Function: addProblem() <a class="header-anchor" href="#function-addproblem" aria-label="Permalink to &quot;Function: addProblem()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> addProblem</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   current</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   kind</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   event</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> AddressStatusProblem</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: ledger/address-effects.ts:76</p><p>A new problem event added to what the address had: one more, the heaviest kind, and the reason of the latest event (ties broken by the reason&#39;s and detail&#39;s text, so the order of arrival never matters).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="current" tabindex="-1">current <a class="header-anchor" href="#current" aria-label="Permalink to &quot;current&quot;">​</a></h3><p>| <a href="./../interfaces/AddressStatusProblem"><code>AddressStatusProblem</code></a> | <code>undefined</code></p><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><p><code>&quot;bounced&quot;</code> | <code>&quot;invalid&quot;</code> | <code>&quot;complained&quot;</code> | <code>&quot;unsubscribed&quot;</code> | <code>&quot;blocked&quot;</code></p><h3 id="event" tabindex="-1">event <a class="header-anchor" href="#event" aria-label="Permalink to &quot;event&quot;">​</a></h3><h4 id="at" tabindex="-1">at <a class="header-anchor" href="#at" aria-label="Permalink to &quot;at&quot;">​</a></h4><p><code>number</code></p><h4 id="detail" tabindex="-1">detail? <a class="header-anchor" href="#detail" aria-label="Permalink to &quot;detail?&quot;">​</a></h4><p><code>string</code></p><h4 id="reason" tabindex="-1">reason? <a class="header-anchor" href="#reason" aria-label="Permalink to &quot;reason?&quot;">​</a></h4><p><a href="./../type-aliases/Reason"><code>Reason</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AddressStatusProblem"><code>AddressStatusProblem</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/addProblem.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const addProblem = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  addProblem as default
};
