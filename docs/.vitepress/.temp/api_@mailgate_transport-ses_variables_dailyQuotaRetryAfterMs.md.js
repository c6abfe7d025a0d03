import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: dailyQuotaRetryAfterMs","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-ses/variables/dailyQuotaRetryAfterMs.md","filePath":"api/@mailgate/transport-ses/variables/dailyQuotaRetryAfterMs.md"}');
const _sfc_main = { name: "api/@mailgate/transport-ses/variables/dailyQuotaRetryAfterMs.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-dailyquotaretryafterms" tabindex="-1">Variable: dailyQuotaRetryAfterMs <a class="header-anchor" href="#variable-dailyquotaretryafterms" aria-label="Permalink to &quot;Variable: dailyQuotaRetryAfterMs&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> dailyQuotaRetryAfterMs</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: transport-ses/src/map-ses-error.ts:28</p><p>How long to wait after &quot;Daily message quota exceeded&quot;. The quota is a rolling 24-hour window, so capacity comes back gradually; an hour is a conservative first wait.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-ses/variables/dailyQuotaRetryAfterMs.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const dailyQuotaRetryAfterMs = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  dailyQuotaRetryAfterMs as default
};
