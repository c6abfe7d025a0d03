import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SweepResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/SweepResult.md","filePath":"api/@mailgate/core/interfaces/SweepResult.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/SweepResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-sweepresult" tabindex="-1">Interface: SweepResult <a class="header-anchor" href="#interface-sweepresult" aria-label="Permalink to &quot;Interface: SweepResult&quot;">​</a></h1><p>Defined in: gate/ledger-queries.ts:69</p><p>What <code>sweep</code> did.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="expired" tabindex="-1">expired <a class="header-anchor" href="#expired" aria-label="Permalink to &quot;expired&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">expired</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: number;</span></span></code></pre></div><p>Defined in: gate/ledger-queries.ts:71</p><p>How many soft-bounced messages it counted as bounced.</p><hr><h3 id="more" tabindex="-1">more <a class="header-anchor" href="#more" aria-label="Permalink to &quot;more&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">more</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: boolean;</span></span></code></pre></div><p>Defined in: gate/ledger-queries.ts:73</p><p>More are due: call again.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/SweepResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SweepResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SweepResult as default
};
