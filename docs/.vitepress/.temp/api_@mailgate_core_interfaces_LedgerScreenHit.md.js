import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LedgerScreenHit","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/LedgerScreenHit.md","filePath":"api/@mailgate/core/interfaces/LedgerScreenHit.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/LedgerScreenHit.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-ledgerscreenhit" tabindex="-1">Interface: LedgerScreenHit <a class="header-anchor" href="#interface-ledgerscreenhit" aria-label="Permalink to &quot;Interface: LedgerScreenHit&quot;">​</a></h1><p>Defined in: ledger/types.ts:339</p><p>What <code>LedgerStore.screen</code> knows about one of its entries.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="forgotten" tabindex="-1">forgotten? <a class="header-anchor" href="#forgotten" aria-label="Permalink to &quot;forgotten?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly forgotten</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> boolean;</span></span></code></pre></div><p>Defined in: ledger/types.ts:343</p><p>The address was forgotten: it must not be mailed.</p><hr><h3 id="index" tabindex="-1">index <a class="header-anchor" href="#index" aria-label="Permalink to &quot;index&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">index</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: number;</span></span></code></pre></div><p>Defined in: ledger/types.ts:341</p><p>The entry&#39;s position in the call&#39;s <code>entries</code>.</p><hr><h3 id="problem" tabindex="-1">problem? <a class="header-anchor" href="#problem" aria-label="Permalink to &quot;problem?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly problem</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> AddressStatusProblem;</span></span></code></pre></div><p>Defined in: ledger/types.ts:345</p><p>The problem the sweep would write at <code>now</code> (a soft bounce past the window).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/LedgerScreenHit.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LedgerScreenHit = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LedgerScreenHit as default
};
