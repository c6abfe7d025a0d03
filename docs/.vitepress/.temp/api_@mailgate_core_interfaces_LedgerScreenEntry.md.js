import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LedgerScreenEntry","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/LedgerScreenEntry.md","filePath":"api/@mailgate/core/interfaces/LedgerScreenEntry.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/LedgerScreenEntry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-ledgerscreenentry" tabindex="-1">Interface: LedgerScreenEntry <a class="header-anchor" href="#interface-ledgerscreenentry" aria-label="Permalink to &quot;Interface: LedgerScreenEntry&quot;">​</a></h1><p>Defined in: ledger/types.ts:330</p><p>An address the gate is about to decide on, for <code>LedgerStore.screen</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="address" tabindex="-1">address <a class="header-anchor" href="#address" aria-label="Permalink to &quot;address&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">address</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Defined in: ledger/types.ts:333</p><p>Normalized.</p><hr><h3 id="hash" tabindex="-1">hash? <a class="header-anchor" href="#hash" aria-label="Permalink to &quot;hash?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly hash</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: ledger/types.ts:335</p><p><code>hashAddress(address, erasureKey)</code>, when the gate has an erasure key.</p><hr><h3 id="tenant" tabindex="-1">tenant <a class="header-anchor" href="#tenant" aria-label="Permalink to &quot;tenant&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">tenant</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Defined in: ledger/types.ts:331</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/LedgerScreenEntry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LedgerScreenEntry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LedgerScreenEntry as default
};
