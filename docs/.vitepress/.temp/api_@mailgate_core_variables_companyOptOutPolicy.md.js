import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: companyOptOutPolicy","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/variables/companyOptOutPolicy.md","filePath":"api/@mailgate/core/variables/companyOptOutPolicy.md"}');
const _sfc_main = { name: "api/@mailgate/core/variables/companyOptOutPolicy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-companyoptoutpolicy" tabindex="-1">Variable: companyOptOutPolicy <a class="header-anchor" href="#variable-companyoptoutpolicy" aria-label="Permalink to &quot;Variable: companyOptOutPolicy&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> companyOptOutPolicy</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Policy</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: policy/builtin/consent-policies.ts:18</p><p>The recipient&#39;s company asked not to get mail.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/variables/companyOptOutPolicy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const companyOptOutPolicy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  companyOptOutPolicy as default
};
