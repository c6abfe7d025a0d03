import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: liftSuppression()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/liftSuppression.md","filePath":"api/@mailgate/core/functions/liftSuppression.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/liftSuppression.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-liftsuppression" tabindex="-1">Function: liftSuppression() <a class="header-anchor" href="#function-liftsuppression" aria-label="Permalink to &quot;Function: liftSuppression()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> liftSuppression</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   store</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   input</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   by</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> AdminResult</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">LiftSuppressionResult</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>Defined in: stores/suppression-admin.ts:122</p><p>The support flow: takes an address or domain off the list (all its entries in the scope, those of one reason, or the unsubscribe from one subscription type), recording who did it and why — <code>by.note</code> is required. Lifting what is not there is not an error: it answers <code>{ lifted: 0 }</code>; input that is wrong is, and changes nothing.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="store" tabindex="-1">store <a class="header-anchor" href="#store" aria-label="Permalink to &quot;store&quot;">​</a></h3><p><a href="./../interfaces/SuppressionStore"><code>SuppressionStore</code></a></p><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../type-aliases/LiftSuppressionInput"><code>LiftSuppressionInput</code></a></p><h3 id="by" tabindex="-1">by <a class="header-anchor" href="#by" aria-label="Permalink to &quot;by&quot;">​</a></h3><p><a href="./../interfaces/AuditActor"><code>AuditActor</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>AdminResult</code>&lt;<a href="./../interfaces/LiftSuppressionResult"><code>LiftSuppressionResult</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/liftSuppression.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const liftSuppression = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  liftSuppression as default
};
