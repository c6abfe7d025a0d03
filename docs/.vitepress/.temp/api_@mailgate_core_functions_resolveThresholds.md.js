import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: resolveThresholds()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/resolveThresholds.md","filePath":"api/@mailgate/core/functions/resolveThresholds.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/resolveThresholds.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-resolvethresholds" tabindex="-1">Function: resolveThresholds() <a class="header-anchor" href="#function-resolvethresholds" aria-label="Permalink to &quot;Function: resolveThresholds()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> resolveThresholds</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">...</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">levels</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> MailingThresholds</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: mailing/thresholds.ts:35</p><p>The thresholds in force: the mailing&#39;s over the tenant&#39;s over the defaults. A value that is not a finite number ≥ 0 is ignored (the next level&#39;s applies).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="levels" tabindex="-1">levels <a class="header-anchor" href="#levels" aria-label="Permalink to &quot;levels&quot;">​</a></h3><p>...readonly ( | <code>Partial</code>&lt;<a href="./../interfaces/MailingThresholds"><code>MailingThresholds</code></a>&gt; | <code>undefined</code>)[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MailingThresholds"><code>MailingThresholds</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/resolveThresholds.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const resolveThresholds = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  resolveThresholds as default
};
