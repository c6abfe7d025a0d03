import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MIN_EVENTS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/variables/MIN_EVENTS.md","filePath":"api/@mailgate/core/variables/MIN_EVENTS.md"}');
const _sfc_main = { name: "api/@mailgate/core/variables/MIN_EVENTS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-min-events" tabindex="-1">Variable: MIN_EVENTS <a class="header-anchor" href="#variable-min-events" aria-label="Permalink to &quot;Variable: MIN\\_EVENTS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MIN_EVENTS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 3</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 3</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: mailing/thresholds.ts:29</p><p>A rate counts only with at least this many events: one complaint is not a trend.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/variables/MIN_EVENTS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MIN_EVENTS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MIN_EVENTS as default
};
