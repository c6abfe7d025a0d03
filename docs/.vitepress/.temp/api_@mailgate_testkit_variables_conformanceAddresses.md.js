import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: conformanceAddresses","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/testkit/variables/conformanceAddresses.md","filePath":"api/@mailgate/testkit/variables/conformanceAddresses.md"}');
const _sfc_main = { name: "api/@mailgate/testkit/variables/conformanceAddresses.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-conformanceaddresses" tabindex="-1">Variable: conformanceAddresses <a class="header-anchor" href="#variable-conformanceaddresses" aria-label="Permalink to &quot;Variable: conformanceAddresses&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> conformanceAddresses</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ConformanceAddresses</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: testkit/src/conformance/transport-conformance.ts:94</p><p>The addresses the conformance cases send to.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/testkit/variables/conformanceAddresses.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const conformanceAddresses = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  conformanceAddresses as default
};
