import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LiftSuppressionResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/LiftSuppressionResult.md","filePath":"api/@mailgate/core/interfaces/LiftSuppressionResult.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/LiftSuppressionResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-liftsuppressionresult" tabindex="-1">Interface: LiftSuppressionResult <a class="header-anchor" href="#interface-liftsuppressionresult" aria-label="Permalink to &quot;Interface: LiftSuppressionResult&quot;">​</a></h1><p>Defined in: stores/suppression-admin.ts:56</p><p>What <code>liftSuppression</code> did.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="lifted" tabindex="-1">lifted <a class="header-anchor" href="#lifted" aria-label="Permalink to &quot;lifted&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">lifted</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: number;</span></span></code></pre></div><p>Defined in: stores/suppression-admin.ts:58</p><p>How many entries were lifted; 0 when none matched.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/LiftSuppressionResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LiftSuppressionResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LiftSuppressionResult as default
};
