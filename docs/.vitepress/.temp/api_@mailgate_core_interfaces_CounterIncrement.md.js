import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CounterIncrement","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/CounterIncrement.md","filePath":"api/@mailgate/core/interfaces/CounterIncrement.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/CounterIncrement.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-counterincrement" tabindex="-1">Interface: CounterIncrement <a class="header-anchor" href="#interface-counterincrement" aria-label="Permalink to &quot;Interface: CounterIncrement&quot;">​</a></h1><p>Defined in: policy/policy.ts:26</p><p>One counter to add 1 to once a message is sent.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">key</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Defined in: policy/policy.ts:27</p><hr><h3 id="ttlms" tabindex="-1">ttlMs <a class="header-anchor" href="#ttlms" aria-label="Permalink to &quot;ttlMs&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">ttlMs</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: number;</span></span></code></pre></div><p>Defined in: policy/policy.ts:29</p><p>How long the counter lives after its first increment.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/CounterIncrement.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CounterIncrement = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CounterIncrement as default
};
