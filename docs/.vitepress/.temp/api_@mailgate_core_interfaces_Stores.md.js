import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Stores","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/Stores.md","filePath":"api/@mailgate/core/interfaces/Stores.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/Stores.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-stores" tabindex="-1">Interface: Stores <a class="header-anchor" href="#interface-stores" aria-label="Permalink to &quot;Interface: Stores&quot;">​</a></h1><p>Defined in: stores/types.ts:167</p><p>The stores a gate reads and writes: suppressions, counters, idempotency keys.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./GateStores"><code>GateStores</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="counters" tabindex="-1">counters <a class="header-anchor" href="#counters" aria-label="Permalink to &quot;counters&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">counters</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: CounterStore;</span></span></code></pre></div><p>Defined in: stores/types.ts:169</p><hr><h3 id="idempotency" tabindex="-1">idempotency <a class="header-anchor" href="#idempotency" aria-label="Permalink to &quot;idempotency&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">idempotency</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: IdempotencyStore;</span></span></code></pre></div><p>Defined in: stores/types.ts:170</p><hr><h3 id="suppressions" tabindex="-1">suppressions <a class="header-anchor" href="#suppressions" aria-label="Permalink to &quot;suppressions&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">suppressions</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: SuppressionStore;</span></span></code></pre></div><p>Defined in: stores/types.ts:168</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/Stores.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Stores = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Stores as default
};
