import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MemoryLedgerStoreOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/MemoryLedgerStoreOptions.md","filePath":"api/@mailgate/core/interfaces/MemoryLedgerStoreOptions.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/MemoryLedgerStoreOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-memoryledgerstoreoptions" tabindex="-1">Interface: MemoryLedgerStoreOptions <a class="header-anchor" href="#interface-memoryledgerstoreoptions" aria-label="Permalink to &quot;Interface: MemoryLedgerStoreOptions&quot;">​</a></h1><p>Defined in: ledger/memory-ledger-store.ts:46</p><p>Options of <code>memoryLedgerStore</code>: the ledger rules (soft-bounce window, streak, matching look-back).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="rules" tabindex="-1">rules? <a class="header-anchor" href="#rules" aria-label="Permalink to &quot;rules?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly rules</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> Partial</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">&lt;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">LedgerRules</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">&gt;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: ledger/memory-ledger-store.ts:48</p><p>The time rules; each one defaults to <code>defaultLedgerRules</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/MemoryLedgerStoreOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MemoryLedgerStoreOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MemoryLedgerStoreOptions as default
};
