import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: storeConformanceCases()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/testkit/functions/storeConformanceCases.md","filePath":"api/@mailgate/testkit/functions/storeConformanceCases.md"}');
const _sfc_main = { name: "api/@mailgate/testkit/functions/storeConformanceCases.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-storeconformancecases" tabindex="-1">Function: storeConformanceCases() <a class="header-anchor" href="#function-storeconformancecases" aria-label="Permalink to &quot;Function: storeConformanceCases()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> storeConformanceCases</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">has</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> StoreConformanceCase</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>Defined in: testkit/src/conformance/store-conformance.ts:824</p><p>The cases of the store contract, for the stores <code>stores</code> has. Run them with <code>testStores</code> from <code>@mailgate/testkit/vitest</code>, or call <code>run</code> from your own runner.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="has" tabindex="-1">has? <a class="header-anchor" href="#has" aria-label="Permalink to &quot;has?&quot;">​</a></h3><p>readonly (keyof Stores | <code>&quot;mailings&quot;</code>)[] = <code>...</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p>readonly <a href="./../interfaces/StoreConformanceCase"><code>StoreConformanceCase</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/testkit/functions/storeConformanceCases.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const storeConformanceCases = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  storeConformanceCases as default
};
